"""General rules found by hunting real government templates before a blind batch is scored.

Each test holds a form the rules used to miss and the near misses that must stay without a date
(publication dates, event dates, statistics' as-of dates, prose).
"""
from __future__ import annotations

import datetime as dt

import pytest

from audits.freshness import extract_review_date


def _date(body: str, lang: str):
    html = (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>T</title></head>'
            f'<body><main>{body}</main></body></html>')
    found = extract_review_date(html, as_of=dt.date(2026, 1, 1))
    return found.date if found else None


@pytest.mark.parametrize("body, lang, expected", [
    # gov.br (Plone): the publication stamp, then the update stamp, flattened onto one line
    ("<p>Publicado em 01/01/2020 10h00 Atualizado em 05/03/2024 10h15</p>", "pt-BR", dt.date(2024, 3, 5)),
    ("<div><span>Publié le 12 mars 2024</span> <span>Mis à jour le 15 mars 2024</span></div>", "fr",
     dt.date(2024, 3, 15)),
    ("<p>Published 1 January 2020 Updated 5 March 2024</p>", "en-GB", dt.date(2024, 3, 5)),
    ("<p>Veröffentlicht am 01.01.2020 Aktualisiert am 05.03.2024</p>", "de", dt.date(2024, 3, 5)),
    ("<p>Publicado el 01/01/2020 Actualizado el 05/03/2024</p>", "es", dt.date(2024, 3, 5)),
    ("<p>Pubblicato il 01/01/2020 Aggiornato il 05/03/2024</p>", "it", dt.date(2024, 3, 5)),
    ("<p>por publicado: 29/05/2019 13h41 última modificação: 30/05/2019 13h41</p>", "pt-BR", dt.date(2019, 5, 30)),
    # the stamp's time with its own word: "às 10h00", "at 10:00am", "um 10:00 Uhr", "- 10:00"
    ("<p>Publicado em 01/01/2020 às 10h00 Atualizado em 05/03/2024 às 10h15</p>", "pt-BR", dt.date(2024, 3, 5)),
    ("<p>Publicado em 01/01/2020 - 10:00 Atualizado em 05/03/2024 - 10:15</p>", "pt-BR", dt.date(2024, 3, 5)),
    ("<p>Published 1 January 2020 at 10:00am Updated 5 March 2024</p>", "en-GB", dt.date(2024, 3, 5)),
    ("<p>Publié le 01/01/2020 à 10h00 Mis à jour le 05/03/2024 à 10h15</p>", "fr", dt.date(2024, 3, 5)),
    ("<p>Veröffentlicht am 01.01.2020 um 10:00 Uhr Aktualisiert am 05.03.2024</p>", "de", dt.date(2024, 3, 5)),
])
def test_weak_label_right_after_a_short_date_stamp(body, lang, expected):
    assert _date(body, lang) == expected, body


@pytest.mark.parametrize("body, lang", [
    ("<p>Bus route 5 Updated 3 March 2024 timetable</p>", "en-GB"),  # a number, not a date, before the label
    ("<p>The council met on 5 March 2024 Updated plans were shown on 6 March 2024.</p>", "en-GB"),  # prose
    ("<p>Meeting 5 March 2024 Updated agenda attached</p>", "en-GB"),  # no date after the label
    ("<p>Einwohner: 5.210 (Stand 31.12.2023)</p>", "de"),  # a statistic's as-of date in brackets
    ("<p>Published 1 January 2020 updated guidance 5 March 2024</p>", "en-GB"),  # lower case: a sentence
    ("<p>Publicado em 01/01/2020</p>", "pt-BR"),  # a publication date alone
])
def test_weak_label_after_a_date_near_misses_give_no_date(body, lang):
    assert _date(body, lang) is None, body


@pytest.mark.parametrize("body, expected", [
    # column headers over one row of values: each label's date is the cell below it, not the next date read
    ("<table><tr><th>Published</th><th>Last updated</th></tr><tr><td>1 January 2020</td><td>5 March 2024</td>"
     "</tr></table>", dt.date(2024, 3, 5)),
    ("<table><thead><tr><th>Publication date</th><th>Last updated</th><th>Next review</th></tr></thead><tbody>"
     "<tr><td>1 January 2020</td><td>5 March 2024</td><td>5 March 2025</td></tr></tbody></table>",
     dt.date(2024, 3, 5)),
    ("<table><tr><th>Last updated</th><th>Next review</th></tr><tr><td>5 March 2024</td><td>5 March 2025</td>"
     "</tr></table>", dt.date(2024, 3, 5)),
    ("<table><tr><th><span>Last updated</span></th><th>Owner</th></tr><tr><td><time datetime='2024-03-05'>"
     "yesterday</time></td><td>Web team</td></tr></table>", dt.date(2024, 3, 5)),
    # a row header (<th> then <td>) is read as before
    ("<table><tr><th>Published</th><td>1 January 2020</td></tr><tr><th>Last updated</th><td>5 March 2024</td>"
     "</tr></table>", dt.date(2024, 3, 5)),
])
def test_column_header_reads_the_cell_below(body, expected):
    assert _date(body, "en-GB") == expected, body


