"""auditcrawl's own checks (audits/checks/, engine ``auditcrawl``) in real headless Chromium: each
check's barriers found and its near misses left alone (tests/wcag_pages/checks/), in open shadow
roots and same-origin frames too; no finding on the clean fixture pages and the demo's clean pages;
the bundle's axe-shaped result and unique selectors. One browser session for everything."""
from __future__ import annotations

import asyncio
import json
import re
from functools import partial
from importlib import metadata
from pathlib import Path

import pytest

from audits.base import Finding
from audits.checks import BY_ID, CHECKS, GLOBAL, bundle
from audits.wcag import DEFAULT_TAGS, WcagAudit, WcagConfig, audit_in_browser, to_findings
from audits.wcag_engines import ENGINES, installed_engines
from crawler.items import PageRecord
from tests.demo_pages import DEMO, clean_demo_pages
from tests.fixture_server import FixtureServer
from tests.test_wcag import record, server  # noqa: F401 - the fixture site's server fixture

REPO = Path(__file__).resolve().parents[1]
PAGES = Path(__file__).parent / "wcag_pages"

# check -> (findings, needs-review items) expected on tests/wcag_pages/checks/<check>.html
EXPECTED = {
    "link-new-window": ({"#bad-blank", "#bad-named", "#bad-icon", "#bad-css-icon", "#bad-scripted",
                         "#host::shadow #bad-shadow", "#frame >>> #bad-framed"}, set()),
    "link-file-type": ({"#bad-pdf", "#bad-docx", "#bad-xlsx-query", "#bad-upper", "#bad-css-icon", "#bad-encoded",
                        "#host::shadow #bad-shadow"}, set()),
    "alt-uninformative": ({"#bad-file", "#bad-own-name", "#bad-camera", "#bad-word", "#bad-photo", "#bad-spacer",
                           "#bad-input", "#bad-in-link", "#bad-role-img", "#host::shadow #bad-shadow"}, {"#review-logo"}),
    "focus-visible": ({"#bad-link", "#bad-button", "#bad-tabindex", "#bad-select", "#host::shadow #bad-shadow"},
                      {"#review-input"}),
    "text-small": ({"#bad-8px", "#bad-nested", "#bad-rem", "#host::shadow #bad-shadow"}, set()),
    "text-justified": ({"#bad-block", "#bad-paragraph"}, set()),
    "text-all-caps": ({"#bad-typed", "#bad-transformed"}, set()),
    "presentational-markup": ({"#bad-center", "#bad-font", "#bad-align", "#bad-bgcolor", "#bad-td-bgcolor",
                               "#bad-tt", "#bad-big", "#bad-strike"}, set()),
}


@pytest.fixture(scope="module")
def audit():
    """The checks alone, advisories on: one browser session for the whole module."""
    wcag = WcagAudit(WcagConfig(browsers=1, page_timeout=20, axe_timeout=30, engines=("auditcrawl",), advisories=True))
    yield wcag
    wcag.close()


def audit_page(audit: WcagAudit, url: str) -> tuple[list[Finding], PageRecord]:
    page = record(url)
    return asyncio.run(audit.audit_page(page, None)), page


def test_every_check_has_its_file_and_test_page():
    assert set(EXPECTED) == set(BY_ID) and len(CHECKS) == 8
    for check in CHECKS:
        assert (REPO / "audits" / "checks" / "js" / f"{check.id}.js").exists()
        assert (PAGES / "checks" / f"{check.id}.html").exists()
        assert check.helpUrl.startswith("https://www.w3.org/WAI/")
    assert {c.id for c in CHECKS if not c.advisory} == {"alt-uninformative", "focus-visible", "text-justified"}
    assert "auditcrawl" in ENGINES and "auditcrawl" in installed_engines()  # so `--wcag-engines all` runs them


def test_version_in_run_engines(audit):
    version = audit.engine_info()["auditcrawl-checks"]
    assert re.fullmatch(re.escape(metadata.version("auditcrawl")) + r"\+[0-9a-f]{10}", version)
    assert f"auditcrawl-checks {version}" in audit.reuse_key()  # --incremental: a changed check is not reused
    assert WcagAudit(WcagConfig()).reuse_key() == f"axe-core 4.14.1; tags {','.join(DEFAULT_TAGS)}"  # as before


@pytest.mark.parametrize("check", sorted(EXPECTED))
def test_check_finds_its_barriers_and_leaves_near_misses(server, audit, check):
    findings, page = audit_page(audit, server.url(f"/checks/{check}.html"))
    assert page.errors == []
    mine = [f for f in findings if f.rule == check]
    review = [i for i in page.extra["wcag"]["needs_review_items"] if i["rule"] == check]
    expected, expected_review = EXPECTED[check]
    assert {f.selector for f in mine} == expected
    assert len(mine) == len(expected)  # one finding per element
    assert {i["selector"] for i in review} == expected_review
    assert not [f for f in findings if f.rule != check], "another check fired on this check's page"
    meta = BY_ID[check]
    for finding in mine:
        assert finding.details["engines"] == [{"engine": "auditcrawl", "rule": check, "help": meta.help}]
        assert finding.message.startswith(meta.help + ". ") and len(finding.message) > len(meta.help) + 20
        assert finding.html.startswith("<") and "cd_frame_id_" not in finding.html
        if meta.advisory or meta.level == "AAA":  # the default tags test A and AA
            assert finding.audit == "advisory" and finding.wcag["criteria"] == [] and finding.wcag["level"] is None
        else:
            assert finding.audit == "wcag"
            assert finding.wcag["criteria"] == list(meta.criteria) and finding.wcag["level"] == meta.level
            assert finding.wcag["help_url"] == meta.helpUrl


