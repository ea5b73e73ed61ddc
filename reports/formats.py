"""Machine formats from one results dict: findings.csv, junit.xml, results.sarif (SARIF 2.1.0)."""
from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from typing import Any, Iterator, Mapping

from audits.base import SEVERITIES
from reports.gate import KNOWN_AUDITS
from reports.portable import portable_id, run_origins
from reports.results import json_list_chunks

CSV_COLUMNS = ("id", "status", "audit", "rule", "severity", "page", "message", "selector",
               "link_url", "link_text", "link_status", "link_verdict", "wcag_criteria", "wcag_level",
               "evidence", "html")

# Spreadsheets run cells starting with these as formulas; crawled text must stay text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_XML_INVALID = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def findings_csv(results: Mapping[str, Any], status: Mapping[str, str] | None = None) -> str:
    """One row per finding; ``status`` maps finding id -> new/persisting (from history)."""
    return "".join(findings_csv_chunks(results, status))


def findings_csv_chunks(results: Mapping[str, Any], status: Mapping[str, str] | None = None) -> Iterator[str]:
    """findings.csv a few hundred rows at a time (the findings may be read from disk: never all held)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for number, f in enumerate(results.get("findings") or [], 1):
        link = f.get("link") or {}
        wcag = f.get("wcag") or {}
        row = (f.get("id"), (status or {}).get(f.get("id"), ""), f.get("audit"), f.get("rule"),
               f.get("severity"), f.get("page"), f.get("message"), f.get("selector"),
               link.get("url"), link.get("text"), link.get("status"), link.get("verdict"),
               " ".join(wcag.get("criteria") or []), wcag.get("level"), f.get("evidence"), f.get("html"))
        writer.writerow([_cell(value) for value in row])
        if number % 500 == 0:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    yield out.getvalue()


def _xml_text(value: Any) -> str:
    return _XML_INVALID.sub("\ufffd", "" if value is None else str(value))


def _audits(results: Mapping[str, Any]) -> list[str]:
    audits = list(((results.get("run") or {}).get("settings") or {}).get("audits") or KNOWN_AUDITS)
    for f in results.get("findings") or []:
        if f.get("audit") and f["audit"] not in audits:
            audits.append(f["audit"])
    return audits


def _is_page(page: Mapping[str, Any]) -> bool:
    """Pages get test cases; images, PDFs and other files that loaded fine do not."""
    status = page.get("status")
    return bool(page.get("audited") or "html" in str(page.get("content_type") or "")
                or status is None or status >= 400)


def junit_xml(results: Mapping[str, Any]) -> str:
    """A test suite per audit, a test case per page: failed when the page has findings of that audit,
    skipped when the page was not audited (redirect loops, errors, robots)."""
    by_key: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for f in results.get("findings") or []:
        by_key.setdefault((str(f.get("audit")), str(f.get("page"))), []).append(f)
    root = ET.Element("testsuites", name="auditcrawl")
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for audit in _audits(results):
        suite = ET.SubElement(root, "testsuite", name=_xml_text(audit))
        counts = dict.fromkeys(totals, 0)
        for page in results.get("pages") or []:
            if not _is_page(page):
                continue
            url = str(page.get("url", ""))
            case = ET.SubElement(suite, "testcase", classname=_xml_text(audit), name=_xml_text(url))
            counts["tests"] += 1
            errors = [e for e in page.get("errors") or [] if e.get("audit") == audit]
            findings = by_key.get((audit, url), [])
            if not page.get("audited"):
                reason = page.get("error") or f"not audited (status {page.get('status')})"
                ET.SubElement(case, "skipped", message=_xml_text(reason))
                counts["skipped"] += 1
            elif errors:
                ET.SubElement(case, "error", message=_xml_text(errors[0].get("message"))).text = \
                    _xml_text("\n".join(str(e.get("message")) for e in errors))
                counts["errors"] += 1
            if page.get("audited") and findings:
                worst = min(findings, key=lambda f: SEVERITIES.index(f["severity"])
                            if f.get("severity") in SEVERITIES else 9)
                failure = ET.SubElement(case, "failure", type=_xml_text(worst.get("severity")),
                                        message=_xml_text(f"{len(findings)} finding(s), worst "
                                                          f"{worst.get('severity')}: {worst.get('message')}"))
                failure.text = _xml_text("\n".join(
                    f"[{f.get('severity')}] {f.get('rule')}: {f.get('message')}"
                    + (f" ({f.get('selector')})" if f.get("selector") else "") for f in findings))
                counts["failures"] += 1
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
    for key, value in totals.items():
        root.set(key, str(value))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


_SARIF_LEVEL = {"critical": "error", "serious": "error", "moderate": "warning", "minor": "note"}
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def sarif(results: Mapping[str, Any], status: Mapping[str, str] | None = None) -> str:
    """SARIF 2.1.0 log: one rule per audit/rule pair, one result per finding."""
    return "".join(sarif_chunks(results, status))


def _sarif_rule(f: Mapping[str, Any], rule_id: str) -> dict[str, Any]:
    wcag = f.get("wcag") or {}
    rule: dict[str, Any] = {
        "id": rule_id,
        "name": str(f.get("rule")),
        "shortDescription": {"text": f"{f.get('audit')}: {f.get('rule')}"},
        "defaultConfiguration": {"level": _SARIF_LEVEL.get(f.get("severity"), "warning")},
        "properties": {"tags": ["accessibility" if f.get("audit") == "wcag" else str(f.get("audit"))]
                       + [f"wcag{c}" for c in wcag.get("criteria") or []]},
    }
    help_url = str(wcag.get("help_url") or "")
    if help_url.startswith(("https://", "http://")):
        rule["helpUri"] = help_url
    return rule


def _sarif_result(f: Mapping[str, Any], rule_id: str, rule_index: int, portable: str,
                  status: Mapping[str, str] | None) -> dict[str, Any]:
    location: dict[str, Any] = {"physicalLocation": {"artifactLocation": {"uri": str(f.get("page", ""))}}}
    if f.get("selector"):
        location["logicalLocations"] = [{"fullyQualifiedName": str(f["selector"]), "kind": "element"}]
    result: dict[str, Any] = {
        "ruleId": rule_id,
        "ruleIndex": rule_index,
        "level": _SARIF_LEVEL.get(f.get("severity"), "warning"),
        "message": {"text": str(f.get("message") or rule_id)},
        "locations": [location],
        # origin-free, so code scanning tracks an alert across local builds on random ports
        "partialFingerprints": {"auditcrawl/v1": portable},
        "fingerprints": {"auditcrawl/id": str(f.get("id", ""))},
        "properties": {"severity": f.get("severity"), "audit": f.get("audit")},
    }
    if f.get("html"):
        location["physicalLocation"]["region"] = {"snippet": {"text": str(f["html"])}}
    if status and f.get("id") in status:
        result["baselineState"] = "new" if status[f["id"]] == "new" else "unchanged"
    return result


def sarif_chunks(results: Mapping[str, Any], status: Mapping[str, str] | None = None) -> Iterator[str]:
    """The SARIF log as ``json.dumps(log, indent=2)`` lays it out, one result at a time: the rules (one per
    audit/rule pair) in a first pass over the findings, the results in a second (never all held)."""
    tool = results.get("tool") or {}
    rules: list[dict[str, Any]] = []
    rule_index: dict[str, int] = {}
    for f in results.get("findings") or []:
        rule_id = f"{f.get('audit')}/{f.get('rule')}"
        if rule_id not in rule_index:
            rule_index[rule_id] = len(rules)
            rules.append(_sarif_rule(f, rule_id))
    run = results.get("run") or {}
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": str(tool.get("name") or "auditcrawl"),
                                "version": str(tool.get("version") or "0"),
                                "rules": rules}},
            "invocations": [{"executionSuccessful": run.get("exit_reason", "finished") == "finished",
                             **({"startTimeUtc": run["started_at"]} if run.get("started_at") else {}),
                             **({"endTimeUtc": run["finished_at"]} if run.get("finished_at") else {})}],
            "results": [],
        }],
    }
    head = json.dumps(log, indent=2, ensure_ascii=False)
    cut = head.rindex('"results": []') + len('"results": ')
    yield head[:cut]
    origins = run_origins(results)
    items = (_sarif_result(f, rule_id, rule_index[rule_id], portable_id(f, origins), status)
             for f in results.get("findings") or [] for rule_id in [f"{f.get('audit')}/{f.get('rule')}"])
    yield from json_list_chunks(items, indent=2, depth=8)  # the results list sits four levels deep
    yield head[cut + 2:] + "\n"
