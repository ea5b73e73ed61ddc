"""Rules learned from real pages (the held-out set and the public templates read while building it)."""
from __future__ import annotations

import datetime as dt

import pytest

from audits.freshness import extract_review_date
from audits.freshness.labels import find_labels


def page(body: str, head: str = "", lang: str = "en") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>T</title>{head}</head>'
            f'<body><main>{body}</main><footer><p>&copy; 2025 Agency</p></footer></body></html>')


def date_of(html: str):
    found = extract_review_date(html)
    return found.date if found else None


@pytest.mark.parametrize("phrase", [
    "Last Published Date: October 27, 2021",  # DHS: no scanning stem used to reach it
    "Page last reviewed: 15 March 2021", "Date modified: 2024-01-15", "Date de modification : 2024-01-15",
    "Última actualización de las Preguntas Frecuentes: 06/06/2022", "(letzte Aktualisierung am 15.02.2015)",
    "Vérifié le 18 octobre 2017", "Verified 23 July 2024", "Page Last Reviewed or Updated: 25-Sep-2026",
    "Data last updated: 5 March 2024", "Date of last review: 5 March 2024", "Revision date: 5 March 2024",
    "Clinically reviewed on 5 March 2024", "Datos actualizados a 31 de diciembre de 2023",
    "Données mises à jour le 12 mars 2024", "Information updated: 5 March 2024", "Stand zum 01.01.2024",
    "Page edited: 15 January 2024",  # citizensinformation.ie
])
def test_real_phrasings_are_labels_with_dates(phrase):
    assert find_labels(phrase), phrase
    lang = "es" if "actualiz" in phrase.lower() else "fr" if "é" in phrase or "mises" in phrase else "en"
    assert date_of(page(f"<p>{phrase}</p>", lang="de" if "Stand" in phrase or "letzte" in phrase else lang))


def test_date_nested_in_indented_markup_is_the_labels():
    drupal = ('\n<div class="field field--name-field-last-updated">\n      <div class="field__label">\n'
              '        Date last updated\n      </div>\n              <div class="field__item">\n'
              '                <time datetime="2024-03-05T12:00:00Z">\n                  5 March 2024\n'
              '                </time>\n              </div>\n          </div>\n')
    assert date_of(page(drupal)) == dt.date(2024, 3, 5)
    assert date_of(page("<p>Last updated:" + " " * 300 + "March 5, 2024</p>")) is None  # far on one line
    assert date_of(page("<p>Last updated:</p><p>|</p><p>|</p><p>|</p><p>|</p><p>|</p><p>March 5, 2024</p>")) is None


def test_qualifier_before_the_colon_only_for_strong_labels():
    assert date_of(page("<p>Last updated for this section: 5 March 2024</p>")) == dt.date(2024, 3, 5)
    assert date_of(page("<p>Updated guidance for schools: 5 March 2024</p>")) is None  # weak label, a title
    by_whom = page("<p>Page last reviewed by the Clinical Content Team on 5 March 2024</p>")
    assert date_of(by_whom) == dt.date(2024, 3, 5)
    assert date_of(page("<p>Dernière mise à jour par la DILA le 12 mars 2024</p>", lang="fr")) == dt.date(2024, 3, 12)
    assert date_of(page("<p>Last updated by the agency, see below. On 5 March 2024 we met.</p>")) is None


def test_capitalised_strong_label_right_after_a_date_on_one_line():
    html = page("<p>Published: 21 May 2015 Last updated: 22 February 2024</p>")
    assert date_of(html) == dt.date(2024, 2, 22)
    assert date_of(page("<p>Since 2015 updated March 5, 2024 figures were used.</p>")) is None
    german = page("<p>Erstellt am 01.01.2020, zuletzt aktualisiert am 12.03.2024</p>", lang="de")
    assert date_of(german) == dt.date(2024, 3, 12)
    assert date_of(page("<p>In 2020, last updated guidance said March 5, 2024 was fine.</p>")) is None


