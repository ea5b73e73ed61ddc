"""WCAG benchmark: auditcrawl's full audit vs pa11y-ci vs the floor, on one synthetic site, in one run.

    .venv/bin/python benchmarks/bench_wcag.py [--pages 200] [--browsers 3] [--sweep 1,2,4]

The site (200 pages, ~20 links each, a sitemap) is generated into a temporary folder and served
on 127.0.0.1. The contenders audit the same pages with the system Chromium and print pages per
second and the CPU their whole process tree used (benchmarks/proctree.py):

- auditcrawl: ``auditcrawl audit URL --out DIR`` (crawl, links, freshness and WCAG together),
  with ``--browsers`` sessions and, with ``--sweep``, other pool sizes;
- pa11y-ci (benchmarks/node_modules; axe runner; the same pages through the sitemap; puppeteer
  pointed at /usr/bin/chromium through executablePath), twice: with as many tabs as auditcrawl has
  browsers (pa11y-ci drives one browser), and with its defaults (one tab, incognito contexts);
- the floor: one warm browser, a bare loop that loads each page and runs axe, nothing else; once
  with axe preloaded by Chromium (as auditcrawl does), once injected per page through WebDriver;
- auditcrawl with ``--wcag-engines all`` (axe and QualWeb in the same page load) next to the
  default (axe alone), same pool: CPU per page and pages per second side by side, and their ratio
  (``all`` includes auditcrawl's own checks);
- auditcrawl with ``--wcag-engines axe,auditcrawl`` (axe plus auditcrawl's own checks), the same way.

Ratios are printed for equal numbers of browsers (``--sweep 1`` adds the one-browser pair) and
against the floor. The floor's CPU per page gives the machine's ceiling: cores / CPU per page.

Set up pa11y-ci once: ``cd benchmarks && PUPPETEER_SKIP_DOWNLOAD=1 npm ci``.
"""
from __future__ import annotations

import argparse
import functools
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from audits.browser import CHROMIUM_ARGS, Session  # noqa: E402
from audits.wcag import AXE_PATH, WcagConfig, default_pool_size  # noqa: E402
from audits.wcag_engines.page import run_script  # noqa: E402
from benchmarks.proctree import TreeCpu  # noqa: E402

BENCH = Path(__file__).resolve().parent
PA11Y = BENCH / "node_modules" / ".bin" / "pa11y-ci"
AUDITCRAWL = REPO / ".venv" / "bin" / "auditcrawl"
WORDS = ("agency public service program grant permit license benefit office regional federal review "
         "report guidance policy community health safety transport energy water housing data").split()


