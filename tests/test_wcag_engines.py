"""Several WCAG engines in one page load: every engine alone and all together, on the fixture pages
(held-out style: frames, shadow DOM, script-inserted content), the clean pages and the demo's
clean pages, in real headless Chromium; the merge and the engine option."""
from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from scrapy.settings import Settings

from audits.base import Finding
from audits.wcag import WcagAudit, WcagConfig
from audits.wcag_engines import ENGINES, installed_engines, parse_engines
from audits.wcag_engines.base import EngineNode, EngineResult
from audits.wcag_engines.merge import group_results, to_findings
from crawler.items import PageRecord
from tests.demo_pages import DEMO, clean_demo_pages
from tests.fixture_server import FixtureServer
from tests.test_wcag import EXPECTED_VIOLATIONS

PAGES = Path(__file__).parent / "wcag_pages"
# what QualWeb finds alone in violations.html: the same barriers as axe, frames and shadow root
# included, but for target size (QualWeb has no such rule); its selectors are built by auditcrawl
QUALWEB_VIOLATIONS = {
    ("QW-ACT-R17", "#no-alt"), ("QW-ACT-R37", "#low-contrast"), ("QW-ACT-R12", "#outer >>> #empty-link"),
    ("QW-ACT-R17", "#outer >>> #inner >>> #deep-img"), ("QW-ACT-R11", "#host::shadow #shadow-button"),
    ("QW-ACT-R16", "#late-input"),
}


def record(url: str) -> PageRecord:
    return PageRecord(url=url, requested_url=url, status=200, content_type="text/html", is_html=True)


@pytest.fixture(scope="module")
def server():
    srv = FixtureServer(PAGES).start()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def audits():
    """One audit per engine alone and one with all engines (one browser each)."""
    made = {name: WcagAudit(WcagConfig(browsers=1, page_timeout=20, axe_timeout=30, engines=(name,)))
            for name in ENGINES}
    made["all"] = WcagAudit(WcagConfig(browsers=1, page_timeout=20, axe_timeout=30, engines=parse_engines("all")))
    yield made
    for audit in made.values():
        audit.close()


def audit_page(audit: WcagAudit, url: str) -> tuple[list[Finding], PageRecord]:
    page = record(url)
    return asyncio.run(audit.audit_page(page, None)), page


def test_every_engine_is_installed_and_all_means_all():
    assert installed_engines() == tuple(ENGINES) == ("axe", "qualweb", "auditcrawl")
    assert parse_engines("all") == ("axe", "qualweb", "auditcrawl")
    assert parse_engines("qualweb, AXE") == ("axe", "qualweb")  # run order is fixed: axe names merged findings
    for bad in ("", "lighthouse", "axe,wave"):
        with pytest.raises(ValueError, match="engine"):
            parse_engines(bad)
    config = WcagConfig.from_settings(Settings({"AUDITCRAWL_WCAG_ENGINES": "all",
                                                "AUDITCRAWL_WCAG_ADVISORIES": "true"}))
    assert config.engines == ("axe", "qualweb", "auditcrawl") and config.advisories is True
    assert WcagConfig.from_settings(Settings({})).engines == ("axe",)  # the default


def test_held_out_style_barriers_found_with_every_engine_one_finding_each(server, audits):
    """Frames two deep, an open shadow root, a field inserted by script after load: all engines
    together find exactly what axe alone finds, and a barrier both report is one finding."""
    findings, page = audit_page(audits["all"], server.url("/violations.html"))
    assert {(f.rule, f.selector) for f in findings} == EXPECTED_VIOLATIONS
    assert len(findings) == len(EXPECTED_VIOLATIONS) and page.errors == []
    engines = {(f.rule, f.selector): [(e["engine"], e["rule"]) for e in f.details["engines"]] for f in findings}
    assert engines[("image-alt", "#outer >>> #inner >>> #deep-img")] == [("axe", "image-alt"), ("qualweb", "QW-ACT-R17")]
    assert engines[("button-name", "#host::shadow #shadow-button")] == [("axe", "button-name"), ("qualweb", "QW-ACT-R11")]
    assert engines[("label", "#late-input")] == [("axe", "label"), ("qualweb", "QW-ACT-R16")]
    assert engines[("target-size", "#host::shadow #shadow-button")] == [("axe", "target-size")]
    confirmed = sum(1 for f in findings if len(f.details["engines"]) > 1)
    assert confirmed == 6
    contrast = next(f for f in findings if f.rule == "color-contrast")
    assert contrast.wcag["criteria"] == ["1.4.3"] and contrast.severity == "serious"  # axe's impact wins
    # QualWeb alone finds the same barriers (not target size), in frames and the shadow root too
    alone, page = audit_page(audits["qualweb"], server.url("/violations.html"))
    assert {(f.rule, f.selector) for f in alone} == QUALWEB_VIOLATIONS and page.errors == []
    assert all(f.details["engines"][0]["engine"] == "qualweb" for f in alone)
    # a cross-origin frame inserted by script: only axe can enter it, the finding stays
    cross, _ = audit_page(audits["all"], server.url("/crossorigin.html"))
    assert [(f.rule, f.selector) for f in cross] == [("image-alt", "#other-origin >>> #deep-img")]


