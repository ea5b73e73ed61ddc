"""Progress on the terminal while the crawl runs: pages done and queued, findings, rate."""
from __future__ import annotations

import sys
import time

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task


class Progress:
    """Prints one status line every ``AUDITCRAWL_PROGRESS_INTERVAL`` seconds to stderr.

    On a terminal the line is rewritten in place; elsewhere (CI logs) a new line
    is printed at each interval. Switched on by ``AUDITCRAWL_PROGRESS``.
    """

    def __init__(self, crawler, interval: float, stream=None):
        self.crawler = crawler
        self.interval = interval
        self.stream = stream or sys.stderr
        self.started = time.monotonic()
        self.loop: task.LoopingCall | None = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler) -> "Progress":
        if not crawler.settings.getbool("AUDITCRAWL_PROGRESS"):
            raise NotConfigured
        return cls(crawler, crawler.settings.getfloat("AUDITCRAWL_PROGRESS_INTERVAL", 2.0))

    def spider_opened(self, spider) -> None:
        self.started = time.monotonic()
        self.loop = task.LoopingCall(self.report)
        self.loop.start(self.interval, now=False)

    def line(self) -> str:
        stats = self.crawler.stats
        pages = stats.get_value("auditcrawl/pages", 0)
        queued = max(0, stats.get_value("scheduler/enqueued", 0) - stats.get_value("scheduler/dequeued", 0))
        in_audit = max(0, stats.get_value("response_received_count", 0) - pages)
        findings = stats.get_value("auditcrawl/findings", 0)
        elapsed = max(time.monotonic() - self.started, 1e-6)
        return (f"auditcrawl: {pages} pages done, {in_audit} being audited, {queued} queued, {findings} findings, "
                f"{pages / elapsed:.1f} pages/s, {elapsed:.0f} s")

    def report(self) -> None:
        text = self.line()
        if self.stream.isatty():
            self.stream.write("\r" + text.ljust(100))
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def spider_closed(self, spider) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        if self.stream.isatty():
            self.stream.write("\n")
