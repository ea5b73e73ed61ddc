"""Turn a results dict (plus the history comparison) into what the HTML report shows.

Pure data shaping: no HTML here; escaping is the template's job.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
import json
from typing import Any, Iterable, Iterator, Mapping
from urllib.parse import urlsplit

from audits.base import SEVERITIES
from reports.gate import ADVISORY, KNOWN_AUDITS
from reports.history import Comparison, RunSummary
from reports.index import ORDER, ReportIndex, Rows, severity_rank
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
    stale: Iterable[dict[str, Any]]  # the page lists are read from the index as they are rendered
    undated: Iterable[dict[str, Any]]
    future: Iterable[dict[str, Any]]
    broken_links: Iterable[dict[str, Any]]
    broken_targets: int  # link targets with the verdict "broken"
    templates: list[dict[str, Any]]
    pages: Iterable[dict[str, Any]]
    age_bins: list[tuple[str, int]]
    comparison: Comparison
    trends: list[RunSummary]
    needs_review: int = 0
    audits: list[str] = field(default_factory=list)
    advisories: list[dict[str, Any]] = field(default_factory=list)  # best practices, by rule
    advisory_count: int = 0
    engines: list[str] = field(default_factory=list)  # WCAG engines that reported something
    engine_findings: Iterable[dict[str, Any]] = field(default_factory=list)  # WCAG findings with their engines
    confirmed: int = 0  # WCAG findings reported by two or more engines


def _page_freshness(page: Mapping[str, Any]) -> Mapping[str, Any]:
    return page.get("freshness") or {}


def build_report(results: Mapping[str, Any], comparison: Comparison | None = None,
                 trends: list[RunSummary] | None = None) -> Report:
    """The report model. ``results["pages"]`` and ``["findings"]`` may be streams read from disk: they are read
    once into a ``ReportIndex`` (SQLite on disk), and the sections listing pages or findings are read back
    from it as the template renders them, so memory does not grow with the site."""
    comparison = comparison or Comparison()
    run = results.get("run") or {}
    index = ReportIndex(results, _criteria_of)
    settings = run.get("settings") or {}
    audits = list(settings.get("audits") or KNOWN_AUDITS)  # null: the default, every audit
    for audit in sorted(index.first_seen, key=index.first_seen.__getitem__):
        if audit not in audits:
            audits.append(audit)

    counts: dict[str, dict[str, int]] = {a: {s: index.counts[(a, s)] for s in SEVERITIES} for a in audits}
    # advisories are counted apart: not WCAG failures, not in the totals
    totals = {s: sum(row[s] for audit, row in counts.items() if audit != ADVISORY) for s in SEVERITIES}

    templates = _template_groups(index)
    in_template = {fid for group in templates for fid in group["ids"]}
    distinct = len(templates) + index.count_outside(in_template, ADVISORY)
    engine_rows = EngineRows(index)
    advisories = _advisories(index.findings_where("audit = ?", (ADVISORY,)))
    wcag_criteria, wcag_other = _wcag_by_criterion(index.findings_where("audit = 'wcag' OR crit = 1"))

    meta = {
        "site": list(run.get("start_urls") or []),
        "started_at": run.get("started_at", ""),
        "finished_at": run.get("finished_at", ""),
        "as_of": run.get("as_of", ""),
        "engines": dict(run.get("engines") or {}),
        "tool": results.get("tool") or {},
        "exit_reason": run.get("exit_reason", ""),
        "max_age_days": settings.get("max_age_days") or _common_max_age(index.max_ages),
        "schema_version": results.get("schema_version"),
    }
    coverage = dict(run.get("coverage") or {})
    coverage.setdefault("discovered", index.pages)
    coverage.setdefault("audited", index.audited)
    coverage["skipped"] = dict(sorted((coverage.get("skipped") or {}).items(), key=lambda kv: -int(kv[1] or 0)))

    top = [_page_row(number + 1, page, index.findings_of(str(page.get("url", ""))))
           for number, page, _counts in index.top_pages(TOP_PAGES)]
    broken_links = _broken_links(index)

    return Report(
        results=results, meta=meta, coverage=coverage, counts=counts, totals=totals,
        distinct_issues=distinct, top_pages=top,
        wcag_criteria=wcag_criteria, wcag_other=wcag_other,
        stale=index.pages_by_state("stale", "date, url, seq"), undated=index.pages_by_state("missing", "url, seq"),
        future=index.pages_by_state("future", "seq"), broken_links=broken_links,
        broken_targets=broken_links.broken,
        templates=templates, pages=PageRows(index), age_bins=_age_bins(index.pages_in_order()),
        comparison=comparison, trends=list(trends or []), audits=audits, needs_review=index.needs_review,
        advisories=advisories, advisory_count=sum(n for (audit, _s), n in index.counts.items() if audit == ADVISORY),
        engines=sorted(engine_rows.engines | {e for a in advisories for e in a["engines"]}),
        engine_findings=engine_rows, confirmed=engine_rows.confirmed,
    )


def _page_row(number: int, page: Mapping[str, Any], page_findings: list[Mapping[str, Any]]) -> dict[str, Any]:
    sev = Counter(f.get("severity") for f in page_findings)
    return {
        "anchor": f"page-{number}", "page": page, "url": str(page.get("url", "")), "title": page.get("title") or "",
        "findings": page_findings, "by_severity": {s: sev.get(s, 0) for s in SEVERITIES}, "total": len(page_findings),
        "score": tuple(-sev.get(s, 0) for s in SEVERITIES),
        "freshness": _page_freshness(page), "errors": page.get("errors") or [], "wcag": page.get("wcag") or {},
    }


class PageRows:
    """Every page with its findings, in the results' order: read from the index on each pass (the template
    loops twice: the table, then the details of pages with findings)."""

    def __init__(self, index: ReportIndex):
        self._index = index

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for number, page in enumerate(self._index.pages_in_order(), 1):
            yield _page_row(number, page, self._index.findings_of(str(page.get("url", ""))))

    def __len__(self) -> int:
        return self._index.pages


class EngineRows(Rows):
    """WCAG findings with their engines, read from the index; ``confirmed`` and ``engines`` counted in one pass."""

    def __init__(self, index: ReportIndex):
        super().__init__(index, f"SELECT body FROM findings WHERE audit = 'wcag' ORDER BY {ORDER}",
                         make=lambda row: _engine_row(json.loads(row[0])))
        self.confirmed = 0
        self.engines: set[str] = set()
        for row in self:
            self.confirmed += row["confirmed"]
            self.engines.update(row["engines"])


def engines_of(finding: Mapping[str, Any]) -> list[str]:
    """The WCAG engines that reported a finding (``details.engines``), in their order, once each."""
    names: list[str] = []
    for entry in (finding.get("details") or {}).get("engines") or []:
        name = str((entry or {}).get("engine") or "") if isinstance(entry, Mapping) else ""
        if name and name not in names:
            names.append(name)
    return names


def _engine_row(f: Mapping[str, Any]) -> dict[str, Any]:
    names = engines_of(f)
    return {"finding": f, "engines": names, "confirmed": len(names) >= 2,
            "native": [e for e in (f.get("details") or {}).get("engines") or [] if isinstance(e, Mapping)]}


def _advisories(findings: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
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


def _wcag_by_criterion(findings: Iterable[Mapping[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
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


def _target_summary(items: list[Mapping[str, Any]]) -> tuple:
    """One link target's row of the broken-links table (without its referrers), from its findings in order."""
    first, link = items[0], items[0].get("link") or {}
    url = str(link.get("url") or first.get("details", {}).get("url") or "")
    severity = min((f.get("severity") for f in items), key=severity_rank)  # the first of the worst
    return (url, link.get("verdict") or "", json.dumps(link.get("status")), link.get("reason") or first.get("message") or "",
            int(any(bool((f.get("link") or {}).get("learn_more")) for f in items)), json.dumps(severity),
            severity_rank(severity), len(items), json.dumps(sorted({str(f.get("rule")) for f in items})))


