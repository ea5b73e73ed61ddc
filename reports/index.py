"""The report's index: a run's pages and findings in a private temporary SQLite database.

The HTML report lists every page and every finding. Held in memory, that is the one part of a run that grows
with the site; here it is read once from the results (a stream from disk, or lists) into SQLite, which keeps
it on disk (``sqlite3.connect("")``: a temporary file deleted on close), and each section of the report is a
query read row by row while the template renders it. Only aggregates (counts by audit and severity, the age
histogram) are kept in Python.
"""
from __future__ import annotations

import itertools
import json
import sqlite3
from collections import Counter
from typing import Any, Callable, Iterable, Iterator, Mapping

from audits.base import SEVERITIES, normalise_selector

_SCHEMA = """
CREATE TABLE pages (seq INTEGER PRIMARY KEY, url TEXT, state TEXT, date TEXT, body TEXT);
CREATE TABLE findings (seq INTEGER PRIMARY KEY, page TEXT, sev INTEGER, rule TEXT, audit TEXT, fid TEXT,
                       selector TEXT, target TEXT, verdict INTEGER, crit INTEGER, body TEXT);
"""
_INDEXES = """
CREATE INDEX findings_page ON findings (page, sev, rule, seq);
CREATE INDEX findings_order ON findings (sev, page, rule, seq);
CREATE INDEX findings_target ON findings (verdict, target, sev, page, rule, seq);
CREATE INDEX pages_state ON pages (state, date, url, seq);
CREATE INDEX pages_url ON pages (url, seq);
"""
ORDER = "sev, page, rule, seq"  # the report's order of findings: severity, page, rule, then as written
_BATCH = 500  # rows read or written at a time


def severity_rank(severity: Any) -> int:
    return SEVERITIES.index(severity) if severity in SEVERITIES else len(SEVERITIES)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _batches(rows: Iterable[tuple], size: int = _BATCH) -> Iterator[list[tuple]]:
    batch: list[tuple] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class Rows:
    """A query's rows as a sequence the template can loop over more than once, take the length of and test
    for emptiness; each pass reads from the database, one row at a time."""

    def __init__(self, index: "ReportIndex", sql: str, params: tuple = (),
                 make: Callable[[tuple], Any] = lambda row: json.loads(row[0])):
        self._index, self._sql, self._params, self._make = index, sql, params, make
        self._len: int | None = None

    def __iter__(self) -> Iterator[Any]:
        for row in self._index.query(self._sql, self._params):
            yield self._make(row)

    def __len__(self) -> int:
        if self._len is None:
            self._len = self._index.conn.execute(f"SELECT COUNT(*) FROM ({self._sql})", self._params).fetchone()[0]
        return self._len

    def __bool__(self) -> bool:
        return len(self) > 0

    def __getitem__(self, part: slice) -> list[Any]:
        """A slice, as the template takes the first rows of a long table (``rows[:limit]``)."""
        if not isinstance(part, slice) or part.step is not None or (part.start or 0) < 0 or (part.stop or 0) < 0:
            raise TypeError("rows can only be sliced from the front, e.g. rows[:100]")
        return list(itertools.islice(self, part.start, part.stop))


