"""Find a page's review/update date in the HTML the crawl already fetched.

Most trusted first: a visible labelled date ("Page last reviewed: March 3,
2023"), then structured metadata (meta tags, JSON-LD, microdata). The weak
sources (sitemap <lastmod>, HTTP Last-Modified) say when a file or a cache
entry changed, not when a person reviewed the page: they are used only when
switched on, and otherwise reported as hints (``weak_hints``). Within a
source the most recent date counts. Dates that are not introduced by a review/update
label are never read from the text, so copyright years, posted, event,
effective and filing dates never become the review date.
"""
from __future__ import annotations

import bisect
import datetime as dt
import itertools
import json
import re
from dataclasses import dataclass, field
from html import unescape as decode_entities
from typing import Any, Iterator
from urllib.parse import urlsplit

from lxml import etree

from crawler.extract import css_selector

from .labels import LabelMatch, about_the_page, find_labels, label_at, review_or_due
from .parse import (language_is_day_first, parse_compact_date, parse_date_prefix, parse_http_date, parse_machine_date,
                    parse_sitemap_date, primary_language)

MAX_HTML_CHARS = 3_000_000
EVIDENCE_CHARS = 200
MAX_LABELS = 300  # a page with more review labels is a listing; the rest are not read
_WINDOW = 120  # characters after a label where its date may start (a line break and its indentation count as one)
_RAW_WINDOW = 1200  # the same, with markup whitespace counted
_BLANK_RUN = re.compile(r"[ \t\u00a0]*\n[\s\u00a0]*")  # a line break plus the indentation around it
# "de las Preguntas Frecuentes:", "for this section:": at most five words, no digits, then a colon;
# or who reviewed it, then "on": "by the Clinical Content Team on"; or a colon, who changed it, a bracket.
_BY_CLAUSE = (r"(?:by|par|por|von|durch)[ \t\u00a0]+(?:[^\s:;.!?]+[ \t\u00a0]+){0,6}?(?:on|le|el|am)"
              r"(?=[ \t\u00a0])")
_QUALIFIER = re.compile(r"[ \t\u00a0]+(?:(?:[^\W\d_][\w'’.-]*[ \t\u00a0]+){0,4}[^\W\d_][\w'’.-]*[ \t\u00a0]*[:：]"
                        # "Page last reviewed by the Clinical Content Team on 5 March 2024"
                        rf"|{_BY_CLAUSE})"
                        # who changed it, then the date in brackets (a Polish BIP record box, "metryczka"):
                        # "Ostatnia zmiana: Sebastian Mazur (1 marca 2006, 20:29:52)"
                        r"|[ \t\u00a0]*[:：][ \t\u00a0]*(?:[^\W\d_][\w'’.-]*[ \t\u00a0]+){0,3}[^\W\d_][\w'’.-]*"
                        r"[ \t\u00a0]*(?=[(\[（［])"
                        # the time zone of a generated stamp in brackets: "Last updated (UTC): 2024-03-05 10:00"
                        r"|[ \t\u00a0]*\((?:UTC|GMT|[A-Z]{2,4}T)(?:[+-]\d{1,2}(?::?\d{2})?)?\)[ \t\u00a0]*[:：]",
                        re.IGNORECASE)
# A weak label at the start of its line may name who made the change too: "Mis à jour par la Direction le 5 mars".
_WEAK_BY = re.compile(rf"[ \t\u00a0]+{_BY_CLAUSE}", re.IGNORECASE)
# who changed it by name, then a comma and the date: "Stránka byla upravena uživatelem Bc. Lucie Vargová,
# 6. 6. 2018.", "Last updated by Jane Smith, 5 March 2024". The name is 1 to 4 capitalised words or titles
# ("Bc.", "Dr."); anything else ("by the agency, see below") is no name.
# Swedish writes the name with no comma before the date ("Uppdaterad av Anna Svensson 3 mars 2024"): a name
# may also end where the date's first digit starts.
_BY_NAME = re.compile(r"[ \t\u00a0]+(?:by|uživatelem|uživatelkou|používateľom|používateľkou|przez|von|par|por|av)"
                      r"(?:[ \t\u00a0]*[:：])?[ \t\u00a0]+(?P<name>(?:[^\W\d_]{1,4}\.[ \t\u00a0]+|[^\W\d_][\w'’-]*[ \t\u00a0]+){0,3}"
                      r"[^\W\d_][\w'’-]*)(?:,(?=[ \t\u00a0])|(?=[ \t\u00a0]+\d))", re.IGNORECASE)
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "math", "head", "title", "select", "textarea",
              "button", "iframe", "object"}
_BLOCK_TAGS = {"address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt", "fieldset",
               "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
               "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
               "thead", "tr", "ul", "body", "html", "center", "caption"}
_ITEM_TAGS = {"li", "article", "tr"}
_CODE_SAMPLE = re.compile(r"<[a-zA-Z/!]")  # escaped markup inside <pre>/<code>: a code example
_NAV_ITEM_TAGS = {"li", "p", "dd", "dt", "td", "div"}  # the line of a <nav> a label sits in
# Between a label and its date: punctuation, quotes, code marks and opening brackets ("5 March 2024",
# `2024-03-05`, 更新日:[2022年3月9日]), blank lines and small words ("on", "am", "le", "el", "em").
_CONNECTOR = re.compile(r"(?:[\s\u00a0:：=\-‐‑–—|»>›→•·\"'`“”„‘’‚«‹(\[（［【]|\b(?:on|in|am|le|el|du|vom|at|is|was|as of|as at|"
                        r"the|a fecha de|a|al|el día|día|dia|au|zum|per|em|"
                        # "z dnia", "dne", "dňa", "dana", "la", "pe", "на", "от", "στις", "pada", "vào", "في"
                        r"z dnia|dnia|dne|dňa|dana|la|pe|na|на|от|στις|pada|tanggal|vào|في|بتاريخ)\b"
                        # a template's untranslated field name before its machine date (service-public.fr's
                        # comarquage: "Mis à jour le modified 2016-12-13")
                        r"|\b(?:modified|updated)(?=[\s\u00a0]+\d{4}-\d{2}-\d{2}\b))*",
                        re.IGNORECASE)