class BrokenLinks(Rows):
    """Link findings with a verdict, grouped by target: broken "Learn more" links first, then broken ones, then
    by severity and number of referring pages. Each target's referrers are read when its row is rendered."""

    def __init__(self, index: ReportIndex):
        index.link_targets(_target_summary)
        super().__init__(index, "SELECT url, verdict, status, reason, learn_more, severity, referrers, rules"
                                " FROM targets ORDER BY NOT (learn_more AND verdict = 'broken'), verdict != 'broken',"
                                " sev, referrers DESC, url", make=self._row)
        self.broken = index.conn.execute("SELECT COUNT(*) FROM targets WHERE verdict = 'broken'").fetchone()[0]

    def _row(self, row: tuple) -> dict[str, Any]:
        url, verdict, status, reason, learn_more, severity, _count, rules = row
        referrers = [{"page": f.get("page"), "text": (f.get("link") or {}).get("text") or "",
                      "selector": f.get("selector"), "id": f.get("id")} for f in self._index.referrers_of(url)]
        return {"url": url, "verdict": verdict, "status": json.loads(status), "reason": reason,
                "learn_more": bool(learn_more), "severity": json.loads(severity), "referrers": referrers,
                "rules": set(json.loads(rules))}


def _broken_links(index: ReportIndex) -> BrokenLinks:
    return BrokenLinks(index)


def _template_groups(index: ReportIndex) -> list[dict[str, Any]]:
    """The same audit, rule and normalised selector on many pages: one fix in a shared template.

    Elements failing the same rule on exactly the same pages (every link of a
    site-wide menu) are one group too: they live in the same template.
    """
    merged: dict[tuple[str, str, tuple[str, ...]], dict[str, Any]] = {}
    for (audit, rule, selector, target), items in index.element_groups(TEMPLATE_MIN_PAGES):
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


def _age_bins(pages: Iterable[Mapping[str, Any]]) -> list[tuple[str, int]]:
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


def _common_max_age(limits: Counter) -> Any:
    """The age limit most pages were judged by (settings may leave it at the default, null)."""
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
