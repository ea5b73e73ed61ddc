"""The per-page state store of incremental runs, kept in the history database (``--history FILE``).

Tables (all prefixed ``incremental_``) hold, per site (``reports.portable.site_key``), only the latest
*complete* run: its pages (validators, body digests, links for pages answered 304, the freshness
extract, what the page loaded in the browser, its WCAG result and findings), the hashes of the
same-site stylesheets and scripts those pages loaded, and link verdicts with the day they were checked.
A run writes its rows under a fresh token and switches the site to that token in one transaction at
its end, so a run that dies leaves the previous complete state in place.

URLs on the site's origin (the first start URL's) are stored relative to it, and stored data is read
with the stored origin replaced by today's: ``auditcrawl audit ./_site`` and ``auditcrawl demo`` serve
on a new 127.0.0.1 port every run (the history counts that as the same site) and still find their pages.

The file's ``PRAGMA user_version`` is the store's schema version: a file with a newer one, or a file
that is not an auditcrawl history database, is refused (``StoreError``) before anything is written.
"""
from __future__ import annotations

import json
import sqlite3
import uuid
import zlib
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS incremental_sites (
    site TEXT PRIMARY KEY,
    token TEXT NOT NULL,          -- the complete run's rows
    started_at TEXT NOT NULL,     -- that run's run.started_at
    as_of TEXT NOT NULL,
    full_as_of TEXT NOT NULL,     -- as_of of the last run that reused nothing
    origin TEXT NOT NULL DEFAULT '',  -- the origin stored URLs are relative to
    reuse_keys TEXT NOT NULL DEFAULT '{}'  -- audit id -> Audit.reuse_key() of the stored results
);
CREATE TABLE IF NOT EXISTS incremental_pages (
    token TEXT NOT NULL, url TEXT NOT NULL, data BLOB NOT NULL, PRIMARY KEY (token, url)
);
CREATE TABLE IF NOT EXISTS incremental_assets (
    token TEXT NOT NULL, url TEXT NOT NULL, sha256 TEXT NOT NULL, etag TEXT, last_modified TEXT,
    PRIMARY KEY (token, url)
);
CREATE TABLE IF NOT EXISTS incremental_links (
    token TEXT NOT NULL, url TEXT NOT NULL, checked_as_of TEXT NOT NULL, checked_in TEXT NOT NULL,
    data BLOB NOT NULL, PRIMARY KEY (token, url)
);
"""


class StoreError(Exception):
    """The history file cannot be used (not an auditcrawl database, or a newer schema)."""


@dataclass(frozen=True)
class StoredRun:
    """The site's latest complete incremental run."""

    token: str
    started_at: str
    as_of: str
    full_as_of: str
    reuse_keys: str
    origin: str = ""


@dataclass(frozen=True)
class StoredAsset:
    url: str
    sha256: str
    etag: str | None = None
    last_modified: str | None = None


def pack(data: Any) -> bytes:
    return zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 3)


def check_file(path: Path) -> None:
    """Raise ``StoreError`` unless ``path`` is missing, empty, or an auditcrawl history of a known schema.

    Opened read-only: a refused file is left exactly as it was.
    """
    path = Path(path)
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        return
    if not path.is_file():
        raise StoreError(f"history file {path} is not a file")
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"history file {path} is not an auditcrawl history database ({exc})") from None
    if version > SCHEMA_VERSION:
        raise StoreError(f"history file {path} is from a newer auditcrawl (schema {version}, "
                         f"this one reads {SCHEMA_VERSION})")
    # reports/history.py's tables, or this store's alone (later versions may add tables)
    if tables and not ({"runs", "findings"} <= tables or "incremental_sites" in tables):
        raise StoreError(f"history file {path} is not an auditcrawl history database "
                         f"(tables: {', '.join(sorted(tables))})")