_ANCHOR_SKIP = " \t\u00a0|•·–—-*([{（［【"
_SEPARATORS = "|•·–—"
# "01/01/2020 10h00", "01/01/2020 às 10h00", "1 January 2020 at 10:00am", "01.01.2020 um 10:00 Uhr": the time
_TRAILING_TIME = re.compile(r"[\s\u00a0]*,?[\s\u00a0]+(?:(?:às|as|at|à|a las|um|alle ore|alle|kl\.?|klo|[-–|])"
                            r"[\s\u00a0]+)?\d{1,2}[:h.]\d{2}(?::\d{2})?(?:[\s\u00a0]*(?:[ap]\.?m\.?|uhr|h))?$",
                            re.IGNORECASE)
_SPACED_HYPHEN = re.compile(r"[\s\u00a0]-[\s\u00a0]")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_INNER_CAPITAL = re.compile(r"[\s\u00a0]+(?=[^\W\d_])")  # a word start inside a label
# A reference list or a source note: a label there dates the work cited, not this page.
_CITATION = re.compile(r"\b(?:retrieved (?:from|on)|accessed|available (?:at|from|online)|consulté le|abgerufen am|"
                       r"consultado el|doi:)", re.IGNORECASE)

META_MODIFIED = {
    "article:modified_time", "og:updated_time", "og:modified_time", "article:modified", "dcterms.modified",
    "dc.date.modified", "dc.modified", "dcterms.date.modified", "dc.date.updated", "dc.date.reviewed",
    "dcterms.reviewed", "last-modified", "lastmodified", "last_modified", "last-updated", "lastupdated",
    "last_updated", "revised", "datemodified", "date_modified", "date.modified", "modified", "lastreviewed",
    "last-reviewed", "date.reviewed", "review_date", "reviewed", "page-last-reviewed", "updated",
    "govuk:public-updated-at",
}
_LOCALE_META = {"og:locale", "content-language", "language", "dc.language", "dcterms.language", "locale"}
# 19/09/2018 or 19-09-2018 (the same separator twice); dotted dates are day-first everywhere anyway
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(?P<first>\d{1,2})(?P<sep>[/-])(?P<second>\d{1,2})(?P=sep)(?:\d{4}|\d{2})"
                           r"(?![\d/-])")
_JSONLD_KEYS = ("dateModified", "lastReviewed")
_JSONLD_WRAPPER = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_JSONLD_DATE_KEY = re.compile(r'"(?P<key>dateModified|lastReviewed)"\s*:\s*(?:\{\s*"@value"\s*:\s*)?'
                              r'"(?P<value>\d{4}-\d{2}-\d{2}(?:[T ][0-9:.+\-Z]{0,30})?)"')
_MICRODATA_PROPS = {"datemodified", "lastreviewed"}


@dataclass
class ReviewDate:
    """What the page says about its review date. ``date`` is None when a label had no readable date."""

    date: dt.date | None
    source: str | None  # text, meta, jsonld, microdata, http, sitemap (None: only a next-review-due date)
    evidence: str = ""
    selector: str = ""
    next_review_due: dt.date | None = None
    due_evidence: str = ""
    due_selector: str = ""
    candidates: list["Candidate"] = field(default_factory=list)


@dataclass
class Candidate:
    """One date (or dateless label) found on the page, before the most trusted, most recent one is chosen."""

    date: dt.date | None
    source: str
    evidence: str
    selector: str = ""
    kind: str = "review"  # or "due"
    label: str = ""
    element: Any = None


def clip(text: str, limit: int = EVIDENCE_CHARS) -> str:
    text = _SPACES.sub(" ", text or "").strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------- parsing the page


def _parse(html: str) -> etree._Element | None:
    if not html or not html.strip():
        return None
    data = html[:MAX_HTML_CHARS].encode("utf-8", "replace")
    try:  # plain lxml elements (not lxml.html's): noticeably faster to walk
        return etree.fromstring(data, parser=etree.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None


def _hidden(element: etree._Element) -> bool:
    return element.get("hidden") is not None or bool(_HIDDEN_STYLE.search(element.get("style") or ""))


def _drop(element: etree._Element) -> None:
    """Remove an element and its content, keeping the text that follows it (its tail)."""
    parent, tail = element.getparent(), element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


class _TextStream:
    """The visible text of the page as one string, with each character's element known.

    Changes the tree: comments, scripts, styles and hidden elements are removed first (their tails stay).
    """

    def __init__(self, root: etree._Element) -> None:
        etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, *_SKIP_TAGS, with_tail=False)
        for element in root.xpath("descendant-or-self::*[self::pre or self::code or self::xmp or self::listing]"):
            if _CODE_SAMPLE.search("".join(element.itertext())) and element.getparent() is not None:
                _drop(element)  # markup shown as a code example (a design system's pattern), not the page's
        for element in root.xpath("descendant-or-self::*[@hidden or @style]"):
            if _hidden(element) and element.getparent() is not None:
                _drop(element)
        parts: list[str] = []
        starts: list[int] = []
        elements: list[etree._Element] = []
        breaks: list[int] = []  # where a block or a link begins or ends: no label spans one
        pos = 0

        def add(text: str, element: etree._Element) -> None:
            nonlocal pos
            starts.append(pos)
            elements.append(element)
            parts.append(text)
            pos += len(text)

        jammed = False  # an inline element has just ended with no text after it: <span>Guidance</span><span>Last
        for event, element in etree.iterwalk(root, events=("start", "end")):
            is_block = element.tag in _BLOCK_TAGS
            if is_block or element.tag == "a":
                breaks.append(pos)
            if event == "start":
                if is_block:
                    add("\n", element)
                if element.text:
                    if jammed and parts[-1][-1:].isalnum() and element.text[:1].isalnum():
                        breaks.append(pos)  # two siblings' words, not one word: a CSS layout shows them apart
                        add(" ", element)
                    add(element.text, element)
                    jammed = False
            else:
                if is_block:
                    add("\n", element)
                if element.tail and element is not root:
                    add(element.tail, element.getparent())
                jammed = not is_block and not element.tail
        self.starts, self.elements, self.breaks = starts, elements, breaks
        self.text = "".join(parts)

    def element_at(self, pos: int) -> etree._Element:
        return self.elements[max(0, bisect.bisect_right(self.starts, pos) - 1)]

    def chunk_start(self, pos: int) -> int:
        return self.starts[max(0, bisect.bisect_right(self.starts, pos) - 1)]


