"""AutoThrottle that never goes below a host's robots.txt Crawl-delay."""
from __future__ import annotations

from urllib.parse import urlsplit

from scrapy.extensions.throttle import AutoThrottle


def apply_crawl_delay(slot, floor: float) -> None:
    """Never less than ``floor`` seconds between requests of this slot: no random jitter below it."""
    slot.delay = max(slot.delay, floor)
    slot.jitter = 0.0


class CrawlDelayAutoThrottle(AutoThrottle):
    """Scrapy's AutoThrottle, floored per host by the Crawl-delay read from robots.txt.

    The spider keeps ``crawl_delays`` (hostname -> seconds, already bounded by
    ``AUDITCRAWL_MAX_CRAWL_DELAY``); Scrapy's download slots are keyed by hostname.
    """

    def _adjust_delay(self, slot, latency: float, response) -> None:
        super()._adjust_delay(slot, latency, response)
        delays = getattr(self.crawler.spider, "crawl_delays", {})
        floor = delays.get(urlsplit(response.url).hostname or "")
        if floor:
            apply_crawl_delay(slot, floor)
