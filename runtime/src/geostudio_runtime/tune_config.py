"""A rendered TerraTorch LightningCLI config, parsed into the typed blocks a tune uses.

The studio renders a template into this YAML before any job starts; the runtime parses
it again at its own entry so a broken config fails here, with the block named, rather
than minutes later inside LightningCLI on a GPU.
"""

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from geostudio_runtime.config_error import ConfigError

logger = logging.getLogger(__name__)

# A dotted Python path (terratorch.tasks.SemanticSegmentationTask) or, as LightningCLI
# also resolves, a bare class name (AdamW).
_CLASS_PATH = re.compile(r"^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$")


@dataclass(frozen=True)
class ComponentSpec:
    """A class LightningCLI instantiates: its import path and constructor arguments."""

    class_path: str
    init_args: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class TuneConfig:
    """The blocks of a rendered config that the runtime relies on."""

    trainer: Mapping[str, object]
    data: ComponentSpec
    model: ComponentSpec
    optimizer: ComponentSpec | None = None
    lr_scheduler: ComponentSpec | None = None
    seed_everything: int | bool | None = None

    @property
    def max_epochs(self) -> int | None:
        """``trainer.max_epochs``, or None when the trainer keeps its default."""
        value = self.trainer.get("max_epochs")
        return value if isinstance(value, int) and _is_integer(value) else None

    @property
    def backbone(self) -> str | None:
        """``model.init_args.model_args.backbone`` when the task builds its model."""
        model_args = self.model.init_args.get("model_args")
        if not isinstance(model_args, Mapping):
            return None
        backbone = model_args.get("backbone")
        return backbone if isinstance(backbone, str) else None

    def summary(self) -> str:
        """One line naming the task, backbone, datamodule and epochs."""
        backbone = f" (backbone {self.backbone})" if self.backbone else ""
        epochs = self.max_epochs if self.max_epochs is not None else "default"
        return (
            f"model {self.model.class_path}{backbone}, "
            f"data {self.data.class_path}, max_epochs {epochs}"
        )


def load_tune_config(path: Path) -> TuneConfig:
    """Reads a rendered config file; raises ConfigError naming what is wrong."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise ConfigError(None, f"cannot read {path}: {reason}") from error
    return parse_tune_config_text(text)


def parse_tune_config_text(text: str) -> TuneConfig:
    """Parses rendered YAML text; raises ConfigError with the line of a YAML error."""
    try:
        document: object = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(error, "problem", None) or "syntax error"
        raise ConfigError(None, f"not valid YAML{where}: {problem}") from error
    return parse_tune_config(document)


def parse_tune_config(document: object) -> TuneConfig:
    """Checks a loaded YAML document and returns its typed blocks."""
    if not isinstance(document, Mapping):
        raise ConfigError(None, "the config must be a YAML mapping of blocks")

    trainer = _mapping_block(document.get("trainer"), "trainer")
    max_epochs = trainer.get("max_epochs")
    if max_epochs is not None and not _is_integer(max_epochs):
        raise ConfigError("trainer.max_epochs", "must be a whole number of epochs")

    config = TuneConfig(
        trainer=trainer,
        data=_required_component(document, "data"),
        model=_required_component(document, "model"),
        optimizer=_optional_component(document, "optimizer"),
        lr_scheduler=_optional_component(document, "lr_scheduler"),
        seed_everything=_seed(document.get("seed_everything")),
    )
    logger.debug("parsed tune config: %s", config.summary())
    return config


def _required_component(document: Mapping[object, object], block: str) -> ComponentSpec:
    component = _component(document.get(block), block, needs_init_args=True)
    if component is None:
        raise ConfigError(block, "is missing")
    return component


def _optional_component(
    document: Mapping[object, object], block: str
) -> ComponentSpec | None:
    return _component(document.get(block), block, needs_init_args=False)


def _component(
    value: object, block: str, *, needs_init_args: bool
) -> ComponentSpec | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise ConfigError(block, "must be a mapping with class_path and init_args")

    class_path = value.get("class_path")
    if class_path is None:
        raise ConfigError(f"{block}.class_path", "is missing")
    if not isinstance(class_path, str) or not _CLASS_PATH.match(class_path):
        raise ConfigError(
            f"{block}.class_path",
            "must be a Python class path such as "
            "terratorch.tasks.SemanticSegmentationTask",
        )

    init_args = value.get("init_args")
    if init_args is None and needs_init_args:
        raise ConfigError(f"{block}.init_args", "is missing")
    if init_args is None:
        return ComponentSpec(class_path=class_path)
    return ComponentSpec(
        class_path=class_path,
        init_args=_mapping_block(init_args, f"{block}.init_args"),
    )


def _mapping_block(value: object, block: str) -> dict[str, object]:
    if value is None:
        raise ConfigError(block, "is missing")
    if not isinstance(value, Mapping):
        raise ConfigError(block, "must be a mapping")
    keys = list(value.keys())
    odd = [key for key in keys if not isinstance(key, str)]
    if odd:
        raise ConfigError(block, f"has a key that is not text: {odd[0]!r}")
    return {str(key): value[key] for key in keys}


def _seed(value: object) -> int | bool | None:
    # bool is a subclass of int: LightningCLI accepts true (random seed) and false too.
    if value is None or isinstance(value, int):
        return value
    raise ConfigError("seed_everything", "must be an integer or true/false")


def _is_integer(value: object) -> bool:
    # YAML reads `true` as a bool, which Python also counts as an int.
    return isinstance(value, int) and not isinstance(value, bool)
