"""WCAG audit against fixture pages served on 127.0.0.1, in real headless Chromium."""
from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from scrapy.settings import Settings
from selenium.webdriver.remote.command import Command

from audits.browser import descendants, pids_marked, _proc_cmdline
from audits.wcag import (
    DEFAULT_TAGS, WcagAudit, WcagConfig, WcagError, audit_in_browser, criteria_of, format_target, parse_tags,
    same_document,
)
from crawler.items import PageRecord
from tests.fixture_server import FixtureServer, free_port

PAGES = Path(__file__).parent / "wcag_pages"


@pytest.fixture(scope="module")
def server():
    srv = FixtureServer(PAGES).start()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def audit():
    """One pool for the module's ordinary pages (browsers are expensive to start)."""
    wcag = WcagAudit(WcagConfig(browsers=2, page_timeout=20, axe_timeout=20))
    yield wcag
    wcag.close()


def record(url: str, content_type: str = "text/html; charset=utf-8", is_html: bool = True) -> PageRecord:
    return PageRecord(url=url, requested_url=url, status=200, content_type=content_type, is_html=is_html)


def run(coro):
    return asyncio.run(coro)


def our_browser_processes() -> list[str]:
    """chromium/chromedriver processes started by this test process (children, or marked folders)."""
    found = []
    for pid in descendants(os.getpid()):
        cmd = _proc_cmdline(pid)
        if "chromium" in cmd or "chromedriver" in cmd:
            found.append(f"{pid} {cmd[:100]}")
    return found


EXPECTED_VIOLATIONS = {
    ("image-alt", "#no-alt"),                           # top document
    ("color-contrast", "#low-contrast"),
    ("link-name", "#outer >>> #empty-link"),            # inside an iframe
    ("image-alt", "#outer >>> #inner >>> #deep-img"),   # iframe in an iframe
    ("button-name", "#host::shadow #shadow-button"),    # open shadow root
    ("target-size", "#host::shadow #shadow-button"),
    ("label", "#late-input"),                           # inserted by a script after load
}


def test_known_violations_one_finding_per_node(server, audit):
    page = record(server.url("/violations.html"))
    findings = run(audit.audit_page(page, None))
    assert {(f.rule, f.selector) for f in findings} == EXPECTED_VIOLATIONS
    assert len(findings) == len(EXPECTED_VIOLATIONS)
    by_rule = {(f.rule, f.selector): f for f in findings}
    contrast = by_rule[("color-contrast", "#low-contrast")]
    assert contrast.audit == "wcag" and contrast.severity == "serious" and contrast.page == page.url
    assert contrast.wcag["criteria"] == ["1.4.3"] and contrast.wcag["level"] == "AA"
    assert contrast.wcag["help_url"].startswith("https://dequeuniversity.com/rules/axe/4.14/color-contrast")
    assert "wcag143" in contrast.wcag["tags"] and contrast.wcag["impact"] == "serious"
    assert contrast.message.startswith("Elements must meet minimum color contrast ratio thresholds")
    assert "contrast of 2.32" in contrast.message
    deep = by_rule[("image-alt", "#outer >>> #inner >>> #deep-img")]
    assert deep.severity == "critical" and deep.wcag["criteria"] == ["1.1.1"] and deep.wcag["level"] == "A"
    assert deep.html == '<img src="/logo.png" id="deep-img">'
    assert all(len(f.html) <= 300 and "cd_frame_id_" not in f.html for f in findings)
    assert len({f.id for f in findings}) == len(findings)
    assert page.extra["wcag"]["violations"] == 7
    # the frame has no landmark: axe cannot tell whether it needs a bypass -> needs review, not a violation
    assert [i["rule"] for i in page.extra["wcag"]["needs_review_items"]] == ["bypass"]
    assert page.extra["wcag"]["needs_review"] == 1 and page.errors == []


def test_cross_origin_frame_inserted_by_script_is_audited(server, audit):
    """localhost vs 127.0.0.1: an out-of-process frame, which axe reaches only when allowed to."""
    page = record(server.url("/crossorigin.html"))
    findings = run(audit.audit_page(page, None))
    assert [(f.rule, f.selector) for f in findings] == [("image-alt", "#other-origin >>> #deep-img")]


