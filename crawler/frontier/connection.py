"""``redis://[:PASSWORD@]HOST:PORT/DB``: parsing, the password's two sources, and one-line failures.

The password comes from the URL or, when the URL has none, from ``AUDITCRAWL_REDIS_PASSWORD``. It is never
logged: every message and ``results.json`` show :func:`redacted` URLs only.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit

PASSWORD_ENV = "AUDITCRAWL_REDIS_PASSWORD"


class FrontierError(Exception):
    """The frontier cannot be used; ``exit_code`` is the CLI's (docs/cli.md)."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code


EXIT_USAGE, EXIT_UNREACHABLE, EXIT_MISMATCH = 2, 3, 5


@dataclass(frozen=True)
class RedisAddress:
    host: str
    port: int
    db: int
    username: str | None
    password: str | None

    @property
    def display(self) -> str:
        return f"redis://{self.host}:{self.port}/{self.db}"


def parse_redis_url(url: str, environ: dict[str, str] | None = None) -> RedisAddress:
    environ = os.environ if environ is None else environ
    parts = urlsplit(url or "")
    if parts.scheme != "redis" or not parts.hostname:
        raise FrontierError(f"--frontier wants redis://HOST:PORT/DB, not {redacted(url)!r}", EXIT_USAGE)
    try:
        port = parts.port or 6379
    except ValueError:
        raise FrontierError(f"bad port in {redacted(url)}", EXIT_USAGE) from None
    path = parts.path.strip("/") or "0"
    if not path.isdigit():
        raise FrontierError(f"the Redis database in {redacted(url)} must be a number", EXIT_USAGE)
    password = unquote(parts.password) if parts.password else environ.get(PASSWORD_ENV) or None
    username = unquote(parts.username) if parts.username else None
    return RedisAddress(parts.hostname, port, int(path), username or None, password)


def redacted(url: str) -> str:
    """``url`` without its user and password (safe for logs, messages and results)."""
    try:
        parts = urlsplit(url or "")
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "redis://(unparseable URL)"
    if ":" in host:
        host = f"[{host}]"
    return parts._replace(netloc=f"{quote(host, safe='[]:')}{port}").geturl()


def connect(address: RedisAddress, timeout: float = 5.0):
    """A ``redis.Redis`` client that answered PING; :class:`FrontierError` with one line otherwise."""
    import redis
    from redis.backoff import ConstantBackoff
    from redis.retry import Retry
    # one quick retry (a blip), not redis-py's default of several with growing pauses: a Redis that is gone
    # must stop the run in seconds
    client = redis.Redis(host=address.host, port=address.port, db=address.db, username=address.username,
                         password=address.password, socket_timeout=timeout, socket_connect_timeout=timeout,
                         health_check_interval=30, retry=Retry(ConstantBackoff(0.2), 1))
    try:
        client.ping()
    except redis.AuthenticationError:
        hint = "" if address.password else f" (give it in the URL or in {PASSWORD_ENV})"
        raise FrontierError(f"Redis at {address.display} refused the password{hint}", EXIT_USAGE) from None
    except redis.ResponseError as exc:
        text = str(exc)
        if "NOAUTH" in text or "WRONGPASS" in text or "invalid password" in text.lower():
            hint = "" if address.password else f" (give it in the URL or in {PASSWORD_ENV})"
            raise FrontierError(f"Redis at {address.display} needs a valid password{hint}", EXIT_USAGE) from None
        raise FrontierError(f"Redis at {address.display} answered: {text[:200]}", EXIT_UNREACHABLE) from None
    except (redis.ConnectionError, redis.TimeoutError, OSError) as exc:
        reason = str(exc).split(". ")[0][:200] or type(exc).__name__
        raise FrontierError(f"cannot reach Redis at {address.display}: {reason}", EXIT_UNREACHABLE) from None
    return client
