"""Checks on URLs given by the user (not crawled ones)."""
from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit


class BadStartURL(ValueError):
    """A start URL the crawl cannot begin from; the message says why, in one line."""


def validate_start_url(url: str) -> str:
    """Return ``url`` if it is an absolute http(s) URL with a host, else raise BadStartURL."""
    text = (url or "").strip()
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as exc:
        raise BadStartURL(f"not a valid URL: {text!r} ({exc})") from None
    if parts.scheme not in ("http", "https"):
        raise BadStartURL(f"not an http(s) URL: {text!r}")
    if "@" in parts.netloc:
        # Scrapy sends no credentials from a URL (the fetch fails), and every report would print them.
        shown = urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))
        raise BadStartURL(f"credentials in a start URL are not supported (they would be written into the "
                          f"reports); give the URL without them: {shown!r}")
    if not parts.hostname or any(c in parts.netloc for c in " <>\"'\\"):
        raise BadStartURL(f"URL has no valid host: {text!r}")
    if not parts.path:
        text = text + "/" if not parts.query and not parts.fragment else text
    return text
