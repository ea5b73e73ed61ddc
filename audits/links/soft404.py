"""What a fetched HTML page tells the link audit: title, main heading, anchors, soft-404 text."""
from __future__ import annotations

import re

import lxml.html
from lxml import etree

from .patterns import TextMatcher

_SPACES = re.compile(r"\s+")


def _text(node: object) -> str:
    return _SPACES.sub(" ", node.text_content()).strip() if node is not None else ""  # type: ignore[attr-defined]


def page_signals(html: str) -> tuple[str, str, set[str]]:
    """``(title, main heading, anchors)`` of an HTML document; anchors are ids and ``<a name>``s.

    The main heading is the first ``h1`` inside ``main`` (or ``[role=main]``), else the first ``h1``.
    Malformed or empty markup gives empty values, never an exception.
    """
    if not html or not html.strip():
        return "", "", set()
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return "", "", set()
    titles = root.xpath("//title")
    heading = root.xpath("(//main//h1 | //*[@role='main']//h1)[1]") or root.xpath("(//h1)[1]")
    # smart_strings=False: lxml's default string results keep their element, and with it the whole parsed
    # page, alive (the checker keeps every Fetch: 20 kB a checked page)
    anchors = ({v for v in root.xpath("//@id", smart_strings=False) if v}
               | {v for v in root.xpath("//a/@name", smart_strings=False) if v})
    return _text(titles[0] if titles else None), _text(heading[0] if heading else None), set(anchors)


def soft404_text(title: str, heading: str, matcher: TextMatcher) -> str:
    """The title or main heading that says "not found", or ``""``."""
    return matcher.first(title, heading)
