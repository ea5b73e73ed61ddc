"""The label families of audits/freshness/languages.py: each one's labels as government pages write them, its
near misses (publication labels, compounds), its day/month order and its date formats (year-first numeric dates,
genitive and locative month names, Buddhist-era and Republic-of-China years, non-Latin digits)."""
from __future__ import annotations

import datetime as dt

import pytest

from audits.freshness import extract_review_date, languages
from audits.freshness.labels import find_labels
from audits.freshness.parse import parse_date_prefix

MARCH_5 = dt.date(2024, 3, 5)


def page(body: str, lang: str) -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>T</title></head>'
            f'<body><main><h1>Ministerstwo</h1><p>Treść strony.</p>{body}</main></body></html>')


def date_of(body: str, lang: str):
    found = extract_review_date(page(body, lang))
    return found.date if found else None


# One phrase per entry of languages.REVIEW and languages.DUE, in their order.
LANGUAGE_EXAMPLES = [
    "Ostatnia aktualizacja", "Artykuł zaktualizowany", "Zaktualizowano", "Zmieniony ( ", "Datum poslední aktualizace", "Aktualizováno",
    "Dátum poslednej aktualizácie informačného obsahu", "Aktualizované", "Utolsó frissítés", "Frissítve",
    "Data ultimei actualizări", "Actualizat la", "Posljednje ažuriranje", "Ažurirano", "Zadnja sprememba",
    "Posodobljeno", "Последна актуализация", "Актуализирано на", "Последнее обновление", "Обновлено",
    "Останнє оновлення", "Оновлено", "Τελευταία ενημέρωση", "Ενημερώθηκε", "Viimati muudetud", "Uuendatud",
    "Pēdējo reizi atjaunināts", "Atjaunināts", "Paskutinį kartą atnaujinta", "Atnaujinta", "Síðast uppfært",
    "Uppfært", "Darrera actualització", "Actualitzat el", "Data de actualización", "Azken eguneratzea",
    "Eguneratua", "Diweddarwyd ddiwethaf", "Diweddarwyd", "Nuashonraithe go deireanach", "Nuashonraithe",
    "Son güncelleme tarihi", "Güncellendi", "Terakhir diperbarui", "Diperbarui pada", "Kemaskini terakhir",
    "Dikemaskini pada", "Cập nhật lần cuối", "Cập nhật ngày", "ปรับปรุงล่าสุดเมื่อ", "עודכן לאחרונה", "עודכן",
    "آخر تحديث", "최종수정일", "अंतिम अद्यतन", "সর্বশেষ হালনাগাদ", "Последња измена", "Ажурирано",
    "Последно ажурирање", "Ажурирано на", "Përditësimi i fundit", "Përditësuar më", "Ilisasishwa mwisho",
    "Imesasishwa", "Laas opgedateer", "Bygewerk op", "Son yenilənmə", "Yenilənib", "ბოლო განახლება",
    "Վերջին թարմացում", "Апошняе абнаўленне", "Соңғы жаңарту", "L-aħħar aġġornament", "آخری اپ ڈیٹ", "更新日期",
    # next review due
    "Data następnej aktualizacji", "Příští aktualizace", "Ďalšia aktualizácia", "Következő felülvizsgálat",
    "Următoarea actualizare", "Sljedeće ažuriranje", "Naslednja posodobitev", "Следваща актуализация",
    "Следующее обновление", "Наступне оновлення", "Επόμενη αναθεώρηση", "Järgmine ülevaatus",
    "Nākamā pārskatīšana", "Kitas atnaujinimas", "Næsta endurskoðun", "Propera revisió", "Seguinte revisión",
    "Hurrengo berrikuspena", "Adolygiad nesaf", "An chéad athbhreithniú eile", "Bir sonraki güncelleme tarihi",
    "Peninjauan berikutnya", "Semakan seterusnya", "Cập nhật tiếp theo", "עדכון הבא", "المراجعة القادمة",
    "다음 검토 예정일", "下次更新日期", "次回更新予定日", "ปรับปรุงครั้งต่อไป",
]


