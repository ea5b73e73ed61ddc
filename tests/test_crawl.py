"""The crawl, end to end: the real auditcrawl command against fixture sites on 127.0.0.1."""
from __future__ import annotations

import json
from collections import Counter

import pytest

from tests.cli_helpers import audit_site, page_paths, run_auditcrawl
from tests.fixture_server import SITES

EXPECTED = json.loads((SITES / "basic" / "EXPECTED.json").read_text())


@pytest.fixture(scope="module")
def basic_crawl(tmp_path_factory):
    """One crawl of tests/sites/basic, shared by the assertions below."""
    from tests.fixture_server import FixtureServer
    server = FixtureServer(SITES / "basic").start()
    out = tmp_path_factory.mktemp("basic")
    try:
        proc, results = audit_site(server.url("/"), out, "--audits", "none")
        yield server, proc, results, out
    finally:
        server.stop()


def test_every_reachable_html_page_once(basic_crawl):
    _, proc, results, _ = basic_crawl
    assert proc.returncode == 0, proc.stderr
    paths = page_paths(results)
    assert sorted(paths) == sorted(set(paths)), "a page appears twice"
    calendar_pages = {p for p in paths if p.startswith("/_fault/calendar")}  # the trap's first months
    assert set(paths) - calendar_pages == set(EXPECTED["all_pages"])


def test_sitemap_only_pages_are_audited(basic_crawl):
    _, _, results, _ = basic_crawl
    assert set(EXPECTED["orphans"]) <= set(page_paths(results))
    assert results["run"]["coverage"]["sitemaps_read"] >= 3  # index, plain and gzipped


def test_robots_disallowed_paths_never_requested(basic_crawl):
    server, _, results, _ = basic_crawl
    requested = server.paths()
    assert not [p for p in requested if p.startswith(EXPECTED["disallowed_prefix"])]
    assert results["run"]["coverage"]["skipped"].get("robots", 0) >= 1


def test_no_url_fetched_twice(basic_crawl):
    server, _, _, _ = basic_crawl
    counts = Counter(f"{r.method} {r.path}" for r in server.requests)
    assert [k for k, n in counts.items() if n > 1] == []


def test_calendar_trap_is_cut(basic_crawl):
    server, _, results, _ = basic_crawl
    calendar = [p for p in server.paths() if p.startswith("/_fault/calendar")]
    assert 1 <= len(calendar) <= 60
    assert results["run"]["coverage"]["skipped"].get("trap:calendar", 0) >= 1


def test_redirects_recorded_with_chain(basic_crawl):
    _, _, results, _ = basic_crawl
    by_requested = {p["requested_url"].split("/", 3)[-1]: p for p in results["pages"]}
    for source, expected in EXPECTED["redirects"].items():
        page = by_requested.get(source.lstrip("/"))
        if page is None:  # the final page was reached by another link first; the hop is still known
            continue
        assert page["url"].endswith(expected["final"])
        assert [hop["status"] for hop in page["redirect_chain"]] == expected["chain"]
    assert any(p["redirect_chain"] for p in results["pages"])


def test_non_html_recorded_not_parsed(basic_crawl):
    _, _, results, _ = basic_crawl
    by_path = {p["url"].split("/", 3)[-1]: p for p in results["pages"]}
    for path, mime in EXPECTED["non_html"].items():
        page = by_path["" + path.lstrip("/")]
        assert page["content_type"] == mime
        assert page["audited"] is False and page["links_count"] == 0
    assert results["run"]["coverage"]["skipped"].get("non_html", 0) == len(EXPECTED["non_html"])


def test_page_records_carry_title_language_status(basic_crawl):
    _, _, results, _ = basic_crawl
    by_path = {p["url"].split("/", 3)[-1]: p for p in results["pages"]}
    for path, detail in EXPECTED["details"].items():
        page = by_path[path.lstrip("/")]
        assert page["status"] == 200
        assert page["title"] == detail["title"]
        assert page["language"] == detail["lang"]
    for path, status in EXPECTED["broken"].items():
        assert by_path[path.lstrip("/")]["status"] == status


def test_results_json_matches_schema_keys(basic_crawl):
    _, _, results, out = basic_crawl
    assert results["schema_version"] == 1
    assert results["tool"]["name"] == "auditcrawl"
    for key in ("started_at", "finished_at", "start_urls", "as_of", "settings", "engines", "coverage"):
        assert key in results["run"], key
    for key in ("discovered", "audited", "skipped"):
        assert key in results["run"]["coverage"]
    for page in results["pages"]:
        for key in ("url", "requested_url", "status", "content_type", "depth", "title", "freshness", "errors"):
            assert key in page
    assert not (out / "results.partial.jsonl").exists()
    assert (out / "crawl.log").exists()


