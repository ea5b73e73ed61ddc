"""What --resume costs and saves: an uninterrupted run beside a run SIGKILLed half-way and resumed.

    .venv/bin/python benchmarks/bench_resume.py [--pages 400] [--links 60] [--kill-at 0.5]

Serves a generated site on 127.0.0.1 (``--pages`` pages, each with ``--links`` links: navigation shared
by every page plus links between pages), audits it with freshness and links (no browser, so the crawl
and the run state dominate), then:

1. an uninterrupted run: wall-clock and CPU seconds (CPU of the auditcrawl process: fair on a shared machine);
2. the same run SIGKILLed once ``--kill-at`` of the pages are done, then ``--resume``: seconds of both
   parts, pages fetched twice (server log), whether pages and finding ids equal run 1's;
3. the run state's size at the kill, per done page, beside the results stream's;
4. in process: the median microseconds to log one page's state (serialise it and append a line).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.cli_helpers import AUDITCRAWL  # noqa: E402
from tests.fixture_server import FixtureServer, page  # noqa: E402


def build_site(server: FixtureServer, pages: int, links: int) -> None:
    nav_count = links // 2
    nav = "".join(f"<li><a href='/p/{i}'>Section {i}</a></li>" for i in range(nav_count))
    for i in range(pages):
        body = "".join(f"<a href='/p/{(i * 7 + k) % pages}'>Item {k}</a> " for k in range(links - nav_count))
        server.set_route("/" if i == 0 else f"/p/{i}", body=page(
            f"Page {i}", f"<nav><ul>{nav}</ul></nav><h1>Page {i}</h1><p>Reviewed: 01/15/2020</p><p>{body}</p>"))


def args_for(server: FixtureServer, out: Path, *extra: str) -> list[str]:
    return [*AUDITCRAWL, "audit", server.url("/"), "--out", str(out), "--quiet", "--audits", "freshness,links",
            "--as-of", "2026-06-01", "--sitemaps", "false", "--autothrottle", "false", "--concurrency", "8", *extra]


def summary(out: Path) -> tuple[list, list]:
    results = json.loads((out / "results.json").read_text())
    return sorted(p["url"] for p in results["pages"]), sorted(f["id"] for f in results["findings"])


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(cmd: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one auditcrawl process (CPU: fair on a machine shared with others)."""
    started, cpu = time.monotonic(), child_cpu()
    subprocess.run(cmd, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.monotonic() - started, child_cpu() - cpu


def killed_run(cmd: list[str], out: Path, pages_done: int) -> tuple[float, float]:
    started, cpu = time.monotonic(), child_cpu()
    proc = subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    log = out / "run-state" / "pages.jsonl"
    while not log.exists() or log.read_bytes().count(b"\n") < pages_done:
        if proc.poll() is not None:
            raise SystemExit("the run ended before the kill; use more --pages")
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return time.monotonic() - started, child_cpu() - cpu


def page_state_cost(links: int, repeat: int = 2000) -> float:
    from crawler.items import Link, PageRecord
    from crawler.runstate.store import page_to_state
    from crawler.runstate.journal import AppendLog
    record = PageRecord("http://127.0.0.1:1/p/1", "http://127.0.0.1:1/p/1", 200, content_type="text/html",
                        depth=2, headers={"content-type": "text/html"}, is_html=True, title="Page 1",
                        links=[Link(f"http://127.0.0.1:1/p/{k}", f"Item {k}", f"main > p > a:nth-of-type({k})", "a",
                                    f"/p/{k}", f"<a href='/p/{k}'>Item {k}</a>") for k in range(links)],
                        anchors={"top", "main"})
    with tempfile.TemporaryDirectory() as folder:
        log = AppendLog(Path(folder) / "pages.jsonl")
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            log.append({"page": page_to_state(record), "audits": {"links": {"heading": "Page 1"}}, "stream_end": 1})
            times.append(time.perf_counter() - started)
        log.close()
    return statistics.median(times) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=400)
    parser.add_argument("--links", type=int, default=60)
    parser.add_argument("--kill-at", type=float, default=0.5)
    opts = parser.parse_args()
    server = FixtureServer().start()
    build_site(server, opts.pages, opts.links)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            full, resumed = Path(tmp) / "full", Path(tmp) / "resumed"
            server.reset_log()
            full_seconds, full_cpu = run(args_for(server, full))
            server.reset_log()
            kill_after = int(opts.pages * opts.kill_at)
            (killed_seconds, killed_cpu) = killed_run(args_for(server, resumed), resumed, kill_after)
            state = resumed / "run-state"
            done = (state / "pages.jsonl").read_bytes().count(b"\n")
            state_bytes = sum(p.stat().st_size for p in state.rglob("*") if p.is_file() and "jobdir" not in p.parts)
            stream_bytes = (resumed / "results.partial.jsonl").stat().st_size
            resume_seconds, resume_cpu = run(args_for(server, resumed, "--resume"))
            fetched = Counter(r.bare_path for r in server.requests if r.method == "GET" and r.bare_path != "/robots.txt"
                              and r.bare_path != "/sitemap.xml")
            twice = sum(1 for n in fetched.values() if n > 1)
            same = summary(full) == summary(resumed)
    finally:
        server.stop()
    print(f"site: {opts.pages} pages x {opts.links} links, audits freshness,links, concurrency 8")
    print(f"uninterrupted run: {full_seconds:6.1f} s wall, {full_cpu:6.1f} s CPU")
    print(f"killed after {done} pages done: {killed_seconds:6.1f} s wall, {killed_cpu:6.1f} s CPU; then --resume: "
          f"{resume_seconds:6.1f} s wall, {resume_cpu:6.1f} s CPU "
          f"(together {(killed_cpu + resume_cpu) / full_cpu:.2f}x the uninterrupted run's CPU)")
    print(f"pages fetched twice: {twice} (in flight at the kill); pages and finding ids equal: {same}")
    print(f"run state at the kill: {state_bytes / 1e6:.2f} MB, {state_bytes / max(done, 1) / 1e3:.1f} kB per done "
          f"page (results stream: {stream_bytes / max(done, 1) / 1e3:.1f} kB per page)")
    print(f"logging one page's state ({opts.links} links): median {page_state_cost(opts.links):.0f} us")


if __name__ == "__main__":
    main()