def test_day_month_order_of_region_less_english():
    ambiguous = "<p>Last updated: 05/03/2024</p>"
    assert date_of(page(ambiguous)) == dt.date(2024, 5, 3)  # lang="en": month-first by default
    assert date_of(page(ambiguous, '<meta property="og:locale" content="en_GB">')) == dt.date(2024, 3, 5)
    assert date_of(page("<p>Meeting on 19/09/2024</p>" + ambiguous)) == dt.date(2024, 3, 5)  # the page's own
    assert date_of(page("<p>Meeting on 09/19/2024</p>" + ambiguous)) == dt.date(2024, 5, 3)
    assert date_of(page("<p>Meeting on 19/09/2024</p>" + ambiguous, lang="en-US")) == dt.date(2024, 5, 3)
    mixed = "<p>19/09/2024 and 09/19/2024</p>" + ambiguous  # both orders on the page: no evidence
    assert date_of(page(mixed)) == dt.date(2024, 5, 3)
    hyphens = "<p>Last updated: 05-03-2024</p>"  # hyphenated numeric dates are read the same way
    assert date_of(page("<p>Tender closes 19-09-2024</p>" + hyphens)) == dt.date(2024, 3, 5)
    assert date_of(page("<p>Tender closes 09-19-2024</p>" + hyphens)) == dt.date(2024, 5, 3)
    assert date_of(page("<p>Call 03-9876-5432</p>" + hyphens)) == dt.date(2024, 5, 3)  # a phone number is no date


def test_nav_line_without_a_link_is_the_pages_own():
    assert date_of(page('<nav class="page-meta"><p>Last updated: March 5, 2024</p></nav>')) == dt.date(2024, 3, 5)
    item = '<nav><ul><li>Form 1040 <span>Updated March 5, 2024</span> <a href="/f">PDF</a></li></ul></nav>'
    assert date_of(page(item)) is None


def test_time_before_the_date_and_visible_date_beats_datetime():
    assert date_of(page("<p>Last updated: 10:15 AM, March 5, 2024</p>")) == dt.date(2024, 3, 5)
    va = '<p>Last updated:&nbsp;<time datetime="2024-05-07">July 15, 2024</time></p>'
    assert date_of(page(va)) == dt.date(2024, 7, 15)


def test_real_distractor_phrasings_give_no_date():
    for body, lang in [
        ("<p>This guidance has been updated and replaced by NICE guideline NG203.</p>", "en"),
        ("<p>Le texte n'a pas été modifié ni mis à jour depuis sa date de mise en archive.</p><p>Ottawa, le "
         "1 mars 2001</p>", "fr"),
        ("<p>Archive sites are not updated, so external links may no longer function.</p><p>January 20, 2001</p>",
         "en"),
        ("<p>Information updated regularly.</p><p>5 March 2024</p>", "en"),
        ("<dl><dt>Fecha de aprobación:</dt><dd>08/07/2021</dd></dl>", "es"),
    ]:
        assert date_of(page(body, lang=lang)) is None, body


def test_bare_review_date_is_last_review_when_past_and_next_review_when_ahead():
    medline = page("<p>Review Date 3/31/2024</p><p>Updated by: David C. Dugdale, MD</p>")
    found = extract_review_date(medline, as_of=dt.date(2024, 6, 1))
    assert (found.date, found.next_review_due) == (dt.date(2024, 3, 31), None)
    found = extract_review_date(medline, as_of=dt.date(2024, 1, 1))
    assert (found.date, found.next_review_due) == (None, dt.date(2024, 3, 31))
    assert extract_review_date(page("<p>Review date: TBD</p>")) is None  # may be the next review: not "missing"
    found = extract_review_date(page("<p>Next review date: 12/03/2030</p>"), as_of=dt.date(2024, 1, 1))
    assert (found.date, found.next_review_due) == (None, dt.date(2030, 12, 3))


# One phrase per label family in labels.py, in order. A family the stem scan cannot reach is never read
# on any page (as "Last Published Date" was): each phrase must be found exactly, deep inside long text.
FAMILY_EXAMPLES = [
    "This page was last updated on", "This page was revised on", "Date last updated", "Date of last review",
    "Revision date", "Clinically reviewed on", "Last Published Date", "Last review date", "Latest update",
    "Content current as of", "Information as at",
    "Reprint as at", "Compilation date", "Page edited", "Review date", "Reviewed and updated",
    "It was archived on", "Archived on",
    "Article updated", "Contenu mis à jour le", "Artikel aktualisiert am", "Pagina bijgewerkt op",
    "Articolo aggiornato il", "Artikkeli päivitetty",
    "Última actualización de la página", "Fecha de revisión", "Datos actualizados", "Esta página fue actualizada el",
    "Actualizado el", "Este contenido fue archivado el",
    "Date de la dernière mise à jour", "Date de modification", "Données mises à jour le", "Page mise à jour le",
    "Vérifié le", "Cette déclaration a été établie le", "Texte mis à jour au",
    "du 19 octobre 2016 (Etat le", "vom 19. Oktober 2016 (Stand am", "del 19 ottobre 2016 (Stato",
    "Cette page a été archivée le", "Diese Seite wurde zuletzt aktualisiert am",
    "Datum der letzten Änderung", "Seite geändert am", "Änderungsdatum", "Stand der Information", "Diese Seite archiviert am",
    "Act current to", "Harvested by the National Library of New Zealand on",
    "Siste faglige endring", "Endringsdato", "Oppdatert", "Senest opdateret", "Ændringsdato", "Opdateret den", "Senast uppdaterad", "Tabellen Priser 2024 uppdaterades den", "Uppdateringsdatum", "Uppdaterad",
    "Innehållet publicerades under perioden 3 oktober 2014 till den",
    "Deze is voor het laatst bijgewerkt op", "Bijgewerkt op", "Ultimo aggiornamento", "Aggiornato il",
    "Viimeksi päivitetty", "Päivitetty", "最終更新日", "更新", "Última atualização", "Atualizado em",
    "Next review due", "Próxima revisión", "Prochaine révision", "Nächste Überprüfung",
    "Neste oppdatering", "Næste opdatering", "Nästa uppdatering", "Volgende herziening", "Prossimo aggiornamento",
    "Seuraava päivitys", "Próxima atualização",
]


