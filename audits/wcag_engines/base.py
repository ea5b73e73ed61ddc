"""The interface every WCAG engine adapter implements, and the one result shape they all convert to.

An engine is JavaScript that runs inside the page the browser already loaded (no second
navigation). An adapter says:

- ``name`` (what ``--wcag-engines`` lists) and ``package`` (the npm package pinned in
  package.json whose version goes into ``run.engines``);
- ``preload_source()``: the script Chromium evaluates in every new document (CDP), or that is
  injected through WebDriver where the preload is missing; ``ready_js``: a JS expression that is
  true when this document has the engine;
- ``run_js``: the source of a JS ``async (options) => results`` function returning **axe-shaped**
  results: ``{violations: [rule], incomplete: [rule]}`` with ``rule = {id, impact, tags, help,
  helpUrl, nodes: [{target | element, html, summary, impact}]}`` and tags like ``wcag2a``,
  ``wcag143`` or ``best-practice``. An engine with its own native format converts inside
  ``run_js`` (see ``qualweb.py``), so one converter (``from_axe_shape``) serves every engine; an
  engine that already speaks axe's shape (auditcrawl's own checks) plugs in with ``AxeShapedEngine``.

Nodes may carry an ``element``: the runner in the page turns it (or an axe ``target``) into a
canonical node key (document path, shadow roots, same-origin frames) so that the same element
reported by two engines becomes one finding (``merge.py``).
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar

REPO_ROOT = Path(__file__).resolve().parents[2]
NODE_MODULES_ENV = "AUDITCRAWL_NODE_MODULES"
GLOBAL_NODE_MODULES = (Path("/usr/local/lib/node_modules"), Path("/usr/lib/node_modules"))  # npm install -g


def node_modules_candidates(environ: Any = None, cwd: Path | None = None) -> list[Path]:
    """Where the engines' npm packages are looked for, in order (see :func:`find_node_modules`)."""
    environ = os.environ if environ is None else environ
    if environ.get(NODE_MODULES_ENV):
        return [Path(environ[NODE_MODULES_ENV]).expanduser()]  # said explicitly: that one only
    here = (cwd or Path.cwd()) / "node_modules"
    return list(dict.fromkeys([REPO_ROOT / "node_modules", here, *GLOBAL_NODE_MODULES]))


def find_node_modules(environ: Any = None, cwd: Path | None = None) -> Path:
    """The ``node_modules`` folder the WCAG engines come from.

    ``$AUDITCRAWL_NODE_MODULES`` when set; else the first of: the source checkout's (``npm ci`` beside the
    sources; an editable install), the current directory's (``npm install axe-core`` where a wheel-installed
    auditcrawl runs), npm's global folders. A folder without axe-core is passed over; with none found, the
    first candidate is returned and :func:`missing_axe_message` says what to install.
    """
    candidates = node_modules_candidates(environ, cwd)
    for folder in candidates:
        if (folder / "axe-core" / "axe.min.js").is_file():
            return folder
    return candidates[0] if len(candidates) == 1 else (cwd or Path.cwd()) / "node_modules"


def missing_axe_message(version: str = "") -> str:
    """One line: axe-core is not installed where auditcrawl looks, and how to install it."""
    looked = ", ".join(str(p) for p in node_modules_candidates())
    package = f"axe-core@{version}" if version else "axe-core"
    return (f"the WCAG audit needs npm's axe-core, not found in {looked}: run 'npm install {package}' in the "
            f"folder auditcrawl runs from, or set {NODE_MODULES_ENV} to a node_modules folder that has it "
            "(or leave wcag out of --audits)")


NODE_MODULES = find_node_modules()
IMPACTS = ("critical", "serious", "moderate", "minor")

_SC = re.compile(r"^wcag(\d)(\d)(\d{1,2})$")
_LEVEL = re.compile(r"^wcag2\d?(a{1,3})$")


def criteria_of(tags: list[str]) -> tuple[list[str], str | None]:
    """axe-style tags -> (["1.4.3"], "AA"); level is None for rules outside WCAG (best practices)."""
    criteria = []
    for match in map(_SC.match, tags):
        if match and ".".join(match.groups()) not in criteria:
            criteria.append(".".join(match.groups()))
    levels = [m.group(1).upper() for m in map(_LEVEL.match, tags) if m]
    level = min(levels, key=len) if levels else None
    return criteria, level


@lru_cache(maxsize=32)
def package_version(package: str) -> str:
    """Version of an npm package installed in node_modules/ ("" when missing)."""
    try:
        return json.loads((NODE_MODULES / package / "package.json").read_text())["version"]
    except (OSError, ValueError, KeyError):
        return ""


@dataclass(frozen=True)
class EngineSettings:
    """What engines need from the audit's settings."""

    tags: tuple[str, ...]
    advisories: bool = False
    frame_wait_ms: int = 10000


