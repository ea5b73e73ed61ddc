"""Run history in SQLite: one row per run, its findings by fingerprint, trends.

A run is keyed by ``run.started_at`` plus its start URLs, so rendering the same
results.json again (``auditcrawl report DIR``) replaces that run's rows instead
of adding a second run. Comparisons and trends only look at runs of the same
site (same start URLs).
"""
from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Mapping, Sequence

from audits.base import SEVERITIES
from reports.portable import portable_id, run_origins, site_key, strip_origin

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    run_key TEXT NOT NULL UNIQUE,
    site TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    as_of TEXT,
    pages_audited INTEGER NOT NULL DEFAULT 0,
    recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX IF NOT EXISTS runs_site ON runs (site, started_at);
CREATE TABLE IF NOT EXISTS findings (
    run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,  -- portable id: findings[].id with the run's start origins cut off
    finding_id TEXT NOT NULL,  -- findings[].id as in results.json
    page_key TEXT NOT NULL,  -- page URL with the run's start origin cut off
    audit TEXT NOT NULL,
    rule TEXT NOT NULL,
    severity TEXT NOT NULL,
    page TEXT NOT NULL,
    message TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (run_id, fingerprint)
);
"""


@dataclass
class RunSummary:
    """One run's counts, for trend charts."""

    started_at: str
    as_of: str
    total: int
    by_severity: dict[str, int]
    by_audit: dict[str, int]


@dataclass
class Comparison:
    """The current run against the previous run of the same site in the history."""

    previous_started_at: str | None = None
    status: Mapping[str, str] = field(default_factory=dict)  # finding id -> "new" | "persisting"
    fixed: Sequence[dict[str, Any]] = field(default_factory=list)  # findings of the previous run now gone
    not_rechecked: int = 0  # previous findings on pages/audits this run did not look at

    @property
    def has_previous(self) -> bool:
        return self.previous_started_at is not None

    def count(self, state: str) -> int:
        if isinstance(self.status, FindingStatus):
            return self.status.count(state)
        return sum(1 for value in self.status.values() if value == state)


_COMPARE_SCHEMA = """
CREATE TABLE prev (key TEXT PRIMARY KEY, id TEXT, page_key TEXT, audit TEXT, rule TEXT, severity TEXT, page TEXT,
                   message TEXT, rank INTEGER, rechecked INTEGER NOT NULL DEFAULT 0);
CREATE TABLE cur (fid TEXT PRIMARY KEY, key TEXT);
CREATE INDEX cur_key ON cur (key);
CREATE TABLE audited (page_key TEXT PRIMARY KEY);
"""
_FIELDS = ("key", "id", "page_key", "audit", "rule", "severity", "page", "message")


class FindingStatus(Mapping[str, str]):
    """finding id -> "new" | "persisting", read from the comparison's private SQLite file (a large run's
    findings are never all held)."""

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    def __getitem__(self, fid: str) -> str:
        row = self._conn.execute("SELECT EXISTS (SELECT 1 FROM prev WHERE prev.key = cur.key) FROM cur WHERE fid = ?",
                                 (str(fid),)).fetchone()
        if row is None:
            raise KeyError(fid)
        return "persisting" if row[0] else "new"

    def __iter__(self) -> Iterator[str]:
        for (fid,) in self._conn.execute("SELECT fid FROM cur ORDER BY rowid"):
            yield fid

    def __len__(self) -> int:
        return self._conn.execute("SELECT COUNT(*) FROM cur").fetchone()[0]

    def count(self, state: str) -> int:
        persisting = self._conn.execute("SELECT COUNT(*) FROM cur WHERE key IN (SELECT key FROM prev)").fetchone()[0]
        return persisting if state == "persisting" else len(self) - persisting if state == "new" else 0


class FixedFindings(Sequence[dict[str, Any]]):
    """The previous run's findings gone from pages this run audited again with the same audit, worst first,
    read from the comparison's SQLite file as they are listed."""

    _WHERE = "FROM prev WHERE key NOT IN (SELECT key FROM cur) AND rechecked = 1"

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn
        self._len = conn.execute(f"SELECT COUNT(*) {self._WHERE}").fetchone()[0]

    def _rows(self, limit: int = -1, offset: int = 0) -> Iterator[dict[str, Any]]:
        cursor = self._conn.execute(f"SELECT {', '.join(_FIELDS)} {self._WHERE} ORDER BY rank, page, rule, key"
                                    " LIMIT ? OFFSET ?", (limit, offset))
        for row in cursor:
            yield dict(zip(_FIELDS, row))

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return self._rows()

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return list(self)[index]
        if index < 0:
            index += self._len
        if not 0 <= index < self._len:
            raise IndexError(index)
        return next(self._rows(1, index))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]


def run_key(results: dict[str, Any]) -> str:
    run = results.get("run") or {}
    return f"{run.get('started_at', '')}\x1f{site_key(results)}"


def connect(path: Path) -> sqlite3.Connection:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=30)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.executescript(SCHEMA)
    return conn


