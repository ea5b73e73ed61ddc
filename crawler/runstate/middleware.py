"""Conditional page requests for ``--incremental`` runs (a Scrapy downloader middleware).

For every page request whose URL the site's last complete run stored, the stored state is attached
to the request (``meta["auditcrawl_previous"]``) and its validators become ``If-None-Match`` (ETag)
and ``If-Modified-Since`` (Last-Modified) headers. A ``304 Not Modified`` answer then stands for the
stored page (``crawler.runstate.incremental.record_from_previous``). Off (``NotConfigured``) unless
``AUDITCRAWL_INCREMENTAL`` is on.
"""
from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.exceptions import NotConfigured

from crawler.runstate.incremental import PREVIOUS_META, IncrementalRun


class ConditionalRequestMiddleware:
    def __init__(self, run: IncrementalRun) -> None:
        self.run = run

    @classmethod
    def from_crawler(cls, crawler: Any) -> "ConditionalRequestMiddleware":
        run = IncrementalRun.for_crawler(crawler)
        if run is None or not run.incremental:
            raise NotConfigured("not an incremental run")
        return cls(run)

    def process_request(self, request: Request, spider: Any = None) -> None:
        if "requested_url" not in request.meta or PREVIOUS_META in request.meta:
            return None  # not a page request (sitemap, link check, asset), or already looked up
        previous = self.run.previous_page(request.url)
        request.meta[PREVIOUS_META] = previous
        if previous:
            validators = previous.get("validators") or {}
            if validators.get("etag"):
                request.headers["If-None-Match"] = validators["etag"]
            if validators.get("last-modified"):
                request.headers["If-Modified-Since"] = validators["last-modified"]
        return None
