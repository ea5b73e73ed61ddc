"""--resume: a run SIGKILLed at several points, then resumed, ends as an uninterrupted run does.

The real auditcrawl command against a loopback fixture site (slow pages, slow images, an
external site), all three audits. Evidence is the servers' request logs: the browser's loads
(User-Agent HeadlessChrome) and the crawler's fetches (User-Agent auditcrawl) per path.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from collections import Counter
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

import pytest

from crawler.runstate.journal import AppendLog, read_json_lines
from tests.cli_helpers import AUDITCRAWL, REPO, run_auditcrawl
from tests.fixture_server import FixtureServer, page, tiny_png

SECTIONS, PAGES_PER_SECTION = 3, 5
AS_OF = "2026-06-01"
COMMON = ("--quiet", "--as-of", AS_OF, "--sitemaps", "false", "--autothrottle", "false", "--wcag-browsers", "2")
ALL_AUDITS, NO_BROWSER = ("--audits", "freshness,links,wcag"), ("--audits", "freshness,links")


def _content_page(section: int, number: int, external: str) -> str:
    return page(f"Page {section}-{number}", (
        f"<h1>Page {section}-{number}</h1>"
        f"<p>Reviewed: 01/15/2020</p>"
        f"<p><img src='/img/{section}-{number}.png'></p>"  # no alt: a WCAG violation; checked at the end
        f"<p><a href='/news/{section}'>Read more</a> <a href='/s/{section}'>Read more</a></p>"
        f"<p><a href='/missing/{section}-{number}'>Learn more about it</a></p>"
        f"<p><a href='{external}/ext/{section}-{number}'>Partner site</a></p>"))


def build_site(site: FixtureServer, external: FixtureServer) -> None:
    """Home -> sections -> pages, slow to answer the crawler (not the browser: WCAG is slow enough);
    images slow to check, each a little slower than the one before; an external site."""
    def slow(seconds: float, body: Callable[[str], str], ctype: str = "text/html; charset=utf-8", status=200):
        def handler(request):
            if "HeadlessChrome" not in request.headers.get("user-agent", ""):
                time.sleep(seconds)
            return status, {"Content-Type": ctype}, body(request.bare_path)
        return handler

    sections = "".join(f"<li><a href='/s/{s}'>Section {s}</a></li>" for s in range(SECTIONS))
    site.set_route("/", handler=slow(0.05, lambda _: page("Home", f"<h1>Home</h1><ul>{sections}</ul>"
                                                          "<p><a href='/old'>Old page</a></p>")))
    site.set_route("/old", status=301, headers={"Location": "/s/0"}, body="moved")
    for s in range(SECTIONS):
        links = "".join(f"<li><a href='/p/{s}-{n}'>Page {s}-{n}</a></li>" for n in range(PAGES_PER_SECTION))
        site.set_route(f"/news/{s}", handler=slow(0.05, lambda p: page("News", f"<h1>News {p}</h1>")))
        site.set_route(f"/s/{s}", handler=slow(0.15, lambda _, s=s, links=links: page(
            f"Section {s}", f"<h1>Section {s}</h1><ul>{links}</ul>")))
        for n in range(PAGES_PER_SECTION):
            site.set_route(f"/p/{s}-{n}", handler=slow(0.3, lambda _, s=s, n=n: _content_page(s, n, external.base_url)))
            site.set_route(f"/missing/{s}-{n}", status=404, body=page("Not found", "<h1>Not found</h1>"))
            site.set_route(f"/img/{s}-{n}.png", handler=slow(0.1 + 0.1 * (s * PAGES_PER_SECTION + n),
                                                             lambda _: tiny_png(), "image/png"))
            external.set_route(f"/ext/{s}-{n}", handler=slow(0.3, lambda _: page("Partner", "<h1>Partner</h1>"),
                                                                   status=200 if n % 2 else 410))


@pytest.fixture(scope="module")
def servers():
    site, external = FixtureServer().start(), FixtureServer().start()
    build_site(site, external)
    try:
        yield site, external
    finally:
        site.stop()
        external.stop()


def audit_args(site: FixtureServer, out: Path, audits: tuple[str, ...], *extra: str) -> list[str]:
    return ["audit", site.url("/"), "--out", str(out), *COMMON, *audits, *extra]


def finished_results(out: Path) -> dict:
    return json.loads((out / "results.json").read_text(encoding="utf-8"))


def summary(results: dict) -> tuple[list, list, dict]:
    """The pages (URL, status, audited), finding ids (sorted: one twice shows) and the coverage counts."""
    pages = sorted((p["url"], p["status"], p["audited"]) for p in results["pages"])
    coverage = {k: v for k, v in results["run"]["coverage"].items() if k != "sitemaps_read"}
    return pages, sorted(f["id"] for f in results["findings"]), coverage


def loads(server: FixtureServer, agent: str) -> Counter:
    """GETs per path by one kind of client: "HeadlessChrome" (the WCAG browser) or "auditcrawl"."""
    return Counter(r.bare_path for r in server.requests
                   if r.method == "GET" and agent in r.headers.get("user-agent", ""))


def page_paths(server_requests: Counter) -> Counter:
    return Counter({p: n for p, n in server_requests.items() if p == "/" or p.startswith(("/s/", "/p/", "/news/"))})


def uninterrupted(site: FixtureServer, out: Path, audits: tuple[str, ...]) -> tuple[dict, Counter]:
    """An uninterrupted run (started with --resume on an empty folder, as a cron job would)."""
    site.reset_log()
    proc = run_auditcrawl(*audit_args(site, out, audits, "--resume"), timeout=180)
    assert proc.returncode == 0, proc.stderr
    assert "no unfinished run" in proc.stderr
    assert not (out / "run-state").exists(), "a finished run keeps no run state"
    return finished_results(out), loads(site, "HeadlessChrome")


@pytest.fixture(scope="module")
def reference(servers, tmp_path_factory):
    return uninterrupted(servers[0], tmp_path_factory.mktemp("reference"), ALL_AUDITS)


@pytest.fixture(scope="module")
def reference_without_browser(servers, tmp_path_factory):
    return uninterrupted(servers[0], tmp_path_factory.mktemp("reference"), NO_BROWSER)


def kill_when(site: FixtureServer, out: Path, audits: tuple[str, ...], ready: Callable[[], bool],
              *extra: str, timeout: float = 90, sig: int = signal.SIGKILL) -> None:
    """Start a run, send it ``sig`` (SIGKILL) as soon as ``ready()``; poll often (the moments are short)."""
    proc = subprocess.Popen([*AUDITCRAWL, *audit_args(site, out, audits, *extra)], cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout
    try:
        while not ready():
            assert proc.poll() is None, "the run ended before the moment to kill it"
            assert time.monotonic() < deadline, "the moment to kill never came"
            time.sleep(0.005)
    finally:
        proc.send_signal(sig)
        proc.wait(timeout=60)
    time.sleep(0.5)  # the browser pool's watchdog ends the orphaned browsers


def lines(path: Path, needle: str = "") -> int:
    return sum(1 for entry, _ in read_json_lines(path) if needle in json.dumps(entry)) if path.exists() else 0


def done_paths(out: Path) -> set[str]:
    return {urlsplit(e["page"]["url"]).path for e, _ in read_json_lines(out / "run-state" / "pages.jsonl")}


def test_killed_during_the_crawl_then_resumed(servers, reference, tmp_path):
    """Killed with a third of the pages done and the browsers busy: resumed, the run ends with the
    same pages and finding ids, and no page is loaded in the browser again except those in flight."""
    site, _ = servers
    ref_results, ref_loads = reference
    out = tmp_path / "o"
    site.reset_log()
    kill_when(site, out, ALL_AUDITS, lambda: lines(out / "run-state" / "pages.jsonl") >= 8)
    done_at_kill = done_paths(out)
    browser_before = page_paths(loads(site, "HeadlessChrome"))
    crawler_before = loads(site, "auditcrawl")
    assert 8 <= len(done_at_kill) < len(page_paths(ref_loads)), "not killed mid-crawl"

    site.reset_log()
    proc = run_auditcrawl(*audit_args(site, out, ALL_AUDITS, "--resume"), timeout=180)
    assert proc.returncode == 0, proc.stderr
    assert "resuming the run started at" in proc.stderr
    browser_after, crawler_after = page_paths(loads(site, "HeadlessChrome")), loads(site, "auditcrawl")

    assert summary(finished_results(out)) == summary(ref_results)
    in_flight = set(browser_before) - done_at_kill  # loaded in the browser, not done when killed
    assert len(in_flight) <= 2 * 2, in_flight  # at most the pool's two browsers' pages, once per browser restart
    assert not set(browser_after) & done_at_kill, "a page done before the kill was audited again"
    total = browser_before + browser_after
    assert {p: n for p, n in total.items() if n > 1 and p not in in_flight} == {}
    assert set(total) == set(page_paths(ref_loads)), "pages the browser never audited"
    assert not {p for p in crawler_after if p in done_at_kill}, "the crawler fetched a done page again"
    assert crawler_before  # (the kill came after some fetches)
    assert not (out / "run-state").exists()


def test_killed_during_the_crawl_then_during_link_checks_then_resumed(servers, reference_without_browser, tmp_path):
    """Killed mid-crawl, resumed and killed again while the link audit checks the images (after the
    crawl), resumed again: the checks already made are kept, only those not done are made again, and
    the findings equal an uninterrupted run's."""
    site, _ = servers
    ref_results, _ = reference_without_browser
    out = tmp_path / "o"
    checks = out / "run-state" / "link-checks.jsonl"
    kill_when(site, out, NO_BROWSER, lambda: lines(out / "run-state" / "pages.jsonl") >= 8)
    done_at_first_kill = done_paths(out)
    site.reset_log()
    kill_when(site, out, NO_BROWSER, lambda: lines(checks, "/img/") >= 5, "--resume")
    assert not set(loads(site, "auditcrawl")) & done_at_first_kill, "the first resume fetched a done page"
    images_before = Counter({p: n for p, n in loads(site, "auditcrawl").items() if p.startswith("/img/")})
    checked = {urlsplit(e["url"]).path for e, _ in read_json_lines(checks) if "/img/" in e["url"]}
    assert 5 <= len(checked) < SECTIONS * PAGES_PER_SECTION, "not killed during the image checks"
    assert len(done_paths(out)) == len(ref_results["pages"]), "the crawl was not done at the second kill"

    site.reset_log()
    proc = run_auditcrawl(*audit_args(site, out, NO_BROWSER, "--resume"), timeout=180)
    assert proc.returncode == 0, proc.stderr
    browser_after = page_paths(loads(site, "HeadlessChrome"))
    crawler_after = loads(site, "auditcrawl")
    assert summary(finished_results(out)) == summary(ref_results)
    assert browser_after == Counter(), "the crawl was done: no page is audited again"
    assert not [p for p in crawler_after if p.startswith(("/s/", "/p/"))], "no page is fetched again"
    images_after = Counter({p: n for p, n in crawler_after.items() if p.startswith("/img/")})
    assert not set(images_after) & checked, "an image checked before the kill was checked again"
    total = images_before + images_after
    assert set(total) == {f"/img/{s}-{n}.png" for s in range(SECTIONS) for n in range(PAGES_PER_SECTION)}
    in_flight = set(images_before) - checked
    assert {p: n for p, n in total.items() if n > 1 and p not in in_flight} == {}


