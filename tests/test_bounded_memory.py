"""What grows with the site stays out of the process: the link audit's finish() keeps its per-URL state
(targets, verdicts, anchors of fragment targets) in the link store, not in the audit object."""
from __future__ import annotations

import asyncio
import datetime as dt
import gc
import sys

from scrapy.settings import Settings

from audits.base import AuditContext
from audits.links.audit import LinkAudit
from audits.links.store import SqliteLinkStore
from crawler.items import Link, PageRecord

SITE = "http://127.0.0.1:9"  # nothing is fetched: every link target below is a crawled page


def _size(obj, skip: tuple[str, ...]) -> int:
    """Bytes reachable from ``obj``'s attributes, leaving out ``skip`` (its store, which is on disk)."""
    seen: set[int] = set()
    total = 0
    todo = [value for key, value in vars(obj).items() if key not in skip]
    while todo:
        item = todo.pop()
        if id(item) in seen or isinstance(item, type) or callable(item) and not hasattr(item, "__dict__"):
            continue
        seen.add(id(item))
        total += sys.getsizeof(item)
        if isinstance(item, dict):
            todo.extend(item.keys())
            todo.extend(item.values())
        elif isinstance(item, (list, tuple, set, frozenset)):
            todo.extend(item)
        elif hasattr(item, "__dict__") and not isinstance(item, (Settings,)):
            todo.extend(vars(item).values())
    return total


def _pages(n: int) -> list[PageRecord]:
    pages = []
    for i in range(n):
        links = [Link(url=f"{SITE}/p{(i * 7 + k) % n}.html", text=f"Page {k}", selector=f"li:nth-of-type({k}) > a",
                      tag="a", raw=f"/p{(i * 7 + k) % n}.html") for k in range(5)]
        links.append(Link(url=f"{SITE}/p{(i + 1) % n}.html#part-{i % 3}", text="Part", selector="#part", tag="a",
                          raw=f"/p{(i + 1) % n}.html#part-{i % 3}"))
        links.append(Link(url="mailto:info@agency.invalid", text="Mail", selector="#mail", tag="a", raw="mailto:x"))
        pages.append(PageRecord(url=f"{SITE}/p{i}.html", requested_url=f"{SITE}/p{i}.html", status=200,
                                content_type="text/html", is_html=True, title=f"Annual report {i:05d}", depth=0 if i == 0 else 1,
                                html="<html><body><h1>Page</h1></body></html>", links=links,
                                anchors={"part-0", "part-1"}))  # part-2 is missing everywhere
    return pages


def _audit(tmp_path, n: int) -> tuple[int, int, int]:
    audit = LinkAudit(settings=Settings({}))
    audit._store = SqliteLinkStore(tmp_path / str(n))
    context = AuditContext(as_of=dt.date(2026, 11, 28), settings=None)
    for page in _pages(n):
        audit.page_fetched(page, context)
        audit.audit_page(page, context)
        page.html = ""
    findings = list(asyncio.run(audit.finish(context)))
    gc.collect()
    size = _size(audit, skip=("_store", "settings", "crawler", "opts", "learn_more", "soft404", "config"))
    unique = audit.store.result_count("verdict")
    audit.close()
    return size, len(findings), unique


def test_finish_keeps_no_per_url_state_in_the_audit(tmp_path):
    small, small_findings, small_unique = _audit(tmp_path, 300)
    large, large_findings, large_unique = _audit(tmp_path, 1200)
    # the verdicts are all there (one per page) and the broken fragments found ...
    assert (small_unique, large_unique) == (300, 1200)
    assert (small_findings, large_findings) == (100, 400)
    # ... but the audit itself holds the same few objects for 4x the site
    assert large - small < 2000, (small, large)


