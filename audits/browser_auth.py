"""The site's credentials in the browser, and nowhere else.

- Cookies (the form login's session, ``--cookie``) are set per origin with CDP ``Network.setCookie``,
  bound to their origin's scheme and port (Chromium's port- and scheme-bound cookies, switched on
  with ``CHROMIUM_ARGS``): without that binding Chromium sends a ``127.0.0.1`` cookie to every port
  of 127.0.0.1, and an ``http:`` cookie to ``https:``.
- Extra headers and Basic auth go through CDP request interception (the Fetch domain) with one URL
  pattern per credential origin: only requests to those origins are paused and given the headers. A
  redirect off the site, a third-party image or script, a cross-origin frame: none matches, none gets
  them. (Not ``Network.setExtraHTTPHeaders``: that is browser-wide.)
- Requests to the site's origins other than GET, HEAD and OPTIONS (a script posting a form) are
  failed: a logged-in audit changes nothing on the site.

Interception needs a CDP connection of its own: Chromium's DevTools address (local chromedriver's
``goog:chromeOptions.debuggerAddress``) or Selenium Grid's ``se:cdp``. Each driver gets one
connection and one reader thread; both end with the browser.
"""
from __future__ import annotations

import itertools
import json
import logging
import threading
import urllib.request
from dataclasses import dataclass
from typing import Any, Callable, TypeVar
from urllib.parse import urlsplit

from audits.browser import BrowserError

logger = logging.getLogger(__name__)
T = TypeVar("T")

CHROMIUM_ARGS = ("--enable-features=EnablePortBoundCookies,EnableSchemeBoundCookies",)
ALLOWED_METHODS = ("GET", "HEAD", "OPTIONS")
_DRIVER_ATTR = "_auditcrawl_browser_auth"


class BrowserAuthError(BrowserError):
    """The browser could not be given the site's credentials (the page is not audited logged out)."""


@dataclass(frozen=True)
class BrowserCredentials:
    """What one browser needs, as of one moment of the crawl (compared to skip re-applying)."""

    origins: tuple[str, ...]
    headers: tuple[tuple[str, str], ...]
    cookies: tuple[tuple[str, str, str, str, bool, bool], ...]  # origin, name, value, path, secure, httpOnly
    generation: int = 0  # the login these cookies come from (AuthSession.generation)


def _port(origin: str) -> int:
    parts = urlsplit(origin)
    return parts.port or (443 if parts.scheme == "https" else 80)


class BrowserAuth:
    """Hands the crawl's login to the WCAG audit's browsers (see the module docstring)."""

    chromium_args = CHROMIUM_ARGS

    def __init__(self, session: Any) -> None:
        self.session = session

    @classmethod
    def from_crawler(cls, crawler: Any) -> "BrowserAuth | None":
        from crawler.auth.session import AuthSession
        session = AuthSession.of(crawler)
        return cls(session) if session.enabled else None

    def snapshot(self) -> BrowserCredentials:
        """The credentials now (call on the crawl's thread: it reads Scrapy's cookie jar)."""
        config = self.session.config
        origins = tuple(sorted(config.origins))
        cookies = tuple((origin, c["name"], c["value"], c["path"], c["secure"], c["httpOnly"])
                        for origin in origins for c in self.session.cookies_for(origin))
        return BrowserCredentials(origins, tuple(config.request_headers()), cookies, self.session.generation)

    def sent_to_login(self, result: Any) -> bool:
        """Did the browser land on the login page instead of the page (its session expired)?"""
        from crawler.auth.login import same_page
        login_url = self.session.config.login_url
        return bool(login_url and isinstance(result, dict) and result.get("navigated_to")
                    and same_page(result["navigated_to"], login_url))

    async def renewed(self, credentials: BrowserCredentials) -> bool:
        """After ``sent_to_login``: True when the crawl has a newer session to try the page with."""
        return await self.session.renewed_since(credentials.generation)

    async def run_logged_in(self, pool: Any, job: Callable[[Any], T], budget: float) -> T:
        """``pool.run(job)`` with the crawl's session; once more with a renewed session when the browser
        was sent to the login page. Raises BrowserAuthError when the session cannot be renewed."""
        credentials = self.snapshot()
        result = await pool.run(self.wrap(job, credentials), budget)
        if not self.sent_to_login(result):
            return result
        if await self.renewed(credentials):
            result = await pool.run(self.wrap(job, self.snapshot()), budget)
            if not self.sent_to_login(result):
                return result
        raise BrowserAuthError("not audited: the browser was sent to the login page (the session expired)")

    def wrap(self, job: Callable[[Any], T], credentials: BrowserCredentials) -> Callable[[Any], T]:
        """``job(driver)``, run after ``driver`` holds ``credentials``."""
        def run(driver: Any) -> T:
            state = getattr(driver, _DRIVER_ATTR, None)
            if state is None:
                state = _DriverCredentials(driver)
                setattr(driver, _DRIVER_ATTR, state)
            state.apply(credentials)
            return job(driver)
        return run


def _cdp(driver: Any, command: str, params: dict[str, Any]) -> Any:
    if hasattr(driver, "execute_cdp_cmd"):
        return driver.execute_cdp_cmd(command, params)
    driver.command_executor.add_command("executeCdpCommand", "POST", "/session/$sessionId/goog/cdp/execute")
    return driver.execute("executeCdpCommand", {"cmd": command, "params": params})["value"]


