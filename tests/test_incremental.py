"""--incremental against fixture sites on 127.0.0.1, the servers' request logs as evidence.

One module-scoped sequence of nightly runs of a small site with two shared stylesheets (the runs
cost a browser each, so they are shared by the tests): A full (no earlier run), B nothing changed,
C two pages edited, D one stylesheet edited, E a new cache-busting query and link verdicts 9 days
old, F other axe tags; plus a full run of the changed site after C and after D for comparison.
"""
from __future__ import annotations

import datetime as dt
import secrets
import shutil
import sqlite3
from pathlib import Path

import pytest

from crawler.runstate.incremental import plan
from crawler.runstate.noise import body_digests
from crawler.runstate.pagestore import SCHEMA_VERSION
from reports.portable import portable_ids
from tests.cli_helpers import audit_site, run_auditcrawl
from tests.fixture_server import FixtureServer, page

DAY0 = dt.date(2026, 12, 1)
PAGES = {  # page -> stylesheet it loads
    "/": "a.css", "/one.html": "a.css", "/two.html": "a.css", "/three.html": "b.css", "/four.html": "b.css",
}
ETAG_PAGE = "/etag.html"  # served by a route that answers If-None-Match with 304
NONCE_PAGE = "/form.html"  # served by a route with a new CSP nonce and CSRF token on every response
ALL = {*PAGES, ETAG_PAGE, NONCE_PAGE}


def html(path: str, css: str, external: str, note: str = "", version: int = 1, token: str = "") -> str:
    links = "".join(f'<li><a href="{p}">Page {p}</a></li>' for p in sorted(ALL) if p != path)
    form = (f'<script nonce="{token}">document.title += "";</script><form action="/search"><label>Search '
            f'<input name="q"></label><input type="hidden" name="csrf_token" value="{token}"></form>') if token else ""
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Page {path}</title>'
            f'<link rel="stylesheet" href="/css/{css}?v={version}"></head>\n<body><main><h1>Page {path}</h1>{form}'
            f'<p class="lead">Agency text{note}.</p><img src="/logo.png">'  # image-alt: a WCAG finding
            f'<ul>{links}<li><a href="{external}/ok">Partner site</a></li>'
            f'<li><a href="{external}/_fault/gone">Learn more about the old programme.</a></li></ul>'
            '<p>Last Reviewed/Updated: 12/01/2025</p></main></body></html>\n')


def browser_paths(server: FixtureServer) -> set[str]:
    """Pages headless Chromium loaded (the crawler's User-Agent names auditcrawl)."""
    return {r.bare_path for r in server.requests
            if "Chrome" in r.headers.get("user-agent", "") and r.bare_path.endswith(("/", ".html"))}


def ids(results: dict) -> set[str]:
    return {f["id"] for f in results["findings"]}


def comparable(results: dict) -> list[tuple]:
    return sorted((f["id"], f["audit"], f["rule"], f["severity"], f["page"], f["message"], f["selector"])
                  for f in results["findings"])


class Nightly:
    def __init__(self, root: Path, folder: Path, external: FixtureServer) -> None:
        self.root, self.folder, self.external = root, folder, external
        self.history = root / "history.sqlite"
        self.etag = "v1"
        self.site = self.serve()

    def serve(self) -> FixtureServer:
        """The site on a new random port (as ``auditcrawl audit ./_site`` serves it every run)."""
        site = FixtureServer(self.folder).start()
        site.set_route(ETAG_PAGE, handler=self._etag_page)
        site.set_route(NONCE_PAGE, handler=lambda request: (200, {}, html(
            NONCE_PAGE, "b.css", self.external.base_url, token=secrets.token_hex(12))))
        return site

    def move(self) -> None:
        self.site.stop()
        self.site = self.serve()

    def _etag_page(self, request):
        if request.headers.get("if-none-match") == f'"{self.etag}"':
            return 304, {"ETag": f'"{self.etag}"'}, b""
        body = html(ETAG_PAGE, "b.css", self.external.base_url, note=f" {self.etag}")
        return 200, {"ETag": f'"{self.etag}"', "Content-Type": "text/html; charset=utf-8"}, body

    def write_page(self, path: str, note: str = "", version: int = 1) -> None:
        name = "index.html" if path == "/" else path.lstrip("/")
        (self.folder / name).write_text(html(path, PAGES[path], self.external.base_url, note, version))

    def run(self, name: str, day: int, *extra: str, incremental: bool = True, history: Path | None = None):
        self.site.reset_log()
        self.external.reset_log()
        out = self.root / name
        args = ["--as-of", (DAY0 + dt.timedelta(days=day)).isoformat(), "--history", str(history or self.history),
                "--audits", "freshness,links,wcag", "--wcag-browsers", "2", "--autothrottle", "false",
                "--formats", "csv", "--links-timeout", "5", *extra]
        if incremental:
            args.append("--incremental")
        proc, results = audit_site(self.site.url("/"), out, *args)
        assert proc.returncode in (0, 1), proc.stderr[-3000:]
        return {"proc": proc, "results": results, "browser": browser_paths(self.site),
                "external": [r.bare_path for r in self.external.requests],
                "assets": [r.path for r in self.site.requests if r.bare_path.startswith("/css/")
                           and "Chrome" not in r.headers.get("user-agent", "")]}