def test_every_label_family_is_reachable_by_the_stem_scan():
    from audits.freshness import labels
    from audits.freshness import languages  # its families have their examples in test_freshness_languages_more.py
    assert len(FAMILY_EXAMPLES) == (len(labels._REVIEW) - len(languages.REVIEW)) + (len(labels._DUE) - len(languages.DUE))
    filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 5
    for phrase in FAMILY_EXAMPLES:
        text = f"{filler}\n{phrase}: 5 March 2024\n{filler}"
        start, end = text.index(phrase), text.index(phrase) + len(phrase)
        start += phrase.index("(") + 1 if "(" in phrase else 0  # a label only in a bracket after a date
        found = [(m.start, m.end) for m in find_labels(text)]
        assert (start, end) in found, (phrase, found)


# ---------------------------------------------------------------- rules from batch 6's misses

def _date(body: str, lang: str):
    return date_of(page(body, lang=lang))


@pytest.mark.parametrize("body, lang, expected", [
    # an opening bracket between a label and its date (Japanese municipal CMSes: 更新日:[2022年3月9日])
    ("<ul><li>初版公開日:[2021年05月01日]</li><li>更新日:[2023年11月20日]</li><li>ID:77</li></ul>", "ja",
     dt.date(2023, 11, 20)),
    ("<p>更新日：【令和5年4月1日】</p>", "ja", dt.date(2023, 4, 1)),
    ("<p>Last updated: [3 April 2023]</p>", "en-GB", dt.date(2023, 4, 3)),
    ("<p>Zuletzt geändert: (12.10.2022)</p>", "de", dt.date(2022, 10, 12)),
    # who changed it, then the date in brackets: a Polish BIP record box ("metryczka"), and the same shape elsewhere
    ("<h2>metryczka</h2><p>Wytworzył: Anna Nowak (12 stycznia 2019)<br>Opublikował: Anna Nowak (12 stycznia "
     "2019, 10:01:02)</p><p>Ostatnia zmiana: Jan Kowalski (4 lutego 2021, 08:15:00)<br>Zmieniono: Aktualizacja "
     "treści</p><p>Liczba odsłon: 123</p>", "pl", dt.date(2021, 2, 4)),
    ("<p>Ostatnia modyfikacja: Maria Wiśniewska-Kot (2022-06-30 14:02)</p>", "pl", dt.date(2022, 6, 30)),
    ("<p>Last updated: Jane Smith (5 March 2024)</p>", "en-GB", dt.date(2024, 3, 5)),
    # the statutory template of a Polish accessibility statement: "last significant update"
    ("<ul><li>Data publikacji strony internetowej: 2010-01-15</li><li>Data ostatniej istotnej aktualizacji: "
     "2023-05-15</li></ul>", "pl", dt.date(2023, 5, 15)),
    ("<p>Ostatnia istotna aktualizacja: 15.05.2023</p>", "pl", dt.date(2023, 5, 15)),
    # Lithuanian: a subject, then the verb, in running text
    ("<p>Dėl informacijos kreiptis į socialinę darbuotoją.</p><p>Informacija atnaujinta 2022-11-03</p>", "lt",
     dt.date(2022, 11, 3)),
    ("<p>Puslapis atnaujintas: 2024-01-05</p>", "lt", dt.date(2024, 1, 5)),
    # a consolidated law's currency stamp in brackets, in the Swiss federal compilation's three languages
    ("<p>du 19 octobre 2016 (Etat le 1er janvier 2019)</p>", "fr", dt.date(2019, 1, 1)),
    ("<p>du 4 mai 2011 (État le 1er avril 2023)</p><p>Le Conseil fédéral suisse,</p>", "fr", dt.date(2023, 4, 1)),
    ("<p>vom 19. Oktober 2016 (Stand am 1. Januar 2019)</p>", "de", dt.date(2019, 1, 1)),
    ("<p>del 19 ottobre 2016 (Stato 1° gennaio 2019)</p>", "it", dt.date(2019, 1, 1)),
    # Japanese: the update stamp after its date, era years with the Western year in brackets
    ("<p>ここから本文です。</p><p>平成29年(2017年)10月27日更新</p><h1>記者会見</h1>", "ja", dt.date(2017, 10, 27)),
    ("<p>令和6年（2024年）3月8日 更新</p>", "ja", dt.date(2024, 3, 8)),
    ("<p>ページ番号 1234 | 2023年11月20日更新</p>", "ja", dt.date(2023, 11, 20)),
    ("<div><span>2021/08/26</span><span>更新</span></div>", "ja", dt.date(2021, 8, 26)),
])
def test_batch_6_forms_with_other_dates_and_neighbours(body, lang, expected):
    assert _date(body, lang) == expected, body


