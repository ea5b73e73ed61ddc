"""Plain page records: what the crawl hands to the audits.

Audits receive these dataclasses, never Scrapy responses, so an audit can be
tested on a record built by hand and the crawler can change without touching
the audits.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Link:
    """One reference found in a page: ``<a href>``, ``<area href>``, ``<iframe src>``, ``<img src>``,
    ``<meta http-equiv="refresh">``."""

    url: str  # absolute, resolved against <base href>, fragment kept
    text: str  # accessible text: text content, img alt, aria-label, title
    selector: str  # CSS selector locating the element in the page
    tag: str  # "a", "area", "iframe", "img", "meta" (a refresh)
    raw: str = ""  # the attribute value as written in the page (a refresh: the whole content)
    html: str = ""  # the element's outer HTML, at most 300 characters

    def to_dict(self) -> dict[str, Any]:
        return {"url": self.url, "text": self.text, "selector": self.selector, "tag": self.tag,
                "raw": self.raw, "html": self.html}


@dataclass
class PageRecord:
    """Everything the crawl learnt about one fetched URL.

    ``html`` is only set for HTML responses (decoded text, possibly truncated
    at ``AUDITCRAWL_MAX_BODY_BYTES``). ``extra`` is where audits leave
    per-page data that belongs in results.json (``extra["freshness"]``).
    """

    url: str  # final URL after redirects
    requested_url: str
    status: int | None
    content_type: str = ""
    depth: int = 0
    referrer: str | None = None
    title: str = ""
    language: str = ""
    headers: dict[str, str] = field(default_factory=dict)  # lower-cased names of interest
    redirect_chain: list[dict[str, Any]] = field(default_factory=list)  # [{"url", "status"}]
    links: list[Link] = field(default_factory=list)
    anchors: set[str] = field(default_factory=set)  # element ids and <a name>s, for fragment checks
    html: str = ""
    is_html: bool = False
    truncated: bool = False
    sitemap_lastmod: str | None = None
    error: str | None = None  # network failure reason when there is no response
    extra: dict[str, Any] = field(default_factory=dict)
    errors: list[dict[str, str]] = field(default_factory=list)  # [{"audit", "message"}]

    @property
    def auditable(self) -> bool:
        """HTML pages that loaded: the ones audits look at."""
        return self.is_html and self.status is not None and 200 <= self.status < 400
