"""Turn a results dict (plus the history comparison) into what the HTML report shows.

Pure data shaping: no HTML here; escaping is the template's job.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Mapping
from urllib.parse import urlsplit

from audits.base import SEVERITIES, normalise_selector
from reports.gate import ADVISORY, KNOWN_AUDITS
from reports.history import Comparison, RunSummary
from reports.wcag_criteria import CRITERIA, criteria_from_tags, sort_key

TEMPLATE_MIN_PAGES = 3  # the same rule + selector on this many pages is reported as one template fix
TOP_PAGES = 10
AGE_BINS = ((0, 365, "under 1 year"), (365, 730, "1–2 years"), (730, 1095, "2–3 years"),
            (1095, 1826, "3–5 years"), (1826, 3652, "5–10 years"), (3652, None, "over 10 years"))
_SAFE_URL = re.compile(r"^https?://[^\s\x00-\x1f\x7f]+$", re.IGNORECASE)

# What automated testing cannot check: shown verbatim in the report.
MANUAL_CHECKS = (
    "Automated tools find roughly a third of WCAG problems. They cannot judge whether alternative text, "
    "link text, headings and labels are meaningful, whether captions and audio descriptions are accurate, "
    "whether the reading and focus order make sense, whether everything works with a keyboard alone, "
    "whether content reflows and stays usable when zoomed, or whether error messages help people recover. "
    "A page with no violations here is not proven accessible: a person must still test with a keyboard, "
    "a screen reader and zoom, and review every item marked “needs review”."
)


def safe_href(url: Any) -> str | None:
    """The URL if it may become a link (absolute http or https, no spaces or control characters)."""
    text = str(url or "")
    if not _SAFE_URL.match(text):
        return None
    try:  # crawled hrefs may be malformed ("http://[::1", port 99999): text then, never a crash
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return None
    return text if parts.hostname else None


def severity_rank(severity: Any) -> int:
    return SEVERITIES.index(severity) if severity in SEVERITIES else len(SEVERITIES)


@dataclass
class Report:
    results: Mapping[str, Any]
    meta: dict[str, Any]
    coverage: dict[str, Any]
    counts: dict[str, dict[str, int]]  # audit -> severity -> n
    totals: dict[str, int]  # severity -> n
    distinct_issues: int
    top_pages: list[dict[str, Any]]
    wcag_criteria: list[dict[str, Any]]
    wcag_other: list[dict[str, Any]]
    stale: list[dict[str, Any]]
    undated: list[dict[str, Any]]
    future: list[dict[str, Any]]
    broken_links: list[dict[str, Any]]
    templates: list[dict[str, Any]]
    pages: list[dict[str, Any]]
    age_bins: list[tuple[str, int]]
    comparison: Comparison
    trends: list[RunSummary]
    needs_review: int = 0
    audits: list[str] = field(default_factory=list)
    advisories: list[dict[str, Any]] = field(default_factory=list)  # best practices, by rule
    advisory_count: int = 0
    engines: list[str] = field(default_factory=list)  # WCAG engines that reported something
    engine_findings: list[dict[str, Any]] = field(default_factory=list)  # WCAG findings with their engines
    confirmed: int = 0  # WCAG findings reported by two or more engines


def _page_freshness(page: Mapping[str, Any]) -> Mapping[str, Any]:
    return page.get("freshness") or {}


def build_report(results: Mapping[str, Any], comparison: Comparison | None = None,
                 trends: list[RunSummary] | None = None) -> Report:
    comparison = comparison or Comparison()
    run = results.get("run") or {}
    pages = list(results.get("pages") or [])
    findings = sorted(results.get("findings") or [],
                      key=lambda f: (severity_rank(f.get("severity")), str(f.get("page")), str(f.get("rule"))))
    settings = run.get("settings") or {}
    audits = list(settings.get("audits") or KNOWN_AUDITS)  # null: the default, every audit
    for f in findings:
        if f.get("audit") not in audits:
            audits.append(f.get("audit"))

    counts: dict[str, dict[str, int]] = {a: dict.fromkeys(SEVERITIES, 0) for a in audits}
    for f in findings:
        counts.setdefault(f.get("audit"), dict.fromkeys(SEVERITIES, 0))
        if f.get("severity") in SEVERITIES:
            counts[f["audit"]][f["severity"]] += 1
    # advisories are counted apart: not WCAG failures, not in the totals
    totals = {s: sum(row[s] for audit, row in counts.items() if audit != ADVISORY) for s in SEVERITIES}

    by_page: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for f in findings:
        by_page[str(f.get("page"))].append(f)

    templates = _template_groups(findings)
    in_template = {fid for group in templates for fid in group["ids"]}
    distinct = len(templates) + sum(1 for f in findings if f.get("id") not in in_template
                                    and f.get("audit") != ADVISORY)
    engine_rows = _engine_rows(findings)

    meta = {
        "site": list(run.get("start_urls") or []),
        "started_at": run.get("started_at", ""),
        "finished_at": run.get("finished_at", ""),
        "as_of": run.get("as_of", ""),
        "engines": dict(run.get("engines") or {}),
        "tool": results.get("tool") or {},
        "exit_reason": run.get("exit_reason", ""),
        "max_age_days": settings.get("max_age_days") or _common_max_age(pages),
        "schema_version": results.get("schema_version"),
    }
    coverage = dict(run.get("coverage") or {})
    coverage.setdefault("discovered", len(pages))
    coverage.setdefault("audited", sum(1 for p in pages if p.get("audited")))
    coverage["skipped"] = dict(sorted((coverage.get("skipped") or {}).items(), key=lambda kv: -int(kv[1] or 0)))

    page_rows = []
    for number, page in enumerate(pages, 1):
        url = str(page.get("url", ""))
        page_findings = by_page.get(url, [])
        sev = Counter(f.get("severity") for f in page_findings)
        page_rows.append({
            "anchor": f"page-{number}", "page": page, "url": url, "title": page.get("title") or "", "findings": page_findings,
            "by_severity": {s: sev.get(s, 0) for s in SEVERITIES}, "total": len(page_findings),
            "score": tuple(-sev.get(s, 0) for s in SEVERITIES),
            "freshness": _page_freshness(page), "errors": page.get("errors") or [],
            "wcag": page.get("wcag") or {},
        })
    top = sorted((row for row in page_rows if row["total"]), key=lambda r: (r["score"], -r["total"], r["url"]))

    stale = sorted((p for p in pages if _page_freshness(p).get("state") == "stale"),
                   key=lambda p: (str(_page_freshness(p).get("date") or ""), str(p.get("url"))))
    undated = sorted((p for p in pages if _page_freshness(p).get("state") == "missing"),
                     key=lambda p: str(p.get("url")))
    future = [p for p in pages if _page_freshness(p).get("state") == "future"]

    return Report(
        results=results, meta=meta, coverage=coverage, counts=counts, totals=totals,
        distinct_issues=distinct, top_pages=top[:TOP_PAGES],
        wcag_criteria=_wcag_by_criterion(findings)[0], wcag_other=_wcag_by_criterion(findings)[1],
        stale=stale, undated=undated, future=future, broken_links=_broken_links(findings),
        templates=templates, pages=page_rows, age_bins=_age_bins(pages), comparison=comparison,
        trends=list(trends or []), audits=audits,
        needs_review=sum(int((p.get("wcag") or {}).get("needs_review") or 0) for p in pages),
        advisories=_advisories(findings), advisory_count=sum(1 for f in findings if f.get("audit") == ADVISORY),
        engines=sorted({e for row in engine_rows for e in row["engines"]} | {e for a in _advisories(findings)
                                                                             for e in a["engines"]}),
        engine_findings=engine_rows,
        confirmed=sum(1 for row in engine_rows if row["confirmed"]),
    )


def engines_of(finding: Mapping[str, Any]) -> list[str]:
    """The WCAG engines that reported a finding (``details.engines``), in their order, once each."""
    names: list[str] = []
    for entry in (finding.get("details") or {}).get("engines") or []:
        name = str((entry or {}).get("engine") or "") if isinstance(entry, Mapping) else ""
        if name and name not in names:
            names.append(name)
    return names


def _engine_rows(findings: list[Mapping[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for f in findings:
        if f.get("audit") != "wcag":
            continue
        names = engines_of(f)
        rows.append({"finding": f, "engines": names, "confirmed": len(names) >= 2,
                     "native": [e for e in (f.get("details") or {}).get("engines") or [] if isinstance(e, Mapping)]})
    return rows


def _advisories(findings: list[Mapping[str, Any]]) -> list[dict[str, Any]]:
    rules: dict[str, dict[str, Any]] = {}
    for f in findings:
        if f.get("audit") != ADVISORY:
            continue
        row = rules.setdefault(str(f.get("rule")), {"rule": f.get("rule"), "findings": 0, "pages": set(),
                                                    "message": f.get("message") or "",
                                                    "help_url": (f.get("wcag") or {}).get("help_url") or "",
                                                    "engines": set()})
        row["findings"] += 1
        row["pages"].add(str(f.get("page")))
        row["engines"].update(engines_of(f))
    return sorted(rules.values(), key=lambda r: (-r["findings"], str(r["rule"])))


def _criteria_of(finding: Mapping[str, Any]) -> list[str]:
    wcag = finding.get("wcag") or {}
    numbers = [str(c) for c in wcag.get("criteria") or []]
    return numbers or criteria_from_tags(wcag.get("tags") or [])


def _wcag_by_criterion(findings: list[Mapping[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    groups: dict[str, dict[str, Any]] = {}
    other: dict[str, dict[str, Any]] = {}
    for f in findings:
        numbers = _criteria_of(f)
        if f.get("audit") != "wcag" and not numbers:
            continue  # other audits report under WCAG only when they name a criterion (ambiguous link text)
        for number in numbers or [None]:
            if number is None:
                row = other.setdefault(str(f.get("rule")), {"rule": f.get("rule"), "findings": 0, "pages": set(),
                                                            "severity": f.get("severity")})
            else:
                known = CRITERIA.get(number)
                row = groups.setdefault(number, {
                    "number": number, "name": known.name if known else "(not in WCAG 2.2)",
                    "level": known.level if known else (f.get("wcag") or {}).get("level") or "",
                    "version": known.version if known else "", "note": known.note if known else "",
                    "findings": 0, "pages": set(), "rules": set(), "severity": f.get("severity")})
                row["rules"].add(str(f.get("rule")))
            row["findings"] += 1
            row["pages"].add(str(f.get("page")))
            if severity_rank(f.get("severity")) < severity_rank(row["severity"]):
                row["severity"] = f.get("severity")
    ordered = [groups[n] for n in sorted(groups, key=sort_key)]
    for row in ordered:
        row["rules"] = sorted(row["rules"])
    return ordered, sorted(other.values(), key=lambda r: (severity_rank(r["severity"]), str(r["rule"])))


def _broken_links(findings: list[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Link findings with a verdict, grouped by target: broken "Learn more" links first, then
    broken ones, then by severity and number of referring pages."""
    targets: dict[str, dict[str, Any]] = {}
    for f in findings:
        link = f.get("link") or {}
        if f.get("audit") != "links" or not link.get("verdict"):
            continue  # e.g. ambiguous link text: a naming problem, listed under WCAG
        url = str(link.get("url") or f.get("details", {}).get("url") or "")
        row = targets.setdefault(url, {"url": url, "verdict": link.get("verdict") or "", "status": link.get("status"),
                                       "reason": link.get("reason") or f.get("message") or "",
                                       "learn_more": False, "severity": f.get("severity"), "referrers": [],
                                       "rules": set()})
        row["learn_more"] = row["learn_more"] or bool(link.get("learn_more"))
        row["rules"].add(str(f.get("rule")))
        if severity_rank(f.get("severity")) < severity_rank(row["severity"]):
            row["severity"] = f.get("severity")
        row["referrers"].append({"page": f.get("page"), "text": link.get("text") or "", "selector": f.get("selector"),
                                 "id": f.get("id")})
    return sorted(targets.values(), key=lambda r: (not (r["learn_more"] and r["verdict"] == "broken"),
                                                   r["verdict"] != "broken",
                                                   severity_rank(r["severity"]), -len(r["referrers"]), r["url"]))


