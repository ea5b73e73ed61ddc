"""What a single-process crawl has seen, on disk: the spider's discovered URLs and the duplicate filter's
request fingerprints.

Both grow with the site (one entry per URL discovered), so on a site of a million pages they do not belong
in the process. A distributed run keeps them in Redis (``crawler.frontier.shared``, scrapy-redis's
dupefilter); a single-process ``auditcrawl audit`` keeps them here: a private SQLite file in the run-state
folder, deleted when the crawl closes, with a small cache of the most recent entries in memory (navigation
repeats the same links on every page: no query for them).

Nothing here needs to survive a kill: a resumed run rebuilds both from its done pages
(``RunStateDupeFilter``, ``SiteSpider._resume``). Without a run-state folder (``scrapy crawl site``) and with
``AUDITCRAWL_SEEN_STORE = "memory"`` they stay plain in-memory sets, as Scrapy keeps them.
"""
from __future__ import annotations

import os
import sqlite3
import tempfile
from collections import OrderedDict
from pathlib import Path
from typing import Any, Iterable

COMMIT_EVERY = 2000  # writes between SQLite commits (nothing to keep across a kill: no need to commit often)
CACHE_SIZE = 4096  # recent entries kept in memory


class SeenSet:
    """A set of ``str`` (or ``bytes``) on disk: ``add_new`` / ``add`` / ``update`` / ``in`` / ``len``.

    The SQLite file is created on first use (in ``folder``), so a set replaced before the crawl starts (the
    distributed run's Redis set) leaves nothing behind.
    """

    def __init__(self, folder: str | Path, name: str, cache_size: int | None = None) -> None:
        self.folder, self.name = Path(folder), name
        self.cache_size = CACHE_SIZE if cache_size is None else cache_size
        self._db: sqlite3.Connection | None = None
        self.path: Path | None = None
        self._cache: OrderedDict[Any, None] = OrderedDict()
        self._count = 0
        self._pending = 0

    def _open(self) -> sqlite3.Connection:
        if self._db is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, path = tempfile.mkstemp(prefix=f".seen-{self.name}-", suffix=".sqlite", dir=self.folder)
            os.close(fd)
            self.path = Path(path)
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -2000;"
                                   "CREATE TABLE seen (item PRIMARY KEY) WITHOUT ROWID;")
            self._db.execute("BEGIN")
        return self._db

    def _remember(self, item: Any) -> None:
        self._cache[item] = None
        if len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)

    def recently_seen(self, item: Any) -> bool:
        """``item`` is among the recent entries (a memory lookup only; ``False`` says nothing)."""
        if item in self._cache:
            self._cache.move_to_end(item)
            return True
        return False

    def add_new(self, item: Any) -> bool:
        """Add ``item``; ``False`` when it was there already."""
        if self.recently_seen(item):
            return False
        self._remember(item)
        added = self._open().execute("INSERT OR IGNORE INTO seen (item) VALUES (?)", (item,)).rowcount > 0
        if added:
            self._count += 1
            self._written()
        return added

    def add(self, item: Any) -> None:
        self.add_new(item)

    def update(self, items: Iterable[Any]) -> None:
        for item in items:
            self.add_new(item)

    def __contains__(self, item: object) -> bool:
        if self.recently_seen(item):
            return True
        if self._db is None:
            return False
        return self._db.execute("SELECT 1 FROM seen WHERE item = ?", (item,)).fetchone() is not None

    def __len__(self) -> int:
        return self._count

    def _written(self) -> None:
        self._pending += 1
        if self._pending >= COMMIT_EVERY:
            self._db.execute("COMMIT")
            self._db.execute("BEGIN")
            self._pending = 0

    def close(self) -> None:
        """Delete the file; only the count stays (the run's coverage reads it after the crawl)."""
        if self._db is not None:
            try:
                self._db.close()
            finally:
                self._db = None
                if self.path is not None:
                    self.path.unlink(missing_ok=True)
        self._cache.clear()


def open_seen_set(settings: Any, name: str) -> "SeenSet | set":
    """A ``SeenSet`` in the run-state folder of an ``auditcrawl audit`` run, else a plain set (``scrapy crawl``,
    or ``AUDITCRAWL_SEEN_STORE = "memory"``)."""
    folder = settings.get("AUDITCRAWL_RUN_STATE_DIR")
    if folder and settings.get("AUDITCRAWL_SEEN_STORE", "disk") != "memory":
        return SeenSet(folder, name)
    return set()
