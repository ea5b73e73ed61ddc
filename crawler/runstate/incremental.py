"""One ``--incremental`` run: what it reuses from the site's last complete run, and what it records.

The reuse decision is made in one place, :meth:`IncrementalRun.reusable`, called by the audit
pipeline for every page before its audits run. A page is *unchanged* when

1. the server answered our conditional request (``If-None-Match`` / ``If-Modified-Since`` from the
   validators stored last time, see ``middleware``) with ``304 Not Modified``, or
2. its body is byte for byte the stored one (SHA-256), or
3. its body is the same once the per-request noise listed in ``noise`` is removed.

For an unchanged page, an audit whose results can be reused (``Audit.reuse_key()`` is not None: the
WCAG audit, keyed by axe-core version and tags) gets its stored result back instead of running, when
the key is the same as the stored run's and every same-site stylesheet, script and frame the page
loaded in the browser last time still has the same content (checked once per run, with conditional
requests). Audits without a reuse key (freshness, links) always run: freshness against today's as-of
date (on a page answered 304, from the date extract stored last time), links from the page's links
(stored for 304 pages), with link targets' ``ok`` verdicts reused while younger than
``--link-recheck-days``. Every ``--full-every-days`` days a run reuses nothing.

A body byte for byte the stored one is not parsed again (``same_body``): the stored reading of it
(links, title, heading, freshness extract) is taken when it was made with the same ``extract_key``.
Runs without ``--incremental`` record the page state too (they reuse nothing), so the first
incremental night after full runs reuses the last of them.
"""
from __future__ import annotations

import asyncio
import base64
import datetime as dt
import hashlib
import json
import logging
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from scrapy import Request

from audits.base import Finding
from crawler.items import Link, PageRecord
from crawler.runstate.noise import body_digests, digest
from crawler.runstate.pagestore import PageStore, StoreError, StoredAsset, StoredRun, pack, previous_run

logger = logging.getLogger(__name__)
ASSET_META = "auditcrawl_asset"
PREVIOUS_META = "auditcrawl_previous"  # the stored state of the page a request is for (middleware -> spider)
_ATTR = "_auditcrawl_incremental"


def history_path(settings: Any) -> Path:
    """The history database: ``--history FILE``, else ``history.sqlite`` in ``--out``."""
    from reports.render import default_history_path
    given = settings.get("AUDITCRAWL_HISTORY")
    return Path(given) if given else default_history_path(Path(settings.get("AUDITCRAWL_OUT")))


def site_of(start_urls: Iterable[str]) -> str:
    from reports.portable import site_key
    return site_key({"run": {"start_urls": list(start_urls)}})


@dataclass(frozen=True)
class Plan:
    """Whether this run may reuse anything, and the one line that says why not."""

    previous: StoredRun | None
    reuse: bool
    message: str


def plan(path: Path, start_urls: Iterable[str], as_of: dt.date, full_every_days: int) -> Plan:
    """Decide from the stored state alone (read-only; raises ``StoreError`` for an unusable file)."""
    previous = previous_run(path, site_of(start_urls))
    if previous is None:
        return Plan(None, False, f"--incremental: no earlier complete run of this site in {path}; "
                                 "auditing every page (later runs reuse this one)")
    age = (as_of - dt.date.fromisoformat(previous.full_as_of)).days
    if age >= full_every_days:
        return Plan(previous, False, f"--incremental: the last full audit ({previous.full_as_of}) is {age} days "
                                     f"old (--full-every-days {full_every_days}); auditing every page")
    return Plan(previous, True, f"--incremental: reusing unchanged pages of the run of {previous.started_at}")


@dataclass
class Reuse:
    """What the pipeline may take from the stored run for one page, audit by audit."""

    unchanged: str | None = None  # "304", "same-body", "same-body-without-noise"; None: changed or new
    results: dict[str, dict[str, Any]] = field(default_factory=dict)  # audit id -> stored result

    def findings(self, audit_id: str, page: PageRecord) -> list[Finding] | None:
        """The stored findings of ``audit_id`` (its page data restored), or None: run the audit."""
        stored = self.results.get(audit_id)
        if stored is None:
            return None
        if stored.get("extra") is not None:
            page.extra[audit_id] = stored["extra"]
        page.extra["reused_from"] = stored["audited_in"]
        # the id is computed again: the same fingerprint, unless the site moved to another loopback port
        return [Finding(**{**f, "id": "", "reused_from": f.get("reused_from") or stored["audited_in"]})
                for f in stored["findings"]]


