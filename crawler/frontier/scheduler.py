"""scrapy-redis's scheduler with leases: what a worker pops stays recorded until it is finished.

``SCHEDULER = "crawler.frontier.scheduler.LeasingScheduler"`` with scrapy-redis's ``RFPDupeFilter`` (both set
by ``crawler.frontier.settings``). The queue is scrapy-redis's ``PriorityQueue``; only ``pop`` differs.
"""
from __future__ import annotations

from typing import Any

import redis
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler


REDIS_ERRORS = (redis.RedisError, OSError)


class LeasingPriorityQueue(PriorityQueue):
    """``pop`` moves the request into this worker's lease hash in the same Lua script (see ``run.py``)."""

    def __init__(self, server: Any, spider: Any, key: str, serializer: Any = None) -> None:
        super().__init__(server, spider, key, serializer)
        self.frontier = spider.crawler.auditcrawl_frontier

    def pop(self, timeout: int = 0) -> Any:
        if self.frontier.lost:
            return None
        try:
            got = self.frontier.pop_leased(self.key)
        except REDIS_ERRORS as exc:
            self.frontier.connection_lost(exc)
            return None
        if got is None:
            return None
        lease_id, data = got
        request = self._decode_request(data)
        self.frontier.leases[request.url] = lease_id
        return request

    def __len__(self) -> int:
        if self.frontier.lost:
            return 0
        try:
            return super().__len__()
        except REDIS_ERRORS as exc:
            self.frontier.connection_lost(exc)
            return 0

    def push_encoded(self, data: bytes) -> None:
        """Put back a request taken from a lease (it passed the duplicate filter once already)."""
        request = self._decode_request(data)
        self.push(request)


class LeasingScheduler(Scheduler):
    """scrapy-redis's Scheduler on the run's own Redis client (no password in Scrapy's settings)."""

    @classmethod
    def from_crawler(cls, crawler: Any) -> "LeasingScheduler":
        frontier = crawler.auditcrawl_frontier
        dupefilter = RFPDupeFilter(frontier.redis, key=frontier.key("dupefilter"),
                                   debug=crawler.settings.getbool("DUPEFILTER_DEBUG"))
        instance = cls(server=frontier.redis, persist=True, queue_key=frontier.key("requests"),
                       queue_cls="crawler.frontier.scheduler.LeasingPriorityQueue", dupefilter=dupefilter,
                       idle_before_close=0)
        instance.stats = crawler.stats
        return instance

    def enqueue_request(self, request: Any) -> bool:
        frontier = self.spider.crawler.auditcrawl_frontier
        if frontier.lost:
            return False
        try:
            return super().enqueue_request(request)
        except REDIS_ERRORS as exc:
            frontier.connection_lost(exc)
            return False

    def open(self, spider: Any) -> None:
        super().open(spider)
        frontier = spider.crawler.auditcrawl_frontier
        frontier.queue = self.queue