def test_killed_while_writing_the_results_then_resumed(servers, reference_without_browser, tmp_path):
    """Killed once results.json is written (the stream being removed, the reports and history being
    written): --resume crawls nothing and writes the reports from the finished results."""
    site, _ = servers
    ref_results, _ = reference_without_browser
    out = tmp_path / "o"
    site.reset_log()
    kill_when(site, out, NO_BROWSER, lambda: (out / "results.json").exists())
    assert (out / "run-state").exists()

    site.reset_log()
    proc = run_auditcrawl(*audit_args(site, out, NO_BROWSER, "--resume"), timeout=180)
    assert proc.returncode == 0, proc.stderr
    assert summary(finished_results(out)) == summary(ref_results)
    assert not page_paths(loads(site, "auditcrawl")), "the finished crawl ran again"
    assert (out / "report.html").exists() and not (out / "run-state").exists()


def test_stopped_with_ctrl_c_then_resumed(servers, reference_without_browser, tmp_path):
    """Ctrl-C (SIGINT: Scrapy's graceful stop) writes results.json of what was done and keeps the run
    state; --resume then finishes the run."""
    site, _ = servers
    ref_results, _ = reference_without_browser
    out = tmp_path / "o"
    kill_when(site, out, NO_BROWSER, lambda: lines(out / "run-state" / "pages.jsonl") >= 8, sig=signal.SIGINT)
    stopped = finished_results(out)
    assert stopped["run"]["exit_reason"] == "shutdown" and (out / "run-state" / "identity.json").exists()
    done_at_stop = done_paths(out)
    site.reset_log()
    proc = run_auditcrawl(*audit_args(site, out, NO_BROWSER, "--resume"), timeout=180)
    assert proc.returncode == 0, proc.stderr
    assert "resuming the run" in proc.stderr
    assert summary(finished_results(out)) == summary(ref_results)
    assert not set(loads(site, "auditcrawl")) & done_at_stop, "a page done before Ctrl-C was fetched again"


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_resume_of_another_run_is_refused_and_touches_nothing(fault_server, tmp_path):
    """--resume with other start URLs or settings than the unfinished run: exit 2, one line, no change.
    A second run on a folder that a running one writes to: exit 2 too."""
    fault_server.set_route("/", body=page("Home", "<h1>Home</h1>"))
    out = tmp_path / "o"
    base = ["--quiet", "--audits", "none", "--as-of", AS_OF, "--resume"]
    # a run killed at once, then resumed with other start URLs, another depth, another as-of date
    proc = subprocess.Popen([*AUDITCRAWL, "audit", fault_server.url("/_fault/slow/30"), "--out", str(out),
                             "--quiet", "--audits", "none", "--as-of", AS_OF],
                            cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not (out / "results.partial.jsonl").exists() or fault_server.count("/_fault/slow/30") == 0:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    try:
        busy = run_auditcrawl("audit", fault_server.url("/"), "--out", str(out), *base, timeout=120)
        assert busy.returncode == 2 and "another auditcrawl run is writing to" in busy.stderr, busy.stderr
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    before = _snapshot(out)
    for changed in ([fault_server.url("/"), *base],
                    [fault_server.url("/_fault/slow/30"), *base, "--max-depth", "3"],
                    [fault_server.url("/_fault/slow/30"), "--quiet", "--audits", "none", "--as-of", "2026-07-01",
                     "--resume"]):
        again = run_auditcrawl("audit", changed[0], "--out", str(out), *changed[1:], timeout=120)
        assert again.returncode == 2, again.stderr
        assert len(again.stderr.strip().splitlines()) == 1 and "Traceback" not in again.stderr
        assert "other start URLs or settings" in again.stderr
        assert _snapshot(out) == before, "a refused --resume changed the output folder"


def test_resume_of_a_local_folder_is_a_usage_error(tmp_path):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text("<html><title>Home</title></html>")
    proc = run_auditcrawl("audit", str(tmp_path / "site"), "--out", str(tmp_path / "o"), "--resume", "--quiet")
    assert proc.returncode == 2 and "--resume needs start URLs" in proc.stderr


# -- the run-state files on their own ------------------------------------------------------------

def test_append_log_cuts_a_torn_last_line_before_appending(tmp_path):
    path = tmp_path / "log.jsonl"
    path.write_bytes(b'{"a": 1}\n{"b": 2}\n{"c": "\xe2\x82')  # killed inside a multi-byte character
    assert [e for e, _ in read_json_lines(path)] == [{"a": 1}, {"b": 2}]
    log = AppendLog(path)
    log.append({"d": "\u20ac"})
    log.close()
    assert [e for e, _ in read_json_lines(path)] == [{"a": 1}, {"b": 2}, {"d": "\u20ac"}]


def test_a_page_whose_stream_lines_were_lost_is_done_again(tmp_path):
    """Power loss may keep the run state's last lines but not the stream's: such pages are not done,
    and the stream is cut back to the last page it holds completely."""
    from crawler.items import PageRecord
    from crawler.runstate.store import RunState
    from crawler.runstate.identity import RunIdentity
    from reports.results import write_json_atomic
    state_dir, stream = tmp_path / "run-state", tmp_path / "results.partial.jsonl"
    state_dir.mkdir()
    write_json_atomic(state_dir / "identity.json", RunIdentity.for_run(["http://x.test/"], AS_OF, {}).to_dict())
    run_line = b'{"type": "run"}\n'
    page_a = b'{"type": "page", "url": "http://x.test/a"}\n{"type": "finding", "id": "1"}\n'
    stream.write_bytes(run_line + page_a + b'{"type": "page", "url": "http://x.test/b"}\n{"type": "fin')
    state = RunState(state_dir, stream, resuming=False)
    state.page_done(PageRecord("http://x.test/a", "http://x.test/a", 200), {}, len(run_line + page_a))
    state.page_done(PageRecord("http://x.test/b", "http://x.test/b", 200), {}, len(run_line + page_a) + 200)
    state.close()
    resumed = RunState(state_dir, stream, resuming=True)
    assert [d.page.url for d in resumed.done] == ["http://x.test/a"]
    assert resumed.stream_checkpoint == len(run_line + page_a)
    assert list(resumed.done_urls()) == ["http://x.test/a", "http://x.test/a"]


def test_a_resumed_incremental_run_stores_the_state_of_every_page(servers, tmp_path):
    """Killed with some pages done, resumed: the stored page state has every page of the run, not
    only those audited after the resume, so the next --incremental night finds every page unchanged."""
    import sqlite3
    site, _ = servers
    out, history = tmp_path / "o", tmp_path / "history.sqlite"
    night = ("--incremental", "--history", str(history))
    kill_when(site, out, NO_BROWSER, lambda: lines(out / "run-state" / "pages.jsonl") >= 8, *night)
    done_at_kill = done_paths(out)
    assert 8 <= len(done_at_kill) < SECTIONS * (PAGES_PER_SECTION + 2) + 1, "not killed mid-crawl"
    proc = run_auditcrawl(*audit_args(site, out, NO_BROWSER, "--resume", *night), timeout=180)
    assert proc.returncode == 0, proc.stderr
    audited = {p["url"] for p in finished_results(out)["pages"] if p["audited"]}
    origin = site.url("/").rstrip("/")
    with sqlite3.connect(history) as conn:
        stored = {origin + url for (url,) in conn.execute(
            "SELECT p.url FROM incremental_pages p JOIN incremental_sites s ON p.token = s.token")}
        tokens = conn.execute("SELECT COUNT(DISTINCT token) FROM incremental_pages").fetchone()[0]
    assert stored == audited
    assert {origin + p for p in done_at_kill} & audited <= stored  # the pages done before the kill too
    assert tokens == 1, "rows of the killed run were left behind"
    proc = run_auditcrawl(*audit_args(site, tmp_path / "next", NO_BROWSER, *night), timeout=180)
    assert proc.returncode == 0, proc.stderr
    assert finished_results(tmp_path / "next")["run"]["incremental"]["pages_unchanged"] == len(audited)
