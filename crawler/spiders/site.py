"""The site spider: crawls the start URLs' hosts and turns every response into a PageRecord.

``scrapy crawl site -a url=https://www.example.gov/`` works as well as the
``auditcrawl`` command. Robots.txt, retries, throttling and duplicate
filtering are Scrapy's; this spider adds what an audit needs:

- sitemaps from robots.txt ``Sitemap:`` lines (or ``/sitemap.xml``) seed the
  crawl, sitemap indexes and gzipped sitemaps included, and their
  ``<lastmod>`` is kept for the freshness audit;
- redirects are followed here, one hop at a time, so that every hop, loop and
  off-site redirect is on record;
- ``crawler.scope`` decides what is followed and why not (coverage).
"""
from __future__ import annotations

import codecs
import re
from collections import Counter
from typing import Any, AsyncIterator, Iterator
from urllib.parse import urljoin, urlsplit

from scrapy import Request, Spider, signals
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.utils.gz import gunzip, gzip_magic_number
from scrapy.utils.sitemap import Sitemap
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom, resolve_encoding

from crawler.auth.login import FormLogin, LoginFailed, same_page
from crawler.auth.middleware import GuardedRequest
from crawler.auth.session import AuthSession
from crawler.extract import parse_html
from crawler.failures import describe_failure
from crawler.items import PageRecord
from crawler.runstate.incremental import PREVIOUS_META, IncrementalRun, record_from_previous, same_body
from crawler.runstate import RunState
from crawler.runstate.seen import SeenSet, open_seen_set
from crawler.scope import Scope, ScopeConfig, host_key
from crawler.throttle import apply_crawl_delay
from crawler.urls import validate_start_url

HTML_TYPES = ("text/html", "application/xhtml+xml")
HEADERS_OF_INTEREST = ("content-type", "last-modified", "etag", "cache-control", "content-language",
                       "x-robots-tag", "content-length", "server", "date", "retry-after",
                       # bot walls: a challenge page is "unverifiable", not the site's content
                       "cf-mitigated", "x-amzn-waf-action", "x-datadome", "x-sucuri-block")
FOLLOWED_TAGS = ("a", "area", "iframe", "meta")  # meta: a refresh to another page


def page_encoding(response: Response) -> str:
    """The encoding a browser reads ``response`` in.

    A charset from the Content-Type header, a BOM or a ``<meta>`` wins (Scrapy resolves it). Without
    any, bytes that are not UTF-8 are windows-1252, the WHATWG default for such pages: Scrapy would
    guess (charset_normalizer reads a short English page with curly quotes as cp852).
    """
    body = response.body
    declared = (http_content_type_encoding(response.headers.get("Content-Type", b"").decode("latin-1"))
                or read_bom(body)[0] or html_body_declared_encoding(body))
    if declared:
        return getattr(response, "encoding", None) or resolve_encoding(declared) or "utf-8"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(body, final=False)  # a cut-off last character is fine
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def seen_as_written(seen: Any, url: str) -> bool:
    """``url`` is in ``seen`` as written, when that is cheap to ask (a set in memory or on disk: cheaper than
    normalising the URL; not a set shared through Redis, a round trip)."""
    return isinstance(seen, (set, SeenSet)) and url in seen


def first_sight(seen: Any, url: str) -> bool:
    """Add ``url`` to ``seen``; ``False`` when it was there. A set shared by several crawler processes
    (``crawler.frontier.shared.SharedSet``) answers for all of them at once."""
    if hasattr(seen, "add_new"):
        return seen.add_new(url)
    if url in seen:
        return False
    seen.add(url)
    return True


