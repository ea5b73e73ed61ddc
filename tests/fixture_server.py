"""A real HTTP/1.1 test server: a fixture site folder plus programmable fault routes.

    with FixtureServer(SITES / "basic") as server:
        crawl(server.url("/"))
        assert server.count("/private/secret.html") == 0

Static files are served by crawler.localsite (index.html for folders, 301 to
the slash form, no traversal). Every request is logged (method, path+query,
headers, time). Built-in routes under ``/_fault/`` (see ``FAULT_ROUTES``) work
with any site; tests add their own with ``set_route``.
"""
from __future__ import annotations

import calendar
import json
import re
import secrets
import socket
import struct
import threading
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable
from urllib.parse import parse_qs, quote, unquote, urlsplit

from crawler.localsite import LocalSite, StaticFileHandler

SITES = Path(__file__).parent / "sites"
HTML = "text/html; charset=utf-8"
MAX_SLOW_SECONDS = 120.0


@dataclass
class RecordedRequest:
    method: str
    path: str  # path + query, as sent
    headers: dict[str, str]  # names lower-cased
    time: float  # time.time() when the request line was read
    client: str = ""
    body: bytes = b""  # the request body (a form's POST), first 1 MB

    @property
    def bare_path(self) -> str:
        return self.path.split("?", 1)[0]


Response = tuple[int, dict[str, str], "bytes | str"]
RouteHandler = Callable[[RecordedRequest], Response]


@dataclass
class _Route:
    handler: RouteHandler
    methods: frozenset[str] = field(default_factory=lambda: frozenset({"GET", "HEAD"}))


# --------------------------------------------------------------------------------------------
# Tiny binary payloads built from their specs, so they are real files of their types.
# --------------------------------------------------------------------------------------------
def tiny_png(width: int = 2, height: int = 2, rgb: tuple[int, int, int] = (0, 84, 166)) -> bytes:
    """A valid RGB PNG of one colour."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def tiny_pdf(text: str = "Fixture PDF", title: str = "Fixture PDF") -> bytes:
    """A valid one-page PDF 1.4 with a correct xref table."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = f"BT /F1 18 Tf 72 720 Td ({esc(text)}) Tj ET".encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Title ({esc(title)}) /Producer (auditcrawl fixtures) >>".encode("latin-1", "replace"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def page(title: str, body: str, lang: str = "en") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>\n'
            f"<body>\n<main>\n{body}\n</main>\n</body></html>\n")


_PNG = tiny_png()
_PDF = tiny_pdf("Annual report (fixture)", "Annual report")
_big_lock = threading.Lock()
_big: bytes | None = None
BIG_FOOTER = "Last Reviewed/Updated: 01/15/2026"


def big_page() -> bytes:
    """About 3 MB of HTML; the footer date and a link sit after the first 2.9 MB (truncation tests)."""
    global _big
    with _big_lock:
        if _big is None:
            para = ("<p>This paragraph repeats to make a very large page. Agencies sometimes publish whole "
                    "handbooks as a single HTML page, and a crawler must cope with them without running out "
                    "of memory.</p>\n")
            head = '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Big page</title></head><body><main><h1>Big page</h1>\n'
            tail = (f'<p><a href="/_fault/frag">Link after the cut</a></p>\n</main>\n'
                    f"<footer><p>{BIG_FOOTER}</p></footer></body></html>\n")
            n = (3_000_000 - len(head) - len(tail)) // len(para) + 1
            _big = (head + para * n + tail).encode("utf-8")
    return _big


# --------------------------------------------------------------------------------------------
# Fault routes. Each takes (handler, rest-of-path, query dict) and returns a Response.
# --------------------------------------------------------------------------------------------
def _status(h: "FixtureHandler", rest: str, q: dict) -> Response:
    try:
        code = int(rest.strip("/"))
    except ValueError:
        return 400, {}, page("Bad request", "<h1>Bad status code</h1>")
    if not 200 <= code <= 599:
        return 400, {}, page("Bad request", "<h1>Status must be 200-599</h1>")
    headers = {"WWW-Authenticate": 'Basic realm="fixture"'} if code == 401 else {}
    return code, headers, page(f"{code} status", f"<h1>Status {code}</h1><p>Fixture response with status {code}.</p>")


def _redirect_target(rest: str) -> str:
    target = unquote(rest)
    if target.startswith(("http://", "https://", "mailto:")):
        return target
    return target if target.startswith("/") else "/" + target


