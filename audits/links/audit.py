"""LinkAudit: collects every page's links, checks each unique URL once, maps verdicts to findings."""
from __future__ import annotations

import asyncio
import dataclasses
import html as htmlmod
import logging
import re
import time
from pathlib import Path
from collections import defaultdict
from typing import TYPE_CHECKING, Any, Iterator
from urllib.parse import unquote, urldefrag, urlsplit

from audits.base import Audit, AuditContext, Finding
from crawler.auth.session import AuthSession

from . import verdicts as v
from .checker import Checker, CheckerConfig, origin, url_key
from .journal import CHECKS_FILE, CheckJournal
from .occurrence import Occurrence
from .options import OPTIONS, read_options
from .patterns import TextMatcher, normalise_text
from .soft404 import page_signals, soft404_text
from .store import LinkStore, open_link_store

try:  # the crawl's own URL normalisation, to find pages it fetched under a cleaned-up URL
    from crawler.scope import strip_session_ids
except ImportError:  # pragma: no cover - audits used without the crawler
    strip_session_ids = None

if TYPE_CHECKING:
    from crawler.items import Link, PageRecord

logger = logging.getLogger(__name__)
CHECKED_SCHEMES = ("http", "https")
# Fragments that are not element ids: scroll-to-top, client-side routes, text fragments.
IGNORED_FRAGMENTS = re.compile(r"^(top|!.*|/.*|:~:.*)?$", re.IGNORECASE)

# finish(): link targets, verdicts and links held in memory at a time (the rest is in the link store);
# also the most link checks in flight at once (the checker's own concurrency bound is lower)
CHUNK = 2000
VERDICT, SKIP, INVALID = "verdict", "skip", "invalid"  # the link store's result kinds

SEVERITY = {
    "broken-learn-more-link": "serious", "broken-link": "moderate", "broken-image": "moderate",
    "soft-404": "moderate", "broken-fragment": "minor", "redirected-link": "minor",
    "unverifiable-link": "minor", "ambiguous-link-text": "minor",
}


def element_html(link: "Link") -> str:
    """The element's outer HTML when the crawl kept it, else a faithful-enough rebuild (<= 300 chars)."""
    kept = getattr(link, "html", "")
    if kept:
        return kept[:300]
    attr = "src" if link.tag in ("img", "iframe") else "href"
    raw = htmlmod.escape(link.raw or link.url, quote=True)
    if link.tag == "img":
        return f'<img src="{raw}" alt="{htmlmod.escape(link.text, quote=True)}">'[:300]
    return f'<{link.tag} {attr}="{raw}">{htmlmod.escape(link.text, quote=False)}</{link.tag}>'[:300]


def fetch_to_dict(fetch: v.Fetch) -> dict[str, Any]:
    data = dataclasses.asdict(fetch)
    data["anchors"] = sorted(fetch.anchors) if fetch.anchors is not None else None
    return data


def fetch_from_dict(data: dict[str, Any] | None) -> v.Fetch | None:
    if data is None:
        return None
    fields = {f.name for f in dataclasses.fields(v.Fetch)}
    fetch = v.Fetch(**{k: value for k, value in data.items() if k in fields})
    fetch.anchors = set(fetch.anchors) if fetch.anchors is not None else None
    return fetch


