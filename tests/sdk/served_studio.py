"""Runs `tests/support/serve-for-sdk.ts`, the real studio the SDK tests talk to.

The script starts embedded PostgreSQL and the built app on a free port, arranges a user
with an API key, a dataset and two tunes, prints one JSON line when ready and stops
everything when its stdin closes.
"""

import json
import os
import select
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

REPO_ROOT = Path(__file__).resolve().parents[2]
READY_TIMEOUT_S = 180.0
STOP_TIMEOUT_S = 60.0


@dataclass(frozen=True)
class ServedStudio:
    """What serve-for-sdk.ts reports once the studio answers."""

    url: str
    api_key: str
    database_url: str
    user_email: str
    dataset_id: str
    template_id: str | None
    base_model_id: str | None
    tune_ids: list[str]


def start_studio() -> tuple[subprocess.Popen[bytes], ServedStudio]:
    """Starts the studio and returns its process once it reported ready."""
    process = subprocess.Popen(
        ["node", "--import", "tsx", "tests/support/serve-for-sdk.ts"],
        cwd=REPO_ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        ready = _read_ready_line(process)
    except BaseException:
        stop_studio(process)
        raise
    assert process.stdout is not None
    threading.Thread(target=_drain, args=(process.stdout,), daemon=True).start()
    return process, ServedStudio(**ready)


def _read_ready_line(process: subprocess.Popen[bytes]) -> dict[str, Any]:
    """Waits (without sleeping) for the JSON line; fails if the server exits first."""
    assert process.stdout is not None
    descriptor = process.stdout.fileno()
    deadline = time.monotonic() + READY_TIMEOUT_S
    buffer = b""
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError(f"serve-for-sdk.ts was not ready in {READY_TIMEOUT_S} s")
        readable, _, _ = select.select([descriptor], [], [], remaining)
        if not readable:
            continue
        chunk = os.read(descriptor, 65536)
        if not chunk:
            code = process.wait()
            raise RuntimeError(
                f"serve-for-sdk.ts exited with {code} before it was ready"
            )
        buffer += chunk
        while b"\n" in buffer:
            line, buffer = buffer.split(b"\n", 1)
            try:
                document = json.loads(line)
            except ValueError:
                continue
            if isinstance(document, dict) and "url" in document:
                return document


def _drain(stream: IO[bytes]) -> None:
    """Copies what the server still writes to stderr, so a full pipe never blocks it."""
    for line in stream:
        sys.stderr.buffer.write(line)


def stop_studio(process: subprocess.Popen[bytes]) -> None:
    """Closes the studio's stdin (its signal to stop) and waits for it to clean up."""
    if process.stdin is not None:
        process.stdin.close()
    try:
        process.wait(timeout=STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.terminate()
        process.wait(timeout=STOP_TIMEOUT_S)
