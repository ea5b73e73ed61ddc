"""Scale-out numbers, in one run (issue 11; docs/scaling.md):

1. the Redis frontier against the in-memory one: a links-and-freshness crawl of a generated 2,000-page
   site, once with Scrapy's own scheduler, once with ``--frontier redis://...`` (a real redis-server on
   loopback, the coordinator alone), alternated ``--repeat`` times; medians and their ratio;
2. WCAG through a Selenium Grid against local chromedriver, from ``benchmarks/bench_grid.py``
   (``measure_grid_overhead``) when that module is there;
3. peak RSS of a links-and-freshness crawl of generated 2,000-, 5,000- and 20,000-page sites (the whole
   ``auditcrawl audit`` process, its report step included; link store on disk, the default), its growth per
   1,000 pages from one size to the next (flat = about 0), the report step alone (``auditcrawl report`` on the
   same folder, its own process), and the smallest site with every link kept in memory
   (``AUDITCRAWL_LINKS_STORE=memory``); ``--only-rss`` runs this part alone;
4. projected pages per second for 10 and 50 browser nodes, from per-page costs measured here: browser CPU
   (a WCAG crawl minus the same crawl without WCAG), crawl CPU, the coordinator's serial work per page
   (draining results from Redis, the link verdicts) and redis-server's CPU per page.

    .venv/bin/python benchmarks/bench_scale.py            # everything (several minutes)
    .venv/bin/python benchmarks/bench_scale.py --quick    # smaller sites, one repeat
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.proctree import TreeCpu  # noqa: E402
from crawler.localsite import LocalSite  # noqa: E402

AUDITCRAWL = [str(REPO / ".venv" / "bin" / "python"), "-m", "crawler.cli"]


def build_site(root: Path, pages: int, seed: int = 11) -> Path:
    """A site of ``pages`` pages: a shared nav of 10 section pages, 12 links to random other pages, a fragment
    link, a dated footer; every 10th page links to a missing page. About 25 links per page. A crawl finds
    ``pages`` + 1 (home) + ``pages // 10`` (missing) URLs, every page within 7 clicks of the home page when
    crawled breadth-first (the page budget of ``crawl_args`` leaves room for all of them)."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    nav = "".join(f'<li><a href="/s{k}/index.html">Section {k}</a></li>' for k in range(10))
    for i in range(pages):
        section = i % 10
        folder = root / f"s{section}"
        folder.mkdir(exist_ok=True)
        name = "index.html" if i < 10 else f"p{i}.html"
        others = [rng.randrange(pages) for _ in range(12)]
        links = "".join(f'<li><a href="{page_path(n)}">Page {n} of the archive</a></li>' for n in others)
        links += f'<li><a href="{page_path(others[0])}#top-{others[0] % 3}">Back to top</a></li>'
        if i % 10 == 5:
            links += f'<li><a href="/gone/{i}.html">Old report {i}</a></li>'
        day = 1 + i % 28
        (folder / name).write_text(
            f"<!doctype html><html lang=en><head><title>Page {i}</title></head><body><nav><ul>{nav}</ul></nav>"
            f"<main><h1 id=top-{i % 3}>Page {i}</h1><p>Programs, permits and reports of the agency.</p>"
            f"<ul>{links}</ul></main><footer>Last reviewed: 2025-03-{day:02d}</footer></body></html>",
            encoding="utf-8")
    (root / "index.html").write_text(f"<!doctype html><html lang=en><head><title>Home</title></head><body><nav>"
                                     f"<ul>{nav}</ul></nav><main><h1>Home</h1></main></body></html>")
    return root


def page_path(n: int) -> str:
    return f"/s{n % 10}/index.html" if n < 10 else f"/s{n % 10}/p{n}.html"


