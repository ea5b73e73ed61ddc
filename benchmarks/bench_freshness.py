"""Freshness extraction: accuracy and speed of auditcrawl vs htmldate on both corpora and a ~100 KB page.

    .venv/bin/python benchmarks/bench_freshness.py [--repeat 5]

Prints accuracy side by side (htmldate.find_date, original_date=False, with
and without extensive_search) on the written corpus and on the held-out set
of real snippets (tests/freshness_corpus/real/), batch by batch, and the median
milliseconds per page (warm: after one pass, so dateparser's one-off language
loading is reported apart).

Held-out pages marked ``last_modified: "as_of"`` are served with a fresh
Last-Modified header, as a crawl would pass it to auditcrawl (htmldate takes no
headers). For each batch the benchmark also prints the distractors scored on the
HTML alone, and how many no-date pages with a fresh Last-Modified come out
``missing`` (auditcrawl: the audit's state; htmldate: no date found).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "freshness_corpus")]

from chrome import page  # noqa: E402
from score import (REAL, Case, auditcrawl_date, auditcrawl_extractor_date, auditcrawl_state,  # noqa: E402
                   fresh_header_pages, htmldate_date, htmldate_state, load_cases, score, score_fresh_header)

EXTRACTORS = {
    "auditcrawl": auditcrawl_date,
    "htmldate (extensive)": lambda case: htmldate_date(case, True),
    "htmldate (fast)": lambda case: htmldate_date(case, False),
}


def typical_page(target_bytes: int = 100_000) -> str:
    """An agency content page of about 100 KB: long text, lists, a table, news, a footer with its label."""
    section = ("<h2>Eligibility and how to apply</h2><p>" + "You can apply if you live in the state and meet the "
               "income rules described below. Bring proof of identity and address to your appointment. " * 6 +
               "</p><ul>" + "".join(f'<li><a href="/programs/item-{i}/">Program item {i}</a> with details on '
                                    f'documents and fees</li>' for i in range(12)) +
               "</ul><table><tr><th>Fee</th><th>Amount</th></tr>" +
               "".join(f"<tr><td>Service {i}</td><td>${i * 5}.00</td></tr>" for i in range(10)) + "</table>")
    body, foot = "", '<p class="last-updated">Page last reviewed: March 3, 2023</p>'
    html = page("us", "en", "Apply for assistance", body, foot=foot, news=True)
    while len(html.encode()) < target_bytes:
        body += section
        html = page("us", "en", "Apply for assistance", body, foot=foot, news=True)
    return html


def median_ms(extract, cases: list[Case], repeat: int) -> float:
    """Median over pages of each page's fastest run (the machine is shared: the fastest run is the cleanest)."""
    times = []
    for case in cases:
        runs = []
        for _ in range(repeat):
            start = time.perf_counter()
            extract(case)
            runs.append((time.perf_counter() - start) * 1000)
        times.append(min(runs))
    return statistics.median(times)


def page_ms(extract, case: Case, runs: int) -> tuple[float, float]:
    """Median and fastest of ``runs`` runs on one page."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        extract(case)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per page (the fastest counts)")
    args = parser.parse_args()
    cases = load_cases()
    big = Case("typical-100kb", "labelled", "en", "typical page", "2023-03-03", None, typical_page())

    start = time.perf_counter()
    auditcrawl_extractor_date(cases[0])
    print(f"first call (imports, dateparser language data): {(time.perf_counter() - start) * 1000:.0f} ms")

    print(f"\nAccuracy on {len(cases)} corpus pages")
    for name, extract in EXTRACTORS.items():
        print(score(cases, extract).line(name))

    real = load_cases(REAL)
    states = {"auditcrawl": auditcrawl_state, "htmldate (extensive)": htmldate_state,
              "htmldate (fast)": lambda case: "missing" if htmldate_date(case, False) is None else "dated"}
    for batch in sorted({c.batch for c in real}):
        subset = [c for c in real if c.batch == batch]
        print(f"\nHeld-out set, batch {batch}: {len(subset)} snippets quoted from real government pages")
        for name, extract in EXTRACTORS.items():
            result = score(subset, extract)
            print(result.line(name))
            if name == "auditcrawl" and result.misses:
                print(f"{'':<28} misses: {result.misses}")
        if fresh_header_pages(subset):
            html_only = [Case(c.id, c.kind, c.lang, c.style, c.expected, c.next_review_due, c.html, c.news_sidebar,
                              c.batch, c.url) for c in subset]  # the same pages without their headers
            print(score(html_only, auditcrawl_extractor_date).line("auditcrawl (HTML only)"))
            for name, state in states.items():
                result = score_fresh_header(subset, state)
                print(result.line(name))
                if name == "auditcrawl" and result.wrong:
                    print(f"{'':<28} not missing: {len(result.wrong)}, e.g. {result.wrong[:3]}")

    print("\nThe written corpus, split by chrome: pages with / without a dated news sidebar")
    for flag in (True, False):
        subset = [c for c in cases if c.news_sidebar is flag]
        for name, extract in EXTRACTORS.items():
            print(score(subset, extract).line(f"{name} {'with' if flag else 'without'}"))

    print(f"\nMedian ms per page (best of {args.repeat} runs per page)")
    print(f"{'':<22} {'corpus (' + str(len(cases)) + ' pages)':>20} "
          f"{f'typical page {len(big.html) // 1000} KB, median (fastest) of 30':>40}")
    timed = {"auditcrawl": auditcrawl_extractor_date, **{k: v for k, v in EXTRACTORS.items() if k != "auditcrawl"}}
    for name, extract in timed.items():  # auditcrawl: the extractor alone, as htmldate is
        median, fastest = page_ms(extract, big, 30)
        print(f"{name:<22} {median_ms(extract, cases, args.repeat):>20.2f} {median:>32.2f} ({fastest:.2f})")
    print(f"\nauditcrawl on the typical page: {auditcrawl_extractor_date(big)}; htmldate (extensive): "
          f"{htmldate_date(big, True)}; expected {big.expected}")


if __name__ == "__main__":
    main()
