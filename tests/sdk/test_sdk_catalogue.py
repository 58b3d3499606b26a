"""The public geostudio SDK (0.1.5, unchanged) drives the base model and template API.

Each test calls the SDK the way a notebook would and checks real values: rows the studio
seeded or stored, template text, rendered configs.
"""

import base64
import uuid
from pathlib import Path
from typing import Any

from geostudio.backends.v2.gtune.models import BaseModelParamsIn, BaseModelsIn, TaskIn

from sdk_expectations import TIMESTAMP, seeded_base_models, seeded_tiny_model_id
from served_studio import ServedStudio

BANDS = "BLUE, GREEN, RED, NIR_NARROW, SWIR_1, SWIR_2"

# A small user template: every variable comes from the base model, the dataset's
# training parameters or the parameter schema's defaults below.
TEMPLATE = """\
seed_everything: 7
trainer:
  accelerator: cpu
  max_epochs: {{ runner.max_epochs }}
data:
  class_path: terratorch.datamodules.GenericNonGeoSegmentationDataModule
  init_args:
    bands: [{{ bands['S2L2A'] | join(', ') }}]
    means: [{{ norm_means['S2L2A'] | join(', ') }}]
    num_classes: {{ classes | length }}
model:
  class_path: terratorch.tasks.SemanticSegmentationTask
  init_args:
    model_args:
      backbone: {{ backbone | default('timm_resnet18') }}
      num_classes: {{ classes | length }}
optimizer:
  class_path: torch.optim.AdamW
  init_args:
    lr: {{ optimizer.lr }}
lr_scheduler:
  class_path: ReduceLROnPlateau
  init_args:
    monitor: val/loss
"""

FIRST_DRAFT = TEMPLATE.replace("seed_everything: 7", "seed_everything: 1")

SCHEMA = {
    "type": "object",
    "properties": {
        "runner": {
            "type": "object",
            "studio_name": "Runner",
            "default": {"max_epochs": 3},
            "properties": {"max_epochs": {"type": "int", "default": 3}},
        },
        "optimizer": {
            "type": "object",
            "studio_name": "Optimizer",
            "default": {"lr": 0.001},
            "properties": {"lr": {"type": "float", "default": 0.001}},
        },
    },
}


# Base models


def test_list_base_models_returns_the_seeded_catalogue(client: Any) -> None:
    answer = client.list_base_models()

    listed = {model["id"]: model for model in answer["results"]}
    assert answer["total_records"] >= len(seeded_base_models())
    for seeded in seeded_base_models():
        model = listed[seeded["id"]]
        assert model["name"] == seeded["name"]
        assert model["model_params"]["backbone"] == seeded["model_params"]["backbone"]
        assert model["created_by"] == "system"
        assert TIMESTAMP.match(model["created_at"])


def test_a_base_model_created_with_the_sdk_model_reads_back_and_updates(
    client: Any, studio: ServedStudio
) -> None:
    # geostudio 0.1.5 defines BaseModelParamsIn twice; BaseModelsIn accepts the first
    # one only, so the params travel as the dict a notebook would write.
    params = BaseModelParamsIn(
        backbone="terramind_v1_tiny",
        patch_size=16,
        num_layers=12,
        embed_dim=192,
        num_heads=3,
        tile_size=224,
        model_category="terramind",
    ).model_dump(mode="json")
    body = BaseModelsIn(
        name="SDK TerraMind tiny",
        description="registered through the geostudio SDK",
        checkpoint_filename="terramind_v1_tiny.pt",
        model_params=params,
    ).model_dump(mode="json")

    created = client.create_base_model(body)

    assert uuid.UUID(created["id"])
    assert created["name"] == "SDK TerraMind tiny"
    assert created["created_by"] == studio.user_email
    assert created["model_params"]["model_category"] == "terramind"

    fetched = client.get_base_model(created["id"])
    assert fetched["checkpoint_filename"] == "terramind_v1_tiny.pt"
    assert fetched["model_params"]["backbone"] == "terramind_v1_tiny"

    updated = client.update_base_model_params(created["id"], {"num_layers": 6})
    assert updated["model_params"]["num_layers"] == 6
    assert updated["model_params"]["embed_dim"] == 192
    assert client.get_base_model(created["id"])["model_params"]["num_layers"] == 6


# Tune templates


def test_list_tune_templates_includes_the_seeded_templates(client: Any) -> None:
    answer = client.list_tune_templates()

    seeded = [t for t in answer["results"] if t["created_by"] == "system"]
    assert len(seeded) >= 3
    assert {"Segmentation", "Regression"} <= {t["purpose"] for t in seeded}
    assert all(uuid.UUID(t["id"]) for t in seeded)


def test_a_template_goes_through_its_whole_life_with_the_sdk(
    client: Any, studio: ServedStudio, tmp_path: Path
) -> None:
    task = TaskIn(
        name="sdk flood segmentation",
        description="written by the SDK test",
        purpose="Segmentation",
        content=base64.b64encode(FIRST_DRAFT.encode()).decode(),
        model_params={},
    ).model_dump(mode="json")
    created = client.create_task(task)
    task_id = created["id"]
    assert uuid.UUID(task_id)

    assert client.get_task(task_id)["name"] == "sdk flood segmentation"
    assert client.get_task_template(task_id, output="text") == FIRST_DRAFT

    template_file = tmp_path / "flood.yaml"
    template_file.write_text(TEMPLATE, encoding="utf-8")
    client.update_task(task_id, str(template_file))
    assert client.get_task_template(task_id, output="text") == TEMPLATE

    client.update_task_schema(task_id, SCHEMA)
    assert client.get_task(task_id)["model_params"] == SCHEMA
    assert client.get_task_param_defaults(task_id) == {
        "runner": {"max_epochs": 3},
        "optimizer": {"lr": 0.001},
    }

    rendered = client.check_task_content(
        task_id, dataset_id=studio.dataset_id, base_model_id=seeded_tiny_model_id()
    )
    assert "backbone: timm_resnet18\n" in rendered
    assert f"bands: [{BANDS}]\n" in rendered
    assert "max_epochs: 3\n" in rendered
    assert "num_classes: 2\n" in rendered
    assert "lr: 0.001\n" in rendered

    user_defined = client.render_template(task_id, dataset_id=studio.dataset_id)
    assert f"bands: [{BANDS}]\n" in user_defined
    assert "max_epochs: 3\n" in user_defined

    assert client.delete_task(task_id) == {"reason": ""}
    assert set(client.get_task(task_id)) == {"detail"}
    listed = [t["id"] for t in client.list_tune_templates()["results"]]
    assert task_id not in listed


def test_a_seeded_template_test_renders_with_a_dataset_and_a_seeded_base_model(
    client: Any, studio: ServedStudio
) -> None:
    assert studio.template_id, "no seeded tune template: the catalogue seeds none yet"
    prithvi = next(
        m for m in seeded_base_models() if m["name"] == "Prithvi-EO 2.0 300M"
    )

    rendered = client.check_task_content(
        studio.template_id, dataset_id=studio.dataset_id, base_model_id=prithvi["id"]
    )

    assert "prithvi_eo_v2_300" in rendered
    for block in ("trainer:", "data:", "model:", "class_path:"):
        assert block in rendered
    assert "NIR_NARROW" in rendered
