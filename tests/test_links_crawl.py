"""The link audit in a real crawl: ``auditcrawl audit`` as a subprocess against fixture servers."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from tests.fixture_server import SITES, FixtureServer, free_port

ROOT = Path(__file__).resolve().parents[1]
AUDITCRAWL = str(Path(sys.executable).with_name("auditcrawl"))


def audit(url: str, out: Path, *extra: str) -> dict:
    cmd = [AUDITCRAWL, "audit", url, "--out", str(out), "--audits", "links", "--quiet", "--formats", "csv",
           "--timeout", "1", "--retries", "1", "--links-timeout", "1", "--links-retries", "1",
           "--autothrottle", "false", "--concurrency", "8", "--max-pages", "2000", *extra]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    results = out / "results.json"
    assert results.exists(), f"exit {proc.returncode}\n{proc.stderr[-4000:]}"
    return json.loads(results.read_text())


@pytest.fixture(scope="module")
def links_run(tmp_path_factory):
    """tests/sites/links plus a link to a closed port, crawled and audited once."""
    site = tmp_path_factory.mktemp("links-site")
    shutil.copytree(SITES / "links", site, dirs_exist_ok=True)
    index = site / "index.html"
    closed = f"http://127.0.0.1:{free_port()}/annual-report"
    index.write_text(index.read_text().replace(
        "</ul>", f'<li><a href="{closed}">Learn more about our annual report.</a></li>\n</ul>', 1))
    with FixtureServer(site) as server:
        results = audit(server.url("/"), tmp_path_factory.mktemp("links-out"))
        yield server, results, closed


def finding(results, rule, url_end):
    hits = [f for f in results["findings"] if f["rule"] == rule and f["link"]["url"].endswith(url_end)]
    assert len(hits) == 1, (rule, url_end, [(f["rule"], f["link"]["url"]) for f in results["findings"]])
    return hits[0]


@pytest.mark.parametrize("rule,url_end,reason", [
    ("broken-learn-more-link", "/_fault/status/404", "404 Not Found"),
    ("broken-learn-more-link", "/_fault/gone", "410 Gone"),
    ("broken-link", "/_fault/status/500", "500 Internal Server Error"),
    ("broken-link", "/_fault/redirect-to-410", "410 Gone"),
    ("broken-link", "/_fault/loop/a", "redirect loop"),
    ("broken-link", "/_fault/slow/2", "timeout after 1 s"),
    ("broken-link", "nonexistent.invalid/", "DNS lookup failed"),
    ("broken-image", "/_fault/status/404", "404 Not Found"),
    ("unverifiable-link", "/_fault/forbidden", "403 Forbidden"),
])
def test_broken_and_unverifiable(links_run, rule, url_end, reason):
    f = finding(links_run[1], rule, url_end)
    assert f["link"]["reason"].startswith(reason)
    assert f["audit"] == "links" and f["page"].endswith("/") and f["selector"] and f["html"]


def test_learn_more_finding_is_complete(links_run):
    f = finding(links_run[1], "broken-learn-more-link", "/_fault/status/404")
    assert f["severity"] == "serious"
    assert f["link"]["text"] == "Learn more about ERO." and f["link"]["learn_more"] is True
    assert f["link"]["status"] == 404 and f["link"]["verdict"] == "broken"
    assert f["html"].startswith("<a ") and "Learn more about ERO." in f["html"]


def test_closed_port_is_broken(links_run):
    _, results, closed = links_run
    f = finding(results, "broken-learn-more-link", closed)
    assert f["link"]["reason"] == "connection refused"


def test_redirect_chain_is_shown(links_run):
    f = finding(links_run[1], "broken-link", "/_fault/redirect-to-410")
    assert [hop["status"] for hop in f["link"]["chain"]] == [301, 302, 410]


def test_recovering_urls_are_ok(links_run):
    server, results, _ = links_run
    flagged = {f["link"]["url"].split("127.0.0.1:")[-1].split("/", 1)[-1] for f in results["findings"]}
    for path in ("_fault/flaky/links-page", "_fault/ratelimit/links-page", "_fault/nohead", "_fault/head501",
                 "docs/guide.html", "_fault/frag#section-2", "_fault/frag#legacy", "_fault/frag#top"):
        assert path not in flagged


def test_fragment_soft404_and_skipped_schemes(links_run):
    results = links_run[1]
    finding(results, "broken-fragment", "/_fault/frag#no-such-section")
    soft = finding(results, "soft-404", "/_fault/soft404")
    assert "Page Not Found" in soft["link"]["reason"]
    assert not [f for f in results["findings"] if f["link"] and f["link"]["url"].startswith(("mailto:", "tel:", "javascript:", "data:"))]


def test_permanent_redirect_advises_the_new_address(links_run):
    f = finding(links_run[1], "redirected-link", "/_fault/redirect301/docs/guide.html")
    assert f["link"]["chain"][-1]["url"].endswith("/docs/guide.html") and "update the link" in f["message"]


def test_crawled_pages_are_not_fetched_again(links_run):
    server = links_run[0]
    counts = Counter((r.method, r.path) for r in server.requests)
    assert counts[("GET", "/docs/guide.html")] == 1
    assert counts[("GET", "/_fault/soft404")] == 1 and counts[("GET", "/_fault/frag")] == 1


def test_a_link_on_1000_pages_is_requested_once(tmp_path):
    site = tmp_path / "site"
    (site / "p").mkdir(parents=True)
    with FixtureServer(None) as other:
        other.set_route("/shared/report.pdf", body=b"%PDF-1.4\n", content_type="application/pdf")
        shared, missing = other.url("/shared/report.pdf"), other.url("/retired-program")
        (site / "index.html").write_text("<html><head><title>Index</title></head><body><main>" + "".join(
            f'<a href="/p/{i}.html">Page {i}</a>\n' for i in range(1000)) + "</main></body></html>")
        for i in range(1000):
            (site / "p" / f"{i}.html").write_text(
                f'<html><head><title>Page {i}</title></head><body><main><h1>Page {i}</h1>'
                f'<p><a href="{shared}">Annual report (PDF)</a></p><p><a href="{missing}">Learn more.</a></p>'
                f'<p><a href="/">Home</a></p></main></body></html>')
        with FixtureServer(site) as server:
            results = audit(server.url("/"), tmp_path / "out", "--concurrency", "16")
            assert other.count("/shared/report.pdf") == 1
            assert other.count("/retired-program", "HEAD") == 1 and other.count("/retired-program", "GET") == 1
            assert server.count("/", "GET") == 1
    broken = [f for f in results["findings"] if f["link"] and f["link"]["url"] == missing]
    assert len(broken) == 1000 and {f["rule"] for f in broken} == {"broken-learn-more-link"}
    assert len({f["page"] for f in broken}) == 1000


def test_links_into_robots_disallowed_paths_are_never_requested(tmp_path):
    with FixtureServer(SITES / "basic") as server:
        results = audit(server.url("/"), tmp_path / "out")
        assert not [r for r in server.requests if r.bare_path.startswith("/private/")]
    assert results["pages"], "the crawl audited nothing"
    assert not [f for f in results["findings"] if f["link"] and "/private/" in f["link"]["url"]]


# verdict -> the link rules that may report it (ok and skipped links produce no finding)
VERDICT_RULES = {
    "broken": {"broken-link", "broken-learn-more-link", "broken-image", "broken-fragment", "soft-404"},
    "redirected": {"redirected-link"},
    "unverifiable": {"unverifiable-link"},
    "ok": set(),
    "skipped": set(),
}


def test_every_link_of_the_links_site_gets_its_expected_verdict(links_run):
    """Each link in tests/sites/links/EXPECTED.json, judged as that file says (both ways: no false alarms)."""
    server, results, _ = links_run
    expected = json.loads((SITES / "links" / "EXPECTED.json").read_text())
    by_url: dict[str, set[str]] = {}
    for f in results["findings"]:
        if f["audit"] == "links" and f["rule"] != "ambiguous-link-text":
            by_url.setdefault(f["link"]["url"].replace(server.url("/"), "/"), set()).add(f["rule"])
    entries = expected["links"] + expected["images"] + expected["iframes"]
    wrong = []
    for link in entries:
        url = link["url"]
        rules = by_url.get(url, set())
        verdict = "broken" if url.startswith("/_fault/slow/") else link["verdict"]  # links_run: 1 s timeout
        allowed = VERDICT_RULES[verdict]
        if verdict in ("ok", "skipped"):
            ok = not rules
        else:
            ok = bool(rules) and rules <= allowed | {"broken-image"} and bool(rules & allowed)
        if not ok:
            wrong.append((url, verdict, sorted(rules)))
    assert wrong == [], wrong


def test_a_malformed_href_is_reported_and_the_page_still_audited(fault_server, tmp_path):
    fault_server.set_route("/", headers={"Content-Type": "text/html"}, body=(
        "<html><title>S</title><a href='http://[::1'>Typo</a> <a href='/ok'>fine</a></html>"))
    fault_server.set_route("/ok", headers={"Content-Type": "text/html"}, body="<html><title>ok</title></html>")
    results = audit(fault_server.url("/"), tmp_path)
    bad = [f for f in results["findings"] if f["rule"] == "broken-link" and f["link"]["url"] == "http://[::1"]
    assert len(bad) == 1 and bad[0]["link"]["reason"].startswith("invalid URL"), results["findings"]
    assert sorted(p["title"] for p in results["pages"] if p["audited"]) == ["S", "ok"]
    assert results["run"]["coverage"]["skipped"].get("malformed_url") == 1
