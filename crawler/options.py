"""The crawl's user-facing settings, and the parsers every Option uses.

Each ``Option`` is one TOML key, one ``--flag`` and one Scrapy setting (see
``audits.base.Option``). Parsers accept a command-line string or a TOML value
and raise ``ValueError`` with a message fit for the user.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any, Callable

from audits.base import Option

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(f"expected true or false, got {value!r}")


def int_at_least(minimum: int) -> Callable[[Any], int]:
    def parse(value: Any) -> int:
        if isinstance(value, bool):
            raise ValueError(f"expected a whole number, got {value!r}")
        try:
            number = int(str(value).strip()) if not isinstance(value, int) else value
        except ValueError:
            raise ValueError(f"expected a whole number, got {value!r}") from None
        if number < minimum:
            raise ValueError(f"must be at least {minimum}, got {number}")
        return number
    return parse


def float_between(minimum: float, maximum: float) -> Callable[[Any], float]:
    def parse(value: Any) -> float:
        try:
            number = float(value) if not isinstance(value, bool) else float("nan")
        except (TypeError, ValueError):
            raise ValueError(f"expected a number, got {value!r}") from None
        if not minimum <= number <= maximum:
            raise ValueError(f"must be between {minimum:g} and {maximum:g}, got {value!r}")
        return number
    return parse


def parse_date(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise ValueError(f"expected a date as YYYY-MM-DD, got {value!r}") from None


def parse_list(value: Any) -> list[str]:
    """A comma-separated string or a TOML array of strings."""
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [v.strip() for v in value if v.strip()]
    raise ValueError(f"expected a list of strings, got {value!r}")


def parse_patterns(value: Any) -> list[str]:
    patterns = parse_list(value)
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"bad regular expression {pattern!r}: {exc}") from None
    return patterns


def parse_text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"expected some text, got {value!r}")
    return value.strip()


CRAWL_OPTIONS: tuple[Option, ...] = (
    Option("out", "AUDITCRAWL_OUT", parse_text, "auditcrawl-report",
           "folder for results.json and the reports", "DIR"),
    Option("as_of", "AUDITCRAWL_AS_OF", parse_date, None,
           "judge dates as of this day (default: today)", "YYYY-MM-DD"),
    Option("audits", "AUDITCRAWL_AUDITS", parse_list, None,
           "audits to run, comma-separated, or none (default: all)", "LIST"),
    Option("max_pages", "AUDITCRAWL_MAX_PAGES", int_at_least(1), 10000, "stop following links after N pages", "N"),
    Option("max_depth", "AUDITCRAWL_MAX_DEPTH", int_at_least(0), 20, "follow links at most N clicks deep", "N"),
    Option("allow", "AUDITCRAWL_ALLOW", parse_patterns, [],
           "only crawl URLs matching one of these regular expressions", "REGEX,..."),
    Option("deny", "AUDITCRAWL_DENY", parse_patterns, [], "never crawl URLs matching these", "REGEX,..."),
    Option("max_url_length", "AUDITCRAWL_MAX_URL_LENGTH", int_at_least(16), 2083, "skip longer URLs", "N"),
    Option("max_body_bytes", "AUDITCRAWL_MAX_BODY_BYTES", int_at_least(1024), 5 * 1024 * 1024,
           "cut HTML bodies off after N bytes", "N"),
    Option("sitemaps", "AUDITCRAWL_SITEMAPS", parse_bool, True,
           "seed the crawl from robots.txt Sitemap lines and /sitemap.xml", "true|false"),
    Option("obey_robots", "ROBOTSTXT_OBEY", parse_bool, True, "obey robots.txt", "true|false"),
    Option("user_agent", "USER_AGENT", parse_text, None, "User-Agent header (default names auditcrawl)", "TEXT"),
    Option("concurrency", "CONCURRENT_REQUESTS_PER_DOMAIN", int_at_least(1), 4,
           "requests in flight per host", "N"),
    Option("autothrottle", "AUTOTHROTTLE_ENABLED", parse_bool, True,
           "adapt the request rate to the server's response times", "true|false"),
    Option("delay", "DOWNLOAD_DELAY", float_between(0, 60), 0, "least seconds between requests to a host", "S"),
    Option("timeout", "DOWNLOAD_TIMEOUT", float_between(1, 300), 20, "seconds before a request times out", "S"),
    Option("verify_certificates", "DOWNLOAD_VERIFY_CERTIFICATES", parse_bool, True,
           "treat invalid TLS certificates as failures (turn off for intranets with private CAs)", "true|false"),
    Option("retries", "RETRY_TIMES", int_at_least(0), 2, "retries after a timeout or a 5xx/429", "N"),
    Option("max_retry_after", "AUDITCRAWL_MAX_RETRY_AFTER", float_between(0, 600), 30,
           "longest Retry-After honoured, in seconds", "S"),
)