NO_REUSE = Reuse()


class LinkVerdictCache:
    """Link targets' verdicts from earlier runs: an ``ok`` one is reused while younger than ``max_age_days``.

    Broken, unverifiable, redirected (and skipped) verdicts are never served: they are checked again
    every run. What the link audit checked (or reused) this run is recorded with the day it was checked.
    Stored verdicts are looked up one URL at a time (``lookup``: the page store), never all loaded.
    """

    def __init__(self, lookup: Callable[[str], tuple[str, str, dict[str, Any]] | None], as_of: dt.date,
                 max_age_days: int, enabled: bool, run: str,
                 record: Callable[[str, str, str, dict[str, Any]], None] | None = None) -> None:
        self.as_of, self.run = as_of, run
        self._lookup, self._max_age, self._enabled = lookup, max_age_days, enabled
        # this run's verdicts go to the page store as they are made (rows of this run's token, dropped if the
        # run does not finish), not into a dict: one per URL checked would grow with the site
        self._record = record or (lambda url, checked, checked_in, data: None)
        self._served: tuple[str | None, tuple[str, str, dict[str, Any]] | None] = (None, None)

    def _fresh(self, url: str) -> tuple[str, str, dict[str, Any]] | None:
        if not self._enabled:
            return None
        hit = self._lookup(url)
        if hit is None or hit[2].get("verdict") != "ok":
            return None
        return hit if (self.as_of - dt.date.fromisoformat(hit[0])).days < self._max_age else None

    def get(self, url: str) -> dict[str, Any] | None:
        """The stored facts of a fresh ``ok`` verdict for ``url`` (the link audit's own form), or None."""
        hit = self._fresh(url)
        self._served = (url, hit)  # the link audit records the verdict right after: no second lookup then
        return hit[2]["fetch"] if hit is not None else None

    def put(self, url: str, fetch: dict[str, Any], verdict: str, reused: bool = False) -> None:
        """Record this run's verdict; a ``reused`` one keeps the day (and run) it was last checked."""
        hit = None
        if reused:
            hit = self._served[1] if self._served[0] == url else self._fresh(url)
        checked, checked_in = (hit[0], hit[1]) if hit is not None else (self.as_of.isoformat(), self.run)
        self._record(url, checked, checked_in, {"verdict": verdict, "fetch": fetch})


