"""Turn the few characters right after a label into a calendar date, or refuse.

Numeric and ISO dates are read here (the day/month order is a decision, not a
guess: page language, label language or config). Dates written with month
names go to dateparser, but only the exact span that looks like a date
(day, month word and year, or month word and year), with STRICT_PARSING and
REQUIRE_PARTS, so it never invents a date from a bare number or a lone year.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import re
from functools import lru_cache

from dateparser.data.languages_info import language_order
from dateparser.date import DateDataParser
from dateparser.languages.loader import default_loader

MIN_YEAR, MAX_YEAR = 1990, 2100
_KNOWN_LANGUAGES = frozenset(language_order)  # what dateparser can read

# Languages whose numeric dates are month-first; everything else is day-first.
_MONTH_FIRST_LANGS = {"en", "en-us", "en-ca", "en-ph", "en-um", "en-as", "en-gu", "en-pr", "en-vi", "fil"}

_WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    "lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|"
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim|"
    "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so"
)
_WEEKDAY_RE = re.compile(rf"(?:{_WEEKDAYS})\.?,?[\s\u00a0]+(?:den[\s\u00a0]+)?", re.IGNORECASE)  # "Dienstag, den 5."
_DAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@lru_cache(maxsize=64)
def _weekday_names(languages: tuple[str, ...]) -> re.Pattern[str] | None:
    """The full weekday names of the date's languages, from dateparser's locale data ("martedì", "terça-feira",
    "dinsdag", "tisdag", "tiistaina", "wtorek", "úterý"): a weekday before the date is skipped in every
    language dateparser knows, not only the few in _WEEKDAYS. Names of three letters or fewer are left out
    ("ma", "di", "ti" and "mar" are also words and months)."""
    names: set[str] = set()
    for lang in languages:
        try:
            info = default_loader.get_locale(lang).info
        except Exception:  # noqa: BLE001 - a language dateparser lists but cannot load: no weekday names
            continue
        for key in _DAY_KEYS:
            names.update(name.lower() for name in info.get(key, [])
                         if len(name) > 3 and all(char.isalpha() or char == "-" for char in name))
    if not names:
        return None
    alternation = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?:{alternation})(?![^\W\d_])\.?,?[\s\u00a0]+(?:den[\s\u00a0]+)?", re.IGNORECASE)
_TIME_RE = re.compile(r"\d{1,2}[:.h]\d{2}(?::\d{2})?(?:[\s\u00a0]*(?:[ap]\.?[\s\u00a0]?m\.?|uhr|h))?"
                      r"(?:[\s\u00a0]+[A-Z]{2,5}(?![a-z]))?[\s\u00a0]*[,|·–-]?[\s\u00a0]*(?:on[\s\u00a0]+)?",
                      re.IGNORECASE)
_DASHES = str.maketrans({char: "-" for char in "\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d"})
# Full-width, Arabic-Indic, Persian, Thai, Devanagari and Bengali digits are read as 0-9 (one character for one).
_FULL_WIDTH = str.maketrans({chr(base + i): str(i) for base in (0xFF10, 0x0660, 0x06F0, 0x0E50, 0x0966, 0x09E6)
                             for i in range(10)}
                            | {"\uff0f": "/", "\uff0e": "."})
# Japanese: 2024年3月8日, 令和6年3月8日, 平成30年..., 元年 = the era's first year.
# Chinese (Taiwan): 民國113年 = 2024 (the Republic's first year is 1912).
_ERAS = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019, "民國": 1912, "民国": 1912}
# The other calendar's year may follow in brackets: 平成29年(2017年)10月27日, 2017年(平成29年)10月27日.
_JA_RE = re.compile(r"(?:(明治|大正|昭和|平成|令和|民國|民国)[\s\u00a0]*(\d{1,3}|元)|(\d{4}))[\s\u00a0]*年[\s\u00a0]*"
                    r"(?:[(（][\s\u00a0]*(?:(明治|大正|昭和|平成|令和)[\s\u00a0]*(\d{1,3}|元)|(\d{4}))[\s\u00a0]*年?"
                    r"[\s\u00a0]*[)）][\s\u00a0]*)?"
                    r"(\d{1,2})[\s\u00a0]*月(?:[\s\u00a0]*(\d{1,2})[\s\u00a0]*日)?")
# Taiwan's government pages also write the Republic's year bare: 113-03-08, 113/3/8, 113年3月8日.
_ROC_RE = re.compile(r"(1\d{2})(?:[\s\u00a0]*年[\s\u00a0]*(\d{1,2})[\s\u00a0]*月[\s\u00a0]*(\d{1,2})[\s\u00a0]*日?"
                     r"|([-/.])(\d{1,2})\4(\d{1,2}))(?![\d])")
_KO_SHORT_RE = re.compile(r"(\d{2})([./-])(\d{1,2})\2(\d{1,2})(?![\d])")
_KO_RE = re.compile(r"(\d{4})[\s\u00a0]*년[\s\u00a0]*(\d{1,2})[\s\u00a0]*월(?:[\s\u00a0]*(\d{1,2})[\s\u00a0]*일)?")
# Year first: 2024-03-05, 2024/03/05, 2024.03.05, and with spaces after the dots (Korean and Hungarian
# "2024. 3. 5.", "2024. 03. 05.").
_ISO_RE = re.compile(r"(\d{4})(?:[\s\u00a0]?[-/][\s\u00a0]?|\.[\s\u00a0]?)(\d{1,2})"
                     r"(?:[\s\u00a0]?[-/][\s\u00a0]?|\.[\s\u00a0]?)(\d{1,2})(?![\d])")  # and "2024 - 03 - 05"
# Year, month word, day: "2024-Mar-05" (a log-style stamp some CMS templates print).
_YEAR_WORD_DAY_RE = re.compile(r"(\d{4})-([^\W\d_]{3,9})\.?-(\d{1,2})(?!\d)")
# Eight digits with no separators: "20240305". Read only right after a label (``parse_compact_date``): elsewhere an
# eight-digit number is an ID, a case number or a phone number.
_COMPACT_RE = re.compile(r"((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\w.,/-]?\d)")
# Vietnamese: "ngày 5 tháng 3 năm 2024", "5 tháng 3, 2024".
_VI_RE = re.compile(r"(?:ngày[\s\u00a0]+)?(\d{1,2})[\s\u00a0]+tháng[\s\u00a0]+(\d{1,2})[\s\u00a0]*,?[\s\u00a0]*"
                    r"(?:năm[\s\u00a0]+)?(\d{4})(?![\d])", re.IGNORECASE)
# Thai: "5 มีนาคม 2567", "5 มี.ค. 67" (Buddhist-era years: 2567 = 2024), with "พ.ศ." (B.E.) before the year.
_TH_RE = re.compile(r"(\d{1,2})[\s\u00a0]*([\u0e01-\u0e4e]+\.?(?:[\u0e01-\u0e4e]+\.)?)[\s\u00a0]*"
                    r"(?:(?:พ|ค)\.[\s\u00a0]?ศ\.[\s\u00a0]*)?(\d{4}|\d{2})(?![\d])")
# The abbreviated Thai months, which dateparser misreads (it takes มี.ค. for January).
_TH_ABBREVIATED = {"ม.ค.": 1, "ก.พ.": 2, "มี.ค.": 3, "เม.ย.": 4, "พ.ค.": 5, "มิ.ย.": 6, "ก.ค.": 7, "ส.ค.": 8,
                   "ก.ย.": 9, "ต.ค.": 10, "พ.ย.": 11, "ธ.ค.": 12}
_BE_YEAR = re.compile(r"(?<!\d)(25[3-9]\d|26[0-4]\d)(?!\d)")  # Buddhist era 2533-2649 = 1990-2106
_NUMERIC_MONTH_YEAR_RE = re.compile(r"(\d{1,2})[/.-](\d{4})(?![\d/.-])")
# "05/03/2024", "5. 3. 2024", and with a space either side of the separator: "05 / 03 / 2024", "05 . 03 . 2024"
_NUMERIC_RE = re.compile(r"(\d{1,2})[\s\u00a0]?([-/.])[\s\u00a0]?(\d{1,2})[\s\u00a0]?\2[\s\u00a0]?(\d{4}|\d{2})(?![\d])")
# A month in Roman numerals (Polish, Czech, Hungarian, Romanian official style): "5.III.2024", "5 III 2024 r."
_ROMAN_MONTHS = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
                 "XI": 11, "XII": 12}
_ROMAN_RE = re.compile(r"(\d{1,2})\.?[\s\u00a0]*(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?:\.[\s\u00a0]*|[\s\u00a0]+)"
                       r"(\d{4})(?![\d])")
# A month word: letters, and the vowel signs and viramas of the Indic scripts (मार्च, আগস্ট), which are marks.
_MONTH_WORD = r"(?:[^\W\d_]|[\u0900-\u0dff]){3,}\.?"
_SEP = r"[\s\u00a0]*[-/.,]?[\s\u00a0]*"
_DAY_FIRST_RE = re.compile(
    rf"(\d{{1,2}})(?:st|nd|rd|th|er|re|º|°|\.)?(?:[\s\u00a0]+(?:of|de|ta['’])[\s\u00a0]+|{_SEP})({_MONTH_WORD})"
    rf"(?:[\s\u00a0]+(?:de|del)[\s\u00a0]+|{_SEP})(\d{{4}}|'?\d{{2}})(?![\d])", re.IGNORECASE)
_MONTH_FIRST_RE = re.compile(
    rf"({_MONTH_WORD}){_SEP}(\d{{1,2}})(?:st|nd|rd|th)?{_SEP}(\d{{4}}|'\d{{2}})(?![\d:])", re.IGNORECASE)
# Year, month word, day: Hungarian "2024. március 5.", Lithuanian "2024 m. kovo 5 d.", Basque
# "2024ko martxoaren 5a"; and Latvian year, day, month: "2024. gada 5. martā".
_YEAR_FIRST_RE = re.compile(rf"(\d{{4}})(?:\.|[\s\u00a0]*m\.|ko)?[\s\u00a0]+({_MONTH_WORD})[\s\u00a0]+(\d{{1,2}})"
                            r"(?:\.|[\s\u00a0]*d\.|-?(?:ean|an|a)(?![^\W\d_]))?(?![\d])", re.IGNORECASE)
_LV_RE = re.compile(rf"(\d{{4}})\.?[\s\u00a0]*gad(?:a|ā)[\s\u00a0]+(\d{{1,2}})\.[\s\u00a0]*({_MONTH_WORD})",
                    re.IGNORECASE)
_MONTH_YEAR_RE = re.compile(rf"({_MONTH_WORD})(?:[\s\u00a0]+(?:de|del)[\s\u00a0]+|{_SEP})(\d{{4}})(?![\d])",
                            re.IGNORECASE)

_STRICT = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
           "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
_MONTH_ONLY = {"REQUIRE_PARTS": ["month", "year"], "PREFER_DAY_OF_MONTH": "first",
               "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}


def primary_language(language: str) -> str:
    return (language or "").strip().lower().replace("_", "-").split("-")[0]


def language_is_day_first(language: str) -> bool | None:
    """Day-first for en-GB, en-AU, es, fr, de...; month-first for en, en-US; None when unknown."""
    lang = (language or "").strip().lower().replace("_", "-")
    if not lang:
        return None
    if lang in _MONTH_FIRST_LANGS:
        return False
    if lang.startswith("en-"):
        return True
    return lang != "en"


def _valid(year: int, month: int, day: int) -> dt.date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _full_year(text: str) -> int:
    year = int(text.lstrip("'"))
    if len(text.lstrip("'")) == 2:
        year += 2000 if year < 70 else 1900
    return year


@lru_cache(maxsize=64)
def _parser(languages: tuple[str, ...], month_only: bool) -> DateDataParser:
    return DateDataParser(languages=list(languages), settings=_MONTH_ONLY if month_only else _STRICT)


@lru_cache(maxsize=4096)
def _dateparser(text: str, languages: tuple[str, ...], month_only: bool = False) -> dt.date | None:
    try:
        data = _parser(languages, month_only).get_date_data(text)
    except Exception:  # noqa: BLE001 - a third-party parser on untrusted text: one odd label is no date
        return None
    if data is None or data.date_obj is None:
        return None
    if month_only and data.period not in ("month", "day"):
        return None
    return _valid(data.date_obj.year, data.date_obj.month, data.date_obj.day)


# Languages read together with another: Croatian pages of the region also write Serbian/Bosnian Latin month
# names ("5. mart 2024"), which dateparser's hr does not know.
_ALSO = {"hr": ("bs",), "sr": ("sr-Latn", "bs"), "bs": ("hr",)}


def _languages(languages: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    seen: list[str] = []
    for lang in list(languages) + ["en"]:
        lang = primary_language(lang)
        for known in (lang, *_ALSO.get(lang, ())):
            if known in _KNOWN_LANGUAGES and known not in seen:
                seen.append(known)
    return tuple(seen)


def _month_forms(word: str) -> list[str]:
    """The month word as written, then its nominative where a case ending hides it from dateparser:
    Basque genitive "martxoaren" (martxoa), Latvian locative "martā" (marts), "janvārī" (janvāris), Serbian
    genitive "марта" (март)."""
    forms = [word]
    lower = word.lower()
    if lower.endswith("ren"):
        forms.append(word[:-3])
    if lower.endswith("ā"):
        forms.append(word[:-1] + "s")
    elif lower.endswith("ī"):
        forms.append(word[:-1] + "is")
    elif lower.endswith(("бра", "bra")):  # Serbian genitive: "септембра" (септембар), "oktobra" (oktobar)
        forms.append(word[:-2] + ("ар" if lower.endswith("бра") else "ar"))
    elif lower.endswith(("а", "a")):  # Serbian genitive: "марта" (март), "jula" (jul)
        forms.append(word[:-1])
    return forms


def _word_date(day: str, month: str, year: str, langs: tuple[str, ...]) -> dt.date | None:
    """A day, a month word and a year, in any order on the page, read by dateparser as "day month year"."""
    for form in _month_forms(month):
        date = _dateparser(f"{int(day)} {form} {year}", langs)
        if date:
            return date
    return None


def parse_date_prefix(text: str, *, day_first: bool = False,
                      languages: tuple[str, ...] | list[str] = ("en",)) -> tuple[dt.date, str] | None:
    """Read a date at the very start of ``text``: returns (date, the exact text read) or None.

    ``day_first`` decides ambiguous numeric dates; an order that gives no valid
    date falls back to the other one (09/26/2017 is read month-first anyway).
    """
    langs = _languages(languages)
    original, text = text, text.translate(_DASHES).translate(_FULL_WIDTH)  # one character for one  # "05‑Mar‑2024" with non-breaking hyphens or en dashes
    if "th" in langs:  # a Thai label or page: 2567 is the Buddhist era's year, 2024 (four digits for four)
        text = _BE_YEAR.sub(lambda year: str(int(year[1]) - 543), text)
    found = _parse_prefix(text, day_first, langs)
    return (found[0], original[:len(found[1])]) if found else None


def _parse_prefix(text: str, day_first: bool, langs: tuple[str, ...]) -> tuple[dt.date, str] | None:
    starts = [0]
    time = _TIME_RE.match(text)  # "10:15 AM, March 3, 2023", "14:02 Uhr, 3. März 2023"
    for offset in (0, time.end()) if time else (0,):
        if offset:
            starts.append(offset)
        weekday = _WEEKDAY_RE.match(text, offset)
        if weekday:  # "Monday, March 3, 2023"; tried after the plain start because "Mar" is also a French weekday
            starts.append(weekday.end())
        elif text[offset:offset + 1].isalpha() and (names := _weekday_names(langs)) is not None:
            weekday = names.match(text, offset)
            if weekday:  # "martedì 5 marzo 2024", "terça-feira, 5 de março de 2024"
                starts.append(weekday.end())
    for start in starts:
        found = _parse_at(text, start, day_first, langs)
        if found:
            return found
    return None


def _japanese_year(era: str | None, era_year: str | None, year: str | None) -> int:
    """平成29 = 2017 (元 is an era's first year), or the Western year as written."""
    if era:
        return _ERAS[era] + (1 if era_year == "元" else int(era_year)) - 1
    return int(year or 0)


def _parse_at(text: str, start: int, day_first: bool, langs: tuple[str, ...]) -> tuple[dt.date, str] | None:
    rest = text[start:start + 60]
    if "zh" in langs:
        roc = _ROC_RE.match(rest)
        if roc:
            year = int(roc[1]) + 1911
            month, day = (roc[2], roc[3]) if roc[2] else (roc[5], roc[6])
            date = _valid(year, int(month), int(day))
            return (date, text[:start + roc.end()]) if date else None
    korean = _KO_RE.match(rest)
    if korean:
        date = _valid(int(korean[1]), int(korean[2]), int(korean[3] or 1))
        return (date, text[:start + korean.end()]) if date else None
    vietnamese = _VI_RE.match(rest)
    if vietnamese:
        date = _valid(int(vietnamese[3]), int(vietnamese[2]), int(vietnamese[1]))
        return (date, text[:start + vietnamese.end()]) if date else None
    thai = _TH_RE.match(rest)
    if thai:
        year = _full_year(thai[3]) if len(thai[3]) == 4 else int(thai[3]) + 1957  # 67 = 2567 BE = 2024
        month = _TH_ABBREVIATED.get(thai[2])
        date = _valid(year, month, int(thai[1])) if month else _word_date(thai[1], thai[2], str(year), ("th",))
        if date:
            return date, text[:start + thai.end()]
    japanese = _JA_RE.match(rest)
    if japanese:
        era, era_year, year, other_era, other_era_year, other_year, month, day = japanese.groups()
        years = {_japanese_year(era, era_year, year)}
        if other_era or other_year:
            years.add(_japanese_year(other_era, other_era_year, other_year))
        date = _valid(years.pop(), int(month), int(day or 1)) if len(years) == 1 else None  # two years: refuse
        return (date, text[:start + japanese.end()]) if date else None
    if langs[:1] == ("ko",):  # Korean writes short dates year first: 24.03.05 is 2024-03-05, never 24 March 2005
        short = _KO_SHORT_RE.match(rest)
        if short:
            date = _valid(2000 + int(short[1]), int(short[3]), int(short[4]))
            return (date, text[:start + short.end()]) if date else None
    iso = _ISO_RE.match(rest)
    if iso:
        date = _valid(int(iso[1]), int(iso[2]), int(iso[3]))
        return (date, text[:start + iso.end()]) if date else None

    year_word_day = _YEAR_WORD_DAY_RE.match(rest)
    if year_word_day:
        date = _word_date(year_word_day[3], year_word_day[2], year_word_day[1], langs)
        if date:
            return date, text[:start + year_word_day.end()]

    numeric = _NUMERIC_RE.match(rest)
    if numeric:
        first, second, year = int(numeric[1]), int(numeric[3]), _full_year(numeric[4])
        if numeric[2] == ".":
            day_first = True  # 01.02.2024 is day-first everywhere it is written
        orders = [(second, first), (first, second)] if day_first else [(first, second), (second, first)]
        for month, day in orders:
            date = _valid(year, month, day)
            if date:
                return date, text[:start + numeric.end()]
        return None

    roman = _ROMAN_RE.match(rest)
    if roman:
        date = _valid(int(roman[3]), _ROMAN_MONTHS[roman[2]], int(roman[1]))
        return (date, text[:start + roman.end()]) if date else None

    month_year = _NUMERIC_MONTH_YEAR_RE.match(rest)  # "03/2024": the first of the month
    if month_year:
        date = _valid(int(month_year[2]), int(month_year[1]), 1)
        return (date, text[:start + month_year.end()]) if date else None

    for pattern in (_DAY_FIRST_RE, _MONTH_FIRST_RE):
        match = pattern.match(rest)
        if match:
            date = _dateparser(match.group(0).replace("'", ""), langs)
            if date is None and pattern is _DAY_FIRST_RE:  # Galician "5 de marzo de 2024": the words alone
                date = _word_date(match[1], match[2], match[3], langs) if match[3].isdigit() else None
            if date:
                return date, text[:start + match.end()]

    year_first = _YEAR_FIRST_RE.match(rest)
    if year_first:
        date = _word_date(year_first[3], year_first[2], year_first[1], langs)
        if date:
            return date, text[:start + year_first.end()]
    latvian = _LV_RE.match(rest)
    if latvian:
        date = _word_date(latvian[2], latvian[3], latvian[1], langs)
        if date:
            return date, text[:start + latvian.end()]

    month_year = _MONTH_YEAR_RE.match(rest)
    if month_year:
        date = _dateparser(month_year.group(0), langs, True)
        if date:
            return date, text[:start + month_year.end()]
    return None


def parse_compact_date(text: str) -> tuple[dt.date, str] | None:
    """"20240305" at the start of ``text``, a date only where a label stands right before it."""
    match = _COMPACT_RE.match(text)
    date = _valid(int(match[1]), int(match[2]), int(match[3])) if match else None
    return (date, match.group(0)) if date and match else None


def parse_machine_date(value: str, *, day_first: bool = False) -> dt.date | None:
    """A date from metadata: ISO 8601 first (``2024-01-15T10:00:00-05:00``), then a written date."""
    value = (value or "").strip()[:100]
    if not value:
        return None
    parsed = parse_date_prefix(value, day_first=day_first)
    return parsed[0] if parsed else None


def parse_http_date(value: str | None) -> dt.date | None:
    """RFC 9110 HTTP-date (``Tue, 26 Sep 2017 10:00:00 GMT``) from a Last-Modified header."""
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(dt.timezone.utc)
    return _valid(parsed.year, parsed.month, parsed.day)


def parse_sitemap_date(value: str | None) -> dt.date | None:
    """W3C datetime from a sitemap <lastmod>: only full dates (YYYY-MM-DD...) count."""
    match = _ISO_RE.match((value or "").strip())
    if not match or "-" not in match.group(0):
        return None
    return _valid(int(match[1]), int(match[2]), int(match[3]))
