"""The audit pipeline: every page record goes through the enabled audits, then to the results sink.

An audit that raises costs that page an error entry (``pages[].errors``); the
crawl goes on. Audits that need the whole crawl (the link audit's verdicts)
get ``finish()`` when Scrapy goes idle: the pipeline holds the spider open
(``DontCloseSpider``) until they are done, so they can still download.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import inspect
import itertools
import logging
from typing import Any

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.utils.misc import build_from_crawler, load_object

from audits.base import Audit, AuditContext, Finding
from audits.registry import build_audits
from crawler import __version__
from crawler.auth.session import AuthSession
from crawler.items import PageRecord
from crawler.runstate.incremental import NO_REUSE, IncrementalRun
from crawler.runstate import RunState

logger = logging.getLogger(__name__)
FINDINGS_CHUNK = 1000  # end-of-crawl findings handed to the sink at a time
INCREMENTAL_STATE = "incremental"  # the run state's key for a page's stored page state (not an audit id)


async def _resolve(outcome: Any) -> list[Finding]:
    if inspect.isawaitable(outcome):
        outcome = await outcome
    return list(outcome or [])


def as_of_date(value: str | dt.date | None) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value) if value else dt.date.today()


class AuditPipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.audits: list[Audit] = build_audits(crawler)
        self.sink = build_from_crawler(load_object(crawler.settings.get("AUDITCRAWL_RESULTS_SINK")), crawler)
        self.context = AuditContext(as_of=as_of_date(crawler.settings.get("AUDITCRAWL_AS_OF")),
                                    settings=crawler.settings, stats=crawler.stats, crawler=crawler)
        self.started_at = dt.datetime.now(dt.timezone.utc)
        self.incremental = IncrementalRun.for_crawler(crawler)  # page state: reused (--incremental), recorded
        self.run_state = RunState.of(crawler)  # None for a crawl that cannot be resumed (scrapy crawl)
        if self.run_state is not None and self.run_state.resuming and self.run_state.identity is not None:
            self.started_at = dt.datetime.fromisoformat(self.run_state.identity.started_at)
        self._finish_task: asyncio.Task | None = None
        self._finished = False
        crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)

    @classmethod
    def from_crawler(cls, crawler) -> "AuditPipeline":
        return cls(crawler)

    async def open_spider(self) -> None:
        spider = self.crawler.spider
        self.context.redirects = getattr(spider, "redirects", {})
        for audit in self.audits:
            await _resolve(audit.open(self.context))
        if self.incremental is not None:
            self.incremental.open(self.started_at.isoformat(timespec="seconds"), self.audits)
            self.context.link_verdicts = self.incremental.link_cache
        if self.run_state is not None and self.run_state.resuming:
            self._restore(self.run_state)
        else:
            self.sink.open(self._run_info(final=False))

    def _restore(self, run_state: RunState) -> None:
        """A resumed run: the pages done before the kill come back from the run state and the
        results stream, and each audit rebuilds what it collected from them (``restore_page``)."""
        self.sink.resume(self._run_info(final=False), run_state.stream_checkpoint)
        for done in run_state.done:  # read from the run state one page at a time; audits keep what they need
            page = done.page
            for audit in self.audits:
                restore = getattr(audit, "restore_page", None)
                if restore is not None:
                    restore(page, done.audits.get(audit.id), self.context)
            if self.incremental is not None:  # its page state, so the run ends with every page's
                self.incremental.restore(page.url, done.audits.get(INCREMENTAL_STATE))
        kept = self.sink.summary()
        stats = self.crawler.stats
        stats.set_value("auditcrawl/pages", kept.pages)
        stats.set_value("auditcrawl/pages_audited", kept.audited)
        stats.set_value("auditcrawl/findings", kept.findings)
        logger.info("resumed: %d pages done before, %d findings kept", kept.pages, kept.findings)

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, PageRecord):
            return item
        page = item
        # What a cross-page audit needs of every page goes to its own store (the link audit's is on disk or
        # in Redis), not into a dict of every record: memory stays flat however large the site is.
        for audit in self.audits:
            try:
                audit.page_fetched(page, self.context)
            except Exception:
                logger.exception("audit %s could not record %s", audit.id, page.url)
        findings: list[Finding] = []
        # --incremental: the one place that decides to take an audit's stored result instead of running it
        reuse = await self.incremental.reusable(page) if self.incremental is not None else NO_REUSE
        if page.auditable:
            for audit in self.audits:
                stored = reuse.findings(audit.id, page)
                findings.extend(stored if stored is not None else await self._run_audit(audit, page))
            self.crawler.stats.inc_value("auditcrawl/pages_audited")
        kept = self.incremental.remember(page, findings) if self.incremental is not None else None
        self.crawler.stats.inc_value("auditcrawl/pages")
        self.crawler.stats.inc_value("auditcrawl/findings", len(findings))
        self.sink.write_page(page, findings)
        if self.run_state is not None:  # after the stream has the page: only then is it done
            states = self._page_states(page)
            if kept is not None:
                states[INCREMENTAL_STATE] = kept
            self.run_state.page_done(page, states, self.sink.checkpoint())
        page.html = ""  # the audits are done with it; do not hold every page's HTML in memory
        return page

    def _page_states(self, page: PageRecord) -> dict[str, Any]:
        """What each audit keeps of ``page`` for a resumed run (``Audit.page_state``)."""
        states = {}
        for audit in self.audits:
            keep = getattr(audit, "page_state", None)
            state = keep(page) if keep is not None else None
            if state is not None:
                states[audit.id] = state
        return states

    async def _run_audit(self, audit: Audit, page: PageRecord) -> list[Finding]:
        try:
            return await _resolve(audit.audit_page(page, self.context))
        except Exception as exc:  # an audit's failure is that page's error, never the run's
            message = str(exc) or type(exc).__name__
            if not message.startswith(f"{audit.id}:"):
                message = f"{audit.id}: {message}"
            page.errors.append({"audit": audit.id, "message": message[:500]})
            self.crawler.stats.inc_value(f"auditcrawl/errors/{audit.id}")
            logger.warning("audit %s failed on %s: %s", audit.id, page.url, message,
                           exc_info=not isinstance(exc, (TimeoutError, RuntimeError)))
            return []

    def spider_idle(self) -> None:
        """Run every audit's ``finish()`` once, keeping the spider open until they are done."""
        if self._finished:
            return
        frontier = getattr(self.crawler, "auditcrawl_frontier", None)  # a distributed run (crawler.frontier)
        if frontier is not None:
            if not frontier.crawl_done():
                raise DontCloseSpider  # other workers are still crawling, or the queue is not empty
            if not frontier.finishes_here:
                self._finished = True  # cross-page findings are the coordinator's, from the shared stores
                return
        if self._finish_task is None:
            self._finish_task = asyncio.ensure_future(self._finish_all())
        if not self._finish_task.done():
            raise DontCloseSpider
        self._finished = True

    async def _finish_all(self) -> None:
        for audit in self.audits:
            written = 0
            try:
                outcome = audit.finish(self.context)
                if inspect.isawaitable(outcome):
                    outcome = await outcome
                # a list, or an iterator reading the audit's store (the link audit's): to the sink a chunk at a time
                findings = iter(outcome or ())
                while chunk := list(itertools.islice(findings, FINDINGS_CHUNK)):
                    self.sink.write_findings(chunk)
                    written += len(chunk)
            except Exception as exc:  # the findings written so far stay, with the run error
                logger.exception("audit %s failed to finish", audit.id)
                self.sink.write_run_error({"audit": audit.id, "message": f"{audit.id}: {exc}"[:500]})
            finally:
                self.crawler.stats.inc_value("auditcrawl/findings", written)
        if self.incremental is not None:
            try:
                await self.incremental.finish()
            except Exception:  # the next run then re-audits the pages whose assets are unknown
                logger.exception("incremental: could not check the pages' assets")
        # Wake the engine now rather than at its next 5-second heartbeat.
        engine = self.crawler.engine
        slot = getattr(engine, "_slot", None)
        if slot is not None and getattr(slot, "nextcall", None) is not None:
            slot.nextcall.schedule()

    async def close_spider(self) -> None:
        for audit in self.audits:
            try:
                await _resolve(audit.close(self.context))
            except Exception:
                logger.exception("audit %s failed to close", audit.id)
        # Scrapy records its close reason after the pipelines have closed: a crawl that did not get to
        # the end-of-crawl step (finish) was stopped early (Ctrl-C: Scrapy's "shutdown")
        reason = self.crawler.stats.get_value("finish_reason") or ("finished" if self._finished else "shutdown")
        if self.run_state is None:
            self.sink.close(self._run_info(final=True, reason=reason))
        else:
            # a run stopped early (Ctrl-C) keeps its stream, so --resume can continue it
            self.sink.close(self._run_info(final=True, reason=reason), keep_stream=reason != "finished")
            if reason == "finished":
                self.run_state.crawl_finished()
            self.run_state.close()
        if self.incremental is not None:  # after results.json: a stored state always has its results
            try:
                self.incremental.close(finished=reason == "finished" and self._finished)
            except Exception:  # the results stand; the next run reuses the last state that was stored
                logger.exception("incremental: could not store this run's page state")

    # -- run description ---------------------------------------------------

    def _run_info(self, final: bool, reason: str = "") -> dict[str, Any]:
        settings = self.crawler.settings
        spider = self.crawler.spider
        info: dict[str, Any] = {
            "started_at": self.started_at.isoformat(timespec="seconds"),
            "finished_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds") if final else None,
            "start_urls": list(getattr(spider, "start_urls", [])),
            "as_of": self.context.as_of.isoformat(),
            "settings": settings.getdict("AUDITCRAWL_RUN_SETTINGS") or {},
            "engines": self._engines(),
        }
        login = AuthSession.of(self.crawler).describe()
        if login:  # that a login was used and as whom; never a secret
            info["login"] = login
        if final:
            info["coverage"] = self._coverage(spider)
            info["start_results"] = dict(getattr(spider, "start_results", {}))
            info["exit_reason"] = reason
        if self.incremental is not None and self.incremental.incremental:
            info["incremental"] = self.incremental.summary()
        return info

    def _engines(self) -> dict[str, Any]:
        engines: dict[str, Any] = {"auditcrawl": __version__, "scrapy": scrapy.__version__}
        for audit in self.audits:
            try:
                engines.update(audit.engine_info() or {})
            except Exception:  # engine versions are informative only
                logger.exception("audit %s could not report its engine", audit.id)
        return engines

    def _coverage(self, spider) -> dict[str, Any]:
        stats = self.crawler.stats
        skipped: dict[str, int] = dict(getattr(spider, "skipped", {}))
        for key, count in self.sink.summary().not_audited.items():  # counted by the sink as pages were written
            skipped[key] = skipped.get(key, 0) + count
        return {
            "discovered": len(getattr(spider, "discovered", ())),
            "fetched": stats.get_value("auditcrawl/pages", 0),
            "audited": stats.get_value("auditcrawl/pages_audited", 0),
            "skipped": dict(sorted(skipped.items())),
            "session_ids_stripped": stats.get_value("auditcrawl/session_ids_stripped", 0),
            "sitemaps_read": stats.get_value("auditcrawl/sitemaps/read", 0),
        }
