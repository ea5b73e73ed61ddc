"""One place that knows every user-facing option: TOML config files and flags become Scrapy settings.

Precedence, lowest first: crawler/settings.py, the config file, the flags.
Unknown keys and bad values are ``ConfigError`` with a one-line message.
"""
from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Iterable

from scrapy.settings import Settings
from scrapy.utils.misc import load_object

from audits.base import Option
from audits.registry import audit_classes
from crawler.options import CRAWL_OPTIONS


REDACTED = "<redacted>"  # what run.settings shows for a secret option's value


class ConfigError(ValueError):
    """A config file or flag the user has to fix."""


def all_options() -> list[Option]:
    """Crawl options, then each audit's, then the reports' (in that order; names are unique)."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    options = list(CRAWL_OPTIONS)
    for path in settings.getdict("AUDITS"):
        options.extend(load_object(path).options)
    try:
        from reports.options import OPTIONS as REPORT_OPTIONS
    except ImportError:  # reports without options yet
        REPORT_OPTIONS = ()
    options.extend(REPORT_OPTIONS)
    names = [opt.name for opt in options]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise RuntimeError(f"options declared twice: {sorted(duplicates)}")
    return options


def known_audit_ids() -> list[str]:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    return [cls.id for cls in audit_classes({k: 0 for k in settings.getdict("AUDITS")})]


def read_config_file(path: str | Path) -> dict[str, Any]:
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except IsADirectoryError:
        raise ConfigError(f"config file is a folder: {path}") from None
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return data


def _flatten_gate_table(raw: dict[str, Any], source: str) -> dict[str, Any]:
    """``[gate]`` with ``fail_on`` and ``limits`` is another spelling of ``fail_on`` and ``gate_limits``."""
    if "gate" not in raw:
        return raw
    raw = dict(raw)
    table = raw.pop("gate")
    if not isinstance(table, dict):
        raise ConfigError(f"{source}: [gate] must be a table")
    for key, value in table.items():
        flat = {"fail_on": "fail_on", "limits": "gate_limits"}.get(key)
        if flat is None:
            raise ConfigError(f"{source}: unknown setting 'gate.{key}' (use fail_on and limits)")
        raw[flat] = value
    return raw


def parse_values(raw: dict[str, Any], options: Iterable[Option], source: str) -> dict[str, Any]:
    """Validate ``raw`` (option name -> value) and return option name -> parsed value."""
    raw = _flatten_gate_table(raw, source)
    by_name = {opt.name: opt for opt in options}
    parsed: dict[str, Any] = {}
    for key, value in raw.items():
        option = by_name.get(key.replace("-", "_"))
        if option is None:
            raise ConfigError(f"{source}: unknown setting {key!r}")
        try:
            parsed[option.name] = option.parse(value)
        except ValueError as exc:
            raise ConfigError(f"{source}: {key}: {exc}") from None
    if parsed.get("audits") == ["none"]:
        parsed["audits"] = []
    if parsed.get("audits"):
        known = known_audit_ids()
        unknown = [a for a in parsed["audits"] if a not in known]
        if unknown:
            raise ConfigError(f"{source}: unknown audit {', '.join(unknown)!s} (known: {', '.join(known)})")
    return parsed


def build_settings(file_values: dict[str, Any], flag_values: dict[str, Any],
                   options: Iterable[Option]) -> Settings:
    """Scrapy settings from the project defaults, the config file and the flags."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    effective: dict[str, Any] = {}
    for option in options:
        for values, priority in ((file_values, "project"), (flag_values, "cmdline")):
            if option.name in values and values[option.name] is not None:
                settings.set(option.setting, values[option.name], priority=priority)
                effective[option.name] = values[option.name]
    run_settings = {}
    for option in options:  # what this run used, for results.json run.settings
        value = settings.get(option.setting)
        value = option.default if value is None else value
        if isinstance(value, tuple):
            value = list(value)
        if option.secret and value not in (None, [], {}, ""):
            value = [REDACTED] * len(value) if isinstance(value, list) else REDACTED
        run_settings[option.name] = value if isinstance(value, (str, int, float, bool, list, dict, type(None))) \
            else str(value)
    if run_settings.get("audits") is None:
        run_settings["audits"] = known_audit_ids()
    settings.set("AUDITCRAWL_RUN_SETTINGS", run_settings, priority="cmdline")
    return settings