def test_checked_page_anchors_do_not_keep_the_parsed_page_alive():
    """lxml's default string results hold their element (and the whole tree): the checker keeps every
    check's anchors, so they must be plain strings."""
    import weakref

    import lxml.html

    from audits.links import soft404

    trees = []
    parse = lxml.html.document_fromstring

    def tracked(html):
        root = parse(html)
        trees.append(weakref.ref(root))
        return root

    soft404.lxml.html.document_fromstring = tracked
    try:
        title, heading, anchors = soft404.page_signals(
            "<html><head><title>T</title></head><body><main><h1 id=top>H</h1><a name=part>x</a></main></body></html>")
    finally:
        soft404.lxml.html.document_fromstring = parse
    gc.collect()
    assert (title, heading, anchors) == ("T", "H", {"top", "part"})
    assert all(type(anchor) is str for anchor in anchors)
    assert trees and trees[0]() is None, "the parsed page is still alive"


def _site_results(out, n: int) -> None:
    """results.json of an ``n``-page run written through the sink: every page stale (a freshness finding
    each, listed in the report's stale table and page details), every 10th page with a broken link."""
    from audits.base import Finding
    from reports.results import JsonResultsSink
    sink = JsonResultsSink(out)
    sink.open({"started_at": "2026-11-28T21:00:00+00:00", "start_urls": [f"{SITE}/"], "as_of": "2026-11-28",
               "settings": {"audits": ["freshness", "links"]}})
    for i in range(n):
        url = f"{SITE}/p{i}.html"
        page = PageRecord(url=url, requested_url=url, status=200, content_type="text/html", is_html=True, depth=1,
                          title=f"Annual report {i:05d}", html="")
        page.extra["freshness"] = {"state": "stale", "date": f"2025-03-{1 + i % 28:02d}", "age_days": 600,
                                   "max_age_days": 365, "evidence": "Last reviewed: 2025-03-01", "source": "text"}
        findings = [Finding(audit="freshness", rule="stale-review-date", severity="moderate", page=url,
                            message=f"Last reviewed 600 days ago ({i})", selector="footer")]
        if i % 10 == 5:
            findings.append(Finding(audit="links", rule="broken-link", severity="serious", page=url,
                                    message="Not found (404)", selector="main > ul > li:nth-of-type(14) > a",
                                    link={"url": f"{SITE}/gone/{i}.html", "text": f"Old report {i}",
                                          "status": 404, "verdict": "broken", "reason": "not found"}))
        sink.write_page(page, findings)
    sink.close({"started_at": "2026-11-28T21:00:00+00:00", "finished_at": "2026-11-28T22:00:00+00:00",
                "start_urls": [f"{SITE}/"], "as_of": "2026-11-28", "settings": {"audits": ["freshness", "links"]}})


def _report_peak(out) -> tuple[int, int, int]:
    """tracemalloc's peak while the report step reads results.json, writes report.html and applies the gate;
    with the HTML's length and the number of page rows in it."""
    import tracemalloc

    from reports.gate import evaluate_gate
    from reports.render import render_html_chunks
    from reports.results import open_results
    gc.collect()
    tracemalloc.start()
    try:
        results = open_results(out)
        length = rows = 0
        for chunk in render_html_chunks(results):
            length += len(chunk)
            rows += chunk.count('<tr><td class="url">')
        evaluate_gate(results, fail_on="serious")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return peak, length, rows


def test_report_step_memory_does_not_grow_with_the_site(tmp_path):
    """N and 4N pages: report.html lists 4x the rows (every page, every stale page, every broken target),
    but the report step's peak Python memory stays the same (results read from disk record by record, the
    report's sections read back from its index as they are rendered)."""
    _site_results(tmp_path / "warm", 20)
    _report_peak(tmp_path / "warm")  # compiles the template once, outside the measurement
    _site_results(tmp_path / "small", 1000)  # more than the index reads at a time (500 rows)
    _site_results(tmp_path / "large", 4000)
    small, small_len, small_rows = _report_peak(tmp_path / "small")
    large, large_len, large_rows = _report_peak(tmp_path / "large")
    assert large_len > 3.5 * small_len and large_rows > 3.5 * small_rows, (small_len, large_len, small_rows, large_rows)
    # holding the results (or the report's page rows) costs several kB per page: 3,000 more pages would add
    # over 10 MB; the streamed report step adds less than 50 bytes a page
    assert large - small < 150_000, (small, large)



