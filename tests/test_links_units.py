"""Link audit, the parts that need no network: verdicts, patterns, options, findings from crawled pages."""
from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from scrapy.exceptions import CannotResolveHostError, DownloadConnectionRefusedError, DownloadTimeoutError
from scrapy.settings import Settings

from audits.base import AuditContext
from audits.links import LinkAudit
from audits.links import verdicts as v
from audits.links.checker import describe_failure, origin, retry_after_seconds, url_key
from audits.links.options import OPTIONS, parse_bool, parse_patterns, parse_seconds
from audits.links.patterns import LEARN_MORE_PATTERNS, SOFT404_PATTERNS, TextMatcher
from audits.links.soft404 import page_signals
from crawler.items import Link, PageRecord

SITE = "http://127.0.0.1:8000"


def fetch(status, **kw):
    return v.Fetch(url=kw.pop("url", SITE + "/a/b"), final_url=kw.pop("final_url", SITE + "/a/b"), status=status, **kw)


@pytest.mark.parametrize("status,verdict,reason", [
    (200, "ok", "200 OK"), (404, "broken", "404 Not Found"), (410, "broken", "410 Gone"),
    (400, "broken", "400 Bad Request"), (418, "broken", "418 I'm a Teapot"),
    (500, "broken", "500 Internal Server Error"), (503, "broken", "503 Service Unavailable"),
    (401, "unverifiable", "401 Unauthorized"), (403, "unverifiable", "403 Forbidden"),
    (429, "unverifiable", "429 Too Many Requests"), (999, "unverifiable", "999: bot challenge"),
])
def test_status_verdicts(status, verdict, reason):
    got = v.classify(fetch(status))
    assert (got.verdict, got.reason, got.status) == (verdict, reason, status)


def test_retry_note_is_in_the_reason():
    assert v.classify(fetch(500, note="after 2 retries")).reason == "500 Internal Server Error (after 2 retries)"


@pytest.mark.parametrize("kind,reason", [
    (v.DNS, "DNS lookup failed"), (v.REFUSED, "connection refused"), (v.RESET, "connection reset or closed"),
    (v.TLS, "TLS error (certificate verify failed)"), (v.TIMEOUT, "timeout after 20 s"), (v.LOOP, "redirect loop"),
    (v.TOO_MANY, "too many redirects (more than 10)"), (v.SCHEME, "redirect to a non-http(s) URL (mailto:)"),
])
def test_failures_are_broken_with_their_reason(kind, reason):
    got = v.classify(fetch(None, error=reason, error_kind=kind))
    assert (got.verdict, got.reason, got.kind) == ("broken", reason, kind)


def test_robots_disallowed_is_skipped_never_broken():
    got = v.classify(fetch(None, error="disallowed by robots.txt", error_kind=v.ROBOTS))
    assert got.verdict == "skipped"


def test_permanent_redirect_is_redirected_with_the_chain_temporary_is_ok():
    hops = [{"url": SITE + "/old", "status": 301}]
    got = v.classify(fetch(200, url=SITE + "/old", final_url=SITE + "/new", chain=hops))
    assert got.verdict == "redirected"
    assert got.chain == [{"url": SITE + "/old", "status": 301}, {"url": SITE + "/new", "status": 200}]
    temp = v.classify(fetch(200, url=SITE + "/old", final_url=SITE + "/new", chain=[{"url": SITE + "/old", "status": 302}]))
    assert temp.verdict == "ok" and len(temp.chain) == 2
    gone = v.classify(fetch(410, url=SITE + "/old", final_url=SITE + "/gone", chain=hops))
    assert gone.verdict == "broken" and gone.reason == "410 Gone"


def test_deep_link_redirected_home_is_soft_404_but_home_to_home_is_not():
    hop = [{"url": SITE + "/programs/old", "status": 301}]
    got = v.classify(fetch(200, url=SITE + "/programs/old", final_url="http://www.127.0.0.1:8000/", chain=hop))
    assert (got.verdict, got.kind) == ("broken", "soft-404")
    home = v.classify(fetch(200, url=SITE + "/index.html", final_url=SITE + "/",
                            chain=[{"url": SITE + "/index.html", "status": 301}]))
    assert home.verdict == "redirected"
    other_site = v.classify(fetch(200, url=SITE + "/x", final_url="http://other.invalid/",
                                  chain=[{"url": SITE + "/x", "status": 302}]))
    assert other_site.verdict == "ok"