# ---------------------------------------------------------------- visible labelled dates


def _own_label(stream: _TextStream, label: LabelMatch) -> LabelMatch:
    """The label as its own element holds it: words of a neighbour never join it.

    Element boundaries (blocks, links, list items) separate labels, so a "Privacy policy" link ending the
    paragraph before "Last reviewed: 3 March 2024" does not make a label "policy Last reviewed" (which, starting
    in a link, would be dropped). In text flattened onto one line, a capitalised word after a lower-case start
    does the same ("Privacy policy Last reviewed").
    """
    text, start = stream.text, label.start
    first = bisect.bisect_right(stream.breaks, label.start)
    last = bisect.bisect_left(stream.breaks, label.end)
    if first < last:
        start = stream.breaks[last - 1]
        while start < label.end and (text[start].isspace() or text[start] == "\u00a0"):
            start += 1
        # "Reprint<br>as at 1 July 2013": when the part after the boundary is no label, the label spans it
        return label_at(text, start, label.end, label.kind) or label
    if label.text[:1].islower():
        for word in _INNER_CAPITAL.finditer(label.text):
            if label.text[word.end()].isupper():
                inner = label_at(text, label.start + word.end(), label.end, label.kind)
                # a weak word inside a strong label is the label's own noun, as German capitalises them all
                # ("letzte Aktualisierung am"), not a neighbour's words before a label
                return inner if inner is not None and (inner.strong or not label.strong) else label
    return label


def _position(stream: _TextStream, label: LabelMatch) -> str | None:
    """Where a label stands: "line" (at the start of a line or element, after a separator or a sentence),
    "running" (inside running text: counts only with its date), or None (mid-sentence: not a label).

    In running text (a paragraph, a footer flattened onto one line) a label counts when it reads as a field
    (a strong label that is capitalised or has a colon; a capitalised weak one with a colon) or as a sentence
    about the page itself ("This page was revised on 3 March 2024."). "Last amended" of a law in running text is
    a source note, not a page's stamp; so is any label on a line that cites a work ("Retrieved from", "Accessed").
    """
    text, pos = stream.text, label.start
    while pos > 0 and text[pos - 1] in _ANCHOR_SKIP:
        pos -= 1
    if pos == 0 or text[pos - 1] == "\n" or stream.chunk_start(label.start) >= pos:
        return "line"
    if _cites_a_work(text, label.start):
        return None
    if "amend" in label.text.lower() and not about_the_page(label):
        return None  # "Privacy Act 1988, Last amended: 3 March 2024": a law's source note
    skipped = text[pos:label.start]
    # "© 2024 Agency | Last updated ...", "Allotment site list - last updated 22 February 2018" (a hyphen with
    # spaces either side is the typewriter's dash)
    if any(char in _SEPARATORS for char in skipped) or _SPACED_HYPHEN.search(skipped):
        return "line"
    before = text[pos - 1]
    if before in ";" or (before in ".!?:" and pos < label.start):
        return "line"
    first = label.text[:1]
    capital = first.isupper() or (first.isalpha() and first.lower() == first.upper())  # 更新日: no letter case
    colon = text[label.end:label.end + 2].lstrip().startswith((":", "："))
    # "Published: 21 May 2015 Last updated: 22 February 2024": a capitalised strong label right after a date.
    # A capitalised weak one too when the date ends a short stamp on its line (the publication date, two
    # inline spans flattened onto one line): "Publicado em 01/01/2020 10h00 Atualizado em 05/03/2024 10h15",
    # "Publié le 12 mars 2024 Mis à jour le 15 mars 2024".
    if capital and ((before.isdigit() and label.strong) or (not skipped.strip() and _stamp_before(text, pos, label))):
        return "line"
    # "Created March 3, 2020, Updated April 5, 2024": after a comma only a capitalised label or one with a colon,
    # or a label right after a date ("Erstellt am 01.01.2020, zuletzt aktualisiert am 12.03.2024", "Posted
    # 1 March 2024, updated 5 March 2024").
    if before == "," and (capital or colon or (text[pos - 2:pos - 1].isdigit() and _short_stamp(text, pos - 1))):
        return "line"
    # "14.5.2018 (aktualizováno: 14.5.2018 17:09)": a dateline's date, then its update in brackets, with a colon
    if colon and any(char in "([" for char in skipped) and _dateline_before(stream, pos, label.language):
        return "line"
    if about_the_page(label):
        return "running"
    if (label.strong and (capital or colon)) or (capital and colon):
        return "running"
    return None


