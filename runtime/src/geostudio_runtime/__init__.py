"""The studio's Python training runtime for rendered TerraTorch configs."""

from geostudio_runtime.config_error import ConfigError
from geostudio_runtime.tune_config import (
    ComponentSpec,
    TuneConfig,
    load_tune_config,
    parse_tune_config,
)

__all__ = [
    "ComponentSpec",
    "ConfigError",
    "TuneConfig",
    "load_tune_config",
    "parse_tune_config",
]
