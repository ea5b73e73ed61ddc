"""Where the review date comes from, and which dates are never taken."""
from __future__ import annotations

import datetime as dt
import time

from audits.freshness import extract_review_date
from audits.freshness.extract import weak_hints


def page(body: str, head: str = "", lang: str = "en") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>T</title>{head}</head>'
            f'<body><nav><a href="/news/2024/03/05/">News</a></nav><main>{body}</main>'
            f'<footer><p>&copy; 2025 Agency</p></footer></body></html>')


def test_label_and_date_in_separate_elements_with_selector():
    found = extract_review_date(page('<dl id="wb-dtmd"><dt>Date modified:</dt><dd><time>2024-01-15</time></dd></dl>'))
    assert found.date == dt.date(2024, 1, 15) and found.source == "text"
    assert found.evidence == "Date modified: 2024-01-15"
    assert found.selector == "#wb-dtmd > dd > time"


def test_most_recent_of_several_labels_counts():
    found = extract_review_date(page("<p>Last reviewed: 2 Jan 2022</p><p>Last updated: 5 Mar 2023</p>"))
    assert found.date == dt.date(2023, 3, 5)


def test_visible_label_beats_metadata_and_metadata_beats_weak_sources():
    meta = '<meta property="article:modified_time" content="2024-05-01T00:00:00Z">'
    headers = {"last-modified": "Tue, 26 Sep 2017 10:00:00 GMT"}
    assert extract_review_date(page("<p>Last updated: June 5, 2019</p>", meta), headers=headers).source == "text"
    found = extract_review_date(page("<p>Hello</p>", meta), headers=headers, sitemap_lastmod="2020-01-01",
                                use_http=True, use_sitemap=True)
    assert (found.date, found.source) == (dt.date(2024, 5, 1), "meta")


def test_weak_sources_are_opt_in():
    headers = {"last-modified": "Tue, 26 Sep 2017 10:00:00 GMT"}
    assert extract_review_date(page("<p>Hello</p>"), headers=headers, sitemap_lastmod="2020-01-02") is None
    found = extract_review_date(page("<p>Hello</p>"), headers=headers, sitemap_lastmod="2020-01-02",
                                use_sitemap=True, use_http=True)
    assert (found.date, found.source) == (dt.date(2020, 1, 2), "sitemap")
    found = extract_review_date(page("<p>Hello</p>"), headers=headers, sitemap_lastmod="2020-01-02", use_http=True)
    assert (found.date, found.source) == (dt.date(2017, 9, 26), "http")
    assert extract_review_date(page("<p>Hello</p>"), headers=headers, use_sitemap=True) is None
    assert weak_hints(headers, "2020-01-02") == [
        {"source": "sitemap", "date": "2020-01-02", "evidence": "<lastmod>2020-01-02</lastmod>"},
        {"source": "http", "date": "2017-09-26", "evidence": "Last-Modified: Tue, 26 Sep 2017 10:00:00 GMT"}]
    assert weak_hints({"last-modified": "yesterday"}, "2020") == []


def test_jsonld_and_microdata():
    ld = '<script type="application/ld+json">{"@graph": [{"@type": "WebPage", "dateModified": "2023-12-12"}]}</script>'
    assert extract_review_date(page("", ld)).source == "jsonld"
    micro = '<div itemscope><meta itemprop="lastReviewed" content="2023-08-08"></div>'
    found = extract_review_date(page(micro))
    assert (found.date, found.source) == (dt.date(2023, 8, 8), "microdata")


def test_publication_only_is_no_review_date():
    html = page("<p>Published 5 May 2022</p><p>Posted: March 3, 2024</p>",
                '<meta property="article:published_time" content="2022-05-05">')
    assert extract_review_date(html) is None


def test_never_taken():
    body = ("<p>Effective Date: 01/01/2024</p><p>Meeting date: March 5, 2024</p>"
            "<p>[FR Doc. 2024-04567 Filed 3-4-24; 8:45 am]</p>"
            "<p>On March 3, 2023, the agency last updated its guidance.</p>"
            "<p>Updated guidance was released on March 3, 2024.</p>"
            "<script>var lastUpdated='2024-03-05'</script><div hidden>Last updated: 01/01/2020</div>")
    assert extract_review_date(page(body)) is None