class _DriverCredentials:
    """One driver's applied credentials and its request interceptor."""

    def __init__(self, driver: Any) -> None:
        self.driver = driver
        self.applied: BrowserCredentials | None = None
        self.interceptor: FetchInterceptor | None = None

    def apply(self, credentials: BrowserCredentials) -> None:
        if self.interceptor is None or not self.interceptor.is_alive():
            self.interceptor = FetchInterceptor.attach(self.driver, credentials.origins)
        self.interceptor.headers = credentials.headers
        if self.applied is not None and self.applied.cookies == credentials.cookies \
                and self.applied.generation == credentials.generation:
            self.applied = credentials
            return
        if self.applied is not None:  # a new session (logged in again): old cookies out
            _cdp(self.driver, "Network.clearBrowserCookies", {})
        for origin, name, value, path, secure, http_only in credentials.cookies:
            https = origin.startswith("https:")
            result = _cdp(self.driver, "Network.setCookie", {
                "name": name, "value": value, "url": origin + "/", "path": path or "/", "secure": secure,
                "httpOnly": http_only, "sourceScheme": "Secure" if https else "NonSecure",
                "sourcePort": _port(origin)})
            if isinstance(result, dict) and result.get("success") is False:
                raise BrowserAuthError(f"the browser refused the site's cookie {name}")
        self.applied = credentials


class FetchInterceptor(threading.Thread):
    """Pauses the page's requests to the credential origins, adds the headers, refuses writes."""

    def __init__(self, ws: Any, session_id: str, origins: tuple[str, ...]) -> None:
        super().__init__(name="auditcrawl-fetch-interceptor", daemon=True)
        self.ws = ws
        self.session_id = session_id
        self.origins = origins
        self.headers: tuple[tuple[str, str], ...] = ()
        self._ids = itertools.count(1000)

    @classmethod
    def attach(cls, driver: Any, origins: tuple[str, ...]) -> "FetchInterceptor":
        import websocket  # websocket-client, a dependency of Selenium

        url = _browser_ws_url(driver)
        try:
            ws = websocket.create_connection(url, timeout=30, suppress_origin=True)
        except Exception as exc:  # noqa: BLE001
            raise BrowserAuthError(f"cannot reach the browser's DevTools for the site's headers: {exc}") from exc
        target = driver.current_window_handle
        session_id = _call(ws, 1, "Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        patterns = [{"urlPattern": f"{origin}/*", "requestStage": "Request"} for origin in origins]
        _call(ws, 2, "Fetch.enable", {"patterns": patterns, "handleAuthRequests": False}, session_id)
        ws.settimeout(None)
        interceptor = cls(ws, session_id, origins)
        interceptor.start()
        return interceptor

    def run(self) -> None:
        """Until the browser goes away. Closing the connection (the ``finally``) ends the interception
        in Chromium too, so a dead thread never leaves requests paused; ``apply`` attaches anew."""
        try:
            while True:
                message = json.loads(self.ws.recv())
                if message.get("method") == "Fetch.requestPaused":
                    self._paused(message["params"], message.get("sessionId") or self.session_id)
        except Exception:  # noqa: BLE001 - the browser went away (or a message made no sense): stop
            logger.debug("fetch interceptor ended", exc_info=True)
        finally:
            try:
                self.ws.close()
            except Exception:  # noqa: BLE001
                pass

    def _paused(self, params: dict[str, Any], session_id: str) -> None:
        request = params.get("request") or {}
        request_id = params["requestId"]
        if str(request.get("method", "GET")).upper() not in ALLOWED_METHODS:
            self._send("Fetch.failRequest", {"requestId": request_id, "errorReason": "BlockedByClient"}, session_id)
            return
        ours = {name.lower() for name, _ in self.headers}
        headers = [{"name": k, "value": v} for k, v in (request.get("headers") or {}).items() if k.lower() not in ours]
        headers += [{"name": k, "value": v} for k, v in self.headers]
        self._send("Fetch.continueRequest", {"requestId": request_id, "headers": headers}, session_id)

    def _send(self, method: str, params: dict[str, Any], session_id: str) -> None:
        self.ws.send(json.dumps({"id": next(self._ids), "method": method, "params": params, "sessionId": session_id}))


def _browser_ws_url(driver: Any) -> str:
    caps = getattr(driver, "capabilities", {}) or {}
    if caps.get("se:cdp"):  # Selenium Grid proxies the browser's DevTools
        return str(caps["se:cdp"])
    address = (caps.get("goog:chromeOptions") or {}).get("debuggerAddress")
    if not address:
        raise BrowserAuthError("the browser offers no DevTools connection (needed to send the site's headers)")
    try:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # DevTools is local: no proxy
        with opener.open(f"http://{address}/json/version", timeout=10) as answer:
            return json.loads(answer.read().decode("utf-8"))["webSocketDebuggerUrl"]
    except Exception as exc:  # noqa: BLE001
        raise BrowserAuthError(f"cannot reach the browser's DevTools at {address}: {exc}") from exc


def _call(ws: Any, call_id: int, method: str, params: dict[str, Any], session_id: str | None = None) -> dict[str, Any]:
    """Send one CDP command and wait for its answer (events before it are dropped: nothing is paused yet)."""
    message: dict[str, Any] = {"id": call_id, "method": method, "params": params}
    if session_id:
        message["sessionId"] = session_id
    ws.send(json.dumps(message))
    while True:
        answer = json.loads(ws.recv())
        if answer.get("id") == call_id:
            if "error" in answer:
                raise BrowserAuthError(f"{method} failed: {answer['error'].get('message', answer['error'])}")
            return answer.get("result") or {}
