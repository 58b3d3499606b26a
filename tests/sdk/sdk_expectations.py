"""What the SDK tests expect of any studio: its seeded catalogue, its timestamps."""

import json
import re
from typing import Any

from served_studio import REPO_ROOT

# Timestamps as REFERENCE.md fixes them: milliseconds and a literal Z.
TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")


def seeded_base_models() -> list[dict[str, Any]]:
    """The catalogue the studio seeds, read from its seed file."""
    path = REPO_ROOT / "server" / "seed" / "base-models.json"
    models: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return models


def seeded_tiny_model_id() -> str:
    """The seeded random-initialised ResNet-18, which needs no weights download."""
    models = seeded_base_models()
    tiny = next(m for m in models if m["model_params"]["backbone"] == "timm_resnet18")
    return str(tiny["id"])