def test_no_engine_adds_a_false_positive_on_clean_pages(audits):
    """The fixture's clean pages and every demo page planted clean: no WCAG finding from any engine,
    alone or together (advisories are off by default, and are not WCAG findings)."""
    demo_clean = clean_demo_pages()
    assert len(demo_clean) >= 10
    fixtures = FixtureServer(PAGES).start()
    demo = FixtureServer(DEMO).start()
    try:
        urls = [fixtures.url("/clean.html")] + [demo.url("/" + path) for path in demo_clean]
        # axe alone on these pages: test_wcag (clean.html) and test_demo (every demo page planted clean)
        for name, audit in ((n, a) for n, a in audits.items() if n != "axe"):
            added = {}
            for url in urls:
                findings, page = audit_page(audit, url)
                if findings or page.errors:
                    added[url] = [(f.rule, f.selector) for f in findings] + page.errors
            assert added == {}, f"{name}: {added}"
    finally:
        fixtures.stop()
        demo.stop()


def test_every_engine_and_version_in_run_engines(audits):
    info = audits["all"].engine_info()
    assert info["axe-core"] == "4.14.1"
    assert info["qualweb"] == "act-rules 0.7.5, wcag-techniques 0.4.2"
    assert "qualweb" not in audits["axe"].engine_info()


def test_advisories_apart_and_only_when_asked(server):
    """Best-practice rules (here: a skipped heading level) become advisory findings with no
    criterion, counted apart on the page; off by default."""
    audit = WcagAudit(WcagConfig(browsers=1, engines=("axe",), advisories=True))
    try:
        findings, page = audit_page(audit, server.url("/violations.html"))
    finally:
        audit.close()
    advisories = [f for f in findings if f.audit == "advisory"]
    assert [(f.rule, f.selector) for f in advisories] == [("heading-order", "#skipped-level")]
    assert advisories[0].wcag["criteria"] == [] and advisories[0].wcag["level"] is None
    assert page.extra["wcag"]["violations"] == 7 and page.extra["wcag"]["advisories"] == 1
    default, _ = audit_page_once(server.url("/violations.html"))
    assert not [f for f in default if f.audit == "advisory"]


def audit_page_once(url: str) -> tuple[list[Finding], PageRecord]:
    audit = WcagAudit(WcagConfig(browsers=1))
    try:
        return audit_page(audit, url)
    finally:
        audit.close()


def _result(engine: str, rule: str, key: str, criteria: list[str], kind: str = "violation",
            act: list[str] | None = None, impact: str | None = None) -> EngineResult:
    node = EngineNode(key=key, selector=f"sel-{engine}-{key}", html="<x>", message=f"{engine} {rule}", impact=impact)
    return EngineResult(engine=engine, rule=rule, kind=kind, criteria=criteria, level="A", tags=[], help=rule,
                        help_url="", impact=impact, nodes=[node], act=act or [])