def test_column_header_next_review_is_due_not_the_review():
    html = ('<html lang="en-GB"><body><table><tr><th>Last updated</th><th>Next review</th></tr><tr>'
            '<td>5 March 2024</td><td>5 March 2025</td></tr></table></body></html>')
    found = extract_review_date(html, as_of=dt.date(2024, 6, 1))
    assert (found.date, found.next_review_due) == (dt.date(2024, 3, 5), dt.date(2025, 3, 5))


@pytest.mark.parametrize("body", [
    # a listing: more than one row under the header, each row another document
    "<table><tr><th>Title</th><th>Published</th><th>Last updated</th></tr><tr><td>A</td><td>1 January 2020</td>"
    "<td>5 March 2024</td></tr><tr><td>B</td><td>1 January 2021</td><td>7 March 2024</td></tr></table>",
    "<table><tr><th>Last updated</th><th>Title</th></tr><tr><td>5 March 2024</td><td>Guide A</td></tr>"
    "<tr><td>7 March 2024</td><td>Guide B</td></tr></table>",
    # one row whose title links to the document: a listing of one
    "<table><thead><tr><th>Document</th><th>Last updated</th></tr></thead><tbody><tr><td><a href='/g.pdf'>"
    "Guide</a></td><td>5 March 2024</td></tr></tbody></table>",
    # the cell under the label holds no date; the publication date beside it is not taken
    "<table><tr><th>Published</th><th>Last updated</th></tr><tr><td>1 January 2020</td><td>TBC</td></tr></table>",
    "<table><tr><th>Published</th><th>Last updated</th></tr><tr><td>1 January 2020</td></tr></table>",
])
def test_column_header_near_misses_give_no_date(body):
    assert _date(body, "en-GB") is None, body


@pytest.mark.parametrize("body, lang", [
    # phrasings the label patterns listed but the stem scan never reached (no stem in their words), found by
    # generating every phrasing of each pattern and scanning it: each must now give its date
    ("<p>Sidst redigeret: 05.03.2024</p>", "da"), ("<p>Senest redigeret den 05.03.2024</p>", "da"),
    ("<p>Datum wijziging: 05-03-2024</p>", "nl"), ("<p>Datum aanpassing: 05-03-2024</p>", "nl"),
    ("<p>Sist gjennomgått: 05.03.2024</p>", "nb"), ("<p>Viimeksi tarkistettu 5.3.2024</p>", "fi"),
    ("<p>Muutmise kuupäev: 05.03.2024</p>", "et"), ("<p>Ndryshuar së fundi më 05.03.2024</p>", "sq"),
    ("<p>Revisat el 05/03/2024</p>", "ca"),
    # an earlier, shorter phrasing of another language won the match and left a word before the date
    ("<p>Modificado em 05/03/2024</p>", "pt"), ("<p>Revisado em 05/03/2024</p>", "pt-BR"),
    ("<p>Página modificada em 05/03/2024</p>", "pt"),
    ("<p>Cette page a été mise à jour pour la dernière fois le 5 mars 2024.</p>", "fr"),
])
def test_phrasings_the_stem_scan_did_not_reach(body, lang):
    assert _date(body, lang) == dt.date(2024, 3, 5), body


@pytest.mark.parametrize("body, lang", [
    ("<p>O regulamento foi revisado em 05/03/2024 pela comissão.</p>", "pt"),  # prose: lower case, mid-sentence
    ("<p>Vedtægterne blev sidst redigeret af bestyrelsen, som mødtes 05.03.2024.</p>", "da"),
    ("<p>Publicado em 05/03/2024</p>", "pt"),
])
def test_stem_fixes_near_misses_give_no_date(body, lang):
    assert _date(body, lang) is None, body


@pytest.mark.parametrize("body, lang", [
    # next-review labels the stem scan never reached
    ("<p>Næste gennemgang: 05.03.2030</p>", "da"), ("<p>Volgende controle: 05-03-2030</p>", "nl"),
    ("<p>Data następnej weryfikacji: 05.03.2030</p>", "pl"), ("<p>Sonraki gözden geçirme tarihi: 05.03.2030</p>", "tr"),
])
def test_next_review_phrasings_the_stem_scan_did_not_reach(body, lang):
    html = f'<html lang="{lang}"><body><main>{body}</main></body></html>'
    found = extract_review_date(html, as_of=dt.date(2026, 1, 1))
    assert found is not None and found.next_review_due == dt.date(2030, 3, 5), body