@pytest.fixture(scope="module")
def nights(tmp_path_factory):
    root = tmp_path_factory.mktemp("nightly")
    folder = root / "site"
    (folder / "css").mkdir(parents=True)
    (folder / "css" / "a.css").write_text("main { color: #222; background: #fff; }\n")
    (folder / "css" / "b.css").write_text("main { color: #333; background: #fff; }\n")
    with FixtureServer(None) as external:
        external.set_route("/ok", body=page("Partner", "<h1>Partner site</h1>"))
        n = Nightly(root, folder, external)
        for path in PAGES:
            n.write_page(path)
        runs = {"A": n.run("A", 0)}
        runs["B"] = n.run("B", 1)
        n.write_page("/one.html", note=" with a new sentence")
        n.write_page("/three.html", note=" and a correction")
        n.etag = "v2"  # the server-side edit of the ETag page
        runs["C"] = n.run("C", 2)
        runs["C-full"] = n.run("C-full", 2, incremental=False, history=root / "other.sqlite")
        (folder / "css" / "a.css").write_text("main { color: #999; background: #fff; }\n")  # poor contrast now
        runs["D"] = n.run("D", 3)
        runs["D-full"] = n.run("D-full", 3, incremental=False, history=root / "other2.sqlite")
        # the first --incremental night after plain runs (C-full, then D-full in other2) reuses the last
        runs["D-after-full"] = n.run("D-after-full", 3, history=root / "other.sqlite")
        n.write_page("/two.html", version=2)  # a new cache-busting query for the same stylesheet
        n.move()
        runs["E"] = n.run("E", 9)
        runs["F"] = n.run("F", 10, "--wcag-tags", "wcag2a,wcag2aa")  # other tags: nothing reusable
        n.site.stop()
        yield n, runs


def test_first_incremental_run_is_full_and_says_so(nights):
    _, runs = nights
    a = runs["A"]
    assert "no earlier complete run of this site" in a["proc"].stderr
    assert a["browser"] == ALL
    assert a["results"]["run"]["incremental"]["full"] is True
    assert not any(p["reused_from"] for p in a["results"]["pages"])


def test_nothing_changed_loads_no_page_in_the_browser(nights):
    _, runs = nights
    a, b = runs["A"]["results"], runs["B"]["results"]
    assert runs["B"]["browser"] == set()
    # every finding of the full run again, same ids; the only new ones: pages that turned stale overnight
    assert ids(a) <= ids(b)
    assert {f["rule"] for f in b["findings"] if f["id"] not in ids(a)} == {"stale-date"}
    settled = lambda r: [f for f in comparable(r) if f[1] != "freshness"]  # noqa: E731
    assert settled(b) == settled(a)
    wcag = [f for f in b["findings"] if f["audit"] == "wcag"]
    assert wcag and all(f["reused_from"] == a["run"]["started_at"] for f in wcag)
    by_url = {p["url"].rsplit(":", 1)[1].split("/", 1)[1]: p for p in b["pages"] if p["audited"]}
    assert by_url["etag.html"]["unchanged"] == "304"
    assert by_url["one.html"]["unchanged"] == "same-body"
    assert by_url["form.html"]["unchanged"] == "same-body-without-noise"
    assert all(p["reused_from"] == a["run"]["started_at"] for p in by_url.values())
    assert b["run"]["incremental"]["reused_from"] == a["run"]["started_at"]


