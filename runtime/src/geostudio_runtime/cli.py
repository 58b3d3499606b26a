"""Command line of the runtime: ``python -m geostudio_runtime <command>``."""

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from geostudio_runtime.config_error import ConfigError
from geostudio_runtime.tune_config import load_tune_config

logger = logging.getLogger(__name__)

_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command the runtime has today."""
    parser = argparse.ArgumentParser(
        prog="python -m geostudio_runtime",
        description="Training runtime of the geo tuning studio.",
    )
    parser.add_argument(
        "--log-level",
        choices=_LOG_LEVELS,
        default="WARNING",
        help="how much to log on stderr (default: WARNING)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="command")
    check = commands.add_parser(
        "check-config",
        help="check a rendered TerraTorch config before a tune starts",
        description=(
            "Parse a rendered TerraTorch LightningCLI YAML file and check its blocks: "
            "trainer, data and model (class_path and init_args), and optimizer and "
            "lr_scheduler when present. Prints a one-line summary and exits 0, or "
            "prints the block at fault on stderr and exits 1."
        ),
    )
    check.add_argument("config", type=Path, help="the rendered YAML file")
    return parser


def check_config(args: argparse.Namespace) -> int:
    """Runs ``check-config``: 0 when the config is usable, 1 with the reason if not."""
    path: Path = args.config
    try:
        config = load_tune_config(path)
    except ConfigError as error:
        reason = " ".join(str(error).split())
        sys.stderr.write(f"check-config: {path}: {reason}\n")
        return 1
    sys.stdout.write(f"ok: {config.summary()}\n")
    return 0


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "check-config": check_config,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Parses the command line, runs the command and returns its exit status."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=args.log_level,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logger.debug("running %s", args.command)
    return _COMMANDS[args.command](args)
