"""From what a check observed (a :class:`Fetch`) to a verdict and a readable reason.

Verdicts: ``ok``, ``redirected`` (a permanent redirect, advise updating the
link), ``broken``, ``unverifiable`` (401/403/429 or a bot wall: we cannot
tell) and ``skipped`` (not checkable or excluded). ``kind`` refines a broken
verdict: ``soft-404`` for a page that says "not found" with a 200.
"""
from __future__ import annotations

import http
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

OK, REDIRECTED, BROKEN, UNVERIFIABLE, SKIPPED = "ok", "redirected", "broken", "unverifiable", "skipped"
PERMANENT_REDIRECTS = (301, 308)
UNVERIFIABLE_STATUSES = (401, 403, 429, 999)  # 999: LinkedIn and others' bot answer
HOME_PATHS = {"", "/", "/index.html", "/index.htm", "/index.php", "/default.aspx", "/default.htm", "/home"}

# Failure kinds set by the checker (and by the crawl's page.error text, see kind_of_error).
DNS, REFUSED, RESET, TLS, TIMEOUT, LOOP, TOO_MANY, SCHEME, ROBOTS, INVALID, OTHER = (
    "dns", "refused", "reset", "tls", "timeout", "loop", "too-many-redirects", "scheme", "robots",
    "invalid-url", "other")
LOGGED_IN = "not-requested-logged-in"  # a hop to a logout/destructive URL, refused while logged in


@dataclass
class Fetch:
    """Raw facts about one URL: the last response of its redirect chain, or the failure."""

    url: str  # requested URL, no fragment
    final_url: str = ""
    status: int | None = None
    chain: list[dict[str, Any]] = field(default_factory=list)  # redirect hops [{"url","status"}]
    error: str = ""  # readable failure reason when there is no final response
    error_kind: str = ""
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    content_type: str = ""
    title: str = ""
    heading: str = ""  # main heading (first h1)
    anchors: set[str] | None = None  # ids and names of the final HTML page, None when unknown
    truncated: bool = False
    attempts: int = 1
    method: str = "GET"
    note: str = ""  # e.g. "after 2 retries", "Retry-After 120 s exceeds the 30 s bound"
    from_crawl: bool = False

    @property
    def is_html(self) -> bool:
        return "html" in self.content_type


@dataclass
class Verdict:
    verdict: str
    reason: str
    status: int | None = None
    chain: list[dict[str, Any]] = field(default_factory=list)  # hops plus the final URL, [] when none
    final_url: str = ""
    kind: str = ""  # "soft-404", "bot-challenge", failure kinds...


def status_reason(status: int) -> str:
    """``404 Not Found``; ``499`` alone for codes without a standard phrase."""
    try:
        return f"{status} {http.HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


def is_bot_challenge(status: int | None, headers: dict[str, str], title: str = "") -> bool:
    """A bot wall or challenge page: Cloudflare, AWS WAF, Akamai, DataDome, LinkedIn's 999."""
    if status == 999:
        return True
    if status not in (403, 429, 503):
        return False
    h = {k.lower(): (v or "").lower() for k, v in headers.items()}
    if h.get("cf-mitigated") == "challenge" or "challenge" in h.get("x-amzn-waf-action", ""):
        return True
    if "captcha" in h.get("x-amzn-waf-action", "") or "x-datadome" in h or "x-sucuri-block" in h:
        return True
    if h.get("server", "").startswith(("cloudflare", "akamaighost", "ddos-guard")) and status in (403, 503):
        return True
    t = (title or "").lower()
    return any(s in t for s in ("just a moment", "attention required", "captcha", "are you a robot",
                                "access denied", "verify you are human", "bot check"))


def is_home_redirect(requested: str, final: str, chain: list[dict[str, Any]]) -> bool:
    """A deep link that the server redirected to its home page (a soft 404)."""
    if not chain:
        return False
    a, b = urlsplit(requested), urlsplit(final)
    host_a, host_b = (a.hostname or "").removeprefix("www."), (b.hostname or "").removeprefix("www.")
    if host_a != host_b:
        return False
    deep = a.path not in HOME_PATHS or bool(a.query)
    return deep and b.path in HOME_PATHS and not b.query


def full_chain(fetch: Fetch) -> list[dict[str, Any]]:
    """The redirect hops followed by the final URL and status; [] when there was no redirect."""
    if not fetch.chain:
        return []
    last = {"url": fetch.final_url or fetch.url, "status": fetch.status}
    if fetch.error:
        last["error"] = fetch.error
    return [dict(hop) for hop in fetch.chain] + [last]


def classify(fetch: Fetch, soft404_text: str = "") -> Verdict:
    """The verdict for a fetch. ``soft404_text`` is the title/heading that matched a soft-404 pattern."""
    chain = full_chain(fetch)
    base = dict(status=fetch.status, chain=chain, final_url=fetch.final_url or fetch.url)
    note = f" ({fetch.note})" if fetch.note else ""
    if fetch.status is None:
        if fetch.error_kind in (ROBOTS, LOGGED_IN):
            return Verdict(SKIPPED, fetch.error or "disallowed by robots.txt", kind=fetch.error_kind, **base)
        return Verdict(BROKEN, (fetch.error or "no response") + note, kind=fetch.error_kind or OTHER, **base)
    status = fetch.status
    if is_bot_challenge(status, fetch.headers, fetch.title):
        return Verdict(UNVERIFIABLE, f"{status_reason(status)}: bot challenge{note}", kind="bot-challenge", **base)
    if status in UNVERIFIABLE_STATUSES:
        return Verdict(UNVERIFIABLE, status_reason(status) + note, kind=str(status), **base)
    if 300 <= status < 400:  # a redirect we did not follow: no usable Location
        return Verdict(BROKEN, f"{status_reason(status)} without a usable Location header", kind=OTHER, **base)
    if status >= 400 or status < 200:
        return Verdict(BROKEN, status_reason(status) + note, kind=str(status), **base)
    if soft404_text:
        return Verdict(BROKEN, f"soft 404: the page says \"{soft404_text[:80]}\"", kind="soft-404", **base)
    if is_home_redirect(fetch.url, fetch.final_url, fetch.chain):
        return Verdict(BROKEN, "soft 404: redirected to the site's home page", kind="soft-404", **base)
    if any(hop.get("status") in PERMANENT_REDIRECTS for hop in fetch.chain):
        return Verdict(REDIRECTED, f"permanently redirected to {fetch.final_url}", **base)
    return Verdict(OK, status_reason(status), **base)


def kind_of_error(message: str) -> str:
    """Best guess of a failure kind from a free-text reason (the crawl's ``page.error``)."""
    m = (message or "").lower()
    for kind, needles in (
        (ROBOTS, ("robots.txt",)),
        (DNS, ("dns", "resolve", "name or service not known", "nodename")),
        (REFUSED, ("refused",)),
        (TIMEOUT, ("timeout", "timed out")),
        (LOOP, ("loop",)),
        (TOO_MANY, ("too many redirect", "max redirect", "redirections")),
        (TLS, ("ssl", "tls", "certificate", "handshake")),
        (RESET, ("reset", "connection lost", "connection was closed", "connectiondone", "connectionlost")),
        (SCHEME, ("scheme",)),
    ):
        if any(n in m for n in needles):
            return kind
    return OTHER
