"""report.html in a real headless Chromium: planted payloads never run, scripts work under the CSP,
the report passes auditcrawl's own WCAG audit, it makes no requests, and it prints cleanly."""
from __future__ import annotations

import asyncio
import os
import re
import shutil

import pytest
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

from audits.wcag import DEFAULT_TAGS, WcagAudit, WcagConfig
from crawler.items import PageRecord
from reports.render import render_html, write_reports
from tests.fixture_server import FixtureServer
from tests.test_report_builder import ResultsBuilder, sample_results

CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--window-size=1280,2200")

MARK = "window.__xss=(window.__xss||0)+1"
PAYLOADS = (
    f"<script>{MARK}</script>",
    f"\"><img src=x onerror=\"{MARK}\">",
    f"'><svg onload=\"{MARK}\"></svg>",
    "<script>alert(1)</script>",
    f"</code></td></tr></table><iframe srcdoc=\"<script>parent.{MARK}</script>\"></iframe>",
    f"{{{{ 7*7 }}}}<style>body{{display:none}}</style><a href=\"javascript:{MARK}\">x</a>",
)
JS_URLS = (f"javascript:{MARK}", f"JaVaScRiPt:{MARK}", f" javascript:{MARK}", f"java\tscript:{MARK}",
           f"data:text/html,<script>{MARK}</script>")


def hostile_results() -> dict:
    """Every crawled string the report shows carries a payload; URLs include javascript: ones."""
    b = ResultsBuilder()
    b.audits.append("<img src=x onerror=\"" + MARK + "\">")
    for index, payload in enumerate(PAYLOADS):
        path = f"/p{index}/?q={payload}"
        b.page(path, title=payload, date="2001-01-01", age_days=9000, evidence=payload,
               needs_review=[{"rule": payload, "selector": payload, "html": payload, "message": payload}],
               errors=[{"audit": "wcag", "message": payload}])
        b.wcag(path, "color-contrast", "serious", f"main > p{payload}", criteria=["1.4.3"], html=payload,
               message=payload)
        b.wcag(path, payload, "minor", payload, html=payload, message=payload)
        b.link(path, "/gone/", payload, learn_more=True, html=payload)
    for index, url in enumerate(JS_URLS):
        b.page(url + f"#{index}", title=PAYLOADS[0])
        b.link(f"/p{index}/", url, PAYLOADS[1], learn_more=bool(index % 2))
        b.wcag(url + f"#{index}", "image-alt", "critical", "img", criteria=["1.1.1"], html=PAYLOADS[2])
    b.page("/undated/", title=PAYLOADS[3], date=None)
    b.skip(PAYLOADS[1], 2)
    results = b.build()
    results["run"]["start_urls"].append(JS_URLS[0])
    results["run"]["engines"][PAYLOADS[0]] = PAYLOADS[1]
    results["run"]["exit_reason"] = PAYLOADS[2]
    results["run"]["as_of"] = PAYLOADS[0]
    results["tool"]["version"] = PAYLOADS[1]
    return results


@pytest.fixture(scope="module")
def driver():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.unhandled_prompt_behavior = "ignore"
    drv = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    drv.set_page_load_timeout(30)
    yield drv
    drv.quit()


@pytest.fixture
def served(tmp_path):
    server = FixtureServer(tmp_path).start()
    yield tmp_path, server
    server.stop()


def assert_nothing_ran(drv) -> None:
    with pytest.raises(NoAlertPresentException):
        drv.switch_to.alert.text
    assert drv.execute_script("return window.__xss === undefined") is True
    assert drv.execute_script("return document.querySelectorAll('script').length") == 1
    assert drv.execute_script("return document.querySelectorAll('iframe, img, object, embed, style:not(head style)').length") == 0
    handlers = drv.execute_script(
        "return [...document.querySelectorAll('*')].flatMap(e => [...e.attributes]"
        ".filter(a => a.name.startsWith('on')).map(a => e.localName + ' ' + a.name))")
    assert handlers == []
    hrefs = drv.execute_script(
        "return [...document.querySelectorAll('[href]')].map(a => [a.localName, a.getAttribute('href'),"
        " new URL(a.getAttribute('href'), location.href).protocol])")
    for tag, href, protocol in hrefs:
        assert protocol in ("http:", "https:") or (tag, href) == ("link", "data:,"), href
    # the payloads are there, shown as text
    text = drv.execute_script("return document.body.innerText")
    assert "<script>window.__xss" in text
    assert "onerror=" in text


