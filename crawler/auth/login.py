"""The form login: fetch the login page, fill its form, post it, follow the answer on the site.

Done through Scrapy's downloader (``engine.download_async``), so the session cookies land in the
crawl's cookie jar and every request passes ``AuthMiddleware`` (the POST carries the one
exemption from GET/HEAD-only). The form is submitted with ``form2request`` (what Scrapy recommends
instead of ``FormRequest.from_response``): hidden fields (CSRF tokens) are kept, the given fields
filled in, the first submit button clicked.

A login fails (``LoginFailed``, one line for the user) when the page has no login form, the form
posts to another origin, an answer is an HTTP error, or the login form comes back after posting
(wrong credentials).
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any
from urllib.parse import urljoin, urlsplit

from form2request import form2request
from scrapy import Request
from scrapy.http import HtmlResponse, Response

from .config import origin_of
from .middleware import LOGIN_FLOW_META, LOGIN_META
from .session import AuthSession

logger = logging.getLogger(__name__)
MAX_HOPS = 10
PASSWORD_INPUT = "input[type=password i]"


class LoginFailed(Exception):
    """The login did not work; ``str()`` is the line the user sees."""


def same_page(a: str, b: str) -> bool:
    """Same origin and path (the query, e.g. ``?next=/page``, does not count)."""
    try:
        return origin_of(a) == origin_of(b) and (urlsplit(a).path or "/") == (urlsplit(b).path or "/")
    except ValueError:
        return False


def find_login_form(response: Response, css: str | None, field_names: list[str]) -> int | None:
    """Index of the login form in the page: ``css`` if given, else the form with a password field,
    else the first form holding all the given fields."""
    if not isinstance(response, HtmlResponse):
        return None
    forms = response.css("form")
    if css:
        chosen = response.css(css)
        if not chosen:
            return None
        root = chosen[0].root
        for index, form in enumerate(forms):
            if form.root is root:
                return index
        return None
    for index, form in enumerate(forms):
        if form.css(PASSWORD_INPUT):
            return index
    for index, form in enumerate(forms):
        names = set(form.css("input::attr(name), select::attr(name), textarea::attr(name)").getall())
        if field_names and all(n in names for n in field_names):
            return index
    return None


def login_form_came_back(response: Response, login_url: str, field_names: list[str]) -> bool:
    """After posting: is this the login form again (wrong credentials)?"""
    if not isinstance(response, HtmlResponse):
        return False
    for form in response.css("form"):
        names = set(form.css("input::attr(name)").getall())
        if form.css(PASSWORD_INPUT) and (names & set(field_names) or same_page(response.url, login_url)):
            return True
    return same_page(response.url, login_url) and find_login_form(response, None, field_names) is not None


class FormLogin:
    """Logs the crawl in with the login form; ``relogin`` redoes it once per run, shared by all callers."""

    def __init__(self, session: AuthSession, engine: Any) -> None:
        self.session = session
        self.config = session.config
        self.engine = engine
        self._relogin: asyncio.Future[bool] | None = None

    async def _get(self, request: Request) -> Response:
        request.meta.update({"dont_redirect": True, "handle_httpstatus_all": True, "dont_retry": False,
                             "dont_obey_robotstxt": True, LOGIN_FLOW_META: True})  # a login page is often disallowed for robots
        return await self.engine.download_async(request)

    async def _follow(self, response: Response) -> Response:
        """Follow redirects (GET) on the credential origins only."""
        for _ in range(MAX_HOPS):
            location = response.headers.get("Location")
            if not (300 <= response.status < 400 and location):
                return response
            target = urljoin(response.url, location.decode("latin-1").strip())
            if not self.config.covers(target):
                raise LoginFailed(f"the login redirected to another site ({origin_of(target)}); "
                                  "add it with --auth-origins if it is part of the site")
            response = await self._get(Request(target, dont_filter=True))
        raise LoginFailed(f"the login went through more than {MAX_HOPS} redirects")

    async def login(self) -> None:
        """Log in; raises LoginFailed."""
        url = self.config.login_url or ""
        names = [name for name, _ in self.config.login_fields]
        page = await self._follow(await self._get(Request(url, dont_filter=True)))
        if page.status >= 400:
            raise LoginFailed(f"the login page {url} answered HTTP {page.status}")
        index = find_login_form(page, self.config.login_form, names)
        if index is None:
            where = f" matching {self.config.login_form!r}" if self.config.login_form else ""
            raise LoginFailed(f"no login form{where} on {page.url}")
        post = form2request(page.css("form")[index], dict(self.config.login_fields)).to_scrapy(
            callback=None, dont_filter=True)
        if not self.config.covers(post.url):
            raise LoginFailed(f"the login form posts to another site ({origin_of(post.url)}); "
                              "add it with --auth-origins if it is part of the site")
        post.meta[LOGIN_META] = True
        answer = await self._follow(await self._get(post))
        if answer.status >= 400:
            raise LoginFailed(f"posting the login form answered HTTP {answer.status}")
        if login_form_came_back(answer, url, names):
            raise LoginFailed(f"the login page came back after posting the form (wrong credentials?) at {answer.url}")
        self.session.logged_in()
        logger.info("logged in with the form at %s", url)

    async def relogin(self) -> bool:
        """The session expired: log in again, once per run. True when logged in again."""
        if self._relogin is None:
            self._relogin = asyncio.ensure_future(self._do_relogin())
        return await asyncio.shield(self._relogin)

    async def _do_relogin(self) -> bool:
        logger.warning("session expired (a page redirected to the login page): logging in again")
        try:
            await self.login()
        except LoginFailed as exc:
            self.session.failed(f"logging in again after the session expired failed: {exc}")
            return False
        self.session.relogins += 1
        logger.warning("logged in again; the crawl goes on")
        return True
