"""Nightly benchmark: a full audit vs an --incremental audit after a typical day's edits, in one run.

    .venv/bin/python benchmarks/bench_nightly.py [--pages 2000] [--changed 0.02] [--browsers 3] [--repeat 3]

A site of ``--pages`` pages is generated into a temporary folder from shared templates (one site-wide
stylesheet and script, 50 sections of equal size, the "events" section with its own stylesheet; every
page has navigation, a review date, a few findings) and served on 127.0.0.1 (crawler.localsite: no
ETag or Last-Modified, so unchanged pages are recognised by their body). Then:

0. the fixed cost: a one-page run (``--max-pages 1``: process and browser start-up, reports), ``--repeat``
   times;
1. night 1: ``auditcrawl audit URL --incremental`` with an empty history (a full run);
2. the day's edits: ``--changed`` of the pages (spread over the sections) get a visibly changed
   paragraph, and the events section's stylesheet changes;
3. night 2: the same command (incremental), ``--repeat`` times, each from night 1's stored state;
4. the control: a full run (no --incremental, its own history) of the changed site.

Printed: the wall time, pages, pages loaded in the browser, seconds per page and the load average of
each run; full, incremental (the median night 2) and their ratio; whether every night 2's findings
equal the control's (ids, rules, severities, pages, messages, selectors); the per-page costs beyond the
fixed cost (changed page: night 1's; unchanged page: what night 2 spent beyond its re-audited pages);
and the projection to a 100,000-page site with the same share of change (fixed cost + per-page costs).
Night 1 and the control run once: on a shared machine their numbers are noisy; the load is printed.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from crawler.localsite import LocalSite  # noqa: E402

SECTIONS = 50
EVENTS = "events"
PROJECT_TO = 100_000


def section_name(index: int) -> str:
    return EVENTS if index == 0 else f"section-{index:02d}"


def page_html(section: str, number: int, per_section: int, edit: str = "") -> str:
    css = '<link rel="stylesheet" href="/css/site.css?v=3">'
    if section == EVENTS:
        css += '<link rel="stylesheet" href="/css/events.css">'
    siblings = "".join(f'<li><a href="/{section}/page-{n:03d}.html">Item {n} of {section}</a></li>'
                       for n in range(max(0, number - 3), min(per_section, number + 4)) if n != number)
    nav = "".join(f'<li><a href="/{section_name(s)}/">{section_name(s).title()}</a></li>' for s in range(0, SECTIONS, 5))
    image = '<img src="/img/photo.png">' if number % 3 == 0 else '<img src="/img/photo.png" alt="A photo">'
    month = (number % 12) + 1
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{section} item {number}</title>{css}
<script src="/js/site.js"></script></head>
<body><header><a href="/">Agency home</a><nav aria-label="Main"><ul>{nav}</ul></nav></header>
<main><h1>{section.title()}: item {number}</h1>
<p>This page describes item {number} of the {section} programme. Applicants should read the guidance
below before they submit anything; questions go to the programme office.</p>{image}
<p class="muted">Office hours are Monday to Friday, 9 a.m. to 5 p.m. Eastern time.{edit}</p>
<h2>Related</h2><ul>{siblings}</ul>
<p><a href="/{section}/">Learn more</a> <a href="/">Learn more</a></p>
</main><footer><p>Last Reviewed/Updated: {month:02d}/15/2026</p></footer></body></html>
"""


def build_site(root: Path, pages: int) -> list[tuple[str, int]]:
    per_section = max(1, pages // SECTIONS)
    all_pages = []
    for css, text in (("site.css", "body { font-family: sans-serif; color: #222; background: #fff; }\n"
                                   ".muted { color: #555; }\n"),
                      ("events.css", ".muted { color: #595959; }\n")):
        (root / "css").mkdir(exist_ok=True)
        (root / "css" / css).write_text(text)
    (root / "js").mkdir(exist_ok=True)
    (root / "js" / "site.js").write_text("document.documentElement.classList.add('js');\n")
    (root / "img").mkdir(exist_ok=True)
    (root / "img" / "photo.png").write_bytes(bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763f8cfc0000003"
        "010100c9fe92ef0000000049454e44ae426082"))
    urls = []
    for s in range(SECTIONS):
        name = section_name(s)
        (root / name).mkdir(exist_ok=True)
        links = "".join(f'<li><a href="page-{n:03d}.html">Item {n}</a></li>' for n in range(per_section))
        (root / name / "index.html").write_text(
            f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{name}</title>'
            f'<link rel="stylesheet" href="/css/site.css?v=3"></head><body><main><h1>{name}</h1>'
            f'<ul>{links}</ul><p>Last Reviewed/Updated: 10/01/2026</p></main></body></html>\n')
        urls.append(f"/{name}/")
        for n in range(per_section):
            (root / name / f"page-{n:03d}.html").write_text(page_html(name, n, per_section))
            all_pages.append((name, n))
            urls.append(f"/{name}/page-{n:03d}.html")
    home = "".join(f'<li><a href="/{section_name(s)}/">{section_name(s)}</a></li>' for s in range(SECTIONS))
    (root / "index.html").write_text(
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Agency</title>'
        f'<link rel="stylesheet" href="/css/site.css?v=3"></head><body><main><h1>Agency</h1><ul>{home}</ul>'
        f'<p>Last Reviewed/Updated: 11/01/2026</p></main></body></html>\n')
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\nSitemap: {{ORIGIN}}/sitemap.xml\n")
    (root / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(f"<url><loc>{{{{ORIGIN}}}}{u}</loc></url>" for u in ["/", *urls]) + "</urlset>\n")
    return all_pages