@pytest.mark.parametrize("body, lang, expected", [
    # a weekday before the date, in every language dateparser knows (its locale data), not only en/es/fr/de
    ("<p>Ultimo aggiornamento: lunedì 27 ottobre 2014</p>", "it", dt.date(2014, 10, 27)),
    ("<p>Atualizado em terça-feira, 5 de março de 2024</p>", "pt-BR", dt.date(2024, 3, 5)),
    ("<p>Laatst gewijzigd: dinsdag 5 maart 2024</p>", "nl", dt.date(2024, 3, 5)),
    ("<p>Senast uppdaterad: tisdag 5 mars 2024</p>", "sv", dt.date(2024, 3, 5)),
    ("<p>Sidst opdateret tirsdag den 5. marts 2024</p>", "da", dt.date(2024, 3, 5)),
    ("<p>Päivitetty tiistaina 5.3.2024</p>", "fi", dt.date(2024, 3, 5)),
    ("<p>Data aktualizacji: wtorek, 5 marca 2024</p>", "pl", dt.date(2024, 3, 5)),
    ("<p>Aktualizováno: úterý 5. 3. 2024</p>", "cs", dt.date(2024, 3, 5)),
    ("<p>Zuletzt aktualisiert: Dienstag, den 5. März 2024</p>", "de", dt.date(2024, 3, 5)),
])
def test_weekday_before_the_date_in_more_languages(body, lang, expected):
    assert _date(body, lang) == expected, body


@pytest.mark.parametrize("body, lang", [
    ("<p>Prossimo aggiornamento: lunedì 27 ottobre 2030</p>", "it"),  # the next update: no review date
    ("<p>Aggiornamento: lunedì prossimo</p>", "it"),  # a weekday and no date
    ("<p>Atualizado toda terça-feira, 5 de março foi o último.</p>", "pt"),  # prose
])
def test_weekday_near_misses_give_no_review_date(body, lang):
    assert _date(body, lang) is None, body


def test_plain_cells_without_digits_head_columns_too():
    bold = ("<table><tr><td><b>Published</b></td><td><b>Last updated</b></td></tr><tr><td>1 January 2020</td>"
            "<td>5 March 2024</td></tr></table>")
    assert _date(bold, "en-GB") == dt.date(2024, 3, 5)
    key_value = ("<table><tr><td>Owner</td><td>Web team</td></tr><tr><td>Last updated</td><td>5 March 2024</td>"
                 "</tr></table>")
    assert _date(key_value, "en-GB") == dt.date(2024, 3, 5)  # a key/value row holds its own value
    undated = ("<table><tr><td>Last updated</td><td>TBC</td></tr><tr><td>Next review</td><td>5 March 2030</td>"
               "</tr></table>")
    assert _date(undated, "en-GB") is None


@pytest.mark.parametrize("connector", ["‐", "‑", "→", "•", "·", "›"])
def test_dashes_arrows_and_bullets_between_label_and_date(connector):
    assert _date(f"<p>Last updated {connector} 5 March 2024</p>", "en-GB") == dt.date(2024, 3, 5)


@pytest.mark.parametrize("body, lang", [
    ("<p>Latest update: 5 March 2024</p>", "en-GB"), ("<p>Most recent update: 5 March 2024</p>", "en-GB"),
    ("<p>Most recently updated 5 March 2024</p>", "en-GB"), ("<p>Last content update: 5 March 2024</p>", "en-GB"),
    ("<p>Last page review: 5 March 2024</p>", "en-GB"),
    ("<p>Letzte Überarbeitung: 05.03.2024</p>", "de"), ("<p>Überarbeitet am 05.03.2024</p>", "de"),
    ("<p>Bijgewerkt: 5 maart 2024</p>", "nl"),
    ("<p>Data di aggiornamento: 05/03/2024</p>", "it"), ("<p>Data ultima modifica: 05/03/2024</p>", "it"),
    ("<p>Data de atualização: 05/03/2024</p>", "pt-BR"), ("<p>Última actualização: 05/03/2024</p>", "pt-PT"),
    ("<p>Atualizado: 05/03/2024</p>", "pt-BR"), ("<p>Conteúdo atualizado em 05/03/2024</p>", "pt-BR"),
    ("<p>Revisto em 05/03/2024</p>", "pt-PT"),
])
def test_more_update_phrasings(body, lang):
    assert _date(body, lang) == dt.date(2024, 3, 5), body


@pytest.mark.parametrize("body, lang", [
    ("<p>Latest update: road closures on the A1</p><p>5 March 2024</p>", "en-GB"),  # a news heading
    ("<p>Read the latest update on the flood response, published 5 March 2024.</p>", "en-GB"),
    ("<p>Latest updates</p><ul><li>5 March 2024: budget</li><li>3 March 2024: roads</li></ul>", "en-GB"),
    ("<p>De regeling is gewijzigd 5 maart 2024 door de raad.</p>", "nl"),  # prose, lower case
    ("<p>O cadastro deve ser atualizado 05/03/2024 até o fim do prazo.</p>", "pt-BR"),
    ("<p>Data de publicação: 05/03/2024</p>", "pt-BR"),
])
def test_more_update_phrasings_near_misses(body, lang):
    assert _date(body, lang) is None, body


@pytest.mark.parametrize("body, expected", [
    ("<p>수정일 : 24.03.05</p>", dt.date(2024, 3, 5)),  # a Korean short date: year first
    ("<p>최종수정일 24-03-05</p>", dt.date(2024, 3, 5)),
    ("<p>최종수정일 2024.03.05</p>", dt.date(2024, 3, 5)),
    ("<p>수정일 : 24.13.05</p>", None),  # no month 13: no other reading is guessed
])
def test_korean_short_dates_are_year_first(body, expected):
    assert _date(body, "ko") == expected, body


