"""Scrapy's dupefilter, told which pages a resumed run has already done, with its fingerprints on disk.

This is the one place that decides "already done, do not fetch or audit it again": every URL
requested for a done page (first request, redirect hops, final URL) is marked seen before the
crawl starts, so the spider can follow the done pages' links again to rebuild the frontier and
only the pages that were not done get through.

In an ``auditcrawl audit`` run the fingerprints (Scrapy's ``request_fingerprint``, the same ones
``RFPDupeFilter`` keeps) go to a ``SeenSet`` in the run-state folder instead of a set in memory: one
per URL requested, they grow with the site (``crawler/runstate/seen.py``). JOBDIR's ``requests.seen``
is not written: a resumed run clears ``jobdir/`` and rebuilds the filter from the done pages.
"""
from __future__ import annotations

from scrapy import Request
from scrapy.dupefilters import RFPDupeFilter

from crawler.runstate.seen import open_seen_set
from crawler.runstate.store import RunState


class RunStateDupeFilter(RFPDupeFilter):
    @classmethod
    def from_crawler(cls, crawler):
        seen = open_seen_set(crawler.settings, "requests")
        if isinstance(seen, set):
            dupefilter = super().from_crawler(crawler)  # Scrapy's own: in memory, JOBDIR's requests.seen
        else:
            dupefilter = cls(None, crawler.settings.getbool("DUPEFILTER_DEBUG"),
                             fingerprinter=crawler.request_fingerprinter)
            dupefilter._fingerprints = seen
        state = RunState.of(crawler)
        if state is not None and state.resuming:
            for url in state.done_urls():
                dupefilter.request_seen(Request(url))
        return dupefilter

    def request_seen(self, request: Request) -> bool:
        if isinstance(self._fingerprints, set):
            return super().request_seen(request)
        return not self._fingerprints.add_new(self._fingerprint(request))  # one query, not a lookup and an insert

    def close(self, reason: str) -> None:
        super().close(reason)
        close = getattr(self._fingerprints, "close", None)
        if close is not None:
            close()