@dataclass
class EngineNode:
    key: str  # canonical node key (same element -> same key, whichever engine)
    selector: str  # what the report shows: frames joined with " >>> ", shadow roots with "::shadow "
    html: str
    message: str
    impact: str | None = None


@dataclass
class EngineResult:
    """One native rule's verdict on some nodes, in the common shape."""

    engine: str
    rule: str
    kind: str  # "violation" | "review" | "advisory" | "advisory-review"
    criteria: list[str]
    level: str | None
    tags: list[str]
    help: str
    help_url: str
    impact: str | None
    nodes: list[EngineNode] = field(default_factory=list)
    act: list[str] = field(default_factory=list)  # ACT rule ids this native rule implements


def format_target(target: list[Any]) -> str:
    """axe's target: one entry per frame (`` >>> ``); an entry that is a list crosses shadow roots."""
    parts = []
    for part in target or []:
        if isinstance(part, list):
            parts.append("::shadow ".join(str(p) for p in part))
        else:
            parts.append(str(part))
    return " >>> ".join(parts)


def _node_message(help_text: str, node: dict[str, Any]) -> str:
    summary = (node.get("summary") or "\n".join(node.get("messages") or [])).strip()
    return f"{help_text}. {summary}".strip() if summary else help_text


def is_advisory(tags: list[str], criteria: list[str]) -> bool:
    """A rule that names no WCAG success criterion is a best practice, not a WCAG failure."""
    return not criteria


def from_axe_shape(engine: str, raw: dict[str, Any], clean_html: Any = None) -> list[EngineResult]:
    """Axe-shaped results (any engine) -> EngineResults; ``clean_html(str) -> str`` trims snippets."""
    trim = clean_html or (lambda text: text)
    results = []
    for bucket, kind in (("violations", "violation"), ("incomplete", "review")):
        for rule in raw.get(bucket) or []:
            tags = [str(t) for t in rule.get("tags") or []]
            criteria, level = criteria_of(tags)
            if is_advisory(tags, criteria):
                kind_here = "advisory" if kind == "violation" else "advisory-review"
            else:
                kind_here = kind
            help_text = str(rule.get("help") or rule.get("id"))
            nodes = []
            for node in rule.get("nodes") or []:
                selector = node.get("selector") or format_target(node.get("target") or [])
                nodes.append(EngineNode(key=node.get("key") or selector, selector=selector,
                                        html=trim(node.get("html") or ""), message=_node_message(help_text, node),
                                        impact=node.get("impact") or rule.get("impact")))
            results.append(EngineResult(
                engine=engine, rule=str(rule.get("id")), kind=kind_here, criteria=criteria, level=level, tags=tags,
                help=help_text, help_url=str(rule.get("helpUrl") or ""), impact=rule.get("impact"), nodes=nodes,
                act=[str(a) for a in rule.get("act") or []]))
    return results


class Engine:
    """An engine adapter. Subclasses set the class attributes and ``run_js``."""

    name: ClassVar[str] = ""
    package: ClassVar[str] = ""  # npm package (node_modules/<package>/package.json has the version)
    label: ClassVar[str] = ""  # name in run.engines, e.g. "axe-core"
    frames: ClassVar[bool] = False  # True: must be in every frame (axe collects frame results itself)
    run_js: ClassVar[str] = ""
    ready_js: ClassVar[str] = "false"

    def __init__(self, settings: EngineSettings) -> None:
        self.settings = settings

    def version(self) -> str:
        return package_version(self.package)

    def installed(self) -> bool:
        return bool(self.version())

    def preload_source(self) -> str:
        raise NotImplementedError

    def options(self) -> dict[str, Any]:
        """The ``options`` argument ``run_js`` gets."""
        return {}

    def levels(self) -> set[str]:
        """WCAG levels the audit's tags ask for: ``wcag2aa`` -> {"AA"}; the default tags -> {"A", "AA"}."""
        return {m.group(1).upper() for m in map(_LEVEL.match, self.settings.tags) if m}

    def convert(self, raw: dict[str, Any], clean_html: Any = None) -> list[EngineResult]:
        return from_axe_shape(self.name, raw, clean_html)


class AxeShapedEngine(Engine):
    """An engine whose ``run_js`` already returns axe's shape from one preloaded script file
    (``script``: path under node_modules or absolute). Subclass, set ``name``, ``package``,
    ``script``, ``global_name`` (what the script defines on window) and ``run_js``."""

    script: ClassVar[str] = ""
    global_name: ClassVar[str] = ""

    @property
    def ready_js(self) -> str:  # type: ignore[override]
        return f"!!window[{json.dumps(self.global_name)}]"

    def preload_source(self) -> str:
        path = Path(self.script)
        return (path if path.is_absolute() else NODE_MODULES / path).read_text(encoding="utf-8")