def run_measured(args: list[str], env: dict[str, str] | None = None) -> dict:
    """Run auditcrawl; wall seconds, CPU seconds of its process, its peak RSS (MB).

    The peak comes from ``benchmarks/maxrss.py``, which forks auditcrawl itself: measured from this process,
    a child's ``ru_maxrss`` starts at this process's own resident size (Linux counts the memory of the fork
    before its exec), which is what the numbers before 2026-12-02 03:50 partly were."""
    start = time.perf_counter()
    with tempfile.NamedTemporaryFile("r", suffix=".maxrss", encoding="ascii") as peak:
        proc = subprocess.Popen([sys.executable, str(REPO / "benchmarks" / "maxrss.py"), peak.name, "--",
                                 *AUDITCRAWL, *args], cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})})
        with TreeCpu(proc.pid) as tree:
            _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        err = proc.stderr.read().decode("utf-8", "replace")
        if os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError(f"auditcrawl {' '.join(args[:3])} failed: {err[-2000:]}")
        rss_kb = int(peak.read() or 0)
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "tree_cpu": tree.seconds, "rss_mb": rss_kb / 1024}


def crawl_args(url: str, out: Path, audits: str, pages: int) -> list[str]:
    return ["audit", url, "--out", str(out), "--quiet", "--audits", audits, "--max-pages", str(2 * pages + 100),
            "--as-of", "2026-11-28", "--autothrottle", "false", "--concurrency", "16", "--formats", "html"]


def pages_of(out: Path) -> int:
    """Pages in results.json, counted as it streams (loading it whole would grow this process, see run_measured)."""
    from reports.results import open_results
    return len(open_results(out)["pages"])


def redis_vs_memory(work: Path, pages: int, repeat: int) -> dict:
    from tests.redis_server import RedisServer
    site = build_site(work / f"site-{pages}", pages)
    memory, redis_runs, redis_cpu = [], [], []
    with LocalSite(site) as served:
        redis = RedisServer().start()
        try:
            for i in range(repeat):  # alternated, so that a busy spell on the machine hits both
                out = work / f"mem-{i}"
                memory.append(run_measured(crawl_args(served.url, out, "freshness,links", pages)))
                count = pages_of(out)
                before = _proc_cpu(redis.process.pid)
                out = work / f"redis-{i}"
                redis_runs.append(run_measured(crawl_args(served.url, out, "freshness,links", pages)
                                               + ["--frontier", redis.url]))
                redis_cpu.append(_proc_cpu(redis.process.pid) - before)
                assert pages_of(out) == count, "the Redis run found a different number of pages"
        finally:
            redis.stop()
    med = lambda runs, key: statistics.median(r[key] for r in runs)  # noqa: E731
    return {"pages": count, "memory_s": med(memory, "wall"), "redis_s": med(redis_runs, "wall"),
            "memory_cpu": med(memory, "cpu"), "redis_cpu": med(redis_runs, "cpu"),
            "redis_server_cpu_per_page": statistics.median(redis_cpu) / count,
            "ratio": med(redis_runs, "wall") / med(memory, "wall"),
            "runs": {"memory": [round(r["wall"], 1) for r in memory], "redis": [round(r["wall"], 1) for r in redis_runs]}}


def _proc_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_rss(work: Path, sizes: list[int]) -> list[dict]:
    """One row per (site size, link store): the audit process's peak RSS, and the report step's alone."""
    rows = []
    for pages in sizes:
        site = build_site(work / f"site-{pages}", pages)
        with LocalSite(site) as served:
            for store in ("sqlite", "memory") if pages == sizes[0] else ("sqlite",):
                out = work / f"rss-{pages}-{store}"
                env = {"AUDITCRAWL_LINKS_STORE": store}
                run = run_measured(crawl_args(served.url, out, "freshness,links", pages), env=env)
                report = run_measured(["report", str(out), "--formats", "html"])
                rows.append({"pages": pages_of(out), "store": store, "load": os.getloadavg()[0],
                             "report_rss_mb": report["rss_mb"], "report_s": report["wall"], **run})
    return rows


