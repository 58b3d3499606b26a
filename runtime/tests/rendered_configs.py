"""Small rendered TerraTorch configs, built in code for the runtime tests."""


def segmentation_config() -> dict[str, object]:
    """A rendered semantic segmentation config, as the studio's template produces it."""
    return {
        "seed_everything": 42,
        "trainer": {
            "accelerator": "cpu",
            "max_epochs": 3,
            "precision": "32",
            "callbacks": [
                {
                    "class_path": "EarlyStopping",
                    "init_args": {"monitor": "val/loss", "patience": 2},
                }
            ],
        },
        "data": {
            "class_path": "terratorch.datamodules.GenericNonGeoSegmentationDataModule",
            "init_args": {
                "batch_size": 2,
                "num_classes": 2,
                "means": [0.1, 0.2, 0.3],
                "stds": [0.05, 0.05, 0.05],
                "train_data_root": "/data/train/images",
            },
        },
        "model": {
            "class_path": "terratorch.tasks.SemanticSegmentationTask",
            "init_args": {
                "model_factory": "EncoderDecoderFactory",
                "model_args": {
                    "backbone": "timm_resnet18",
                    "decoder": "UNetDecoder",
                    "num_classes": 2,
                },
                "loss": "ce",
            },
        },
        "optimizer": {"class_path": "torch.optim.AdamW", "init_args": {"lr": 0.0001}},
        "lr_scheduler": {
            "class_path": "ReduceLROnPlateau",
            "init_args": {"monitor": "val/loss"},
        },
    }