def _redirect(h: "FixtureHandler", rest: str, q: dict) -> Response:
    count, _, final = rest.partition("/")
    if not count.isdigit() or int(count) < 1:
        return 400, {}, page("Bad request", "<h1>Use /_fault/redirect/&lt;n&gt;/&lt;quoted path&gt;, n &gt;= 1</h1>")
    n = int(count)
    location = _redirect_target(final) if n == 1 else f"/_fault/redirect/{n - 1}/{final}"
    return 302, {"Location": location}, page("Found", f'<a href="{location}">Moved</a>')


def _redirect301(h: "FixtureHandler", rest: str, q: dict) -> Response:
    location = _redirect_target(rest)
    return 301, {"Location": location}, page("Moved Permanently", f'<a href="{location}">Moved</a>')


def _loop(h: "FixtureHandler", rest: str, q: dict) -> Response:
    location = "/_fault/loop/a" if rest == "b" else "/_fault/loop/b"
    return 302, {"Location": location}, page("Found", f'<a href="{location}">Moved</a>')


def _slow(h: "FixtureHandler", rest: str, q: dict) -> Response:
    try:
        seconds = min(float(rest.strip("/") or "1"), MAX_SLOW_SECONDS)
    except ValueError:
        return 400, {}, page("Bad request", "<h1>Bad number of seconds</h1>")
    h.server.stopping.wait(seconds)  # returns early when the server stops
    return 200, {}, page("Slow page", f"<h1>Slow page</h1><p>Answered after {seconds:g} s.</p>")


def _first_then_ok(first: Response) -> Callable[["FixtureHandler", str, dict], Response]:
    """The first request (GET or HEAD) for a key gets ``first``; later ones get 200."""
    def route(h: "FixtureHandler", rest: str, q: dict) -> Response:
        if h.fixture.hit(f"{h.route_name}:{rest}") == 1:
            return first
        return 200, {}, page("Recovered", f"<h1>Recovered</h1><p>Key {rest!s} answered on a later try.</p>")
    return route


def _nohead(h: "FixtureHandler", rest: str, q: dict) -> Response:
    if h.command == "HEAD":
        return 405, {"Allow": "GET"}, page("405", "<h1>Method Not Allowed</h1>")
    return 200, {}, page("No HEAD here", "<h1>This server refuses HEAD</h1>")


def _head501(h: "FixtureHandler", rest: str, q: dict) -> Response:
    if h.command == "HEAD":
        return 501, {}, page("501", "<h1>Not Implemented</h1>")
    return 200, {}, page("HEAD not implemented", "<h1>HEAD is not implemented here</h1>")


def _soft404(h: "FixtureHandler", rest: str, q: dict) -> Response:
    return 200, {}, page("Page Not Found", "<h1>Page Not Found</h1><p>The page you requested could not be found.</p>")


def _redirect_to_410(h: "FixtureHandler", rest: str, q: dict) -> Response:
    if rest == "":
        return 301, {"Location": "/_fault/redirect-to-410/step2"}, page("Moved", "Moved")
    return 302, {"Location": "/_fault/gone"}, page("Found", "Found")


def _calendar(h: "FixtureHandler", rest: str, q: dict) -> Response:
    month = (q.get("month") or ["2026-11"])[0]
    if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", month):
        month = "2026-11"
    year, mon = int(month[:4]), int(month[5:])
    prev_m = f"{year - (mon == 1):04d}-{12 if mon == 1 else mon - 1:02d}"
    next_m = f"{year + (mon == 12):04d}-{1 if mon == 12 else mon + 1:02d}"
    name = f"{calendar.month_name[mon]} {year}"
    days = "".join(f"<li>{year:04d}-{mon:02d}-{d:02d}: no events</li>"
                   for d in range(1, calendar.monthrange(year, mon)[1] + 1, 7))
    body = (f"<h1>Events calendar: {name}</h1>\n"
            f'<p><a href="/_fault/calendar?month={prev_m}" rel="prev">Previous month</a> | '
            f'<a href="/_fault/calendar?month={next_m}" rel="next">Next month</a></p>\n<ul>{days}</ul>')
    return 200, {}, page(f"Events calendar: {name}", body)


def _session(h: "FixtureHandler", rest: str, q: dict) -> Response:
    a, b, c = (secrets.token_hex(8).upper() for _ in range(3))
    body = ("<h1>Session-tracked page</h1>\n"
            f'<p><a href="/_fault/session;jsessionid={a}">Reload with a jsessionid</a></p>\n'
            f'<p><a href="/_fault/session?PHPSESSID={b.lower()}">Reload with a PHPSESSID</a></p>\n'
            f'<p><a href="/_fault/session/page;jsessionid={c}?PHPSESSID={a.lower()}">Another page</a></p>')
    return 200, {}, page("Session-tracked page", body)


