"""Batch 5's rules: Japanese labels and dates, French currency stamps, Swedish "last checked", the day/month
order of a lang="en" page on a day-first country's host, and Dutch prose citing a regulation's amendment."""
from __future__ import annotations

import datetime as dt

import pytest

from audits.freshness import extract_review_date
from audits.freshness.parse import parse_date_prefix

MARCH_8 = dt.date(2024, 3, 8)


def page(body: str, lang: str) -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>T</title></head>'
            f'<body><main>{body}</main></body></html>')


def date_of(body: str, lang: str, url: str = ""):
    found = extract_review_date(page(body, lang), url=url)
    return found.date if found else None


@pytest.mark.parametrize("text, expected", [
    ("2024年3月8日", MARCH_8), ("2024年03月08日", MARCH_8), ("２０２４年３月８日", MARCH_8),
    ("令和6年3月8日", MARCH_8), ("平成30年4月1日", dt.date(2018, 4, 1)), ("令和元年5月1日", dt.date(2019, 5, 1)),
    ("平成24年4月26日", dt.date(2012, 4, 26)), ("2024/03/08", MARCH_8), ("２０２４／０３／０８", MARCH_8),
])
def test_japanese_dates(text, expected):
    assert parse_date_prefix(text)[0] == expected


def test_japanese_invalid_dates_are_none():
    assert parse_date_prefix("2024年2月30日") is None
    assert parse_date_prefix("令和6年13月1日") is None


@pytest.mark.parametrize("body", [
    "<p>更新日:2024年3月8日</p>",
    "<p>最終更新日:2024年3月8日 ページID:021554</p>",
    "<p>ページID1025395  更新日 令和6年3月8日</p>",  # after an id on the same line, no space-separated words
    "<p>印刷 ページ番号:0421711 更新日:2024年3月8日更新</p>",
    "<p>最終更新日：２０２４年３月８日</p>",
    "<p><span>印刷</span><span>更新日:2024年3月8日</span></p>",  # sibling elements: a boundary, not a compound
    "<p>更新日:2024年3月8日</p><p>公開日:2020年1月1日</p>",
    "<p>更新日付:2024年3月8日 観光政策課</p>",  # 日付 ("date") in place of 日, with the section's name after it
    "<p>最終更新日付：令和6年3月8日</p>",
    "<p>更新年月日 2024年3月8日</p>",
    "<p>ページ番号1058437 更新日令和6年3月8日 印刷</p>",  # an era year right after the label
    "<p>掲載日: 2024年3月8日更新</p>",  # the CMS's "posted: <date> updated", the date an update's
    "<p>掲載日：令和6年3月8日更新 印刷</p>",
])
def test_japanese_update_labels(body):
    assert date_of(body, "ja") == MARCH_8


@pytest.mark.parametrize("body", [
    "<p>掲載日:2024年3月8日</p>",  # a publication date
    "<p>公開日:2024年3月8日</p>",
    "<p>契約更新日:2024年3月8日</p>",  # a compound: a contract's renewal date
    "<p>契約更新日付:2024年3月8日</p>",
    "<p>掲載日付:2024年3月8日</p>",
    "<p>締切日: 2024年3月8日</p>",  # a deadline, no update word
    "<p>掲載日: 2024年3月8日更新予定</p>",  # a scheduled update
    "<p>契約期間: 2024年3月8日更新される</p>",  # a verb in a sentence (a letter follows 更新)
    "<p>更新日令和の時代</p>",  # an era name with no date
    "<p>令和2年9月30日(水曜日)午後1時から</p>",
])
def test_japanese_dates_that_are_not_a_review(body):
    assert date_of(body, "ja") is None


@pytest.mark.parametrize("body", [
    "<p>À jour au 8 mars 2024</p>",
    "<p>Ce document est une codification administrative. Texte mis à jour au 8 mars 2024.</p>",
    "<p>Mis à jour au 08/03/2024</p>",
])
def test_french_currency_stamps(body):
    assert date_of(body, "fr") == MARCH_8


def test_swedish_last_checked():
    assert date_of("<p>Senast kontrollerad: 2024-03-08.</p>", "sv") == MARCH_8


@pytest.mark.parametrize("url, expected", [
    ("https://www.chesterfield.gov.uk/charges/", MARCH_8),
    ("https://www.agency.gov.au/x", MARCH_8),
    ("https://www.agency.gov/x", dt.date(2024, 8, 3)),  # no country: lang="en" stays month-first
    ("", dt.date(2024, 8, 3)),
])
def test_bare_en_page_on_a_day_first_countrys_host(url, expected):
    assert date_of("<p>Last updated on 08/03/2024</p>", "en", url) == expected


def test_the_host_does_not_override_a_region_or_the_pages_own_dates():
    assert date_of("<p>Last updated on 08/03/2024</p>", "en-US", "https://x.gov.uk/") == dt.date(2024, 8, 3)
    body = "<p>Filed 12/25/2023.</p><p>Last updated on 08/03/2024</p>"  # the page writes month-first itself
    assert date_of(body, "en", "https://x.gov.uk/") == dt.date(2024, 8, 3)


@pytest.mark.parametrize("body", [
    "<ul><li>huishoudelijk reglement van de gemeenteraad van 28 oktober 2019, laatst gewijzigd op 8 maart 2024"
    "</li></ul>",
    "<p>Het reglement van 3 januari 2019 van de gemeenteraad, laatst gewijzigd op 8 maart 2024, blijft gelden.</p>",
    "<p>De verordening werd laatst gewijzigd op 8 maart 2024 door de raad.</p>",
])
def test_dutch_prose_about_a_regulation_gives_no_date(body):
    assert date_of(body, "nl") is None


@pytest.mark.parametrize("body", [
    "<p>Laatst gewijzigd op 8 maart 2024</p>",
    "<p>Gepubliceerd 1 maart 2024, laatst gewijzigd op 8 maart 2024</p>",  # a short stamp before the comma
    "<p>Deze pagina is laatst gewijzigd op 8 maart 2024.</p>",
])
def test_dutch_labels_about_the_page_still_count(body):
    assert date_of(body, "nl") == MARCH_8
