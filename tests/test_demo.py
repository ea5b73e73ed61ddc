"""End to end: `auditcrawl demo` with every audit on, against what docs/demo.md says is planted."""
from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import pytest

from tests.cli_helpers import REPO, run_auditcrawl

DOC = (REPO / "docs" / "demo.md").read_text(encoding="utf-8")
PLANTED = json.loads(re.search(r"```json\n(.*?)\n```", DOC, re.S).group(1))


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    proc = run_auditcrawl("demo", "--out", str(out), "--as-of", PLANTED["as_of"], "--quiet", timeout=600)
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    return proc, results, out


def test_demo_exits_cleanly_and_writes_every_report(demo_run):
    proc, results, out = demo_run
    assert proc.returncode == 0, proc.stderr[-3000:]
    for name in ("report.html", "findings.csv", "junit.xml", "results.sarif", "results.json"):
        assert (out / name).stat().st_size > 0, name
    assert "pages audited" in proc.stderr and "report.html" in proc.stderr
    assert {"scrapy", "axe-core", "chromium"} <= set(results["run"]["engines"])


def test_demo_freshness_states(demo_run):
    _, results, _ = demo_run
    states = {path_of(p["url"]): (p["freshness"] or {}).get("state") for p in results["pages"] if p["audited"]}
    for state, paths in PLANTED["freshness"].items():
        for path in paths:
            assert states.get(path) == state, (path, states.get(path), state)


def test_demo_broken_links(demo_run):
    _, results, _ = demo_run
    broken = {(path_of(f["page"]), path_of(f["link"]["url"]), f["rule"]) for f in results["findings"]
              if f["audit"] == "links" and f["rule"].startswith("broken")}
    for link in PLANTED["broken_links"]:
        rule = "broken-learn-more-link" if link.get("learn_more") else "broken-link"
        assert (link["page"], link["url"], rule) in broken, link
    for link in PLANTED["missing_fragments"]:
        assert (link["page"], path_of(link["url"]), "broken-fragment") in broken, link


def test_demo_wcag_violations(demo_run):
    _, results, _ = demo_run
    found: dict[str, set[str]] = {}
    for f in results["findings"]:
        if f["audit"] == "wcag":
            found.setdefault(path_of(f["page"]), set()).add(f["rule"])
    for path, rules in PLANTED["wcag_default_rules"].items():
        assert set(rules) <= found.get(path, set()), (path, rules, found.get(path))
    clean = [path_of(p["url"]) for p in results["pages"] if p["audited"]
             and path_of(p["url"]) not in PLANTED["wcag_default_rules"]]
    assert clean and not [p for p in clean if p in found], "violations on pages planted clean"


def test_demo_coverage(demo_run):
    _, results, _ = demo_run
    audited = [path_of(p["url"]) for p in results["pages"] if p["audited"]]
    assert len(audited) == len(set(audited)) == PLANTED["reachable_pages"] + len(PLANTED["orphans"])
    assert set(PLANTED["orphans"]) <= set(audited)
    assert not set(PLANTED["disallowed"]) & set(audited)
    assert all(not p["errors"] for p in results["pages"])