def test_every_new_label_family_is_reachable_by_the_stem_scan():
    assert len(LANGUAGE_EXAMPLES) == len(languages.REVIEW) + len(languages.DUE)
    filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 5
    for example in LANGUAGE_EXAMPLES:
        # an example ending in "( " is a label only before its bracket: "Zmieniony ( 05.03.2024 )"
        bracketed = example.endswith("( ")
        phrase = example[:-2].rstrip() if bracketed else example
        text = f"{filler}\n{example}05.03.2024 )\n{filler}" if bracketed else f"{filler}\n{phrase}: 05.03.2024\n{filler}"
        start = text.index(phrase)
        found = [(m.start, m.end) for m in find_labels(text)]
        assert (start, start + len(phrase)) in found, (phrase, found)


# (body as the pages write it, lang): each gives 5 March 2024.
LABELLED = [
    # Polish: "Ostatnia aktualizacja: 01.08.2025" (a template), BIP's metryczka "Data modyfikacji"
    ("<p>Ostatnia aktualizacja: 05.03.2024</p>", "pl"),
    ("<dl><dt>Data publikacji</dt><dd>01.02.2020</dd><dt>Data modyfikacji</dt><dd>2024-03-05 10:15</dd></dl>", "pl"),
    ("<p>Zaktualizowano: 5 marca 2024 r.</p>", "pl"),
    # Czech (cuzk.cz "Aktualizováno: 7. 10. 2021"): numeric with spaces after the dots
    ("<p>Aktualizováno: 5. 3. 2024</p>", "cs"),
    ("<p>Poslední aktualizace dne 5. března 2024.</p>", "cs"),
    # Slovak (pokladnica.sk): "Dátum poslednej aktualizácie informačného obsahu: 13.01.2020"
    ("<p>Dátum poslednej aktualizácie informačného obsahu: 05.03.2024<br>"
     "Dátum zverejnenia informačného obsahu: 14.06.2018</p>", "sk"),
    # Hungarian: year first, with a month name or numeric with spaces
    ("<p>Utolsó frissítés: 2024. március 5.</p>", "hu"),
    ("<p>Módosítva: 2024. 03. 05.</p>", "hu"),
    # Romanian
    ("<p>Ultima actualizare: 5 martie 2024</p>", "ro"),
    ("<p>Data ultimei actualizări: 05.03.2024</p>", "ro"),
    # Croatian (hgk.hr "Objavljeno: 01. 07. 2016. , Ažurirano: 17. 07. 2016."), Serbian Latin month names
    ("<p>Objavljeno: 01. 07. 2016. , Ažurirano: 05. 03. 2024.</p>", "hr"),
    ("<p>Poslednje ažuriranje: 5. mart 2024.</p>", "sr-Latn"),
    ("<p>Zadnja izmjena: 5. ožujka 2024.</p>", "hr"),
    # Slovenian
    ("<p>Zadnja sprememba: 5. 3. 2024</p>", "sl"),
    # Bulgarian, Russian, Ukrainian (genitive month names)
    ("<p>Последна актуализация: 5 март 2024</p>", "bg"),
    ("<p>Дата обновления: 5 марта 2024 г.</p>", "ru"),
    ("<p>Оновлено: 5 березня 2024</p>", "uk"),
    # Greek, genitive month, and capitals without accents
    ("<p>Τελευταία ενημέρωση: 5 Μαρτίου 2024</p>", "el"),
    ("<p>ΤΕΛΕΥΤΑΙΑ ΕΝΗΜΕΡΩΣΗ: 05/03/2024</p>", "el"),
    # Estonian, Latvian (locative month), Lithuanian (year first)
    ("<p>Viimati uuendatud: 05.03.2024</p>", "et"),
    ("<p>Atjaunināts: 2024. gada 5. martā</p>", "lv"),
    ("<p>Paskutinį kartą atnaujinta 2024 m. kovo 5 d.</p>", "lt"),
    ("<p>Atnaujinta: 2024-03-05</p>", "lt"),
    # Icelandic, Catalan, Galician, Basque
    ("<p>Síðast uppfært: 5. mars 2024</p>", "is"),
    ("<p>Darrera actualització: 5 de març de 2024</p>", "ca"),
    ("<p>Data de actualización: 5 de marzo de 2024</p>", "gl"),
    ("<p>Azken eguneratzea: 2024ko martxoaren 5a</p>", "eu"),
    ("<p>Azken eguneratzea: 2024/03/05</p>", "eu"),
    # Welsh (GOV.UK's Welsh chrome), Irish
    ("<p>Diweddarwyd ddiwethaf: 5 Mawrth 2024</p>", "cy"),
    ("<p>Nuashonraithe go deireanach: 5 Márta 2024</p>", "ga"),
    # Turkish ("Son güncelleme tarihi: 2026-04-29 UTC." in a docs template)
    ("<p>Son güncelleme tarihi: 5 Mart 2024</p>", "tr"),
    ("<p>Son Güncelleme: 05.03.2024</p>", "tr"),
    # Indonesian, Malay ("Tarikh Kemaskini: 14 Disember 2025", "Kemas kini terakhir")
    ("<p>Terakhir diperbarui: 5 Maret 2024</p>", "id"),
    ("<p>Kemaskini Terakhir : 05 Mac 2024</p>", "ms"),
    ("<p>Tarikh kemas kini: 05/03/2024</p>", "ms"),
    # Vietnamese
    ("<p>Cập nhật lần cuối: 05/03/2024</p>", "vi"),
    ("<p>Ngày cập nhật: ngày 5 tháng 3 năm 2024</p>", "vi"),
    # Thai, Buddhist-era years (2567 = 2024), abbreviated months, Thai digits
    ("<p>ปรับปรุงล่าสุด: 5 มีนาคม 2567</p>", "th"),
    ("<p>ปรับปรุงล่าสุดเมื่อ 5 มี.ค. 2567</p>", "th"),
    ("<p>แก้ไขล่าสุด ๕ มี.ค. ๒๕๖๗</p>", "th"),
    # Hebrew, Arabic (also with Arabic-Indic digits)
    ("<p>עודכן לאחרונה: 05.03.2024</p>", "he"),
    ("<p>آخر تحديث: 5 مارس 2024</p>", "ar"),
    ("<p>تاريخ آخر تحديث: ٠٥/٠٣/٢٠٢٤</p>", "ar"),
    # Korean: "최종수정일 : 2024.03.05", "2024. 3. 5.", "2024년 3월 5일"
    ("<p>최종수정일 : 2024.03.05</p>", "ko"),
    ("<p>콘텐츠 최종수정일 2024. 3. 5.</p>", "ko"),
    ("<p>최종 업데이트: 2024년 3월 5일</p>", "ko"),
    ("<p>담당부서 : 기술보급과 최종수정 : 2024.03.05</p>", "ko"),  # the content-manager box, without 일
    # Hindi ("अंतिम अद्यतन: २८.०५.२०२५" in a template, Devanagari digits), Bengali ("সর্বশেষ হালনাগাদ: ১ আগস্ট,
    # ২০২৬"; the Bangladesh portal's "সর্ব-শেষ হালনাগাদ"), Bengali digits
    ("<p>अंतिम अद्यतन: ०५.०३.२०२४</p>", "hi"), ("<p>अंतिम अपडेट तिथि: 5 मार्च 2024</p>", "hi"),
    ("<p>সর্ব-শেষ হালনাগাদ: ২০২৪-০৩-০৫</p>", "bn"), ("<p>সর্বশেষ হালনাগাদ: ৫ মার্চ, ২০২৪</p>", "bn"),
    # Serbian Cyrillic (genitive month and "године"), Macedonian, Albanian, Swahili, Afrikaans, Azerbaijani,
    # Georgian, Armenian, Belarusian, Kazakh, Maltese, Urdu
    ("<p>Последња измена: 5. марта 2024. године</p>", "sr"), ("<p>Последно ажурирање: 05.03.2024</p>", "mk"),
    ("<p>Përditësuar më: 5 mars 2024</p>", "sq"), ("<p>Ilisasishwa mwisho: 5 Machi 2024</p>", "sw"),
    ("<p>Laas opgedateer: 5 Maart 2024</p>", "af"), ("<p>Son yenilənmə: 05.03.2024</p>", "az"),
    ("<p>ბოლო განახლება: 05.03.2024</p>", "ka"), ("<p>Վերջին թարմացում: 05.03.2024</p>", "hy"),
    ("<p>Апошняе абнаўленне: 5 сакавіка 2024</p>", "be"), ("<p>Соңғы жаңарту: 05.03.2024</p>", "kk"),
    ("<p>L-aħħar aġġornament: 5 ta’ Marzu 2024</p>", "mt"), ("<p>آخری اپ ڈیٹ: 05/03/2024</p>", "ur"),
    # Chinese: simplified and traditional, and Taiwan's Republic-of-China years (113 = 2024)
    ("<p>更新日期：2024-03-05</p>", "zh-CN"),
    ("<p>最后更新：2024年3月5日</p>", "zh-CN"),
    ("<p>最後更新時間：2024/03/05</p>", "zh-TW"),
    ("<p>資料更新日期：113-03-05</p>", "zh-TW"),
    ("<p>發布日期：112-01-01 更新日期：113年3月5日</p>", "zh-TW"),
    # "本專案資料最後更新於112.03.17 17:40" (a Taiwanese page): "last updated" after other words, the date at once
    ("<p>本專案資料最後更新於113.03.05 17:40</p>", "zh-TW"),
]


