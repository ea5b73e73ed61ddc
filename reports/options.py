"""User-facing settings of the reports and the CI gate, declared once for the CLI/TOML layer."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from audits.base import Option
from reports.gate import parse_limits, parse_severity

FORMATS = ("html", "csv", "junit", "sarif")


def parse_formats(value: Any) -> tuple[str, ...]:
    """``"html,sarif"`` or ``["html", "sarif"]`` -> ``("html", "sarif")``."""
    items = value.split(",") if isinstance(value, str) else list(value or ())
    formats = tuple(dict.fromkeys(str(item).strip().lower() for item in items if str(item).strip()))
    unknown = [item for item in formats if item not in FORMATS]
    if unknown:
        raise ValueError(f"unknown report format(s) {', '.join(unknown)}: use {', '.join(FORMATS)}")
    return formats


def parse_path(value: Any) -> str | None:
    """A file path as text (settings end up in results.json, which holds no Path objects)."""
    if value is None or str(value).strip() == "":
        return None
    return str(Path(str(value)).expanduser())


OPTIONS: tuple[Option, ...] = (
    Option("fail_on", "AUDITCRAWL_FAIL_ON", parse_severity, None,
           "fail (exit 1) when a finding is this severe or worse: critical, serious, moderate, minor",
           metavar="SEVERITY"),
    Option("baseline", "AUDITCRAWL_BASELINE", parse_path, None,
           "results.json of an earlier run; only findings not in it count toward the gate", metavar="FILE"),
    Option("history", "AUDITCRAWL_HISTORY", parse_path, None,
           "SQLite file that keeps every run for trends (default: history.sqlite in the output folder)",
           metavar="FILE"),
    Option("formats", "AUDITCRAWL_FORMATS", parse_formats, FORMATS,
           "report formats to write: " + ",".join(FORMATS), metavar="LIST"),
    Option("gate_limits", "AUDITCRAWL_GATE_LIMITS", parse_limits, (),
           "most findings allowed per audit[:severity][:/path][:rule], e.g. links=0,wcag:serious=0",
           metavar="LIMITS"),
)