def _junit_peak(out) -> tuple[int, int]:
    """tracemalloc's peak while junit.xml is written from results.json read record by record; its test cases."""
    import tracemalloc

    from reports.formats import junit_xml_chunks
    from reports.results import open_results
    gc.collect()
    tracemalloc.start()
    try:
        cases, carry = 0, ""
        for chunk in junit_xml_chunks(open_results(out)):
            cases += (carry + chunk).count("<testcase ")  # a tag split between chunks is counted once
            carry = chunk[-len("<testcase "):][1:]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return peak, cases


def test_junit_xml_memory_does_not_grow_with_the_site(tmp_path):
    """junit.xml of N and 4N pages: 4x the test cases, the same peak (one tree of every case held ~1 kB per
    page and suite: 3,000 more pages would add several MB)."""
    _site_results(tmp_path / "small", 1000)
    _site_results(tmp_path / "large", 4000)
    small, small_cases = _junit_peak(tmp_path / "small")
    large, large_cases = _junit_peak(tmp_path / "large")
    assert small_cases == 2 * 1000 and large_cases == 2 * 4000, (small_cases, large_cases)
    assert large - small < 150_000, (small, large)


# -- what the crawl has seen: the spider's discovered URLs and the dupefilter's fingerprints ------------------

def _crawler(tmp_path, store: str = "disk"):
    from scrapy.utils.test import get_crawler

    import crawler.settings as project
    from crawler.spiders.site import SiteSpider
    settings = {name: getattr(project, name) for name in dir(project) if name.isupper()}
    settings |= {"AUDITCRAWL_RUN_STATE_DIR": str(tmp_path / "run-state"), "AUDITCRAWL_OUT": str(tmp_path),
                "AUDITCRAWL_SEEN_STORE": store, "AUDITCRAWL_START_URLS": [f"{SITE}/"],
                "AUDITCRAWL_MAX_PAGES": 1_000_000, "TWISTED_REACTOR": None}  # whichever reactor earlier tests installed
    crawler = get_crawler(SiteSpider, settings_dict=settings)
    crawler.spider = crawler._create_spider()
    return crawler


def _seen_growth(tmp_path, store: str, small: int, large: int) -> tuple[int, int, dict]:
    """Python heap held by the spider's discovered set and the dupefilter after ``small`` and after ``large``
    URLs (each discovered twice, requested twice: the second time is a duplicate)."""
    import tracemalloc

    from scrapy import Request

    from crawler.runstate.dupefilter import RunStateDupeFilter
    crawler = _crawler(tmp_path, store)
    spider = crawler.spider
    dupefilter = RunStateDupeFilter.from_crawler(crawler)
    answers = {"scheduled": 0, "duplicates": 0, "filtered": 0}

    def discover(start: int, stop: int) -> None:
        for i in range(start, stop):
            url = f"{SITE}/section-{i % 10}/annual-report-{i:07d}.html"
            for _ in range(2):
                for request in spider._follow(url, depth=1, referrer=f"{SITE}/"):
                    answers["scheduled"] += 1
                    answers["duplicates"] += dupefilter.request_seen(request)
                answers["filtered"] += dupefilter.request_seen(Request(url))

    gc.collect()
    tracemalloc.start()
    try:
        discover(0, small)
        gc.collect()
        after_small = tracemalloc.get_traced_memory()[0]
        discover(small, large)
        gc.collect()
        after_large = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
        answers["discovered"] = len(spider.discovered)
        answers["kind"] = type(spider.discovered).__name__, type(dupefilter._fingerprints).__name__
        dupefilter.close("finished")
        spider._close_seen()
    return after_small, after_large, answers


