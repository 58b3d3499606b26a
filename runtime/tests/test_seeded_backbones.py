"""The studio's seeded base models name backbones that TerraTorch's registry knows.

Only registry membership is checked: building a backbone could download weights, which
tests must never do.
"""

import json
from pathlib import Path
from typing import Protocol

import pytest

SEED_FILE = Path(__file__).resolve().parents[2] / "server" / "seed" / "base-models.json"


class _Registry(Protocol):
    def __contains__(self, name: object) -> bool: ...


def seeded_backbones() -> list[str]:
    """``model_params.backbone`` of every base model the studio seeds."""
    models = json.loads(SEED_FILE.read_text(encoding="utf-8"))
    return [str(model["model_params"]["backbone"]) for model in models]


@pytest.fixture(scope="module")
def backbone_registry() -> _Registry:
    """TerraTorch's backbone registry, imported with the Hugging Face hub offline."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HF_HUB_OFFLINE", "1")
        from terratorch.registry import BACKBONE_REGISTRY

        registry: _Registry = BACKBONE_REGISTRY
        return registry


def test_the_seed_file_lists_the_catalogue_backbones() -> None:
    backbones = seeded_backbones()

    assert len(backbones) >= 9
    assert len(set(backbones)) == len(backbones)
    assert {"prithvi_eo_v2_300", "terramind_v1_tiny", "timm_resnet18"} <= set(backbones)


@pytest.mark.parametrize("backbone", seeded_backbones())
def test_a_seeded_backbone_is_registered_in_terratorch(
    backbone: str, backbone_registry: _Registry
) -> None:
    assert backbone in backbone_registry


def test_the_registry_rejects_a_made_up_backbone(backbone_registry: _Registry) -> None:
    assert "prithvi_eo_v9_999" not in backbone_registry
    assert "timm_not_a_real_model" not in backbone_registry
