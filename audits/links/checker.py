"""Checks URLs through Scrapy's downloader: async, same slots, throttling and middlewares as the crawl.

Redirects are followed here, not by Scrapy's RedirectMiddleware, so the chain
is recorded and loops are seen; retries are done here too, so a 429's
Retry-After is honoured. External URLs are asked with HEAD first and with GET
when HEAD fails in any way. Requests to another origin than the audited site
carry no site cookies and none of the site's extra default headers.
"""
from __future__ import annotations

import asyncio
import email.utils
import functools
import logging
import re
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable
from urllib.parse import urljoin, urlsplit, urldefrag

from scrapy import Request, signals
from scrapy.exceptions import IgnoreRequest, StopDownload
from scrapy.http import TextResponse
from scrapy.utils.asyncio import sleep
from w3lib.url import safe_url_string

from crawler.scope import ascii_host

from . import verdicts as v
from .soft404 import page_signals

from .journal import check_key, fetch_from_dict, fetch_to_dict
from .store import CHECKED, MemoryLinkStore

if TYPE_CHECKING:
    from .journal import CheckJournal
    from .store import LinkStore

logger = logging.getLogger(__name__)

RETRY_STATUSES = (408, 429, 500, 502, 503, 504, 522, 524)
RETRY_KINDS = (v.TIMEOUT, v.RESET, v.OTHER)
NO_GET_FALLBACK_KINDS = (v.DNS, v.REFUSED, v.LOOP, v.TOO_MANY, v.SCHEME, v.ROBOTS, v.INVALID, v.TLS, v.LOGGED_IN)
# Headers a browser sends anyway; any other DEFAULT_REQUEST_HEADERS entry may be a site credential.
SAFE_DEFAULT_HEADERS = {"accept", "accept-language", "accept-encoding", "user-agent"}
META_FLAG = "auditcrawl_links"
RECENT_CHECKS = 1000  # finished checks also kept in memory (a site links the same few external URLs often)
_SSL_DETAIL = re.compile(r"'([^']*)'\)\]")  # OpenSSL.SSL.Error: [('SSL routines', '', 'certificate verify failed')]


@functools.lru_cache(maxsize=4096)  # asked for every link of every page (is_site): navigation repeats the same URLs
# (bounded small: 50,000 entries were about 250 bytes each, most of them the site's own URLs asked for once)
def origin(url: str) -> tuple[str, int | None]:
    """Host (``www.`` dropped) and port: the crawl's notion of one site, http and https alike."""
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = None
    if port == {"http": 80, "https": 443}.get(parts.scheme):
        port = None
    return ascii_host(parts.hostname or "").removeprefix("www."), port


def url_key(url: str) -> str:
    """The form a URL is checked and de-duplicated in: safe-encoded, without its fragment."""
    return urldefrag(safe_url_string(url))[0]


