"""Dates as pages publish them: structured data as CMSes write it (broken too), date formats, currency stamps."""
from __future__ import annotations

import datetime as dt

import pytest

from audits.freshness import extract_review_date

MARCH_5 = dt.date(2024, 3, 5)


def page(body: str = "", head: str = "", lang: str = "en") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>T</title>{head}</head>'
            f'<body><main>{body}</main><footer><p>&copy; 2025 Agency</p></footer></body></html>')


def ld(text: str, kind: str = "application/ld+json") -> str:
    return f'<script type="{kind}">{text}</script>'


def found(body: str = "", head: str = "", lang: str = "en", **kw):
    return extract_review_date(page(body, head, lang), **kw)


# ---------------------------------------------------------------- JSON-LD as published

YOAST_GRAPH = ('{"@context":"https://schema.org","@graph":[{"@type":"Organization","@id":"#org","name":"Agency"},'
               '{"@type":"WebSite","@id":"#site","publisher":{"@id":"#org"}},'
               '{"@type":"%s","@id":"#page","datePublished":"2019-01-02T10:00:00+00:00",'
               '"dateModified":"2024-03-05T09:12:44+00:00","isPartOf":{"@id":"#site"}}]}')


@pytest.mark.parametrize("kind", ["WebPage", "Article", "BlogPosting", "MedicalWebPage", "NewsArticle",
                                  "GovernmentService", "FAQPage", "CollectionPage", '["WebPage", "ItemPage"]'])
def test_jsonld_date_modified_inside_a_graph_on_any_type(kind):
    kind = kind if kind.startswith("[") else f'"{kind}"'
    result = found(head=ld(YOAST_GRAPH.replace('"%s"', kind)))
    assert (result.date, result.source) == (MARCH_5, "jsonld")


@pytest.mark.parametrize("script", [
    # trailing commas, as hand-edited templates leave them
    '{"@context": "https://schema.org", "@type": "WebPage", "dateModified": "2024-03-05",}',
    '{"@graph": [{"@type": "Article", "dateModified": "2024-03-05T10:00:00Z", "author": ["A",],},]}',
    # HTML entities: the template escaped the JSON as HTML
    '{&quot;@type&quot;: &quot;WebPage&quot;, &quot;dateModified&quot;: &quot;2024-03-05&quot;}',
    '{"@type": "WebPage", "name": "Fish &amp; chips", "dateModified": "2024-03-05",}',
    # cut off: a CMS limit, or a stray character after the date
    '{"@context": "https://schema.org", "@type": "WebPage", "dateModified": "2024-03-05T08:00:00+01:00", "desc',
    '{"@type": "WebPage", "dateModified": "2024-03-05"} }',
    # wrapped in comment or CDATA marks, with a charset in the type, a JSON-LD value object
    '<!-- {"@type": "WebPage", "dateModified": "2024-03-05"} -->',
    '//<![CDATA[\n{"@type": "WebPage", "dateModified": "2024-03-05"}\n//]]>',
    '{"@type": "WebPage", "dateModified": {"@value": "2024-03-05", "@type": "Date"}}',
])
def test_slightly_malformed_jsonld_still_gives_its_date(script):
    result = found(head=ld(script))
    assert (result.date, result.source) == (MARCH_5, "jsonld"), script
    charset = found(head=ld('{"@type": "WebPage", "dateModified": "2024-03-05"}', "application/ld+json; charset=utf-8"))
    assert charset.date == MARCH_5


@pytest.mark.parametrize("script", [
    # broken, and the dates are not unambiguous: the items of a listing carry different ones
    '{"@type": "ItemList", "itemListElement": [{"dateModified": "2024-03-05"}, {"dateModified": "2023-01-01"}',
    # broken, and no ISO date under the key
    '{"@type": "WebPage", "dateModified": "last Tuesday", ',
    '{"@type": "WebPage", "datePublished": "2024-03-05", ',  # a publication date is no review date
    "not json at all",
])
def test_broken_jsonld_without_an_unambiguous_date_gives_none(script):
    assert found(head=ld(script)) is None, script


def test_valid_jsonld_items_of_a_listing_are_still_not_the_page():
    listing = ('{"@type": "CollectionPage", "hasPart": [{"@type": "Article", "dateModified": "2024-03-05"}],'
               '"dateModified": "2023-06-01"}')
    assert found(head=ld(listing)).date == dt.date(2023, 6, 1)


# ---------------------------------------------------------------- formats


