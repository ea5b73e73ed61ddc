"""The fixture server and crawler.localsite behave as the tests of everyone else assume."""
from __future__ import annotations

import http.client
import json
import socket
import threading
import time
import zlib
from pathlib import Path

import pytest

from crawler.localsite import serve_directory
from urllib.parse import urlsplit

from tests.fixture_server import SITES, FixtureServer, free_port, quoted


def fetch(port: int, path: str, method: str = "GET", headers: dict[str, str] | None = None,
          timeout: float = 10) -> tuple[int, http.client.HTTPMessage, bytes]:
    """One request, redirects not followed."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, resp.headers, resp.read()
    finally:
        conn.close()


def raw_request(port: int, line: str) -> bytes:
    """Send a request line as is (http.client would normalise it) and return the response head."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(f"{line}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode("latin-1"))
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    return data


@pytest.fixture
def tmp_site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    (site / "about").mkdir(parents=True)
    (site / "empty").mkdir()
    (site / "index.html").write_text("<html><title>Home</title></html>")
    (site / "about" / "index.html").write_text("<html><title>About</title></html>")
    (site / "style.css").write_text("body{}")
    (site / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n")
    (site / "sitemap.xml").write_text("<urlset/>")
    (tmp_path / "secret.txt").write_text("outside the site")
    (site / "escape").symlink_to(tmp_path / "secret.txt")
    return site


@pytest.fixture
def server(tmp_site: Path):
    with FixtureServer(tmp_site) as srv:
        yield srv


# -- static files -------------------------------------------------------------------------------
def test_static_files_index_redirect_types_and_404(server: FixtureServer) -> None:
    status, headers, body = fetch(server.port, "/")
    assert (status, body) == (200, b"<html><title>Home</title></html>")
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    status, headers, _ = fetch(server.port, "/about?x=1")
    assert status == 301 and headers["Location"] == "/about/?x=1"
    assert fetch(server.port, "/about/")[2] == b"<html><title>About</title></html>"
    assert fetch(server.port, "/style.css")[1]["Content-Type"] == "text/css; charset=utf-8"
    assert fetch(server.port, "/robots.txt")[1]["Content-Type"].startswith("text/plain")
    assert "xml" in fetch(server.port, "/sitemap.xml")[1]["Content-Type"]
    status, headers, body = fetch(server.port, "/nope.html")
    assert status == 404 and b"Not Found" in body and headers["Content-Type"].startswith("text/html")
    assert fetch(server.port, "/empty/")[0] == 404  # no directory listings
    assert "Last-Modified" not in fetch(server.port, "/")[1]


def test_http11_keep_alive_across_requests(server: FixtureServer) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    try:
        for path, method in (("/", "GET"), ("/_fault/gone", "HEAD"), ("/nope", "GET"), ("/_fault/frag", "POST")):
            conn.request(method, path, body=b"x=1" if method == "POST" else None)
            resp = conn.getresponse()
            resp.read()
            assert resp.version == 11 and not resp.will_close, path
    finally:
        conn.close()
    assert {r.client for r in server.requests} == {"127.0.0.1"}


def test_request_log_count_and_reset(server: FixtureServer) -> None:
    fetch(server.port, "/", headers={"User-Agent": "probe/1"})
    fetch(server.port, "/?page=2", method="HEAD")
    fetch(server.port, "/style.css")
    assert server.count("/") == 2
    assert server.count("/", method="HEAD") == 1
    assert server.count("/?page=2") == 1
    assert server.count("/private/") == 0
    first = server.requests[0]
    assert (first.method, first.path, first.headers["user-agent"]) == ("GET", "/", "probe/1")
    assert first.time <= time.time()
    server.reset_log()
    assert server.requests == []


def test_set_route_fixed_and_callable(server: FixtureServer) -> None:
    server.set_route("/custom", status=418, body="teapot", content_type="text/plain")
    server.set_route("/dyn", handler=lambda req: (200, {"X-Seen": req.method}, f"path={req.path}"))
    server.set_route("/typed", body="{}", headers={"content-type": "application/json", "X-A": "1"})
    status, headers, body = fetch(server.port, "/custom")
    assert (status, headers["Content-Type"], body) == (418, "text/plain", b"teapot")
    status, headers, body = fetch(server.port, "/dyn?q=1")
    assert (status, headers["X-Seen"], body) == (200, "GET", b"path=/dyn?q=1")
    status, headers, body = fetch(server.port, "/typed")
    assert headers.get_all("Content-Type") == ["application/json"] and headers["X-A"] == "1"
    assert fetch(server.port, "/typed", method="POST")[0] == 405


# -- fault routes ---------------------------------------------------------------------------------
@pytest.mark.parametrize("code", [200, 404, 500, 503, 418])
def test_status_route(server: FixtureServer, code: int) -> None:
    status, headers, body = fetch(server.port, f"/_fault/status/{code}")
    assert status == code and f"Status {code}".encode() in body


def test_redirect_chain_and_permanent(server: FixtureServer) -> None:
    path = f"/_fault/redirect/3/{quoted('/about/')}"
    seen = []
    for _ in range(5):
        status, headers, _ = fetch(server.port, path)
        seen.append(status)
        if status != 302:
            break
        path = headers["Location"]
    assert seen == [302, 302, 302, 200] and path == "/about/"
    status, headers, _ = fetch(server.port, "/_fault/redirect301/about/")
    assert status == 301 and headers["Location"] == "/about/"


def test_loop_and_redirect_to_410_and_mailto(server: FixtureServer) -> None:
    assert fetch(server.port, "/_fault/loop/a")[1]["Location"] == "/_fault/loop/b"
    assert fetch(server.port, "/_fault/loop/b")[1]["Location"] == "/_fault/loop/a"
    status, headers, _ = fetch(server.port, "/_fault/redirect-to-410")
    assert status == 301
    status, headers, _ = fetch(server.port, headers["Location"])
    assert status == 302 and headers["Location"] == "/_fault/gone"
    assert fetch(server.port, "/_fault/gone")[0] == 410
    assert fetch(server.port, "/_fault/forbidden")[0] == 403
    status, headers, _ = fetch(server.port, "/_fault/redirect-mailto")
    assert status == 302 and headers["Location"].startswith("mailto:")


def test_slow_route_does_not_block_others(server: FixtureServer) -> None:
    result: dict[str, int] = {}
    thread = threading.Thread(target=lambda: result.update(slow=fetch(server.port, "/_fault/slow/1.5")[0]))
    started = time.monotonic()
    thread.start()
    time.sleep(0.1)
    assert fetch(server.port, "/_fault/frag")[0] == 200
    assert time.monotonic() - started < 1.0
    thread.join(5)
    assert result["slow"] == 200 and time.monotonic() - started >= 1.5


def test_flaky_and_ratelimit_fail_once_per_key(server: FixtureServer) -> None:
    assert [fetch(server.port, "/_fault/flaky/a")[0] for _ in range(3)] == [500, 200, 200]
    assert fetch(server.port, "/_fault/flaky/b")[0] == 500
    status, headers, _ = fetch(server.port, "/_fault/ratelimit/a")
    assert status == 429 and headers["Retry-After"] == "1"
    assert fetch(server.port, "/_fault/ratelimit/a")[0] == 200
    server.reset_log()
    assert fetch(server.port, "/_fault/flaky/a")[0] == 500


def test_head_refusals(server: FixtureServer) -> None:
    assert fetch(server.port, "/_fault/nohead", "HEAD")[0] == 405
    assert fetch(server.port, "/_fault/nohead")[0] == 200
    assert fetch(server.port, "/_fault/head501", "HEAD")[0] == 501
    assert fetch(server.port, "/_fault/head501")[0] == 200


def test_content_routes(server: FixtureServer) -> None:
    status, _, body = fetch(server.port, "/_fault/soft404")
    assert status == 200 and b"<title>Page Not Found</title>" in body and b"<h1>Page Not Found</h1>" in body
    status, headers, body = fetch(server.port, "/_fault/pdf")
    assert headers["Content-Type"] == "application/pdf" and body.startswith(b"%PDF-1.4") and body.rstrip().endswith(b"%%EOF")
    xref = int(body.rsplit(b"startxref", 1)[1].split()[0])
    assert body[xref:xref + 4] == b"xref"
    status, headers, body = fetch(server.port, "/_fault/image.png")
    assert headers["Content-Type"] == "image/png" and body.startswith(b"\x89PNG\r\n\x1a\n")
    idat = body.index(b"IDAT")
    length = int.from_bytes(body[idat - 4:idat], "big")
    assert len(zlib.decompress(body[idat + 4:idat + 4 + length])) == 2 * (1 + 2 * 3)
    status, headers, body = fetch(server.port, "/_fault/big")
    assert 2_900_000 < len(body) < 3_200_000 and int(headers["Content-Length"]) == len(body)
    assert body.rstrip().endswith(b"</html>")


def test_traps(server: FixtureServer) -> None:
    body = fetch(server.port, "/_fault/calendar?month=2026-12")[2]
    assert b'href="/_fault/calendar?month=2027-01"' in body and b'href="/_fault/calendar?month=2026-11"' in body
    first, second = fetch(server.port, "/_fault/session")[2], fetch(server.port, "/_fault/session;jsessionid=X")[2]
    assert b";jsessionid=" in first and b"?PHPSESSID=" in first and first != second
    assert fetch(server.port, "/_fault/session/page;jsessionid=AB?PHPSESSID=cd")[0] == 200
    assert fetch(server.port, "/_fault/repeat")[1]["Location"] == "/_fault/repeat/"
    status, _, body = fetch(server.port, "/_fault/repeat/a/a/")
    assert status == 200 and b'href="a/"' in body


def test_frag_cookie_and_echo(server: FixtureServer) -> None:
    body = fetch(server.port, "/_fault/frag")[2]
    assert b'id="top"' in body and b'id="section-2"' in body and b'name="legacy"' in body
    assert "fixture_session=" in fetch(server.port, "/_fault/setcookie")[1]["Set-Cookie"]
    echoed = json.loads(fetch(server.port, "/_fault/echo-headers", headers={"Authorization": "Bearer t0k"})[2])
    assert echoed["authorization"] == "Bearer t0k" and echoed["host"] == f"127.0.0.1:{server.port}"
    assert fetch(server.port, "/_fault/no-such-route")[0] == 404


def test_fault_routes_without_site() -> None:
    with FixtureServer() as srv:
        assert fetch(srv.port, "/_fault/gone")[0] == 410
        assert fetch(srv.port, "/")[0] == 404
    with pytest.raises(OSError):
        fetch(srv.port, "/", timeout=2)  # stopped


def test_free_port_is_refused() -> None:
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", free_port()), timeout=2)


# -- crawler.localsite ------------------------------------------------------------------------------
def test_localsite_serves_folder_and_refuses_traversal(tmp_site: Path) -> None:
    with serve_directory(tmp_site) as site:
        assert site.url == f"http://127.0.0.1:{site.port}/"
        assert fetch(site.port, "/about/")[0] == 200
        assert fetch(site.port, "/about")[1]["Location"] == "/about/"
        assert fetch(site.port, "/robots.txt")[2].startswith(b"User-agent")
        for attack in ("GET /../secret.txt HTTP/1.1", "GET /%2e%2e/secret.txt HTTP/1.1",
                       "GET /about/..%2f..%2fsecret.txt HTTP/1.1", "GET /escape HTTP/1.1",
                       "GET /%00 HTTP/1.1", "GET /..\\secret.txt HTTP/1.1"):
            response = raw_request(site.port, attack)
            assert response.startswith(b"HTTP/1.1 404"), attack
            assert b"outside the site" not in response, attack
        (tmp_site / "404.html").write_text("custom missing page")
        status, _, body = fetch(site.port, "/missing")
        assert (status, body) == (404, b"custom missing page")
    with pytest.raises(NotADirectoryError):
        serve_directory(tmp_site / "index.html")


# -- fixture sites agree with their EXPECTED.json --------------------------------------------------
def _get(url: str) -> tuple[int, str, str, bytes]:
    """GET following redirects: (status, final path, content type, body)."""
    import urllib.error
    import urllib.request
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status, urlsplit(resp.url).path, resp.headers.get("Content-Type", ""), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, urlsplit(err.url).path, err.headers.get("Content-Type", ""), err.read()


def reference_crawl(origin: str) -> tuple[dict[str, bytes], dict[str, object], set[str]]:
    """A tiny robots-aware BFS over same-origin links (calendar trap excluded).

    Returns HTML pages by final path, other responses by path (status, or content type when 200),
    and the paths robots.txt kept out.
    """
    import urllib.robotparser

    import lxml.html

    robots = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
    robots.read()
    pages: dict[str, bytes] = {}
    other: dict[str, object] = {}
    blocked: set[str] = set()
    queue, seen = [origin + "/"], set()
    while queue:
        url = queue.pop(0)
        if url in seen or "/_fault/calendar" in url:
            continue
        seen.add(url)
        if not robots.can_fetch("*", url):
            blocked.add(urlsplit(url).path)
            continue
        status, path, ctype, body = _get(url)
        if status != 200 or not ctype.startswith("text/html"):
            other[path] = status if status != 200 else ctype.split(";")[0]
            continue
        pages[path] = body
        doc = lxml.html.document_fromstring(body)
        doc.make_links_absolute(origin + path)  # relative to the final URL, after redirects
        for href in doc.xpath("//a/@href|//img/@src"):
            if href.startswith(origin + "/"):
                queue.append(href.split("#")[0])
    return pages, other, blocked


def sitemap_locs(url: str) -> list[str]:
    """Every <loc> of a sitemap or sitemap index, recursively (gzip by file name)."""
    import gzip

    import lxml.etree

    data = _get(url)[3]
    tree = lxml.etree.fromstring(gzip.decompress(data) if url.endswith(".gz") else data)
    locs = [loc.text for loc in tree.iter("{*}loc")]
    if tree.tag.endswith("sitemapindex"):
        return [inner for loc in locs for inner in sitemap_locs(loc)]
    return locs


def test_basic_site_matches_expected(basic_site: FixtureServer) -> None:
    """The reference crawl finds exactly the pages, redirects and failures EXPECTED.json lists."""
    import urllib.robotparser

    expected = json.loads((SITES / "basic" / "EXPECTED.json").read_text())
    robots = urllib.robotparser.RobotFileParser(basic_site.url("/robots.txt"))
    robots.read()
    assert robots.site_maps() == [basic_site.url("/sitemap_index.xml")]

    pages, other, blocked = reference_crawl(basic_site.base_url)
    assert sorted(pages) == expected["pages"]
    assert other == {**expected["broken"], **expected["non_html"]}
    assert blocked == {"/private/secret.html"}
    assert not set(expected["orphans"]) & set(pages)
    assert basic_site.count("/private/secret.html") == 0
    assert basic_site.count("/about") == 1 and basic_site.count("/_fault/redirect/1/%2Fservices%2Fpermits.html") == 1

    locs = sitemap_locs(basic_site.url("/sitemap_index.xml"))
    assert sorted(urlsplit(loc).path for loc in locs) == expected["sitemap_urls"]
    assert all(loc.startswith(basic_site.base_url + "/") for loc in locs)
    assert set(expected["orphans"]) <= {urlsplit(loc).path for loc in locs}
    for path, detail in expected["details"].items():
        body = _get(basic_site.url(path))[3].decode()
        assert f"<title>{detail['title']}</title>" in body and f'<html lang="{detail["lang"]}">' in body
        assert (detail["evidence"] in body) if detail["evidence"] else ("Last Reviewed" not in body)


def test_links_site_matches_expected(links_site: FixtureServer) -> None:
    """Every same-host link of the links site ends with the status EXPECTED.json says (slow/stateful ones aside)."""
    import lxml.html

    expected = json.loads((SITES / "links" / "EXPECTED.json").read_text())
    doc = lxml.html.document_fromstring(_get(links_site.url("/"))[3])
    hrefs = doc.xpath("//main//li/a/@href")
    assert len(hrefs) == len(expected["links"])
    doc.make_links_absolute(links_site.url("/docs/"))
    assert links_site.url("/docs/guide.html") in doc.xpath("//main//li/a/@href")
    for link in expected["links"]:
        url = link["url"]
        if not url.startswith("/") or "/slow/" in url or link.get("note", "").startswith("first request"):
            continue
        if "loop" in url:  # urllib gives up on the loop and reports the last 302
            assert _get(links_site.url(url))[0] == 302
            continue
        if "mailto" in url:
            assert fetch(links_site.port, url)[1]["Location"].startswith("mailto:")
            continue
        assert _get(links_site.url(url))[0] == link["status"], url


def test_demo_site_matches_docs() -> None:
    """demo/site and the expected findings in docs/demo.md agree (the WCAG part is checked with axe by hand)."""
    import html
    import re

    repo = Path(__file__).resolve().parents[1]
    doc = (repo / "docs" / "demo.md").read_text()
    expected = json.loads(re.search(r"```json\n(.*?)```", doc, re.S).group(1))
    with serve_directory(repo / "demo" / "site") as site:
        origin = site.url.rstrip("/")
        pages, other, blocked = reference_crawl(origin)
        fresh = expected["freshness"]
        assert 25 <= len(pages) == expected["reachable_pages"] <= 35
        assert sorted(pages) == sorted(p for state in fresh.values() for p in state)
        assert blocked == set(expected["disallowed"])
        broken = {b["url"]: b["status"] for b in expected["broken_links"]}
        assert {p: s for p, s in other.items() if s != 200 and isinstance(s, int)} == broken
        assert other["/files/annual-report-2025.pdf"] == "application/pdf"
        for state in ("fresh", "stale", "future"):
            for path in fresh[state]:
                assert re.search(rb"Last Reviewed/Updated: \d\d/\d\d/\d{4}", pages[path]), path
        for path in fresh["missing"]:
            assert b"Last Reviewed/Updated:" not in pages[path], path
        for link in expected["broken_links"] + expected["missing_fragments"]:
            assert f'href="{html.escape(link["url"])}"'.encode() in pages[link["page"]], link
        page_url, fragment = expected["missing_fragments"][0]["url"].split("#")
        assert f'id="{fragment}"'.encode() not in pages[page_url]
        assert b"<html>" in pages["/privacy.html"]
        locs = {urlsplit(loc).path for loc in sitemap_locs(origin + "/sitemap.xml")}
        assert locs == set(pages) | set(expected["orphans"])
        status, _, body = fetch(site.port, "/no-such-page")
        assert status == 404 and b"Page Not Found" in body