def test_short_dates_of_other_labels_stay_day_first():
    assert _date("<p>Zuletzt geändert: 05.03.24</p>", "de") == dt.date(2024, 3, 5)
    assert _date("<p>Last updated: 24.03.05</p>", "ko") == dt.date(2005, 3, 24)  # an English label: day-first


@pytest.mark.parametrize("body, lang", [
    ("<p>このページの最終更新日：2024年3月5日</p>", "ja"),  # this page's last-update date
    ("<p>この記事の最終更新日 2024年3月5日</p>", "ja"),
    ("<p>このページの更新日：2024年3月5日</p>", "ja"),
    ("<p>（2024年3月5日更新）</p>", "ja"),  # the date before its label, in full-width brackets
    ("<p>【2024年3月5日更新】</p>", "ja"),
    ("<p>Mis à jour par la Direction le 05/03/2024</p>", "fr"),  # a weak label, who changed it, then the date
    ("<p>Updated by the web team on 5 March 2024</p>", "en-GB"),
])
def test_possessive_pages_brackets_and_who_updated(body, lang):
    assert _date(body, lang) == dt.date(2024, 3, 5), body


@pytest.mark.parametrize("body, lang", [
    ("<p>契約の更新日：2024年3月8日</p>", "ja"),  # a contract's renewal date: の after another noun
    ("<p>（2024年3月8日更新予定）</p>", "ja"),  # a scheduled update
    ("<p>（2024年3月8日開催）</p>", "ja"),  # an event
    ("<p>The rules were updated by the council on 5 March 2024.</p>", "en-GB"),  # prose, mid-sentence
])
def test_possessive_and_bracket_near_misses(body, lang):
    assert _date(body, lang) is None, body


@pytest.mark.parametrize("body, lang, expected", [
    # giustizia.it: the noun "aggiornamento" under the title, lower case, at the start of its line
    ("<h1>Programma triennale 2014-2016 - Aggiornamento 2015</h1><p>aggiornamento: 12 febbraio 2015</p>", "it",
     dt.date(2015, 2, 12)),
    ("<p>Aggiornamento: 05/03/2024</p>", "it", dt.date(2024, 3, 5)),
    ("<p>Aktualisierung: 05.03.2024</p>", "de", dt.date(2024, 3, 5)),
    ("<p>Atualização: 05/03/2024</p>", "pt-BR", dt.date(2024, 3, 5)),
    ("<p>(letzte Aktualisierung am 15.02.2015)</p>", "de", dt.date(2015, 2, 15)),  # the noun inside a strong label
    ("<p>Prossimo aggiornamento: 05/03/2030</p><p>Ultimo aggiornamento: 05/03/2024</p>", "it", dt.date(2024, 3, 5)),
])
def test_update_nouns_as_weak_labels(body, lang, expected):
    assert _date(body, lang) == expected, body


@pytest.mark.parametrize("body, lang", [
    ("<h1>Aggiornamento 2015</h1><p>Il programma.</p>", "it"),  # a lone year
    ("<p>Si procede all'aggiornamento del programma per l'anno 2015, approvato il 12 febbraio 2015.</p>", "it"),
    ("<p>Die Aktualisierung vom 05.03.2024 betrifft nur Anlage 2.</p>", "de"),  # prose
    ("<p>A atualização cadastral deve ser feita até 05/03/2024.</p>", "pt-BR"),  # a deadline
    ("<p>Prossimo aggiornamento: 05/03/2030</p>", "it"),  # the next update only
])
def test_update_nouns_near_misses(body, lang):
    assert _date(body, lang) is None, body


@pytest.mark.parametrize("body, expected", [
    ("<p>Zmodyfikował: Jan Kowalski (05.03.2024 10:15)</p>", dt.date(2024, 3, 5)),  # a BIP record box
    ("<p>Ostatnio zmieniany: 05.03.2024</p>", dt.date(2024, 3, 5)),
    ("<p>Zaktualizowała: Anna Nowak</p><p>Data aktualizacji: 05.03.2024</p>", dt.date(2024, 3, 5)),
    ("<p>Wytworzył: Anna Nowak (12 stycznia 2019)<br>Opublikował: Anna Nowak (12 stycznia 2019)</p>", None),
    ("<p>Rada zmodyfikowała regulamin 05.03.2024.</p>", None),  # prose
])
def test_polish_record_box_who_changed_it(body, expected):
    assert _date(body, "pl") == expected, body


@pytest.mark.parametrize("text, languages, expected", [
    ("05 / 03 / 2024", ("fr",), dt.date(2024, 3, 5)), ("05 . 03 . 2024", ("de",), dt.date(2024, 3, 5)),
    ("2024 - 03 - 05", ("en",), dt.date(2024, 3, 5)), ("2024 / 3 / 5", ("ja",), dt.date(2024, 3, 5)),
    ("5.III.2024", ("pl",), dt.date(2024, 3, 5)), ("5 III 2024 r.", ("pl",), dt.date(2024, 3, 5)),
    ("12. XI. 2023", ("cs",), dt.date(2023, 11, 12)), ("30.II.2024", ("pl",), None),  # no 30 February
    ("5 iii 2024", ("pl",), None),  # Roman months are capitals
    ("03 - 9876 - 5432", ("en",), None),  # a phone number
])
def test_spaced_separators_and_roman_months(text, languages, expected):
    from audits.freshness.parse import parse_date_prefix
    found = parse_date_prefix(text, day_first=True, languages=languages)
    assert (found[0] if found else None) == expected, text