class IncrementalRun:
    """The page state of one run, shared by the middleware, the spider and the pipeline.

    An ``--incremental`` run reads the stored state and records its own; any other ``auditcrawl audit``
    run (``AUDITCRAWL_RECORD_PAGE_STATE``) only records it, so the first ``--incremental`` night after
    full runs reuses the last of them.
    """

    def __init__(self, crawler: Any) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.incremental = settings.getbool("AUDITCRAWL_INCREMENTAL")
        from crawler.pipelines import as_of_date
        self.as_of = as_of_date(settings.get("AUDITCRAWL_AS_OF"))
        self.path = history_path(settings)
        start_urls = settings.getlist("AUDITCRAWL_START_URLS")
        if self.incremental:
            self.plan = plan(self.path, start_urls, self.as_of, settings.getint("AUDITCRAWL_FULL_EVERY_DAYS", 30))
        else:
            self.plan = Plan(None, False, "")
        from reports.portable import origin
        self.store = PageStore(self.path, site_of(start_urls), origin(start_urls[0]) if start_urls else "",
                               token=_run_token(crawler, site_of(start_urls)))
        self.reuse_enabled = self.plan.reuse and self.store.previous is not None
        self.started_at = ""  # set by the pipeline (run.started_at)
        self.reuse_keys: dict[str, str] = {}
        self.stored_keys: dict[str, str] = json.loads(self.store.previous.reuse_keys or "{}") \
            if self.store.previous else {}
        self._stored_assets: dict[str, StoredAsset] = self.store.assets() if self.reuse_enabled else {}
        self._hashes: dict[str, asyncio.Future[StoredAsset | None]] = {}
        self.assets_needed: set[str] = set()
        self.link_cache: LinkVerdictCache | None = None
        self.extract_key = ""  # set by open(): what the stored readings of a page's body depend on
        self.counts = {"unchanged": 0, "reused": 0, "audited": 0, "not_modified": 0}

    @classmethod
    def for_crawler(cls, crawler: Any) -> "IncrementalRun | None":
        """The run's one instance, made by whoever asks first; None when the run neither reuses nor
        records page state (``scrapy crawl``, a distributed run), or when a plain run's history file
        cannot hold it (the history report says why)."""
        settings = crawler.settings
        if not hasattr(crawler, _ATTR):
            run = None
            if settings.getbool("AUDITCRAWL_INCREMENTAL"):
                run = cls(crawler)  # a bad history file was refused by the CLI already (exit 2)
            elif settings.getbool("AUDITCRAWL_RECORD_PAGE_STATE") and not settings.get("AUDITCRAWL_FRONTIER"):
                try:
                    run = cls(crawler)
                except (StoreError, OSError) as exc:
                    logger.warning("page state not recorded: %s", exc)
            setattr(crawler, _ATTR, run)
        return getattr(crawler, _ATTR)

    def open(self, started_at: str, audits: Iterable[Any]) -> None:
        self.started_at = started_at
        audits = list(audits)
        self.extract_key = extract_key([a.id for a in audits], self.crawler.settings)
        self.reuse_keys = {a.id: key for a in audits if (key := a.reuse_key()) is not None}
        self.link_cache = LinkVerdictCache(self.store.link_verdict, self.as_of,
                                           self.crawler.settings.getint("AUDITCRAWL_LINK_RECHECK_DAYS", 7),
                                           self.reuse_enabled, started_at, record=self.store.put_link)
        if self.plan.message:
            logger.info("%s", self.plan.message)

    def previous_page(self, url: str) -> dict[str, Any] | None:
        return self.store.page(url) if self.reuse_enabled else None

    # -- the decision ------------------------------------------------------------------------------
    async def reusable(self, page: PageRecord) -> Reuse:
        """Is ``page`` unchanged since the stored run, and which audits' results may be taken from there?"""
        previous = page.extra.pop("previous", None)
        not_modified = page.extra.pop("not_modified", False)
        if page.html and "digests" not in page.extra:  # (set by ``same_body`` for an identical body)
            page.extra["digests"] = body_digests(page.html, page.url)
        if not self.reuse_enabled or not page.auditable:
            return NO_REUSE
        previous = previous or self.store.page(page.url)
        if previous is None:
            return NO_REUSE
        raw, clean, named_assets = page.extra.get("digests") or (None, None, [])
        if not_modified:
            unchanged = "304"
            named_assets = previous.get("named_assets") or []
            page.extra["digests"] = (previous["raw"], previous["clean"], named_assets)
        elif raw == previous["raw"]:
            unchanged = "same-body"
        elif clean == previous["clean"]:
            unchanged = "same-body-without-noise"
        else:
            return NO_REUSE
        page.extra["unchanged"] = unchanged
        self.counts["unchanged"] += 1
        self.counts["not_modified"] += unchanged == "304"
        results = {}
        stored_results = previous.get("results") or {}
        for audit_id, key in self.reuse_keys.items():
            stored = stored_results.get(audit_id)
            if stored is None or self.stored_keys.get(audit_id) != key:
                continue
            if not await self.assets_unchanged(previous.get("assets"), named_assets):
                break
            results[audit_id] = stored
        if results:
            page.extra["browser_assets"] = previous.get("assets")
        return Reuse(unchanged, results)

    async def assets_unchanged(self, assets: list[str] | None, named_today: list[str]) -> bool:
        """Every stylesheet, script and frame the page loaded last time has the same content today.

        ``None`` (the browser's list was incomplete) is never unchanged. An asset the page names today
        under another query (``style.css?v=2`` for ``style.css?v=1``) is fetched under today's URL.
        """
        if assets is None:
            return False
        today = {url.split("?", 1)[0]: url for url in named_today}
        for url in assets:
            stored = self._stored_assets.get(url)
            if stored is None:
                return False
            current = await self.asset(today.get(url.split("?", 1)[0], url))
            if current is None or current.sha256 != stored.sha256:
                return False
        return True

    def asset(self, url: str) -> "asyncio.Future[StoredAsset | None]":
        """This run's content hash of ``url`` (one conditional request per URL and run)."""
        if url not in self._hashes:
            self._hashes[url] = asyncio.ensure_future(self._fetch_asset(url, self._stored_assets.get(url)))
        return self._hashes[url]

    async def _fetch_asset(self, url: str, stored: StoredAsset | None) -> StoredAsset | None:
        headers = {}
        if stored is not None and stored.etag:
            headers["If-None-Match"] = stored.etag
        if stored is not None and stored.last_modified:
            headers["If-Modified-Since"] = stored.last_modified
        request = Request(url, headers=headers, dont_filter=True, meta={
            ASSET_META: True, "dont_redirect": True, "handle_httpstatus_all": True, "dont_obey_robotstxt": True})
        try:
            response = await self.crawler.engine.download_async(request)
        except Exception as exc:  # noqa: BLE001 - unknown: the pages that load it are audited again
            logger.info("incremental: asset %s could not be fetched: %s", url, exc)
            return None
        self.crawler.stats.inc_value("auditcrawl/incremental/asset_requests")
        if response.status == 304 and stored is not None:
            return stored
        digest = hashlib.sha256(response.body).hexdigest() if response.status == 200 else f"status {response.status}"
        header = lambda name: (response.headers.get(name) or b"").decode("latin-1") or None  # noqa: E731
        return StoredAsset(url, digest, header("ETag"), header("Last-Modified"))

    # -- recording this run --------------------------------------------------------------------------
    def remember(self, page: PageRecord, findings: list[Finding]) -> dict[str, Any] | None:
        """Store what the next run needs to recognise and reuse ``page``.

        Returns the stored row in the form a resumed run gives back to ``restore`` (the run state keeps
        it with the page), or None when nothing is stored for the page.
        """
        if page.html and "digests" not in page.extra:  # a run that does not reuse: digests for the next one
            page.extra["digests"] = body_digests(page.html, page.url)
        digests = page.extra.pop("digests", None)
        if not page.auditable or digests is None:
            return None
        errored = {error.get("audit") for error in page.errors}
        assets = page.extra.pop("browser_assets", None)
        if assets is not None:
            self.assets_needed.update(assets)
        results = {}
        for audit_id in self.reuse_keys:
            if audit_id in errored or page.extra.get(audit_id) is None:
                continue  # failed or did not judge this page: audit it again next time
            results[audit_id] = {"extra": page.extra.get(audit_id),
                                 "audited_in": page.extra.get("reused_from") or self.started_at,
                                 "findings": [f.to_dict() for f in findings if f.audit == audit_id]}
        if page.extra.get("reused_from"):
            self.counts["reused"] += 1
        else:
            self.counts["audited"] += 1
        validators = {name: page.headers[name] for name in ("etag", "last-modified") if page.headers.get(name)}
        row = pack({
            "raw": digests[0], "clean": digests[1], "named_assets": digests[2], "validators": validators,
            "status": page.status, "content_type": page.content_type, "title": page.title,
            "language": page.language, "headers": page.headers, "truncated": page.truncated,
            "links": [[link.url, link.text, link.selector, link.tag, link.raw, link.html] for link in page.links],
            "anchors": sorted(page.anchors), "freshness_extract": page.extra.get("freshness_extract"),
            "main_heading": page.extra.get("main_heading", ""),
            # the readings above are reused for the same body only when the freshness audit made them
            "extract_key": self.extract_key if "freshness_extract" in page.extra else None,
            "assets": assets, "results": results,
        })
        self.store.put_packed(page.url, row)
        return {"row": base64.b64encode(row).decode("ascii"), "reused": bool(page.extra.get("reused_from")),
                "unchanged": page.extra.get("unchanged")}

    def restore(self, url: str, kept: dict[str, Any] | None) -> None:
        """A resumed run: store again the row of a page done before the kill (``remember``'s return)."""
        if not kept or not kept.get("row"):
            return
        row = base64.b64decode(kept["row"])
        self.store.put_packed(url, row)
        assets = self.store.unpack_own(row).get("assets")
        if assets is not None:
            self.assets_needed.update(assets)
        self.counts["reused" if kept.get("reused") else "audited"] += 1
        if kept.get("unchanged"):
            self.counts["unchanged"] += 1
            self.counts["not_modified"] += kept["unchanged"] == "304"

    async def finish(self) -> None:
        """Hash the assets this run's pages loaded that were not checked yet (the crawl is still open)."""
        found = await asyncio.gather(*(self.asset(url) for url in sorted(self.assets_needed)))
        self.store.put_assets(asset for asset in found if asset is not None)

    def close(self, finished: bool) -> None:
        try:
            if not finished:
                self.store.abandon()
                return
            previous = self.store.previous
            full_as_of = previous.full_as_of if self.reuse_enabled and previous else self.as_of.isoformat()
            self.store.complete(self.started_at, self.as_of.isoformat(), full_as_of, json.dumps(self.reuse_keys))
        finally:
            self.store.close()

    def summary(self) -> dict[str, Any]:
        previous = self.store.previous
        return {"reused_from": previous.started_at if self.reuse_enabled and previous else None,
                "full": not self.reuse_enabled, "message": self.plan.message,
                "pages_unchanged": self.counts["unchanged"], "pages_not_modified": self.counts["not_modified"],
                "pages_reused": self.counts["reused"], "pages_audited": self.counts["audited"]}


