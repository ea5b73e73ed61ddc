"""What the crawl follows: the start hosts, allow/deny patterns, limits and crawler traps.

Every URL the spider discovers goes through ``Scope.check``; a URL it will not
crawl gets a reason, which the run counts in ``coverage.skipped``. Traps are
judged from the URL alone, so they end without fetching their pages:

- calendars: date-like query values or path segments (``?month=2031-04``,
  ``/events/2031/04/``) are allowed a bounded number of variants per path;
- repeating path segments (``/a/b/a/b/``, ``/x/x/x/``);
- any one path with an unbounded number of query strings;
- session ids (``;jsessionid=``, ``PHPSESSID=``...) are stripped from URLs
  instead of making every visit look new.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url, safe_url_string

SESSION_PARAMS = ("jsessionid", "phpsessid", "sid", "sessionid", "session_id", "aspsessionid",
                  "cfid", "cftoken", "sessid", "s_id", "zenid", "oscsid")
_PATH_SESSION = re.compile(r";(?:jsessionid|phpsessid|sessionid|sid)=[^/?#]*", re.I)
_DATE_PARAM_NAMES = {"month", "year", "day", "date", "week", "cal", "calendar", "ym", "ymd", "period",
                     "start", "end", "from", "to", "mon", "yr", "tribe-bar-date", "eventdate"}
_DATE_VALUE = re.compile(r"^(?:\d{4}[-/]\d{1,2}(?:[-/]\d{1,2})?|\d{6}|\d{8}|\d{1,2}[-/]\d{4}|\d{4})$")
_DATE_SEGMENT = re.compile(r"^(?:19|20|21)\d{2}$|^\d{4}-\d{2}(?:-\d{2})?$")


@dataclass
class ScopeConfig:
    hosts: set[str]
    allow: list[re.Pattern[str]] = field(default_factory=list)
    deny: list[re.Pattern[str]] = field(default_factory=list)
    max_depth: int = 20
    max_url_length: int = 2083
    max_date_variants: int = 12  # per path: pages of a calendar before it counts as a trap
    max_query_variants: int = 200  # per path: distinct query strings before it counts as a trap


def ascii_host(hostname: str) -> str:
    """Lower-case host name, an IDN in the punycode form Scrapy requests (and links on its pages use)."""
    host = hostname.lower()
    if not host.isascii():
        host = (urlsplit(safe_url_string(f"http://{host}/")).hostname or host).lower()
    return host


def host_key(url: str) -> str:
    """Host and port, with a leading ``www.`` dropped, so www and bare hosts are one site."""
    parts = urlsplit(url)
    host = ascii_host(parts.hostname or "")
    if host.startswith("www."):
        host = host[4:]
    default_port = {"http": 80, "https": 443}.get(parts.scheme)
    port = parts.port if parts.port and parts.port != default_port else None
    return f"{host}:{port}" if port else host


def strip_session_ids(url: str) -> tuple[str, bool]:
    """Remove session ids from the path and query; say whether any were there."""
    cleaned = _PATH_SESSION.sub("", url)
    query_names = {name.lower() for name, _ in parse_qsl(urlsplit(cleaned).query, keep_blank_values=True)}
    if query_names & set(SESSION_PARAMS):
        parts = urlsplit(cleaned)
        kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() not in SESSION_PARAMS]
        cleaned = urlunsplit(parts._replace(query=urlencode(kept)))
    return cleaned, cleaned != url


def without_default_port(url: str) -> str:
    """``http://host:80/a`` -> ``http://host/a``: one page, not two (Scrapy's duplicate filter keeps the port)."""
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:  # a bad port: left for the caller to reject
        return url
    suffix = f":{port}"
    if port is not None and port == {"http": 80, "https": 443}.get(parts.scheme) and parts.netloc.endswith(suffix):
        return urlunsplit(parts._replace(netloc=parts.netloc[: -len(suffix)]))
    return url


def without_fragment(url: str) -> str:
    return urlunsplit(urlsplit(url)._replace(fragment=""))


class Scope:
    """Decides, for each discovered URL, whether the crawl fetches it, and why not."""

    def __init__(self, config: ScopeConfig):
        self.config = config
        self._date_variants: dict[str, set[str]] = defaultdict(set)
        self._query_variants: dict[str, set[str]] = defaultdict(set)

    def normalise(self, url: str) -> tuple[str, bool]:
        """The URL the crawl requests: no fragment, no session id, no default port. Returns (url, had_session_id)."""
        url, had_session = strip_session_ids(without_fragment(url))
        return without_default_port(url), had_session

    def skip_reason(self, url: str, depth: int) -> str | None:
        """``None`` when the URL is to be crawled, otherwise the reason it is not."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return "not_http"
        if host_key(url) not in self.config.hosts:
            return "offsite"
        if len(url) > self.config.max_url_length:
            return "url_length"
        if any(p.search(url) for p in self.config.deny):
            return "denied"
        if self.config.allow and not any(p.search(url) for p in self.config.allow):
            return "not_allowed"
        if depth > self.config.max_depth:
            return "max_depth"
        return self._trap_reason(parts)

    def _trap_reason(self, parts) -> str | None:
        segments = [s for s in parts.path.split("/") if s]
        if _repeats(segments):
            return "trap:repeating_path"
        query = parse_qsl(parts.query, keep_blank_values=True)
        date_keys = [(k, v) for k, v in query if k.lower() in _DATE_PARAM_NAMES or _DATE_VALUE.match(v)]
        dated_segments = [s for s in segments if _DATE_SEGMENT.match(s)]
        if date_keys or dated_segments:
            stem = "/".join("{d}" if _DATE_SEGMENT.match(s) else s for s in segments)
            key = f"{parts.netloc}/{stem}?{','.join(sorted(k for k, _ in query))}"
            variant = canonicalize_url(urlunsplit(parts))
            seen = self._date_variants[key]
            if variant not in seen and len(seen) >= self.config.max_date_variants:
                return "trap:calendar"
            seen.add(variant)
        if parts.query:
            key = f"{parts.netloc}{parts.path}"
            seen = self._query_variants[key]
            query_key = canonicalize_url(urlunsplit(parts))
            if query_key not in seen and len(seen) >= self.config.max_query_variants:
                return "trap:query_variants"
            seen.add(query_key)
        return None


def _repeats(segments: list[str]) -> bool:
    """True for paths that repeat themselves: a segment three times, or a block of 2+ twice in a row."""
    counts: dict[str, int] = defaultdict(int)
    for segment in segments:
        counts[segment] += 1
        if counts[segment] >= 3:
            return True
    n = len(segments)
    for size in range(2, n // 2 + 1):
        for start in range(0, n - 2 * size + 1):
            if segments[start:start + size] == segments[start + size:start + 2 * size]:
                return True
    return False