@pytest.mark.parametrize("body, expected", [
    # a labelled <time> whose text a script fills in: the date is only in its datetime attribute
    ('<p>Last updated: <time datetime="2024-03-05T10:00:00Z"></time></p>', dt.date(2024, 3, 5)),
    ('<dl><dt>Last updated</dt><dd><time datetime="2024-03-05"></time></dd></dl>', dt.date(2024, 3, 5)),
    ('<p><span>Last updated:</span> <time datetime="2024-03-05"></time></p>', dt.date(2024, 3, 5)),
    ('<p>Last updated:</p><p>Our office</p><p><time datetime="2024-03-05"></time></p>', None),  # not next to it
    ('<p>Published: <time datetime="2024-03-05"></time></p>', None),  # no review label
    ('<p>Last updated: see below <time datetime="2024-03-05"></time></p>', None),  # words after the label
    ('<p>Last updated: <time datetime="soon"></time></p>', None),
])
def test_labelled_empty_time_element(body, expected):
    assert _date(body, "en-GB") == expected, body


@pytest.mark.parametrize("body, expected", [
    ("<p>Modified date: 5 March 2024</p>", dt.date(2024, 3, 5)), ("<p>Updated date: 5 March 2024</p>", dt.date(2024, 3, 5)),
    ("<p>Update Date : 2024-03-05</p>", dt.date(2024, 3, 5)), ("<p>Last modified date: 5 March 2024</p>", dt.date(2024, 3, 5)),
    ("<p>Date of update: 5 March 2024</p>", dt.date(2024, 3, 5)), ("<p>Date of revision: 5 March 2024</p>", dt.date(2024, 3, 5)),
    ("<p>Last refreshed: 5 March 2024</p>", dt.date(2024, 3, 5)), ("<p>Data last refreshed: 5 March 2024</p>", dt.date(2024, 3, 5)),
    ("<p>Last validated: 5 March 2024</p>", dt.date(2024, 3, 5)), ("<p>Last Edit: 5 March 2024</p>", dt.date(2024, 3, 5)),
    ("<p>Valid from 5 March 2024</p>", None),  # an effective date
    ("<p>Last change of address: 5 March 2024</p>", None),  # "change" is no label word
    ("<p>Date of birth: 5 March 1990</p>", None),
    ("<p>Closing date: 5 March 2024</p>", None),
])
def test_english_field_names(body, expected):
    assert _date(body, "en-GB") == expected, body


@pytest.mark.parametrize("body, lang", [
    # the compound "date of change" field names of the Germanic and Nordic languages, and fields without "de"
    ("<p>Änderungsdatum: 05.03.2024</p>", "de"), ("<p>Aktualisierungsdatum: 05.03.2024</p>", "de"),
    ("<p>Wijzigingsdatum: 05-03-2024</p>", "nl"), ("<p>Datum bijgewerkt: 05-03-2024</p>", "nl"),
    ("<p>Uppdateringsdatum: 2024-03-05</p>", "sv"), ("<p>Ändringsdatum: 2024-03-05</p>", "sv"),
    ("<p>Opdateringsdato: 05.03.2024</p>", "da"), ("<p>Ændringsdato: 05.03.2024</p>", "da"),
    ("<p>Oppdateringsdato: 05.03.2024</p>", "nb"), ("<p>Endringsdato: 05.03.2024</p>", "nb"),
    ("<p>Päivityspäivä: 5.3.2024</p>", "fi"), ("<p>Muokkauspäivä: 5.3.2024</p>", "fi"),
    ("<p>Päivitetty viimeksi: 5.3.2024</p>", "fi"), ("<p>Data zmiany: 05.03.2024</p>", "pl"),
    ("<p>Fecha modificación: 05/03/2024</p>", "es"), ("<p>Fecha actualización: 05/03/2024</p>", "es"),
])
def test_compound_date_of_change_field_names(body, lang):
    assert _date(body, lang) == dt.date(2024, 3, 5), body


@pytest.mark.parametrize("body, lang", [
    ("<p>Vertragsänderungsdatum: 05.03.2024</p>", "de"),  # a longer compound: a contract's change date
    ("<p>Ikraftträdandedatum: 2024-03-05</p>", "sv"),  # an effective date
    ("<p>Publiseringsdato: 05.03.2024</p>", "nb"),  # a publication date
    ("<p>Julkaisupäivä: 5.3.2024</p>", "fi"),
])
def test_compound_field_names_near_misses(body, lang):
    assert _date(body, lang) is None, body