def record_run(path: Path, results: dict[str, Any]) -> int:
    """Store (or replace) this run and its findings; returns the run's row id."""
    run = results.get("run") or {}
    audited = sum(1 for page in results.get("pages") or [] if page.get("audited"))
    with closing(connect(path)) as conn, conn:
        conn.execute(
            "INSERT INTO runs (run_key, site, started_at, finished_at, as_of, pages_audited)"
            " VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (run_key) DO UPDATE SET finished_at = excluded.finished_at,"
            " as_of = excluded.as_of, pages_audited = excluded.pages_audited",
            (run_key(results), site_key(results), str(run.get("started_at", "")),
             run.get("finished_at"), run.get("as_of"), audited),
        )
        run_id = conn.execute("SELECT id FROM runs WHERE run_key = ?", (run_key(results),)).fetchone()[0]
        conn.execute("DELETE FROM findings WHERE run_id = ?", (run_id,))
        origins = run_origins(results)
        conn.executemany(  # a generator: the findings may be read from disk, one at a time
            "INSERT OR IGNORE INTO findings (run_id, fingerprint, finding_id, page_key, audit, rule, severity,"
            " page, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ((run_id, portable_id(f, origins), str(f.get("id", "")), strip_origin(f.get("page"), origins),
              str(f.get("audit", "")), str(f.get("rule", "")), str(f.get("severity", "")),
              str(f.get("page", "")), str(f.get("message", "")))
             for f in results.get("findings") or []),
        )
    return run_id


def _previous_run_id(conn: sqlite3.Connection, results: dict[str, Any]) -> tuple[int, str] | None:
    started = str((results.get("run") or {}).get("started_at", ""))
    row = conn.execute(
        "SELECT id, started_at FROM runs WHERE site = ? AND started_at < ? ORDER BY started_at DESC LIMIT 1",
        (site_key(results), started),
    ).fetchone()
    return (row[0], row[1]) if row else None


def compare(path: Path, results: dict[str, Any]) -> Comparison:
    """Mark each current finding new or persisting and list the fixed ones.

    A previous finding only counts as fixed when this run audited its page with
    the same audit switched on; otherwise it was simply not looked at again.
    Both runs' findings are read into a private SQLite file (removed when the comparison is dropped), not
    into dicts: ``status`` and ``fixed`` are read back from it.
    """
    comparison = Comparison()
    if not Path(path).exists():
        return comparison
    with closing(connect(path)) as conn:
        previous = _previous_run_id(conn, results)
        if previous is None:
            return comparison
        comparison.previous_started_at = previous[1]
        work = sqlite3.connect("")  # private, on disk, removed when the comparison is dropped
        work.executescript(_COMPARE_SCHEMA)
        rows = conn.execute(
            "SELECT fingerprint, finding_id, page_key, audit, rule, severity, page, message FROM findings"
            " WHERE run_id = ?", (previous[0],))
        work.executemany("INSERT OR REPLACE INTO prev VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                         ((*row, SEVERITIES.index(row[5]) if row[5] in SEVERITIES else 9) for row in rows))
    origins = run_origins(results)
    work.executemany("INSERT OR REPLACE INTO cur VALUES (?, ?)",
                     ((str(f.get("id")), portable_id(f, origins)) for f in results.get("findings") or []))
    work.executemany("INSERT OR IGNORE INTO audited VALUES (?)",
                     ((strip_origin(page.get("url"), origins),) for page in results.get("pages") or []
                      if page.get("audited")))
    audits_on = (results.get("run") or {}).get("settings", {}).get("audits")
    rechecked = "page_key IN (SELECT page_key FROM audited)"
    if audits_on is not None:
        audits = [str(a) for a in audits_on]
        rechecked += f" AND audit IN ({', '.join('?' * len(audits))})" if audits else " AND 0"
    else:
        audits = []
    work.execute(f"UPDATE prev SET rechecked = 1 WHERE {rechecked}", audits)
    comparison.not_rechecked = work.execute(
        "SELECT COUNT(*) FROM prev WHERE key NOT IN (SELECT key FROM cur) AND rechecked = 0").fetchone()[0]
    comparison.status = FindingStatus(work)
    comparison.fixed = FixedFindings(work)
    return comparison


def trends(path: Path, results: dict[str, Any], last: int = 10) -> list[RunSummary]:
    """Counts by severity and audit for the last ``last`` runs of this site up to this one, oldest first."""
    if not Path(path).exists():
        return []
    started = str((results.get("run") or {}).get("started_at", ""))
    with closing(connect(path)) as conn:
        runs = conn.execute(
            "SELECT id, started_at, COALESCE(as_of, '') FROM runs WHERE site = ? AND started_at <= ?"
            " ORDER BY started_at DESC LIMIT ?",
            (site_key(results), started, last),
        ).fetchall()
        summaries = []
        for run_id, run_started, as_of in reversed(runs):
            by_severity = dict.fromkeys(SEVERITIES, 0)
            by_audit: dict[str, int] = {}
            for severity, audit, count in conn.execute(
                "SELECT severity, audit, COUNT(*) FROM findings WHERE run_id = ? GROUP BY severity, audit",
                (run_id,),
            ):
                by_severity[severity] = by_severity.get(severity, 0) + count
                by_audit[audit] = by_audit.get(audit, 0) + count
            summaries.append(RunSummary(run_started, as_of, sum(by_severity.values()), by_severity, by_audit))
    return summaries