def test_bot_challenges_are_unverifiable_not_broken():
    cf = v.classify(fetch(503, headers={"cf-mitigated": "challenge", "server": "cloudflare"}))
    assert (cf.verdict, cf.kind) == ("unverifiable", "bot-challenge")
    title = v.classify(fetch(403, title="Just a moment..."))
    assert title.kind == "bot-challenge"
    plain_503 = v.classify(fetch(503, headers={"server": "nginx"}))
    assert plain_503.verdict == "broken"


def test_soft404_text_makes_a_200_broken():
    got = v.classify(fetch(200), soft404_text="Page Not Found")
    assert (got.verdict, got.kind) == ("broken", "soft-404")
    assert "Page Not Found" in got.reason


@pytest.mark.parametrize("text", ["Learn more about ERO.", "Learn more", "READ MORE »", "More information",
                                  "Find out more", "Click here", "Details", "Más información",
                                  "Leer más sobre HSI", "En savoir plus", "Mehr erfahren", "Saiba mais"])
def test_call_to_action_texts_match(text):
    assert TextMatcher(LEARN_MORE_PATTERNS)(text)


@pytest.mark.parametrize("text", ["Enforcement and Removal Operations", "Program details and eligibility",
                                  "Moreover", "Heretofore", "Contact", ""])
def test_descriptive_texts_do_not_match(text):
    assert not TextMatcher(LEARN_MORE_PATTERNS)(text)


@pytest.mark.parametrize("text", ["Page Not Found", "404 - Page not found", "Error 404", "Not Found",
                                  "Página no encontrada", "Page introuvable", "Seite nicht gefunden",
                                  "Página não encontrada", "The page you requested could not be found"])
def test_soft404_titles_match(text):
    assert TextMatcher(SOFT404_PATTERNS)(text)


@pytest.mark.parametrize("text", ["Form I-404 instructions", "Lost and found property", "Who we are",
                                  "Found: 3 results"])
def test_ordinary_titles_are_not_soft404(text):
    assert not TextMatcher(SOFT404_PATTERNS)(text)


def test_page_signals_title_main_heading_and_anchors():
    html = ('<html><head><title> Not Found </title></head><body><h1>Site name</h1><main><h1 id="h">Oops</h1>'
            '<a name="legacy">x</a><div id="section-2"></div></main></body></html>')
    assert page_signals(html) == ("Not Found", "Oops", {"h", "legacy", "section-2"})
    assert page_signals("") == ("", "", set())
    assert page_signals("\x00<<<>") [2] == set()


def test_retry_after_parsing():
    assert retry_after_seconds(b"7") == 7.0
    assert retry_after_seconds("Fri, 27 Nov 2026 00:00:10 GMT", now=dt.datetime(2026, 11, 27, tzinfo=dt.timezone.utc)
                               .timestamp()) == 10.0
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


def test_describe_failure_names_the_cause():
    assert describe_failure(CannotResolveHostError("x"), 20) == (v.DNS, "DNS lookup failed")
    assert describe_failure(DownloadConnectionRefusedError("x"), 20) == (v.REFUSED, "connection refused")
    assert describe_failure(DownloadTimeoutError("Getting x took longer than 20.0 seconds."), 20) == (
        v.TIMEOUT, "timeout after 20 s")


def test_url_key_drops_the_fragment_and_origin_ignores_www_and_default_port():
    assert url_key("http://a.invalid/p q#frag") == "http://a.invalid/p%20q"
    assert origin("https://www.a.invalid:443/x") == origin("http://a.invalid/y")
    assert origin("http://127.0.0.1:8000/") != origin("http://127.0.0.1:8001/")


def test_options_parse_and_reject():
    names = {o.name for o in OPTIONS}
    assert {"links_timeout", "links_check_external", "links_exclude", "links_learn_more_patterns",
            "links_soft404_patterns", "links_unverifiable_is_broken", "links_retries",
            "links_max_retry_after"} <= names
    assert all(o.setting.startswith("AUDITCRAWL_LINKS_") for o in OPTIONS)
    assert next(o for o in OPTIONS if o.name == "links_timeout").default == 20.0
    assert parse_bool("yes") is True and parse_bool("off") is False
    assert parse_patterns("a\n b \n\n") == ["a", "b"]
    with pytest.raises(ValueError, match="bad regular expression"):
        parse_patterns(["(unclosed"])
    with pytest.raises(ValueError):
        parse_seconds("0")
    with pytest.raises(ValueError):
        parse_bool("maybe")


