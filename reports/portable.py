"""Finding keys that survive a change of origin between runs.

``auditcrawl audit ./_site`` serves the build on a random 127.0.0.1 port, so
the same page is ``http://127.0.0.1:41234/about/`` in one run and
``http://127.0.0.1:40999/about/`` in the next, and ``findings[].id`` (which
includes the page URL) changes with it. Baselines and the history therefore
also match findings on a *portable* id: the same fingerprint with the run's
own start origins cut from page and target URLs. This equally lets a pull
request's local build be compared with a baseline taken from a staging host.
"""
from __future__ import annotations

import json
from typing import Any, Iterable, Mapping
from urllib.parse import urlsplit

from audits.base import fingerprint

LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")


def origin(url: str) -> str:
    parts = urlsplit(str(url))
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def run_origins(results: Mapping[str, Any]) -> tuple[str, ...]:
    urls = (results.get("run") or {}).get("start_urls") or []
    return tuple(sorted({origin(url) for url in urls if origin(url)}, key=len, reverse=True))


def strip_origin(url: Any, origins: Iterable[str]) -> str:
    text = str(url or "")
    for own in origins:
        if text == own or text.startswith(own + "/"):
            return text[len(own):] or "/"
    return text


def portable_id(finding: Mapping[str, Any], origins: Iterable[str]) -> str:
    """``findings[].id`` computed with page and link target relative to the run's start origins."""
    origins = tuple(origins)
    return fingerprint(str(finding.get("audit", "")), str(finding.get("rule", "")),
                       strip_origin(finding.get("page"), origins), str(finding.get("selector") or ""),
                       strip_origin((finding.get("link") or {}).get("url", ""), origins)
                       if (finding.get("link") or {}).get("url") else "")


def portable_ids(results: Mapping[str, Any]) -> dict[str, str]:
    """finding id -> portable id, for every finding of a run."""
    origins = run_origins(results)
    return {str(f.get("id")): portable_id(f, origins) for f in results.get("findings") or []}


def site_key(results: Mapping[str, Any]) -> str:
    """Which site a run belongs to, for history: its start URLs, any loopback port left out."""
    keys = []
    for url in (results.get("run") or {}).get("start_urls") or []:
        parts = urlsplit(str(url))
        if parts.hostname in LOOPBACK:
            parts = parts._replace(netloc=f"{parts.hostname}:*")
        keys.append(parts.geturl())
    return json.dumps(sorted(keys))