def _repeat(h: "FixtureHandler", rest: str, q: dict) -> Response:
    if not urlsplit(h.path).path.endswith("/"):
        return 301, {"Location": "/_fault/repeat/" + rest + "/" if rest else "/_fault/repeat/"}, page("Moved", "Moved")
    body = f'<h1>Repeat depth {rest.count("a/")}</h1><p><a href="a/">Go deeper</a></p>'
    return 200, {}, page("Repeating path", body)


def _frag(h: "FixtureHandler", rest: str, q: dict) -> Response:
    body = ('<h1 id="top">Fragments</h1>\n<p>Intro.</p>\n<h2 id="section-2">Section 2</h2>\n<p>Text.</p>\n'
            '<p><a name="legacy">Legacy anchor</a></p>\n<p><a href="#top">Back to top</a></p>')
    return 200, {}, page("Fragment targets", body)


def _setcookie(h: "FixtureHandler", rest: str, q: dict) -> Response:
    token = secrets.token_hex(8)
    return 200, {"Set-Cookie": f"fixture_session={token}; Path=/; HttpOnly"}, page(
        "Cookie set", '<h1>Cookie set</h1><p><a href="/_fault/echo-headers">See what you send back</a></p>')


def _echo_headers(h: "FixtureHandler", rest: str, q: dict) -> Response:
    headers: dict[str, str] = {}
    for name, value in h.headers.items():
        key = name.lower()
        headers[key] = f"{headers[key]}, {value}" if key in headers else value
    return 200, {}, json.dumps(headers, sort_keys=True)


FAULT_ROUTES: dict[str, Callable[["FixtureHandler", str, dict], Response]] = {
    "status": _status,
    "redirect": _redirect,
    "redirect301": _redirect301,
    "loop": _loop,
    "slow": _slow,
    "flaky": _first_then_ok((500, {}, page("500", "<h1>Internal Server Error</h1>"))),
    "ratelimit": _first_then_ok((429, {"Retry-After": "1"}, page("429", "<h1>Too Many Requests</h1>"))),
    "nohead": _nohead,
    "head501": _head501,
    "soft404": _soft404,
    "pdf": lambda h, r, q: (200, {}, _PDF),
    "image.png": lambda h, r, q: (200, {}, _PNG),
    "big": lambda h, r, q: (200, {}, big_page()),
    "forbidden": lambda h, r, q: (403, {}, page("403 Forbidden", "<h1>Forbidden</h1>")),
    "gone": lambda h, r, q: (410, {}, page("410 Gone", "<h1>Gone</h1><p>This page was removed.</p>")),
    "redirect-to-410": _redirect_to_410,
    "redirect-mailto": lambda h, r, q: (302, {"Location": "mailto:webmaster@agency.invalid"}, page("Found", "Found")),
    "calendar": _calendar,
    "session": _session,
    "repeat": _repeat,
    "frag": _frag,
    "setcookie": _setcookie,
    "echo-headers": _echo_headers,
}
_CONTENT_TYPES = {"pdf": "application/pdf", "image.png": "image/png", "echo-headers": "application/json"}