class LinkAudit(Audit):
    """Broken, redirected, unverifiable and soft-404 links, missing fragments, ambiguous link texts."""

    id = "links"
    options = OPTIONS

    def __init__(self, crawler: Any = None, settings: Any = None) -> None:
        settings = settings if settings is not None else getattr(crawler, "settings", None)
        self.crawler = crawler
        self.opts = read_options(settings)
        self.learn_more = TextMatcher(self.opts["links_learn_more_patterns"])
        self.soft404 = TextMatcher(self.opts["links_soft404_patterns"])
        self.exclude = [re.compile(p) for p in self.opts["links_exclude"]]
        self.guard = AuthSession.of(crawler).guard if crawler is not None else None
        concurrency = settings.getint("CONCURRENT_REQUESTS", 16) if settings is not None else 16
        self.config = CheckerConfig(
            timeout=self.opts["links_timeout"], retries=self.opts["links_retries"],
            max_retry_after=self.opts["links_max_retry_after"],
            max_redirects=min(settings.getint("REDIRECT_MAX_TIMES", 10), 20) if settings is not None else 10,
            concurrency=max(4, concurrency * 2))
        self.settings = settings
        self._store: LinkStore | None = None  # every page's links and facts until finish(): see store.py
        self.checker: Checker | None = None
        self._verdict_counts: dict[str, int] = {}  # verdict -> unique URLs (finish keeps the verdicts in the store)

    @classmethod
    def from_crawler(cls, crawler: Any) -> "LinkAudit":
        return cls(crawler)

    @property
    def store(self) -> LinkStore:
        if self._store is None:
            self._store = open_link_store(self.crawler, self.settings)
        return self._store

    def close(self, context: AuditContext | None = None) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    # -- per page ---------------------------------------------------------------------------
    def page_fetched(self, page: "PageRecord", context: AuditContext) -> None:
        """Keep what finish() needs to know about every fetched URL (so it is not fetched again)."""
        if page.depth == 0:
            self.store.add_site_urls({page.url, page.requested_url})
        heading = ""
        if page.html and page.auditable and not page.extra.get("same_body"):
            heading = page_signals(page.html)[1]
            page.extra["main_heading"] = heading  # kept by --incremental for 304 answers
        elif page.extra.get("main_heading"):  # --incremental: a page answered 304 or the same body: stored
            heading = page.extra["main_heading"]
        self.store.add_page_fact([page.url, page.requested_url], page_fact(page, heading))

    def audit_page(self, page: "PageRecord", context: AuditContext) -> list[Finding]:
        """Store the page's links for finish(); report ambiguous link texts right away."""
        if not page.auditable:
            return []
        page_occ = self._collect(page)
        self._start_external_checks(page_occ, context)
        return self.ambiguous_findings(page.url, page_occ)

    def page_state(self, page: "PageRecord") -> dict[str, str] | None:
        """A resumed run gets the page's links back from the crawl's run state; only its heading
        (read from the HTML, which is not kept) has to be remembered here."""
        fact = self.store.page_fact(page.url)
        heading = (fact or {}).get("heading")
        return {"heading": heading} if heading else None

    def restore_page(self, page: "PageRecord", state: dict[str, str] | None, context: AuditContext) -> None:
        """A page audited before the run was killed: collect its links again (its findings are kept)."""
        if state and state.get("heading"):
            page.extra["main_heading"] = state["heading"]
        self.page_fetched(page, context)
        if page.auditable:
            self._collect(page)

    def _collect(self, page: "PageRecord") -> list[Occurrence]:
        page_occ = [Occurrence(page.url, link.url, link.text or "", link.selector, link.tag, element_html(link),
                               self.learn_more(link.text or "")) for link in page.links]
        self.store.add_page_links(page.url, page_occ)
        return page_occ

    def _checker(self, context: AuditContext) -> Checker:
        crawler = getattr(context, "crawler", None) or self.crawler
        if self.checker is None:
            self.checker = Checker(crawler, self.config, self._site_urls(context), journal=self._journal(context),
                                   store=self.store)
        else:
            self.checker.site_origins |= {origin(u) for u in self._site_urls(context)}
        return self.checker

    @staticmethod
    def _journal(context: AuditContext) -> "CheckJournal | None":
        """The completed checks of this run, kept in the run state so a resumed run does not redo them."""
        folder = getattr(context, "settings", None) and context.settings.get("AUDITCRAWL_RUN_STATE_DIR")
        if not folder:
            return None
        return CheckJournal(Path(folder) / CHECKS_FILE, resume=context.settings.getbool("AUDITCRAWL_RESUME"))

    def _start_external_checks(self, occs: list[Occurrence], context: AuditContext) -> None:
        """Check links to other sites while the crawl goes on (they are never crawled)."""
        crawler = getattr(context, "crawler", None) or self.crawler
        if getattr(crawler, "engine", None) is None or not self.opts["links_check_external"]:
            return
        if getattr(crawler, "auditcrawl_frontier", None) is not None:
            return  # a distributed run: the coordinator checks every unique URL once, in finish()
        checker = self._checker(context)
        cache = getattr(context, "link_verdicts", None)
        for occ in occs:
            try:
                if not self._skip_reason(occ.url, checker, occ.text) and not checker.is_site(occ.url):
                    if cache is not None and cache.get(url_key(occ.url)) is not None:
                        continue  # --incremental: a recent ok verdict
                    checker.check(occ.url, want_body=bool(urldefrag(occ.url)[1]))
            except ValueError:  # a malformed URL: finish() reports it
                continue

    def ambiguous_findings(self, page_url: str, occs: list[Occurrence]) -> list[Finding]:
        """WCAG 2.4.4: one vague name ("Read more") for different destinations on one page."""
        groups: dict[str, list[Occurrence]] = defaultdict(list)
        for occ in occs:
            if occ.tag in ("a", "area") and occ.learn_more and self._vague(occ.text):
                groups[normalise_text(occ.text)].append(occ)
        findings = []
        for name, group in groups.items():
            targets = sorted({occ.url for occ in group})
            if len(targets) < 2:
                continue
            first = group[0]
            findings.append(Finding(
                audit=self.id, rule="ambiguous-link-text", severity=SEVERITY["ambiguous-link-text"],
                page=page_url, selector=first.selector, html=first.html,
                message=(f"{len(group)} links named \"{first.text.strip()}\" lead to {len(targets)} different "
                         "destinations; give each an accessible name that says where it goes"),
                link={"url": first.url, "text": first.text, "status": None, "reason": "", "verdict": "",
                      "chain": [], "learn_more": True},
                wcag={"criteria": ["2.4.4"], "level": "A"},
                details={"destinations": targets, "selectors": [occ.selector for occ in group]},
            ))
        return findings

    @staticmethod
    def _vague(text: str) -> bool:
        """A call-to-action with at most two more words: "Read more", "Learn more here"; not "Learn more about ERO"."""
        words = normalise_text(text).split()
        return 0 < len(words) <= 4 and not any(w in ("about", "on", "of", "acerca", "sobre", "de") for w in words)

    # -- once, at the end ---------------------------------------------------------------------
    def _skip_reason(self, url: str, checker: Checker, text: str = "") -> str:
        scheme = urlsplit(url).scheme.lower()
        if scheme not in CHECKED_SCHEMES:
            return f"{scheme or 'relative'}: links are not checked"
        if any(rx.search(url) for rx in self.exclude):
            return "excluded by links_exclude"
        guarded = self.guard.skip_reason(url, text) if self.guard is not None and checker.is_site(url) else None
        if guarded:  # a logged-in check of a logout (or delete) link would log out (or delete)
            return f"not requested while logged in ({guarded} link)"
        if not self.opts["links_check_external"] and not checker.is_site(url):
            return "external links are not checked (links_check_external = false)"
        return ""

    def _site_urls(self, context: AuditContext) -> set[str]:
        urls = self.store.site_urls()
        spider = getattr(getattr(context, "crawler", None) or self.crawler, "spider", None)
        urls.update(getattr(spider, "start_urls", None) or [])
        if not urls:  # no depth-0 page seen: fall back to the pages' own origins
            urls.update(occ.page for occ, _ in zip(self.store.occurrences(), range(1)))
        return urls

    async def finish(self, context: AuditContext) -> Iterator[Finding]:
        """Check every unique link target once, then map each link to its finding.

        What this needs per URL of the site (the targets, their verdicts, the links not checked) is kept in
        the link store, one chunk at a time in memory: its size does not grow with the site. The findings
        come as an iterator over the store (one per broken link: a broken footer link is one per page).
        """
        checker = self._checker(context)
        self._collect_targets(checker)
        started = time.monotonic()
        known, checked = await self._judge_targets(checker, context)
        logger.info("links: %d unique URLs, %d known from the crawl, %d checked", known + checked, known, checked)
        self._count(context, checker)
        logger.info("links: checks done in %.2f s (%d requests)", time.monotonic() - started, checker.requests_sent)
        return self.findings()

    def _collect_targets(self, checker: Checker) -> None:
        """The unique targets to judge (``store.add_targets``), and the link URLs not checked (``skip``,
        ``invalid``), read from the stored links and written back to the store in chunks."""
        wants_body: dict[str, bool] = {}
        notes: dict[str, dict[str, dict[str, Any]]] = {SKIP: {}, INVALID: {}}
        for occ in self.store.occurrences():
            try:
                reason = self._skip_reason(occ.url, checker, occ.text)
                key = url_key(occ.url)
                checker.is_site(key)
            except ValueError as exc:  # "http://[::1", a port above 65535...: readers cannot follow it
                notes[INVALID][occ.url] = {"reason": f"invalid URL ({exc})"}
                continue
            if reason:
                notes[SKIP][occ.url] = {"reason": reason}
            else:
                wants_body[key] = wants_body.get(key, False) or bool(urldefrag(occ.url)[1])
            if len(wants_body) + len(notes[SKIP]) + len(notes[INVALID]) >= CHUNK:
                self._store_targets(wants_body, notes)
        self._store_targets(wants_body, notes)

    def _store_targets(self, wants_body: dict[str, bool], notes: dict[str, dict[str, dict[str, Any]]]) -> None:
        self.store.add_targets(wants_body)
        for kind, results in notes.items():
            self.store.put_results(kind, results)
            results.clear()
        wants_body.clear()

    async def _judge_targets(self, checker: Checker, context: AuditContext) -> tuple[int, int]:
        """A verdict for every target in the store; returns (known from the crawl or the cache, checked).

        At most ``CHUNK`` checks are in flight (each done check is judged and stored as soon as it ends)."""
        redirects = getattr(context, "redirects", None) or {}
        cache = getattr(context, "link_verdicts", None)
        done: asyncio.Queue = asyncio.Queue()
        records: dict[str, dict[str, Any]] = {}
        in_flight = known = checked = 0

        def judged(key: str, fetch: v.Fetch, body: bool, reused: bool = False) -> None:
            records[key] = self._judge(key, fetch, body, cache, reused)
            if len(records) >= CHUNK:
                self.store.put_results(VERDICT, records)
                records.clear()

        async def one_done() -> None:
            key, prefix, body, future = await done.get()
            judged(key, self.join(key, prefix, future.result()), body)

        for key, body in self.store.targets():
            fetch, prefix, rest = self.known(key, context.crawled, redirects)
            reused = False
            if fetch is None and cache is not None:
                fetch = fetch_from_dict(cache.get(key))  # --incremental: an ok verdict younger than N days
                reused = fetch is not None
            if fetch is not None:
                known += 1
                judged(key, fetch, body, reused)
                continue
            checked += 1
            in_flight += 1
            checker.check(rest, want_body=body).add_done_callback(
                lambda future, key=key, prefix=prefix, body=body: done.put_nowait((key, prefix, body, future)))
            if in_flight >= CHUNK:
                await one_done()
                in_flight -= 1
        for _ in range(in_flight):
            await one_done()
        self.store.put_results(VERDICT, records)
        return known, checked

    def _judge(self, key: str, fetch: v.Fetch, body: bool, cache: Any, reused: bool = False) -> dict[str, Any]:
        """The stored form of ``key``'s verdict: the verdict, and what a fragment link to it needs."""
        soft = ""
        if fetch.status == 200 and fetch.is_html:
            soft = soft404_text(fetch.title, fetch.heading, self.soft404)
        verdict = v.classify(fetch, soft)
        self._verdict_counts[verdict.verdict] = self._verdict_counts.get(verdict.verdict, 0) + 1
        if cache is not None and not fetch.from_crawl:
            cache.put(key, fetch_to_dict(fetch), verdict.verdict, reused)
        record: dict[str, Any] = {"verdict": dataclasses.asdict(verdict)}
        if body:  # a link with a fragment points here: keep what missing_fragment reads
            record["target"] = {"is_html": fetch.is_html, "truncated": fetch.truncated,
                                "anchors": sorted(fetch.anchors) if fetch.anchors is not None else None}
        return record

    def known(self, key: str, crawled: dict[str, "PageRecord"], redirects: dict[str, dict[str, Any]]
              ) -> tuple[v.Fetch | None, list[dict[str, Any]], str]:
        """What the crawl already knows about ``key``: ``(fetch, [], "")`` when it fetched it;
        else ``(None, hops already seen, URL still to check)``, following the crawl's redirect map."""
        prefix: list[dict[str, Any]] = []
        url = key
        while True:
            page = self._crawled_page(url, crawled)
            if page is None and strip_session_ids is not None:
                page = self._crawled_page(strip_session_ids(url)[0], crawled)  # crawled without session ids
            fetch = self.fetch_from_page(url, page) if page is not None else None
            if fetch is not None:
                return (self.join(key, prefix, fetch) if prefix else fetch), [], ""
            hop = redirects.get(url)
            if not hop or not hop.get("location"):
                return None, prefix, url
            prefix.append({"url": url, "status": hop.get("status")})
            url = urldefrag(hop["location"])[0]
            if urlsplit(url).scheme not in CHECKED_SCHEMES or any(h["url"] == url for h in prefix):
                return None, prefix[:-1], prefix[-1]["url"]  # let the checker see and name the problem

    def _crawled_page(self, url: str, crawled: dict[str, "PageRecord"]) -> "PageRecord | None":
        fact = self.store.page_fact(url)
        return page_from_fact(fact) if fact is not None else crawled.get(url)

    @staticmethod
    def join(key: str, prefix: list[dict[str, Any]], fetch: v.Fetch) -> v.Fetch:
        """``fetch`` as seen from ``key``, whose first redirects (``prefix``) the crawl followed."""
        if not prefix and fetch.url == key:
            return fetch
        fetch = dataclasses.replace(fetch, url=key, chain=prefix + list(fetch.chain))
        return fetch

    @staticmethod
    def chain_from(key: str, page: "PageRecord") -> list[dict[str, Any]]:
        """The part of the page's redirect chain that a link to ``key`` goes through."""
        hops = list(page.redirect_chain)
        for i, hop in enumerate(hops):
            if url_key(hop.get("url", "")) == key:
                return hops[i:]
        return [] if url_key(page.url) == key or not hops else hops

    def fetch_from_page(self, key: str, page: "PageRecord") -> v.Fetch | None:
        """Facts from a page the crawl already fetched; ``None`` when the crawl stopped at an
        off-site redirect (the checker follows it from there)."""
        chain = self.chain_from(key, page)
        if page.error:
            return v.Fetch(url=key, final_url=page.url, status=None, chain=chain,
                           error=page.error, error_kind=v.kind_of_error(page.error), from_crawl=True)
        if page.status is not None and 300 <= page.status < 400:
            return None
        fetch = v.Fetch(url=key, final_url=page.url, status=page.status, chain=chain,
                        headers=dict(page.headers), content_type=(page.content_type or "").split(";")[0].lower(),
                        title=page.title or "", heading=page.extra.get("heading") or page.extra.get("main_heading", ""),
                        truncated=page.truncated, from_crawl=True)
        if page.is_html:
            fetch.content_type = fetch.content_type or "text/html"
            fetch.anchors = set(page.anchors) if page.auditable else None
        return fetch

    def findings(self) -> Iterator[Finding]:
        """The findings of every stored link, read with their verdicts a chunk of links at a time."""
        chunk: list[Occurrence] = []
        for occ in self.store.occurrences():
            chunk.append(occ)
            if len(chunk) >= CHUNK:
                yield from self._chunk_findings(chunk)
                chunk = []
        yield from self._chunk_findings(chunk)

    def _chunk_findings(self, occs: list[Occurrence]) -> Iterator[Finding]:
        if not occs:
            return
        urls = {occ.url for occ in occs}
        skipped = self.store.results(SKIP, urls)
        invalid = self.store.results(INVALID, urls)
        records = self.store.results(VERDICT, {url_key(url) for url in urls - skipped.keys() - invalid.keys()})
        for occ in occs:
            if occ.url in skipped:
                continue
            record = None
            if occ.url in invalid:
                verdict = v.Verdict(v.BROKEN, invalid[occ.url]["reason"], kind=v.INVALID, final_url=occ.url)
            else:
                record = records[url_key(occ.url)]
                verdict = v.Verdict(**record["verdict"])
            rule = self.rule_for(occ, verdict)
            if rule:
                yield self.finding(occ, verdict, rule)
            if verdict.verdict in (v.OK, v.REDIRECTED):
                missing = self.missing_fragment(occ, (record or {}).get("target"))
                if missing:
                    yield self.finding(occ, verdict, "broken-fragment", fragment=missing)

    def rule_for(self, occ: Occurrence, verdict: v.Verdict) -> str:
        broken = verdict.verdict == v.BROKEN or (
            verdict.verdict == v.UNVERIFIABLE and self.opts["links_unverifiable_is_broken"])
        if broken:
            if verdict.kind == "soft-404":
                return "soft-404"
            if occ.tag == "img":
                return "broken-image"
            return "broken-learn-more-link" if occ.learn_more else "broken-link"
        if verdict.verdict == v.UNVERIFIABLE:
            return "unverifiable-link"
        if verdict.verdict == v.REDIRECTED:
            return "redirected-link"
        return ""

    @staticmethod
    def missing_fragment(occ: Occurrence, target: dict[str, Any] | None) -> str:
        """The fragment of ``occ.url`` when its HTML target (``_judge``'s ``target``) has no such id or name,
        else ``""``."""
        fragment = unquote(urldefrag(occ.url)[1])
        if IGNORED_FRAGMENTS.match(fragment) or occ.tag not in ("a", "area", "iframe"):
            return ""
        if not target or not target["is_html"] or target["anchors"] is None or target["truncated"]:
            return ""
        return "" if fragment in target["anchors"] else fragment

    def finding(self, occ: Occurrence, verdict: v.Verdict, rule: str, fragment: str = "") -> Finding:
        label = f"\"{occ.text.strip()}\"" if occ.text.strip() else f"The {occ.tag} link to {occ.url}"
        reason = verdict.reason
        if rule == "broken-fragment":
            reason = f"no element with id or name \"{fragment}\""
            message = f"{label} points to #{fragment}, which does not exist on {urldefrag(occ.url)[0]}"
        elif rule == "soft-404":
            message = f"{label} leads to a page that says it was not found ({verdict.reason})"
        elif rule == "redirected-link":
            message = f"{label} is permanently redirected; update the link to {verdict.final_url}"
        elif rule == "unverifiable-link":
            message = f"{label} could not be verified: {verdict.reason}"
        elif rule == "broken-image":
            message = f"Image {label} cannot be loaded: {verdict.reason}"
        elif verdict.status is not None:
            message = f"{label} leads to a page that returns {verdict.reason}"
        else:
            message = f"{label} cannot be reached: {verdict.reason}"
        severity = SEVERITY[rule]
        if rule == "soft-404" and occ.learn_more:
            severity = "serious"
        return Finding(
            audit=self.id, rule=rule, severity=severity, page=occ.page, message=message,
            selector=occ.selector, html=occ.html,
            evidence=verdict.reason if rule == "soft-404" else "",
            link={"url": occ.url, "text": occ.text, "status": verdict.status, "reason": reason,
                  "verdict": verdict.verdict, "chain": verdict.chain, "learn_more": occ.learn_more},
            details={"tag": occ.tag, "final_url": verdict.final_url} if verdict.chain else {"tag": occ.tag},
        )

    def _count(self, context: AuditContext, checker: Checker) -> None:
        stats = getattr(context, "stats", None)
        if stats is None:
            return
        stats.set_value("auditcrawl/links/occurrences", self.store.occurrence_count())
        stats.set_value("auditcrawl/links/unique_checked", sum(self._verdict_counts.values()))
        stats.set_value("auditcrawl/links/requests", checker.requests_sent)
        stats.set_value("auditcrawl/links/skipped_urls", self.store.result_count(SKIP))
        for verdict, count in self._verdict_counts.items():
            stats.inc_value(f"auditcrawl/links/verdict/{verdict}", count)

    def engine_info(self) -> dict[str, Any]:
        return {}


def page_fact(page: "PageRecord", heading: str = "") -> dict[str, Any]:
    """The fields of a fetched page that ``fetch_from_page`` reads, JSON-ready (for the link store)."""
    return {"url": page.url, "requested_url": page.requested_url, "status": page.status, "error": page.error,
            "chain": page.redirect_chain, "headers": page.headers, "content_type": page.content_type,
            "title": page.title, "heading": heading, "truncated": page.truncated, "is_html": page.is_html,
            "anchors": sorted(page.anchors) if page.auditable else None}


def page_from_fact(fact: dict[str, Any]) -> "PageRecord":
    from crawler.items import PageRecord
    return PageRecord(url=fact["url"], requested_url=fact["requested_url"], status=fact["status"],
                      error=fact["error"], redirect_chain=fact["chain"], headers=fact["headers"],
                      content_type=fact["content_type"], title=fact["title"], truncated=fact["truncated"],
                      is_html=fact["is_html"], anchors=set(fact["anchors"] or ()), extra={"heading": fact["heading"]})