def _dateline_before(stream: _TextStream, pos: int, language: str) -> bool:
    """All of the line (or element) before ``pos`` is one date: a dateline ("14.5.2018 ")."""
    text = stream.text
    start = max(text.rfind("\n", 0, pos) + 1, stream.chunk_start(max(0, pos - 1)))
    segment = text[start:pos].strip(" \t\u00a0")
    if not segment or len(segment) > 40 or not segment[-1].isdigit():
        return False
    for day_first in (True, False):
        parsed = parse_date_prefix(segment, day_first=day_first, languages=(primary_language(language),))
        if parsed is not None and len(parsed[1]) == len(segment):
            return True
    return False


def _short_stamp(text: str, comma: int) -> bool:
    """The clause before a comma is a short date stamp ("Posted 1 March 2024", "Erstellt am 01.01.2020"), not
    prose citing a dated text ("reglement van de gemeenteraad van 28 oktober 2019, laatst gewijzigd op ...")."""
    clause_start = max(text.rfind("\n", 0, comma), *(text.rfind(mark, 0, comma) for mark in (". ", "|", "•"))) + 1
    return len(text[clause_start:comma].split()) <= 6


def _stamp_before(text: str, pos: int, label: LabelMatch) -> bool:
    """The line before ``pos`` is a short stamp that ends in a date (and maybe a time): a label of its own and
    its date ("Published 1 January 2020", "Publicado em 01/01/2020 10h00"), at most six words, capitalised."""
    line_start = max(text.rfind("\n", 0, pos), *(text.rfind(mark, 0, pos) for mark in (". ", "|", "•"))) + 1
    segment = _TRAILING_TIME.sub("", text[line_start:pos].rstrip(" \t\u00a0"))
    words = segment.split()
    if not 2 <= len(words) <= 6 or not words[0][:1].isupper():
        return False
    languages = (primary_language(label.language),)
    for word in range(1, len(words)):  # the date is the stamp's last words, after its label
        tail = " ".join(words[word:])
        parsed = parse_date_prefix(tail, day_first=True, languages=languages)
        if parsed is not None and len(parsed[1].rstrip()) == len(tail):
            return True
    return False


def _cites_a_work(text: str, pos: int) -> bool:
    """The label's line (at most 300 characters either side) cites a work: "Retrieved from", "Accessed 5 May"."""
    line_start = text.rfind("\n", max(0, pos - 300), pos) + 1 or max(0, pos - 300)
    line_end = text.find("\n", pos, pos + 300)
    return _CITATION.search(text, line_start, min(len(text), pos + 300) if line_end < 0 else line_end) is not None


def _day_first(label_language: str, page_language: str, configured: bool | None,
               page_order: bool | None = None, url: str = "") -> bool:
    if configured is not None:
        return configured
    if label_language != "en":
        return True
    if page_order is not None and _no_region(page_language):
        return page_order  # lang="en" says nothing about the order; the page's own unambiguous dates do
    if _no_region(page_language) and _day_first_host(url):
        return True  # lang="en" on a .gov.uk or .au site: that country's English
    by_page = language_is_day_first(page_language)
    return bool(by_page)


# Country-code domains of countries whose English writes numeric dates day-first (05/03/2024 = 5 March).
_DAY_FIRST_CCTLDS = frozenset("uk ie au nz in za sg hk my pk ng ke gh ug tz zm zw mt jm tt bd lk np bw na mw rw "
                              "fj cy gi im je gg".split())


def _day_first_host(url: str) -> bool:
    """The page's host ends in a day-first English-speaking country's code (council.gov.uk, agency.gov.au)."""
    host = urlsplit(url or "").hostname or ""
    return host.rsplit(".", 1)[-1] in _DAY_FIRST_CCTLDS if "." in host else False


def _no_region(language: str) -> bool:
    """'', 'en': English, but which English (en-US or en-GB) is not said."""
    return primary_language(language) in ("", "en") and "-" not in language.replace("_", "-").strip("-")


def _page_order(text: str, date_pos: int, memo: list[bool | None]) -> bool | None:
    """The page's numeric date order, read only when the date at ``date_pos`` is ambiguous (05/03/2024)."""
    ambiguous = _NUMERIC_DATE.match(text, date_pos)
    if not ambiguous or int(ambiguous["first"]) > 12 or int(ambiguous["second"]) > 12:
        return None
    if not memo:
        memo.append(_numeric_order(text))
    return memo[0]


def _numeric_order(text: str) -> bool | None:
    """How the page itself writes numeric dates: True day-first (19/09/2018), False month-first (09/19/2018).

    None when it shows no unambiguous numeric date, or both kinds.
    """
    day_first = month_first = False
    for match in _NUMERIC_DATE.finditer(text):
        first, second = int(match["first"]), int(match["second"])
        day_first |= 12 < first <= 31 and second <= 12
        month_first |= first <= 12 < second <= 31
        if day_first and month_first:
            return None
    return True if day_first else False if month_first else None


