"""findings.csv, junit.xml and results.sarif from one results dict."""
from __future__ import annotations

import csv
import io
import json

from lxml import etree

from reports.formats import CSV_COLUMNS, findings_csv, junit_xml, sarif
from reports.render import write_reports
from tests.test_report_builder import ResultsBuilder, sample_results


def hostile_spreadsheet_results() -> dict:
    b = ResultsBuilder()
    b.page("/", title="Home", date="2026-11-01", age_days=27)
    b.link("/", "/x/", '=HYPERLINK("http://127.0.0.1:1/","click")', learn_more=True)
    b.wcag("/", "label", "critical", "+cmd|' /C calc'!A0", criteria=["4.1.2"], html="@SUM(1+1)",
           message="-2+3 \x00bad\x1b[31m control chars")
    return b.build()


def test_csv_one_row_per_finding_and_no_formulas():
    results = hostile_spreadsheet_results()
    rows = list(csv.DictReader(io.StringIO(findings_csv(results))))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    assert len(rows) == len(results["findings"])
    link = next(r for r in rows if r["audit"] == "links")
    assert link["link_text"] == "'" + '=HYPERLINK("http://127.0.0.1:1/","click")'
    wcag = next(r for r in rows if r["audit"] == "wcag")
    assert wcag["selector"].startswith("'+") and wcag["html"] == "'@SUM(1+1)" and wcag["message"].startswith("'-2")
    assert wcag["wcag_criteria"] == "4.1.2" and wcag["severity"] == "critical"
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@"))


def test_junit_a_case_per_page_and_audit():
    results = sample_results()
    results["pages"][0]["errors"] = [{"audit": "wcag", "message": "wcag: timeout after 60 s \x00\x1b"}]
    results["pages"].append(dict(results["pages"][0], url=results["pages"][0]["url"] + "seal.png",
                                 content_type="image/png", audited=False, freshness=None, wcag=None))
    results["run"]["settings"]["audits"] = None  # the default: every audit
    root = etree.fromstring(junit_xml(results).encode("utf-8"))
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["freshness", "links", "wcag"]
    pages = results["pages"][:-1]  # the image gets no test case
    for suite in suites:
        cases = suite.findall("testcase")
        assert len(cases) == len(pages) == int(suite.get("tests"))
        failing_pages = {f["page"] for f in results["findings"] if f["audit"] == suite.get("name")}
        failed = {c.get("name") for c in cases if c.find("failure") is not None}
        assert failed == failing_pages and int(suite.get("failures")) == len(failed)
        skipped = {c.get("name") for c in cases if c.find("skipped") is not None}
        assert skipped == {p["url"] for p in pages if not p["audited"]}
    wcag_home = next(c for c in suites[2].findall("testcase") if c.get("name") == pages[0]["url"])
    assert "timeout after 60 s" in wcag_home.find("error").get("message")
    assert int(root.get("tests")) == 3 * len(pages)


def test_sarif_2_1_0_structure():
    results = sample_results()
    log = json.loads(sarif(results))
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "auditcrawl" and driver["version"] == "0.1.0"
    rule_ids = [rule["id"] for rule in driver["rules"]]
    assert len(rule_ids) == len(set(rule_ids))
    assert len(run["results"]) == len(results["findings"])
    levels = {"critical": "error", "serious": "error", "moderate": "warning", "minor": "note"}
    for finding, result in zip(results["findings"], run["results"]):
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"] == f"{finding['audit']}/{finding['rule']}"
        assert result["level"] == levels[finding["severity"]]
        assert result["fingerprints"]["auditcrawl/id"] == finding["id"]
        assert len(result["partialFingerprints"]["auditcrawl/v1"]) == 16
        assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == finding["page"]
        assert result["message"]["text"]
        assert "baselineState" not in result
    contrast = driver["rules"][rule_ids.index("wcag/color-contrast")]
    assert contrast["helpUri"].startswith("https://") and "wcag1.4.3" in contrast["properties"]["tags"]
    assert run["invocations"][0]["executionSuccessful"] is True


def test_sarif_marks_baseline_state_from_history(tmp_path):
    db = tmp_path / "h.sqlite"
    write_reports(sample_results(started_at="2026-11-27T21:00:00+00:00", variant=1), tmp_path / "a",
                  history_path=db, formats=("sarif",))
    paths = write_reports(sample_results(variant=2), tmp_path / "b", history_path=db, formats=("sarif",))
    results = json.loads(paths.sarif.read_text())["runs"][0]["results"]
    states = [r["baselineState"] for r in results]
    assert states.count("new") == 1 and states.count("unchanged") == len(results) - 1
    assert paths.html is None and not (tmp_path / "b" / "report.html").exists()