def make_site(root: Path, pages: int, links: int, seed: int = 7) -> None:
    """A plausible agency site: header, nav, news-like body text, images (some without alt), a date."""
    rng = random.Random(seed)
    names = ["index.html"] + [f"page-{i:03d}.html" for i in range(1, pages)]
    for i, name in enumerate(names):
        targets = rng.sample(names, min(links, len(names)))
        items = "".join(f'<li><a href="/{t}">{" ".join(rng.choices(WORDS, k=3)).title()}</a></li>'
                        for t in targets)
        paras = "".join(f"<p>{' '.join(rng.choices(WORDS, k=60)).capitalize()}.</p>" for _ in range(6))
        alt = 'alt="Program photo"' if i % 3 else ""  # every third page has an image without alt
        root.joinpath(name).write_text(f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Page {i}: {' '.join(rng.choices(WORDS, k=3)).title()}</title>
<style>body{{font-family:sans-serif;margin:0}} header,footer{{background:#12355b;color:#fff;padding:1em}}
header a,footer a{{color:#fff}} nav li{{display:inline-block;margin:0.3em}} nav a{{display:inline-block;padding:8px}}
.muted{{color:#999}}</style></head>
<body><header><a href="#main">Skip to main content</a> <strong>Example Agency</strong></header>
<nav aria-label="Site"><ul>{items}</ul></nav>
<main id="main"><h1>Page {i}</h1><img src="/photo.png" {alt} width="40" height="30">{paras}
<p class="muted">Last Reviewed/Updated: {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(2015, 2026)}</p>
</main><footer><p>Copyright 2026 Example Agency</p></footer></body></html>""", encoding="utf-8")
    root.joinpath("photo.png").write_bytes(bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415478"
        "9c63f8cfc0f01f0005000201a8b0fd3d0000000049454e44ae426082"))
    root.joinpath("robots.txt").write_text("User-agent: *\nAllow: /\n")


def write_sitemap(root: Path, base: str, pages: int) -> None:
    names = ["index.html"] + [f"page-{i:03d}.html" for i in range(1, pages)]
    urls = "".join(f"<url><loc>{base}/{n}</loc></url>" for n in names)
    root.joinpath("sitemap.xml").write_text(
        f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{urls}</urlset>")


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def serve(root: Path) -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def run_floor(urls: list[str], preload: bool = True) -> dict:
    """One warm browser, a bare loop: load the page, run axe (same rules and result types as
    auditcrawl). ``preload``: Chromium adds axe to every new document itself (the cheapest way we
    found); otherwise axe is injected into each page through WebDriver, as axe-selenium-python does."""
    cfg = WcagConfig(browsers=1)
    browser = cfg.browser_config() if preload else replace(cfg.browser_config(), on_start=None)
    session = Session(browser, Path(tempfile.mkdtemp(prefix="auditcrawl-floor-")))
    session.start()
    source = AXE_PATH.read_text()
    driver = session.driver
    script, options = run_script(cfg.engine_adapters()), cfg.run_options()

    def audit(url: str) -> dict:
        driver.get(url)
        if not preload:
            driver.execute_script(source)
        return driver.execute_async_script(script, options)["engines"]["axe"]

    audit(urls[0])  # warm up
    violations = 0
    with TreeCpu(os.getpid(), include_root=False) as browser_cpu:  # chromedriver and Chromium
        loop_cpu = time.thread_time()
        start = time.monotonic()
        for url in urls:
            violations += sum(len(r["nodes"]) for r in audit(url)["violations"])
        elapsed = time.monotonic() - start
        loop_cpu = time.thread_time() - loop_cpu
    session.quit()
    shutil.rmtree(session.folder.parent, ignore_errors=True)
    return {"pages": len(urls), "seconds": elapsed, "violations": violations,
            "cpu": browser_cpu.seconds + loop_cpu}


def run_measured(cmd: list[str], timeout: float, **popen: object) -> tuple[int, float, float]:
    """Run ``cmd``; (exit code, wall seconds, CPU seconds of its whole process tree)."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, **popen)
    with TreeCpu(proc.pid) as cpu:
        try:
            code = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            code = proc.wait()
    return code, time.monotonic() - start, cpu.seconds


def run_auditcrawl(base: str, browsers: int, out: Path, pages: int, engines: str = "") -> dict:
    cmd = [str(AUDITCRAWL), "audit", f"{base}/index.html", "--out", str(out), "--quiet",
           "--wcag-browsers", str(browsers), "--max-pages", str(pages + 10)]
    if engines:
        cmd += ["--wcag-engines", engines]
    log = out.parent / f"{out.name}.log"
    with log.open("w") as sink:
        code, elapsed, cpu = run_measured(cmd, 3600, stdout=sink, stderr=subprocess.STDOUT)
    results = json.loads((out / "results.json").read_text()) if (out / "results.json").exists() else {}
    audited = sum(1 for p in results.get("pages", []) if p.get("audited"))
    wcag = sum(1 for f in results.get("findings", []) if f["audit"] == "wcag")
    errors = sum(len(p.get("errors") or []) for p in results.get("pages", []))
    if not results:
        print(log.read_text()[-3000:], file=sys.stderr)
    return {"pages": audited, "seconds": elapsed, "violations": wcag, "errors": errors, "exit": code, "cpu": cpu}


def run_pa11y(base: str, browsers: int, work: Path, incognito: bool = False) -> dict:
    """pa11y-ci runs one browser with `browsers` tabs. Its default incognito context per URL fails on
    about half the pages here (Target.closeTarget protocol errors at concurrency 2), so it is off."""
    config = {"defaults": {
        "runners": ["axe"], "standard": "WCAG2AA", "timeout": 60000, "concurrency": browsers,
        "useIncognitoBrowserContext": incognito,
        "chromeLaunchConfig": {"executablePath": "/usr/bin/chromium",
                               "args": [a for a in CHROMIUM_ARGS if a != "--headless"]},
    }}
    config_file = work / "pa11yci.json"
    config_file.write_text(json.dumps(config))
    cmd = [str(PA11Y), "--config", str(config_file), "--sitemap", f"{base}/sitemap.xml", "--json"]
    env = {**os.environ, "PUPPETEER_SKIP_DOWNLOAD": "1"}
    out_file, err_file = work / "pa11y-stdout.txt", work / "pa11y-stderr.txt"
    # a file, not a pipe: pa11y-ci exits before Node has flushed a large report into a pipe
    with out_file.open("w") as out, err_file.open("w") as err:
        code, elapsed, cpu = run_measured(cmd, 3600, stdout=out, stderr=err, env=env, cwd=BENCH)
    stdout = out_file.read_text()
    try:
        report, _ = json.JSONDecoder().raw_decode(stdout[stdout.index("{"):])
    except ValueError:
        print(stdout[:300], err_file.read_text()[-2000:], file=sys.stderr)
        return {"pages": 0, "seconds": elapsed, "violations": 0, "errors": 0, "exit": code, "cpu": cpu}
    results = report.get("results", {})
    # pages pa11y could not audit carry one entry with only a "message" (timeouts, protocol errors)
    failed = sum(1 for issues in results.values() if any("code" not in i for i in issues))
    issues = sum(1 for v in results.values() for i in v if "code" in i)
    return {"pages": len(results) - failed, "seconds": elapsed, "violations": issues, "errors": failed,
            "exit": code, "cpu": cpu}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--links", type=int, default=20)
    parser.add_argument("--browsers", type=int, default=default_pool_size(),
                        help="auditcrawl's pool size and pa11y-ci's tabs (default: auditcrawl's default here)")
    parser.add_argument("--sweep", default="", help="also run auditcrawl with these pool sizes, e.g. 1,2,3,4")
    parser.add_argument("--skip", default="", help="comma list of contenders to skip: "
                        "floor,floor-injected,auditcrawl,engines-all,engines-checks,pa11y,pa11y-defaults")
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    work = Path(tempfile.mkdtemp(prefix="bench-wcag-"))
    site = work / "site"
    site.mkdir()
    make_site(site, args.pages, args.links)
    server, base = serve(site)
    write_sitemap(site, base, args.pages)
    urls = [f"{base}/index.html"] + [f"{base}/page-{i:03d}.html" for i in range(1, args.pages)]
    rows: list[tuple[str, str, int, dict]] = []  # (kind, name, browsers, result)
    try:
        if "floor" not in skip:
            rows.append(("floor", "floor: 1 warm browser, load + axe (preloaded)", 1, run_floor(urls)))
        if "floor-injected" not in skip:
            rows.append(("floor-injected", "floor, axe injected per page (WebDriver)", 1,
                         run_floor(urls, preload=False)))
        if "auditcrawl" not in skip:
            rows.append(("auditcrawl", "auditcrawl audit (crawl+links+freshness+wcag)", args.browsers,
                         run_auditcrawl(base, args.browsers, work / "out", args.pages)))
        if "engines-all" not in skip:
            rows.append(("engines-all", "auditcrawl audit --wcag-engines all", args.browsers,
                         run_auditcrawl(base, args.browsers, work / "out-all", args.pages, engines="all")))
        if "engines-checks" not in skip:
            rows.append(("engines-checks", "auditcrawl audit --wcag-engines axe,auditcrawl", args.browsers,
                         run_auditcrawl(base, args.browsers, work / "out-checks", args.pages, engines="axe,auditcrawl")))
        for size in [int(s) for s in args.sweep.split(",") if s.strip()]:
            rows.append(("sweep", f"auditcrawl audit, pool of {size}", size,
                         run_auditcrawl(base, size, work / f"out{size}", args.pages)))
        if "pa11y" not in skip:
            rows.append(("pa11y", f"pa11y-ci, {args.browsers} tabs, incognito off", args.browsers,
                         run_pa11y(base, args.browsers, work)))
        if "pa11y-defaults" not in skip:
            rows.append(("pa11y", "pa11y-ci defaults (1 tab, incognito)", 1, run_pa11y(base, 1, work, incognito=True)))
    finally:
        server.shutdown()
    print_table(rows, args.pages, args.links)
    if os.environ.get("BENCH_KEEP"):
        print(f"work folder kept: {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def print_table(rows: list[tuple[str, str, int, dict]], pages: int, links: int) -> None:
    cores = os.cpu_count() or 1
    print(f"\n{pages} pages, ~{links} links each, {cores} CPUs")
    print(f"{'contender':48} {'browsers':>8} {'pages':>6} {'seconds':>8} {'pages/s':>8} {'findings':>8} "
          f"{'CPU s':>7} {'CPU ms/page':>11}")
    rate = {}
    for kind, name, browsers, r in rows:
        rate[name] = r["pages"] / r["seconds"] if r["seconds"] else 0.0
        per_page = 1000 * r["cpu"] / r["pages"] if r["pages"] else 0.0
        extra = f"  errors={r['errors']}" if r.get("errors") else ""
        print(f"{name:48} {browsers:>8} {r['pages']:>6} {r['seconds']:>8.1f} {rate[name]:>8.2f} {r['violations']:>8} "
              f"{r['cpu']:>7.1f} {per_page:>11.0f}{extra}")
    ours = {browsers: (name, r) for kind, name, browsers, r in rows if kind in ("auditcrawl", "sweep")}
    main_row = next(((name, b) for kind, name, b, _ in rows if kind == "auditcrawl"), None)
    for kind, name, browsers, _ in rows:
        if kind == "pa11y" and rate[name]:
            if browsers in ours:  # the same number of browsers
                mine = ours[browsers][0]
                print(f"{mine} / {name} = {rate[mine] / rate[name]:.1f}x (target >= 5x, {browsers} each)")
            if main_row and main_row[1] != browsers:
                print(f"{main_row[0]} / {name} = {rate[main_row[0]] / rate[name]:.1f}x")
    both = {kind: (name, r) for kind, name, _, r in rows if kind in ("auditcrawl", "engines-all")}
    if len(both) == 2 and all(r["pages"] and r["cpu"] for _, r in both.values()):
        (axe_name, axe), (all_name, every) = both["auditcrawl"], both["engines-all"]
        cost = (every["cpu"] / every["pages"]) / (axe["cpu"] / axe["pages"])
        print(f"--wcag-engines all vs axe alone: CPU per page {cost:.2f}x, pages/s "
              f"{rate[all_name]:.2f} vs {rate[axe_name]:.2f} ({rate[axe_name] / rate[all_name]:.2f}x slower); "
              f"the default may become all only at <= 1.3x")
    checks = {kind: (name, r) for kind, name, _, r in rows if kind in ("auditcrawl", "engines-checks")}
    if len(checks) == 2 and all(r["pages"] and r["cpu"] for _, r in checks.values()):
        (axe_name, axe), (with_name, with_checks) = checks["auditcrawl"], checks["engines-checks"]
        cost = (with_checks["cpu"] / with_checks["pages"]) / (axe["cpu"] / axe["pages"])
        print(f"axe + auditcrawl's checks vs axe alone: CPU per page {cost:.2f}x, pages/s "
              f"{rate[with_name]:.2f} vs {rate[axe_name]:.2f}")
    for kind, name, _, r in rows:
        if kind.startswith("floor") and main_row and rate[name]:
            print(f"auditcrawl / {name} = {rate[main_row[0]] / rate[name]:.0%} (target >= 70%)")
    floor = next((r for kind, _, _, r in rows if kind == "floor"), None)
    if floor and floor["cpu"]:
        # The floor is the least work per page: load it, run axe. No setup doing that can go faster
        # here than the cores allow, whatever its number of browsers.
        ceiling = cores * floor["pages"] / floor["cpu"]
        print(f"CPU ceiling here: {cores} cores / {1000 * floor['cpu'] / floor['pages']:.0f} ms of CPU per page "
              f"(the floor's load + axe) = {ceiling:.1f} pages/s at most")
        for kind, name, _, _ in rows:
            if kind == "pa11y" and rate[name]:
                print(f"  = at most {ceiling / rate[name]:.1f}x {name}")


if __name__ == "__main__":
    sys.exit(main())
