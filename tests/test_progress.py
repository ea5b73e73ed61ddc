"""The progress line: counts from Scrapy's stats, a new line per interval when not on a terminal."""
from __future__ import annotations

import io

from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from crawler.progress import Progress


def test_progress_line_counts_pages_queue_audits_and_findings():
    crawler = get_crawler(settings_dict={"AUDITCRAWL_PROGRESS": True})
    stats = MemoryStatsCollector(crawler)
    crawler.stats = stats
    for key, value in {"auditcrawl/pages": 10, "response_received_count": 13, "scheduler/enqueued": 20,
                       "scheduler/dequeued": 15, "auditcrawl/findings": 7}.items():
        stats.set_value(key, value)
    stream = io.StringIO()
    progress = Progress(crawler, interval=2.0, stream=stream)
    progress.report()
    line = stream.getvalue()
    assert line.startswith("auditcrawl: 10 pages done, 3 being audited, 5 queued, 7 findings,")
    assert line.endswith(" s\n")