def print_peak_rss(rows: list[dict]) -> None:
    print("3. Peak RSS, links+freshness crawl (the whole auditcrawl audit process; report step alone beside it):")
    for row in rows:
        print(f"   {row['pages']:>6} pages, link store {row['store']:<6}: {row['rss_mb']:6.0f} MB peak RSS, "
              f"{row['wall']:6.1f} s, CPU {row['cpu']:6.1f} s ({row['cpu'] / row['pages'] * 1000:.0f} ms/page); "
              f"report step alone {row['report_rss_mb']:.0f} MB, {row['report_s']:.1f} s   "
              f"load average {row['load']:.1f}")
    disk = [row for row in rows if row["store"] == "sqlite"]
    for a, b in zip(disk, disk[1:]):
        per_k = (b["rss_mb"] - a["rss_mb"]) / (b["pages"] - a["pages"]) * 1000
        per_k_report = (b["report_rss_mb"] - a["report_rss_mb"]) / (b["pages"] - a["pages"]) * 1000
        print(f"   growth {a['pages']} -> {b['pages']} pages: {per_k:+.2f} MB per 1,000 pages (audit process), "
              f"{per_k_report:+.2f} MB per 1,000 pages (report step alone)")


def coordinator_serial_cost(pages: int = 2000) -> float:
    """CPU seconds per page the coordinator spends draining workers' results from Redis into results."""
    from crawler.frontier.run import Frontier
    from crawler.frontier.sinks import DrainingResultsSink
    from tests.redis_server import RedisServer
    redis = RedisServer().start()
    try:
        client = redis.client()
        frontier = Frontier(client, "bench", coordinator=True)
        page = {"url": "", "requested_url": "", "status": 200, "content_type": "text/html", "depth": 2,
                "referrer": "http://127.0.0.1/", "title": "Page", "language": "en", "redirect_chain": [],
                "truncated": False, "audited": True, "links_count": 25, "error": None, "note": None,
                "freshness": {"date": "2025-03-01", "source": "text"}, "wcag": None, "errors": []}
        finding = {"id": "0" * 16, "audit": "freshness", "rule": "stale-review-date", "severity": "moderate",
                   "page": "", "message": "Last reviewed 2025-03-01, more than 365 days ago", "selector": "footer",
                   "html": "<footer>Last reviewed: 2025-03-01</footer>", "evidence": "", "link": None,
                   "wcag": None, "details": {}}
        pipe = client.pipeline(transaction=False)
        for i in range(pages):
            url = f"http://127.0.0.1/p{i}.html"
            pipe.rpush(frontier.key("results"), json.dumps({"type": "page", "page": {**page, "url": url},
                                                            "findings": [{**finding, "page": url}] * 2}))
        pipe.execute()
        with tempfile.TemporaryDirectory() as folder:
            sink = DrainingResultsSink(Path(folder), frontier)
            sink.open({})
            start = time.process_time()
            taken = sink.drain()
            cost = (time.process_time() - start) / taken
            sink.close({})
        return cost
    finally:
        redis.stop()


