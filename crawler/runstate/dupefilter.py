"""Scrapy's dupefilter, told which pages a resumed run has already done.

This is the one place that decides "already done, do not fetch or audit it again": every URL
requested for a done page (first request, redirect hops, final URL) is marked seen before the
crawl starts, so the spider can follow the done pages' links again to rebuild the frontier and
only the pages that were not done get through.
"""
from __future__ import annotations

from scrapy import Request
from scrapy.dupefilters import RFPDupeFilter

from crawler.runstate.store import RunState


class RunStateDupeFilter(RFPDupeFilter):
    @classmethod
    def from_crawler(cls, crawler):
        dupefilter = super().from_crawler(crawler)
        state = RunState.of(crawler)
        if state is not None and state.resuming:
            for url in state.done_urls():
                dupefilter.request_seen(Request(url))
        return dupefilter