def test_freshness_is_recomputed_against_today(nights):
    _, runs = nights
    a = {p["url"]: p["freshness"] for p in runs["A"]["results"]["pages"] if p["audited"]}
    b = {p["url"]: p["freshness"] for p in runs["B"]["results"]["pages"] if p["audited"]}
    assert {f["state"] for f in a.values()} == {"fresh"} and {f["age_days"] for f in a.values()} == {365}
    assert {f["state"] for f in b.values()} == {"stale"} and {f["age_days"] for f in b.values()} == {366}
    assert sum(f["rule"] == "stale-date" for f in runs["B"]["results"]["findings"]) == len(b)  # the 304 page too


def test_edited_pages_exactly_are_audited_again(nights):
    _, runs = nights
    assert runs["C"]["browser"] == {"/one.html", "/three.html", ETAG_PAGE}
    pages = {p["url"].split("/", 3)[3]: p for p in runs["C"]["results"]["pages"] if p["audited"]}
    assert pages["one.html"]["reused_from"] is None and pages["two.html"]["reused_from"] is not None


def test_edited_stylesheet_reaudits_exactly_the_pages_that_load_it(nights):
    _, runs = nights
    assert runs["D"]["browser"] == {p for p, css in PAGES.items() if css == "a.css"}
    assert runs["D"]["assets"].count("/css/a.css?v=1") == 1  # checked once for the whole run
    contrast = [f for f in runs["D"]["results"]["findings"] if f["rule"] == "color-contrast"]
    assert contrast, "the lighter text colour should fail contrast"


@pytest.mark.parametrize("incremental,full", [("C", "C-full"), ("D", "D-full")])
def test_incremental_findings_equal_a_full_run_on_the_changed_site(nights, incremental, full):
    _, runs = nights
    assert comparable(runs[incremental]["results"]) == comparable(runs[full]["results"])
    assert runs[full]["browser"] == ALL


def test_the_first_incremental_night_after_plain_full_runs_reuses_the_last_one(nights):
    _, runs = nights
    after = runs["D-after-full"]
    assert "no earlier complete run" not in after["proc"].stderr
    assert after["results"]["run"]["incremental"]["reused_from"] == runs["C-full"]["results"]["run"]["started_at"]
    assert after["browser"] == {p for p, css in PAGES.items() if css == "a.css"}  # as D after C
    assert comparable(after["results"]) == comparable(runs["D-full"]["results"])
    assert "incremental" not in runs["C-full"]["results"]["run"]  # a plain run's results are as before


def test_an_identical_body_is_not_parsed_again_and_its_reading_is_the_full_runs(nights):
    _, runs = nights
    b = runs["B"]["results"]
    same = [p for p in b["pages"] if p["unchanged"] == "same-body"]
    assert same and all(p["links_count"] for p in same)
    full = {p["url"]: p for p in runs["A"]["results"]["pages"]}
    for p in same:  # links, title and the freshness reading come from the stored run's reading of it
        assert (p["links_count"], p["title"]) == (full[p["url"]]["links_count"], full[p["url"]]["title"])
        assert p["freshness"]["date"] == full[p["url"]]["freshness"]["date"] == "2025-12-01"
        assert p["freshness"]["age_days"] == full[p["url"]]["freshness"]["age_days"] + 1


def test_link_verdicts_are_reused_for_a_week_and_broken_ones_rechecked(nights):
    _, runs = nights
    assert runs["A"]["external"].count("/ok") >= 1
    for night in ("B", "C", "D"):
        assert "/ok" not in runs[night]["external"], night
        assert "/_fault/gone" in runs[night]["external"], night
    assert "/ok" in runs["E"]["external"]  # 9 days after it was checked
    broken = [f for f in runs["E"]["results"]["findings"] if f["rule"] == "broken-learn-more-link"]
    assert broken and all(f["reused_from"] is None for f in broken)


def test_a_full_audit_is_forced_after_full_every_days(nights):
    n, runs = nights
    urls = runs["A"]["results"]["run"]["start_urls"]
    assert plan(n.history, urls, DAY0 + dt.timedelta(days=29), 30).reuse
    forced = plan(n.history, urls, DAY0 + dt.timedelta(days=30), 30)
    assert not forced.reuse and "30 days old" in forced.message