def extract_key(audit_ids: Iterable[str], settings: Any) -> str:
    """What a page's stored readings (links, title, heading, freshness extract) depend on besides its
    body: the code that reads them, the freshness settings and the audits that ran. A stored page
    whose key differs is read again from its body."""
    from audits.freshness.audit import OPTIONS
    from crawler import __version__
    root = Path(__file__).resolve().parents[2]
    sources = [root / "crawler" / "extract.py", root / "audits" / "links" / "soft404.py",
               *sorted((root / "audits" / "freshness").glob("*.py"))]
    key = hashlib.sha256(json.dumps([__version__, sorted(audit_ids),
                                     [repr(settings.get(o.setting)) for o in OPTIONS]]).encode())
    for source in sources:
        key.update(source.read_bytes() if source.is_file() else source.name.encode())
    return key.hexdigest()[:32]


def same_body(record: PageRecord, previous: dict[str, Any] | None, key: str) -> bool:
    """``record``'s body is byte for byte the one the stored run read, with the same ``extract_key``:
    take that run's reading of it (title, language, links, anchors, main heading, freshness extract)
    instead of parsing it again, and mark it (``extra["same_body"]``). Freshness is still judged
    against today's as-of date; a bare "Review date" label is read again (``as_of_dependent``)."""
    if not previous or not key or previous.get("extract_key") != key:
        return False
    raw = digest(record.html)
    if raw != previous.get("raw"):
        return False
    record.title, record.language = previous["title"], previous["language"]
    record.links = [Link(*fields) for fields in previous["links"]]
    record.anchors = set(previous["anchors"])
    record.extra.update({"same_body": True, "digests": (raw, previous["clean"], previous.get("named_assets") or []),
                         "main_heading": previous.get("main_heading") or "",
                         "stored_freshness_extract": previous.get("freshness_extract")})
    return True


