"""The error raised when a rendered TerraTorch config cannot be used."""


class ConfigError(ValueError):
    """A rendered config is unreadable or misses a block; names the block at fault.

    ``block`` is the dotted path of the offending block (``model.class_path``), or
    ``None`` when the whole document is at fault (unreadable file, not YAML).
    """

    def __init__(self, block: str | None, problem: str) -> None:
        """Keeps the block and the problem apart so callers can report either."""
        self.block = block
        self.problem = problem
        where = f"block '{block}' " if block else ""
        super().__init__(f"{where}{problem}")
