"""Links a logged-in crawl must not follow: logging out ends the audit, and a GET on a "delete" link
deletes on more sites than one would like.

Patterns are case-insensitive regular expressions. Logout patterns are matched against the link's
URL (path and query) and its text. Destructive patterns are matched against the URL's short parts:
each path segment and each query name and value of at most three words (``delete``,
``remove_item``, ``delete-account.php``, ``?action=remove``). A page *about* removals is fine to
read (``/how-to-remove-lead-paint``, five words, is content); ``/items/7/delete`` is not.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable
from urllib.parse import unquote, urlsplit

_W = r"(?<![a-z])"  # not inside a longer word ("deleted", "removal" and "Logoutput" are not matched)
_E = r"(?![a-z])"
LOGOUT_PATTERNS: tuple[str, ...] = (
    _W + r"log[-_ ]?(?:out|off)" + _E,
    _W + r"sign[-_ ]?(?:out|off)" + _E,
    _W + r"end[-_ ]?session" + _E,
    _W + r"abmelden" + _E, _W + r"d[ée]connexion" + _E, _W + r"cerrar[-_ ]sesi[oó]n" + _E,
)
DESTRUCTIVE_PATTERNS: tuple[str, ...] = (
    _W + r"(?:delete|remove|destroy|erase|purge|trash|discard|unsubscribe|deactivate|revoke|"
         r"cancel|unpublish|uninstall|wipe)" + _E,
)
SKIP_LOGOUT, SKIP_DESTRUCTIVE = "logout", "destructive"
MAX_ACTION_WORDS = 3  # a path segment or query part this short names an action; longer ones are slugs
_WORDS = re.compile(r"[-_.+\s]+")
_EXTENSION = re.compile(r"\.(?:php\d?|aspx?|jsp|cfm|cgi|pl|do|action|html?)$", re.I)


def action_parts(url: str) -> list[str]:
    """The parts of a URL that can name an action: short path segments, query names and values."""
    parts = urlsplit(url)
    candidates = [unquote(s) for s in parts.path.split("/") if s]
    for pair in parts.query.split("&"):
        candidates.extend(unquote(p.replace("+", " ")) for p in pair.split("=", 1) if p)
    short = []
    for candidate in candidates:
        bare = _EXTENSION.sub("", candidate)
        if 0 < len([w for w in _WORDS.split(bare) if w]) <= MAX_ACTION_WORDS:
            short.append(bare)
    return short


def _compile(patterns: Iterable[str]) -> list[re.Pattern[str]]:
    return [re.compile(p, re.I) for p in patterns]


@dataclass
class LinkGuard:
    """Says why a URL is not to be requested while logged in, or ``None``."""

    logout: list[re.Pattern[str]] = field(default_factory=list)
    destructive: list[re.Pattern[str]] = field(default_factory=list)
    active: bool = False  # only a crawl that carries credentials is guarded

    @classmethod
    def from_settings(cls, settings: Any, active: bool) -> "LinkGuard":
        def patterns(name: str, default: Iterable[str]) -> list[str]:
            value = settings.get(name) if settings is not None else None
            if value is None:
                return list(default)
            return value.splitlines() if isinstance(value, str) else list(value)
        return cls(_compile(patterns("AUDITCRAWL_AUTH_LOGOUT_PATTERNS", LOGOUT_PATTERNS)),
                   _compile(patterns("AUDITCRAWL_AUTH_DESTRUCTIVE_PATTERNS", DESTRUCTIVE_PATTERNS)), active)

    def skip_reason(self, url: str, text: str = "") -> str | None:
        if not self.active:
            return None
        try:
            parts = urlsplit(url)
        except ValueError:
            return None
        target = unquote(parts.path + ("?" + parts.query if parts.query else ""))
        if any(p.search(target) or (text and p.search(text)) for p in self.logout):
            return SKIP_LOGOUT
        if self.destructive and any(p.search(part) for part in action_parts(url) for p in self.destructive):
            return SKIP_DESTRUCTIVE
        return None