def test_scrapy_crawl_command_works_too(fault_server, tmp_path):
    import subprocess
    import sys
    from tests.cli_helpers import REPO
    fault_server.set_route("/", body="<html><title>Home</title><a href='/two'>two</a></html>",
                           headers={"Content-Type": "text/html"})
    fault_server.set_route("/two", body="<html><title>Two</title></html>", headers={"Content-Type": "text/html"})
    proc = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "site", "-a", f"url={fault_server.url('/')}",
                           "-s", f"AUDITCRAWL_OUT={tmp_path}", "-s", "AUDITCRAWL_AUDITS=none", "-s", "LOG_LEVEL=WARNING"],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    results = json.loads((tmp_path / "results.json").read_text())
    assert sorted(page_paths(results)) == ["/", "/two"]


# -- traps and faults -------------------------------------------------------------------------

def test_session_ids_and_repeating_paths_end(fault_server, tmp_path):
    fault_server.set_route("/", headers={"Content-Type": "text/html"}, body=(
        "<html><title>Start</title><a href='/_fault/session'>s</a> <a href='/_fault/repeat/'>r</a></html>"))
    proc, results = audit_site(fault_server.url("/"), tmp_path, "--audits", "none")
    assert proc.returncode == 0, proc.stderr
    repeats = [p for p in fault_server.paths() if p.startswith("/_fault/repeat/")]
    assert len(repeats) <= 4
    assert results["run"]["coverage"]["skipped"].get("trap:repeating_path", 0) >= 1
    sessions = [p for p in fault_server.paths() if p.startswith("/_fault/session")]
    assert all("jsessionid" not in p.lower() and "phpsessid" not in p.lower() for p in sessions)
    assert len(sessions) <= 2
    assert results["run"]["coverage"]["session_ids_stripped"] >= 1


def test_429_retry_after_is_honoured(fault_server, tmp_path):
    fault_server.set_route("/", headers={"Content-Type": "text/html"},
                           body="<html><title>Start</title><a href='/_fault/ratelimit/x'>r</a></html>")
    proc, results = audit_site(fault_server.url("/"), tmp_path, "--audits", "none")
    hits = [r for r in fault_server.requests if r.path == "/_fault/ratelimit/x"]
    assert len(hits) == 2
    assert hits[1].time - hits[0].time >= 0.9  # Retry-After: 1
    page = next(p for p in results["pages"] if p["url"].endswith("/_fault/ratelimit/x"))
    assert page["status"] == 200


def test_slow_page_times_out_and_the_crawl_goes_on(fault_server, tmp_path):
    fault_server.set_route("/", headers={"Content-Type": "text/html"}, body=(
        "<html><title>Start</title><a href='/_fault/slow/10'>slow</a> <a href='/_fault/status/404'>x</a></html>"))
    proc, results = audit_site(fault_server.url("/"), tmp_path, "--audits", "none", "--timeout", "1",
                               "--retries", "0")
    slow = next(p for p in results["pages"] if "/_fault/slow/" in p["url"])
    assert slow["status"] is None and slow["error"] == "timeout after 1 s"
    assert any(p["status"] == 404 for p in results["pages"])


def test_redirect_loop_and_big_body(fault_server, tmp_path):
    fault_server.set_route("/", headers={"Content-Type": "text/html"}, body=(
        "<html><title>Start</title><a href='/_fault/loop/a'>loop</a> <a href='/_fault/big'>big</a></html>"))
    proc, results = audit_site(fault_server.url("/"), tmp_path, "--audits", "none", "--max-body-bytes", "100000")
    loop = next(p for p in results["pages"] if "/_fault/loop/" in p["requested_url"])
    assert loop["error"] == "redirect loop"
    big = next(p for p in results["pages"] if p["url"].endswith("/_fault/big"))
    assert big["truncated"] is True and big["audited"] is True
    assert fault_server.count("/_fault/loop/a") == 1 and fault_server.count("/_fault/loop/b") == 1


def test_max_pages_and_depth_limits(basic_site, tmp_path):
    proc, results = audit_site(basic_site.url("/"), tmp_path, "--audits", "none", "--max-pages", "3",
                               "--sitemaps", "false")
    assert len([p for p in results["pages"] if p["status"] is not None]) <= 3
    assert results["run"]["coverage"]["skipped"].get("max_pages", 0) >= 1


