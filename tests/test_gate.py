"""The CI gate: severities, limits, baselines, config errors and the exit codes of ``auditcrawl report``."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from reports.gate import (EXIT_GATE_FAILED, EXIT_PASSED, EXIT_UNREACHABLE, EXIT_USAGE, evaluate_gate,
                          parse_gate_config, parse_limits, parse_severity)
from reports.options import OPTIONS
from tests.test_report_builder import BASE, ResultsBuilder, sample_results

ROOT = Path(__file__).resolve().parents[1]


def clean_site() -> dict:
    b = ResultsBuilder()
    b.page("/", title="Home", date="2026-11-01", age_days=27)
    b.page("/about/", title="About", date="2026-10-01", age_days=58)
    return b.build()


def with_new_barrier(results: dict) -> dict:
    """What a pull request adding one barrier does: one more serious WCAG finding."""
    b = ResultsBuilder()
    b.findings = list(results["findings"])
    b.wcag("/about/", "button-name", "serious", "form > button", criteria=["4.1.2"], level="A",
           html="<button><svg></svg></button>", message="Buttons must have discernible text")
    return dict(results, findings=b.findings)


def test_parse_severity():
    assert parse_severity("Serious") == "serious"
    assert parse_severity(None) is None and parse_severity("none") is None
    with pytest.raises(ValueError, match="unknown severity 'severe'.*critical, serious, moderate, minor"):
        parse_severity("severe")


def test_fail_on_counts_that_severity_or_worse():
    results = sample_results()
    assert not evaluate_gate(results, fail_on="minor", limits={}, baseline=None).passed
    critical_only = [f for f in results["findings"] if f["severity"] == "critical"]
    gate = evaluate_gate(dict(results, findings=critical_only), fail_on="critical", limits={}, baseline=None)
    assert not gate.passed and gate.counted == 2
    assert "2 finding(s) at or above --fail-on critical (2 critical)" in gate.reasons[0]
    moderate = [f for f in results["findings"] if f["severity"] in ("moderate", "minor")]
    assert evaluate_gate(dict(results, findings=moderate), fail_on="serious", limits={}, baseline=None).passed


def test_pull_request_adding_a_barrier_fails_and_one_without_passes():
    main = clean_site()
    assert evaluate_gate(main, fail_on="serious", limits={}, baseline=main).passed
    pr = with_new_barrier(main)
    gate = evaluate_gate(pr, fail_on="serious", limits={}, baseline=main)
    assert not gate.passed and gate.counted == 1
    assert "wcag/button-name on " + BASE + "/about/" in gate.reasons[0]


def test_baseline_only_new_findings_count():
    old = sample_results(variant=1)
    new = sample_results(variant=2)  # nav markup moved (nth-child), one new target-size finding
    gate = evaluate_gate(new, fail_on="serious", limits={}, baseline=old)
    assert not gate.passed
    assert gate.counted == 1 and gate.baseline_ignored == len(new["findings"]) - 1
    assert "wcag/target-size" in gate.reasons[0]
    assert evaluate_gate(new, fail_on="serious", limits={}, baseline=new).passed
    assert not evaluate_gate(new, fail_on="serious", limits={}, baseline=None).passed


def test_baseline_from_a_local_build_on_another_port():
    def build(port: int, extra: bool) -> dict:
        b = ResultsBuilder(base=f"http://127.0.0.1:{port}")
        b.page("/", title="Home", date="2026-11-01", age_days=27)
        b.link("/", "/gone/", "Learn more", learn_more=True)
        b.wcag("/", "color-contrast", "serious", "p:nth-child(2)", criteria=["1.4.3"])
        if extra:
            b.wcag("/", "image-alt", "critical", "img", criteria=["1.1.1"])
        return b.build()
    main = build(41234, extra=False)
    assert evaluate_gate(build(40999, extra=False), fail_on="minor", limits={}, baseline=main).passed
    gate = evaluate_gate(build(40999, extra=True), fail_on="minor", limits={}, baseline=main)
    assert not gate.passed and gate.counted == 1 and "image-alt" in gate.reasons[0]


def test_limits_by_audit_severity_path_and_rule():
    results = sample_results()
    assert not evaluate_gate(results, fail_on=None, limits={"links": 0}, baseline=None).passed
    assert evaluate_gate(results, fail_on=None, limits={"links": 20}, baseline=None).passed
    # stale pages under /policy/: /policy/ and /policy/records-retention/ are stale
    gate = evaluate_gate(results, fail_on=None, limits={"freshness:/policy/": 1}, baseline=None)
    assert gate.reasons == [gate.reasons[0]] and "freshness:/policy/ = 1 exceeded: 2" in gate.reasons[0]
    assert evaluate_gate(results, fail_on=None, limits={"freshness:/policy/": 2}, baseline=None).passed
    assert evaluate_gate(results, fail_on=None, limits={"freshness:/nowhere/": 0}, baseline=None).passed
    # wcag:serious counts serious and critical: 6 color-contrast + link-name + 2 critical = 9
    assert evaluate_gate(results, fail_on=None, limits={"wcag:serious": 9}, baseline=None).passed
    assert not evaluate_gate(results, fail_on=None, limits={"wcag:serious": 8}, baseline=None).passed
    # a rule glob: broken-learn-more-link (3) + broken-link (2) = 5; redirected/unverifiable ones do not count
    assert not evaluate_gate(results, fail_on=None, limits={"links:broken-*": 4}, baseline=None).passed
    assert evaluate_gate(results, fail_on=None, limits={"links:broken-*": 5}, baseline=None).passed
    assert evaluate_gate(results, fail_on=None, limits="all:critical=2,wcag:image-alt=1", baseline=None).passed
    assert not evaluate_gate(results, fail_on=None, limits="all:critical=1", baseline=None).passed


def test_gate_config_shape_and_errors():
    config = parse_gate_config({"fail_on": "serious",
                                "limits": {"links": 0, "freshness:/policy/": 0, "wcag:serious": 0}})
    assert config.fail_on == "serious"
    assert [(l.audit, l.severity, l.path, l.maximum) for l in config.limits] == [
        ("links", None, None, 0), ("freshness", None, "/policy/", 0), ("wcag", "serious", None, 0)]
    bad = [
        ({"fail-on": "serious"}, "unknown key.*'fail-on'"),
        ({"fail_on": "huge"}, "unknown severity 'huge'"),
        ({"limits": {"lnks": 0}}, "unknown audit 'lnks'"),
        ({"limits": {"links": -1}}, "0 or more"),
        ({"limits": {"links": "none"}}, "whole number"),
        ({"limits": {"links": True}}, "whole number"),
        ({"limits": {"wcag:serious:critical": 0}}, "cannot read 'critical'"),
        ({"limits": {"wcag:<b>": 0}}, "cannot read '<b>'"),
        ({"limits": ["links"]}, "must be a table"),
    ]
    for table, message in bad:
        with pytest.raises(ValueError, match=message):
            parse_gate_config(table)
    with pytest.raises(ValueError, match="write KEY=NUMBER"):
        parse_limits("links")


def test_options_are_declared_for_the_cli():
    by_name = {o.name: o for o in OPTIONS}
    assert {o.setting for o in OPTIONS} == {"AUDITCRAWL_FAIL_ON", "AUDITCRAWL_BASELINE", "AUDITCRAWL_HISTORY",
                                           "AUDITCRAWL_FORMATS", "AUDITCRAWL_GATE_LIMITS"}
    assert by_name["fail_on"].flag == "--fail-on"
    assert by_name["formats"].parse("html, sarif") == ("html", "sarif")
    assert [l.key for l in by_name["gate_limits"].parse("links=0,wcag:serious=0")] == ["links", "wcag:serious"]
    with pytest.raises(ValueError):
        by_name["formats"].parse("html,pdf")
    with pytest.raises(ValueError):
        by_name["fail_on"].parse("blocker")


# -- exit codes of `auditcrawl report DIR`, real processes ------------------------------------
def run_report(folder: Path, *args: str) -> subprocess.CompletedProcess:
    from tests.cli_helpers import run_auditcrawl
    return run_auditcrawl("report", str(folder), *args, timeout=120)


def write_run(folder: Path, results: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "results.json").write_text(json.dumps(results), encoding="utf-8")
    return folder / "results.json"


def test_exit_codes_without_baseline(tmp_path):
    clean = write_run(tmp_path / "clean", clean_site()).parent
    done = run_report(clean, "--fail-on", "serious")
    assert done.returncode == EXIT_PASSED, done.stderr
    assert "gate passed" in done.stderr
    assert (clean / "report.html").exists() and (clean / "history.sqlite").exists()
    dirty = write_run(tmp_path / "dirty", with_new_barrier(clean_site())).parent
    done = run_report(dirty, "--fail-on", "serious")
    assert done.returncode == EXIT_GATE_FAILED
    assert "gate FAILED" in done.stderr and "wcag/button-name" in done.stderr
    assert run_report(dirty, "--fail-on", "critical").returncode == EXIT_PASSED
    done = run_report(dirty)
    assert done.returncode == EXIT_PASSED and "no gate set" in done.stderr  # no gate asked for


def test_exit_codes_with_baseline_and_config_limits(tmp_path):
    base = write_run(tmp_path / "main", sample_results(variant=1))
    pr = write_run(tmp_path / "pr", sample_results(variant=1)).parent
    done = run_report(pr, "--fail-on", "minor", "--baseline", str(base))
    assert done.returncode == EXIT_PASSED, done.stderr
    assert "already in the baseline" in done.stderr
    worse = write_run(tmp_path / "worse", sample_results(variant=2)).parent
    done = run_report(worse, "--fail-on", "serious", "--baseline", str(base))
    assert done.returncode == EXIT_GATE_FAILED
    assert "1 new finding(s) at or above --fail-on serious" in done.stderr and "target-size" in done.stderr
    config = tmp_path / "auditcrawl.toml"
    config.write_text('[gate]\nfail_on = "critical"\n[gate.limits]\n"freshness:/policy/" = 0\n')
    done = run_report(worse, "--config", str(config))
    assert done.returncode == EXIT_GATE_FAILED and "limit freshness:/policy/ = 0 exceeded" in done.stderr
    assert run_report(worse, "--config", str(config), "--baseline", str(base)).returncode == EXIT_PASSED
    flat = tmp_path / "flat.toml"  # the keys as `auditcrawl audit --config` reads them
    flat.write_text('fail_on = "critical"\ngate_limits = { "links:broken-*" = 0 }\n')
    done = run_report(worse, "--config", str(flat))
    assert done.returncode == EXIT_GATE_FAILED and "limit links:broken-* = 0 exceeded: 4" in done.stderr


def test_usage_errors_exit_2(tmp_path):
    folder = write_run(tmp_path / "run", clean_site()).parent
    done = run_report(folder, "--fail-on", "severe")
    assert done.returncode == EXIT_USAGE
    assert "unknown severity 'severe'" in done.stderr
    assert run_report(folder, "--gate-limits", "lnks=0").returncode == EXIT_USAGE
    assert run_report(folder, "--baseline", str(tmp_path / "missing.json")).returncode == EXIT_USAGE
    assert run_report(folder, "--formats", "pdf").returncode == EXIT_USAGE
    assert run_report(tmp_path / "nowhere").returncode == EXIT_USAGE
    (tmp_path / "bad.toml").write_text("[gate]\nfail_on = 'serious'\nmax = 3\n")
    done = run_report(folder, "--config", str(tmp_path / "bad.toml"))
    assert done.returncode == EXIT_USAGE and "unknown setting 'gate.max'" in done.stderr
    assert run_report(folder, "--no-such-flag").returncode == EXIT_USAGE


def test_unreachable_from_start_results():
    from reports.gate import site_unreachable
    results = clean_site()
    assert not site_unreachable(results)
    results["run"]["start_results"] = {BASE + "/": "Connection refused"}
    assert site_unreachable(results)
    results["run"]["start_results"] = {BASE + "/": 200, "http://127.0.0.1:1/": "Connection refused"}
    assert not site_unreachable(results)


def test_site_unreachable_exits_3(tmp_path):
    b = ResultsBuilder()
    b.page("/", status=None, audited=False, error="Connection refused")
    folder = write_run(tmp_path / "down", b.build()).parent
    done = run_report(folder, "--fail-on", "serious")
    assert done.returncode == EXIT_UNREACHABLE
    assert "site unreachable" in done.stderr
    assert (folder / "report.html").exists()


def test_config_examples_in_the_docs_are_valid():
    import re
    import tomllib
    text = (ROOT / "docs" / "ci-gating.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```toml\n(.*?)```", text, re.S)
    assert len(blocks) >= 2
    for block in blocks:
        config = tomllib.loads(block)
        assert parse_severity(config["fail_on"]) == "serious"
        assert parse_limits(config["gate_limits"])
    results = sample_results()
    gate = evaluate_gate(results, fail_on=None, limits=tomllib.loads(blocks[0])["gate_limits"], baseline=None)
    assert any(r.startswith("limit freshness:stale-date:/policy/ = 0 exceeded: 2") for r in gate.reasons)