@pytest.mark.parametrize("keep_csp", [True, False], ids=["with-csp", "escaping-alone"])
def test_planted_payloads_never_execute(driver, served, keep_csp):
    folder, server = served
    html = render_html(hostile_results())
    if not keep_csp:  # prove the escaping protects on its own, not only the CSP
        html, removed = re.subn(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
        assert removed == 1
    (folder / "report.html").write_text(html, encoding="utf-8")
    driver.get(server.url("/report.html"))
    assert driver.execute_script("return document.documentElement.dataset.enhanced") == "true"
    assert_nothing_ran(driver)
    # open every per-page detail and sort/filter, then check again: nothing ran on interaction either
    driver.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")
    for button in driver.find_elements(By.CSS_SELECTOR, "th button")[:12]:
        button.click()
    assert_nothing_ran(driver)
    assert server.paths() == ["/report.html"]  # a planted <img src=x> would have been requested


def test_tables_sort_and_filter_under_the_csp(driver, served):
    folder, server = served
    write_reports(sample_results(), folder, formats=("html",))
    driver.get(server.url("/report.html"))
    table = driver.find_element(By.CSS_SELECTOR, "#pages table")
    totals = lambda: [int(r.find_elements(By.TAG_NAME, "td")[-1].text)  # noqa: E731
                      for r in table.find_elements(By.CSS_SELECTOR, "tbody tr") if r.is_displayed()]
    before = totals()
    header = table.find_elements(By.CSS_SELECTOR, "thead th")[-1]
    header.find_element(By.TAG_NAME, "button").click()
    assert header.get_attribute("aria-sort") == "ascending"
    assert totals() == sorted(before)
    header.find_element(By.TAG_NAME, "button").click()
    assert header.get_attribute("aria-sort") == "descending"
    assert totals() == sorted(before, reverse=True)
    box = driver.find_element(By.CSS_SELECTOR, "#pages input[type=search]")
    box.send_keys("/policy/")
    rows = [r for r in table.find_elements(By.CSS_SELECTOR, "tbody tr") if r.is_displayed()]
    assert len(rows) == 2 and all("/policy/" in r.text for r in rows)
    status = driver.find_element(By.CSS_SELECTOR, "#pages [role=status]").text
    assert status == f"2 of {len(before)} rows shown"
    assert server.paths() == ["/report.html"]


def test_print_layout_hides_controls(driver, served):
    folder, server = served
    write_reports(sample_results(), folder, formats=("html",))
    driver.get(server.url("/report.html"))
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        shown = driver.execute_script(
            "return ['nav.toc', '.filter'].map(s => getComputedStyle(document.querySelector(s)).display)")
        assert shown == ["none", "none"]
        pdf = driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": False})
        assert len(pdf["data"]) > 20000
        assert driver.execute_script("return [...document.querySelectorAll('details')].every(d => d.open)")
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


@pytest.mark.parametrize("window", ["1280,1024", "360,800"], ids=["desktop", "narrow"])
def test_report_passes_auditcrawls_own_wcag_audit(served, tmp_path, window):
    folder, server = served
    history = tmp_path / "history.sqlite"
    for day, variant in ((26, 0), (27, 1), (28, 2)):
        write_reports(sample_results(started_at=f"2026-11-{day}T21:00:00+00:00", as_of=f"2026-11-{day}",
                                     variant=variant), folder, history_path=history, formats=("html",))
    (folder / "hostile.html").write_text(render_html(hostile_results()), encoding="utf-8")
    audit = WcagAudit(WcagConfig(browsers=1, tags=DEFAULT_TAGS + ("best-practice",), settle_ms=50,
                                 chromium_args=(f"--window-size={window}",)))
    try:
        for name in ("report.html", "hostile.html"):
            url = server.url("/" + name)
            page = PageRecord(url=url, requested_url=url, status=200, content_type="text/html", is_html=True)
            findings = asyncio.run(audit.audit_page(page, None))
            assert [(f.rule, f.selector, f.message) for f in findings] == [], name
            assert page.extra["wcag"]["violations"] == 0
    finally:
        audit.close()
    assert audit.pages_audited == 2  # the audit really ran on both reports


def test_screenshot_of_a_realistic_report(driver, served, tmp_path):
    """Renders three nightly runs and takes a screenshot; AUDITCRAWL_SCREENSHOT_TO=path keeps it (docs)."""
    folder, server = served
    history = tmp_path / "history.sqlite"
    for day, variant in ((26, 0), (27, 1), (28, 2)):
        write_reports(sample_results(started_at=f"2026-11-{day}T21:00:00+00:00", as_of=f"2026-11-{day}",
                                     variant=variant), folder, history_path=history, formats=("html",))
    driver.get(server.url("/report.html"))
    shot = tmp_path / "report.png"
    assert driver.save_screenshot(str(shot))
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 50_000
    width = int.from_bytes(data[16:20], "big")
    assert width >= 1200
    if os.environ.get("AUDITCRAWL_SCREENSHOT_TO"):
        shutil.copy(shot, os.environ["AUDITCRAWL_SCREENSHOT_TO"])
