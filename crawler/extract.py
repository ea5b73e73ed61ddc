"""Read what the crawl needs out of one HTML page: title, language, links, anchors.

Links are taken from ``<a href>``, ``<area href>``, ``<iframe src>``, ``<img src>``
and ``<meta http-equiv="refresh" content="N; url=...">`` (browsers go there by themselves: old
sites move pages that way), resolved against ``<base href>`` (fragments kept), each with its
accessible text and a CSS selector that finds it again.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml import etree
from w3lib.html import get_meta_refresh
from w3lib.url import safe_url_string

from crawler.items import Link

LINK_SOURCES = {"a": "href", "area": "href", "iframe": "src", "img": "src"}
_WS = re.compile(r"\s+")
# URLs made only of these characters need no quoting; others go through w3lib's safe_url_string.
_NEEDS_QUOTING = re.compile(r"[^A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]")
_SIMPLE_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")


@dataclass
class PageContent:
    title: str = ""
    language: str = ""
    links: list[Link] = field(default_factory=list)
    anchors: set[str] = field(default_factory=set)
    base_url: str = ""


def clean_text(text: str | None) -> str:
    return _WS.sub(" ", text or "").strip()


def accessible_text(element: etree._Element) -> str:
    """The name a screen reader would announce, roughly: aria-label, text and image alts, then title."""
    label = clean_text(element.get("aria-label"))
    if label:
        return label
    if element.tag == "img":
        return clean_text(element.get("alt")) or clean_text(element.get("title"))
    if element.tag == "area":
        return clean_text(element.get("alt")) or clean_text(element.get("title"))
    if element.tag == "iframe":
        return clean_text(element.get("title"))
    return clean_text(_visible_text(element)) or clean_text(element.get("title"))


def _visible_text(element: etree._Element) -> str:
    """Text content with images replaced by their alt text, scripts and styles left out."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag not in ("script", "style"):
            parts.append(child.get("alt") or "" if child.tag == "img" else _visible_text(child))
        parts.append(child.tail or "")
    return " ".join(parts)


class _Positions:
    """``tag:nth-of-type(n)`` positions, counted once per parent (a page's links share parents)."""

    def __init__(self) -> None:
        self._by_parent: dict[etree._Element, dict[etree._Element, tuple[int, int]]] = {}

    def step(self, node: etree._Element, parent: etree._Element) -> str:
        positions = self._by_parent.get(parent)
        if positions is None:
            counts: dict[str, int] = {}
            positions = {}
            for child in parent:
                counts[child.tag] = counts.get(child.tag, 0) + 1
                positions[child] = (counts[child.tag], 0)
            positions = {child: (index, counts[child.tag]) for child, (index, _) in positions.items()}
            self._by_parent[parent] = positions
        index, count = positions[node]
        return node.tag if count == 1 else f"{node.tag}:nth-of-type({index})"


def css_selector(element: etree._Element, positions: _Positions | None = None) -> str:
    """A CSS selector for ``element``: the nearest ancestor id, then tag:nth-of-type steps."""
    positions = positions or _Positions()
    steps: list[str] = []
    node = element
    while node is not None and isinstance(node.tag, str):
        node_id = node.get("id")
        if node_id and _SIMPLE_ID.match(node_id):
            steps.append(f"#{node_id}")
            break
        parent = node.getparent()
        if parent is None:
            steps.append(node.tag)
            break
        steps.append(positions.step(node, parent))
        node = parent
    return " > ".join(reversed(steps))


def absolute_url(base: str, raw: str) -> str:
    """``raw`` resolved against ``base``; http(s) URLs percent-encoded as browsers send them."""
    absolute = urljoin(base, raw)
    if absolute.startswith(("http://", "https://")) and _NEEDS_QUOTING.search(absolute):
        absolute = safe_url_string(absolute)
    return absolute


_PARSER = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True)


def parse_html(html: str, url: str) -> PageContent:
    """Extract title, language, links and anchors from ``html`` fetched at ``url``."""
    content = PageContent(base_url=url)
    if not html.strip():
        return content
    try:
        root = etree.fromstring(html.encode("utf-8", "surrogatepass"), _PARSER)
    except (etree.ParserError, ValueError):
        return content
    if root is None:
        return content
    html_el = root if root.tag == "html" else root.find(".//html")
    if html_el is not None:
        content.language = clean_text(html_el.get("lang") or html_el.get("xml:lang"))
    title = root.find(".//title")
    if title is not None:
        content.title = clean_text("".join(title.itertext()))[:500]
    base = root.find(".//base[@href]")
    if base is not None:
        try:
            content.base_url = urljoin(url, base.get("href").strip())
        except ValueError:  # a malformed <base href> is ignored, as browsers do
            pass
    positions = _Positions()
    for element in root.iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if element.get("id"):
            content.anchors.add(element.get("id"))
        if tag == "a" and element.get("name"):
            content.anchors.add(element.get("name"))
        if tag == "meta":
            refresh = meta_refresh_link(element, content.base_url, positions)
            if refresh is not None:
                content.links.append(refresh)
            continue
        attr = LINK_SOURCES.get(tag)
        raw = (element.get(attr) or "").strip() if attr else ""
        if not raw:
            continue
        try:
            absolute = absolute_url(content.base_url, raw)
        except ValueError:  # "http://[::1", a port above 65535: kept as written; the link audit reports it
            absolute = raw
        content.links.append(Link(url=absolute, text=accessible_text(element)[:300],
                                  selector=css_selector(element, positions), tag=tag, raw=raw[:2000],
                                  html=outer_html(element)))
    return content


def meta_refresh_link(element: etree._Element, base_url: str, positions: _Positions) -> Link | None:
    """``<meta http-equiv="refresh" content="0; url=/new">`` as a link (parsed as Scrapy's
    MetaRefreshMiddleware does); one inside ``<noscript>`` is ignored, as browsers with scripts do."""
    if (element.get("http-equiv") or "").strip().lower() != "refresh":
        return None
    if any(parent.tag == "noscript" for parent in element.iterancestors()):
        return None
    markup = etree.tostring(element, encoding="unicode", method="html", with_tail=False)
    _, url = get_meta_refresh(markup, base_url)
    if not url:
        return None
    raw = (element.get("content") or "").strip()
    return Link(url=url, text="", selector=css_selector(element, positions), tag="meta", raw=raw[:2000],
                html=outer_html(element))


def outer_html(element: etree._Element, limit: int = 300) -> str:
    """The element's markup without its tail, cut to ``limit`` characters."""
    markup = etree.tostring(element, encoding="unicode", method="html", with_tail=False)
    return markup if len(markup) <= limit else markup[: limit - 1] + "…"
