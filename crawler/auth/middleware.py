"""Credentials on the site's own origins only, and only GET and HEAD while logged in.

A downloader middleware placed before Scrapy's ``CookiesMiddleware`` (700). For every request:

- to a credential origin (the start URLs' scheme, host and port, plus ``auth_origins``): add the
  extra headers, Basic auth and the ``--cookie`` cookies (Scrapy's cookie jar then sends the session);
- to any other origin (an external link, a redirect hop to another host, another port of the same
  host): drop those headers and any ``Cookie``/``Authorization``, and keep the cookie jar out of it
  (``dont_merge_cookies``: no site cookie goes out, no foreign cookie comes in);
- any method other than GET and HEAD is refused, except the login form's own POST;
- a redirect hop or a link check to a logout or destructive URL (``guard``) is refused: the spider
  and the link audit skip such links, this catches a page that redirects to one.

Every redirect hop is its own request here (the spider and the link checker follow redirects one hop
at a time), so a redirect off the site never carries credentials.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any

from scrapy import Request
from scrapy.exceptions import IgnoreRequest, NotConfigured

from .session import AuthSession

logger = logging.getLogger(__name__)
LOGIN_META = "auditcrawl_login_request"  # set on the login form's POST: the one non-GET request allowed
LOGIN_FLOW_META = "auditcrawl_login_flow"  # requests of the login itself: not held while it runs
GENERATION_META = "auditcrawl_login_generation"  # which login's session a request was sent with
SAFE_METHODS = ("GET", "HEAD")


class GuardedRequest(IgnoreRequest):
    """A request to a logout or destructive URL, refused while logged in; ``reason`` is the guard's."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"not requested while logged in ({reason} URL)")
        self.reason = reason


class AuthMiddleware:
    def __init__(self, session: AuthSession, stats: Any = None) -> None:
        self.session = session
        self.config = session.config
        self.stats = stats
        self.headers = self.config.request_headers()
        self.strip = {"cookie", "authorization", *self.config.header_names()}

    @classmethod
    def from_crawler(cls, crawler: Any) -> "AuthMiddleware":
        session = AuthSession.of(crawler)
        if not session.enabled:
            raise NotConfigured("no credentials")
        return cls(session, crawler.stats)

    async def process_request(self, request: Request, spider: Any = None) -> None:
        if request.method not in SAFE_METHODS and not request.meta.get(LOGIN_META):
            if self.stats is not None:
                self.stats.inc_value("auditcrawl/auth/refused_methods")
            raise IgnoreRequest(f"auditcrawl sends only GET and HEAD while logged in, not {request.method}")
        if self.config.covers(request.url):
            follow_up = request.meta.get("redirect_chain") or request.meta.get("auditcrawl_links")
            guarded = self.session.guard.skip_reason(request.url) if follow_up else None
            if guarded and not request.meta.get(LOGIN_FLOW_META):  # a redirect hop to /logout, say
                raise GuardedRequest(guarded)
            pending = self.session.relogin_pending
            if pending is not None and not request.meta.get(LOGIN_FLOW_META):
                if not pending.done():  # the session expired: wait for the new one
                    await asyncio.shield(pending)
                if not pending.result():
                    raise IgnoreRequest("not logged in: logging in again failed")
            request.meta[GENERATION_META] = self.session.generation
            for name, value in self.headers:
                request.headers[name] = value
            if self.config.cookies:
                cookies = request.cookies if isinstance(request.cookies, dict) else {}
                if isinstance(request.cookies, list):
                    cookies = {c["name"]: c["value"] for c in request.cookies if "name" in c}
                for name, value in self.config.cookies:
                    cookies.setdefault(name, value)
                request.cookies = cookies
            return None
        for name in list(request.headers.keys()):
            if name.decode("latin-1").lower() in self.strip:
                del request.headers[name]
        request.meta["dont_merge_cookies"] = True
        if self.stats is not None:
            self.stats.inc_value("auditcrawl/auth/requests_without_credentials")
        return None

    def process_response(self, request: Request, response: Any, spider: Any = None) -> Any:
        self._forget_credentials(request)
        return response

    def process_exception(self, request: Request, exception: Exception, spider: Any = None) -> None:
        self._forget_credentials(request)
        return None

    def _forget_credentials(self, request: Request) -> None:
        """Once downloaded, the request keeps no credential: a retry is a copy of it, and Scrapy writes
        scheduled requests to disk (JOBDIR, inside --out). The next download adds them again."""
        for name in list(request.headers.keys()):
            if name.decode("latin-1").lower() in self.strip:
                del request.headers[name]
        if self.config.cookies and isinstance(request.cookies, dict):
            for name, _ in self.config.cookies:
                request.cookies.pop(name, None)