def test_label_without_date_is_missing_with_evidence():
    found = extract_review_date(page("<p>Last reviewed: TBD</p>"))
    assert found.date is None and found.source == "text" and found.evidence == "Last reviewed: TBD"


def test_next_review_due():
    found = extract_review_date(page("<p>Page last reviewed: 15 March 2021<br>Next review due: 15 March 2024</p>",
                                     lang="en-GB"))
    assert found.date == dt.date(2021, 3, 15) and found.next_review_due == dt.date(2024, 3, 15)
    assert found.due_evidence == "Next review due: 15 March 2024"
    only_due = extract_review_date(page("<p>Next review due: 1 March 2025</p>"))
    assert only_due.date is None and only_due.next_review_due == dt.date(2025, 3, 1)


def test_listed_items_dates_are_dropped():
    items = "".join(f"<li><a href='/g{i}'>Guidance {i}</a><p>Updated: {i} March 2024</p></li>" for i in range(1, 4))
    assert extract_review_date(page(f"<ul>{items}</ul>")) is None
    found = extract_review_date(page(f"<ul>{items}</ul><p>Page last reviewed: 1 June 2022</p>"))
    assert found.date == dt.date(2022, 6, 1)


def test_day_first_from_language_and_override():
    html = page("<p>Last updated: 05/03/2024</p>", lang="en-GB")
    assert extract_review_date(html).date == dt.date(2024, 3, 5)
    assert extract_review_date(html, day_first=False).date == dt.date(2024, 5, 3)
    assert extract_review_date(page("<p>Last updated: 05/03/2024</p>")).date == dt.date(2024, 5, 3)
    assert extract_review_date(page("<p>Última actualización: 05/03/2024</p>")).date == dt.date(2024, 3, 5)


def test_evidence_is_the_label_and_date_with_spaces_collapsed():
    found = extract_review_date(page("<p>Last updated:" + " " * 60 + "\n" * 2 + "March 5, 2024</p>"))
    assert found.evidence == "Last updated: March 5, 2024"
    far = extract_review_date(page("<p>Last updated:" + " " * 300 + "March 5, 2024</p>"))
    assert far is None  # a date that far from its label is not its date


def test_garbage_and_huge_pages_do_not_hang():
    assert extract_review_date("") is None
    assert extract_review_date("\x00\x01<<<>>>") is None
    deep = "<div>" * 200 + "Last updated: March 5, 2024" + "</div>" * 200
    assert extract_review_date(deep).date == dt.date(2024, 3, 5)
    labels = "<p>Updated: soon</p>" * 20000  # 380 KB of labels without dates
    start = time.perf_counter()
    extract_review_date(page(labels))
    assert time.perf_counter() - start < 5


def test_listed_items_without_inner_elements_are_dropped():
    items = "".join(f"<li>Updated: {i} March 2024</li>" for i in range(1, 4))
    assert extract_review_date(page(f"<ul>{items}</ul>")) is None
    two_labels = "<ul><li>Last updated: 12 February 2024</li><li>Last reviewed: 20 February 2024</li></ul>"
    assert extract_review_date(page(two_labels)).date == dt.date(2024, 2, 20)


def test_missing_needs_a_colon_or_a_definition_term():
    assert extract_review_date(page("<dl><dt>Last reviewed</dt><dd>-</dd></dl>")).evidence == "Last reviewed"
    header = "<table><tr><th>Form</th><th>Last updated</th></tr><tr><td>A</td><td>n/a</td></tr></table>"
    meta = '<meta name="dcterms.modified" content="2024-01-01">'
    found = extract_review_date(page(header, meta))
    assert (found.source, found.date) == ("meta", dt.date(2024, 1, 1))  # a table header is not a missing date


def test_untrusted_input_never_raises():
    deep_json = "[" * 5000 + "]" * 5000
    html = (f'<html lang="zz-ZZ"><head><script type="application/ld+json">{deep_json}</script>'
            '<script type="application/ld+json">{"@graph": [1, "a", {"dateModified": ["2024-01-02", 5]}]}</script>'
            '<meta name="modified" content=""><meta property="og:updated_time"></head>'
            '<body><p>Last updated: März 2178 2085</p><p>Stand: 31.04.2024</p></body></html>')
    found = extract_review_date(html)  # unknown page language, impossible dates, broken metadata
    assert (found.source, found.date) == ("text", None)  # "Last updated:" with no valid date: missing