def test_unusable_history_files_are_refused_untouched(tmp_path, fault_server):
    not_db = tmp_path / "notes.sqlite"
    not_db.write_bytes(b"these are my notes, not a database\n" * 10)
    other_db = tmp_path / "other.sqlite"
    with sqlite3.connect(other_db) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER)")
    newer = tmp_path / "newer.sqlite"
    with sqlite3.connect(newer) as conn:
        conn.execute("CREATE TABLE runs (id INTEGER)")
        conn.execute("CREATE TABLE findings (id INTEGER)")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    for path, words in ((not_db, "not an auditcrawl history"), (other_db, "not an auditcrawl history"),
                        (newer, "newer auditcrawl")):
        before = path.read_bytes()
        proc = run_auditcrawl("audit", fault_server.url("/_fault/frag"), "--out", str(tmp_path / "out"),
                              "--history", str(path), "--incremental", "--quiet", timeout=60)
        assert proc.returncode == 2, proc.stderr
        assert words in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
        assert path.read_bytes() == before
        assert not (tmp_path / "out" / "results.json").exists()


# -- what counts as the same body -----------------------------------------------------------------
NOISY = """<html><head><script nonce="{n}">var x = 1;</script>
<meta name="csrf-token" content="{n}"><link rel="stylesheet" href="/css/site.css?t={n}"></head>
<body><form><input type="hidden" name="csrfmiddlewaretoken" value="{n}"><input name="q" value="tax"></form>
<img src="https://cdn.example.net/x.png?t=1"><a href="/search?page=2">Next</a><p>{text}</p></body></html>"""


def test_per_request_noise_is_not_a_change_and_visible_edits_are():
    url = "https://www.agency.gov/page"
    first = body_digests(NOISY.format(n="a1b2c3", text="Opening hours: 9 to 5"), url)
    again = body_digests(NOISY.format(n="zz9y8x", text="Opening hours: 9 to 5"), url)
    edited = body_digests(NOISY.format(n="zz9y8x", text="Opening hours: 9 to 6"), url)
    assert first[0] != again[0] and first[1] == again[1]
    assert edited[1] != again[1]
    assert again[2] == ["https://www.agency.gov/css/site.css?t=zz9y8x"]
    # not noise: another site's asset query, a link's query, a form field that is not a token
    for change in (("x.png?t=1", "x.png?t=2"), ("page=2", "page=3"), ('value="tax"', 'value="fee"')):
        variant = NOISY.format(n="a1b2c3", text="Opening hours: 9 to 5").replace(*change)
        assert body_digests(variant, url)[1] != first[1], change


def test_demo_pages_served_twice_are_unchanged_and_any_edit_is_not(tmp_path):
    import urllib.request
    demo = Path(__file__).resolve().parents[1] / "demo" / "site"
    pages = sorted(p.relative_to(demo).as_posix() for p in demo.rglob("*.html"))[:40]
    with FixtureServer(demo) as server:
        def fetch(path):
            with urllib.request.urlopen(server.url("/" + path), timeout=10) as response:
                return response.read().decode("utf-8", "replace")
        for path in pages:
            first, second = fetch(path), fetch(path)
            url = server.url("/" + path)
            assert body_digests(first, url)[:2] == body_digests(second, url)[:2], path
            edited = first.replace("</p>", " (updated)</p>", 1) if "</p>" in first else first + "<p>new</p>"
            assert body_digests(edited, url)[1] != body_digests(first, url)[1], path
    assert len(pages) >= 10


def test_a_new_cache_busting_query_on_an_unchanged_stylesheet_is_not_a_change(nights):
    _, runs = nights
    assert runs["E"]["browser"] == set()
    two = next(p for p in runs["E"]["results"]["pages"] if p["url"].endswith("/two.html"))
    assert two["unchanged"] == "same-body-without-noise" and two["reused_from"]
    assert "/css/a.css?v=2" in runs["E"]["assets"]  # fetched under the URL the page names today


def test_results_of_other_axe_tags_are_never_reused(nights):
    _, runs = nights
    assert runs["F"]["browser"] == ALL
    assert not any(f["reused_from"] for f in runs["F"]["results"]["findings"])
    assert runs["F"]["results"]["run"]["incremental"]["pages_unchanged"] == len(ALL)


