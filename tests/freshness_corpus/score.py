"""Score auditcrawl's extractor and htmldate on the freshness corpus (used by the test and the benchmark)."""
from __future__ import annotations

import json
from dataclasses import dataclass
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
    batch: int = 1  # held-out set: 1 collected before the extractor changes, 2 after


def load_cases(directory: Path = HERE) -> list[Case]:
    """The cases of a corpus directory (its manifest.json): the written corpus by default, or ``REAL``."""
    manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    return [Case(m["id"], m["kind"], m["lang"], m.get("style") or m.get("source_url", ""), m["expected"],
                 m["next_review_due"], (directory / m["file"]).read_text(encoding="utf-8"),
                 m.get("news_sidebar", False), m.get("batch", 1)) for m in manifest]


def auditcrawl_date(case: Case) -> str | None:
    from audits.freshness import extract_review_date
    found = extract_review_date(case.html)  # language comes from <html lang>, as in a crawl
    return found.date.isoformat() if found and found.date else None


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
