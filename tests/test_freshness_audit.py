"""FreshnessAudit: options, states, findings, and a page fetched from a real local server."""
from __future__ import annotations

import datetime as dt
import urllib.request

import pytest
from scrapy.utils.test import get_crawler

from audits.base import AuditContext
from audits.freshness import FreshnessAudit
from audits.freshness.audit import (limit_for, parse_bool, parse_date_order, parse_days, parse_path_max_age)
from crawler.items import PageRecord

AS_OF = dt.date(2026, 11, 28)


def record(body: str, url: str = "http://127.0.0.1:8000/about/", lang: str = "en", **kw) -> PageRecord:
    html = f'<html lang="{lang}"><head><title>T</title></head><body><main>{body}</main></body></html>'
    return PageRecord(url=url, requested_url=url, status=200, content_type="text/html", language=lang, html=html,
                      is_html=True, **kw)


def run(audit: FreshnessAudit, page: PageRecord, as_of: dt.date = AS_OF):
    findings = audit.audit_page(page, AuditContext(as_of=as_of, settings=None))
    return page.extra["freshness"], findings


def test_stale_page_matches_the_results_contract():
    result, findings = run(FreshnessAudit(), record("<p>Last Reviewed/Updated: 09/26/2017</p>"))
    assert result == {"state": "stale", "date": "2017-09-26", "age_days": 3350, "source": "text",
                      "evidence": "Last Reviewed/Updated: 09/26/2017", "max_age_days": 365, "next_review_due": None,
                      "hints": []}
    (finding,) = findings
    assert (finding.audit, finding.rule, finding.severity) == ("freshness", "stale-date", "moderate")
    assert finding.message == "Last reviewed 2017-09-26, 3350 days ago (limit 365)"
    assert finding.evidence == "Last Reviewed/Updated: 09/26/2017" and finding.selector == "html > body > main > p"


def test_fresh_future_missing():
    audit = FreshnessAudit()
    result, findings = run(audit, record("<p>Last updated: November 1, 2026</p>"))
    assert (result["state"], result["age_days"], findings) == ("fresh", 27, [])
    result, findings = run(audit, record("<p>Last updated: January 3, 2027</p>"))
    assert result["state"] == "future" and [f.rule for f in findings] == ["future-date"]
    assert findings[0].severity == "minor"
    result, findings = run(audit, record("<p>Last reviewed: TBD</p>"))
    assert result["state"] == "missing" and result["evidence"] == "Last reviewed: TBD"
    assert [(f.rule, f.severity, f.evidence) for f in findings] == [("missing-date", "minor", "Last reviewed: TBD")]
    result, findings = run(audit, record("<p>Hello</p>"))
    assert (result["state"], result["date"], result["source"]) == ("missing", None, None)


def test_overdue_next_review_makes_a_recent_page_stale():
    page = record("<p>Page last reviewed: 15 March 2026<br>Next review due: 15 September 2026</p>", lang="en-GB")
    result, findings = run(FreshnessAudit(), page)
    assert result["state"] == "stale" and result["next_review_due"] == "2026-09-15" and result["age_days"] == 258
    assert [(f.rule, f.severity) for f in findings] == [("review-overdue", "moderate")]
    assert "2026-09-15" in findings[0].message and findings[0].evidence == "Next review due: 15 September 2026"


def test_path_limits_longest_prefix_wins():
    audit = FreshnessAudit(get_crawler(settings_dict={
        "AUDITCRAWL_MAX_AGE_DAYS": "1000",
        "AUDITCRAWL_FRESHNESS_PATH_MAX_AGE": "/news/=never,/policy/=180,/policy/archive/=never"}).settings)
    old = "<p>Last updated: 01/02/2026</p>"  # 300 days before AS_OF
    assert run(audit, record(old, url="http://127.0.0.1:1/about/"))[0]["state"] == "fresh"
    news, findings = run(audit, record("<p>Last updated: 01/02/2010</p>", url="http://127.0.0.1:1/news/x.html"))
    assert (news["state"], news["max_age_days"], findings) == ("fresh", None, [])
    assert run(audit, record(old, url="http://127.0.0.1:1/policy/travel"))[0]["state"] == "stale"
    assert run(audit, record(old, url="http://127.0.0.1:1/policy/archive/1999"))[0]["state"] == "fresh"