@pytest.mark.parametrize("body, lang", LABELLED)
def test_labelled_dates_as_the_pages_write_them(body, lang):
    assert date_of(body, lang) == MARCH_5


# Publication labels and compounds: no review date.
NEAR_MISSES = [
    ("<p>Data publikacji: 05.03.2024</p>", "pl"), ("<p>Data wytworzenia: 05.03.2024</p>", "pl"),
    ("<p>Zveřejněno: 5. 3. 2024</p>", "cs"), ("<p>Dátum zverejnenia: 05.03.2024</p>", "sk"),
    ("<p>Közzétéve: 2024. március 5.</p>", "hu"),
    ("<p>Szerződésmódosítás: 2024. március 5.</p>", "hu"),  # a contract's amendment: a compound
    ("<p>Publicat: 5 martie 2024</p>", "ro"), ("<p>Objavljeno: 05. 03. 2024.</p>", "hr"),
    ("<p>Objavljeno: 5. 3. 2024</p>", "sl"), ("<p>Публикувано на 5 март 2024</p>", "bg"),
    ("<p>Опубликовано: 5 марта 2024</p>", "ru"), ("<p>Дата публікації: 5 березня 2024</p>", "uk"),
    ("<p>Δημοσιεύθηκε: 5 Μαρτίου 2024</p>", "el"), ("<p>Avaldatud: 05.03.2024</p>", "et"),
    ("<p>Publicēts: 05.03.2024</p>", "lv"), ("<p>Paskelbta: 2024-03-05</p>", "lt"),
    ("<p>Birt: 5. mars 2024</p>", "is"), ("<p>Data de publicació: 5 de març de 2024</p>", "ca"),
    ("<p>Data de publicación: 5 de marzo de 2024</p>", "gl"), ("<p>Argitaratze data: 2024/03/05</p>", "eu"),
    ("<p>Cyhoeddwyd gyntaf: 5 Mawrth 2024</p>", "cy"), ("<p>Foilsithe: 5 Márta 2024</p>", "ga"),
    ("<p>Yayın tarihi: 5 Mart 2024</p>", "tr"),
    ("<p>Fiyat güncellemesi 5 Mart 2024</p>", "tr"),  # "güncelleme" with a suffix: another word
    ("<p>Diterbitkan: 5 Maret 2024</p>", "id"), ("<p>Tarikh terbit: 05/03/2024</p>", "ms"),
    ("<p>Ngày đăng: 05/03/2024</p>", "vi"), ("<p>เผยแพร่เมื่อ 5 มีนาคม 2567</p>", "th"),
    ("<p>פורסם: 05.03.2024</p>", "he"), ("<p>تاريخ النشر: 5 مارس 2024</p>", "ar"),
    ("<p>등록일 : 2024.03.05</p>", "ko"), ("<p>게시일 2024-03-05</p>", "ko"),
    ("<p>계약수정일: 2024.03.05</p>", "ko"),  # a contract's modification date: a compound
    ("<p>최종수정안 2024.03.05</p>", "ko"),  # a final amendment proposal: a compound
    ("<p>प्रविष्टि तिथि: 05 MAR 2024</p>", "hi"),  # PIB's posting date
    ("<p>প্রকাশের তারিখ: ২০২৪-০৩-০৫</p>", "bn"), ("<p>Објављено: 5. марта 2024.</p>", "sr"),
    ("<p>Publikuar më: 5 mars 2024</p>", "sq"), ("<p>Imechapishwa: 5 Machi 2024</p>", "sw"),
    ("<p>Gepubliseer: 5 Maart 2024</p>", "af"), ("<p>გამოქვეყნდა: 05.03.2024</p>", "ka"),
    ("<p>Ippubblikat: 5 ta’ Marzu 2024</p>", "mt"),
    ("<p>发布日期：2024-03-05</p>", "zh-CN"), ("<p>發布日期：113-03-05</p>", "zh-TW"),
    ("<p>合同修改日期：2024-03-05</p>", "zh-CN"),  # a contract's: a compound
    ("<p>最近更新</p><ul><li>2024-03-05 关于印发通知</li></ul>", "zh-CN"),  # "recent updates": a list heading
]