@pytest.mark.parametrize("body, lang, expected", [
    # service-public.fr's comarquage template prints its untranslated field name before the ISO date
    ("<p>Mis à jour le modified 2016-12-13 par Direction de l'information légale et administrative</p>", "fr",
     dt.date(2016, 12, 13)),
    # a generated stamp's time zone in brackets before the colon
    ("<p>Last updated (UTC): 2024-03-05 10:00</p>", "en", dt.date(2024, 3, 5)),
    ("<p>Last updated (GMT+1): 5 March 2024</p>", "en-GB", dt.date(2024, 3, 5)),
    # Swedish: who changed it, by name, with no comma before the date
    ("<p>Senast uppdaterad av Anna Svensson 3 mars 2024</p>", "sv", dt.date(2024, 3, 3)),
    ("<p>Uppdaterad av Anna Svensson 3 mars 2024</p>", "sv", dt.date(2024, 3, 3)),
    ("<p>Senast uppdaterad 3 mars 2024 av Anna Svensson</p>", "sv", dt.date(2024, 3, 3)),
    ("<p>Last updated by Jane Smith 5 March 2024</p>", "en-GB", dt.date(2024, 3, 5)),
    # a footer template: "Senast uppdaterad av ${user} ${isoDate} kl ${time}", and "av: Name date"
    ("<p><small>Senast uppdaterad av Anna Svensson 2024-03-05 kl 10:15</small></p>", "sv", dt.date(2024, 3, 5)),
    ("<p>Senast uppdaterad av: Anna Svensson 2024-03-05</p>", "sv", dt.date(2024, 3, 5)),
    # Japanese bare 更新 as a field name with its colon; Korean 변경일; Chinese 上次更新
    ("<p>更新：2024年3月5日</p>", "ja", dt.date(2024, 3, 5)),
    ("<p>更新:2024/03/05</p>", "ja", dt.date(2024, 3, 5)),
    ("<p>변경일 2024-03-05</p>", "ko", dt.date(2024, 3, 5)),
    ("<p>변경일자 : 2024.03.05</p>", "ko", dt.date(2024, 3, 5)),
    ("<p>上次更新：2024-03-05</p>", "zh-CN", dt.date(2024, 3, 5)),
    ("<p>上次修改 2024年3月5日</p>", "zh-TW", dt.date(2024, 3, 5)),
    # year, month word, day; eight digits right after a label
    ("<p>Last updated: 2024-Mar-05</p>", "en", dt.date(2024, 3, 5)),
    ("<p>Last updated: 20240305</p>", "en", dt.date(2024, 3, 5)),
    ("<p>Stand: 20240305</p>", "de", dt.date(2024, 3, 5)),
])
def test_more_label_forms(body, lang, expected):
    assert _date(body, lang) == expected, body


@pytest.mark.parametrize("body, lang", [
    ("<p>Senast uppdaterad av Anna Svensson</p>", "sv"),  # no date
    ("<p>Last updated by: the web team 5 times this year</p>", "en-GB"),  # no name, no date
    ("<p>Uppdaterad av Anna Svensson 3 andra</p>", "sv"),  # a number, not a date
    ("<p>Publicerad av Anna Svensson 3 mars 2024</p>", "sv"),  # publication
    ("<p>Föreläsning av Anna Svensson 3 mars 2024</p>", "sv"),  # an event
    ("<p>更新予定：2024年3月5日</p>", "ja"),  # a scheduled update
    ("<p>契約更新：2024年3月5日</p>", "ja"),  # a contract's renewal
    ("<p>掲載日：2024年3月5日</p>", "ja"),  # publication
    ("<p>更新 2024年3月5日の会議</p>", "ja"),  # no colon: not the field
    ("<p>변경예정일 2024-03-05</p>", "ko"),  # a scheduled change
    ("<p>등록일 2024-03-05</p>", "ko"),  # registration
    ("<p>发布日期：2024-03-05</p>", "zh-CN"),  # publication
    ("<p>上次会议 2024-03-05</p>", "zh-CN"),  # the last meeting
    ("<p>Last updated: 20240305123</p>", "en"),  # an ID
    ("<p>Last updated: ref 20240305</p>", "en"),  # a reference number, not right after the label
    ("<p>Last updated: 20241399</p>", "en"),  # no such date
    ("<p>Case number 20240305</p>", "en"),  # no label
    ("<p>Phone 20240305 Updated</p>", "en"),
    ("<p>Published: 2024-Mar-05</p>", "en"),
    ("<p>Publié le modified 2016-12-13</p>", "fr"),
    ("<p>The report was modified 2016-12-13</p>", "en"),
    ("<p>Published (UTC): 2024-03-05</p>", "en"),
])
def test_more_label_forms_near_misses_give_no_date(body, lang):
    assert _date(body, lang) is None, body


@pytest.mark.parametrize("body", [
    '<p>奏功事例⇓<br><a href="/f/1.pdf">奏功事例(364.9KB)[124clicks]</a><br>(令和6年5月24日更新)</p>',
    '<ul><li><a href="/f/1.pdf">計画書</a>(364.9KB)<br>(令和6年5月24日更新)</li></ul>',
    '<p><a href="/download?id=3">様式(PDF:120KB)</a> <span>（2024年5月24日更新）</span></p>',
])
def test_bracketed_stamp_beside_a_file_link_dates_the_file(body):
    assert _date(body, "ja") is None, body