def test_from_crawler_reads_settings():
    crawler = get_crawler(settings_dict={"AUDITCRAWL_FRESHNESS_DATE_ORDER": "DMY",
                                         "AUDITCRAWL_FRESHNESS_USE_HTTP": "true"})
    audit = FreshnessAudit.from_crawler(crawler)
    result, _ = run(audit, record("<p>Last updated: 05/03/2024</p>"))
    assert result["date"] == "2024-03-05"
    page = record("<p>Hello</p>", headers={"last-modified": "Tue, 26 Sep 2017 10:00:00 GMT"})
    assert run(audit, page)[0]["source"] == "http"
    assert run(FreshnessAudit(), page)[0]["source"] is None  # off by default
    assert {o.setting for o in FreshnessAudit.options} == {
        "AUDITCRAWL_MAX_AGE_DAYS", "AUDITCRAWL_FRESHNESS_PATH_MAX_AGE", "AUDITCRAWL_FRESHNESS_DATE_ORDER",
        "AUDITCRAWL_FRESHNESS_USE_HTTP", "AUDITCRAWL_FRESHNESS_USE_SITEMAP"}


def test_sitemap_lastmod_is_a_hint_unless_switched_on():
    page = record("<p>Hello</p>", sitemap_lastmod="2020-01-02T10:00:00+00:00")
    result, findings = run(FreshnessAudit(), page)
    assert (result["state"], result["date"], result["source"]) == ("missing", None, None)
    assert result["hints"] == [{"source": "sitemap", "date": "2020-01-02",
                                "evidence": "<lastmod>2020-01-02T10:00:00+00:00</lastmod>"}]
    assert [f.rule for f in findings] == ["missing-date"]
    on = FreshnessAudit(get_crawler(settings_dict={"AUDITCRAWL_FRESHNESS_USE_SITEMAP": True}).settings)
    result, findings = run(on, page)
    assert (result["source"], result["date"], findings[0].rule) == ("sitemap", "2020-01-02", "stale-date")
    assert "sitemap" in findings[0].message and result["hints"][0]["source"] == "sitemap"


def test_last_modified_of_today_never_makes_an_undated_page_fresh():
    """A CMS behind a CDN sends the time it built the response: the page still shows no review date."""
    today = AS_OF.strftime("%a, %d %b %Y 09:30:00 GMT")
    page = record("<p>Apply for a permit.</p><p>Published 5 May 2019</p>", headers={"last-modified": today},
                  sitemap_lastmod=AS_OF.isoformat())
    result, findings = run(FreshnessAudit(), page)
    assert (result["state"], result["date"], result["source"], result["age_days"]) == ("missing", None, None, None)
    assert [h["source"] for h in result["hints"]] == ["sitemap", "http"]
    assert {h["date"] for h in result["hints"]} == {AS_OF.isoformat()}
    assert [f.rule for f in findings] == ["missing-date"]
    dated = record("<p>Last reviewed: 3 March 2024</p>", headers={"last-modified": today})
    result, _ = run(FreshnessAudit(get_crawler(settings_dict={"AUDITCRAWL_FRESHNESS_USE_HTTP": True}).settings),
                    dated)
    assert (result["source"], result["date"]) == ("text", "2024-03-03")  # the page's own date still wins


def test_page_from_a_real_server_keeps_its_last_modified_header_as_a_hint(fault_server):
    fault_server.set_route("/plain/", body="<html lang='en'><body><p>No date shown.</p></body></html>",
                           headers={"Last-Modified": "Tue, 26 Sep 2017 10:00:00 GMT"})
    url = fault_server.url("/plain/")
    with urllib.request.urlopen(url, timeout=10) as response:
        html = response.read().decode("utf-8")
        headers = {k.lower(): v for k, v in response.headers.items()}
        status = response.status
    page = PageRecord(url=url, requested_url=url, status=status, is_html=True, html=html, language="en",
                      headers=headers)
    result, findings = run(FreshnessAudit(), page)
    assert (result["source"], result["date"], result["state"]) == (None, None, "missing")
    assert result["hints"] == [{"source": "http", "date": "2017-09-26",
                                "evidence": "Last-Modified: Tue, 26 Sep 2017 10:00:00 GMT"}]
    on = FreshnessAudit(get_crawler(settings_dict={"AUDITCRAWL_FRESHNESS_USE_HTTP": "on"}).settings)
    result, findings = run(on, page)
    assert (result["source"], result["date"], result["state"]) == ("http", "2017-09-26", "stale")
    assert "HTTP Last-Modified" in findings[0].message


def test_unauditable_pages_are_left_alone():
    page = record("<p>Last updated: 01/02/2010</p>")
    page.status = 404
    assert FreshnessAudit().audit_page(page, AuditContext(as_of=AS_OF, settings=None)) == []
    assert "freshness" not in page.extra


