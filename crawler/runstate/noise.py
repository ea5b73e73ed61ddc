"""Is a page body the same as last time? Raw digest, and digest once per-request noise is removed.

The noise removed (nothing else; any other byte that differs makes the page changed):

- ``nonce="..."`` attribute values (Content-Security-Policy nonces, new on every response);
- CSRF token values: ``<input>`` whose ``name`` is a known token field (``csrf_token``,
  ``csrfmiddlewaretoken``, ``authenticity_token``, ``__RequestVerificationToken``, ``_token``, any name
  containing ``csrf`` or ``xsrf``) loses its ``value``; ``<meta name="csrf-token">`` (and ``csrf-param``,
  ``_csrf``, ``xsrf-token``) loses its ``content``;
- cache-busting query strings on the page's own assets: the query of a same-site (relative, or same
  host) ``src``/``href`` of ``<script>``, ``<link>``, ``<img>`` and ``<source>``. Those asset URLs are
  also returned, so the WCAG reuse check can fetch a stylesheet or script under the URL the page names
  today (a changed ``?v=`` that means a changed file is caught there).

Links (``<a href>``) keep their queries: a different link target is a different page.
"""
from __future__ import annotations

import hashlib
import re
from urllib.parse import urljoin, urlsplit

_NONCE = re.compile(r"""(\snonce\s*=\s*)(?:"[^"]*"|'[^']*'|[^\s>]+)""", re.IGNORECASE)
_TAG = re.compile(r"<(input|meta|script|link|img|source)\b[^>]*>", re.IGNORECASE)
_ATTR = r"""(\s{name}\s*=\s*)("[^"]*"|'[^']*'|[^\s>"']+)"""
_NAME = re.compile(_ATTR.format(name="name"), re.IGNORECASE)
_VALUE = re.compile(_ATTR.format(name="value"), re.IGNORECASE)
_CONTENT = re.compile(_ATTR.format(name="content"), re.IGNORECASE)
_URL_ATTR = re.compile(_ATTR.format(name="(?:src|href)"), re.IGNORECASE)
_TOKEN_FIELDS = re.compile(r"^(?:.*csrf.*|.*xsrf.*|authenticity_token|__requestverificationtoken|_token)$",
                           re.IGNORECASE)
_TOKEN_METAS = {"csrf-token", "csrf-param", "_csrf", "xsrf-token", "csrf_token"}
ASSET_TAGS = ("script", "link")  # what WCAG results depend on beyond the HTML


def _unquote(value: str) -> str:
    return value[1:-1] if value[:1] in "\"'" and value[-1:] == value[:1] else value


def _same_site(url: str, page_url: str) -> str | None:
    """The absolute URL when ``url`` is on the page's own host, else None."""
    try:
        absolute = urljoin(page_url, url.strip())
        return absolute if urlsplit(absolute).netloc == urlsplit(page_url).netloc else None
    except ValueError:
        return None


def normalise(html: str, page_url: str) -> tuple[str, list[str]]:
    """``(body without noise, same-site script/link URLs as named today)``."""
    assets: list[str] = []

    def tag(match: re.Match[str]) -> str:
        text, name = match.group(0), match.group(1).lower()
        if name == "input":
            field = _NAME.search(text)
            if field and _TOKEN_FIELDS.match(_unquote(field.group(2))):
                text = _VALUE.sub(r'\1""', text)
            return text
        if name == "meta":
            field = _NAME.search(text)
            if field and _unquote(field.group(2)).lower() in _TOKEN_METAS:
                text = _CONTENT.sub(r'\1""', text)
            return text

        def url(attr: re.Match[str]) -> str:
            value = _unquote(attr.group(2))
            absolute = _same_site(value, page_url)
            if absolute is None:
                return attr.group(0)
            if name in ASSET_TAGS:
                assets.append(absolute.split("#", 1)[0])
            return f'{attr.group(1)}"{value.split("?", 1)[0]}"'
        return _URL_ATTR.sub(url, text)

    return _TAG.sub(tag, _NONCE.sub(r'\1""', html)), assets


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


def body_digests(html: str, page_url: str) -> tuple[str, str, list[str]]:
    """``(digest of the body, digest without noise, same-site asset URLs)``."""
    normalised, assets = normalise(html, page_url)
    return digest(html), digest(normalised), assets
