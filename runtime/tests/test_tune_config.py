from collections.abc import Callable
from pathlib import Path

import pytest

from geostudio_runtime import ConfigError, load_tune_config, parse_tune_config
from geostudio_runtime.tune_config import parse_tune_config_text
from rendered_configs import segmentation_config


def test_a_rendered_segmentation_config_parses_into_typed_blocks(
    write_config: Callable[[object], Path],
) -> None:
    config = load_tune_config(write_config(segmentation_config()))

    assert config.model.class_path == "terratorch.tasks.SemanticSegmentationTask"
    assert config.model.init_args["model_factory"] == "EncoderDecoderFactory"
    assert config.backbone == "timm_resnet18"
    assert config.data.class_path.endswith("GenericNonGeoSegmentationDataModule")
    assert config.data.init_args["num_classes"] == 2
    assert config.trainer["accelerator"] == "cpu"
    assert config.max_epochs == 3
    assert config.optimizer is not None
    assert config.optimizer.init_args == {"lr": 0.0001}
    assert config.lr_scheduler is not None
    assert config.lr_scheduler.class_path == "ReduceLROnPlateau"
    assert config.seed_everything == 42


def test_optimizer_and_scheduler_may_be_left_to_the_task_defaults() -> None:
    document = segmentation_config()
    del document["optimizer"]
    del document["lr_scheduler"]

    config = parse_tune_config(document)

    assert config.optimizer is None
    assert config.lr_scheduler is None
    assert "max_epochs 3" in config.summary()


@pytest.mark.parametrize("block", ["trainer", "data", "model"])
def test_a_missing_required_block_is_named(block: str) -> None:
    document = segmentation_config()
    del document[block]

    with pytest.raises(ConfigError) as caught:
        parse_tune_config(document)

    assert caught.value.block == block
    assert str(caught.value) == f"block '{block}' is missing"


@pytest.mark.parametrize(
    ("block", "field", "value", "expected_block"),
    [
        ("model", "class_path", None, "model.class_path"),
        ("model", "class_path", "terratorch tasks!", "model.class_path"),
        ("data", "init_args", None, "data.init_args"),
        ("data", "init_args", ["not", "a", "mapping"], "data.init_args"),
        ("optimizer", "class_path", 12, "optimizer.class_path"),
        ("lr_scheduler", "init_args", "monitor=val/loss", "lr_scheduler.init_args"),
    ],
)
def test_an_invalid_component_field_names_its_dotted_block(
    block: str, field: str, value: object, expected_block: str
) -> None:
    document = segmentation_config()
    component = document[block]
    assert isinstance(component, dict)
    if value is None:
        del component[field]
    else:
        component[field] = value

    with pytest.raises(ConfigError) as caught:
        parse_tune_config(document)

    assert caught.value.block == expected_block


def test_a_block_that_is_not_a_mapping_is_rejected() -> None:
    document = segmentation_config()
    document["model"] = "terratorch.tasks.SemanticSegmentationTask"

    with pytest.raises(ConfigError, match="block 'model' must be a mapping"):
        parse_tune_config(document)


def test_max_epochs_must_be_a_whole_number() -> None:
    document = segmentation_config()
    trainer = document["trainer"]
    assert isinstance(trainer, dict)
    trainer["max_epochs"] = "ten"

    with pytest.raises(ConfigError) as caught:
        parse_tune_config(document)

    assert caught.value.block == "trainer.max_epochs"


def test_a_yaml_syntax_error_reports_its_line() -> None:
    text = "trainer:\n  max_epochs: 3\ndata: [unclosed\nmodel: {}\n"

    with pytest.raises(ConfigError) as caught:
        parse_tune_config_text(text)

    assert caught.value.block is None
    assert "not valid YAML at line" in str(caught.value)


def test_a_document_that_is_not_a_mapping_is_rejected() -> None:
    with pytest.raises(ConfigError, match="mapping of blocks"):
        parse_tune_config_text("- trainer\n- model\n")


def test_an_unreadable_file_is_reported_without_a_traceback(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.yaml"

    with pytest.raises(ConfigError, match=r"cannot read .*nowhere\.yaml"):
        load_tune_config(missing)