def _template_groups(findings: list[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The same audit, rule and normalised selector on many pages: one fix in a shared template.

    Elements failing the same rule on exactly the same pages (every link of a
    site-wide menu) are one group too: they live in the same template.
    """
    by_element: dict[tuple[str, str, str, str], list[Mapping[str, Any]]] = defaultdict(list)
    for f in findings:
        selector = normalise_selector(str(f.get("selector") or ""))
        if selector and f.get("audit") != "freshness":
            target = str((f.get("link") or {}).get("url") or "")
            by_element[(str(f.get("audit")), str(f.get("rule")), selector, target)].append(f)
    merged: dict[tuple[str, str, tuple[str, ...]], dict[str, Any]] = {}
    for (audit, rule, selector, target), items in by_element.items():
        pages = tuple(sorted({str(f.get("page")) for f in items}))
        if len(pages) < TEMPLATE_MIN_PAGES:
            continue
        group = merged.setdefault((audit, rule, pages), {
            "audit": audit, "rule": rule, "pages": list(pages), "elements": [], "count": 0, "ids": [],
            "severity": items[0].get("severity"), "message": items[0].get("message")})
        worst = min(items, key=lambda f: severity_rank(f.get("severity")))
        group["elements"].append({"selector": selector, "target": target, "html": worst.get("html") or ""})
        group["count"] += len(items)
        group["ids"] += [f.get("id") for f in items]
        if severity_rank(worst.get("severity")) < severity_rank(group["severity"]):
            group["severity"], group["message"] = worst.get("severity"), worst.get("message")
    return sorted(merged.values(), key=lambda g: (severity_rank(g["severity"]), -len(g["pages"]),
                                                 -len(g["elements"]), g["rule"]))


def _age_bins(pages: list[Mapping[str, Any]]) -> list[tuple[str, int]]:
    counts = [0] * len(AGE_BINS)
    undated = 0
    for page in pages:
        fresh = _page_freshness(page)
        if not fresh or not page.get("audited"):
            continue
        age = fresh.get("age_days")
        if age is None:
            undated += 1 if fresh.get("state") == "missing" else 0
            continue
        for index, (low, high, _label) in enumerate(AGE_BINS):
            if age >= low and (high is None or age < high):
                counts[index] += 1
                break
        else:  # negative age: dated in the future
            counts[0] += 1
    bins = [(label, counts[i]) for i, (_l, _h, label) in enumerate(AGE_BINS)]
    return bins + [("no date", undated)]


def _common_max_age(pages: list[Mapping[str, Any]]) -> Any:
    """The age limit most pages were judged by (settings may leave it at the default, null)."""
    limits = Counter(_page_freshness(p).get("max_age_days") for p in pages if _page_freshness(p).get("max_age_days"))
    return limits.most_common(1)[0][0] if limits else None


def format_timestamp(value: Any) -> str:
    """ISO timestamp -> ``2026-11-28 21:00 UTC``; anything else as given."""
    try:
        moment = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return str(value or "")
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc)
        return moment.strftime("%Y-%m-%d %H:%M UTC")
    return moment.strftime("%Y-%m-%d %H:%M")
