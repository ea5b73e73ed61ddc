"""report.html content, self-containment, CSP and escaping, checked on the markup (browser checks are in
test_report_browser.py)."""
from __future__ import annotations

import base64
import hashlib
import re

import lxml.html
import pytest

from reports.render import _target, render_html, write_reports
from reports.wcag_criteria import CRITERIA, criteria_from_tags
from tests.test_report_browser import JS_URLS, PAYLOADS, hostile_results
from tests.test_report_builder import BASE, ResultsBuilder, sample_results


@pytest.fixture(scope="module")
def sample_doc():
    html = render_html(sample_results())
    return html, lxml.html.fromstring(html)


def text_of(doc, css: str) -> list[str]:
    return [" ".join(" ".join(el.itertext()).split()) for el in doc.cssselect(css)]


def test_summary_for_a_compliance_officer(sample_doc):
    html, doc = sample_doc
    summary = " ".join(text_of(doc, "#summary"))
    for expected in ("10 pages audited of 26 discovered", "26 findings", "Run started 2026-11-28 21:00 UTC",
                     "Dates judged as of 2026-11-28 (stale after 365 days)", "axe-core 4.14.1", "chromium 131.0",
                     "Skipped: trap:calendar 8", "Skipped: robots 3"):
        assert expected in summary, expected
    rows = {r[0]: r[1:] for r in ([c.text_content() for c in tr] for tr in doc.cssselect("#summary table")[1].cssselect("tbody tr"))}
    assert rows["wcag"] == ["2", "7", "2", "0", "11"]  # critical, serious, moderate, minor, total
    top = text_of(doc, "#summary table")[2]
    assert top.index("/contact/") < top.index("/news/")  # critical before moderate-only pages
    assert "first run of this site" in " ".join(text_of(doc, "#changes"))


def test_wcag_by_success_criterion_with_manual_statement(sample_doc):
    _html, doc = sample_doc
    rows = [[c.text_content().strip() for c in tr] for tr in doc.cssselect("#wcag tbody tr")]
    numbers = [r[0] for r in rows]
    assert numbers == ["1.1.1", "1.4.3", "2.4.4", "4.1.2"]
    contrast = rows[1]
    assert contrast[1:5] == ["Contrast (Minimum)", "AA", "2.0", "serious"] and contrast[5:7] == ["6", "6"]
    assert rows[2][1] == "Link Purpose (In Context)" and "ambiguous-link-text" in rows[2][7]  # from the links audit
    section = " ".join(text_of(doc, "#wcag"))
    assert "What automated testing cannot check" in section and "keyboard" in section
    assert "region: 1 finding(s)" in section  # best-practice rule, no criterion
    assert "1 item(s) as needing review" in section


def test_stale_pages_oldest_first_and_undated(sample_doc):
    _html, doc = sample_doc
    rows = [[c.text_content().strip() for c in tr] for tr in doc.cssselect("#freshness tbody tr")]
    assert [r[1] for r in rows] == ["2015-06-01", "2017-09-26", "2019-03-14", "2023-01-05", "2025-11-20"]
    assert rows[0][2] == "4198" and rows[0][3] == "Last Reviewed/Updated: 06/01/2015"
    undated = text_of(doc, "#freshness ul li")
    assert len(undated) == 2 and "/careers/" in undated[0] and "/contact/" in undated[1]
    alt = doc.cssselect("#freshness svg title")[0].text_content()
    assert "3 under 1 year, 1 1–2 years, 0 2–3 years, 1 3–5 years, 2 5–10 years, 1 over 10 years" in alt
    assert "2 no date" in alt


def test_broken_links_grouped_by_target_learn_more_first(sample_doc):
    _html, doc = sample_doc
    rows = doc.cssselect("#links tbody > tr")
    first = " ".join(" ".join(rows[0].itertext()).split())
    assert first.startswith("Learn more link " + BASE + "/ero/ broken 404 Not Found (404) 3")
    refs = [" ".join(" ".join(li.itertext()).split()) for li in rows[0].cssselect("li")]
    assert refs == [f"{BASE}{p} : “Learn more about ERO.”" for p in ("/about/", "/policy/", "/programs/")]
    verdicts = [tr.cssselect("td")[1].text_content() for tr in rows]
    assert verdicts == ["broken", "broken", "broken", "redirected", "unverifiable"]
    assert "Read more" not in " ".join(text_of(doc, "#links"))  # ambiguous text is a WCAG issue, not a broken link