def test_without_advisories_only_wcag_checks_report_and_aaa_when_asked(server, audit):
    """Advisories off (the default): only the WCAG checks report; with AAA tags, justified text
    is a 1.4.8 failure instead of an advisory. (Same browser session: the run options differ.)"""
    aaa = WcagConfig(engines=("auditcrawl",), tags=("wcag2a", "wcag2aa", "wcag2aaa"))
    assert aaa.engine_adapters()[0].options() == {"levels": ["A", "AA", "AAA"]}
    assert WcagConfig(engines=("auditcrawl",)).engine_adapters()[0].options() == {"levels": ["A", "AA"]}

    def findings(name: str) -> list[Finding]:
        url = server.url(f"/checks/{name}.html")
        result = asyncio.run(audit._pool().run(partial(audit_in_browser, url=url, config=aaa), 60))
        found, _, failed = to_findings(url, result, aaa)
        assert failed == []
        return found

    assert findings("link-new-window") == [] and findings("text-small") == []
    assert len(findings("alt-uninformative")) == 10
    assert {(f.audit, f.selector, tuple(f.wcag["criteria"]), f.wcag["level"]) for f in findings("text-justified")} == {
        ("wcag", "#bad-block", ("1.4.8",), "AAA"), ("wcag", "#bad-paragraph", ("1.4.8",), "AAA")}


def test_a_check_that_breaks_is_an_error_entry_and_the_others_stand(server, audit):
    """The page replaced getComputedStyle with a function that throws: every check that needs
    styles fails with an error entry, the markup check still reports."""
    findings, page = audit_page(audit, server.url("/checks/hostile.html"))
    assert [(f.rule, f.selector) for f in findings] == [("presentational-markup", "#bad-font")]
    assert page.errors and all(e["audit"] == "wcag" for e in page.errors)
    messages = " ".join(e["message"] for e in page.errors)
    assert "wcag: auditcrawl failed: focus-visible: getComputedStyle is blocked here" in messages
    assert "link-file-type" in messages


def test_no_false_positive_on_clean_pages(audit):
    """Clean fixture pages and the demo's clean pages (docs/demo.md): no finding, no needs-review
    item, no error from any check, advisories included."""
    demo_clean = clean_demo_pages()
    assert len(demo_clean) >= 20
    fixtures, demo = FixtureServer(PAGES).start(), FixtureServer(DEMO).start()
    try:
        urls = [fixtures.url("/clean.html"), fixtures.url("/clean-frame.html")] + [demo.url("/" + p) for p in demo_clean]
        added = {}
        for url in urls:
            findings, page = audit_page(audit, url)
            review = page.extra.get("wcag", {}).get("needs_review_items", [])
            if findings or review or page.errors:
                added[url] = [(f.rule, f.selector) for f in findings] + [i["rule"] for i in review] + page.errors
        assert added == {}
    finally:
        fixtures.stop()
        demo.stop()


# the bundle on its own: axe's result shape, unique selectors -----------------------------------
RUN_BUNDLE = """
const done = arguments[arguments.length - 1];
window.%s.run({}).then((r) => {
  const count = (target) => {  // how many elements the selector names, document by document
    let root = document, found = [];
    target.forEach((part, i) => {
      const steps = Array.isArray(part) ? part : [part];
      steps.forEach((s, j) => { found = root.querySelectorAll(s); root = j < steps.length - 1 ? found[0].shadowRoot : root; });
      if (i < target.length - 1) root = found[0].contentDocument;
    });
    return found.length;
  };
  for (const rule of r.violations.concat(r.incomplete)) for (const node of rule.nodes) node.matches = count(node.target);
  done(r);
});
""" % GLOBAL


def test_bundle_returns_axe_shaped_results_with_unique_selectors(server, audit):
    def job(driver):
        driver.get(server.url("/checks/selectors.html"))
        driver.execute_script(bundle())  # preloaded already; evaluating it again is harmless
        return driver.execute_async_script(RUN_BUNDLE)

    result = asyncio.run(audit._pool().run(job, 60))
    assert set(result) >= {"violations", "incomplete"} and result["errors"] == []
    rules = {rule["id"]: rule for rule in result["violations"]}
    assert set(rules) == {"link-new-window", "link-file-type"}
    rule = rules["link-new-window"]
    assert set(rule) >= {"id", "impact", "tags", "description", "help", "helpUrl", "nodes"}
    assert rule["tags"] == ["best-practice", "auditcrawl"] and rule["impact"] == "minor"
    nodes = rule["nodes"]
    assert len(nodes) == 9 and all(set(n) >= {"target", "html", "failureSummary"} for n in nodes)
    assert all(n["matches"] == 1 for rule in result["violations"] for n in rule["nodes"])  # each names one element
    targets = [json.dumps(n["target"]) for n in nodes]
    assert len(set(targets)) == len(targets)
    assert ["#host", "li:nth-child(2) > a"] in [n["target"][0] for n in nodes]  # a shadow root: one list
    assert ["#a\\:b\\.c > a"] in [n["target"] for n in nodes]  # ids escaped as CSS needs