@pytest.mark.parametrize("body, lang", NEAR_MISSES)
def test_publication_labels_and_compounds_give_no_date(body, lang):
    assert date_of(body, lang) is None


# A slashed numeric date after a label of each family is day-first: 04/03/2024 is 4 March, not 3 April.
DAY_FIRST_LABELS = [
    ("Ostatnia aktualizacja", "pl"), ("Poslední aktualizace", "cs"), ("Posledná aktualizácia", "sk"),
    ("Ultima actualizare", "ro"), ("Posljednje ažuriranje", "hr"), ("Zadnja sprememba", "sl"),
    ("Последна актуализация", "bg"), ("Последнее обновление", "ru"), ("Останнє оновлення", "uk"),
    ("Τελευταία ενημέρωση", "el"), ("Viimati muudetud", "et"), ("Síðast uppfært", "is"),
    ("Darrera actualització", "ca"), ("Diweddarwyd ddiwethaf", "cy"), ("Son güncelleme", "tr"),
    ("Terakhir diperbarui", "id"), ("Kemaskini terakhir", "ms"), ("Cập nhật lần cuối", "vi"),
    ("עודכן לאחרונה", "he"), ("آخر تحديث", "ar"), ("अंतिम अद्यतन", "hi"), ("সর্বশেষ হালনাগাদ", "bn"),
    ("Последња измена", "sr"), ("Laas opgedateer", "af"), ("Son yenilənmə", "az"),
]