def test_template_issue_is_one_fix_with_page_count(sample_doc):
    _html, doc = sample_doc
    rows = [[" ".join(c.text_content().split()) for c in tr] for tr in doc.cssselect("#templates tbody tr")]
    assert len(rows) == 2
    assert rows[0][1] == "wcag / color-contrast" and rows[0][3] == "6"
    assert rows[0][2].startswith("header > nav > ul > li > a")  # positions and generated class names dropped
    assert rows[1][1] == "links / broken-learn-more-link" and rows[1][3] == "3"
    assert "19 distinct issues" in " ".join(text_of(doc, "#summary .cards"))  # 26 findings, groups of 6 and 3


def test_per_page_detail_and_charts_have_text_alternatives(sample_doc):
    _html, doc = sample_doc
    details = doc.cssselect("details.page")
    assert len(details) == 10
    contact = next(d for d in details if "/contact/" in d.cssselect("summary")[0].text_content())
    assert "label" in contact.text_content() and "#contact-form > input:nth-of-type(2)" in contact.text_content()
    assert '<input type="email" name="email">' in contact.cssselect("code")[-1].text_content()
    for svg in doc.cssselect("svg"):
        assert svg.get("role") == "img"
        title = doc.get_element_by_id(svg.get("aria-labelledby"))
        assert title.tag == "title" and len(title.text_content()) > 20
    for table in doc.cssselect("table"):
        assert table.cssselect("caption") and table.cssselect("thead th[scope=col]")


