"""Parsers for ``Option`` values, shared by the crawl, the audits and the reports.

Each takes a command-line string or a TOML value and returns the setting's
value, or raises ``ValueError`` with a message fit for the user. Each is
idempotent (parsing a parsed value gives it back): the CLI parses a flag,
then an audit reads the setting again.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any, Callable, Iterable

from audits.base import Option

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(f"expected true or false, got {value!r}")


def int_between(minimum: int, maximum: int | None = None) -> Callable[[Any], int]:
    """A whole number in [minimum, maximum] ("5" or 5; not 5.5, not true)."""
    def parse(value: Any) -> int:
        if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
            raise ValueError(f"expected a whole number, got {value!r}")
        try:
            number = int(value) if isinstance(value, (int, float)) else int(str(value).strip())
        except ValueError:
            raise ValueError(f"expected a whole number, got {value!r}") from None
        if number < minimum:
            raise ValueError(f"must be at least {minimum}, got {number}")
        if maximum is not None and number > maximum:
            raise ValueError(f"must be at most {maximum}, got {number}")
        return number
    return parse


def float_between(minimum: float, maximum: float, *, exclusive_min: bool = False) -> Callable[[Any], float]:
    """A number in [minimum, maximum] (or (minimum, maximum] with ``exclusive_min``)."""
    def parse(value: Any) -> float:
        try:
            number = float(value) if not isinstance(value, bool) else float("nan")
        except (TypeError, ValueError):
            raise ValueError(f"expected a number, got {value!r}") from None
        low_ok = number > minimum if exclusive_min else number >= minimum
        if not (low_ok and number <= maximum):
            raise ValueError(f"must be between {minimum:g} and {maximum:g}, got {value!r}")
        return number
    return parse


def parse_date(value: Any) -> str:
    """A calendar date as YYYY-MM-DD."""
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise ValueError(f"expected a date as YYYY-MM-DD, got {value!r}") from None


def parse_text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"expected some text, got {value!r}")
    return value.strip()


def parse_list(value: Any) -> list[str]:
    """A comma-separated string or a TOML array of strings."""
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return [v.strip() for v in value if v.strip()]
    raise ValueError(f"expected a list of strings, got {value!r}")


def _split_patterns(text: str) -> list[str]:
    """Patterns one a line, or separated by commas outside ``{...}`` and ``[...]`` (so ``\\d{1,3}`` survives)."""
    if "\n" in text:
        return text.splitlines()
    parts, depth, current = [], 0, []
    for char in text:
        if char in "{[":
            depth += 1
        elif char in "}]":
            depth = max(0, depth - 1)
        if char == "," and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def parse_patterns(value: Any) -> list[str]:
    """Regular expressions: a TOML array, or a string of patterns (one a line, or comma-separated)."""
    if value is None:
        return []
    if isinstance(value, str):
        items = _split_patterns(value)
    elif isinstance(value, (list, tuple)):
        items = [str(item) for item in value]
    else:
        raise ValueError(f"expected regular expressions, got {value!r}")
    items = [item.strip() for item in items if item.strip()]
    for pattern in items:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"bad regular expression {pattern!r}: {exc}") from None
    return items


def read_options(options: Iterable[Option], settings: Any) -> dict[str, Any]:
    """Option values from Scrapy settings, by option name (defaults where unset; strings from ``-s`` parsed)."""
    values: dict[str, Any] = {}
    for option in options:
        raw = settings.get(option.setting) if settings is not None else None
        values[option.name] = option.default if raw is None else option.parse(raw)
    return values