def test_seen_urls_and_fingerprints_stay_on_disk(tmp_path, monkeypatch):
    """N and 4N URLs discovered and requested: the spider and the dupefilter answer as before (each URL
    scheduled once, its second request a duplicate) but their Python memory does not grow with the URLs
    (in memory: a URL string and a 20-byte fingerprint per URL, about 250 bytes)."""
    from crawler.runstate import seen
    monkeypatch.setattr(seen, "CACHE_SIZE", 200)  # the recent entries kept in memory: full before N
    small, large, answers = _seen_growth(tmp_path, "disk", 1_000, 4_000)
    assert answers["kind"] == ("SeenSet", "SeenSet")
    assert (answers["scheduled"], answers["duplicates"], answers["filtered"], answers["discovered"]) == \
        (4_000, 0, 8_000, 4_000)
    assert large - small < 50_000, (small, large)  # 3,000 more URLs: under 17 bytes a URL
    assert not list((tmp_path / "run-state").glob(".seen-*")), "the seen files are deleted at close"


def test_seen_sets_in_memory_when_asked(tmp_path):
    """``AUDITCRAWL_SEEN_STORE = "memory"``: Scrapy's own sets, the same answers (and they do grow)."""
    small, large, answers = _seen_growth(tmp_path, "memory", 1_000, 4_000)
    assert answers["kind"] == ("set", "set")
    assert (answers["scheduled"], answers["duplicates"], answers["filtered"], answers["discovered"]) == \
        (4_000, 0, 8_000, 4_000)
    assert large - small > 3_000 * 100, (small, large)


def test_disk_dupefilter_keeps_scrapys_fingerprints(tmp_path):
    """The same fingerprints as Scrapy's RFPDupeFilter: canonical URL (query order, fragment), method, body."""
    from scrapy import Request
    from scrapy.dupefilters import RFPDupeFilter

    from crawler.runstate.dupefilter import RunStateDupeFilter
    crawler = _crawler(tmp_path)
    ours, scrapys = RunStateDupeFilter.from_crawler(crawler), RFPDupeFilter(fingerprinter=crawler.request_fingerprinter)
    requests = [Request(f"{SITE}/a?x=1&y=2"), Request(f"{SITE}/a?y=2&x=1"), Request(f"{SITE}/a?x=1&y=2#top"),
                Request(f"{SITE}/a?x=1&y=2", method="POST"), Request(f"{SITE}/a?x=1&y=2", method="POST", body=b"q"),
                Request(f"{SITE}/a?x=1&y=2", method="POST", body=b"q"), Request(f"{SITE}/b")]
    assert [ours.request_seen(r) for r in requests] == [scrapys.request_seen(r) for r in requests] == \
        [False, True, True, False, False, True, False]
    ours.close("finished")


def test_end_of_crawl_findings_reach_the_sink_in_chunks():
    """The pipeline writes an audit's finish() iterator a chunk at a time (and counts every finding)."""
    from types import SimpleNamespace

    from scrapy.utils.test import get_crawler

    from audits.base import Finding
    from crawler.pipelines import FINDINGS_CHUNK, AuditPipeline

    class Many:
        id = "many"

        def finish(self, context):
            return (Finding(audit="many", rule="r", severity="minor", page=f"{SITE}/{i}", message="m")
                    for i in range(2 * FINDINGS_CHUNK + 5))

    class Sink:
        def __init__(self):
            self.calls: list[int] = []

        def write_findings(self, findings):
            self.calls.append(len(findings))

    pipeline = AuditPipeline.__new__(AuditPipeline)
    stats = get_crawler().stats
    pipeline.crawler = SimpleNamespace(stats=stats, engine=None)
    pipeline.audits, pipeline.sink, pipeline.context, pipeline.incremental = [Many()], Sink(), None, None
    asyncio.run(pipeline._finish_all())
    assert pipeline.sink.calls == [FINDINGS_CHUNK, FINDINGS_CHUNK, 5]
    assert pipeline.crawler.stats.get_value("auditcrawl/findings") == 2 * FINDINGS_CHUNK + 5


