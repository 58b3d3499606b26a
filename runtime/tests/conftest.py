"""Fixtures shared by the runtime tests."""

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml


@pytest.fixture
def write_config(tmp_path: Path) -> Callable[[object], Path]:
    """Writes a document as YAML into the test's folder and returns the file."""

    def write(document: object) -> Path:
        path = tmp_path / "config.yaml"
        path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
        return path

    return write