def _text_candidates(stream: _TextStream, language: str, day_first: bool | None,
                     as_of: dt.date | None = None, url: str = "") -> list[Candidate]:
    text = stream.text
    found: list[Candidate] = []
    page_order: list[bool | None] = []  # read once, and only if an English label has an ambiguous numeric date
    previous: tuple[LabelMatch, str | None] | None = None
    for found_label in find_labels(text, MAX_LABELS)[:MAX_LABELS]:
        if found_label.date_before:
            before = _date_before(stream, found_label, language)
            if before is not None:
                found.append(before)
            continue
        label = _own_label(stream, found_label)
        position = _position(stream, label)
        if position is None and previous is not None:
            position = _chained_position(text, previous, label)
        previous = (label, position)
        if position is None or _about_another_page(stream.element_at(label.start)):
            continue
        header = _column_header(stream.element_at(label.start))
        if header is not None:  # a table's column header: its date is the cell below it, in the one row there is
            found.extend(_column_candidate(header, label, language, day_first, as_of, url))
            continue
        date_pos = _date_position(text, label, position == "line")
        date_element = stream.element_at(max(date_pos, label.end))
        parsed = None
        if date_pos >= 0:
            languages = (primary_language(label.language), primary_language(language))
            parsed = parse_date_prefix(text[date_pos:date_pos + 80],
                                       day_first=_day_first(label.language, language, day_first,
                                                            _page_order(text, date_pos, page_order), url),
                                       languages=languages) or _time_element_date(date_element)
            if parsed is None and date_pos - label.end <= 3:  # "Last updated: 20240305", right after the label
                parsed = parse_compact_date(text[date_pos:date_pos + 12])
        if parsed is None and position == "line":
            empty_time = _empty_time_after(stream, label)
            if empty_time is not None:
                date_element, parsed = empty_time, (parse_machine_date(empty_time.get("datetime")), "")
                date_pos = label.end
        if parsed is not None:
            date, read = parsed
            evidence = clip(text[label.start:date_pos + len(read)])
            kind = "due" if review_or_due(label) and date > (as_of or dt.date.today()) else label.kind
            found.append(Candidate(date, "text", evidence, "", kind, label.text, date_element))
        elif (label.kind == "review" and position == "line" and not review_or_due(label)
              and _stands_alone(stream, label)):
            line_end = text.find("\n", label.end)
            evidence = clip(text[label.start:len(text) if line_end < 0 else line_end])
            found.append(Candidate(None, "text", evidence, "", "review", label.text,
                                   stream.element_at(label.start)))
    return found


def _column_header(element: etree._Element) -> etree._Element | None:
    """The header cell a label is all of (no digit in it), when that cell heads a column: its row has two or
    more cells and is a <thead> row, a row of <th> only or a row with no digit in any cell. A row header (<th>
    then <td>) or a key/value row ("Last updated | 5 March 2024") is no column header."""
    cell = next((node for node in (element, *element.iterancestors()) if node.tag in ("th", "td")), None)
    if cell is None or any(char.isdigit() for char in "".join(cell.itertext())):
        return None
    row = cell.getparent()
    if row is None or row.tag != "tr":
        return None
    cells = [node for node in row if node.tag in ("th", "td")]
    in_head = row.getparent() is not None and row.getparent().tag == "thead"
    # a row of plain cells heads columns too when none of its cells holds a digit ("Published | Last updated"
    # in bold <td>s): a key/value row holds its value ("Last updated | 5 March 2024")
    if len(cells) < 2 or not (in_head or all(node.tag == "th" for node in cells) or not any(
            char.isdigit() for node in cells for char in "".join(node.itertext()))):
        return None
    return cell


def _table_of(row: etree._Element) -> etree._Element | None:
    return next((node for node in row.iterancestors() if node.tag == "table"), None)


def _column_candidate(header: etree._Element, label: LabelMatch, language: str, day_first: bool | None,
                      as_of: dt.date | None, url: str) -> list[Candidate]:
    """<tr><th>Published</th><th>Last updated</th></tr><tr><td>1 Jan 2020</td><td>5 Mar 2024</td></tr>: the
    date under the label, in its column. Under a header with more than one row below it the table is a
    listing (each row another document): its dates are not the page's, and the label is no missing date."""
    row = header.getparent()
    table = _table_of(row)
    if table is None:
        return []
    rows = [tr for tr in table.iter("tr") if _table_of(tr) is table]
    below = [tr for tr in rows[rows.index(row) + 1:]
             if any(node.tag == "td" for node in tr)]
    cells = [node for node in row if node.tag in ("th", "td")]
    # a single row with a link is a listing of one document (its title links to it)
    if len(below) != 1 or below[0].find(".//a") is not None or any(
            node.get("colspan", "1") != "1" for node in (*cells, *below[0])):
        return []
    values = [node for node in below[0] if node.tag in ("th", "td")]
    index = cells.index(header)
    if index >= len(values):
        return []
    cell = values[index]
    value = " ".join("".join(cell.itertext()).split())
    parsed = parse_date_prefix(value[:80], day_first=_day_first(label.language, language, day_first, None, url),
                               languages=(primary_language(label.language), primary_language(language)))
    time = next(cell.iter("time"), None)
    parsed = parsed or _time_element_date(time)
    if parsed is None:
        return []
    date, read = parsed
    kind = "due" if review_or_due(label) and date > (as_of or dt.date.today()) else label.kind
    return [Candidate(date, "text", clip(f"{label.text}: {read}"), "", kind, label.text, cell)]


def _date_before(stream: _TextStream, label: LabelMatch, language: str) -> Candidate | None:
    """"平成29年(2017年)10月27日更新": a label written after its date. The date must end where the label
    starts and begin a line, an element or follow a separator or a colon, so "契約は2024年3月8日更新" (a contract renewed,
    mid-sentence) is none."""
    text = stream.text
    end = label.start
    while end > 0 and text[end - 1] in " \t\u00a0":
        end -= 1
    line_start = text.rfind("\n", 0, end) + 1
    starts = {line_start, max(line_start, stream.chunk_start(end - 1))}
    # ... or follow a label's colon: "掲載日: 2025年10月15日更新" (posted, then updated on that date)
    starts |= {text.rfind(mark, line_start, end) + 1 for mark in _SEPARATORS + "。:："} - {0}
    for start in sorted(starts):
        while start < end and text[start] in _ANCHOR_SKIP:
            start += 1
        if start >= end or end - start > 40 or _about_another_page(stream.element_at(start)):
            continue
        parsed = parse_date_prefix(text[start:end], day_first=True, languages=(label.language,
                                                                                primary_language(language)))
        if parsed is not None and len(parsed[1]) == end - start:
            if text[start - 1:start] in "(（［[【" and _after_a_file_link(stream.element_at(start)):
                return None  # "…(364.9KB)[124clicks]<br>(令和6年5月24日更新)": the file's update, not the page's
            return Candidate(parsed[0], "text", clip(text[start:label.end]), "", "review", label.text,
                             stream.element_at(start))
    return None