def test_frame_axe_cannot_enter_is_a_needs_review_item(server, audit):
    """A sandboxed frame without scripts cannot be audited: said so, not silently dropped."""
    page = record(server.url("/sandboxed.html"))
    findings = run(audit.audit_page(page, None))
    assert [(f.rule, f.selector) for f in findings] == [("image-alt", "#top-no-alt")]
    items = page.extra["wcag"]["needs_review_items"]
    assert [(i["rule"], i["selector"]) for i in items] == [("frame-tested", "#sandboxed")]
    assert "still has to be tested" in items[0]["message"]


def test_clean_page_has_no_finding(server, audit):
    page = record(server.url("/clean.html"))
    assert run(audit.audit_page(page, None)) == []
    assert page.extra["wcag"] == {"violations": 0, "needs_review": 0, "needs_review_items": []}


def test_incomplete_results_are_needs_review_not_violations(server, audit):
    page = record(server.url("/review.html"))
    assert run(audit.audit_page(page, None)) == []
    items = page.extra["wcag"]["needs_review_items"]
    assert page.extra["wcag"]["needs_review"] == 1 and page.extra["wcag"]["violations"] == 0
    assert items[0]["rule"] == "color-contrast" and items[0]["selector"] == "#gradient-text"
    assert "background gradient" in items[0]["message"] and items[0]["criteria"] == ["1.4.3"]


def test_non_html_is_never_loaded(server, audit):
    server.reset_log()
    pdf = record(server.url("/_fault/pdf"), content_type="application/pdf", is_html=False)
    png = record(server.url("/logo.png"), content_type="image/png", is_html=False)
    odd = record(server.url("/_fault/image.png"), content_type="image/png", is_html=True)
    for page in (pdf, png, odd):
        assert run(audit.audit_page(page, None)) == []
        assert "wcag" not in page.extra
    assert server.count("/_fault/pdf") == server.count("/logo.png") == server.count("/_fault/image.png") == 0


def test_browser_sees_no_html_despite_the_record(server, audit):
    """The crawler said HTML, the browser gets a PDF: nothing is audited, nothing crashes."""
    page = record(server.url("/_fault/pdf"))
    assert run(audit.audit_page(page, None)) == []
    assert "wcag" not in page.extra


def test_page_that_leaves_by_itself_is_not_audited_as_its_destination(server, audit):
    """A meta refresh or a script moving to another page: the destination's findings must not be
    filed under this page (the crawl audits the destination as its own page); a needs-review item
    says so, not an error (an instant refresh is a redirect); the session stays.
    A script that only rewrites the address bar (history API) stays the same document. A page the
    browser is refused (rate limit, bot wall) is not audited either."""
    started = audit._pool().started_sessions

    def outcome(path: str):
        page = record(server.url(path))
        try:
            return [(f.rule, f.selector) for f in run(audit.audit_page(page, None))]
        except WcagError as exc:
            return str(exc)

    for path, destination in (("/refresh.html", "/violations.html"), ("/js-redirect.html", "/clean.html")):
        page = record(server.url(path))
        assert run(audit.audit_page(page, None)) == [], path  # not the destination's findings
        wcag = page.extra["wcag"]
        assert (wcag["violations"], wcag["needs_review"], wcag["navigated_to"]) == (0, 1, server.url(destination))
        item = wcag["needs_review_items"][0]
        assert item["rule"] == "page-left-by-itself" and server.url(destination) in item["message"]
    assert outcome("/pushstate.html") == [("image-alt", "#pushed-no-alt")]
    # the crawler was answered 200, the browser is refused: the refusal page is not this page
    assert outcome("/_fault/forbidden") == "wcag: not audited: the browser got HTTP 403 (the crawl got 200)"
    assert audit.pool.started_sessions == started


def test_same_document_ignores_what_browsers_normalise():
    assert same_document("http://a.example/x?b=1&a=2#top", "http://A.example:80/x?a=2&b=1")
    assert same_document("https://a.example/%7Euser", "https://a.example:443/~user#f")
    assert not same_document("http://a.example/old", "http://a.example/new")
    assert not same_document("http://a.example/", "https://a.example/")


def test_pages_in_parallel_do_not_block_the_loop(server, audit):
    pages = [record(server.url(p)) for p in ("/violations.html", "/clean.html", "/review.html", "/clean.html")]
    ticks = 0

    async def ticker(stop: asyncio.Event) -> None:
        nonlocal ticks
        while not stop.is_set():
            ticks += 1
            await asyncio.sleep(0.01)

    async def main():
        stop = asyncio.Event()
        tick_task = asyncio.create_task(ticker(stop))
        start = time.monotonic()
        results = await asyncio.gather(*(audit.audit_page(p, None) for p in pages))
        elapsed = time.monotonic() - start
        stop.set()
        await tick_task
        return results, elapsed

    results, elapsed = run(main())
    assert [len(r) for r in results] == [7, 0, 0, 0]
    assert ticks >= elapsed / 0.01 * 0.5  # the loop kept running while the browsers worked


