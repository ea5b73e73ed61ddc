"""Serve a folder of static files on 127.0.0.1 for the crawler to audit.

Used by ``auditcrawl demo`` (the bundled sample site) and ``auditcrawl audit
./_site`` (a local static build). It is a plain threaded HTTP/1.1 server from
the standard library with the sharp edges removed:

- only files inside the folder are served: ``..`` segments, encoded or not,
  and symlinks pointing outside the folder give 404;
- a directory serves its ``index.html``; ``/dir`` redirects (301) to ``/dir/``;
  there are no directory listings;
- missing files give 404 with a small HTML body (or the folder's own
  ``404.html`` when it has one, as static site hosts do);
- robots.txt and sitemap files (``sitemap*.xml``, ``sitemap*.xml.gz``) may
  write ``{{ORIGIN}}`` for ``http://127.0.0.1:<port>``: sitemaps need absolute
  URLs and the port is only known once the server runs. Other files are served
  byte for byte;
- no ``Last-Modified`` header: the mtime of a build or a checkout says nothing
  about when the content was last reviewed, and would mislead the freshness
  audit's HTTP fallback;
- nothing is logged to stderr.
"""
from __future__ import annotations

import gzip
import html
import io
import logging
import mimetypes
import os
import posixpath
import re
import socketserver
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import unquote, urlsplit

log = logging.getLogger(__name__)

NOT_FOUND_BODY = (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>404 Not Found</title></head>'
    "<body><h1>Not Found</h1><p>There is no page at this address.</p></body></html>\n"
)

ORIGIN_PLACEHOLDER = b"{{ORIGIN}}"
_TEMPLATED_NAME = re.compile(r"^(?:robots\.txt|sitemap[^/]*\.xml(?:\.gz)?)$")

_TEXT_TYPES = ("text/", "application/xml", "application/javascript", "application/json", "image/svg+xml")


def content_type_for(path: str | os.PathLike[str]) -> str:
    """Content type by extension, with ``charset=utf-8`` on text types. ``.gz`` stays ``application/gzip``."""
    name = str(path)
    if name.endswith(".gz"):
        return "application/gzip"
    ctype, _ = mimetypes.guess_type(name, strict=False)
    ctype = ctype or "application/octet-stream"
    if ctype.startswith(_TEXT_TYPES):
        ctype += "; charset=utf-8"
    return ctype


