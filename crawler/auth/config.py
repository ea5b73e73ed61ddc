"""The login settings read once: environment variables resolved, credential origins worked out.

``AuthConfig.from_settings`` raises ``AuthConfigError`` (a usage error, exit 2) for a missing
environment variable or a login URL outside the credential origins.
"""
from __future__ import annotations

import base64
import os
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping
from urllib.parse import urlsplit

from crawler.scope import ascii_host

ENV_PREFIX = "env:"
_USER_FIELD = re.compile(r"user|e-?mail|login|account|name|id$", re.I)


class AuthConfigError(ValueError):
    """A login setting the user has to fix (one line, exit 2)."""


def origin_of(url: str) -> str:
    """``scheme://host[:port]``: the browser's origin, default ports dropped, host lower-case."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    host = ascii_host(parts.hostname or "")
    if ":" in host:  # IPv6
        host = f"[{host}]"
    default = {"http": 80, "https": 443}.get(scheme)
    return f"{scheme}://{host}" + (f":{port}" if port and port != default else "")


def _resolve(value: str, what: str, environ: Mapping[str, str]) -> str:
    if not value.startswith(ENV_PREFIX):
        return value
    name = value[len(ENV_PREFIX):].strip()
    if name not in environ:
        raise AuthConfigError(f"{what}: environment variable {name} is not set")
    return environ[name]


def _split(pair: str, sep: str) -> tuple[str, str]:
    name, _, value = pair.partition(sep)
    return name.strip(), value.strip() if sep == ":" else value


@dataclass(frozen=True)
class AuthConfig:
    """Every way in, with secrets resolved. ``origins`` get the credentials; nothing else does."""

    origins: frozenset[str] = frozenset()
    headers: tuple[tuple[str, str], ...] = field(default=(), repr=False)  # no secret in a traceback
    cookies: tuple[tuple[str, str], ...] = field(default=(), repr=False)
    basic_user: str | None = None
    basic_password: str | None = field(default=None, repr=False)
    login_url: str | None = None
    login_fields: tuple[tuple[str, str], ...] = field(default=(), repr=False)
    login_form: str | None = None
    login_user: str | None = None  # who the form login is, for run.login

    @property
    def enabled(self) -> bool:
        return bool(self.headers or self.cookies or self.basic_user or self.login_url)

    @property
    def method(self) -> str:
        """What run.login calls this way in."""
        if self.login_url:
            return "form"
        if self.basic_user:
            return "basic"
        return "cookie" if self.cookies and not self.headers else "header"

    def covers(self, url: str) -> bool:
        """Do credentials go to ``url``? Only to the site's own origins (scheme, host and port)."""
        try:
            return origin_of(url) in self.origins
        except ValueError:
            return False

    def request_headers(self) -> list[tuple[str, str]]:
        """Headers every request to a credential origin carries (extra headers, Basic auth)."""
        headers = list(self.headers)
        if self.basic_user is not None:
            token = base64.b64encode(f"{self.basic_user}:{self.basic_password or ''}".encode()).decode()
            headers.append(("Authorization", f"Basic {token}"))
        return headers

    def header_names(self) -> set[str]:
        return {name.lower() for name, _ in self.request_headers()}

    def secrets(self) -> list[str]:
        """Every secret value (for tests and for scrubbing)."""
        values = [v for _, v in self.headers] + [v for _, v in self.cookies] + [v for _, v in self.request_headers()]
        values += [v for n, v in self.login_fields if not _USER_FIELD.search(n)]
        if self.basic_password:
            values.append(self.basic_password)
        return [v for v in values if v]

    def describe(self) -> dict[str, Any]:
        """run.login: that a login was used and as whom, never a secret."""
        info: dict[str, Any] = {"method": self.method}
        user = self.basic_user if self.method == "basic" else self.login_user
        if user:
            info["user"] = user
        if self.headers:
            info["headers"] = sorted({name for name, _ in self.headers})
        if self.cookies:
            info["cookies"] = sorted({name for name, _ in self.cookies})
        info["origins"] = sorted(self.origins)
        return info

    @classmethod
    def from_settings(cls, settings: Any, start_urls: Iterable[str] = (),
                      environ: Mapping[str, str] | None = None) -> "AuthConfig":
        environ = os.environ if environ is None else environ

        def items(name: str) -> list[str]:
            value = settings.get(name)
            return [value] if isinstance(value, str) else list(value or [])

        headers = tuple((n, _resolve(v, f"--header {n}", environ)) for n, v in map(lambda p: _split(p, ":"),
                                                                                 items("AUDITCRAWL_AUTH_HEADERS")))
        cookies = tuple((n, _resolve(v, f"--cookie {n}", environ)) for n, v in map(lambda p: _split(p, "="),
                                                                                 items("AUDITCRAWL_AUTH_COOKIES")))
        fields_raw = [_split(p, "=") for p in items("AUDITCRAWL_AUTH_LOGIN_FIELDS")]
        fields = tuple((n, _resolve(v, f"--login-field {n}", environ)) for n, v in fields_raw)
        login_user = next((v if not v.startswith(ENV_PREFIX) else fields[i][1]
                           for i, (n, v) in enumerate(fields_raw) if _USER_FIELD.search(n)), None)
        basic_user = settings.get("AUDITCRAWL_AUTH_BASIC_USER") or None
        password = None
        if basic_user:
            env_name = settings.get("AUDITCRAWL_AUTH_PASSWORD_ENV") or "AUDITCRAWL_PASSWORD"
            if env_name not in environ:
                raise AuthConfigError(f"--basic-auth: environment variable {env_name} (--password-env) is not set")
            password = environ[env_name]
        login_url = settings.get("AUDITCRAWL_AUTH_LOGIN_URL") or None
        if fields and not login_url:
            raise AuthConfigError("--login-field needs --login-url (the page with the login form)")
        if login_url and not fields:
            raise AuthConfigError("--login-url needs the form's fields: --login-field NAME=VALUE (repeatable)")
        origins = {origin_of(u) for u in start_urls}
        origins.update(origin_of(o) for o in items("AUDITCRAWL_AUTH_ORIGINS"))
        if login_url and origin_of(login_url) not in origins:
            raise AuthConfigError(f"--login-url {origin_of(login_url)} is not one of the site's origins "
                                  f"({', '.join(sorted(origins))}); add it with --auth-origins")
        return cls(frozenset(origins), headers, cookies, basic_user, password, login_url, fields,
                   settings.get("AUDITCRAWL_AUTH_LOGIN_FORM") or None, login_user)
