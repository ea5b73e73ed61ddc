"""The link audit's user-facing options (TOML key, --flag, AUDITCRAWL_LINKS_* setting)."""
from __future__ import annotations

from typing import Any

from audits.base import Option
from audits.option_types import parse_bool, parse_patterns
from audits.option_types import read_options as _read_options

from .patterns import LEARN_MORE_PATTERNS, SOFT404_PATTERNS


def parse_seconds(value: Any) -> float:
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"expected a number of seconds, got {value!r}") from None
    if not 0 < seconds <= 600:
        raise ValueError(f"expected seconds between 0 and 600, got {value!r}")
    return seconds


def parse_retries(value: Any) -> int:
    try:
        retries = int(value)
    except (TypeError, ValueError):
        raise ValueError(f"expected a whole number, got {value!r}") from None
    if not 0 <= retries <= 10:
        raise ValueError(f"expected 0 to 10 retries, got {value!r}")
    return retries


OPTIONS: tuple[Option, ...] = (
    Option("links_timeout", "AUDITCRAWL_LINKS_TIMEOUT", parse_seconds, 20.0,
           "seconds to wait for a link target before calling it a timeout", "SECONDS"),
    Option("links_retries", "AUDITCRAWL_LINKS_RETRIES", parse_retries, 2,
           "retries after a timeout, a reset connection, a 5xx or a 429", "N"),
    Option("links_max_retry_after", "AUDITCRAWL_LINKS_MAX_RETRY_AFTER", parse_seconds, 30.0,
           "longest Retry-After (seconds) honoured before a 429 is reported as unverifiable", "SECONDS"),
    Option("links_check_external", "AUDITCRAWL_LINKS_CHECK_EXTERNAL", parse_bool, True,
           "check links to other sites (with HEAD, then GET); they are never crawled", "BOOL"),
    Option("links_exclude", "AUDITCRAWL_LINKS_EXCLUDE", parse_patterns, [],
           "regular expressions (one a line): matching link URLs are skipped", "REGEX"),
    Option("links_learn_more_patterns", "AUDITCRAWL_LINKS_LEARN_MORE_PATTERNS", parse_patterns,
           list(LEARN_MORE_PATTERNS), "regular expressions of call-to-action link texts (\"learn more\")", "REGEX"),
    Option("links_soft404_patterns", "AUDITCRAWL_LINKS_SOFT404_PATTERNS", parse_patterns,
           list(SOFT404_PATTERNS), "regular expressions of titles/headings of pages that say \"not found\"",
           "REGEX"),
    Option("links_unverifiable_is_broken", "AUDITCRAWL_LINKS_UNVERIFIABLE_IS_BROKEN", parse_bool, False,
           "count 401/403/429 and bot walls as broken instead of unverifiable", "BOOL"),
)


def read_options(settings: Any) -> dict[str, Any]:
    """The link audit's option values from Scrapy settings, by option name."""
    return _read_options(OPTIONS, settings)