def test_self_contained_with_csp_matching_the_one_script(sample_doc):
    html, doc = sample_doc
    scripts = doc.cssselect("script")
    assert len(scripts) == 1 and scripts[0].get("src") is None
    csp = doc.cssselect('meta[http-equiv="Content-Security-Policy"]')[0].get("content")
    digest = base64.b64encode(hashlib.sha256(scripts[0].text.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp and "default-src 'none'" in csp and "img-src data:" in csp
    assert [el.tag for el in doc.iter() if el.get("src")] == []
    assert [(l.get("rel"), l.get("href")) for l in doc.cssselect("link")] == [("icon", "data:,")]
    assert "@import" not in html and "url(" not in html
    assert re.search(r"@media print", html)


def test_crawled_text_is_escaped_everywhere():
    html = render_html(hostile_results())
    doc = lxml.html.fromstring(html)
    assert len(doc.cssselect("script")) == 1
    assert not doc.cssselect("img, iframe, object, embed, svg[onload], body style")
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        assert not [name for name in el.attrib if name.lower().startswith("on")], el.tag
        href = el.get("href")
        if href is not None and el.tag == "a":
            assert href.startswith(("http://", "https://", "#")) and not re.search(r"\s", href), href
    for url in JS_URLS:
        assert url.strip() in doc.text_content()  # shown as text, never as a link
    for payload in PAYLOADS:
        assert payload in doc.text_content()
    assert "{{ 7*7 }}" in doc.text_content()  # not evaluated by the template engine


def test_undated_pages_show_what_the_weak_sources_said():
    builder = ResultsBuilder()
    builder.page("/cached/", title="Cached")
    builder.page("/plain/", title="Plain")
    results = builder.build()
    cached = next(p for p in results["pages"] if p["url"].endswith("/cached/"))
    cached["freshness"]["hints"] = [{"source": "sitemap", "date": "2026-01-02", "evidence": "<lastmod>"},
                                    {"source": "http", "date": "2026-11-28", "evidence": "Last-Modified: x"}]
    doc = lxml.html.fromstring(render_html(results))
    undated = text_of(doc, "#freshness ul li")
    assert undated[0].endswith("(Cached) not a review date: sitemap lastmod 2026-01-02, Last-Modified 2026-11-28")
    assert "not a review date" not in undated[1]


def test_empty_run_renders():
    html = render_html(ResultsBuilder().build())
    assert "No page has findings." in html and "No broken links were found" in html


def test_writes_only_inside_the_output_folder(tmp_path):
    outside = tmp_path / "outside.html"
    outside.write_text("keep me")
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.html").symlink_to(outside)
    paths = write_reports(sample_results(), out)
    assert outside.read_text() == "keep me"  # the symlink was replaced, not followed
    assert not paths.html.is_symlink() and paths.html.read_text().startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in out.iterdir()) == ["findings.csv", "junit.xml", "report.html", "results.sarif"]
    for bad in ("../x.html", "sub/x.html"):
        with pytest.raises(ValueError, match="outside the output folder"):
            _target(out.resolve(), bad)
    with pytest.raises(ValueError, match="unknown report format"):
        write_reports(sample_results(), out, formats=("html", "../../etc/passwd"))


def test_wcag_criteria_table():
    assert len(CRITERIA) == 87  # the 86 of WCAG 2.2 plus obsolete 4.1.1
    assert CRITERIA["2.5.8"].name == "Target Size (Minimum)" and CRITERIA["2.5.8"].level == "AA"
    assert CRITERIA["2.5.8"].version == "2.2" and CRITERIA["1.4.10"].version == "2.1"
    assert sum(c.level in ("A", "AA") for c in CRITERIA.values()) == 56  # 55 in 2.2 plus 4.1.1
    assert criteria_from_tags(["wcag2aa", "wcag1412", "wcag143", "wcag999"]) == ["1.4.12", "1.4.3"]


def test_menu_links_failing_on_the_same_pages_are_one_template_fix():
    b = ResultsBuilder()
    paths = [f"/p{i}/" for i in range(12)]
    for path in paths:
        b.page(path, title=path, date="2026-11-01", age_days=27)
        for item in ("home", "services", "news"):
            b.wcag(path, "target-size", "serious", f'nav a[href$="{item}/"]', criteria=["2.5.8"],
                   html=f'<a href="/{item}/">{item}</a>')
        b.link(path, "/gone/", "Learn more about permits", learn_more=True)
    b.wcag("/p0/", "target-size", "serious", ".pager > a", criteria=["2.5.8"])  # one page only
    doc = lxml.html.fromstring(render_html(b.build()))
    rows = doc.cssselect("#templates tbody > tr")
    assert len(rows) == 2  # the menu (3 elements on the same 12 pages) and the Learn more link
    menu = " ".join(" ".join(rows[0].itertext()).split())
    assert menu.startswith("serious wcag / target-size 3 elements:") and "12" in menu
    # 49 findings: the menu (36), the Learn more link (12) and the pager (1) are 3 issues
    assert "49 findings 3 distinct issues" in " ".join(text_of(doc, "#summary .cards"))
    link_row = doc.cssselect("#links tbody > tr")[0]
    assert len(link_row.cssselect("td > ul > li")) == 10
    assert link_row.cssselect("details summary")[0].text_content() == "2 more pages"
    assert len(link_row.cssselect("details li")) == 2


def test_malformed_urls_render_as_text_in_every_format():
    """The crawl keeps malformed hrefs ("http://[::1", a port above 65535) and the link audit reports them:
    every report must still render, showing them as text, not as links."""
    from reports.formats import findings_csv, junit_xml, sarif
    bad = ["http://[::1", "http://example.org:99999/x", "http://exa mple.org/"]
    b = ResultsBuilder()
    for index, url in enumerate(bad):
        b.page(f"/m{index}/", title="Malformed")
        b.link(f"/m{index}/", url, "Learn more about it", learn_more=True, status=None, reason="invalid URL")
    results = b.build()
    doc = lxml.html.fromstring(render_html(results))
    for url in bad:
        assert url in doc.text_content()
        assert not [a for a in doc.cssselect("a") if a.get("href") == url]
    assert "[::1" in findings_csv(results) and "[::1" in sarif(results)
    assert "<failure" in junit_xml(results)