def retry_after_seconds(value: str | bytes | None, now: float | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP date); ``None`` when absent or bad."""
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def describe_failure(exc: BaseException, timeout: float) -> tuple[str, str]:
    """``(kind, readable reason)`` for a download exception."""
    name = type(exc).__name__
    text = f"{name}: {exc}"
    if isinstance(exc, IgnoreRequest):
        if str(exc).startswith("not requested while logged in"):  # crawler.auth.middleware
            return v.LOGGED_IN, str(exc)
        if "robots" in str(exc).lower() or "Forbidden by robots.txt" in str(exc):
            return v.ROBOTS, "disallowed by robots.txt"
        return v.ROBOTS if "robots" in text.lower() else v.OTHER, f"request dropped: {exc}"
    if name in ("DownloadTimeoutError", "TimeoutError", "TCPTimedOutError", "UserTimeoutError") \
            or "took longer than" in str(exc):
        return v.TIMEOUT, f"timeout after {timeout:g} s"
    if name in ("CannotResolveHostError", "DNSLookupError") or "DNS lookup failed" in str(exc):
        return v.DNS, "DNS lookup failed"
    if name in ("DownloadConnectionRefusedError", "ConnectionRefusedError"):
        return v.REFUSED, "connection refused"
    lower = text.lower()
    if any(s in lower for s in ("ssl", "tls", "certificate", "handshake")):
        detail = _SSL_DETAIL.findall(str(exc))
        return v.TLS, f"TLS error ({detail[-1] if detail and detail[-1] else str(exc)[:120] or name})"
    if any(s in lower for s in ("refused",)):
        return v.REFUSED, "connection refused"
    if any(s in lower for s in ("connectionlost", "connectiondone", "reset", "connection was closed",
                                "responsenever", "dataloss", "connection lost")):
        return v.RESET, "connection reset or closed"
    if isinstance(exc, ValueError):
        return v.INVALID, f"invalid URL ({exc})"
    return v.OTHER, f"download failed ({name})"


@dataclass
class CheckerConfig:
    timeout: float = 20.0
    retries: int = 2
    max_retry_after: float = 30.0
    max_redirects: int = 10
    concurrency: int = 16
    max_body_bytes: int = 2 * 1024 * 1024
    backoff: float = 0.5  # first retry delay for 5xx and network errors, doubled each time


class Checker:
    """Fetches facts (:class:`~audits.links.verdicts.Fetch`) about URLs, each URL once.

    ``site_origins``: origins of the audited site; requests there use the
    crawl's cookies and obey its robots.txt, requests elsewhere do neither.
    """

    def __init__(self, crawler: Any, config: CheckerConfig, site_origins: Iterable[str] = (),
                 journal: "CheckJournal | None" = None, store: "LinkStore | None" = None) -> None:
        self.crawler = crawler
        self.journal = journal  # completed checks are logged there; a resumed run starts from them
        self.config = config
        self.site_origins = {origin(u) for u in site_origins}
        # checks in flight; a finished check's facts go to the link store (on disk, or Redis), with the last
        # few in memory: memory does not grow with the number of URLs checked
        self._tasks: dict[tuple[str, bool], asyncio.Future[v.Fetch]] = {}
        self._recent: OrderedDict[tuple[str, bool], v.Fetch] = OrderedDict()
        self._store = store if store is not None else MemoryLinkStore()
        if journal is not None:
            journal.replay(self._store)
        self._sem: asyncio.Semaphore | None = None
        defaults = crawler.settings.getdict("DEFAULT_REQUEST_HEADERS") if crawler else {}
        self._strip_headers = [k for k in defaults if k.lower() not in SAFE_DEFAULT_HEADERS]
        self.requests_sent = 0
        if crawler is not None:
            crawler.signals.connect(self._headers_received, signal=signals.headers_received)
            crawler.signals.connect(self._bytes_received, signal=signals.bytes_received)

    def is_site(self, url: str) -> bool:
        return origin(url) in self.site_origins

    def check(self, url: str, *, internal: bool | None = None, want_body: bool = False) -> asyncio.Future[v.Fetch]:
        """Start (or join) the check of ``url``; the future resolves to a Fetch, never raises."""
        key = url_key(url)
        internal = self.is_site(key) if internal is None else internal
        want_body = want_body or internal
        task_key = (key, want_body)
        if task_key in self._tasks:
            return self._tasks[task_key]
        known = self._finished(task_key)
        if known is None and self.journal is not None:  # checked before the run was killed
            known = self.journal.known(self._store, key, want_body)
        if known is not None:
            future: asyncio.Future[v.Fetch] = asyncio.get_event_loop().create_future()
            future.set_result(known)
            return future
        task = self._tasks[task_key] = asyncio.ensure_future(self._guarded(key, internal, want_body))
        task.add_done_callback(lambda done, task_key=task_key: self._done(task_key, done))
        return task

    def _finished(self, task_key: tuple[str, bool]) -> v.Fetch | None:
        """This run's finished check of (URL, body read), from the recent ones or the store."""
        fetch = self._recent.get(task_key)
        if fetch is not None:
            self._recent.move_to_end(task_key)
            return fetch
        data = self._store.results(CHECKED, [check_key(*task_key)]).get(check_key(*task_key))
        return fetch_from_dict(data) if data is not None else None

    def _done(self, task_key: tuple[str, bool], done: asyncio.Future) -> None:
        del self._tasks[task_key]
        if done.cancelled():
            return
        fetch = done.result()
        self._store.put_results(CHECKED, {check_key(*task_key): fetch_to_dict(fetch)})
        self._recent[task_key] = fetch
        if len(self._recent) > RECENT_CHECKS:
            self._recent.popitem(last=False)
        if self.journal is not None:
            self.journal.record(*task_key, fetch)

    async def _guarded(self, url: str, internal: bool, want_body: bool) -> v.Fetch:
        if self._sem is None:
            self._sem = asyncio.Semaphore(self.config.concurrency)
        async with self._sem:
            try:
                return await self._check(url, internal, want_body)
            except Exception as exc:  # never let one URL break the audit
                logger.exception("link check of %s failed", url)
                kind, reason = describe_failure(exc, self.config.timeout)
                return v.Fetch(url=url, final_url=url, error=reason, error_kind=kind)

    async def _check(self, url: str, internal: bool, want_body: bool) -> v.Fetch:
        if internal or want_body:  # the body is needed anyway (a fragment to find): skip the HEAD probe
            return await self._follow(url, "GET", want_body)
        head = await self._follow(url, "HEAD", want_body, retries=0)
        if head.status is not None and head.status < 400 and not want_body:
            return head
        if head.status is None and head.error_kind in NO_GET_FALLBACK_KINDS:
            return head
        return await self._follow(url, "GET", True)  # the body costs little now: soft-404s show

    async def _follow(self, url: str, method: str, want_body: bool, retries: int | None = None) -> v.Fetch:
        chain: list[dict[str, Any]] = []
        seen = {url}
        current = url
        attempts_total = 0
        for _ in range(self.config.max_redirects + 1):
            response, error, attempts, note = await self._fetch(current, method, want_body, retries)
            attempts_total += attempts
            if response is None:
                kind, reason = error
                return v.Fetch(url=url, final_url=current, chain=chain, error=reason, error_kind=kind,
                               attempts=attempts_total, method=method, note=note)
            status = response.status
            location = response.headers.get(b"Location")
            if 300 <= status < 400 and status != 304 and location:
                target = safe_url_string(urljoin(current, location.decode("latin-1").strip()))
                chain.append({"url": current, "status": status})
                scheme = urlsplit(target).scheme.lower()
                if scheme not in ("http", "https"):
                    return v.Fetch(url=url, final_url=target, chain=chain, attempts=attempts_total,
                                   error=f"redirect to a non-http(s) URL ({scheme}:)", error_kind=v.SCHEME,
                                   method=method)
                target = urldefrag(target)[0]
                if target in seen:
                    return v.Fetch(url=url, final_url=target, chain=chain, error="redirect loop",
                                   error_kind=v.LOOP, attempts=attempts_total, method=method)
                seen.add(target)
                current = target
                if status == 303:
                    method = "GET" if method != "HEAD" else "HEAD"
                continue
            return self._facts(url, current, response, chain, attempts_total, method, note)
        return v.Fetch(url=url, final_url=current, chain=chain, attempts=attempts_total, method=method,
                       error=f"too many redirects (more than {self.config.max_redirects})",
                       error_kind=v.TOO_MANY)

    def _facts(self, url: str, final: str, response: Any, chain: list[dict[str, Any]], attempts: int,
               method: str, note: str) -> v.Fetch:
        headers = {k.decode("latin-1").lower(): b", ".join(vals).decode("latin-1")
                   for k, vals in response.headers.items()
                   if k.lower() in (b"content-type", b"server", b"cf-mitigated", b"x-amzn-waf-action",
                                    b"x-datadome", b"x-sucuri-block", b"retry-after", b"location")}
        fetch = v.Fetch(url=url, final_url=final, status=response.status, chain=chain, headers=headers,
                        content_type=headers.get("content-type", "").split(";")[0].strip().lower(),
                        attempts=attempts, method=method, note=note,
                        truncated="download_stopped" in response.flags and method == "GET")
        if method == "GET" and isinstance(response, TextResponse) and fetch.is_html and response.body:
            fetch.title, fetch.heading, fetch.anchors = page_signals(response.text)
        return fetch

    async def _fetch(self, url: str, method: str, want_body: bool, retries: int | None
                     ) -> tuple[Any, tuple[str, str], int, str]:
        """One hop with retries: ``(response or None, (kind, reason), attempts, note)``."""
        retries = self.config.retries if retries is None else retries
        attempt = 0
        while True:
            attempt += 1
            try:
                response = await self._download(url, method, want_body)
            except Exception as exc:  # Scrapy/Twisted failures arrive as exceptions
                kind, reason = describe_failure(exc, self.config.timeout)
                logger.debug("link check: %s %s failed: %r", method, url, exc)
                if kind in RETRY_KINDS and attempt <= retries and not isinstance(exc, IgnoreRequest):
                    await sleep(self.config.backoff * 2 ** (attempt - 1))
                    continue
                note = f"{attempt} attempts" if attempt > 1 else ""
                return None, (kind, reason), attempt, note
            status = response.status
            if status in RETRY_STATUSES and attempt <= retries:
                wait = retry_after_seconds(response.headers.get(b"Retry-After"))
                if wait is not None and wait > self.config.max_retry_after:
                    return response, ("", ""), attempt, (
                        f"Retry-After {wait:g} s exceeds the {self.config.max_retry_after:g} s bound")
                await sleep(wait if wait is not None else self.config.backoff * 2 ** (attempt - 1))
                continue
            note = f"after {attempt - 1} {'retry' if attempt == 2 else 'retries'}" if attempt > 1 and status >= 400 else ""
            return response, ("", ""), attempt, note

    async def _download(self, url: str, method: str, want_body: bool) -> Any:
        site = self.is_site(url)
        meta = {
            META_FLAG: True, "auditcrawl_links_body": want_body and method == "GET",
            "dont_redirect": True, "dont_retry": True, "handle_httpstatus_all": True,
            "download_timeout": self.config.timeout, "allow_offsite": True,
            # robots.txt governs crawling the site; a single check of another site's URL is a visit
            "dont_obey_robotstxt": not site,
        }
        headers: dict[str, Any] = {}
        if not site:
            meta["dont_merge_cookies"] = True  # no site cookies out, no foreign cookies in
            headers = {name: None for name in self._strip_headers}  # blocks DefaultHeadersMiddleware
        request = Request(url, method=method, meta=meta, headers=headers, dont_filter=True)
        self.requests_sent += 1
        logger.debug("link check: %s %s", method, url)
        engine = self.crawler.engine
        return await engine.download_async(request)

    def _headers_received(self, headers: Any, body_length: int, request: Request, **_: Any) -> None:
        if not request.meta.get(META_FLAG) or request.method == "HEAD":
            return
        ctype = (headers.get(b"Content-Type") or b"").lower()
        if not request.meta.get("auditcrawl_links_body") or b"html" not in ctype:
            raise StopDownload(fail=False)

    def _bytes_received(self, data: bytes, request: Request, **_: Any) -> None:
        if not request.meta.get(META_FLAG):
            return
        received = request.meta.get("auditcrawl_links_bytes", 0) + len(data)
        request.meta["auditcrawl_links_bytes"] = received
        if received > self.config.max_body_bytes:
            raise StopDownload(fail=False)