def test_merge_same_node_and_criterion_across_engines_only():
    results = [
        _result("axe", "image-alt", "k1", ["1.1.1"], impact="critical"),
        _result("axe", "role-img-alt", "k1", ["1.1.1"]),        # same engine, same node: its own finding
        _result("axe", "aria-roles", "k2", ["4.1.2"], act=["674b10"]),
        _result("qualweb", "QW-ACT-R17", "k1", ["1.1.1"]),       # joins axe's first 1.1.1 finding
        _result("qualweb", "QW-ACT-R20", "k2", [], kind="advisory", act=["674b10"]),  # same ACT rule
        _result("qualweb", "QW-ACT-R37", "k3", ["1.4.3"]),        # another element
        _result("qualweb", "QW-ACT-R62", "k1", ["1.1.1"], kind="review"),  # cannot tell: stays review
    ]
    groups = group_results(results)
    assert [[(r.engine, r.rule) for r, _ in g.members] for g in groups] == [
        [("axe", "image-alt"), ("qualweb", "QW-ACT-R17")], [("axe", "role-img-alt")],
        [("axe", "aria-roles"), ("qualweb", "QW-ACT-R20")], [("qualweb", "QW-ACT-R37")], [("qualweb", "QW-ACT-R62")]]
    findings, review = to_findings("http://x/", results)
    assert [(f.rule, f.selector, f.severity) for f in findings] == [
        ("image-alt", "sel-axe-k1", "critical"), ("role-img-alt", "sel-axe-k1", "moderate"),
        ("aria-roles", "sel-axe-k2", "moderate"), ("QW-ACT-R37", "sel-qualweb-k3", "moderate")]
    assert findings[0].details["engines"] == [{"engine": "axe", "rule": "image-alt", "help": "image-alt"},
                                              {"engine": "qualweb", "rule": "QW-ACT-R17", "help": "QW-ACT-R17"}]
    assert [(i["rule"], i["engines"][0]["engine"]) for i in review] == [("QW-ACT-R62", "qualweb")]
    # an advisory alone is dropped unless advisories are asked for
    lone = [_result("qualweb", "QW-ACT-R20", "k9", [], kind="advisory")]
    assert to_findings("http://x/", lone)[0] == []
    assert [f.audit for f in to_findings("http://x/", lone, advisories=True)[0]] == ["advisory"]


def results_with_engines() -> dict:
    """A run with two engines: one barrier both confirmed, one only axe found, one advisory."""
    from tests.test_report_builder import ResultsBuilder
    b = ResultsBuilder()
    b.page("/", title="Home", date="2026-11-01", age_days=27)
    both = b.wcag("/", "image-alt", "critical", "#logo", criteria=["1.1.1"], level="A")
    both["details"] = {"engines": [{"engine": "axe", "rule": "image-alt", "help": "Images must have alt"},
                                   {"engine": "qualweb", "rule": "QW-ACT-R17", "help": "Image has accessible name"}]}
    alone = b.wcag("/", "target-size", "serious", "#tiny", criteria=["2.5.8"], level="AA")
    alone["details"] = {"engines": [{"engine": "axe", "rule": "target-size", "help": "Touch targets"}]}
    b.finding("advisory", "heading-order", "moderate", "/", selector="#h4",
              wcag={"criteria": [], "level": None, "tags": ["best-practice"], "help_url": "", "impact": "moderate"},
              details={"engines": [{"engine": "axe", "rule": "heading-order", "help": "Heading levels"}]})
    return b.build()


def test_report_marks_confirmed_filters_by_engine_and_shows_advisories_apart():
    import lxml.html

    from reports.render import render_html
    doc = lxml.html.fromstring(render_html(results_with_engines()))
    summary = " ".join(" ".join(doc.cssselect("#summary")[0].itertext()).split())
    assert "2 findings" in summary  # the advisory is not in the totals...
    assert "1 advisories (best practices, not WCAG failures; not in the totals)" in summary  # ...but counted apart
    assert "1 WCAG findings confirmed by two or more engines (axe, qualweb)" in summary
    table = doc.cssselect("table[data-engine-filter]")[0]
    rows = {tr.get("data-engines"): " ".join(tr.text_content().split()) for tr in table.cssselect("tbody tr")}
    assert "Confirmed" in rows["axe qualweb"] and "qualweb: QW-ACT-R17" in rows["axe qualweb"]
    assert "target-size" in rows["axe"] and "Confirmed" not in rows["axe"]
    advisories = " ".join(" ".join(doc.cssselect("#advisories")[0].itertext()).split())
    assert "heading-order" in advisories and "--gate-limits advisory=0" in advisories
    assert "heading-order" not in " ".join(doc.cssselect("#wcag")[0].itertext()).split("WCAG findings by engine")[0]


def test_gate_leaves_advisories_out_unless_a_limit_names_them():
    from reports.gate import evaluate_gate
    results = results_with_engines()
    only_advisory = {**results, "findings": [f for f in results["findings"] if f["audit"] == "advisory"]}
    assert evaluate_gate(only_advisory, fail_on="minor").passed
    assert evaluate_gate(only_advisory, fail_on=None, limits="all=0").passed
    failed = evaluate_gate(only_advisory, fail_on=None, limits="advisory=0")
    assert not failed.passed and "advisory/heading-order" in failed.reasons[0]
    assert not evaluate_gate(only_advisory, fail_on=None, limits="advisory:heading-order=0").passed
    assert evaluate_gate(only_advisory, fail_on=None, limits="advisory:region=0").passed
    assert not evaluate_gate(results, fail_on="serious").passed  # WCAG findings still gate as before
