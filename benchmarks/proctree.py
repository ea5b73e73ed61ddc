"""CPU time of a process tree, sampled from /proc: what a contender costs the machine, not just the clock.

Wall time on a shared 2-core machine says how fast; CPU seconds per page say how much of the
machine each page takes, and so the most pages per second any setup of that kind could reach
here (cores / CPU seconds per page). Processes are followed by parent pid from a root (a
chromedriver started in its own session is still a child), sampled every ``interval`` seconds;
a process that dies loses at most its last interval.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path

_TICK = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> tuple[int, float, int] | None:
    """(parent pid, CPU seconds, start time) of a live process."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / _TICK, int(fields[19])


class TreeCpu:
    """Sum of user + system CPU of every process below ``root`` (and ``root`` itself unless excluded)."""

    def __init__(self, root: int, include_root: bool = True, interval: float = 0.2) -> None:
        self.root, self.include_root, self.interval = root, include_root, interval
        self._seen: dict[tuple[int, int], float] = {}
        self._base: dict[tuple[int, int], float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def _sample(self) -> dict[tuple[int, int], float]:
        table = {}
        for name in os.listdir("/proc"):
            if name.isdigit() and (stat := _stat(int(name))):
                table[int(name)] = stat
        tree, grew = {self.root}, True
        while grew:
            grew = False
            for pid, (parent, _, _) in table.items():
                if parent in tree and pid not in tree:
                    tree.add(pid)
                    grew = True
        if not self.include_root:
            tree.discard(self.root)
        return {(pid, table[pid][2]): table[pid][1] for pid in tree if pid in table}

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            self._seen.update(self._sample())

    def __enter__(self) -> "TreeCpu":
        self._base = self._sample()  # processes alive before the start count from here
        self._seen.update(self._base)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._seen.update(self._sample())
        self._stop.set()
        self._thread.join()

    @property
    def seconds(self) -> float:
        return sum(cpu - self._base.get(key, 0.0) for key, cpu in self._seen.items())