def edit_site(root: Path, all_pages: list[tuple[str, int]], share: float) -> int:
    """Edit ``share`` of the pages (outside the events section) and the events stylesheet."""
    per_section = max(1, len(all_pages) // SECTIONS)
    candidates = [p for p in all_pages if p[0] != EVENTS]
    count = max(1, round(len(all_pages) * share))
    step = max(1, len(candidates) // count)
    for name, n in candidates[::step][:count]:
        (root / name / f"page-{n:03d}.html").write_text(
            page_html(name, n, per_section, edit=" Closed on December 24."))
    (root / "css" / "events.css").write_text(".muted { color: #aaa; }\n")  # now fails contrast
    return count


def audit(url: str, out: Path, history: Path, browsers: int, incremental: bool, as_of: str,
          *extra: str) -> dict:
    cmd = [sys.executable, "-m", "crawler.cli", "audit", url, "--out", str(out), "--history", str(history),
           "--quiet", "--formats", "csv", "--as-of", as_of, "--wcag-browsers", str(browsers),
           "--autothrottle", "false", "--concurrency", "8", "--max-pages", "100000", *extra]
    if incremental:
        cmd.append("--incremental")
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)  # the run and its browsers, once they are reaped
    started = time.perf_counter()
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    results_path = out / "results.json"
    if not results_path.exists():
        raise SystemExit(f"no results (exit {proc.returncode}): {proc.stderr[-2000:]}")
    results = json.loads(results_path.read_text())
    audited = [p for p in results["pages"] if p["audited"]]
    in_browser = sum(1 for p in audited if not p.get("reused_from"))
    return {"seconds": seconds, "cpu": cpu, "pages": len(audited), "browser": in_browser, "results": results,
            "findings": len(results["findings"]), "load": (load + os.getloadavg()[0]) / 2,
            "results_mb": results_path.stat().st_size / 1e6}


def comparable(results: dict) -> list[tuple]:
    return sorted((f["id"], f["rule"], f["severity"], f["page"], f["message"], f["selector"])
                  for f in results["findings"])


def median_run(runs: list[dict]) -> dict:
    """The run of median wall time (its results stand for the others': the same input each time)."""
    return sorted(runs, key=lambda run: run["seconds"])[len(runs) // 2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--changed", type=float, default=0.02)
    parser.add_argument("--browsers", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of night 2 and of the fixed-cost run (cheap; the median is used)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-nightly-") as tmp:
        root = Path(tmp)
        site_dir = root / "site"
        site_dir.mkdir()
        all_pages = build_site(site_dir, args.pages)
        history, night1_history = root / "history.sqlite", root / "history-after-night1.sqlite"
        with LocalSite(site_dir) as site:
            url = site.url.rstrip("/") + "/"
            print(f"site: {len(all_pages) + SECTIONS + 1} pages, {SECTIONS} sections, {os.cpu_count()} cores, "
                  f"{args.browsers} browsers; load average {os.getloadavg()[0]:.1f} at the start", flush=True)
            # what a run costs whatever the site's size: process and browser start-up, the reports (one page)
            fixed_runs = [audit(url, root / f"fixed{i}", root / f"fixed{i}.sqlite", args.browsers, False,
                                "2026-12-01", "--max-pages", "1") for i in range(args.repeat)]
            fixed = median_run(fixed_runs)
            print(f"fixed cost (a one-page run, median of {args.repeat}): {fixed['seconds']:.1f} s", flush=True)
            night1 = audit(url, root / "night1", history, args.browsers, True, "2026-12-01")
            print(f"night 1 (full, --incremental, empty history): {night1['seconds']:.1f} s", flush=True)
            shutil.copyfile(history, night1_history)
            edited = edit_site(site_dir, all_pages, args.changed)
            night2_runs = []
            for i in range(args.repeat):  # each from night 1's stored state
                shutil.copyfile(night1_history, history)
                night2_runs.append(audit(url, root / f"night2-{i}", history, args.browsers, True, "2026-12-02"))
                print(f"night 2 (incremental) #{i + 1}: {night2_runs[-1]['seconds']:.1f} s", flush=True)
            night2 = median_run(night2_runs)
            control = audit(url, root / "control", root / "control.sqlite", args.browsers, False, "2026-12-02")
            print(f"control (full run of the changed site): {control['seconds']:.1f} s", flush=True)
        history_mb = history.stat().st_size / 1e6
    events = args.pages // SECTIONS
    print()
    print(f"edits: {edited} pages ({args.changed:.0%}) and events.css (loaded by the {events} events pages)")
    print(f"{'run':<38}{'seconds':>9}{'cpu s':>8}{'pages':>7}{'in browser':>12}{'s/page':>9}{'findings':>10}"
          f"{'load':>6}")
    for name, run in ((f"fixed cost (median of {args.repeat})", fixed), ("night 1: full", night1),
                      (f"night 2: incremental (median of {args.repeat})", night2),
                      ("control: full run of the changed site", control)):
        print(f"{name:<38}{run['seconds']:>9.1f}{run['cpu']:>8.1f}{run['pages']:>7}{run['browser']:>12}"
              f"{run['seconds'] / run['pages']:>9.3f}{run['findings']:>10}{run['load']:>6.1f}")
    walls = ", ".join(f"{run['seconds']:.1f}" for run in night2_runs)
    print(f"night 2 runs: {walls} s")
    same = all(comparable(run["results"]) == comparable(control["results"]) for run in night2_runs)
    print(f"full: {night1['seconds']:.1f} s; incremental: {night2['seconds']:.1f} s; "
          f"ratio full / incremental: {night1['seconds'] / night2['seconds']:.1f}x "
          f"(control / incremental: {control['seconds'] / night2['seconds']:.1f}x)")
    print(f"incremental findings identical to the control's (ids, rules, severities, pages, messages, "
          f"selectors; every night 2 run): {'yes' if same else 'NO'}")
    # per-page costs beyond the fixed cost: a changed page costs what a page of the full run costs; the
    # rest of night 2 is the cost of its unchanged pages
    changed_cost = max(0.0, night1["seconds"] - fixed["seconds"]) / night1["pages"]
    reaudited = night2["browser"]
    unchanged_cost = (max(0.0, night2["seconds"] - fixed["seconds"] - reaudited * changed_cost)
                      / max(1, night2["pages"] - reaudited))
    share = reaudited / night2["pages"]
    projected = fixed["seconds"] + PROJECT_TO * (share * changed_cost + (1 - share) * unchanged_cost)
    print(f"per page, beyond the fixed {fixed['seconds']:.1f} s: changed {changed_cost * 1000:.0f} ms, "
          f"unchanged {unchanged_cost * 1000:.1f} ms; share re-audited {share:.1%}")
    # the same split in CPU seconds (all cores, browsers included): less sensitive to other load than wall time
    changed_cpu = max(0.0, night1["cpu"] - fixed["cpu"]) / night1["pages"]
    unchanged_cpu = (max(0.0, night2["cpu"] - fixed["cpu"] - reaudited * changed_cpu)
                     / max(1, night2["pages"] - reaudited))
    print(f"CPU per page, beyond the fixed {fixed['cpu']:.1f} s: changed {changed_cpu * 1000:.0f} ms, "
          f"unchanged {unchanged_cpu * 1000:.1f} ms")
    print(f"projection, {PROJECT_TO:,} pages with the same share of change: {projected / 60:.0f} min incremental "
          f"(full: {(fixed['seconds'] + PROJECT_TO * changed_cost) / 3600:.1f} h); goal < 60 min")
    print(f"results.json of night 2: {night2['results_mb']:.1f} MB; history database after night 2: "
          f"{history_mb:.1f} MB")
    print(f"load average (1 min) during the runs: {min(r['load'] for r in (fixed, night1, night2, control)):.1f}"
          f" to {max(r['load'] for r in (fixed, night1, night2, control)):.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