@pytest.mark.parametrize("value, expected", [
    ("/news/=never,/policy/=180", {"/news/": None, "/policy/": 180}),
    ({"/news/": "never", "/policy/": 180}, {"/news/": None, "/policy/": 180}),
    ("", {}), (None, {}),
    ({"/news/": None, "/policy/": 180}, {"/news/": None, "/policy/": 180}),  # parsing twice changes nothing
])
def test_parse_path_max_age(value, expected):
    assert parse_path_max_age(value) == expected


@pytest.mark.parametrize("parse, value", [
    (parse_path_max_age, "news=10"), (parse_path_max_age, "/news/"), (parse_path_max_age, "/news/=soon"),
    (parse_path_max_age, {"/a/": -1}), (parse_path_max_age, 5), (parse_days, "-3"), (parse_days, "a year"),
    (parse_days, True), (parse_days, 1.5), (parse_date_order, "YMD"), (parse_bool, "maybe"),
])
def test_bad_values_raise_readable_errors(parse, value):
    with pytest.raises(ValueError, match=r"expected|start with"):
        parse(value)


def test_good_values():
    assert parse_days("365") == 365 and parse_days(30) == 30
    assert parse_date_order("dmy") == "DMY" and parse_date_order("Auto") == "auto"
    assert parse_bool("off") is False and parse_bool(True) is True
    assert limit_for("http://h/news", 365, {"/news/": None}) is None
    assert limit_for("http://h/newsletter/", 365, {"/news/": None}) == 365


def test_end_to_end_crawl_with_cli_flags_and_toml(fault_server, tmp_path):
    """The real command: Scrapy fetches the pages, the options come from a TOML file and flags."""
    from tests.cli_helpers import audit_site

    def html(body: str) -> str:
        return f"<!DOCTYPE html><html lang='en'><head><title>T</title></head><body>{body}</body></html>"

    links = "".join(f"<a href='{p}'>{p}</a> " for p in ("/policy/travel", "/news/old", "/plain", "/due", "/cached"))
    fault_server.set_route("/", body=html(f"<p>{links}</p><p>Last updated: November 1, 2026</p>"))
    fault_server.set_route("/policy/travel", body=html("<p>Page last reviewed: January 2, 2026</p>"))
    fault_server.set_route("/news/old", body=html("<p>Last updated: 01/02/2010</p>"))
    fault_server.set_route("/plain", body=html("<p>No date.</p>"),
                           headers={"Last-Modified": "Tue, 26 Sep 2017 10:00:00 GMT"})
    fault_server.set_route("/cached", body=html("<p>No date either.</p>"),
                           headers={"Last-Modified": "Sat, 28 Nov 2026 08:00:00 GMT"})
    fault_server.set_route("/due", body=html("<p>Page last reviewed: 2 Jan 2026<br>Next review due: 2 Jul 2026</p>"))
    config = tmp_path / "auditcrawl.toml"
    config.write_text('freshness_path_max_age = { "/news/" = "never", "/policy/" = 180 }\n', encoding="utf-8")
    _, results = audit_site(fault_server.url("/"), tmp_path / "out", "--config", str(config), "--audits", "freshness",
                            "--as-of", "2026-11-28", "--max-age-days", "400", "--sitemaps", "false")
    pages = {p["url"].split(str(fault_server.port), 1)[1]: p["freshness"] for p in results["pages"] if p["audited"]}
    assert pages["/"]["state"] == "fresh" and pages["/"]["max_age_days"] == 400
    assert (pages["/policy/travel"]["state"], pages["/policy/travel"]["max_age_days"]) == ("stale", 180)
    assert (pages["/news/old"]["state"], pages["/news/old"]["max_age_days"]) == ("fresh", None)
    for path, hint in (("/plain", "2017-09-26"), ("/cached", "2026-11-28")):  # Last-Modified: a hint, not the date
        assert (pages[path]["source"], pages[path]["date"], pages[path]["state"]) == (None, None, "missing"), path
        assert [(h["source"], h["date"]) for h in pages[path]["hints"]] == [("http", hint)], path
    assert (pages["/due"]["state"], pages["/due"]["next_review_due"]) == ("stale", "2026-07-02")
    rules = sorted((f["page"].rsplit("/", 1)[1], f["rule"]) for f in results["findings"] if f["audit"] == "freshness")
    assert rules == [("cached", "missing-date"), ("due", "review-overdue"), ("plain", "missing-date"),
                     ("travel", "stale-date")]