# -- LinkAudit on hand-built page records (no network: every target was "crawled") ------------------

def page(path, links=(), status=200, title="Page", html="<html><body><h1>Page</h1></body></html>", anchors=(),
         **kw):
    return PageRecord(url=SITE + path, requested_url=kw.pop("requested_url", SITE + path), status=status,
                      content_type="text/html", is_html=True, title=title, html=html, links=list(links),
                      anchors=set(anchors), depth=kw.pop("depth", 1), **kw)


def link(url, text, selector="main > a", tag="a"):
    return Link(url=url if "://" in url or ":" in url.split("/")[0] else SITE + url, text=text,
                selector=selector, tag=tag, raw=url)


def run_audit(pages, settings=None):
    audit = LinkAudit(settings=Settings(settings or {}))
    context = AuditContext(as_of=dt.date(2026, 11, 28), settings=None)
    per_page = []
    for p in pages:
        audit.page_fetched(p, context)  # as the pipeline does for every fetched page
        per_page.extend(audit.audit_page(p, context))
        p.html = ""  # as the pipeline does after the audits ran
    return audit, per_page, list(asyncio.run(audit.finish(context)))


def by_rule(findings):
    out = {}
    for f in findings:
        out.setdefault(f.rule, []).append(f)
    return out


def test_findings_from_crawled_targets_without_any_download():
    home = page("/", depth=0, links=[
        link("/ero/", "Learn more about ERO.", "#s1 > a"),
        link("/hsi/", "Homeland Security Investigations", "#s2 > a"),
        link("/logo.png", "Agency logo", "header > img", tag="img"),
        link("/frag#gone", "Deleted section", "#s3 > a"),
        link("/frag#kept", "Kept section", "#s4 > a"),
        link("/frag#top", "Top", "#s5 > a"),
        link("/moved", "Moved page", "#s6 > a"),
        link("/oops", "Victims", "#s7 > a"),
        link("mailto:foia@agency.invalid", "FOIA", "#s8 > a"),
        link("tel:+15555550199", "Call", "#s9 > a"),
        link("javascript:void(0)", "Print", "#s10 > a"),
    ])
    records = [
        home,
        page("/ero/", status=404, title="404"),
        page("/hsi/", status=410),
        PageRecord(url=SITE + "/logo.png", requested_url=SITE + "/logo.png", status=404, content_type="text/html"),
        page("/frag", anchors={"kept"}),
        page("/new", requested_url=SITE + "/moved", redirect_chain=[{"url": SITE + "/moved", "status": 301}]),
        page("/oops", title="Victim assistance",
             html="<html><head><title>Victim assistance</title></head><body><main><h1>Page not found</h1></main></body></html>"),
    ]
    _, _, findings = run_audit(records)
    rules = by_rule(findings)
    assert sorted(rules) == ["broken-fragment", "broken-image", "broken-learn-more-link", "broken-link",
                             "redirected-link", "soft-404"]
    lm = rules["broken-learn-more-link"][0]
    assert lm.severity == "serious" and lm.selector == "#s1 > a" and lm.page == SITE + "/"
    assert lm.link == {"url": SITE + "/ero/", "text": "Learn more about ERO.", "status": 404,
                       "reason": "404 Not Found", "verdict": "broken", "chain": [], "learn_more": True}
    assert lm.message == '"Learn more about ERO." leads to a page that returns 404 Not Found'
    assert lm.html == '<a href="/ero/">Learn more about ERO.</a>'
    assert rules["broken-link"][0].link["reason"] == "410 Gone" and not rules["broken-link"][0].link["learn_more"]
    assert rules["broken-image"][0].link["url"] == SITE + "/logo.png"
    assert [f.link["url"] for f in rules["broken-fragment"]] == [SITE + "/frag#gone"]
    red = rules["redirected-link"][0]
    assert red.link["chain"] == [{"url": SITE + "/moved", "status": 301}, {"url": SITE + "/new", "status": 200}]
    assert SITE + "/new" in red.message
    assert "Page not found" in rules["soft-404"][0].link["reason"]  # from the h1, read before html was dropped