def test_incremental_link_verdicts_are_looked_up_not_loaded():
    """--incremental: the last run's link verdicts are read one URL at a time from the page store; serving and
    recording 4,000 of them leaves nothing per URL in the cache (the old cache loaded every fresh one)."""
    import datetime as dt
    import tracemalloc

    from crawler.runstate.incremental import LinkVerdictCache
    stored = {f"{SITE}/t{i}": ("2026-11-27", "run-1", {"verdict": "ok", "fetch": {"status": 200, "url": f"{SITE}/t{i}"}})
              for i in range(4000)}
    stored[f"{SITE}/old"] = ("2026-10-01", "run-0", {"verdict": "ok", "fetch": {"status": 200}})
    stored[f"{SITE}/bad"] = ("2026-11-27", "run-1", {"verdict": "broken", "fetch": {"status": 404}})
    recorded = []
    cache = LinkVerdictCache(stored.get, dt.date(2026, 11, 28), 7, True, "run-2",
                             record=lambda url, checked, run, data: recorded.append((url, checked, run)))
    assert cache.get(f"{SITE}/old") is None and cache.get(f"{SITE}/bad") is None  # too old; never served
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for i in range(4000):
            url = f"{SITE}/t{i}"
            fetch = cache.get(url)
            assert fetch is not None
            cache.put(url, fetch, "ok", reused=True)
        recorded.clear()
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert grown < 20_000, grown
    cache.put(f"{SITE}/t1", {"status": 200}, "ok", reused=True)
    cache.put(f"{SITE}/new", {"status": 200}, "ok")
    assert recorded == [(f"{SITE}/t1", "2026-11-27", "run-1"), (f"{SITE}/new", "2026-11-28", "run-2")]


def _history_results(n: int, night: int) -> dict:
    """A run of ``n`` pages with two findings each; on night 2 every 4th page's first finding is gone."""
    pages, findings = [], []
    for i in range(n):
        url = f"{SITE}/p{i}.html"
        pages.append({"url": url, "audited": True})
        for k in range(2):
            if night == 2 and k == 0 and i % 4 == 0:
                continue
            findings.append({"id": f"{url}#wcag-{k}", "audit": "wcag", "rule": f"rule-{k}", "severity": "serious",
                             "page": url, "message": f"Barrier {k} on page {i}"})
    return {"run": {"started_at": f"2026-11-2{night}T21:00:00+00:00", "start_urls": [f"{SITE}/"],
                    "settings": {"audits": ["wcag"]}}, "pages": pages, "findings": findings}


def _compare_peak(tmp_path, n: int) -> tuple[int, tuple]:
    import tracemalloc

    from reports import history
    db = tmp_path / f"history-{n}.sqlite"
    history.record_run(db, _history_results(n, 1))
    second = _history_results(n, 2)
    history.record_run(db, second)
    gc.collect()
    tracemalloc.start()
    try:
        comparison = history.compare(db, second)
        counts = (comparison.count("new"), comparison.count("persisting"), len(comparison.fixed))
        statuses = sum(1 for f in second["findings"] if comparison.status.get(f["id"]) == "persisting")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return peak, (counts, statuses)


def test_history_comparison_memory_does_not_grow_with_the_run(tmp_path):
    """New / persisting / fixed of 2,000 vs 8,000 findings: the same peak (both runs' findings in a private
    SQLite file, not in dicts: those held ~300 bytes per finding)."""
    small, small_counts = _compare_peak(tmp_path, 1000)
    large, large_counts = _compare_peak(tmp_path, 4000)
    assert small_counts == ((0, 1750, 250), 1750) and large_counts == ((0, 7000, 1000), 7000)
    assert large - small < 150_000, (small, large)
