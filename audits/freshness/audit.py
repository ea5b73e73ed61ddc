"""FreshnessAudit: review-date state of every page against the as-of date and the maximum age."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from audits.base import Audit, AuditContext, Finding, Option
from audits.option_types import parse_bool, read_options

from .extract import ReviewDate, extract_review_date, weak_hints
from .labels import bare_review_label

if TYPE_CHECKING:
    from crawler.items import PageRecord

NEVER = "never"
_SOURCE_NAMES = {"text": "", "meta": " (from a <meta> tag)", "jsonld": " (from JSON-LD)",
                 "microdata": " (from microdata)", "http": " (from the HTTP Last-Modified header)",
                 "sitemap": " (from the sitemap <lastmod>)"}


# ---------------------------------------------------------------- option parsers (CLI strings and TOML values)


def parse_days(value: Any) -> int:
    """A whole, non-negative number of days (365, "365")."""
    if isinstance(value, bool):
        raise ValueError(f"expected a number of days, got {value!r}")
    if isinstance(value, float) and not value.is_integer():
        raise ValueError(f"expected a whole number of days, got {value!r}")
    try:
        days = int(str(value).strip()) if not isinstance(value, (int, float)) else int(value)
    except ValueError:
        raise ValueError(f"expected a number of days, got {value!r}") from None
    if days < 0:
        raise ValueError(f"expected 0 or more days, got {value!r}")
    return days


def _days_or_never(value: Any) -> int | None:
    if value is None or (isinstance(value, str) and value.strip().lower() == NEVER):
        return None  # None: an already parsed "never" (the CLI parses, then the audit reads the setting)
    return parse_days(value)


def parse_path_max_age(value: Any) -> dict[str, int | None]:
    """Per-path limits: "/news/=never,/policy/=180" from the CLI, {"/news/" = "never"} from TOML.

    Returns path prefix -> days (None: never stale).
    """
    if value is None or value == "":
        return {}
    if isinstance(value, str):
        pairs = []
        for item in value.split(","):
            if not item.strip():
                continue
            if "=" not in item:
                raise ValueError(f"expected PATH=DAYS or PATH=never, got {item.strip()!r}")
            path, days = item.split("=", 1)
            pairs.append((path.strip(), days.strip()))
    elif isinstance(value, dict):
        pairs = list(value.items())
    else:
        raise ValueError(f"expected a table of path = days, got {value!r}")
    limits: dict[str, int | None] = {}
    for path, days in pairs:
        if not isinstance(path, str) or not path.startswith("/"):
            raise ValueError(f"path prefixes start with '/', got {path!r}")
        try:
            limits[path] = _days_or_never(days)
        except ValueError:
            raise ValueError(f"{path}: expected a number of days or 'never', got {days!r}") from None
    return limits


def parse_date_order(value: Any) -> str:
    text = str(value).strip()
    if text.lower() == "auto":
        return "auto"
    if text.upper() in ("MDY", "DMY"):
        return text.upper()
    raise ValueError(f"expected auto, MDY or DMY, got {value!r}")


OPTIONS: tuple[Option, ...] = (
    Option("max_age_days", "AUDITCRAWL_MAX_AGE_DAYS", parse_days, 365,
           "a page whose review date is older than this many days is stale", "DAYS"),
    Option("freshness_path_max_age", "AUDITCRAWL_FRESHNESS_PATH_MAX_AGE", parse_path_max_age, {},
           "per-path limits, longest prefix wins: /news/=never,/policy/=180", "PATH=DAYS,..."),
    Option("date_order", "AUDITCRAWL_FRESHNESS_DATE_ORDER", parse_date_order, "auto",
           "order of numeric dates like 03/05/2024: auto (by page language), MDY or DMY", "ORDER"),
    Option("freshness_use_http", "AUDITCRAWL_FRESHNESS_USE_HTTP", parse_bool, False,
           "take the HTTP Last-Modified header as the date when the page shows none (off: only a hint; "
           "CMSes and CDNs send the time the response was built)", "BOOL"),
    Option("freshness_use_sitemap", "AUDITCRAWL_FRESHNESS_USE_SITEMAP", parse_bool, False,
           "take the sitemap <lastmod> as the date when the page shows none (off: only a hint)", "BOOL"),
)


def limit_for(url: str, default: int | None, per_path: dict[str, int | None]) -> int | None:
    """The max age for ``url``: the longest matching path prefix, else the default (None: never stale)."""
    path = urlsplit(url).path or "/"
    best: str | None = None
    for prefix in per_path:
        # "/news/" also covers "/news" itself.
        if (path.startswith(prefix) or (path + "/") == prefix) and (best is None or len(prefix) > len(best)):
            best = prefix
    return per_path[best] if best is not None else default


# ---------------------------------------------------------------- the audit


class FreshnessAudit(Audit):
    """Stale, missing, future and overdue review dates ("Last Reviewed/Updated: 09/26/2017")."""

    id = "freshness"
    options = OPTIONS

    def __init__(self, settings: Any = None) -> None:
        opts = read_options(OPTIONS, settings)
        self.max_age_days: int = opts["max_age_days"]
        self.path_max_age: dict[str, int | None] = opts["freshness_path_max_age"]
        order = opts["date_order"]
        self.day_first: bool | None = None if order == "auto" else order == "DMY"
        self.use_http: bool = opts["freshness_use_http"]
        self.use_sitemap: bool = opts["freshness_use_sitemap"]

    @classmethod
    def from_crawler(cls, crawler: Any) -> "FreshnessAudit":
        return cls(crawler.settings)

    def engine_info(self) -> dict[str, Any]:
        from importlib.metadata import version
        return {"dateparser": version("dateparser")}

    def audit_page(self, page: "PageRecord", context: AuditContext) -> list[Finding]:
        if not page.auditable:
            return []
        stored = page.extra.pop("stored_freshness_extract", None)
        html = page.html or ""
        found = None
        if stored is not None and not html:  # --incremental, a page answered 304: last run's reading
            found = from_stored(stored)
        elif (page.extra.get("same_body") and not (stored or {}).get("as_of_dependent")
              and (stored or {}).get("source") not in _WEAK_SOURCES):
            # --incremental, the very body the last run read (crawler.runstate.incremental.same_body):
            # its reading (None: the content says nothing); a bare "Review date", or a date taken from
            # the sitemap or Last-Modified, is read again
            found, html = from_stored(stored), ""
        reading = stored if found is not None else None  # kept as stored (its as_of_dependent with it)
        if found is None:  # nothing read from the content: the sitemap and HTTP fallbacks, from today's facts
            found = extract_review_date(html, language=page.language or "", headers=page.headers,
                                        sitemap_lastmod=page.sitemap_lastmod, day_first=self.day_first,
                                        use_http=self.use_http, use_sitemap=self.use_sitemap, as_of=context.as_of,
                                        url=page.url)
        page.extra["freshness_extract"] = reading if reading is not None else to_stored(found)
        limit = limit_for(page.url, self.max_age_days, self.path_max_age)
        result, findings = judge(page.url, found, context.as_of, limit,
                                 weak_hints(page.headers, page.sitemap_lastmod))
        page.extra["freshness"] = result
        return findings


_CONTENT_SOURCES = ("text", "meta", "jsonld", "microdata")
_WEAK_SOURCES = ("sitemap", "http")


def to_stored(found: ReviewDate | None) -> dict[str, Any] | None:
    """What the page's content said (kept by --incremental for pages that later answer 304), or None
    when the date came from the sitemap or HTTP headers, which are read again every run."""
    if found is None or not (found.source in _CONTENT_SOURCES or found.next_review_due or found.evidence):
        return None
    day = lambda d: d.isoformat() if d else None  # noqa: E731
    return {"date": day(found.date), "source": found.source, "evidence": found.evidence,
            "selector": found.selector, "next_review_due": day(found.next_review_due),
            "due_evidence": found.due_evidence, "due_selector": found.due_selector,
            # read as last review or next review by the as-of date: an unchanged body is read again
            "as_of_dependent": any(c.source == "text" and c.date is not None and bare_review_label(c.label)
                                   for c in found.candidates)}


def from_stored(data: dict[str, Any] | None) -> ReviewDate | None:
    if not data:
        return None
    day = lambda s: dt.date.fromisoformat(s) if s else None  # noqa: E731
    return ReviewDate(date=day(data["date"]), source=data["source"], evidence=data["evidence"],
                      selector=data["selector"], next_review_due=day(data["next_review_due"]),
                      due_evidence=data["due_evidence"], due_selector=data["due_selector"])


def judge(url: str, found: ReviewDate | None, as_of: dt.date, limit: int | None,
          hints: list[dict[str, str]] | None = None) -> tuple[dict[str, Any], list[Finding]]:
    """The page's freshness dict (results.json ``pages[].freshness``) and its findings.

    ``hints``: what the weak sources (sitemap, Last-Modified) said, kept whether or not one gave the date.
    """
    date = found.date if found else None
    source = found.source if found else None
    evidence = found.evidence if found else ""
    selector = found.selector if found else ""
    due = found.next_review_due if found else None
    findings: list[Finding] = []

    def finding(rule: str, severity: str, message: str, text: str, where: str) -> None:
        findings.append(Finding(audit="freshness", rule=rule, severity=severity, page=url, message=message,
                                evidence=text, selector=where,
                                details={"date": date.isoformat() if date else None, "source": source,
                                         "max_age_days": limit,
                                         "next_review_due": due.isoformat() if due else None}))

    age = (as_of - date).days if date else None
    if date is None:
        state = "missing"
        if evidence:
            message = f"The review date label has no readable date: \"{evidence}\""
        else:
            message = "No review or update date found on the page"
        finding("missing-date", "minor", message, evidence, selector)
    elif date > as_of:
        state = "future"
        finding("future-date", "minor",
                f"Review date {date.isoformat()}{_SOURCE_NAMES.get(source or '', '')} is after the as-of date "
                f"{as_of.isoformat()}", evidence, selector)
    elif limit is not None and age is not None and age > limit:
        state = "stale"
        finding("stale-date", "moderate",
                f"Last reviewed {date.isoformat()}{_SOURCE_NAMES.get(source or '', '')}, {age} days ago "
                f"(limit {limit})", evidence, selector)
    else:
        state = "fresh"

    if due is not None and due < as_of:
        if state == "missing":
            findings.clear()  # the page does say when it is due; being overdue is the finding
        state = "stale"
        finding("review-overdue", "moderate",
                f"Next review was due {due.isoformat()}, {(as_of - due).days} days ago",
                found.due_evidence if found else "", found.due_selector if found else "")

    result = {"state": state, "date": date.isoformat() if date else None, "age_days": age, "source": source,
              "evidence": evidence, "max_age_days": limit, "next_review_due": due.isoformat() if due else None,
              "hints": list(hints or [])}
    return result, findings
