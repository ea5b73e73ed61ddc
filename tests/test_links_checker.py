"""The link checker against the fixture server's fault routes, through Scrapy's real downloader.

Each run is a subprocess (``python -m audits.links``: a minimal Scrapy crawl doing only the
checks), because a Twisted reactor starts once per process.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixture_server import FixtureServer, free_port, quoted

# The stdlib's listen backlog of 5 drops SYNs when a checker opens many connections at once; the
# client then retransmits after 1 s and short timeouts fire. Real servers have large backlogs.

ROOT = Path(__file__).resolve().parents[1]


def run_checks(urls, site=(), settings=None, sequential=False, body=False):
    cmd = [sys.executable, "-m", "audits.links", *urls]
    for origin in site:
        cmd += ["--site", origin]
    for name, value in {"AUDITCRAWL_LINKS_TIMEOUT": "2", "AUDITCRAWL_LINKS_RETRIES": "1", **(settings or {})}.items():
        cmd += ["-s", f"{name}={value if isinstance(value, str) else json.dumps(value)}"]
    if sequential:
        cmd.append("--sequential")
    if body:
        cmd.append("--body")
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return {r["url"]: r for r in map(json.loads, proc.stdout.splitlines())}


@pytest.fixture(scope="module")
def fault():
    with FixtureServer(None) as server:
        yield server


@pytest.fixture(scope="module")
def external(fault):
    """All fault routes checked as external links (HEAD first), in one run."""
    fault.set_route("/too-long-429", status=429, headers={"Retry-After": "120"})
    paths = ["/_fault/status/404", "/_fault/gone", "/_fault/status/418", "/_fault/nohead", "/_fault/head501",
             "/_fault/redirect-to-410", "/_fault/loop/a", "/_fault/slow/6", "/_fault/redirect-mailto",
             "/_fault/forbidden", "/_fault/redirect301/" + quoted("/_fault/frag"), "/_fault/image.png",
             "/_fault/redirect/12/" + quoted("/_fault/frag"), "/_fault/status/500"]
    urls = [fault.url(p) for p in paths] + [f"http://127.0.0.1:{free_port()}/closed", "http://nonexistent.invalid/"]
    results = run_checks(urls, site=["http://127.0.0.1:1/"])
    return {url.replace(fault.base_url, "") if url.startswith(fault.base_url) else url: r for url, r in results.items()}


def verdict(result):
    return result["verdict"]["verdict"], result["verdict"]["reason"]


def test_plain_statuses(external):
    assert verdict(external["/_fault/status/404"]) == ("broken", "404 Not Found")
    assert verdict(external["/_fault/gone"]) == ("broken", "410 Gone")
    assert verdict(external["/_fault/status/418"])[0] == "broken"
    assert verdict(external["/_fault/forbidden"]) == ("unverifiable", "403 Forbidden")


def test_head_refused_falls_back_to_get(external, fault):
    for path in ("/_fault/nohead", "/_fault/head501"):
        assert verdict(external[path]) == ("ok", "200 OK")
        assert external[path]["fetch"]["method"] == "GET"
        assert fault.count(path, "HEAD") == 1 and fault.count(path, "GET") == 1


def test_head_is_enough_when_it_answers(external, fault):
    assert verdict(external["/_fault/image.png"]) == ("ok", "200 OK"), external["/_fault/image.png"]
    assert external["/_fault/image.png"]["fetch"]["method"] == "HEAD", external["/_fault/image.png"]
    assert fault.count("/_fault/image.png", "HEAD") == 1 and fault.count("/_fault/image.png", "GET") == 0


def test_redirect_chain_ending_in_410(external, fault):
    r = external["/_fault/redirect-to-410"]
    assert verdict(r) == ("broken", "410 Gone")
    assert [hop["status"] for hop in r["verdict"]["chain"]] == [301, 302, 410]
    assert r["verdict"]["chain"][-1]["url"] == fault.url("/_fault/gone")


def test_permanent_redirect_is_redirected(external, fault):
    r = external["/_fault/redirect301/" + quoted("/_fault/frag")]
    assert r["verdict"]["verdict"] == "redirected"
    assert r["verdict"]["final_url"] == fault.url("/_fault/frag")


def test_redirect_loop_too_many_and_non_http(external):
    assert verdict(external["/_fault/loop/a"]) == ("broken", "redirect loop")
    assert verdict(external["/_fault/redirect/12/" + quoted("/_fault/frag")]) == (
        "broken", "too many redirects (more than 10)")
    assert verdict(external["/_fault/redirect-mailto"]) == ("broken", "redirect to a non-http(s) URL (mailto:)")


def test_network_failures(external):
    closed = next(r for u, r in external.items() if u.endswith("/closed"))
    assert verdict(closed) == ("broken", "connection refused")
    assert verdict(external["http://nonexistent.invalid/"]) == ("broken", "DNS lookup failed")


def test_slow_endpoint_times_out_after_retries(external, fault):
    r = external["/_fault/slow/6"]
    assert r["verdict"]["verdict"] == "broken"
    assert r["verdict"]["reason"].startswith("timeout after 2 s")
    assert fault.count("/_fault/slow/6", "GET") == 2  # one retry (AUDITCRAWL_LINKS_RETRIES=1)


def test_persistent_5xx_is_broken_after_retries(external, fault):
    assert verdict(external["/_fault/status/500"]) == ("broken", "500 Internal Server Error (after 1 retry)")
    assert fault.count("/_fault/status/500", "GET") == 2


@pytest.fixture(scope="module")
def internal(fault):
    """Fault routes checked as links of the site itself: GET with bodies, the site's cookies and robots.txt."""
    fault.set_route("/long-429", status=429, headers={"Retry-After": "120"})
    fault.set_route("/", body="<html><head><title>Agency home</title></head><body><h1>Welcome</h1></body></html>")
    paths = ["/_fault/flaky/checker", "/_fault/ratelimit/checker", "/_fault/soft404", "/_fault/frag", "/long-429",
             "/_fault/big", "/_fault/redirect/2/" + quoted("/")]
    results = run_checks([fault.url(p) for p in paths], site=[fault.url("/")],
                         settings={"AUDITCRAWL_LINKS_RETRIES": "2"})
    return {url.replace(fault.base_url, ""): r for url, r in results.items()}


