"""Downloader middleware: Scrapy's retries, with a pause before each retry; Scrapy's robots.txt, fixed.

Scrapy's RetryMiddleware retries at once. A site that answers 429 or 503 asks
for time: this subclass waits for ``Retry-After`` (cut to
``AUDITCRAWL_MAX_RETRY_AFTER``) or, without one, for an exponential backoff
starting at ``AUDITCRAWL_RETRY_BACKOFF`` seconds. The wait is an asyncio sleep:
it holds this request only, never the reactor.
"""
from __future__ import annotations

import asyncio
import email.utils
import time

import scrapy.downloadermiddlewares.cookies as _cookies
import scrapy.downloadermiddlewares.robotstxt as _robotstxt
from scrapy import Request
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from tldextract import TLDExtract
from scrapy.http import Response
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.response import response_status_message
from twisted.internet.defer import Deferred

# Scrapy's cookie middleware splits domains with tldextract, which by default downloads the public
# suffix list on first use. auditcrawl never reaches out for it: the snapshot bundled with tldextract
# serves (the crawl talks only to the sites it audits).
_cookies._split_domain = TLDExtract(suffix_list_urls=(), include_psl_private_domains=True)


def retry_after_seconds(value: bytes | str | None, now: float | None = None) -> float | None:
    """Seconds asked for by a Retry-After header (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


class BackoffRetryMiddleware(RetryMiddleware):
    def __init__(self, settings):
        super().__init__(settings)
        self.backoff = settings.getfloat("AUDITCRAWL_RETRY_BACKOFF", 0.5)
        self.max_retry_after = settings.getfloat("AUDITCRAWL_MAX_RETRY_AFTER", 30.0)

    def _pause(self, request: Request, response: Response | None) -> float:
        if response is not None and response.status in (429, 503):
            asked = retry_after_seconds(response.headers.get("Retry-After"))
            if asked is not None:
                return min(asked, self.max_retry_after)
        attempt = request.meta.get("retry_times", 0)
        return min(self.backoff * (2 ** attempt), self.max_retry_after)

    async def process_response(self, request: Request, response: Response, spider=None):
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        await asyncio.sleep(self._pause(request, response))
        return retry

    async def process_exception(self, request: Request, exception: Exception, spider=None):
        if request.meta.get("dont_retry", False) or not isinstance(exception, self.exceptions_to_retry):
            return None
        retry = self._retry(request, exception)
        if retry is None:
            return None
        await asyncio.sleep(self._pause(request, None))
        return retry


class RobotsTxtMiddleware(_robotstxt.RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, with every request that waits for robots.txt given its parser.

    Scrapy 2.13+ has each request that arrives while a host's robots.txt is being fetched await the one
    Deferred with ``maybe_deferred_to_future``. ``Deferred.asFuture`` consumes the result: the first waiter
    gets the parser, every later one ``None``, which the middleware reads as "no robots.txt, all allowed".
    A crawler that starts with several requests in flight (a worker of a distributed run taking requests
    from the shared queue; several start URLs on one host) fetched disallowed pages. Here each waiter gets
    a Deferred of its own, chained to the shared one without consuming its result.
    """

    async def robot_parser(self, request: Request):
        netloc = urlparse_cached(request).netloc
        pending = self._parsers.get(netloc)
        if not isinstance(pending, Deferred):
            return await super().robot_parser(request)
        mine: Deferred = Deferred()

        def relay(result):
            mine.callback(result)
            return result  # the next waiter gets the parser too

        pending.addCallback(relay)
        return await maybe_deferred_to_future(mine)
