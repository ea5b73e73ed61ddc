"""The run's login state, one per crawler, shared by the spider, the middleware and the audits."""
from __future__ import annotations

import asyncio
import logging
from typing import Any
from urllib.parse import urlsplit

from scrapy.downloadermiddlewares.cookies import CookiesMiddleware

from .config import AuthConfig, origin_of
from .guard import LinkGuard

logger = logging.getLogger(__name__)
_ATTR = "_auditcrawl_auth_session"


class AuthSession:
    """What the crawl knows about its login: the config, whether it worked, how often it was redone.

    ``generation`` goes up with every successful login, so a browser knows its cookies are stale.
    """

    def __init__(self, config: AuthConfig, guard: LinkGuard, crawler: Any = None) -> None:
        self.config = config
        self.guard = guard
        self.crawler = crawler
        self.logins = 0  # successful form logins (the first one and any after an expired session)
        self.relogins = 0
        self.failure: str | None = None
        self.generation = 0
        self.relogin_pending: Any = None  # asyncio future of a login redone after the session expired
        self.form_login: Any = None  # crawler.auth.login.FormLogin, once the spider made it

    @classmethod
    def of(cls, crawler: Any) -> "AuthSession":
        """The crawler's session, built from its settings on first use."""
        session = getattr(crawler, _ATTR, None)
        if session is None:
            settings = crawler.settings
            spider = getattr(crawler, "spider", None)
            start_urls = getattr(spider, "start_urls", None) or settings.getlist("AUDITCRAWL_START_URLS")
            config = AuthConfig.from_settings(settings, start_urls)
            session = cls(config, LinkGuard.from_settings(settings, active=config.enabled), crawler)
            setattr(crawler, _ATTR, session)
        return session

    @property
    def enabled(self) -> bool:
        return self.config.enabled

    def logged_in(self) -> None:
        self.logins += 1
        self.generation += 1

    def start_relogin(self) -> Any:
        """The future of the one login redone this run (started now, or already running or done);
        None without a form login."""
        if self.form_login is None:
            return None
        if self.relogin_pending is None:
            self.relogin_pending = asyncio.ensure_future(self.form_login.relogin())
        return self.relogin_pending

    async def renewed_since(self, generation: int) -> bool:
        """A browser was sent to the login page with the session of ``generation``: True once the
        crawl is logged in with a newer one (logging in again if nobody has yet)."""
        if self.generation > generation:
            return True
        pending = self.start_relogin() if self.relogins == 0 else None
        if pending is None:
            return False
        return bool(await asyncio.shield(pending)) and self.generation > generation

    def failed(self, message: str) -> None:
        self.failure = message
        logger.error("login failed: %s", message)

    def describe(self) -> dict[str, Any] | None:
        """run.login (None when the run used no credentials)."""
        if not self.enabled:
            return None
        info = self.config.describe()
        info["ok"] = self.failure is None
        if self.config.login_url:
            info["logins"] = self.logins
            info["relogins"] = self.relogins
        if self.failure:
            info["error"] = self.failure
        return info

    def cookies_for(self, origin: str) -> list[dict[str, Any]]:
        """The cookies the crawl's cookie jar holds for ``origin`` (what the browser is given)."""
        jar = _default_jar(self.crawler)
        if jar is None or origin not in self.config.origins:
            return []
        host = (urlsplit(origin).hostname or "").lower()
        https = origin.startswith("https:")
        found = []
        for cookie in list(jar.jar):
            domain = (cookie.domain or "").lower()
            if not (domain == host or (domain.startswith(".") and (host == domain[1:] or host.endswith(domain)))):
                continue
            if cookie.secure and not https:
                continue
            found.append({"name": cookie.name, "value": cookie.value or "", "path": cookie.path or "/",
                          "secure": bool(cookie.secure),
                          "httpOnly": cookie.has_nonstandard_attr("HttpOnly")
                          or cookie.has_nonstandard_attr("httponly")})
        return found


def _default_jar(crawler: Any) -> Any:
    """Scrapy's default cookie jar (``CookiesMiddleware.jars[None]``), or None without cookies."""
    engine = getattr(crawler, "engine", None)
    manager = getattr(getattr(engine, "downloader", None), "middleware", None)
    for middleware in getattr(manager, "middlewares", ()):
        if isinstance(middleware, CookiesMiddleware):
            return middleware.jars[None]
    return None


__all__ = ["AuthSession", "origin_of"]
