"""Date reading after a label: orders, languages, ordinals, two-digit years, refusals."""
from __future__ import annotations

import datetime as dt

import pytest

from audits.freshness.labels import find_labels
from audits.freshness.parse import (language_is_day_first, parse_date_prefix, parse_http_date, parse_machine_date,
                                    parse_sitemap_date)

D = dt.date


@pytest.mark.parametrize("text, day_first, langs, expected", [
    ("09/26/2017", False, ["en"], D(2017, 9, 26)),
    ("09/26/2017", True, ["en"], D(2017, 9, 26)),  # only one valid reading
    ("05/03/2024", False, ["en"], D(2024, 5, 3)),
    ("05/03/2024", True, ["en"], D(2024, 3, 5)),
    ("01.02.2024", False, ["de"], D(2024, 2, 1)),  # dots: day-first
    ("3/5/24.", False, ["en"], D(2024, 3, 5)),
    ("2024-01-15T23:30:00-05:00", False, ["en"], D(2024, 1, 15)),
    ("12-Feb-2024", False, ["en"], D(2024, 2, 12)),
    ("Sept. 3, 2023", False, ["en"], D(2023, 9, 3)),
    ("sep. 3, 2023", False, ["en"], D(2023, 9, 3)),
    ("March 3rd, 2023", False, ["en"], D(2023, 3, 3)),
    ("22nd January 2024", True, ["en"], D(2024, 1, 22)),
    ("Monday, March 4, 2024 - 3:12pm", False, ["en"], D(2024, 3, 4)),
    ("Mar 5, 2024 10:15 AM EST", False, ["en"], D(2024, 3, 5)),  # "Mar" is also a French weekday
    ("Thursday 8 February 2024", True, ["en"], D(2024, 2, 8)),
    ("5 de marzo de 2024", True, ["es"], D(2024, 3, 5)),
    ("12-feb.-2024", True, ["es"], D(2024, 2, 12)),
    ("1er février 2024", True, ["fr"], D(2024, 2, 1)),
    ("lundi 5 janvier 2024", True, ["fr"], D(2024, 1, 5)),
    ("05 sept. 2024", True, ["fr"], D(2024, 9, 5)),
    ("Mittwoch, 6. März 2024", True, ["de"], D(2024, 3, 6)),
    ("1. Jänner 2024", True, ["de"], D(2024, 1, 1)),
    ("August 2023", False, ["en"], D(2023, 8, 1)),  # month and year: the first of the month
    ("03/2024", False, ["en"], D(2024, 3, 1)),
])
def test_reads_dates(text, day_first, langs, expected):
    found = parse_date_prefix(text, day_first=day_first, languages=langs)
    assert found is not None and found[0] == expected


@pytest.mark.parametrize("text", ["2019", "12", "TBD", "guidance 3 March 2023", "13/13/2024", "31/02/2024",
                                  "the 5th", "Q3 2023", "13/2023", "2024-13-01", "1899-01-01"])
def test_refuses_non_dates(text):
    assert parse_date_prefix(text, day_first=False, languages=["en"]) is None


def test_evidence_is_the_text_read():
    assert parse_date_prefix("Mar 5, 2024 10:15 AM and more", languages=["en"])[1] == "Mar 5, 2024"


@pytest.mark.parametrize("lang, expected", [("en", False), ("en-US", False), ("en-GB", True), ("en-AU", True),
                                            ("es", True), ("fr-CA", True), ("de", True), ("", None)])
def test_language_decides_order(lang, expected):
    assert language_is_day_first(lang) is expected


def test_machine_http_and_sitemap_dates():
    assert parse_machine_date("2024-02-01T10:00:00+00:00") == D(2024, 2, 1)
    assert parse_http_date("Tue, 26 Sep 2017 10:00:00 GMT") == D(2017, 9, 26)
    assert parse_http_date("yesterday") is None
    assert parse_sitemap_date("2023-04-05T10:00:00+00:00") == D(2023, 4, 5)
    assert parse_sitemap_date("2023") is None


@pytest.mark.parametrize("text, kind", [
    ("Last Reviewed/Updated:", "review"), ("Page Last Reviewed or Updated:", "review"),
    ("Page last reviewed:", "review"), ("Content last reviewed", "review"), ("This page last reviewed on", "review"),
    ("Date modified:", "review"), ("Última actualización:", "review"), ("Página actualizada o revisada:", "review"),
    ("Dernière mise à jour :", "review"), ("Mis à jour le", "review"), ("Vérifié le", "review"),
    ("Stand:", "review"), ("Zuletzt aktualisiert am", "review"), ("Next review due:", "due"),
])
def test_labels(text, kind):
    labels = find_labels(text)
    assert labels and labels[0].kind == kind and labels[0].start == 0


@pytest.mark.parametrize("text", ["Posted March 3", "Published: 05/03/2024", "Effective Date:", "Meeting date:",
                                  "Date created:", "Copyright 2024", "Publié le", "Veröffentlicht am"])
def test_not_labels(text):
    assert find_labels(text) == []


def test_label_limit_returns_a_prefix_of_all_labels():
    text = "\n".join(["Updated: soon", "Next review due: soon", "Page last reviewed: 5 March 2024"] * 40)
    everything = find_labels(text)
    assert len(everything) == 120
    for limit in (1, 5, 17, 40, 200):
        limited = find_labels(text, limit)
        assert limited == everything[:len(limited)] and len(limited) >= min(limit, len(everything))