def test_tags_are_configurable(server):
    aaa = WcagAudit(WcagConfig(browsers=1, tags=parse_tags("wcag2aaa,best-practice")))
    try:
        page = record(server.url("/violations.html"))
        findings = run(aaa.audit_page(page, None))
        rules = {f.rule for f in findings}
        assert [f.selector for f in findings if f.rule == "color-contrast-enhanced"] == ["#aa-only"]
    finally:
        aaa.close()
    # axe 4.14 reports AAA contrast only where AA passes (AA failures are color-contrast's)
    assert rules >= {"color-contrast-enhanced", "heading-order"}  # AAA, best practice
    assert "image-alt" not in rules  # level A rules were not asked for


def test_config_from_settings_and_options():
    settings = Settings({
        "AUDITCRAWL_WCAG_BROWSERS": "3", "AUDITCRAWL_WCAG_RECYCLE_AFTER": 50,
        "AUDITCRAWL_WCAG_PAGE_TIMEOUT": "12.5", "AUDITCRAWL_WCAG_AXE_TIMEOUT": 9,
        "AUDITCRAWL_WCAG_TAGS": "wcag2a, section508 ,EN-301-549",
        "AUDITCRAWL_WCAG_WEBDRIVER_URL": "http://127.0.0.1:4444/",
    })
    cfg = WcagConfig.from_settings(settings)
    assert (cfg.browsers, cfg.recycle_after, cfg.page_timeout, cfg.axe_timeout) == (3, 50, 12.5, 9.0)
    assert cfg.tags == ("wcag2a", "section508", "EN-301-549")
    assert cfg.webdriver_url == "http://127.0.0.1:4444"
    assert WcagConfig.from_settings(Settings()).tags == DEFAULT_TAGS
    assert cfg.axe_options()["runOnly"] == {"type": "tag", "values": ["wcag2a", "section508", "EN-301-549"]}
    assert cfg.axe_options()["resultTypes"] == ["violations", "incomplete"]
    names = {o.name: o.setting for o in WcagAudit.options}
    assert names["wcag_browsers"] == "AUDITCRAWL_WCAG_BROWSERS"
    assert names["webdriver_url"] == "AUDITCRAWL_WCAG_WEBDRIVER_URL"
    assert all(s.startswith("AUDITCRAWL_") for s in names.values())
    for bad in ("", " , ", "wcag2a,<script>"):
        with pytest.raises(ValueError):
            parse_tags(bad)
    with pytest.raises(ValueError):
        WcagConfig.from_settings(Settings({"AUDITCRAWL_WCAG_BROWSERS": "0"}))


def test_criteria_and_target_formatting():
    assert criteria_of(["cat.color", "wcag2aa", "wcag143", "TTv5"]) == (["1.4.3"], "AA")
    assert criteria_of(["wcag21aa", "wcag1410"]) == (["1.4.10"], "AA")
    assert criteria_of(["wcag2a", "wcag244", "wcag412"]) == (["2.4.4", "4.1.2"], "A")
    assert criteria_of(["best-practice"]) == ([], None)
    assert format_target(["iframe#x", ".inner"]) == "iframe#x >>> .inner"
    assert format_target([["#host", "button"]]) == "#host::shadow button"


def axe_preloaded(wcag: WcagAudit, url: str) -> str:
    """axe's version in a freshly loaded page, before any injection ("" when absent)."""
    def probe(driver):
        driver.get(url)
        return driver.execute_script("return window.axe ? axe.version : ''")
    return run(wcag.pool.run(probe, 60))


def test_axe_is_preloaded_into_new_documents(server, audit):
    run(audit.audit_page(record(server.url("/clean.html")), None))  # the pool is started
    assert axe_preloaded(audit, server.url("/clean-frame.html")) == "4.14.1"


def audited_with_commands(wcag: WcagAudit, url: str) -> tuple[dict, list[str]]:
    """``audit_in_browser`` on ``url``, and the WebDriver commands it sent, in order."""
    def job(driver):
        sent, send = [], driver.execute

        def execute(command, params=None):
            sent.append(command)
            return send(command, params)
        driver.execute = execute
        try:
            return audit_in_browser(driver, url, wcag.config), sent
        finally:
            del driver.execute
    return run(wcag.pool.run(job, 120))