@pytest.mark.parametrize("label, lang", DAY_FIRST_LABELS)
def test_numeric_dates_after_the_new_labels_are_day_first(label, lang):
    assert date_of(f"<p>{label}: 04/03/2024</p>", lang) == dt.date(2024, 3, 4)
    # in a page whose lang says nothing (an English template on a translated page), the label decides
    assert date_of(f"<p>{label}: 04/03/2024</p>", "") == dt.date(2024, 3, 4)


@pytest.mark.parametrize("text, languages, expected", [
    ("2024. 3. 5.", ("ko",), MARCH_5), ("2024. 03. 05.", ("hu",), MARCH_5), ("2024. március 5.", ("hu",), MARCH_5),
    ("2024년 3월 5일", ("ko",), MARCH_5), ("2024 m. kovo 5 d.", ("lt",), MARCH_5),
    ("2024. gada 5. martā", ("lv",), MARCH_5), ("2024. gada 15. janvārī", ("lv",), dt.date(2024, 1, 15)),
    ("2024ko martxoaren 5a", ("eu",), MARCH_5), ("5 de xaneiro de 2024", ("gl",), dt.date(2024, 1, 5)),
    ("5 มี.ค. 2567", ("th",), MARCH_5), ("5 ธ.ค. 67", ("th",), dt.date(2024, 12, 5)),
    ("05/03/2567", ("th",), MARCH_5), ("113-03-05", ("zh",), MARCH_5), ("民國113年3月5日", ("zh",), MARCH_5),
    ("ngày 5 tháng 3 năm 2024", ("vi",), MARCH_5), ("٥ مارس ٢٠٢٤", ("ar",), MARCH_5),
    ("5. mart 2024.", ("hr",), MARCH_5), ("5 Μαρτίου 2024", ("el",), MARCH_5),
])
def test_date_formats_of_the_new_languages(text, languages, expected):
    assert parse_date_prefix(text, day_first=True, languages=languages)[0] == expected