def test_unverifiable_is_reported_and_optionally_counted_as_broken():
    records = [page("/", depth=0, links=[link("/members", "Members area")]), page("/members", status=403)]
    _, _, findings = run_audit(records)
    assert [(f.rule, f.severity, f.link["verdict"]) for f in findings] == [("unverifiable-link", "minor", "unverifiable")]
    records = [page("/", depth=0, links=[link("/members", "Members area")]), page("/members", status=403)]
    _, _, findings = run_audit(records, {"AUDITCRAWL_LINKS_UNVERIFIABLE_IS_BROKEN": "true"})
    assert [f.rule for f in findings] == ["broken-link"]


def test_excluded_and_external_off_are_skipped():
    records = [page("/", depth=0, links=[link("/private/x", "Private"), link("http://other.invalid/", "Partner")]),
               page("/private/x", status=404)]
    _, _, findings = run_audit(records, {"AUDITCRAWL_LINKS_EXCLUDE": "/private/",
                                         "AUDITCRAWL_LINKS_CHECK_EXTERNAL": "false"})
    assert findings == []


def test_crawl_errors_and_crawl_redirect_map_are_reused():
    records = [page("/", depth=0, links=[link("/loop", "Tip form"), link("/r1", "Guide")]),
               PageRecord(url=SITE + "/loop-b", requested_url=SITE + "/loop", status=302, error="redirect loop",
                          redirect_chain=[{"url": SITE + "/loop", "status": 302}, {"url": SITE + "/loop-b", "status": 302}]),
               page("/guide")]
    audit = LinkAudit(settings=Settings({}))
    context = AuditContext(as_of=dt.date(2026, 11, 28), settings=None)
    context.redirects = {SITE + "/r1": {"status": 308, "location": SITE + "/guide"}}
    for p in records:
        context.crawled[p.url] = p
        context.crawled.setdefault(p.requested_url, p)
        audit.audit_page(p, context)
    findings = list(asyncio.run(audit.finish(context)))
    got = {f.link["url"]: (f.rule, f.link["reason"], len(f.link["chain"])) for f in findings}
    assert got == {SITE + "/loop": ("broken-link", "redirect loop", 3),
                   SITE + "/r1": ("redirected-link", f"permanently redirected to {SITE}/guide", 2)}


def test_ambiguous_link_text_same_vague_name_different_destinations():
    p = page("/news/", links=[
        link("/news/a", "Read more", "li:nth-of-type(1) > a"), link("/news/b", "Read more", "li:nth-of-type(2) > a"),
        link("/ero/", "Learn more about ERO.", "#e > a"), link("/hsi/", "Learn more about HSI.", "#h > a"),
        link("/same", "Details", "#d1"), link("/same", "Details", "#d2"),
        link("/news/a", "Read the full story about the bridge", "#full"),
    ])
    audit = LinkAudit(settings=Settings({}))
    findings = audit.audit_page(p, AuditContext(as_of=dt.date(2026, 11, 28), settings=None))
    assert len(findings) == 1
    f = findings[0]
    assert (f.rule, f.severity, f.wcag["criteria"]) == ("ambiguous-link-text", "minor", ["2.4.4"])
    assert f.details["destinations"] == [SITE + "/news/a", SITE + "/news/b"]
    assert f.selector == "li:nth-of-type(1) > a"


def test_a_link_to_the_final_url_of_a_redirect_has_no_chain():
    about = page("/about/", requested_url=SITE + "/about", redirect_chain=[{"url": SITE + "/about", "status": 301}])
    records = [page("/", depth=0, links=[link("/about", "About", "#a"), link("/about/", "About us", "#b")]), about]
    _, _, findings = run_audit(records)
    assert [(f.rule, f.selector) for f in findings] == [("redirected-link", "#a")]


def test_malformed_urls_are_broken_and_do_not_stop_the_audit():
    records = [page("/", depth=0, links=[link("http://[::1/broken", "IPv6 typo", "#v6"),
                                         link("http://a.invalid:99999/", "Port typo", "#port"),
                                         link("/ok", "Fine", "#ok")]),
               page("/ok")]
    _, _, findings = run_audit(records)
    got = {f.selector: (f.rule, f.link["reason"]) for f in findings}
    assert got == {"#v6": ("broken-link", "invalid URL (Invalid IPv6 URL)"),
                   "#port": ("broken-link", "invalid URL (Port out of range 0-65535)")}