def test_robots_crawl_delay_is_honoured(fault_server, tmp_path):
    fault_server.set_route("/robots.txt", headers={"Content-Type": "text/plain"},
                           body="User-agent: *\nCrawl-delay: 1\nDisallow: /nope/\n")
    links = " ".join(f"<a href='/p{i}'>p{i}</a>" for i in range(4))
    fault_server.set_route("/", headers={"Content-Type": "text/html"}, body=f"<html><title>S</title>{links}</html>")
    for i in range(4):
        fault_server.set_route(f"/p{i}", headers={"Content-Type": "text/html"}, body=f"<html><title>{i}</title></html>")
    proc, results = audit_site(fault_server.url("/"), tmp_path, "--audits", "none", "--sitemaps", "false")
    assert proc.returncode == 0, proc.stderr
    times = sorted(r.time for r in fault_server.requests if r.path.startswith("/p"))
    assert len(times) == 4
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert min(gaps) >= 0.8, gaps


def test_start_url_moved_to_another_host_is_followed(fault_server, fixture_site, tmp_path):
    """agency.example -> www.new-name.example: the new host becomes the site (here: another port)."""
    new_site = fixture_site(None)
    new_site.set_route("/", headers={"Content-Type": "text/html"},
                       body="<html><title>New home</title><a href='/about'>About</a></html>")
    new_site.set_route("/about", headers={"Content-Type": "text/html"}, body="<html><title>About</title></html>")
    fault_server.set_route("/", status=301, headers={"Location": new_site.url("/")}, body="moved")
    proc, results = audit_site(fault_server.url("/"), tmp_path, "--audits", "none", "--sitemaps", "false")
    assert proc.returncode == 0, proc.stderr
    assert sorted(p["title"] for p in results["pages"] if p["audited"]) == ["About", "New home"]


def test_start_url_disallowed_by_robots_says_so(fault_server, tmp_path):
    fault_server.set_route("/robots.txt", headers={"Content-Type": "text/plain"}, body="User-agent: *\nDisallow: /\n")
    proc, results = audit_site(fault_server.url("/"), tmp_path, "--audits", "none")
    assert proc.returncode == 3
    assert "disallowed by robots.txt" in proc.stderr
    assert fault_server.count("/", method="GET") == 0


def test_robots_sitemap_on_another_host_is_not_fetched(fault_server, fixture_site, tmp_path):
    """robots.txt is crawled content: a Sitemap: line naming another host must not send the crawl there."""
    other = fixture_site(None)
    other.set_route("/sitemap.xml", headers={"Content-Type": "application/xml"},
                    body='<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>')
    fault_server.set_route("/robots.txt", headers={"Content-Type": "text/plain"},
                           body=f"User-agent: *\nAllow: /\nSitemap: {other.url('/sitemap.xml')}\n")
    fault_server.set_route("/", headers={"Content-Type": "text/html"}, body="<html><title>Home</title></html>")
    proc, results = audit_site(fault_server.url("/"), tmp_path, "--audits", "none")
    assert proc.returncode == 0, proc.stderr
    assert other.paths() == []


def test_start_url_with_fragment_counts_as_answered(fault_server, closed_port, tmp_path):
    """A start URL is recorded under the form the user gave (fragment and all), so one
    answering start URL is enough: the run is not 'unreachable' (exit 3)."""
    fault_server.set_route("/", headers={"Content-Type": "text/html"}, body="<html><title>Home</title></html>")
    start = fault_server.url("/") + "#main"
    dead = f"http://127.0.0.1:{closed_port}/"
    proc = run_auditcrawl("audit", start, dead, "--out", str(tmp_path), "--quiet", "--audits", "none",
                          "--sitemaps", "false")
    results = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    assert results["run"]["start_results"].get(start) == 200, results["run"]["start_results"]
    assert proc.returncode == 0, proc.stderr


