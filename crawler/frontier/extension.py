"""The frontier's Scrapy extension: shared spider state, heartbeats, idle and done, a lost Redis.

Enabled when the crawler carries a ``Frontier`` (``crawler.auditcrawl_frontier``, set by
``crawler.frontier.commands``); ``NotConfigured`` otherwise, so single-process crawls are untouched.
"""
from __future__ import annotations

import asyncio
import logging
from collections import Counter
from typing import Any

from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured

from .shared import SharedCounter, SharedMap, SharedSet, SharedSets

logger = logging.getLogger(__name__)
COUNTED_STATS = ("auditcrawl/session_ids_stripped", "auditcrawl/sitemaps/read", "auditcrawl/sitemaps/failed",
                 "auditcrawl/sitemaps/unreadable", "auditcrawl/sitemaps/offsite")


class FrontierExtension:
    def __init__(self, crawler: Any, frontier: Any) -> None:
        self.crawler = crawler
        self.frontier = frontier
        self.interval = max(0.2, min(1.0, frontier.heartbeat_timeout / 4))
        self._loop: asyncio.Task | None = None
        frontier.on_lost = self._lost
        frontier.before_idle = self.flush_counts
        frontier.on_done = self._merge_counts
        self._share_spider_state(crawler.spider)
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Any) -> "FrontierExtension":
        frontier = getattr(crawler, "auditcrawl_frontier", None)
        if frontier is None:
            raise NotConfigured("no shared frontier")
        return cls(crawler, frontier)

    def _share_spider_state(self, spider: Any) -> None:
        """The spider's cross-page structures, in Redis (see crawler.frontier.shared)."""
        frontier, key = self.frontier, self.frontier.key
        spider.discovered = SharedSet(frontier, key("discovered"))
        spider.redirects = SharedMap(frontier, key("redirects"))
        spider.sitemap_lastmod = SharedMap(frontier, key("sitemap_lastmod"))
        spider.start_results = SharedMap(frontier, key("start_results"))
        spider.scheduled = SharedCounter(frontier, key("scheduled"))
        scope = getattr(spider, "scope", None)
        if scope is not None:  # trap limits (12 calendar pages...) hold for the whole run, not per worker
            scope._date_variants = SharedSets(frontier, key("scope:dates:"))
            scope._query_variants = SharedSets(frontier, key("scope:queries:"))

    # -- counters -----------------------------------------------------------------------------
    def _counts(self) -> dict[str, int]:
        spider, stats = self.crawler.spider, self.crawler.stats
        counts = {f"skipped/{k}": v for k, v in getattr(spider, "skipped", {}).items()}
        counts.update({name: stats.get_value(name, 0) for name in COUNTED_STATS})
        return counts

    def flush_counts(self) -> None:
        self.frontier.flush_counts(self._counts())

    def _merge_counts(self) -> None:
        """The crawl is over: this process's counters become the run's (coverage in results.json)."""
        totals = self.frontier.totals()
        self.crawler.spider.skipped = Counter({k[len("skipped/"):]: v for k, v in totals.items()
                                               if k.startswith("skipped/") and v})
        for name in COUNTED_STATS:
            self.crawler.stats.set_value(name, totals.get(name, 0))

    # -- signals ------------------------------------------------------------------------------
    def spider_opened(self, spider: Any) -> None:
        self._guard(self.frontier.heartbeat)
        self._loop = asyncio.ensure_future(self._tick_forever())

    async def _tick_forever(self) -> None:
        while not self.frontier.lost:
            self._guard(self._tick)
            await asyncio.sleep(self.interval)

    def _tick(self) -> None:
        self.frontier.heartbeat()
        self.flush_counts()
        sink = getattr(self._pipeline(), "sink", None)
        if self.frontier.is_coordinator and hasattr(sink, "drain"):
            sink.drain()
        self._wake_engine()  # an idle worker looks at the shared queue again now, not in 5 s

    def _pipeline(self) -> Any:
        scraper = getattr(self.crawler.engine, "scraper", None)
        for middleware in getattr(getattr(scraper, "itemproc", None), "middlewares", ()):
            if hasattr(middleware, "sink"):
                return middleware
        return None

    def _wake_engine(self) -> None:
        slot = getattr(self.crawler.engine, "_slot", None)
        if slot is not None and getattr(slot, "nextcall", None) is not None:
            slot.nextcall.schedule()

    def _guard(self, step: Any) -> None:
        try:
            step()
        except Exception as exc:
            import redis
            if not isinstance(exc, (redis.RedisError, OSError)):
                raise
            self.frontier.connection_lost(exc)

    def spider_idle(self, spider: Any) -> None:
        if not self.frontier.crawl_done():
            raise DontCloseSpider

    def _lost(self, reason: str) -> None:
        engine = self.crawler.engine
        if engine is not None and getattr(engine, "_slot", None) is not None:
            asyncio.ensure_future(engine.close_spider_async(reason="frontier_lost"))

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self._loop is not None:
            self._loop.cancel()
        if not self.frontier.lost:
            try:
                self.flush_counts()
                self.frontier.leave()
            except Exception:
                logger.warning("frontier: could not sign off from Redis", exc_info=True)
