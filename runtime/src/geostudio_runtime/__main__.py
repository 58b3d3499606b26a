"""Entry point of ``python -m geostudio_runtime``."""

from geostudio_runtime.cli import main

raise SystemExit(main())
