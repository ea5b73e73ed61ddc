"""Score auditcrawl's extractor and htmldate on the freshness corpus (used by the test and the benchmark)."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from email.utils import format_datetime
from pathlib import Path
from typing import Callable

HERE = Path(__file__).parent
REAL = HERE / "real"  # the held-out set of snippets quoted from real pages (real/build.py)


@dataclass
class Case:
    id: str
    kind: str
    lang: str
    style: str
    expected: str | None
    next_review_due: str | None
    html: str
    news_sidebar: bool = False  # the chrome carries a dated "Recent news" list
    batch: int = 1  # held-out set: 1 before the extractor changes, 2 after, 3 before issue 12's rules, 4 after
    url: str = ""  # the page's address (held-out set: its source_url)
    last_modified: str | None = None  # "as_of": served with a Last-Modified header of the as-of date


def crawl_headers(case: Case, as_of: dt.date | None = None) -> dict[str, str]:
    """The response headers a crawl records for the case (PageRecord.headers: lower-cased names).

    A ``last_modified`` of "as_of" is what a dynamic or cached CMS sends: the time the response was made, today.
    """
    if case.last_modified != "as_of":
        return {}
    day = as_of or dt.date.today()
    made = dt.datetime(day.year, day.month, day.day, 9, 30, tzinfo=dt.timezone.utc)
    return {"last-modified": format_datetime(made, usegmt=True)}


def load_cases(directory: Path = HERE) -> list[Case]:
    """The cases of a corpus directory (its manifest.json): the written corpus by default, or ``REAL``."""
    manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    return [Case(m["id"], m["kind"], m["lang"], m.get("style") or m.get("source_url", ""), m["expected"],
                 m["next_review_due"], (directory / m["file"]).read_text(encoding="utf-8"),
                 m.get("news_sidebar", False), m.get("batch", 1), m.get("source_url", ""),
                 m.get("last_modified")) for m in manifest]


def auditcrawl_date(case: Case) -> str | None:
    """The date auditcrawl reports for the page in a crawl with default settings (the audit's own entry point,
    so whichever sources the audit uses by default, and the response headers a crawl passes it)."""
    return auditcrawl_freshness(case)["date"]


def auditcrawl_extractor_date(case: Case) -> str | None:
    """The extractor alone on the page's HTML (no headers): what the benchmark times against htmldate."""
    from audits.freshness import extract_review_date
    found = extract_review_date(case.html)  # language comes from <html lang>, as in a crawl
    return found.date.isoformat() if found and found.date else None


def auditcrawl_freshness(case: Case, as_of: dt.date | None = None) -> dict:
    """results.json ``pages[].freshness`` for the page, from the audit's own entry point with default settings.

    The page goes through FreshnessAudit.audit_page as a crawled PageRecord (status 200, HTML, the crawl's
    headers), so the state (fresh, stale, missing, future) is the one a user would read in the report.
    """
    from audits.base import AuditContext
    from audits.freshness.audit import FreshnessAudit
    from crawler.items import PageRecord
    day = as_of or dt.date.today()
    url = case.url or f"https://agency.example/{case.id}"
    record = PageRecord(url=url, requested_url=url, status=200, content_type="text/html; charset=utf-8",
                        headers=crawl_headers(case, day), html=case.html, is_html=True)
    FreshnessAudit(None).audit_page(record, AuditContext(as_of=day, settings=None))
    return record.extra["freshness"]


def htmldate_date(case: Case, extensive: bool = True) -> str | None:
    from htmldate import find_date
    return find_date(case.html, original_date=False, outputformat="%Y-%m-%d", extensive_search=extensive)


@dataclass
class Score:
    labelled_ok: int
    labelled_total: int
    structured_ok: int
    structured_total: int
    distractor_ok: int  # no wrong date: nothing, or the page's real date
    distractor_total: int
    misses: list[tuple[str, str | None, str | None]]  # (case id, expected, got)

    @property
    def labelled_rate(self) -> float:
        return self.labelled_ok / self.labelled_total

    @property
    def structured_rate(self) -> float:
        return self.structured_ok / self.structured_total if self.structured_total else 1.0

    @property
    def distractor_rate(self) -> float:
        return self.distractor_ok / self.distractor_total

    def line(self, name: str) -> str:
        return (f"{name:<28} labelled {self.labelled_ok}/{self.labelled_total} ({self.labelled_rate:.1%})  "
                f"structured {self.structured_ok}/{self.structured_total} ({self.structured_rate:.1%})  "
                f"distractors {self.distractor_ok}/{self.distractor_total} ({self.distractor_rate:.1%})")


def score(cases: list[Case], extractor: Callable[[Case], str | None]) -> Score:
    counts = {"labelled": [0, 0], "structured": [0, 0], "distractor": [0, 0]}
    misses = []
    for case in cases:
        got = extractor(case)
        ok = got == case.expected if case.kind != "distractor" else got in (None, case.expected)
        counts[case.kind][0] += ok
        counts[case.kind][1] += 1
        if not ok:
            misses.append((case.id, case.expected, got))
    return Score(*counts["labelled"], *counts["structured"], *counts["distractor"], misses)


@dataclass
class FreshHeaderScore:
    """No-date pages served with a fresh Last-Modified header: how many come out ``missing``."""
    missing: int
    total: int
    wrong: list[tuple[str, str]]  # (case id, what came out instead)

    def line(self, name: str) -> str:
        rate = self.missing / self.total if self.total else 1.0
        return (f"{name:<28} no-date pages with a fresh Last-Modified that are missing "
                f"{self.missing}/{self.total} ({rate:.1%})")


def fresh_header_pages(cases: list[Case]) -> list[Case]:
    """The no-date pages served with a Last-Modified header of the as-of date."""
    return [c for c in cases if c.kind == "distractor" and c.last_modified == "as_of"]


def score_fresh_header(cases: list[Case], state: Callable[[Case], str]) -> FreshHeaderScore:
    """``state`` gives a page's state ("missing" when no date is found); only the fresh-header no-date pages count."""
    pages = fresh_header_pages(cases)
    wrong = [(c.id, got) for c in pages if (got := state(c)) != "missing"]
    return FreshHeaderScore(len(pages) - len(wrong), len(pages), wrong)


def auditcrawl_state(case: Case) -> str:
    return auditcrawl_freshness(case)["state"]


def htmldate_state(case: Case) -> str:
    """htmldate reads only the HTML (it takes no headers): a page it gives no date is ``missing``."""
    got = htmldate_date(case)
    return "missing" if got is None else f"dated {got}"
