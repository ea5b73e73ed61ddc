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
_WEEKDAY_RE = re.compile(rf"(?:{_WEEKDAYS})\.?,?[\s\u00a0]+", re.IGNORECASE)
_TIME_RE = re.compile(r"\d{1,2}[:.h]\d{2}(?::\d{2})?(?:[\s\u00a0]*(?:[ap]\.?[\s\u00a0]?m\.?|uhr|h))?"
                      r"(?:[\s\u00a0]+[A-Z]{2,5}(?![a-z]))?[\s\u00a0]*[,|·–-]?[\s\u00a0]*(?:on[\s\u00a0]+)?",
                      re.IGNORECASE)
_DASHES = str.maketrans({char: "-" for char in "\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d"})
_FULL_WIDTH = str.maketrans({chr(0xFF10 + i): str(i) for i in range(10)} | {"\uff0f": "/", "\uff0e": "."})
# Japanese: 2024年3月8日, 令和6年3月8日, 平成30年..., 元年 = the era's first year.
_ERAS = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019}
_JA_RE = re.compile(r"(?:(明治|大正|昭和|平成|令和)[\s\u00a0]*(\d{1,2}|元)|(\d{4}))[\s\u00a0]*年[\s\u00a0]*(\d{1,2})"
                    r"[\s\u00a0]*月(?:[\s\u00a0]*(\d{1,2})[\s\u00a0]*日)?")
_ISO_RE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])")
_NUMERIC_MONTH_YEAR_RE = re.compile(r"(\d{1,2})[/.-](\d{4})(?![\d/.-])")
_NUMERIC_RE = re.compile(r"(\d{1,2})([-/.])[\s\u00a0]?(\d{1,2})\2[\s\u00a0]?(\d{4}|\d{2})(?![\d])")
_MONTH_WORD = r"[^\W\d_]{3,}\.?"
_SEP = r"[\s\u00a0]*[-/.,]?[\s\u00a0]*"
_DAY_FIRST_RE = re.compile(
    rf"(\d{{1,2}})(?:st|nd|rd|th|er|re|º|°|\.)?(?:[\s\u00a0]+(?:of|de)[\s\u00a0]+|{_SEP})({_MONTH_WORD})"
    rf"(?:[\s\u00a0]+(?:de|del)[\s\u00a0]+|{_SEP})(\d{{4}}|'?\d{{2}})(?![\d])", re.IGNORECASE)
_MONTH_FIRST_RE = re.compile(
    rf"({_MONTH_WORD}){_SEP}(\d{{1,2}})(?:st|nd|rd|th)?{_SEP}(\d{{4}}|'\d{{2}})(?![\d:])", re.IGNORECASE)
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


def _languages(languages: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    seen: list[str] = []
    for lang in list(languages) + ["en"]:
        lang = primary_language(lang)
        if lang in _KNOWN_LANGUAGES and lang not in seen:
            seen.append(lang)
    return tuple(seen)


def parse_date_prefix(text: str, *, day_first: bool = False,
                      languages: tuple[str, ...] | list[str] = ("en",)) -> tuple[dt.date, str] | None:
    """Read a date at the very start of ``text``: returns (date, the exact text read) or None.

    ``day_first`` decides ambiguous numeric dates; an order that gives no valid
    date falls back to the other one (09/26/2017 is read month-first anyway).
    """
    langs = _languages(languages)
    original, text = text, text.translate(_DASHES).translate(_FULL_WIDTH)  # one character for one  # "05‑Mar‑2024" with non-breaking hyphens or en dashes
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
    for start in starts:
        found = _parse_at(text, start, day_first, langs)
        if found:
            return found
    return None


def _parse_at(text: str, start: int, day_first: bool, langs: tuple[str, ...]) -> tuple[dt.date, str] | None:
    rest = text[start:start + 60]
    japanese = _JA_RE.match(rest)
    if japanese:
        era, era_year, year, month, day = japanese.groups()
        if era:
            year = _ERAS[era] + (1 if era_year == "元" else int(era_year)) - 1
        date = _valid(int(year), int(month), int(day or 1))
        return (date, text[:start + japanese.end()]) if date else None
    iso = _ISO_RE.match(rest)
    if iso:
        date = _valid(int(iso[1]), int(iso[2]), int(iso[3]))
        return (date, text[:start + iso.end()]) if date else None

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

    month_year = _NUMERIC_MONTH_YEAR_RE.match(rest)  # "03/2024": the first of the month
    if month_year:
        date = _valid(int(month_year[2]), int(month_year[1]), 1)
        return (date, text[:start + month_year.end()]) if date else None

    for pattern in (_DAY_FIRST_RE, _MONTH_FIRST_RE):
        match = pattern.match(rest)
        if match:
            date = _dateparser(match.group(0).replace("'", ""), langs)
            if date:
                return date, text[:start + match.end()]

    month_year = _MONTH_YEAR_RE.match(rest)
    if month_year:
        date = _dateparser(month_year.group(0), langs, True)
        if date:
            return date, text[:start + month_year.end()]
    return None


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