def test_a_frameless_page_takes_two_webdriver_commands(server, audit):
    """Each command is a round trip (three hops through a Selenium Grid): a page without frames is
    loaded, then settled and audited by one script; a page with frames still gets axe into them."""
    result, sent = audited_with_commands(audit, server.url("/review.html"))
    assert sent == [Command.GET, Command.W3C_EXECUTE_SCRIPT_ASYNC]
    assert result["documents"] == 1 and result["engines"]["axe"]["incomplete"]
    result, sent = audited_with_commands(audit, server.url("/violations.html"))
    assert sent[:2] == [Command.GET, Command.W3C_EXECUTE_SCRIPT_ASYNC]
    assert sent.count(Command.W3C_EXECUTE_SCRIPT_ASYNC) == 2  # the page's state, then the engines after injection
    assert result["documents"] >= 3  # the top document and both frames, the engines run once after
    assert {rule["id"] for rule in result["engines"]["axe"]["violations"]} >= {"link-name", "image-alt", "label"}


def test_engine_info_reports_pinned_axe(audit):
    info = audit.engine_info()
    assert info["axe-core"] == "4.14.1"
    assert info["chromium"].split(".")[0].isdigit() and info["selenium"] == "4.51.0"


def renderer_pids(pool) -> list[int]:
    return [p for p in pids_marked(str(pool.root)) if "--type=renderer" in _proc_cmdline(p)]


def chromedriver_pids(pool) -> list[int]:
    return [p for p in pids_marked(str(pool.root)) if "chromedriver" in _proc_cmdline(p).split(" ")[0]]


def test_faults_cost_one_page_each_and_the_run_goes_on(server):
    """Dialogs, hangs, a renderer crash and a dead chromedriver: one error each, then a clean page works."""
    wcag = WcagAudit(WcagConfig(browsers=1, page_timeout=4, axe_timeout=4, recycle_after=1000))

    async def audit_url(path: str):
        page = record(server.url(path))
        try:
            return await wcag.audit_page(page, None), page
        except WcagError as exc:
            return str(exc), page

    async def kill_during_load(path: str, victims) -> str:
        task = asyncio.create_task(audit_url(path))
        await asyncio.sleep(1.2)  # the page is now waiting for its 30 s script
        pids = victims(wcag.pool)
        assert pids
        for pid in pids:
            os.kill(pid, signal.SIGKILL)
        result, _ = await task
        return result

    async def scenario():
        outcomes = []
        start = time.monotonic()
        for path in ("/alert.html", "/confirm.html", "/busy.html", "/slow.html", "/busy-axe.html"):
            outcomes.append((await audit_url(path))[0])
            ok, _ = await audit_url("/clean.html")
            assert ok == [], path
        # a dialog due after the audit is over costs nothing, here or on the next page
        late, late_page = await audit_url("/late-dialog.html")
        assert [f.rule for f in late] == ["image-alt"] and late_page.errors == []
        await asyncio.sleep(1.6)
        ok, clean_page = await audit_url("/clean.html")
        assert ok == [] and clean_page.errors == []
        outcomes.append(await kill_during_load("/slow.html", renderer_pids))
        assert (await audit_url("/clean.html"))[0] == []
        outcomes.append(await kill_during_load("/slow.html", chromedriver_pids))
        assert len((await audit_url("/violations.html"))[0]) == len(EXPECTED_VIOLATIONS)
        return outcomes, time.monotonic() - start

    try:
        outcomes, elapsed = run(scenario())
        started = wcag.pool.started_sessions
        root = str(wcag.pool.root)
    finally:
        wcag.close()
    alert, confirm, busy, slow, busy_axe, renderer, driver = outcomes
    assert alert == "wcag: page opened a dialog (dialog text 'Welcome to our site!')"
    assert confirm == "wcag: page opened a dialog (dialog text 'Leave?')"
    assert busy == "wcag: timeout after 4 s"
    assert slow == "wcag: timeout after 4 s"
    assert "timeout after 4 s" in busy_axe and busy_axe.startswith("wcag: "), busy_axe
    assert renderer.startswith("wcag: browser crashed"), renderer
    assert driver.startswith("wcag: browser crashed"), driver
    assert started == 8  # the first session, then one new session after each of the 7 failures
    assert elapsed < 90, outcomes  # ~30 s alone; the machine is shared
    assert pids_marked(root) == []