class FixtureHandler(StaticFileHandler):
    server_version = "auditcrawl-fixture/1"
    timeout = 15
    route_name = ""

    @property
    def fixture(self) -> "FixtureServer":
        return self.server.fixture  # type: ignore[attr-defined]

    def do_GET(self) -> None:
        self._dispatch()

    def do_HEAD(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def _dispatch(self) -> None:
        record = RecordedRequest(self.command, self.path, {k.lower(): v for k, v in self.headers.items()},
                                 time.time(), self.client_address[0])
        self.fixture._record(record)
        length = self.headers.get("Content-Length", "0")
        if length.isdigit() and int(length) > 0:  # drain a request body so keep-alive stays in sync
            record.body = self.rfile.read(min(int(length), 10_000_000))[:1_000_000]
            self.close_connection = self.close_connection or int(length) > 10_000_000
        parts = urlsplit(self.path)
        route = self.fixture._routes.get(parts.path)
        if route is not None:
            if self.command not in route.methods:
                self.send_body(405, page("405", "<h1>Method Not Allowed</h1>"), headers={"Allow": ", ".join(sorted(route.methods))})
                return
            status, headers, body = route.handler(record)
            ctype = next((v for k, v in headers.items() if k.lower() == "content-type"), HTML)
            headers = {k: v for k, v in headers.items() if k.lower() != "content-type"}
            self.send_body(status, body, ctype, headers)
            return
        if parts.path.startswith("/_fault/"):
            self._fault(parts.path[len("/_fault/"):], parse_qs(parts.query))
            return
        if self.command == "POST":
            self.send_body(405, page("405", "<h1>Method Not Allowed</h1>"), headers={"Allow": "GET, HEAD"})
            return
        super().do_GET() if self.command == "GET" else super().do_HEAD()

    def _fault(self, tail: str, query: dict) -> None:
        tail = tail.split(";", 1)[0] if tail.startswith("session") else tail
        name, _, rest = tail.partition("/")
        self.route_name = name
        func = FAULT_ROUTES.get(name)
        if func is None:
            self.send_not_found()
            return
        status, headers, body = func(self, rest, query)
        self.send_body(status, body, _CONTENT_TYPES.get(name, HTML), headers)


class FixtureServer:
    """Serve ``site`` (a folder, or None for fault routes only) on 127.0.0.1 at a random port."""

    def __init__(self, site: Path | str | None = None, port: int = 0) -> None:
        self.site = Path(site) if site is not None else None
        if self.site is not None and not self.site.is_dir():
            raise NotADirectoryError(f"no fixture site folder {self.site}")
        self._local = LocalSite(self.site, port=port, handler=FixtureHandler)
        self._local.httpd.fixture = self  # type: ignore[attr-defined]
        self._lock = threading.Lock()
        self._log: list[RecordedRequest] = []
        self._hits: dict[str, int] = {}
        self._routes: dict[str, _Route] = {}

    # -- lifecycle --------------------------------------------------------------------------
    @property
    def port(self) -> int:
        return self._local.port

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str = "/") -> str:
        return self.base_url + (path if path.startswith("/") else "/" + path)

    def start(self) -> "FixtureServer":
        self._local.start()
        return self

    def stop(self) -> None:
        self._local.stop()

    def __enter__(self) -> "FixtureServer":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    # -- request log ------------------------------------------------------------------------
    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self._log.append(request)

    @property
    def requests(self) -> list[RecordedRequest]:
        """A snapshot of every request so far, oldest first."""
        with self._lock:
            return list(self._log)

    def count(self, path: str, method: str | None = None) -> int:
        """Requests for ``path``: with a ``?`` it must match path+query exactly, without one any query matches."""
        exact = "?" in path
        return sum(1 for r in self.requests
                   if (r.path if exact else r.bare_path) == path and (method is None or r.method == method.upper()))

    def paths(self, method: str | None = None) -> list[str]:
        return [r.path for r in self.requests if method is None or r.method == method.upper()]

    def reset_log(self) -> None:
        """Forget logged requests and the flaky/ratelimit counters."""
        with self._lock:
            self._log.clear()
            self._hits.clear()

    def hit(self, key: str) -> int:
        """Count one more request for a stateful route key; returns the new count."""
        with self._lock:
            self._hits[key] = self._hits.get(key, 0) + 1
            return self._hits[key]

    # -- programmable routes ----------------------------------------------------------------
    def set_route(self, path: str, status: int = 200, body: bytes | str = "", headers: dict[str, str] | None = None,
                  content_type: str = HTML, handler: RouteHandler | None = None,
                  methods: tuple[str, ...] = ("GET", "HEAD")) -> None:
        """Answer ``path`` (query ignored) with a fixed response, or with ``handler(request) -> (status, headers, body)``.

        A route set here wins over the site's files and the /_fault/ routes.
        """
        if handler is None:
            given = {k: v for k, v in (headers or {}).items() if k.lower() != "content-type"}
            ctype = next((v for k, v in (headers or {}).items() if k.lower() == "content-type"), content_type)
            fixed_headers = {**given, "Content-Type": ctype}  # a Content-Type in headers wins

            def handler(_request: RecordedRequest) -> Response:
                return status, fixed_headers, body
        with self._lock:
            self._routes[path] = _Route(handler, frozenset(m.upper() for m in methods))

    def remove_route(self, path: str) -> None:
        with self._lock:
            self._routes.pop(path, None)


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then closed), for connection-refused tests."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def quoted(path: str) -> str:
    """Quote a final path for /_fault/redirect/<n>/<quoted>."""
    return quote(path, safe="")


def site_path(name: str) -> Path:
    return SITES / name