@pytest.mark.parametrize("body", [
    "<p>(令和6年5月24日更新)</p>",  # the page's own stamp
    '<p><a href="/f/1.pdf">計画書(PDF:364.9KB)</a></p><p>(令和6年5月24日更新)</p>',  # its own paragraph
    '<p><a href="/kurashi/index.html">くらし</a><br>(令和6年5月24日更新)</p>',  # a link to a page, not a file
])
def test_bracketed_stamp_away_from_file_links_dates_the_page(body):
    assert _date(body, "ja") == dt.date(2024, 5, 24), body


@pytest.mark.parametrize("body, lang", [
    # Joomla 1.0 / Mambo's ModifiedDate: "_LAST_UPDATED ( date )", in Polish "Zmieniony"
    ("<p>Zmieniony ( 05.03.2024. )</p>", "pl"),
    ('<table><tr><td class="modifydate">Zmieniony ( wtorek, 05 marca 2024 10:00 )</td></tr></table>', "pl"),
    ('<table><tr><td class="modifydate">Last Updated ( Tuesday, 05 March 2024 10:00 )</td></tr></table>', "en-GB"),
    ('<div class="modifydate">Letzte Aktualisierung ( Dienstag, 05. März 2024 )</div>', "de"),
])
def test_joomla_modified_date_in_spaced_brackets(body, lang):
    assert _date(body, lang) == dt.date(2024, 3, 5), body


@pytest.mark.parametrize("body", [
    "<p>Zmieniony harmonogram od 05.03.2024.</p>",  # a changed timetable: prose
    "<p>Zmieniony (nowy) rozkład jazdy 05.03.2024</p>",  # a bracket, but no date in it
    "<p>Zmieniony: 05.03.2024</p>",  # not the Joomla layout
    "<p>Utworzony ( 05.03.2024 )</p>",  # created
])
def test_joomla_modified_date_near_misses_give_no_date(body):
    assert _date(body, "pl") is None, body


# Batch 11's misses, as general rules: the page's content as the subject of a Nordic "updated" field, the update
# noun as a field or heading with its date, and a screen-reader label before the visible one.
@pytest.mark.parametrize("body, lang, expected", [
    ("<h1>Lekplats</h1><p>Intro.</p><p>Texten uppdaterad 2020-04-24</p><p>Adress: Vägen 3</p>", "sv",
     dt.date(2020, 4, 24)),
    ("<p>Innehållet uppdaterat 2020-04-24</p>", "sv", dt.date(2020, 4, 24)),
    ("<p>Artikeln senast ändrad 5 mars 2024</p>", "sv", dt.date(2024, 3, 5)),
    ("<p>Artikkelen oppdatert 26.10.2022</p>", "nb", dt.date(2022, 10, 26)),
    ("<p>Teksten er oppdatert 26. oktober 2022</p>", "nb", dt.date(2022, 10, 26)),
    ("<p>Teksten er opdateret 3. marts 2024</p>", "da", dt.date(2024, 3, 3)),
    ("<h1>Badevannsprøver</h1><h2>Oppdatering 01.07.2019</h2><p>Prøvene fra fredag 28.06 viser god kvalitet.</p>",
     "nb", dt.date(2019, 7, 1)),
    ("<p>Uppdatering 2024-03-05</p>", "sv", dt.date(2024, 3, 5)),
    ("<p>Opdatering: 5. marts 2024</p>", "da", dt.date(2024, 3, 5)),
])
def test_nordic_content_nouns_and_update_notes(body, lang, expected):
    assert _date(body, lang) == expected, body


@pytest.mark.parametrize("body, lang", [
    ("<p>Vi gör en uppdatering 2024-03-05 av systemet.</p>", "sv"),  # mid-sentence: an event, not the page's stamp
    ("<p>Oppdatering av programvare 2024</p>", "nb"),  # a lone year is no date
    ("<p>Neste oppdatering 01.07.2027</p>", "nb"),  # the next update: due, not reviewed
    ("<p>Texten publicerad 2020-04-24</p>", "sv"),  # published, not updated
    ("<p>Artikkelen publisert 26.10.2022</p>", "nb"),
])
def test_nordic_content_nouns_and_update_notes_near_misses(body, lang):
    assert _date(body, lang) is None, body


@pytest.mark.parametrize("body, lang, expected", [
    # WordPress themes: a screen-reader phrase, then the visible label, then the date (F j, Y in the site's
    # language: "oktober 26, 2022")
    ("<article><h2>Tid for vaksine</h2><p>Dato for siste oppdatering av artikkelen Oppdatert oktober 26, 2022</p>"
     "<p>Siden 2018 har vi sett en økende trend.</p></article>", "nb", dt.date(2022, 10, 26)),
    ("<p><span class='sr-only'>Last updated</span> Updated 3 March 2024</p>", "en-GB", dt.date(2024, 3, 3)),
    ("<p>Page last reviewed - Updated on 3 March 2024</p>", "en-GB", dt.date(2024, 3, 3)),
    ("<p>Siste oppdatering: Oppdatert 26. oktober 2022</p>", "nb", dt.date(2022, 10, 26)),
])
def test_a_visible_label_right_after_a_screen_reader_label(body, lang, expected):
    assert _date(body, lang) == expected, body