class SiteSpider(Spider):
    name = "site"

    def __init__(self, url: str | None = None, urls: str | None = None, **kwargs: Any):
        super().__init__(**kwargs)
        self._arg_urls = [u for u in ([url] if url else []) + (urls.split(",") if urls else []) if u]
        self.discovered: Any = set()  # a SeenSet on disk once from_crawler has the settings
        self.skipped: Counter[str] = Counter()
        self.scheduled = 0
        self.sitemap_lastmod: dict[str, str] = {}
        self.redirects: dict[str, dict[str, Any]] = {}  # hop URL -> {"status", "location"}
        self.crawl_delays: dict[str, float] = {}  # hostname -> seconds (robots.txt Crawl-delay)
        self.start_results: dict[str, Any] = {}  # start URL -> status, or a failure reason
        self.run_state: RunState | None = None

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any) -> "SiteSpider":
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider._configure(crawler.settings)
        spider.discovered = open_seen_set(crawler.settings, "discovered")  # on disk in an auditcrawl audit run
        crawler.signals.connect(spider._close_seen, signal=signals.spider_closed)
        spider.run_state = RunState.of(crawler)
        crawler.signals.connect(spider.robots_parsed, signal=signals.robots_parsed)
        return spider

    def _configure(self, settings) -> None:
        raw_urls = self._arg_urls or settings.getlist("AUDITCRAWL_START_URLS")
        self.start_urls = [validate_start_url(u) for u in raw_urls]
        if not self.start_urls:
            raise ValueError("no start URL given (scrapy crawl site -a url=https://...)")
        self.scope = Scope(ScopeConfig(
            hosts={host_key(u) for u in self.start_urls},
            allow=[re.compile(p) for p in settings.getlist("AUDITCRAWL_ALLOW")],
            deny=[re.compile(p) for p in settings.getlist("AUDITCRAWL_DENY")],
            max_depth=settings.getint("AUDITCRAWL_MAX_DEPTH"),
            max_url_length=settings.getint("AUDITCRAWL_MAX_URL_LENGTH"),
            max_date_variants=settings.getint("AUDITCRAWL_MAX_DATE_VARIANTS"),
            max_query_variants=settings.getint("AUDITCRAWL_MAX_QUERY_VARIANTS"),
        ))
        # The URL each start URL is requested as (no fragment...) -> the start URL as given, which
        # start_results is keyed by (run.start_urls lists them as given).
        self._start_requested = {self.scope.normalise(u)[0]: u for u in self.start_urls}
        self.max_pages = settings.getint("AUDITCRAWL_MAX_PAGES")
        self.max_redirects = settings.getint("AUDITCRAWL_MAX_REDIRECTS")
        self.max_body = settings.getint("AUDITCRAWL_MAX_BODY_BYTES")
        self.use_sitemaps = settings.getbool("AUDITCRAWL_SITEMAPS") and not settings.getbool("AUDITCRAWL_URLS_ONLY")
        self.urls_only = settings.getbool("AUDITCRAWL_URLS_ONLY")
        self.max_crawl_delay = settings.getfloat("AUDITCRAWL_MAX_CRAWL_DELAY")
        self.timeout = settings.getfloat("DOWNLOAD_TIMEOUT")
        self.obey_robots = settings.getbool("ROBOTSTXT_OBEY")

    # -- starting points -------------------------------------------------

    async def start(self) -> AsyncIterator[Request]:
        self.auth = AuthSession.of(self.crawler)
        if self.auth.config.login_url:  # log in first; a failed login audits nothing (the CLI exits 3)
            self.form_login = self.auth.form_login = FormLogin(self.auth, self.crawler.engine)
            try:
                await self.form_login.login()
            except LoginFailed as exc:
                self.auth.failed(str(exc))
                return
        if self.run_state is not None and self.run_state.resuming:
            for request in self._resume(self.run_state):
                yield request
        for url in self.start_urls:
            for request in self._follow(url, depth=0, referrer=None, force=True):
                yield request
        if self.use_sitemaps and not self.obey_robots:
            for origin in {f"{urlsplit(u).scheme}://{urlsplit(u).netloc}" for u in self.start_urls}:
                yield self._sitemap_request(f"{origin}/sitemap.xml")

    def _resume(self, run_state: RunState) -> Iterator[Request]:
        """Rebuild what the killed process knew, and its frontier: the done pages' links are followed
        again (the dupefilter drops the done ones), so the pages discovered but not done are crawled."""
        for event in run_state.events:
            kind = event.get("event")
            if kind == "redirect":
                self.redirects[event["url"]] = {"status": event["status"], "location": event["location"]}
            elif kind == "start_result":
                self.start_results[event["url"]] = event["value"]
            elif kind == "host":
                self.scope.config.hosts.add(event["host"])
            elif kind == "lastmod":
                self.sitemap_lastmod[event["url"]] = event["value"]
        for done in run_state.done:
            page = done.page
            if page.requested_url not in self.discovered:
                self.discovered.add(page.requested_url)
                self.scheduled += 1
            self.discovered.update(hop["url"] for hop in page.redirect_chain if hop.get("url"))
            self.discovered.add(page.url)
            yield from self._follow_links(page)

    def _close_seen(self) -> None:
        close = getattr(self.discovered, "close", None)
        if close is not None:
            close()

    def _remember(self, kind: str, **data: Any) -> None:
        """Log what a resumed run must know and cannot learn again from the pages (run state)."""
        if self.run_state is not None:
            self.run_state.event(kind, **data)

    def robots_parsed(self, robotparser, request: Request) -> None:
        """Scrapy parsed a host's robots.txt: take its Crawl-delay and its Sitemap lines."""
        parts = urlsplit(request.url)
        if host_key(request.url) not in self.scope.config.hosts:
            return
        delay = getattr(robotparser, "crawl_delay", lambda ua: None)(self.settings.get("USER_AGENT"))
        if delay:
            self.crawl_delays[parts.hostname or ""] = min(float(delay), self.max_crawl_delay)
            slot = self.crawler.engine.downloader.slots.get(parts.hostname or "")
            if slot is not None:
                apply_crawl_delay(slot, self.crawl_delays[parts.hostname or ""])
        if not self.use_sitemaps:
            return
        protego = getattr(robotparser, "rp", None)
        sitemaps = list(getattr(protego, "sitemaps", []) or [])
        for sitemap_url in sitemaps or [f"{parts.scheme}://{parts.netloc}/sitemap.xml"]:
            sitemap_url = urljoin(request.url, sitemap_url)
            # robots.txt is crawled content: its Sitemap lines may name any host; the crawl stays on the site
            if self._on_site(sitemap_url):
                self.crawler.engine.crawl(self._sitemap_request(sitemap_url))
            else:
                self.crawler.stats.inc_value("auditcrawl/sitemaps/offsite")

    def _on_site(self, url: str) -> bool:
        try:
            return urlsplit(url).scheme in ("http", "https") and host_key(url) in self.scope.config.hosts
        except ValueError:
            return False

    def _sitemap_request(self, url: str, hops: int = 0) -> Request:
        # redirects are off for the whole crawl; a sitemap's are followed here, on the site only
        return Request(url, callback=self.parse_sitemap, errback=self.sitemap_failed, priority=10,
                       meta={"auditcrawl_sitemap": True, "auditcrawl_hops": hops,
                             "handle_httpstatus_list": [301, 302, 303, 307, 308]})

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        if 300 <= response.status < 400:  # /sitemap.xml -> /sitemap_index.xml (WordPress), http -> https
            location = response.headers.get("Location")
            hops = response.meta.get("auditcrawl_hops", 0) + 1
            try:
                target = urljoin(response.url, location.decode("latin-1").strip()) if location else ""
            except ValueError:
                target = ""
            if target and hops <= self.max_redirects and self._on_site(target):
                yield self._sitemap_request(target, hops)
            else:
                self.crawler.stats.inc_value("auditcrawl/sitemaps/failed")
            return
        body = response.body
        # by the bytes, not the name: a .xml.gz served with Content-Encoding: gzip arrives unpacked
        if gzip_magic_number(response):
            try:
                body = gunzip(body, max_size=self.max_body * 10)
            except (OSError, ValueError) as exc:
                self.logger.warning("unreadable gzipped sitemap %s: %s", response.url, exc)
                self.crawler.stats.inc_value("auditcrawl/sitemaps/unreadable")
                return
        try:
            sitemap = Sitemap(body)
        except Exception as exc:  # lxml refuses the body: not a sitemap
            self.logger.warning("not a sitemap: %s (%s)", response.url, exc)
            self.crawler.stats.inc_value("auditcrawl/sitemaps/unreadable")
            return
        self.crawler.stats.inc_value("auditcrawl/sitemaps/read")
        for entry in sitemap:
            loc = (entry.get("loc") or "").strip()
            if not loc:
                continue
            try:
                loc = urljoin(response.url, loc)  # the protocol wants absolute URLs; real sitemaps vary
            except ValueError:  # "http://[::1": nothing to fetch
                self.skipped["malformed_url"] += 1
                continue
            if sitemap.type == "sitemapindex":
                if self._on_site(loc):
                    yield self._sitemap_request(loc)
            else:
                if entry.get("lastmod"):
                    key, value = self.scope.normalise(loc)[0], entry["lastmod"].strip()
                    if self.sitemap_lastmod.get(key) != value:
                        self.sitemap_lastmod[key] = value
                        self._remember("lastmod", url=key, value=value)
                yield from self._follow(loc, depth=1, referrer=response.url)

    def sitemap_failed(self, failure) -> None:
        self.crawler.stats.inc_value("auditcrawl/sitemaps/failed")

    # -- following links -------------------------------------------------

    def _follow(self, url: str, depth: int, referrer: str | None, force: bool = False,
                text: str = "") -> Iterator[Request]:
        """Schedule ``url`` unless it was seen, is out of scope, a trap, or over the page budget."""
        if seen_as_written(self.discovered, url):
            return  # seen as written: normalising is idempotent, so its normalised form was seen (most links)
        try:
            url, had_session = self.scope.normalise(url)
            host_key(url)
        except ValueError:  # a malformed URL ("http://[::1"): nothing to fetch; the link audit reports it
            self.skipped["malformed_url"] += 1
            return
        if had_session:
            self.crawler.stats.inc_value("auditcrawl/session_ids_stripped")
        if not first_sight(self.discovered, url):
            return
        reason = None if force else self.scope.skip_reason(url, depth) or self._guard_reason(url, text)
        if reason is None and self.scheduled >= self.max_pages:
            reason = "max_pages"
        if reason:
            self.skipped[reason] += 1
            return
        self.scheduled += 1
        yield self._page_request(url, depth=depth, referrer=referrer, requested_url=url, chain=[])

    def _page_request(self, url: str, *, depth: int, referrer: str | None, requested_url: str,
                      chain: list[dict[str, Any]]) -> Request:
        headers = {"Referer": referrer} if referrer else None
        return Request(url, callback=self.parse_page, errback=self.page_failed, headers=headers, meta={
            "depth": depth, "referrer": referrer, "requested_url": requested_url, "redirect_chain": chain,
            "handle_httpstatus_all": True, "dont_redirect": True,
        })

    # -- responses ---------------------------------------------------------

    def parse_page(self, response: Response) -> Iterator[PageRecord | Request]:
        meta = response.meta
        previous = meta.get(PREVIOUS_META)  # --incremental: the page as the last run stored it
        not_modified = response.status == 304 and bool(previous)
        start = self._start_of(meta)
        if start is not None:
            start_status = previous["status"] if not_modified else response.status
            self.start_results[start] = start_status
            self._remember("start_result", url=start, value=start_status)
            auth = getattr(self, "auth", None)
            if response.status == 401 and auth is not None and auth.config.request_headers() and not auth.failure:
                auth.failed(f"{start} answered 401 Unauthorized to the credentials given "
                            f"({'Basic auth user ' + auth.config.basic_user if auth.config.basic_user else 'headers'}:"
                            " wrong password?)")
        location = response.headers.get("Location")
        if 300 <= response.status < 400 and location:
            yield from self._redirect(response, location.decode("latin-1"))
            return
        if not_modified:  # our conditional request: the stored page stands
            record = record_from_previous(previous, url=response.url, meta=meta, headers=self._headers(response),
                                          sitemap_lastmod=self._lastmod(response))
        else:
            record = self._record(response, previous)
            if previous:
                record.extra["previous"] = previous
        yield record
        yield from self._follow_links(record)

    def _follow_links(self, record: PageRecord) -> Iterator[Request]:
        if record.is_html and record.status is not None and record.status < 400 and not self.urls_only:
            for link in record.links:
                if link.tag in FOLLOWED_TAGS:
                    yield from self._follow(link.url, depth=record.depth + 1, referrer=record.url,
                                            text=link.text or "")

    def _guard_reason(self, url: str, text: str) -> str | None:
        """While logged in: logout and destructive links are not followed (``crawler.auth.guard``)."""
        auth = getattr(self, "auth", None)
        return auth.guard.skip_reason(url, text) if auth is not None else None

    def _redirect(self, response: Response, location: str) -> Iterator[PageRecord | Request]:
        meta = response.meta
        target = urljoin(response.url, location.strip())
        login_url = self.auth.config.login_url if getattr(self, "auth", None) else None
        if login_url and same_page(target, login_url) and not same_page(response.url, login_url):
            yield from self._session_expired(response)
            return
        self.redirects[response.url] = {"status": response.status, "location": target}
        self._remember("redirect", url=response.url, status=response.status, location=target)
        chain = meta.get("redirect_chain", []) + [{"url": response.url, "status": response.status}]
        problem = None
        if urlsplit(target).scheme not in ("http", "https"):
            problem = f"redirects to a non-http(s) URL ({urlsplit(target).scheme}:)"
        elif target in {hop["url"] for hop in chain}:
            problem = "redirect loop"
        elif len(chain) > self.max_redirects:
            problem = f"too many redirects (more than {self.max_redirects})"
        if problem:
            yield self._terminal(response, chain, error=problem)
            return
        if meta.get("requested_url") in self._start_requested and host_key(target) not in self.scope.config.hosts:
            # A start URL that moved to another host (agency.gov -> www.newname.gov): that host is the site.
            self.scope.config.hosts.add(host_key(target))
            self._remember("host", host=host_key(target))
        if host_key(target) not in self.scope.config.hosts:
            # The crawl stops at the site's edge; the link audit checks the target.
            yield self._terminal(response, chain, note=f"redirects off-site to {target}")
            return
        target, _ = self.scope.normalise(target)
        self.discovered.add(target)
        yield self._page_request(target, depth=meta.get("depth", 0), referrer=meta.get("referrer"),
                                 requested_url=meta.get("requested_url", response.url), chain=chain)

    def _session_expired(self, response: Response) -> Iterator[PageRecord | Request]:
        """A page sent the crawl to the login page: log in again (once per run) and fetch it again."""
        meta = response.meta
        sent_with = meta.get("auditcrawl_login_generation", self.auth.generation)
        if sent_with >= self.auth.generation and self.auth.relogins >= 1:
            self.logger.warning("session expired again at %s: not logging in a third time", response.url)
            self.crawler.stats.inc_value("auditcrawl/auth/expired_again")
            yield self._terminal(response, meta.get("redirect_chain", []),
                                 error="redirected to the login page: the session expired again")
            return
        if sent_with >= self.auth.generation:  # sent with the current session: it expired
            self.auth.start_relogin()
        retry = self._page_request(meta.get("requested_url", response.url), depth=meta.get("depth", 0),
                                   referrer=meta.get("referrer"), requested_url=meta.get("requested_url", response.url),
                                   chain=[])
        yield retry.replace(dont_filter=True)

    def _terminal(self, response: Response, chain, error: str | None = None, note: str = "") -> PageRecord:
        record = PageRecord(url=response.url, requested_url=response.meta.get("requested_url", response.url),
                            status=response.status, depth=response.meta.get("depth", 0),
                            referrer=response.meta.get("referrer"), redirect_chain=chain, error=error,
                            headers=self._headers(response))
        if note:
            record.extra["note"] = note
        return record

    def _record(self, response: Response, previous: dict[str, Any] | None = None) -> PageRecord:
        meta = response.meta
        headers = self._headers(response)
        content_type = headers.get("content-type", "")
        mime = content_type.split(";")[0].strip().lower()
        is_html = mime in HTML_TYPES or (not mime and response.body[:512].lstrip()[:1] == b"<")
        record = PageRecord(
            url=response.url, requested_url=meta.get("requested_url", response.url), status=response.status,
            content_type=mime, depth=meta.get("depth", 0), referrer=meta.get("referrer"), headers=headers,
            redirect_chain=list(meta.get("redirect_chain", [])), is_html=is_html,
            sitemap_lastmod=self._lastmod(response),
        )
        if is_html:
            body = response.body
            if len(body) > self.max_body:
                body, record.truncated = body[: self.max_body], True
                record.extra["note"] = f"body cut off at {self.max_body} bytes"
            record.html = body.decode(page_encoding(response), errors="replace")
            run = IncrementalRun.for_crawler(self.crawler) if previous else None
            if run is not None and same_body(record, previous, run.extract_key):
                return record  # --incremental: the stored reading of this very body
            content = parse_html(record.html, response.url)
            record.title, record.language = content.title, content.language
            record.links, record.anchors = content.links, content.anchors
        return record

    def _lastmod(self, response: Response) -> str | None:
        return (self.sitemap_lastmod.get(response.url)
                or self.sitemap_lastmod.get(response.meta.get("requested_url", "")))

    def _start_of(self, meta) -> str | None:
        """The start URL (as given) whose own request this is, not a later redirect hop; else None."""
        if meta.get("redirect_chain"):
            return None
        return self._start_requested.get(meta.get("requested_url"))

    @staticmethod
    def _headers(response: Response) -> dict[str, str]:
        found = {}
        for name in HEADERS_OF_INTEREST:
            value = response.headers.get(name)
            if value is not None:
                found[name] = value.decode("latin-1")
        return found

    def page_failed(self, failure) -> Iterator[PageRecord]:
        request = failure.request
        if failure.check(GuardedRequest):  # a redirect to a logout URL, while logged in
            self.skipped[failure.value.reason] += 1
            return
        if failure.check(IgnoreRequest):
            robots = "robots" in str(failure.value).lower()
            self.skipped["robots" if robots else "ignored"] += 1
            start = self._start_of(request.meta)
            if start is not None:
                self.start_results[start] = "disallowed by robots.txt" if robots else "ignored"
                self._remember("start_result", url=start, value=self.start_results[start])
            return
        reason = describe_failure(failure, request.meta.get("download_timeout", self.timeout))
        start = self._start_of(request.meta)
        if start is not None:
            self.start_results[start] = reason
            self._remember("start_result", url=start, value=reason)
        yield PageRecord(url=request.url, requested_url=request.meta.get("requested_url", request.url),
                         status=None, depth=request.meta.get("depth", 0), referrer=request.meta.get("referrer"),
                         redirect_chain=list(request.meta.get("redirect_chain", [])), error=reason)