_FILE_LINK_TEXT = re.compile(r"\d(?:[.,]\d+)?[\s\u00a0]*(?:KB|MB|GB|キロバイト|バイト)\b|\d[\s\u00a0]*clicks\b"
                             r"|\b(?:PDF|DOCX?|XLSX?|PPTX?|CSV|ZIP|ODT|ODS|JTD)\b", re.IGNORECASE)
_FILE_HREF = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|csv|zip|odt|ods|jtd)(?:[?#]|$)", re.IGNORECASE)


def _after_a_file_link(element: etree._Element) -> bool:
    """A bracketed update stamp in the same paragraph or list item as a link to a file: Japanese
    municipal CMSes print each attachment's size, click count and update date ("(364.9KB)[124clicks]
    (令和6年5月24日更新)"), so that stamp dates the file, not the page."""
    block = next((node for node in element.iterancestors() if node.tag in _BLOCK_TAGS and node.tag != "br"),
                 None) if element.tag not in _BLOCK_TAGS or element.tag == "br" else element
    if block is None or block.tag in {"main", "body", "html", "article", "section"}:
        return False
    for link in block.iter("a"):
        if _FILE_HREF.search(link.get("href") or "") or _FILE_LINK_TEXT.search("".join(link.itertext())):
            return True
    return False


_CHAIN_GAP = re.compile(r"[\s\u00a0:|\-–—]*")


def _chained_position(text: str, previous: tuple[LabelMatch, str | None], label: LabelMatch) -> str | None:
    """A label right after another review label stands where that one stands.

    Themes print a screen-reader label before the visible one ("<span class=sr-only>Last updated</span> Updated
    3 March 2024", "Dato for siste oppdatering av artikkelen Oppdatert oktober 26, 2022"): read flat, the
    visible label sits mid-line after a capitalised word and would not count; the date follows it.
    """
    before, position = previous
    if position is None or before.kind != "review" or label.kind != "review" or before.end > label.start:
        return None
    gap = _CHAIN_GAP.match(text, before.end, label.start)
    return position if gap is not None and gap.end() == label.start else None


def _date_position(text: str, label: LabelMatch, at_line_start: bool = False) -> int:
    """Where the label's date should start, or -1 when what follows the label is too far or too wordy.

    Between a label and its date there may be punctuation, small words and any
    amount of markup whitespace (a Drupal field nests its date three <div>s
    down), but no more than a few lines of it. A strong label may also carry a
    short qualifier before its colon: "Última actualización de las Preguntas
    Frecuentes: 06/06/2022", "Last updated for this section: ...".
    """
    end = label.end
    if label.strong:
        qualifier = _by_name(text, end) or _QUALIFIER.match(text, end, end + _WINDOW)
        if qualifier:
            end = qualifier.end()
    elif at_line_start:
        qualifier = _WEAK_BY.match(text, end, end + _WINDOW) or _by_name(text, end)
        if qualifier:
            end = qualifier.end()
    connector = _CONNECTOR.match(text, end, end + _RAW_WINDOW)
    gap = text[end:connector.end()] if connector else ""
    reduced = _BLANK_RUN.sub("\n", gap)  # markup indentation is one line break; spaces within a line still count
    if len(reduced) > _WINDOW or reduced.count("\n") > 4:
        return -1  # further away it is not this label's date
    return end + len(gap)


def _by_name(text: str, end: int) -> re.Match[str] | None:
    """"uživatelem Bc. Lucie Vargová," after a label: who changed the page, by name, then a comma."""
    match = _BY_NAME.match(text, end, end + _WINDOW)
    if match and all(word[:1].isupper() for word in match["name"].split()):
        return match
    return None


def _about_another_page(element: etree._Element) -> bool:
    """Labels in link text or in a navigation item with a link ("Tax forms, updated March 5") describe the page
    linked to. A plain "Last updated: ..." line that a template happens to put inside a <nav> is the page's own.
    """
    chain = [element, *element.iterancestors()]
    if any(node.tag == "a" for node in chain):
        return True
    for index, node in enumerate(chain):
        if node.tag == "nav":
            item = next((n for n in chain[:index] if n.tag in _NAV_ITEM_TAGS), node)
            return item.find(".//a") is not None
    return False


def _stands_alone(stream: _TextStream, label: LabelMatch) -> bool:
    """"Last reviewed: TBD", "Last updated:", <dt>Last reviewed</dt><dd>-</dd>: a label whose date is missing.

    Needs a colon or a <dt>, so a "Last updated" table header or a sentence is never one.
    """
    text = stream.text
    line_end = text.find("\n", label.end)
    rest = text[label.end:len(text) if line_end < 0 else line_end].strip()
    if len(rest) > 40:
        return False
    return rest.startswith((":", "：")) or (rest == "" and stream.element_at(label.start).tag == "dt")


def _empty_time_after(stream: _TextStream, label: LabelMatch) -> etree._Element | None:
    """<p>Last updated: <time datetime="2024-03-05"></time></p>, <dt>Updated</dt><dd><time datetime=...></time>
    </dd>: a labelled <time> whose text a script fills in, so the date is only in its datetime attribute. Only
    when nothing but punctuation follows the label on its line, and only the label's own element or the next
    one."""
    text = stream.text
    line_end = text.find("\n", label.end)
    if text[label.end:len(text) if line_end < 0 else line_end].strip(" \t\u00a0:：-–—|") != "":
        return None
    element = stream.element_at(label.start)
    following = element.getnext()
    for scope in (element, following):
        if scope is None:
            continue
        time = next(scope.iter("time"), None)
        if time is not None:
            if "".join(time.itertext()).strip() or not parse_machine_date(time.get("datetime") or ""):
                return None
            return time
    return None


def _time_element_date(element: etree._Element) -> tuple[dt.date, str] | None:
    """<time datetime="2023-10-03">yesterday</time>: the machine-readable date when the text is not one."""
    if element is not None and element.tag == "time" and element.get("datetime"):
        date = parse_machine_date(element.get("datetime"))
        if date:
            return date, ""
    return None


def _look_alike_items(a: Candidate, b: Candidate) -> bool:
    """Two dates sit in sibling items of one list: <li>, <article>, <tr>, or elements of one tag and class.

    Siblings of one tag and class (``div.news-card``) only count when both have dates and they differ, so a
    date repeated at the top and bottom of a page is kept, and so is the date of a template that prints its
    label twice, once empty ("<p>Sidan uppdaterad: av</p><p>Sidan uppdaterad:</p><p>2024-01-02</p>").
    """
    chain_a = [a.element, *a.element.iterancestors()]
    chain_b = [b.element, *b.element.iterancestors()]
    position_b = {element: index for index, element in enumerate(chain_b)}
    for index_a, element in enumerate(chain_a):
        index_b = position_b.get(element)
        if index_b is not None:
            break
    else:
        return False
    if index_a == 0 or index_b == 0:  # one holds the other
        return False
    item_a, item_b = chain_a[index_a - 1], chain_b[index_b - 1]  # the common parent's two children
    if item_a.tag in _ITEM_TAGS and item_b.tag in _ITEM_TAGS:
        return True
    return (item_a.tag == item_b.tag and item_a.get("class") == item_b.get("class")
            and None not in (a.date, b.date) and a.date != b.date)


def _drop_listed_items(candidates: list[Candidate]) -> list[Candidate]:
    """Dates of listed items (news lists, search results, document tables, cards) are not the page's date.

    The same label in two look-alike sibling items marks both as listed items, and both are dropped.
    """
    groups: dict[tuple[str, str], list[Candidate]] = {}
    for candidate in candidates:
        if candidate.element is not None:
            key = (candidate.kind, _SPACES.sub(" ", candidate.label.lower()))
            groups.setdefault(key, []).append(candidate)
    dropped: set[int] = set()
    for group in groups.values():
        if len(group) > 50:  # only a listing repeats a label this often
            if len({c.date for c in group}) > 1:
                dropped.update(id(c) for c in group)
            continue
        for a, b in itertools.combinations(group, 2):
            if _look_alike_items(a, b):
                dropped.update((id(a), id(b)))
    return [c for c in candidates if id(c) not in dropped]


# ---------------------------------------------------------------- structured metadata


def _meta_locale(root: etree._Element) -> str:
    """An English locale with its region from the page's metadata (og:locale en_GB, content-language en-AU)."""
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("http-equiv") or "").strip().lower()
        if key in _LOCALE_META:
            value = (meta.get("content") or "").strip().replace("_", "-").split(",")[0].strip()
            if primary_language(value) == "en" and not _no_region(value):
                return value
    return ""


def _meta_candidates(root: etree._Element) -> list[Candidate]:
    found = []
    for meta in root.iter("meta"):
        for attribute in ("property", "name", "http-equiv"):
            key = (meta.get(attribute) or "").strip().lower()
            if key in META_MODIFIED:
                date = parse_machine_date(meta.get("content") or "")
                if date:
                    selector = f'meta[{attribute}="{meta.get(attribute)}"]'
                    found.append(Candidate(date, "meta", clip(f'{meta.get(attribute)}: {meta.get("content")}'),
                                           selector))
                break
    return found


def _jsonld_entities(data: Any) -> Iterator[dict[str, Any]]:
    """Top-level JSON-LD nodes, @graph members and their mainEntity: the page itself, not listed items."""
    if isinstance(data, list):
        for item in data:
            yield from _jsonld_entities(item)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            value = data.get(key)
            if isinstance(value, (list, dict)):
                yield from _jsonld_entities(value)


def _load_json(text: str) -> Any:
    """JSON, or None when it does not parse (or nests absurdly deep)."""
    try:
        return json.loads(text, strict=False)
    except (ValueError, RecursionError):
        return None


def _jsonld_data(raw: str) -> Any:
    """A JSON-LD script as published: as is, else with HTML entities decoded and trailing commas dropped."""
    raw = _JSONLD_WRAPPER.sub("", raw).strip()
    data = _load_json(raw)
    if data is None and raw:
        data = _load_json(_TRAILING_COMMA.sub(r"\1", decode_entities(raw)))
    return data


def _jsonld_value(value: Any) -> Any:
    return value.get("@value") if isinstance(value, dict) else value  # {"@value": "2024-03-05", "@type": ...}


def _jsonld_scan(raw: str) -> list[Candidate]:
    """A script that is no JSON even repaired (cut off, stray characters): its dateModified when unambiguous.

    Which node a key belongs to is unknown here, so a date is taken only when every such key in the script
    gives the same one; a listing whose items carry different dates gives none.
    """
    matches = list(_JSONLD_DATE_KEY.finditer(decode_entities(raw)))
    dates = {parse_machine_date(m["value"]) for m in matches} - {None}
    if len(dates) != 1:
        return []
    match = matches[0]
    return [Candidate(dates.pop(), "jsonld", clip(f'"{match["key"]}": "{match["value"]}"'),
                      'script[type="application/ld+json"]')]


def _jsonld_candidates(root: etree._Element) -> list[Candidate]:
    found = []
    for script in root.iter("script"):
        if (script.get("type") or "").split(";")[0].strip().lower() != "application/ld+json":
            continue
        raw = script.text or ""
        data = _jsonld_data(raw)
        if data is None:
            found.extend(_jsonld_scan(raw))
            continue
        try:
            entities = list(_jsonld_entities(data))
        except RecursionError:  # absurdly nested JSON: no date from it
            continue
        for entity in entities:
            for key in _JSONLD_KEYS:
                values = entity.get(key)
                for value in values if isinstance(values, list) else [values]:
                    value = _jsonld_value(value)
                    if isinstance(value, str):
                        date = parse_machine_date(value)
                        if date:
                            found.append(Candidate(date, "jsonld", clip(f'"{key}": "{value}"'),
                                                   'script[type="application/ld+json"]'))
    return found


def _microdata_candidates(root: etree._Element) -> list[Candidate]:
    found = []
    for element in root.xpath("//*[@itemprop]"):
        props = {token.lower() for token in (element.get("itemprop") or "").split()}
        if not props & _MICRODATA_PROPS or _hidden(element):
            continue
        value = element.get("content") or element.get("datetime") or "".join(element.itertext())
        date = parse_machine_date(value or "")
        if date:
            label = next(iter(props & _MICRODATA_PROPS))
            found.append(Candidate(date, "microdata", clip(f"itemprop {element.get('itemprop')}: {value}"),
                                   "", label=label, element=element))
    return _drop_listed_items(found)


# ---------------------------------------------------------------- putting it together


def _selector(candidate: Candidate) -> str:
    """Computed for the chosen candidates only: css_selector walks siblings, too slow for every label."""
    if not candidate.selector and candidate.element is not None:
        candidate.selector = css_selector(candidate.element)
    return candidate.selector


def _latest(candidates: list[Candidate]) -> Candidate | None:
    dated = [c for c in candidates if c.date is not None]
    if not dated:
        return None
    best = max(c.date for c in dated)
    return next(c for c in dated if c.date == best)


def _weak_candidates(headers: dict[str, str] | None, sitemap_lastmod: str | None) -> list[Candidate]:
    """The sitemap's <lastmod> and the Last-Modified header, in that order of trust, when they hold a date."""
    found = []
    date = parse_sitemap_date(sitemap_lastmod)
    if date:
        found.append(Candidate(date, "sitemap", clip(f"<lastmod>{sitemap_lastmod}</lastmod>")))
    value = (headers or {}).get("last-modified")
    date = parse_http_date(value)
    if date:
        found.append(Candidate(date, "http", clip(f"Last-Modified: {value}")))
    return found


def weak_hints(headers: dict[str, str] | None, sitemap_lastmod: str | None) -> list[dict[str, str]]:
    """What the weak sources say, for results.json ``freshness.hints``: never the review date by default.

    A CMS or CDN sends Last-Modified as the time the response was built or cached (often today), and a
    sitemap's <lastmod> is when a file changed: neither says that a person reviewed the page.
    """
    return [{"source": c.source, "date": c.date.isoformat(), "evidence": c.evidence}
            for c in _weak_candidates(headers, sitemap_lastmod) if c.date is not None]


def extract_review_date(html: str, *, language: str = "", headers: dict[str, str] | None = None,
                        sitemap_lastmod: str | None = None, day_first: bool | None = None,
                        use_http: bool = False, use_sitemap: bool = False,
                        as_of: dt.date | None = None, url: str = "") -> ReviewDate | None:
    """The page's review/update date, where it came from and the text that says so.

    ``day_first``: None decides numeric dates by page and label language;
    True/False force DMY/MDY. ``use_sitemap``/``use_http`` let the weak sources give the date when no
    strong source does (off by default: see ``weak_hints``). ``as_of`` (default today) only decides whether a bare
    "Review date" is the last review or the next one; ``url`` (the page's address) decides numeric dates on a
    lang="en" page with no region when the host is a day-first country's (``.uk``, ``.au``, ...). Returns None when the page says nothing at all.
    A ReviewDate with ``date=None`` means a label without a readable date, or
    only a next-review-due date.
    """
    root = _parse(html)
    text_found: list[Candidate] = []
    structured: list[Candidate] = []
    if root is not None:
        if not language:
            language = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
        if _no_region(language):
            language = _meta_locale(root) or language
        structured = _meta_candidates(root) + _jsonld_candidates(root) + _microdata_candidates(root)
        body = root.find("body")
        if body is not None:
            text_found = _drop_listed_items(_text_candidates(_TextStream(body), language, day_first, as_of, url))

    reviews = [c for c in text_found if c.kind == "review"]
    dues = [c for c in text_found if c.kind == "due"]
    due = _latest(dues)

    chosen = _latest(reviews)
    if chosen is None and reviews:
        chosen = reviews[0]  # a label with no readable date: missing, with the label as evidence
    if chosen is None:
        chosen = _latest(structured)
    if chosen is None:
        weak = {c.source: c for c in _weak_candidates(headers, sitemap_lastmod)}
        chosen = (weak.get("sitemap") if use_sitemap else None) or (weak.get("http") if use_http else None)

    if chosen is None and due is None:
        return None
    result = ReviewDate(date=None, source=None, candidates=text_found + structured)
    if chosen is not None:
        result.date, result.source = chosen.date, chosen.source
        result.evidence, result.selector = chosen.evidence, _selector(chosen)
    if due is not None:
        result.next_review_due, result.due_evidence, result.due_selector = due.date, due.evidence, _selector(due)
    return result