class ReportIndex:
    """Pages and findings of one run, read once, queried by the report model."""

    def __init__(self, results: Mapping[str, Any], criteria_of: Callable[[Mapping[str, Any]], list[str]]):
        self.conn = sqlite3.connect("")  # private, on disk, removed when closed
        self.conn.executescript(_SCHEMA)
        self.pages = 0
        self.audited = 0
        self.needs_review = 0
        self.findings = 0
        self.max_ages: Counter = Counter()
        self.counts: Counter = Counter()  # (audit, severity) -> n, every finding
        self.first_seen: dict[Any, tuple] = {}  # audit -> its first finding in the report's order
        self._criteria_of = criteria_of
        self._read_pages(results.get("pages") or [])
        self._read_findings(results.get("findings") or [])
        self.conn.executescript(_INDEXES)

    def _read_pages(self, pages: Iterable[Mapping[str, Any]]) -> None:
        def rows() -> Iterator[tuple]:
            for seq, page in enumerate(pages):
                self.pages += 1
                fresh = page.get("freshness") or {}
                if page.get("audited"):
                    self.audited += 1
                self.needs_review += int((page.get("wcag") or {}).get("needs_review") or 0)
                if fresh.get("max_age_days"):
                    self.max_ages[fresh.get("max_age_days")] += 1
                yield (seq, str(page.get("url", "")), fresh.get("state") if isinstance(fresh.get("state"), str)
                       else None, str(fresh.get("date") or ""), _dumps(page))
        for batch in _batches(rows()):
            self.conn.executemany("INSERT INTO pages VALUES (?, ?, ?, ?, ?)", batch)

    def _read_findings(self, findings: Iterable[Mapping[str, Any]]) -> None:
        def rows() -> Iterator[tuple]:
            for seq, f in enumerate(findings):
                self.findings += 1
                sev = severity_rank(f.get("severity"))
                key = (sev, str(f.get("page")), str(f.get("rule")), seq)
                audit = f.get("audit")
                self.counts[(audit, f.get("severity"))] += 1
                if audit not in self.first_seen or key < self.first_seen[audit]:
                    self.first_seen[audit] = key
                link = f.get("link") or {}
                verdict = audit == "links" and bool(link.get("verdict"))
                target = str(link.get("url") or (f.get("details") or {}).get("url") or "") if verdict else \
                    str(link.get("url") or "")
                yield (seq, key[1], sev, key[2], str(audit), _dumps(f.get("id")),
                       normalise_selector(str(f.get("selector") or "")), target, int(verdict),
                       int(bool(self._criteria_of(f))), _dumps(f))
        for batch in _batches(rows()):
            self.conn.executemany("INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch)

    def query(self, sql: str, params: tuple = ()) -> Iterator[tuple]:
        cursor = self.conn.execute(sql, params)
        try:
            while True:
                rows = cursor.fetchmany(_BATCH)
                if not rows:
                    return
                yield from rows
        finally:
            cursor.close()

    # the sections of the report
    def pages_in_order(self) -> Iterator[dict[str, Any]]:
        for (body,) in self.query("SELECT body FROM pages ORDER BY seq"):
            yield json.loads(body)

    def findings_of(self, url: str) -> list[dict[str, Any]]:
        """One page's findings in the report's order (a page's findings are held while it is rendered)."""
        return [json.loads(body) for (body,) in
                self.query(f"SELECT body FROM findings WHERE page = ? ORDER BY {ORDER}", (url,))]

    def findings_where(self, where: str, params: tuple = ()) -> Iterator[dict[str, Any]]:
        for (body,) in self.query(f"SELECT body FROM findings WHERE {where} ORDER BY {ORDER}", params):
            yield json.loads(body)

    def pages_by_state(self, state: str, order: str) -> Rows:
        return Rows(self, f"SELECT body FROM pages WHERE state = ? ORDER BY {order}", (state,))

    def top_pages(self, limit: int) -> Iterator[tuple[int, dict[str, Any], list[int]]]:
        """The pages with the most severe findings: (position, page, count per severity), ``limit`` of them."""
        order = ", ".join(f"c{i} DESC" for i in range(len(SEVERITIES)))
        names = ", ".join(f"c{i}" for i in range(len(SEVERITIES)))
        sql = ("SELECT p.seq, p.body, " + names + " FROM (SELECT page, COUNT(*) AS total, "
               + ", ".join(f"SUM(sev = {i}) AS c{i}" for i in range(len(SEVERITIES)))
               + f" FROM findings GROUP BY page) c CROSS JOIN pages p ON p.url = c.page"
               f" ORDER BY {order}, total DESC, p.url, p.seq LIMIT ?")
        for row in self.query(sql, (limit,)):
            yield row[0], json.loads(row[1]), list(row[2:])

    def element_groups(self, min_pages: int) -> Iterator[tuple[tuple[str, str, str, str], list[dict[str, Any]]]]:
        """Findings of one audit, rule, normalised selector and link target on ``min_pages`` pages or more."""
        groups = self.query(
            "SELECT audit, rule, selector, target FROM findings WHERE selector != '' AND audit != 'freshness'"
            " GROUP BY audit, rule, selector, target HAVING COUNT(DISTINCT page) >= ? ORDER BY MIN(seq)",
            (min_pages,))
        for key in list(groups):  # groups of a shared template: few
            yield key, [json.loads(body) for (body,) in self.query(
                "SELECT body FROM findings WHERE audit = ? AND rule = ? AND selector = ? AND target = ?"
                " ORDER BY " + ORDER, key)]

    def count_outside(self, ids: Iterable[Any], audit_not: str) -> int:
        """Findings not of ``audit_not`` whose id is none of ``ids``."""
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS grouped (fid TEXT PRIMARY KEY)")
        self.conn.execute("DELETE FROM grouped")
        self.conn.executemany("INSERT OR IGNORE INTO grouped VALUES (?)", ((_dumps(i),) for i in ids))
        return self.conn.execute("SELECT COUNT(*) FROM findings WHERE audit != ? AND fid NOT IN"
                                 " (SELECT fid FROM grouped)", (audit_not,)).fetchone()[0]

    def link_targets(self, summarise: Callable[[list[dict[str, Any]]], tuple]) -> None:
        """Each link target with a verdict, summarised by ``summarise`` from its findings (in the report's
        order) into the table ``targets``, one target at a time."""
        self.conn.execute("CREATE TEMP TABLE targets (url TEXT, verdict TEXT, status TEXT, reason TEXT,"
                          " learn_more INTEGER, severity TEXT, sev INTEGER, referrers INTEGER, rules TEXT)")

        def summaries() -> Iterator[tuple]:
            current, items = None, []
            for target, body in self.query("SELECT target, body FROM findings WHERE verdict = 1"
                                           " ORDER BY target, " + ORDER):
                if target != current and items:
                    yield summarise(items)
                    items = []
                current = target
                items.append(json.loads(body))
            if items:
                yield summarise(items)
        for batch in _batches(summaries()):
            self.conn.executemany("INSERT INTO targets VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", batch)

    def referrers_of(self, target: str) -> Iterator[dict[str, Any]]:
        return self.findings_where("verdict = 1 AND target = ?", (target,))

    def close(self) -> None:
        self.conn.close()