def _run_token(crawler: Any, site: str) -> str:
    """The store rows' token: the same for a run and its resumed continuations (so rows written
    before a kill are replaced, not left behind), a fresh one for a run that cannot be resumed."""
    from crawler.runstate import RunState
    run_state = RunState.of(crawler)
    if run_state is None or run_state.identity is None:
        return uuid.uuid4().hex
    out = str(crawler.settings.get("AUDITCRAWL_OUT") or "")
    return uuid.uuid5(uuid.NAMESPACE_URL, f"{run_state.identity.started_at}|{site}|{out}").hex


def record_from_previous(previous: dict[str, Any], *, url: str, meta: dict[str, Any], headers: dict[str, str],
                         sitemap_lastmod: str | None) -> PageRecord:
    """The page record of a page answered ``304 Not Modified``: its stored content, today's crawl facts."""
    record = PageRecord(
        url=url, requested_url=meta.get("requested_url", url), status=previous["status"],
        content_type=previous["content_type"], depth=meta.get("depth", 0), referrer=meta.get("referrer"),
        title=previous["title"], language=previous["language"],
        headers={**previous["headers"], **{k: v for k, v in headers.items() if k != "content-type"}},
        redirect_chain=list(meta.get("redirect_chain", [])),
        links=[Link(*fields) for fields in previous["links"]], anchors=set(previous["anchors"]),
        is_html=True, truncated=previous["truncated"], sitemap_lastmod=sitemap_lastmod)
    record.extra.update({"previous": previous, "not_modified": True, "main_heading": previous.get("main_heading"),
                         "stored_freshness_extract": previous.get("freshness_extract")})
    return record