def test_work_a_page_scheduled_is_stopped_once_its_audit_is_over(server):
    """An interval and a busy loop due 3 s after load: once the audit is over neither runs, so the
    loop cannot hang the renderer while the session waits for (or loads) the next page."""
    wcag = WcagAudit(WcagConfig(browsers=1, page_timeout=4, axe_timeout=4))
    try:
        page = record(server.url("/timers.html"))
        assert run(wcag.audit_page(page, None)) == [] and page.errors == []
        ticks = wcag.pool.run_sync(lambda driver: driver.execute_script("return window.ticks"))
        time.sleep(0.3)
        assert wcag.pool.run_sync(lambda driver: driver.execute_script("return window.ticks")) == ticks
        time.sleep(3.2)  # past the busy loop's time
        clean = record(server.url("/clean.html"))
        assert run(wcag.audit_page(clean, None)) == [] and clean.errors == []
        assert wcag.pool.started_sessions == 1
    finally:
        wcag.close()


def test_recycling_and_no_process_left(server):
    wcag = WcagAudit(WcagConfig(browsers=1, recycle_after=2))

    async def main():
        pages = [record(server.url("/clean.html")) for _ in range(5)]
        return await asyncio.gather(*(wcag.audit_page(p, None) for p in pages))

    try:
        assert run(main()) == [[]] * 5
        pool = wcag.pool
        assert pool.started_sessions == 3  # 5 pages, 2 per session
        assert len(pids_marked(str(pool.root))) > 2  # chromedriver, chromium and its helpers
    finally:
        wcag.close()
    assert pids_marked(str(pool.root)) == [] and not pool.root.exists()


def test_pool_starts_only_when_a_page_is_audited(server):
    before = len(our_browser_processes())
    wcag = WcagAudit(WcagConfig(browsers=2))
    assert run(wcag.audit_page(record(server.url("/logo.png"), "image/png", False), None)) == []
    assert wcag.pool is None and len(our_browser_processes()) == before
    wcag.close()


def test_a_killed_run_leaves_no_browser_behind(server):
    """SIGKILL the Python process mid-run: the pool's watchdog kills chromedriver and Chromium."""
    script = textwrap.dedent(f"""
        import asyncio, os, signal, sys
        sys.path.insert(0, {str(Path(__file__).parents[1])!r})
        from audits.wcag import WcagAudit, WcagConfig
        from crawler.items import PageRecord
        audit = WcagAudit(WcagConfig(browsers=1))
        url = {server.url('/clean.html')!r}
        page = PageRecord(url=url, requested_url=url, status=200, content_type='text/html', is_html=True)
        asyncio.run(audit.audit_page(page, None))
        print(audit.pool.root, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL
    root = proc.stdout.strip()
    assert root.startswith("/tmp/") or "auditcrawl-browsers-" in root
    deadline = time.monotonic() + 15
    while pids_marked(root) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert pids_marked(root) == []
    assert not Path(root).exists()


def test_remote_webdriver_replaces_the_local_pool(server):
    port = free_port()
    driver = subprocess.Popen(["/usr/bin/chromedriver", f"--port={port}", "--allowed-ips=127.0.0.1"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 20
        import urllib.request
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/status", timeout=2).read()
                break
            except OSError:
                assert time.monotonic() < deadline, "chromedriver did not start"
                time.sleep(0.1)
        settings = Settings({"AUDITCRAWL_WCAG_WEBDRIVER_URL": f"http://127.0.0.1:{port}",
                             "AUDITCRAWL_WCAG_BROWSERS": 1})
        wcag = WcagAudit(WcagConfig.from_settings(settings))
        try:
            page = record(server.url("/violations.html"))
            findings = run(wcag.audit_page(page, None))
            assert {(f.rule, f.selector) for f in findings} == EXPECTED_VIOLATIONS
            # the browser ran under the remote chromedriver, not under a local one of ours
            assert len(descendants(driver.pid)) > 0
            assert pids_marked(str(wcag.pool.root)) == []  # no local session was started
            assert wcag.engine_info()["chromium"].split(".")[0].isdigit()
            assert axe_preloaded(wcag, server.url("/clean.html")) == "4.14.1"  # CDP through the remote
        finally:
            wcag.close()
        deadline = time.monotonic() + 10
        while descendants(driver.pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert descendants(driver.pid) == []  # the remote session was quit
    finally:
        os.killpg(driver.pid, signal.SIGKILL)
        driver.wait()


def test_zz_no_chromium_or_chromedriver_left(audit):
    """Runs last in this module: once every audit is closed, no browser process of ours remains."""
    audit.close()
    assert our_browser_processes() == []