def test_a_site_served_on_another_loopback_port_is_still_recognised(nights):
    _, runs = nights
    d, e = runs["D"]["results"], runs["E"]["results"]
    assert e["run"]["start_urls"] != d["run"]["start_urls"] and runs["E"]["browser"] == set()
    origin = e["run"]["start_urls"][0].rstrip("/")
    assert all(f["page"].startswith(origin + "/") for f in e["findings"])
    settled = lambda r: sorted(v for k, v in portable_ids(r).items()  # noqa: E731
                               if next(f for f in r["findings"] if f["id"] == k)["audit"] != "freshness")
    assert settled(e) == settled(d)
    assert ids(e).isdisjoint(ids(d))  # ids name the page URL: computed again for the new port


def test_a_run_that_does_not_finish_leaves_the_last_complete_state(tmp_path):
    from crawler.runstate.pagestore import PageStore
    db = tmp_path / "history.sqlite"
    first = PageStore(db, "site", "http://127.0.0.1:8000")
    first.put_page("http://127.0.0.1:8000/a", {"raw": "1"})
    first.complete("2026-12-01T21:00:00+00:00", "2026-12-01", "2026-12-01", "{}")
    first.close()
    killed = PageStore(db, "site", "http://127.0.0.1:9000")  # the next night, on another port
    assert killed.page("http://127.0.0.1:9000/a") == {"raw": "1"}
    killed.put_page("http://127.0.0.1:9000/a", {"raw": "2"})
    killed.abandon()
    killed.close()
    again = PageStore(db, "site", "http://127.0.0.1:8000")
    assert again.previous.started_at == "2026-12-01T21:00:00+00:00"
    assert again.page("http://127.0.0.1:8000/a") == {"raw": "1"}
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM incremental_pages").fetchone()[0] == 1
    again.close()


def test_a_same_body_page_takes_the_stored_reading_unless_it_depends_on_the_date():
    """``same_body``: an identical body (and the same extract key) gets the stored links and freshness
    reading without being parsed; a bare "Review date" reading, made against another as-of date, is
    read again from the body."""
    from audits.base import AuditContext
    from audits.freshness.audit import FreshnessAudit, to_stored
    from audits.freshness.extract import extract_review_date
    from crawler.items import Link, PageRecord
    from crawler.runstate.incremental import same_body
    from crawler.runstate.noise import digest

    url = "https://www.agency.gov/page"
    labelled = '<html lang="en"><body><main><h1>Grants</h1><p>Last Reviewed/Updated: 12/01/2025</p></main></body></html>'
    bare = '<html lang="en"><body><main><h1>Grants</h1><p>Review date: 10 December 2026</p></main></body></html>'
    audit, today = FreshnessAudit(None), dt.date(2026, 12, 20)

    def night(html: str, stored: dict, key: str = "k1", stored_body: str = "") -> PageRecord:
        previous = {"raw": digest(stored_body or html), "clean": "c", "named_assets": [], "title": "Stored title", "language": "en",
                    "links": [["https://www.agency.gov/x", "X", "a", "a", "/x", "<a>"]], "anchors": ["top"],
                    "main_heading": "Grants", "freshness_extract": stored, "extract_key": "k1"}
        record = PageRecord(url=url, requested_url=url, status=200, is_html=True, content_type="text/html")
        record.html = html
        if not same_body(record, previous, key):
            return record
        audit.audit_page(record, AuditContext(as_of=today, settings=None))
        return record

    reading = to_stored(extract_review_date(labelled, as_of=dt.date(2026, 12, 1)))
    assert reading["as_of_dependent"] is False
    record = night(labelled, {**reading, "date": "2020-01-01"})  # a stored reading that is not the body's
    assert record.links == [Link("https://www.agency.gov/x", "X", "a", "a", "/x", "<a>")] and record.title == "Stored title"
    assert record.extra["freshness"]["date"] == "2020-01-01"  # taken, not parsed again; judged today
    assert record.extra["freshness"]["age_days"] == (today - dt.date(2020, 1, 1)).days
    assert night(labelled + " ", reading, stored_body=labelled).extra.get("same_body") is None  # another body
    assert night(labelled, reading, key="k2").extra.get("same_body") is None  # other code or settings

    due = to_stored(extract_review_date(bare, as_of=dt.date(2026, 12, 1)))
    assert due["as_of_dependent"] is True and due["next_review_due"] == "2026-12-10"
    record = night(bare, due)  # on the 20th the same label is the last review: read again from the body
    assert record.extra["freshness"]["date"] == "2026-12-10" and record.extra["freshness"]["next_review_due"] is None