def test_500_then_200_is_ok_after_a_retry(internal, fault):
    assert verdict(internal["/_fault/flaky/checker"]) == ("ok", "200 OK")
    assert fault.count("/_fault/flaky/checker", "GET") == 2


def test_429_honours_retry_after_then_ok(internal, fault):
    assert verdict(internal["/_fault/ratelimit/checker"]) == ("ok", "200 OK")
    times = [r.time for r in fault.requests if r.bare_path == "/_fault/ratelimit/checker"]
    assert len(times) == 2 and times[1] - times[0] >= 0.9  # Retry-After: 1


def test_429_with_retry_after_beyond_the_bound_is_unverifiable_at_once(internal, fault):
    r = internal["/long-429"]
    assert r["verdict"]["verdict"] == "unverifiable"
    assert "Retry-After 120 s exceeds the 30 s bound" in r["verdict"]["reason"]
    assert fault.count("/long-429") == 1


def test_soft404_and_anchors_read_from_the_body(internal):
    soft = internal["/_fault/soft404"]["verdict"]
    assert (soft["verdict"], soft["kind"]) == ("broken", "soft-404")
    assert {"top", "section-2", "legacy"} <= set(internal["/_fault/frag"]["fetch"]["anchors"])


def test_big_page_body_is_capped_not_failed(internal):
    r = internal["/_fault/big"]
    assert verdict(r) == ("ok", "200 OK") and r["fetch"]["truncated"] is True


def test_deep_link_redirected_to_home_is_soft404(internal):
    v = internal["/_fault/redirect/2/" + quoted("/")]["verdict"]
    assert (v["verdict"], v["kind"]) == ("broken", "soft-404")


def test_site_credentials_never_go_to_other_origins():
    with FixtureServer(None) as site, FixtureServer(None) as other:
        run_checks([site.url("/_fault/setcookie"), other.url("/_fault/echo-headers"), site.url("/_fault/echo-headers")],
                   site=[site.url("/")], sequential=True,
                   settings={"DEFAULT_REQUEST_HEADERS": {"Authorization": "Bearer site-secret", "Accept": "*/*"}})
        [mine] = [r for r in site.requests if r.bare_path == "/_fault/echo-headers"]
        [theirs] = [r for r in other.requests if r.bare_path == "/_fault/echo-headers"]
    # the site gets its own cookie and credentials back (so the test can fail) ...
    assert mine.headers.get("authorization") == "Bearer site-secret" and "cookie" in mine.headers
    # ... another origin on the same host gets neither
    assert "authorization" not in theirs.headers and "cookie" not in theirs.headers


def _expired_tls_server(tmp_path):
    """An HTTPS server on 127.0.0.1 whose self-signed certificate expired yesterday."""
    import datetime as dt
    import ssl
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1).not_valid_before(now - dt.timedelta(days=30)).not_valid_after(now - dt.timedelta(days=1))
            .sign(key, hashes.SHA256()))
    (tmp_path / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "key.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                         serialization.NoEncryption()))

    class Ok(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        do_HEAD = do_GET

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Ok)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def test_tls_errors_are_broken(fault, tmp_path):
    server = _expired_tls_server(tmp_path)
    try:
        expired = f"https://127.0.0.1:{server.server_address[1]}/report"
        plain = fault.url("/_fault/status/200").replace("http://", "https://")  # TLS to a plain-HTTP port
        results = run_checks([expired, plain], settings={"DOWNLOAD_VERIFY_CERTIFICATES": "True"})
    finally:
        server.shutdown()
    assert verdict(results[expired]) == ("broken", "TLS error (certificate verify failed)")
    assert verdict(results[plain]) == ("broken", "TLS error (wrong version number)")
