"""Fixture sites behind a login, on 127.0.0.1, built on ``FixtureServer`` routes.

``LoginSite(mode="form")``: a login form (with a CSRF token, after a search form) that sets a session
cookie; every other page redirects to ``/login?next=...`` without a valid session. ``mode="basic"``:
every page answers 401 without the right Basic auth (and, when given, the right extra header).

Each protected page links to the other pages, to a logout link (``/logout``), a link that logs out
by its text only (``/account/end``, "Log out"), a destructive link (``/items/7/delete``), a missing
page (``/protected-missing``: 404 only when logged in), an external link and a site URL redirecting to
it; it shows a third-party image, an image that redirects to a third party, an image without ``alt``
(a WCAG failure only logged-in pages have), and a script that tries a POST. The ``external`` server
records every request it gets.
"""
from __future__ import annotations

import base64
import secrets
import threading
from urllib.parse import parse_qs, quote, urlsplit

from tests.fixture_server import FixtureServer, RecordedRequest, page

PAGES = ("/", "/reports/", "/reports/annual", "/team")
USER, PASSWORD = "alice", "pw-Zq8-correct-horse"
HEADER_NAME, HEADER_VALUE = "X-Staging-Token", "hdr-Qm4-staging-token"
NEVER = ("/logout", "/account/end", "/items/7/delete")


class LoginSite:
    def __init__(self, mode: str = "form", expire_after: int | None = None, header: bool = False) -> None:
        self.mode = mode
        self.header = header
        self.expire_after = expire_after  # invalidate every session once, after this many protected pages
        self.server = FixtureServer(None)
        self.external = FixtureServer(None)
        self.sessions: set[str] = set()
        self.issued: list[str] = []  # every session token handed out (secrets too)
        self.csrf = secrets.token_hex(8)
        self.served = 0
        self.expired = False
        self._lock = threading.Lock()

    # -- lifecycle -------------------------------------------------------------------------
    def __enter__(self) -> "LoginSite":
        self.server.start()
        self.external.start()
        self._routes()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.stop()
        self.external.stop()

    def url(self, path: str = "/") -> str:
        return self.server.url(path)

    # -- routes ----------------------------------------------------------------------------
    def _routes(self) -> None:
        ext = self.external
        for path in ("/target", "/after-redirect"):
            ext.set_route(path, body=page("External", "<h1>External page</h1>"))
        for path in ("/asset.png", "/asset-after-redirect.png"):
            ext.set_route(path, body=b"\x89PNG", content_type="image/png")
        site = self.server
        for path in (*PAGES, "/protected-missing", "/logo.png", "/go-external", "/asset-redirect", "/timeout",
                     *NEVER):
            site.set_route(path, handler=self._protected)
        site.set_route("/login", handler=self._login, methods=("GET", "HEAD", "POST"))
        site.set_route("/api/save", handler=lambda r: (200, {}, "saved"), methods=("GET", "POST"))
        # a login page whose form posts to another site: the credentials must not follow it
        site.set_route("/login-elsewhere", handler=lambda r: (200, {}, self._login_page(r).replace(
            'action="/login', f'action="{self.external.url("/collect")}')))

    def _authorised(self, request: RecordedRequest) -> bool:
        if self.mode == "basic":
            token = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
            ok = request.headers.get("authorization") == f"Basic {token}"
            return ok and (not self.header or request.headers.get(HEADER_NAME.lower()) == HEADER_VALUE)
        cookies = dict(part.strip().split("=", 1) for part in request.headers.get("cookie", "").split(";")
                       if "=" in part)
        with self._lock:
            return cookies.get("sid") in self.sessions

    def _protected(self, request: RecordedRequest):
        path = request.bare_path
        if not self._authorised(request):
            if self.mode == "basic":
                return 401, {"WWW-Authenticate": 'Basic realm="staging"'}, page("401", "<h1>Unauthorized</h1>")
            return 302, {"Location": f"/login?next={quote(request.path)}"}, ""
        if path in ("/logout", "/account/end"):
            with self._lock:
                self.sessions.clear()
            return 302, {"Location": "/login"}, ""
        if path == "/protected-missing":
            return 404, {}, page("Not found", "<h1>Not found</h1>")
        if path == "/logo.png":
            return 200, {"Content-Type": "image/png"}, b"\x89PNG"
        if path == "/go-external":
            return 302, {"Location": self.external.url("/after-redirect")}, ""
        if path == "/timeout":  # an innocent link that redirects to the logout URL
            return 302, {"Location": "/logout?reason=idle"}, ""
        if path == "/asset-redirect":
            return 302, {"Location": self.external.url("/asset-after-redirect.png")}, ""
        with self._lock:
            self.served += 1
            if self.expire_after and self.served == self.expire_after and not self.expired:
                self.expired = True
                self.sessions.clear()  # the next page redirects to the login page
        return 200, {}, self._page(path)

    def _page(self, path: str) -> str:
        links = "".join(f'<li><a href="{p}">Page {p}</a></li>' for p in PAGES if p != path)
        ext = self.external
        body = (f"<h1>Protected {path}</h1><nav><ul>{links}"
                '<li><a href="/logout">Sign out</a></li><li><a href="/account/end">Log out</a></li>'
                '<li><a href="/items/7/delete">Delete item 7</a></li>'
                '<li><a href="/protected-missing">Members directory</a></li>'
                '<li><a href="/timeout">Take a break</a></li>'
                f'<li><a href="{ext.url("/target")}">Partner site</a></li>'
                '<li><a href="/go-external">Partner (via redirect)</a></li></ul></nav>'
                f'<p><img src="{ext.url("/asset.png")}" alt="Partner logo"> <img src="/asset-redirect" alt="Badge">'
                ' <img src="/logo.png"></p><p>Last reviewed: 2026-11-02</p>'
                "<script>fetch('/api/save', {method: 'POST', body: 'x=1'}).catch(() => 0);</script>")
        return page(f"Protected {path}", body)

    def _login(self, request: RecordedRequest):
        if request.method == "POST":
            form = {k: v[0] for k, v in parse_qs(request.body.decode()).items()}
            if form.get("csrf") == self.csrf and form.get("username") == USER and form.get("password") == PASSWORD:
                token = secrets.token_hex(12)
                with self._lock:
                    self.sessions.add(token)
                    self.issued.append(token)
                target = parse_qs(urlsplit(request.path).query).get("next", ["/"])[0]
                return 303, {"Location": target, "Set-Cookie": f"sid={token}; Path=/; HttpOnly"}, ""
            return 200, {}, self._login_page(request, "Wrong user name or password.")
        return 200, {}, self._login_page(request)

    def _login_page(self, request: RecordedRequest, error: str = "") -> str:
        action = "/login" + (f"?{urlsplit(request.path).query}" if urlsplit(request.path).query else "")
        return page("Sign in", (
            '<form action="/search" role="search"><label>Search <input name="q"></label></form>'
            f"<h1>Sign in</h1>{f'<p role=alert>{error}</p>' if error else ''}"
            f'<form method="post" action="{action}"><input type="hidden" name="csrf" value="{self.csrf}">'
            '<label>User <input name="username"></label><label>Password <input type="password" name="password">'
            '</label><button type="submit">Sign in</button></form>'))

    # -- what the tests look at ------------------------------------------------------------
    def secrets(self) -> list[str]:
        base = [PASSWORD, HEADER_VALUE, base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()]
        return base + list(self.issued)
