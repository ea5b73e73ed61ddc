"""WCAG engines: one adapter module per engine that runs inside the loaded page.

``ENGINES`` lists them in the order they run and merge (the first engine's rule id and selector
name a merged finding). Adding an engine: a module with an ``Engine`` subclass (see ``base.py``;
an engine returning axe-shaped results needs only its script and ``run_js``), one line here, its
npm package pinned in package.json.
"""
from __future__ import annotations

from typing import Any

from audits.wcag_engines.auditcrawl import AuditcrawlEngine
from audits.wcag_engines.axe import AxeEngine
from audits.wcag_engines.base import Engine, EngineSettings
from audits.wcag_engines.qualweb import QualWebEngine

ENGINES: dict[str, type[Engine]] = {"axe": AxeEngine, "qualweb": QualWebEngine, "auditcrawl": AuditcrawlEngine}
DEFAULT_ENGINES = ("axe",)


def installed_engines() -> tuple[str, ...]:
    settings = EngineSettings(tags=())
    return tuple(name for name, cls in ENGINES.items() if cls(settings).installed())


def parse_engines(value: Any) -> tuple[str, ...]:
    """``"axe,qualweb"``, ``"all"`` or a list -> engine names in run order; ValueError when unknown."""
    items = value.split(",") if isinstance(value, str) else list(value or [])
    names = [str(item).strip().lower() for item in items if str(item).strip()]
    if not names:
        raise ValueError(f"give at least one WCAG engine: {', '.join(ENGINES)} or all")
    if names == ["all"]:
        found = installed_engines()
        if not found:
            raise ValueError("no WCAG engine is installed (run npm ci)")
        return found
    unknown = [name for name in names if name not in ENGINES]
    if unknown:
        raise ValueError(f"unknown WCAG engine {unknown[0]!r}: use {', '.join(ENGINES)} or all")
    return tuple(name for name in ENGINES if name in names)


def build_engines(names: tuple[str, ...], settings: EngineSettings, axe_path: str | None = None) -> list[Engine]:
    engines: list[Engine] = []
    for name in names:
        engines.append(AxeEngine(settings, axe_path) if name == "axe" else ENGINES[name](settings))
    return engines