@pytest.mark.parametrize("text, languages", [
    ("2567-03-05", ("en",)),  # a Buddhist-era year only on a Thai label or page
    ("113-03-05", ("ja",)),  # a Republic-of-China year only on a Chinese one
    ("2024. 2. 30.", ("ko",)), ("2024년 13월 1일", ("ko",)), ("5 tháng 13 năm 2024", ("vi",)),
])
def test_eras_and_invalid_dates_are_not_guessed(text, languages):
    assert parse_date_prefix(text, day_first=True, languages=languages) is None


def test_next_review_labels_of_the_new_languages():
    found = extract_review_date(page("<p>Ostatnia aktualizacja: 05.03.2024</p>"
                                     "<p>Data następnej aktualizacji: 05.03.2025</p>", "pl"))
    assert found.date == MARCH_5 and found.next_review_due == dt.date(2025, 3, 5)
    found = extract_review_date(page("<p>최종수정일 : 2024.03.05</p><p>다음 검토 예정일: 2025.03.05</p>", "ko"))
    assert found.date == MARCH_5 and found.next_review_due == dt.date(2025, 3, 5)


def test_labels_are_tokens_and_element_boundaries_separate_them():
    # "Aktualizacja" inside a longer word is none; a link's words never join the label
    assert date_of("<p>Nieaktualizacja 05.03.2024</p>", "pl") is None
    assert date_of('<p>Zobacz <a href="/x">politykę prywatności</a></p><p>Ostatnia aktualizacja: 05.03.2024</p>',
                   "pl") == MARCH_5
    # Chinese and Korean: a sibling element is a boundary, not a compound
    assert date_of("<p><span>打印</span><span>更新日期：2024-03-05</span></p>", "zh-CN") == MARCH_5


def test_every_stem_calls_for_the_languages_that_use_it():
    from audits.freshness import labels
    for stem in languages.STEMS:  # a stem no pattern contains would call for no language at all
        assert labels._stem_languages(stem), stem
    bits = labels._LANGUAGE_BIT
    assert labels._stem_languages("aktualiz") == bits["pl"] | bits["cs"] | bits["sk"] | bits["lv"]
    assert labels._stem_languages("更新") == bits["zh"] | bits["ja"]  # 次回更新: a Japanese next-review label