@pytest.mark.parametrize("body, lang", [
    ("<ul><li>初版公開日:[2022年03月09日]</li><li>ID:1185</li></ul>", "ja"),  # a publication date, bracketed
    ("<p>更新日:[未定]</p><p>2024年3月8日</p>", "ja"),
    ("<p>Last updated: (see the archive) 3 March 2024</p>", "en-GB"),
    ("<p>Wytworzył: Anna Nowak (12 stycznia 2019)<br>Opublikował: Anna Nowak (12 stycznia 2019)</p>", "pl"),
    ("<p>Last updated: see the notes of the committee (5 March 2024)</p>", "en-GB"),  # no name: a sentence
    ("<ul><li>Data publikacji strony internetowej: 2006-12-12</li></ul>", "pl"),
    ("<p>Sutartis atnaujinta 2023-09-12.</p>", "lt"),  # a contract renewed, mid-sentence
    ("<p>La convention signée par l'État le 3 mars 2020 prévoit un financement.</p>", "fr"),
    ("<p>Der Stand am 3. März 2020 war gut.</p>", "de"),
    ("<p>Le rapport (Etat le 3 mars 2020) est en ligne.</p>", "fr"),  # no enactment date before the bracket
    ("<p>Einwohner: 5.210 (Stand 31.12.2023)</p>", "de"),  # a statistic's as-of date
    ("<p>Population légale 2021 (état au 1er janvier 2024)</p>", "fr"),
    ("<p>Il progetto è stato il 3 marzo 2020 approvato.</p>", "it"),
    ("<p>2024年3月8日更新予定</p>", "ja"),  # a scheduled update
    ("<p>契約は2024年3月8日更新です。</p>", "ja"),  # a contract renewed, mid-sentence
    ("<p>2024年3月8日開催</p>", "ja"),
    ("<ul><li>2024年3月8日更新 お知らせA</li><li>2024年3月1日更新 お知らせB</li></ul>", "ja"),  # a listing
    ("<p><a href='/a'>2024年3月8日更新</a></p>", "ja"),  # a link: the page linked to
])
def test_batch_6_near_misses_give_no_date(body, lang):
    assert _date(body, lang) is None, body