def test_sitemap_relative_and_malformed_locs(fault_server, tmp_path):
    """Real sitemaps break the protocol: a relative <loc> is read against the sitemap's URL, and a
    malformed one is skipped without losing the entries after it."""
    fault_server.set_route("/", headers={"Content-Type": "text/html"}, body="<html><title>Home</title></html>")
    fault_server.set_route("/sitemap.xml", headers={"Content-Type": "application/xml"}, body=(
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<url><loc>http://[::1</loc></url><url><loc>/orphan</loc><lastmod>2024-01-02</lastmod></url></urlset>"))
    fault_server.set_route("/orphan", headers={"Content-Type": "text/html"},
                           body="<html><title>Orphan</title></html>")
    proc, results = audit_site(fault_server.url("/"), tmp_path, "--audits", "none")
    assert proc.returncode == 0, proc.stderr
    orphan = [p for p in results["pages"] if p["url"].endswith("/orphan")]
    assert orphan and orphan[0]["title"] == "Orphan"
    assert results["run"]["coverage"]["skipped"].get("malformed_url") == 1


def test_page_encodings_as_browsers_read_them(fault_server, tmp_path):
    """Undeclared non-UTF-8 bytes are windows-1252 (the WHATWG default), not a guess; declared
    charsets (header, <meta> only, BOM) are honoured."""
    cp1252 = ("<html><head><title>Cr\u00e8me br\u00fbl\u00e9e \u2013 don\u2019t panic</title></head>"
              "<body><p>It\u2019s fine, se\u00f1or.</p></body></html>")
    fault_server.set_route("/", headers={"Content-Type": "text/html"}, body=(
        "<html><head><title>Home</title></head><body><a href='/w'>w</a><a href='/sjis'>s</a>"
        "<a href='/bom'>b</a><a href='/utf8'>u</a></body></html>"))
    fault_server.set_route("/w", headers={"Content-Type": "text/html"}, body=cp1252.encode("cp1252"))
    fault_server.set_route("/sjis", headers={"Content-Type": "text/html"}, body=(
        '<html><head><meta charset="Shift_JIS"><title>\u65e5\u672c\u8a9e</title></head></html>').encode("shift_jis"))
    fault_server.set_route("/bom", headers={"Content-Type": "text/html"},
                           body="\ufeff<html><head><title>Caf\u00e9 BOM</title></head></html>".encode("utf-8"))
    fault_server.set_route("/utf8", headers={"Content-Type": "text/html"},
                           body="<html><head><title>Caf\u00e9 \u2013 UTF-8</title></head></html>".encode("utf-8"))
    proc, results = audit_site(fault_server.url("/"), tmp_path, "--audits", "none", "--sitemaps", "false")
    assert proc.returncode == 0, proc.stderr
    titles = {p["url"].rsplit("/", 1)[1]: p["title"] for p in results["pages"]}
    assert titles == {"": "Home", "w": "Cr\u00e8me br\u00fbl\u00e9e \u2013 don\u2019t panic", "sjis": "\u65e5\u672c\u8a9e",
                      "bom": "Caf\u00e9 BOM", "utf8": "Caf\u00e9 \u2013 UTF-8"}


def test_gzipped_sitemap_served_with_content_encoding(fault_server, tmp_path):
    """Apache's `AddEncoding gzip .gz` serves sitemap.xml.gz with Content-Encoding: gzip: Scrapy
    has already unpacked it, and the XML must be read as it is."""
    import gzip
    xml = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
           f"<url><loc>{fault_server.url('/orphan')}</loc></url></urlset>")
    fault_server.set_route("/robots.txt", headers={"Content-Type": "text/plain"},
                           body=f"User-agent: *\nAllow: /\nSitemap: {fault_server.url('/sitemap.xml.gz')}\n")
    fault_server.set_route("/sitemap.xml.gz", headers={"Content-Type": "application/xml", "Content-Encoding": "gzip"},
                           body=gzip.compress(xml.encode()))
    fault_server.set_route("/", headers={"Content-Type": "text/html"}, body="<html><title>Home</title></html>")
    fault_server.set_route("/orphan", headers={"Content-Type": "text/html"}, body="<html><title>Orphan</title></html>")
    proc, results = audit_site(fault_server.url("/"), tmp_path, "--audits", "none")
    assert proc.returncode == 0, proc.stderr
    assert results["run"]["coverage"]["sitemaps_read"] == 1
    assert "Orphan" in [p["title"] for p in results["pages"]]


def test_idn_start_host_keeps_its_links_in_scope():
    """Scrapy requests an IDN host in punycode, so the links on its pages are punycode too: the scope
    (and the link audit's idea of the site) must see one host, or every link is 'offsite'."""
    from audits.links.checker import origin
    from crawler.scope import Scope, ScopeConfig, host_key
    start = "http://www.B\u00fccher.example/"
    scope = Scope(ScopeConfig(hosts={host_key(start)}))
    assert host_key(start) == "xn--bcher-kva.example"
    assert scope.skip_reason("http://xn--bcher-kva.example/katalog", 1) is None
    assert scope.skip_reason("http://b\u00fccher.example:80/a", 1) is None
    assert scope.skip_reason("http://xn--other.example/", 1) == "offsite"
    assert origin(start) == origin("http://xn--bcher-kva.example/x") == ("xn--bcher-kva.example", None)


def test_sitemap_behind_a_redirect_is_read(fault_server, fixture_site, tmp_path):
    """WordPress/Yoast answers /sitemap.xml with a 301 to /sitemap_index.xml: followed on the site, and
    never to another host."""
    other = fixture_site(None)
    fault_server.set_route("/robots.txt", headers={"Content-Type": "text/plain"},
                           body=f"User-agent: *\nAllow: /\nSitemap: {fault_server.url('/sitemap.xml')}\n"
                                f"Sitemap: {fault_server.url('/away.xml')}\n")
    fault_server.set_route("/sitemap.xml", status=301, headers={"Location": "/sitemap_index.xml"}, body="moved")
    fault_server.set_route("/away.xml", status=302, headers={"Location": other.url("/sitemap.xml")}, body="moved")
    fault_server.set_route("/sitemap_index.xml", headers={"Content-Type": "application/xml"}, body=(
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{fault_server.url('/orphan')}</loc></url></urlset>"))
    fault_server.set_route("/", headers={"Content-Type": "text/html"}, body="<html><title>Home</title></html>")
    fault_server.set_route("/orphan", headers={"Content-Type": "text/html"}, body="<html><title>Orphan</title></html>")
    proc, results = audit_site(fault_server.url("/"), tmp_path, "--audits", "none")
    assert proc.returncode == 0, proc.stderr
    assert "Orphan" in [p["title"] for p in results["pages"]]
    assert other.paths() == []


def test_default_port_and_fragment_do_not_make_a_second_page():
    """http://host:80/a and http://host/a are one page; Scrapy's duplicate filter keeps the port, so the
    crawl drops it (a bad port is left for the caller to reject, never an exception here)."""
    from crawler.scope import Scope, ScopeConfig
    scope = Scope(ScopeConfig(hosts={"h.example"}))
    assert scope.normalise("http://h.example:80/a#top")[0] == "http://h.example/a"
    assert scope.normalise("https://h.example:443/?q=1")[0] == "https://h.example/?q=1"
    assert scope.normalise("http://h.example:443/")[0] == "http://h.example:443/"
    assert scope.normalise("http://h.example:8080/a")[0] == "http://h.example:8080/a"
    assert scope.normalise("http://h.example:99999/a")[0] == "http://h.example:99999/a"


def test_reserved_invalid_names_fail_without_a_dns_query():
    """RFC 6761 .invalid names are answered locally: the system resolver is never asked."""
    import socket

    from crawler.resolver import ReservedNameResolver, is_reserved
    from twisted.internet import reactor
    from twisted.internet.error import DNSLookupError
    assert is_reserved("www.usa.invalid") and is_reserved("x.test.") and not is_reserved("invalid.gov")
    asked = []
    original = socket.getaddrinfo
    socket.getaddrinfo = lambda *a, **k: asked.append(a) or original(*a, **k)
    try:
        failures = []
        ReservedNameResolver(reactor, 10, 5).getHostByName("www.usa.invalid").addErrback(failures.append)
    finally:
        socket.getaddrinfo = original
    assert failures and failures[0].check(DNSLookupError) and asked == []


def test_meta_refresh_target_is_crawled_and_link_checked(fault_server, tmp_path):
    """Old sites move pages with <meta http-equiv="refresh">: the target is crawled like a link, and a
    refresh to a missing page is a broken link; one inside <noscript> is not followed."""
    html = {"Content-Type": "text/html"}
    fault_server.set_route("/", headers=html, body=(
        "<html><title>Home</title><a href='/old'>Old page</a> <a href='/gone-soon'>Soon gone</a></html>"))
    fault_server.set_route("/old", headers=html, body=(
        "<html><head><title>Moved</title><meta http-equiv='Refresh' content=\"0; URL='/new'\"></head></html>"))
    fault_server.set_route("/new", headers=html, body="<html><title>New</title></html>")
    fault_server.set_route("/gone-soon", headers=html, body=(
        "<html><head><title>Gone soon</title><meta http-equiv=refresh content='5;url=/missing'>"
        "<noscript><meta http-equiv=refresh content='0;url=/noscript-only'></noscript></head>"
        "<body><a href='/'>Home</a></body></html>"))
    fault_server.set_route("/missing", status=404, headers=html, body="not here")
    fault_server.set_route("/noscript-only", headers=html, body="<html><title>No</title></html>")
    proc, results = audit_site(fault_server.url("/"), tmp_path, "--audits", "links", "--sitemaps", "false")
    assert proc.returncode == 0, proc.stderr
    assert "New" in [p["title"] for p in results["pages"] if p["audited"]]
    broken = [(f["page"], f["link"]["url"]) for f in results["findings"] if f["audit"] == "links"]
    assert broken == [(fault_server.url("/gone-soon"), fault_server.url("/missing"))]
    assert fault_server.count("/noscript-only") == 0
