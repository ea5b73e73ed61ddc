"""Machine formats from one results dict: findings.csv, junit.xml, results.sarif (SARIF 2.1.0)."""
from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import tempfile
import xml.etree.ElementTree as ET
from typing import Any, Iterable, Iterator, Mapping

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
    """junit.xml as one string (see ``junit_xml_chunks``)."""
    return "".join(junit_xml_chunks(results))


def _junit_case(audit: str, page: Mapping[str, Any], findings: list[Mapping[str, Any]]) -> tuple[ET.Element, str]:
    """One page's test case for one audit, and what it counts as (tests only, skipped, error, failure)."""
    url = str(page.get("url", ""))
    case = ET.Element("testcase", classname=_xml_text(audit), name=_xml_text(url))
    errors = [e for e in page.get("errors") or [] if e.get("audit") == audit]
    kinds = []
    if not page.get("audited"):
        reason = page.get("error") or f"not audited (status {page.get('status')})"
        ET.SubElement(case, "skipped", message=_xml_text(reason))
        kinds.append("skipped")
    elif errors:
        ET.SubElement(case, "error", message=_xml_text(errors[0].get("message"))).text = \
            _xml_text("\n".join(str(e.get("message")) for e in errors))
        kinds.append("errors")
    if page.get("audited") and findings:
        worst = min(findings, key=lambda f: SEVERITIES.index(f["severity"]) if f.get("severity") in SEVERITIES else 9)
        failure = ET.SubElement(case, "failure", type=_xml_text(worst.get("severity")),
                                message=_xml_text(f"{len(findings)} finding(s), worst "
                                                  f"{worst.get('severity')}: {worst.get('message')}"))
        failure.text = _xml_text("\n".join(
            f"[{f.get('severity')}] {f.get('rule')}: {f.get('message')}"
            + (f" ({f.get('selector')})" if f.get("selector") else "") for f in findings))
        kinds.append("failures")
    return case, kinds


def _open_tag(tag: str, attrib: dict[str, str], empty: bool) -> str:
    """``<tag a="..">`` (or ``<tag a=".." />`` when it has no children), escaped as ElementTree does."""
    text = ET.tostring(ET.Element(tag, attrib), encoding="unicode")
    return text if empty else text[:-3] + ">"


def junit_xml_chunks(results: Mapping[str, Any]) -> Iterator[str]:
    """A test suite per audit, a test case per page: failed when the page has findings of that audit,
    skipped when the page was not audited (redirect loops, errors, robots).

    Written a suite at a time: each page's findings are looked up in a private SQLite file and each suite's
    cases go to a temporary file while its counts are taken (the counts come first in the XML), so a large
    site's pages and findings are never all held. The text is what ``ET.indent`` + ``ET.tostring`` give.
    """
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    suites: list[tuple[str, dict[str, int], Any]] = []
    with _FindingsByPage(results.get("findings") or []) as findings:
        for audit in _audits(results):
            counts = dict.fromkeys(totals, 0)
            cases = tempfile.TemporaryFile("w+", encoding="utf-8", newline="")  # text kept as written (\r too)
            for page in results.get("pages") or []:
                if not _is_page(page):
                    continue
                case, kinds = _junit_case(audit, page, findings.of(audit, str(page.get("url", ""))))
                counts["tests"] += 1
                for kind in kinds:
                    counts[kind] += 1
                ET.indent(case, level=2)
                cases.write("    " + ET.tostring(case, encoding="unicode") + "\n")
            for key, value in counts.items():
                totals[key] += value
            suites.append((audit, counts, cases))
    try:
        yield '<?xml version="1.0" encoding="UTF-8"?>\n'
        root = {"name": "auditcrawl", **{k: str(v) for k, v in totals.items()}}
        if not suites:
            yield _open_tag("testsuites", root, empty=True) + "\n"
            return
        yield _open_tag("testsuites", root, empty=False) + "\n"
        for audit, counts, cases in suites:
            attrib = {"name": _xml_text(audit), **{k: str(v) for k, v in counts.items()}}
            yield "  " + _open_tag("testsuite", attrib, empty=counts["tests"] == 0) + "\n"
            if counts["tests"]:
                cases.seek(0)
                while chunk := cases.read(1 << 16):
                    yield chunk
                yield "  </testsuite>\n"
        yield "</testsuites>\n"
    finally:
        for _, _, cases in suites:
            cases.close()


class _FindingsByPage:
    """The run's findings by (audit, page), in their order in results.json, in a private SQLite file."""

    def __init__(self, findings: Iterable[Mapping[str, Any]]):
        self.conn = sqlite3.connect("")  # on disk, removed when closed
        self.conn.execute("CREATE TABLE f (seq INTEGER PRIMARY KEY, audit TEXT, page TEXT, body TEXT)")
        rows = ((str(f.get("audit")), str(f.get("page")), json.dumps(f)) for f in findings)
        self.conn.executemany("INSERT INTO f (audit, page, body) VALUES (?, ?, ?)", rows)
        self.conn.execute("CREATE INDEX f_key ON f (audit, page, seq)")

    def of(self, audit: str, page: str) -> list[dict[str, Any]]:
        return [json.loads(body) for (body,) in
                self.conn.execute("SELECT body FROM f WHERE audit = ? AND page = ? ORDER BY seq", (audit, page))]

    def __enter__(self) -> "_FindingsByPage":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.conn.close()


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
