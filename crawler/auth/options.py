"""The login settings: one TOML key, one ``--flag`` and one ``AUDITCRAWL_AUTH_*`` setting each.

Values of the form ``env:VAR`` (login fields, header and cookie values) are read from environment
variable VAR when the run starts, so secrets stay out of shell history and config files.
"""
from __future__ import annotations

import re
from typing import Any

from audits.base import Option
from audits.option_types import parse_patterns, parse_text

from .guard import DESTRUCTIVE_PATTERNS, LOGOUT_PATTERNS

_TOKEN = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")  # an HTTP header name (RFC 9110 token)


def _items(value: Any, what: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return list(value)
    raise ValueError(f"expected {what} (a string, or a list of them), got {type(value).__name__}")


def parse_headers(value: Any) -> list[str]:
    """``"Name: value"`` strings (a TOML table ``{Name = "value"}`` too) -> ``["Name: value", ...]``."""
    if isinstance(value, dict):
        value = [f"{k}: {v}" for k, v in value.items()]
    headers = []
    for item in _items(value, '"Name: value" headers'):
        name, colon, text = item.partition(":")
        name = name.strip()
        if not colon or not name:
            raise ValueError(f'a header is "Name: value", got {item.split(":")[0][:40]!r} without a colon')
        if not _TOKEN.match(name):
            raise ValueError(f"not a header name: {name[:40]!r}")
        if "\r" in text or "\n" in text:
            raise ValueError(f"header {name} has a line break in its value")
        headers.append(f"{name}: {text.strip()}")
    return headers


def _pairs(what: str):
    def parse(value: Any) -> list[str]:
        if isinstance(value, dict):
            value = [f"{k}={v}" for k, v in value.items()]
        pairs = []
        for item in _items(value, f"{what} as NAME=VALUE"):
            name, equals, text = item.partition("=")
            if not equals or not name.strip():
                raise ValueError(f"a {what} is NAME=VALUE, got {name.strip()[:40]!r} without '='")
            pairs.append(f"{name.strip()}={text}")
        return pairs
    return parse


parse_cookies = _pairs("cookie")
parse_login_fields = _pairs("login field")


def parse_env_name(value: Any) -> str:
    name = parse_text(value)
    if not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", name):
        raise ValueError(f"not an environment variable name: {name!r}")
    return name


def parse_http_url(value: Any) -> str:
    text = parse_text(value)
    if not re.match(r"^https?://[^/\s]+", text, re.I):
        raise ValueError(f"not an http(s) URL: {text!r}")
    return text


def parse_origins(value: Any) -> list[str]:
    """``https://host[:port]`` origins, comma-separated or a list (a path is ignored)."""
    from .config import origin_of
    items = [p.strip() for p in value.split(",")] if isinstance(value, str) else _items(value, "origins")
    origins = []
    for item in filter(None, (i.strip() for i in items)):
        if not re.match(r"^https?://[^/\s]+", item, re.I):
            raise ValueError(f"an origin is scheme://host[:port], got {item!r}")
        origins.append(origin_of(item))
    return origins


AUTH_OPTIONS: tuple[Option, ...] = (
    Option("header", "AUDITCRAWL_AUTH_HEADERS", parse_headers, [],
           "extra request header for the site's own origins, repeatable (value env:VAR reads VAR)",
           '"NAME: VALUE"', repeatable=True, secret=True),
    Option("cookie", "AUDITCRAWL_AUTH_COOKIES", parse_cookies, [],
           "cookie for the site's own origins, repeatable (value env:VAR reads VAR)", "NAME=VALUE",
           repeatable=True, secret=True),
    Option("basic_auth", "AUDITCRAWL_AUTH_BASIC_USER", parse_text, None,
           "HTTP Basic auth user for the site's own origins; the password is read from --password-env", "USER"),
    Option("password_env", "AUDITCRAWL_AUTH_PASSWORD_ENV", parse_env_name, "AUDITCRAWL_PASSWORD",
           "environment variable holding the --basic-auth password", "VAR"),
    Option("login_url", "AUDITCRAWL_AUTH_LOGIN_URL", parse_http_url, None,
           "page with the login form: it is filled and posted once before the crawl (and once more if "
           "the session expires)", "URL"),
    Option("login_field", "AUDITCRAWL_AUTH_LOGIN_FIELDS", parse_login_fields, [],
           "a login form field, repeatable; NAME=env:VAR reads the value from VAR", "NAME=VALUE",
           repeatable=True, secret=True),
    Option("login_form", "AUDITCRAWL_AUTH_LOGIN_FORM", parse_text, None,
           "CSS selector of the login form (default: the form with a password field)", "CSS"),
    Option("auth_origins", "AUDITCRAWL_AUTH_ORIGINS", parse_origins, [],
           "more origins that get the credentials, besides the start URLs' own", "ORIGIN,..."),
    Option("logout_patterns", "AUDITCRAWL_AUTH_LOGOUT_PATTERNS", parse_patterns, list(LOGOUT_PATTERNS),
           "while logged in, links whose URL or text matches are not followed or checked (skipped: logout)",
           "REGEX"),
    Option("destructive_patterns", "AUDITCRAWL_AUTH_DESTRUCTIVE_PATTERNS", parse_patterns,
           list(DESTRUCTIVE_PATTERNS),
           "while logged in, URLs with a short part (path segment, query name or value) matching are not "
           "followed or checked (skipped: destructive); '' (TOML: []) for none",
           "REGEX"),
)