class PageStore:
    """One run's handle on the store: reads the previous complete state, writes this run's."""

    COMMIT_EVERY = 500

    def __init__(self, path: Path, site: str, origin: str = "", token: str | None = None) -> None:
        check_file(path)
        self.path = Path(path)
        self.site = site
        self.origin = origin.rstrip("/")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(self.path, timeout=30)
        self.conn.executescript(SCHEMA)
        if self.conn.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
            self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        self.conn.commit()
        self.previous = latest_run(self.conn, site)
        self.token = token or uuid.uuid4().hex
        self._pending = 0

    # -- reading the previous run ----------------------------------------------------------
    def page(self, url: str) -> dict[str, Any] | None:
        if self.previous is None:
            return None
        row = self.conn.execute("SELECT data FROM incremental_pages WHERE token = ? AND url = ?",
                                (self.previous.token, self._key(url))).fetchone()
        return self._unpack(row[0]) if row else None

    def assets(self) -> dict[str, StoredAsset]:
        if self.previous is None:
            return {}
        rows = self.conn.execute("SELECT url, sha256, etag, last_modified FROM incremental_assets WHERE token = ?",
                                 (self.previous.token,))
        assets = (StoredAsset(self._url(url), *rest) for url, *rest in rows)
        return {asset.url: asset for asset in assets}

    def link_verdict(self, url: str) -> tuple[str, str, dict[str, Any]] | None:
        """(checked_as_of, checked_in, data) of the last run's verdict for ``url``, or None. Looked up one URL at
        a time: a large site's verdicts stay on disk."""
        if self.previous is None:
            return None
        row = self.conn.execute("SELECT checked_as_of, checked_in, data FROM incremental_links WHERE token = ? AND "
                                "url = ?", (self.previous.token, self._key(url))).fetchone()
        return (row[0], row[1], self._unpack(row[2])) if row else None

    # -- origins ---------------------------------------------------------------------------------
    def _key(self, url: str) -> str:
        if self.origin and url.startswith(self.origin + "/"):
            return url[len(self.origin):]
        return url

    def _url(self, key: str) -> str:
        return self.origin + key if key.startswith("/") else key

    def _unpack(self, blob: bytes) -> Any:
        text = zlib.decompress(blob).decode("utf-8")
        old = self.previous.origin if self.previous else ""
        if old and self.origin and old != self.origin:
            text = text.replace(old + "/", self.origin + "/").replace(f'"{old}"', f'"{self.origin}"')
        return json.loads(text)

    # -- writing this run --------------------------------------------------------------------
    def put_page(self, url: str, data: dict[str, Any]) -> None:
        self.put_packed(url, pack(data))

    def put_packed(self, url: str, blob: bytes) -> None:
        """Store a page's row already ``pack``ed (with today's URLs)."""
        self.conn.execute("INSERT OR REPLACE INTO incremental_pages (token, url, data) VALUES (?, ?, ?)",
                          (self.token, self._key(url), blob))
        self._tick()

    @staticmethod
    def unpack_own(blob: bytes) -> Any:
        """A row this run packed (today's URLs: no origin to replace)."""
        return json.loads(zlib.decompress(blob).decode("utf-8"))

    def put_assets(self, assets: Iterable[StoredAsset]) -> None:
        self.conn.executemany(
            "INSERT OR REPLACE INTO incremental_assets (token, url, sha256, etag, last_modified) VALUES (?, ?, ?, ?, ?)",
            [(self.token, self._key(a.url), a.sha256, a.etag, a.last_modified) for a in assets])

    def put_link(self, url: str, checked_as_of: str, checked_in: str, data: dict[str, Any]) -> None:
        self.conn.execute("INSERT OR REPLACE INTO incremental_links (token, url, checked_as_of, checked_in, data)"
                          " VALUES (?, ?, ?, ?, ?)", (self.token, self._key(url), checked_as_of, checked_in, pack(data)))
        self._tick()

    def _tick(self) -> None:
        self._pending += 1
        if self._pending >= self.COMMIT_EVERY:
            self.conn.commit()
            self._pending = 0

    def complete(self, started_at: str, as_of: str, full_as_of: str, reuse_keys: str) -> None:
        """Make this run the site's stored state and drop the older rows, in one transaction."""
        with self.conn:
            old = [row[0] for row in self.conn.execute("SELECT token FROM incremental_sites WHERE site = ?",
                                                      (self.site,))]
            self.conn.execute(
                "INSERT INTO incremental_sites (site, token, started_at, as_of, full_as_of, reuse_keys, origin)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (site) DO UPDATE SET token = excluded.token,"
                " started_at = excluded.started_at, as_of = excluded.as_of, full_as_of = excluded.full_as_of,"
                " reuse_keys = excluded.reuse_keys, origin = excluded.origin",
                (self.site, self.token, started_at, as_of, full_as_of, reuse_keys, self.origin))
            for token in old:
                self._drop(token)

    def abandon(self) -> None:
        """A run that did not finish: its rows go, the previous state stays."""
        with self.conn:
            self._drop(self.token)

    def _drop(self, token: str) -> None:
        for table in ("incremental_pages", "incremental_assets", "incremental_links"):
            self.conn.execute(f"DELETE FROM {table} WHERE token = ?", (token,))

    def close(self) -> None:
        self.conn.commit()
        self.conn.close()


def latest_run(conn: sqlite3.Connection, site: str) -> StoredRun | None:
    try:
        row = conn.execute("SELECT token, started_at, as_of, full_as_of, reuse_keys, origin FROM incremental_sites"
                           " WHERE site = ?", (site,)).fetchone()
    except sqlite3.OperationalError:  # no such table: a history without incremental runs
        return None
    return StoredRun(*row) if row else None


def previous_run(path: Path, site: str) -> StoredRun | None:
    """The site's stored complete run, read without creating or changing anything."""
    check_file(path)
    if not Path(path).is_file() or Path(path).stat().st_size == 0:
        return None
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return latest_run(conn, site)