def browser_cost(work: Path, pages: int) -> dict:
    """CPU per page of the WCAG audit's browsers: a WCAG crawl's process tree minus the same crawl without."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    from bench_wcag import make_site
    site = work / "wcag-site"
    site.mkdir(parents=True, exist_ok=True)
    make_site(site, pages, 12)
    with LocalSite(site) as served:
        with_wcag = run_measured(crawl_args(served.url + "index.html", work / "wcag", "freshness,links,wcag", pages))
        audited = pages_of(work / "wcag")
        without = run_measured(crawl_args(served.url + "index.html", work / "nowcag", "freshness,links", pages))
    return {"pages": audited, "browser_cpu": (with_wcag["tree_cpu"] - without["tree_cpu"]) / audited,
            "crawl_cpu": without["tree_cpu"] / audited, "wall_wcag": with_wcag["wall"]}


def grid_overhead(pages: int, browsers: int, rounds: int = 3) -> dict | None:
    try:
        from benchmarks.bench_grid import measure_grid_overhead
    except ImportError:
        print("2. Grid overhead: benchmarks/bench_grid.py is not in this tree (branch scale-grid); skipped")
        return None
    return measure_grid_overhead(pages, browsers, rounds=rounds)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sites, one repeat (a smoke run)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--frontier-pages", type=int, default=2000, help="site size for the Redis comparison")
    parser.add_argument("--sizes", default="2000,5000,20000", help="site sizes for peak RSS")
    parser.add_argument("--only-rss", action="store_true", help="only part 3 (peak RSS by site size)")
    parser.add_argument("--grid-pages", type=int, default=100, help="pages per round of the Grid comparison")
    parser.add_argument("--grid-browsers", type=int, default=2)
    parser.add_argument("--grid-rounds", type=int, default=5, help="alternated rounds of each side (median)")
    parser.add_argument("--skip-rss", action="store_true", help="parts 1, 2 and 4 only")
    args = parser.parse_args()
    frontier_pages, sizes, repeat, wcag_pages = (args.frontier_pages, [int(n) for n in args.sizes.split(",")],
                                                 args.repeat, 40)
    if args.quick:
        frontier_pages, sizes, repeat, wcag_pages = (300, [500, 2000], 1, 10)
        args.grid_pages, args.grid_rounds = 20, 1
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as folder:
        work = Path(folder)
        if args.only_rss:
            print_peak_rss(peak_rss(work, sizes))
            return 0
        r = redis_vs_memory(work, frontier_pages, repeat)
        print(f"1. Redis frontier vs in-memory, links+freshness, {r['pages']} pages, median of {repeat}:")
        print(f"   in-memory {r['memory_s']:.1f} s (CPU {r['memory_cpu']:.1f} s)   Redis {r['redis_s']:.1f} s "
              f"(CPU {r['redis_cpu']:.1f} s)   time ratio {r['ratio']:.2f}x (aim <= 1.2x), CPU ratio "
              f"{r['redis_cpu'] / r['memory_cpu']:.2f}x   runs {r['runs']}   load average {os.getloadavg()[0]:.1f}")
        grid = grid_overhead(args.grid_pages, args.grid_browsers, args.grid_rounds)
        if grid is not None:
            print(f"2. Grid overhead (bench_grid.measure_grid_overhead({args.grid_pages}, {args.grid_browsers}, "
                  f"rounds={args.grid_rounds})): {grid}")
        if not args.skip_rss:
            print_peak_rss(peak_rss(work, sizes))
        drain = coordinator_serial_cost()
        b = browser_cost(work, wcag_pages)
        links_finish = 0.0  # the verdict pass reads the store once: included in the crawl CPU measured above
        redis_per_page = r["redis_server_cpu_per_page"]
        serial = drain + links_finish
        print("4. Per-page costs measured here: browser (WCAG) CPU "
              f"{b['browser_cpu'] * 1000:.0f} ms, crawl+freshness+links CPU {b['crawl_cpu'] * 1000:.0f} ms, "
              f"coordinator drain {drain * 1000:.2f} ms, redis-server {redis_per_page * 1000:.2f} ms")
        cores_per_node = 2
        for nodes in (10, 50):
            browsers = nodes * cores_per_node / b["browser_cpu"]  # Grid nodes of 2 cores running browsers
            # crawler workers scale with the nodes too (one per node); the coordinator and Redis do not
            crawl = nodes * cores_per_node / b["crawl_cpu"]
            limits = {"browsers": browsers, "crawler workers": crawl, "coordinator": 1 / serial,
                      "redis-server (1 core)": 1 / redis_per_page}
            bound = min(limits, key=limits.get)
            print(f"   {nodes} nodes x {cores_per_node} cores: ~{limits[bound]:.0f} pages/s, bound by {bound} ("
                  + ", ".join(f"{k} {v:.0f}" for k, v in limits.items()) + ")")
    return 0


if __name__ == "__main__":
    sys.exit(main())