class StaticSiteServer(ThreadingHTTPServer):
    """A ThreadingHTTPServer that knows its root folder and stops without waiting for slow clients."""

    daemon_threads = True
    block_on_close = False  # stop() must not wait for a handler sleeping in a slow route
    allow_reuse_address = True
    request_queue_size = 128  # the default listen backlog of 5 drops connections under concurrent checks

    def __init__(self, address: tuple[str, int], handler: type, root: Path | None) -> None:
        self.root = root.resolve() if root is not None else None
        self.stopping = threading.Event()
        super().__init__(address, handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind calls socket.getfqdn(), a DNS lookup we neither need nor want.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients that hang up (a crawler timing out on a slow page) are normal here.
        log.debug("error while serving %s", client_address, exc_info=True)


class StaticFileHandler(SimpleHTTPRequestHandler):
    """GET/HEAD for the files under ``server.root``; everything else falls back to the stdlib."""

    protocol_version = "HTTP/1.1"
    server_version = "auditcrawl-localsite/1"
    sys_version = ""
    timeout = 30  # seconds an idle keep-alive connection may hold a thread
    server: StaticSiteServer

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass

    # -- helpers -------------------------------------------------------------------------
    def send_body(self, status: int, body: bytes | str, content_type: str = "text/html; charset=utf-8",
                  headers: dict[str, str] | None = None) -> None:
        """Send a complete response with Content-Length; no body for HEAD (and 204/304)."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        no_body = status in (204, 304) or status < 200
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if not no_body:
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD" and not no_body:
            self.wfile.write(data)

    def resolve_file(self, url_path: str) -> Path | None:
        """Map a decoded URL path to a real path inside the root, or None when it is outside or missing."""
        root = self.server.root
        if root is None or "\x00" in url_path:
            return None
        clean = posixpath.normpath("/" + url_path.replace("\\", "/"))  # clamps "/../.." at "/"
        parts = [p for p in clean.split("/") if p]
        try:
            real = root.joinpath(*parts).resolve(strict=True)
        except (OSError, RuntimeError, ValueError):
            return None
        if real != root and not real.is_relative_to(root):
            return None
        return real

    def send_not_found(self) -> None:
        page = self.resolve_file("/404.html")
        if page is not None and page.is_file():
            self.send_body(404, page.read_bytes())
        else:
            self.send_body(404, NOT_FOUND_BODY)

    # -- SimpleHTTPRequestHandler hooks ----------------------------------------------------
    def send_head(self) -> BinaryIO | None:  # type: ignore[override]
        parts = urlsplit(self.path)
        real = self.resolve_file(unquote(parts.path))
        if real is None:
            self.send_not_found()
            return None
        if real.is_dir():
            if not parts.path.endswith("/"):
                location = parts.path + "/" + (f"?{parts.query}" if parts.query else "")
                self.send_body(301, f'<!DOCTYPE html><title>Moved</title><a href="{html.escape(location)}">Moved</a>',
                               headers={"Location": location})
                return None
            real = real / "index.html"
            if not real.is_file():
                self.send_not_found()
                return None
        if not real.is_file():
            self.send_not_found()
            return None
        try:
            if _TEMPLATED_NAME.match(real.name):
                handle: BinaryIO = io.BytesIO(self.fill_origin(real))
                size = len(handle.getvalue())  # type: ignore[attr-defined]
            else:
                handle = open(real, "rb")  # noqa: SIM115 - closed by SimpleHTTPRequestHandler
                size = os.fstat(handle.fileno()).st_size
        except (OSError, EOFError):
            self.send_not_found()
            return None
        self.send_response(200)
        self.send_header("Content-Type", content_type_for(real))
        self.send_header("Content-Length", str(size))
        self.end_headers()
        return handle

    def fill_origin(self, path: Path) -> bytes:
        """The file with ``{{ORIGIN}}`` replaced by this server's origin (gzip files re-compressed)."""
        data = path.read_bytes()
        packed = path.name.endswith(".gz")
        try:
            text = gzip.decompress(data) if packed else data
        except (OSError, EOFError):  # not really gzip: serve it as it is
            return data
        if ORIGIN_PLACEHOLDER not in text:
            return data
        host, port = self.server.server_address[:2]
        text = text.replace(ORIGIN_PLACEHOLDER, f"http://{host}:{port}".encode("ascii"))
        return gzip.compress(text, mtime=0) if packed else text

    def list_directory(self, path: Any) -> None:  # never list folders
        self.send_not_found()
        return None


class LocalSite:
    """A running local server; use as a context manager or call ``stop()``."""

    def __init__(self, root: Path | None, host: str = "127.0.0.1", port: int = 0,
                 handler: type[StaticFileHandler] = StaticFileHandler) -> None:
        self.root = Path(root) if root is not None else None
        self.httpd = StaticSiteServer((host, port), handler, self.root)
        self._thread: threading.Thread | None = None

    @property
    def host(self) -> str:
        return str(self.httpd.server_address[0])

    @property
    def port(self) -> int:
        return int(self.httpd.server_address[1])

    @property
    def url(self) -> str:
        """Base URL with a trailing slash, e.g. ``http://127.0.0.1:8123/``."""
        return f"http://{self.host}:{self.port}/"

    def start(self) -> "LocalSite":
        if self._thread is None:
            self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.1},
                                            name=f"localsite:{self.port}", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self.httpd.stopping.set()
            self.httpd.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self.httpd.server_close()

    def __enter__(self) -> "LocalSite":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()


def serve_directory(path: Path, host: str = "127.0.0.1", port: int = 0) -> LocalSite:
    """Start serving ``path`` in a background thread and return the running site."""
    root = Path(path)
    if not root.is_dir():
        raise NotADirectoryError(f"not a folder: {root}")
    return LocalSite(root, host=host, port=port).start()
