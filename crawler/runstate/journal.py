"""Append-only JSON-lines logs that survive a kill at any instant.

One JSON object a line, written with one ``write`` and flushed, so the kernel
has every complete line even when the process is SIGKILLed. A crash can only
cut the last line short: readers stop at the first line that does not parse,
and ``AppendLog`` cuts such a torn tail off before it appends again (so a new
line never glues onto half an old one).
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Iterator


def read_json_lines(path: Path) -> Iterator[tuple[dict[str, Any], int]]:
    """``(entry, offset just after its line)`` for every complete line of ``path``, in order.

    Stops at the first line a crash cut short (no newline, or not JSON). A missing file reads empty.
    """
    try:
        handle = open(path, "rb")
    except FileNotFoundError:
        return
    with handle:
        offset = 0
        for line in handle:
            if not line.endswith(b"\n"):
                return
            try:
                # errors="replace": a cut inside a multi-byte character must not raise here
                entry = json.loads(line.decode("utf-8", errors="replace"))
            except json.JSONDecodeError:
                return
            offset += len(line)
            if isinstance(entry, dict):
                yield entry, offset


def complete_length(path: Path) -> int:
    """The length of the complete lines at the start of ``path`` (0 when missing)."""
    end = 0
    for _, end in read_json_lines(path):
        pass
    return end


class AppendLog:
    """An append-only JSON-lines file; ``append`` returns once the line is in the kernel's hands."""

    def __init__(self, path: Path, truncate_at: int | None = None):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        keep = complete_length(self.path) if truncate_at is None else truncate_at
        self._handle = open(self.path, "ab")
        self._handle.truncate(keep)  # drop a torn last line (or whatever follows the given offset)
        self._handle.seek(0, os.SEEK_END)

    def append(self, entry: dict[str, Any]) -> int:
        """Write ``entry`` as one line and flush; returns the file's length after it."""
        self._handle.write(json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n")
        self._handle.flush()
        return self._handle.tell()

    def close(self) -> None:
        if not self._handle.closed:
            self._handle.close()
