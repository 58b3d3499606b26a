import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from rendered_configs import segmentation_config


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Runs the runtime's command line the way the studio will: as a module."""
    return subprocess.run(
        [sys.executable, "-m", "geostudio_runtime", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def test_check_config_prints_a_summary_and_exits_zero_for_a_usable_config(
    write_config: Callable[[object], Path],
) -> None:
    result = run_cli("check-config", str(write_config(segmentation_config())))

    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "ok: model terratorch.tasks.SemanticSegmentationTask (backbone timm_resnet18), "
        "data terratorch.datamodules.GenericNonGeoSegmentationDataModule, "
        "max_epochs 3\n"
    )


def test_check_config_exits_one_with_a_single_line_naming_the_missing_block(
    write_config: Callable[[object], Path],
) -> None:
    document = segmentation_config()
    del document["data"]
    path = write_config(document)

    result = run_cli("check-config", str(path))

    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == f"check-config: {path}: block 'data' is missing\n"


def test_check_config_reports_a_missing_file_in_one_line(tmp_path: Path) -> None:
    result = run_cli("check-config", str(tmp_path / "absent.yaml"))

    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "cannot read" in result.stderr
    assert "No such file or directory" in result.stderr


def test_help_lists_only_the_commands_that_exist() -> None:
    result = run_cli("--help")

    assert result.returncode == 0
    assert "check-config" in result.stdout
    assert re.search(r"\b(fit|predict)\b", result.stdout) is None


def test_a_command_is_required() -> None:
    result = run_cli()

    assert result.returncode == 2
    assert "required: command" in result.stderr