@pytest.mark.parametrize("written", [
    "05-Mar-2024", "5-Mar-2024", "05-MAR-2024", "05-mar-24", "05\u2011Mar\u20112024", "05\u2013Mar\u20132024",
    '"05-Mar-2024"', "“5 March 2024”", "‘5 March 2024’", "'2024-03-05'", "`2024-03-05`", "«5 March 2024»",
    "<code>2024-03-05</code>", "<q>5 March 2024</q>", "<kbd>05-Mar-2024</kbd>",
    '<span class="date">"March 5, 2024"</span>',
])
def test_day_month_year_with_hyphens_and_dates_in_quotes_or_code_marks(written):
    assert found(f"<p>Page Last Reviewed or Updated: {written}</p>").date == MARCH_5, written
    assert found(f"<p>Last updated {written}</p>").date == MARCH_5, written


@pytest.mark.parametrize("lang", ["fr", "de", "es", "it", "nl", "pt-BR", "pl", "ga", "cy", "mi", "ja", "zh-Hant",
                                  "ar", "fr-CA", "de-AT", "zz"])
@pytest.mark.parametrize("label", ["Last updated: 5 March 2024", "Page last reviewed: 05-Mar-2024",
                                   "Last modified: 2024-03-05", "Updated Mar 5, 2024", "Last updated: 05/03/2024",
                                   "Date modified: 2024-03-05"])
def test_an_english_label_inside_a_page_in_another_language(label, lang):
    """Numeric dates follow the page's language (day-first outside US English); month names may be English."""
    assert found(f"<p>Texte de la page.</p><p>{label}</p>", lang=lang).date == MARCH_5, (label, lang)


def test_an_english_label_with_the_month_in_the_pages_language():
    assert found("<p>Last updated: 5 mars 2024</p>", lang="fr").date == MARCH_5
    assert found("<p>Last updated: 5. März 2024</p>", lang="de").date == MARCH_5
    assert found("<p>Last updated: 5 de marzo de 2024</p>", lang="es").date == MARCH_5


# ---------------------------------------------------------------- currency and archive stamps


@pytest.mark.parametrize("body, lang", [
    ("<p>Reprint as at 5 March 2024</p>", "en-NZ"),
    ('<div class="reprint-date">Reprint<br>as at 5 March 2024</div>', "en-NZ"),
    ("<p>Compilation date: 5 March 2024</p>", "en-AU"),
    ("<p>Up to date as of 3/05/2024</p>", "en"),
    ("<p>Information current as at 5 March 2024</p>", "en-AU"),
    ("<p>Last checked for updates: 5 March 2024</p>", "en-GB"),
    ("<p>Content last checked for accuracy 5 March 2024</p>", "en-GB"),
    ("<p>Checked for updates on 5 March 2024</p>", "en-GB"),
    ("<div class='archive-notice'><h2>Archived content</h2><p>This page has been archived and is no longer updated. "
     "It was archived on 5 March 2024.</p></div>", "en"),
    ("<p>This page was archived on March 5, 2024 and is kept for reference.</p>", "en"),
    ("<p>This is an archive site. Content was frozen on March 5, 2024.</p>", "en"),
    ("<p>Content was frozen on March 5, 2024.</p>", "en"),
    ("<p>Page archived: 5 March 2024</p>", "en-GB"),
    ("<p>Information as at 5 March 2024</p>", "en-AU"),
    ("<p><strong>Archived:</strong> 5 March 2024</p>", "en-GB"),
    ("<dl><dt>Date archived</dt><dd>2024-03-05</dd></dl>", "en"),
    ("<p>Ce contenu a été archivé le 5 mars 2024.</p>", "fr"),
    ("<p>Diese Seite wurde archiviert am 05.03.2024</p>", "de"),
    ("<p>Esta página fue archivada el 5 de marzo de 2024.</p>", "es"),
])
def test_currency_and_archive_stamps_are_review_dates(body, lang):
    result = found(body, lang=lang)
    assert result is not None and (result.date, result.source) == (MARCH_5, "text"), body


def test_an_archive_freeze_date_is_newer_than_an_older_review():
    body = "<p>Last reviewed: 1 June 2019</p><p>This page was archived on 5 March 2024.</p>"
    assert found(body).date == MARCH_5


@pytest.mark.parametrize("body", [
    "<p>Figures in this table are as at 30 June 2023.</p>",  # a statistic's reference date
    "<p>As at 30 June 2023, 1,200 people were enrolled.</p>",
    "<p>Archive sites are not updated, so external links may no longer function.</p><p>January 20, 2001</p>",
    "<p>Records archived on 5 March 2024 can be requested from the registry.</p>",
    "<p>This page has been archived on the Web.</p><p>5 March 2024</p>",
    "<p>Please check for updates before you apply on 5 March 2024.</p>",
])
def test_currency_words_in_other_prose_give_no_date(body):
    assert found(body) is None, body