@pytest.mark.parametrize("body, lang", [
    ("<p>Last updated: Published 3 March 2024</p>", "en-GB"),  # a publication date after the label: none
    # a label mid-sentence (not a field) passes nothing to the label after it
    ("<p>Our office reviewed Updated 3 March 2024 guidance with partners</p>", "en-GB"),
    ("<p>She asked whether it was updated Updated 3 March 2024 figures</p>", "en-GB"),
    ("<p>Siste oppdatering av programvaren kom i fjor. Den ble oppdatert 26. oktober 2022.</p>", "nb"),
])
def test_a_label_after_a_label_near_misses(body, lang):
    assert _date(body, lang) is None, body


# The page's content named as the subject of the update field, in the languages with a participle label
# (as "Texten uppdaterad" in batch 11): only nouns for the page's own content.
@pytest.mark.parametrize("body, lang, expected", [
    ("<p>Article updated 3 March 2024</p>", "en-GB", dt.date(2024, 3, 3)),
    ("<p>Text updated 3 March 2024</p>", "en-GB", dt.date(2024, 3, 3)),
    ("<p>Artikel aktualisiert am 03.05.2024</p>", "de", dt.date(2024, 5, 3)),
    ("<p>Text geändert am 03.05.2024</p>", "de", dt.date(2024, 5, 3)),
    ("<p>Contenu mis à jour le 3 mars 2024</p>", "fr", dt.date(2024, 3, 3)),
    ("<p>Fiche mise à jour le 3 mars 2024</p>", "fr", dt.date(2024, 3, 3)),
    ("<p>Pagina bijgewerkt op 3 maart 2024</p>", "nl", dt.date(2024, 3, 3)),
    ("<p>Tekst gewijzigd op 3 maart 2024</p>", "nl", dt.date(2024, 3, 3)),
    ("<p>Articolo aggiornato il 3 marzo 2024</p>", "it", dt.date(2024, 3, 3)),
    ("<p>Artikkeli päivitetty 3.3.2024</p>", "fi", dt.date(2024, 3, 3)),
    ("<p>Artykuł zaktualizowany 03.03.2024</p>", "pl", dt.date(2024, 3, 3)),
])
def test_the_pages_content_as_the_subject_of_the_update_field(body, lang, expected):
    assert _date(body, lang) == expected, body


@pytest.mark.parametrize("body, lang", [
    ("<p>Vertrag geändert am 03.05.2024</p>", "de"),  # a contract changed: not the page
    ("<p>The article updated 3 March 2024 figures.</p>", "en-GB"),  # mid-sentence, a verb
    ("<p>Article published 3 March 2024</p>", "en-GB"),
    ("<p>Contenu publié le 3 mars 2024</p>", "fr"),
    ("<p>Artikel veröffentlicht am 03.05.2024</p>", "de"),
])
def test_the_pages_content_as_the_subject_near_misses(body, lang):
    assert _date(body, lang) is None, body


# Batch 12's misses, as general rules: Czech "the pages were last updated" with "naposled" and the participle's
# forms, Czech "updated as of" (k), Finnish "last published" (as "Last published", "Senast publicerad").
@pytest.mark.parametrize("body, lang, expected", [
    ("<p>Stránky byly naposled aktualizováný 20.10.2020 v 18:09</p><p>Akce, události</p>", "cs", dt.date(2020, 10, 20)),
    ("<p>Stránka byla naposledy aktualizována 3. 3. 2024</p>", "cs", dt.date(2024, 3, 3)),
    ("<p>Naposled upraveno 3. 3. 2024</p>", "cs", dt.date(2024, 3, 3)),
    ("<h2>Mapa kamer</h2><p>AKTUALIZOVÁNO K 16.01.2019</p>", "cs", dt.date(2019, 1, 16)),
    ("<p>Aktualizace k 1. 7. 2024</p>", "cs", dt.date(2024, 7, 1)),
    ("<p>Viimeksi julkaistu 16.8.2022 10.15</p><h1>Hallituksen esitys</h1>", "fi", dt.date(2022, 8, 16)),
])
def test_czech_and_finnish_forms_of_batch_12(body, lang, expected):
    assert _date(body, lang) == expected, body


@pytest.mark.parametrize("body, lang", [
    ("<p>Julkaistu 16.8.2022</p>", "fi"),  # published: the first publication
    ("<p>Zveřejněno 16.08.2022</p>", "cs"),
    ("<p>Zákon ze dne 30. ledna 1920 o pamětních knihách obecních.</p>", "cs"),
    ("<p>Smlouva byla naposled upravena dle zákona č. 89/2012 Sb.</p>", "cs"),  # no date
])
def test_czech_and_finnish_forms_of_batch_12_near_misses(body, lang):
    assert _date(body, lang) is None, body