@pytest.mark.parametrize("text, expected", [
    ("平成29年(2017年)10月27日", dt.date(2017, 10, 27)), ("2017年(平成29年)10月27日", dt.date(2017, 10, 27)),
    ("令和元年（2019年）5月1日", dt.date(2019, 5, 1)), ("平成31年（2019年）4月", dt.date(2019, 4, 1)),
    ("平成29年(2018年)10月27日", None),  # the two years disagree: no guess
])
def test_japanese_era_with_the_western_year_in_brackets(text, expected):
    from audits.freshness.parse import parse_date_prefix
    found = parse_date_prefix(text, day_first=True, languages=("ja",))
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize("body, lang, expected", [
    # languages written without spaces: a label right after the number ending the field before it
    ("<p>ページ番号:10452最終更新日:2022年6月1日</p>", "ja", dt.date(2022, 6, 1)),
    ("<p>記事ID 77 | ID:3301更新日：令和5年4月1日</p>", "ja", dt.date(2023, 4, 1)),
    ("<p>文件编号:2031最后更新:2023-05-06</p>", "zh", dt.date(2023, 5, 6)),
    # Swedish Sitevision fields: "Sidan uppdaterad:", "Senast publicerad:" (the latest publishing of the page)
    ("<p>Sidan uppdaterad: 2022-09-14</p>", "sv", dt.date(2022, 9, 14)),
    ("<p>Kontakta kundtjänst.</p><p>Denna sidan senast uppdaterad den 3 mars 2023</p>", "sv", dt.date(2023, 3, 3)),
    ("<p>Senast publicerad: 2019-10-01</p>", "sv", dt.date(2019, 10, 1)),
    ("<p>Publicerad: 2017-02-01</p><p>Senast publicerad:<br>2019-10-01</p>", "sv", dt.date(2019, 10, 1)),
    # a template printing its label twice, once with an empty slot, in sibling elements of one tag and class
    ("<p>Sidan uppdaterad: av</p><p>Sidan uppdaterad:</p><p>2022-09-14</p>", "sv", dt.date(2022, 9, 14)),
    ("<div class='meta'>Last updated:</div><div class='meta'>Last updated: 5 March 2024</div>", "en-GB",
     dt.date(2024, 3, 5)),
    # a hyphen with spaces either side separates a title from its stamp, as a dash does
    ("<h2>Waiting list - last updated 3 October 2022</h2>", "en-GB", dt.date(2022, 10, 3)),
    ("<p>Opening times - updated 5 March 2024</p>", "en-GB", dt.date(2024, 3, 5)),
    ("<h2>Contacts – last updated 3 October 2022</h2>", "en-GB", dt.date(2022, 10, 3)),
    # who changed it, by name, then a comma and the date
    ("<p>Stránka byla upravena uživatelem Mgr. Jan Novák, 12. 3. 2021.</p>", "cs", dt.date(2021, 3, 12)),
    ("<p>Stránka byla aktualizována uživatelkou Petra Dvořáková, 1. 2. 2020</p>", "cs", dt.date(2020, 2, 1)),
    ("<p>Last updated by Jane Smith, 5 March 2024</p>", "en-GB", dt.date(2024, 3, 5)),
    # a dateline, then its update in brackets with a colon
    ("<p>3.2.2020 (aktualizováno: 5.2.2020 10:12), Odbor školství</p>", "cs", dt.date(2020, 2, 5)),
    ("<p>12.03.2024 (aktualisiert: 15.03.2024)</p>", "de", dt.date(2024, 3, 15)),
    ("<p>5 March 2024 (updated: 7 March 2024)</p>", "en-GB", dt.date(2024, 3, 7)),
])
def test_batch_7_forms_with_other_dates_and_neighbours(body, lang, expected):
    assert _date(body, lang) == expected, body


@pytest.mark.parametrize("body, lang", [
    ("<p>契約更新日:2024年3月8日</p>", "ja"),  # a compound after a letter: a contract's renewal date
    ("<p>ID:3301更新日:未定</p><p>2024年3月8日</p>", "ja"),
    ("<p><a href='/x'>8289更新日:2023年12月14日</a></p>", "ja"),  # a link: the page linked to
    ("<p>Publicerad: 2018-02-27</p>", "sv"),  # a first publication stays no label
    ("<p>Nyheten publicerades 2018-02-27.</p>", "sv"),
    ("<p>Senast publicerad:</p><p>Kontakta oss på 0771-12 34 56</p>", "sv"),
    ("<ul><li>Sidan uppdaterad: 2022-09-14</li><li>Sidan uppdaterad: 2023-01-10</li></ul>", "sv"),  # a listing
    ("<div class='card'>Last updated: 5 March 2024</div><div class='card'>Last updated: 7 March 2024</div>",
     "en-GB"),
    ("<p>Covid-19 - updated figures for 5 March 2024 are below.</p>", "en-GB"),  # no date right after the label
    ("<p>Pages 3-last updated 5 March 2024</p>", "en-GB"),  # a hyphen without spaces joins words
    ("<p>Last updated by the agency, see below. On 5 March 2024 we met.</p>", "en-GB"),
    ("<p>Last updated by the agency, 5 March 2024</p>", "en-GB"),  # no name: lower-case words
    ("<p>Stránka byla upravena uživatelem podle zákona, který platí od 6. 6. 2018.</p>", "cs"),
    ("<p>Schůze 3.2.2020 (aktualizováno: viz níže)</p>", "cs"),  # no date after the label
    ("<p>Jednání rady dne 3.2.2020 (aktualizováno: 5.2.2020)</p>", "cs"),  # a date in a sentence, no dateline
    ("<p>3.2.2020 (aktualizováno 5.2.2020)</p>", "cs"),  # a weak label in brackets without its colon
])
def test_batch_7_near_misses_give_no_date(body, lang):
    assert _date(body, lang) is None, body
