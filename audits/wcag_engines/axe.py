"""axe-core (npm ``axe-core``, pinned in package.json): the default engine.

axe goes into every document of the page (frames included: it collects their results itself)
and runs once from the top. Cross-origin frames answer only when allowed to, so every copy is
configured with ``allowedOrigins: ['<unsafe_all_origins>']``.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, ClassVar

from audits.wcag_engines.base import NODE_MODULES, Engine

AXE_PATH = NODE_MODULES / "axe-core" / "axe.min.js"

# Cross-origin frames answer axe's messages only when allowed to.
CONFIGURE_JS = "if (window.axe) axe.configure({allowedOrigins: ['<unsafe_all_origins>']}); return !!window.axe;"

# Run axe and return only what findings need: full results of big pages are megabytes.
RUN_JS = """async (options) => {
  const act = {};
  for (const r of axe.getRules()) act[r.ruleId] = r.actIds || [];
  const pick = (r) => ({id: r.id, impact: r.impact, tags: r.tags, help: r.help, helpUrl: r.helpUrl, act: act[r.id] || [],
    nodes: r.nodes.map((n) => ({target: n.target, html: (n.html || '').slice(0, 1000), impact: n.impact,
      summary: n.failureSummary || '',
      messages: [].concat(n.any || [], n.all || [], n.none || []).map((c) => c.message).filter(Boolean)}))});
  const r = await axe.run(document, options);
  return {version: axe.version, violations: r.violations.map(pick), incomplete: r.incomplete.map(pick)};
}"""


class AxeEngine(Engine):
    name: ClassVar[str] = "axe"
    package: ClassVar[str] = "axe-core"
    label: ClassVar[str] = "axe-core"
    frames: ClassVar[bool] = True
    run_js: ClassVar[str] = RUN_JS
    script: Path = AXE_PATH

    def __init__(self, settings: Any, script: str | Path | None = None) -> None:
        super().__init__(settings)
        if script is not None:
            self.script = Path(script)

    def version(self) -> str:
        try:
            return json.loads((Path(self.script).parent / "package.json").read_text())["version"]
        except (OSError, ValueError, KeyError):
            return ""

    @property
    def ready_js(self) -> str:  # type: ignore[override]
        return (f"!!(window.axe && typeof window.axe.run === 'function' && "
                f"window.axe.version === {json.dumps(self.version())})")

    def preload_source(self) -> str:
        return (Path(self.script).read_text(encoding="utf-8") + "\n;(function(){"
                + CONFIGURE_JS.replace("return ", "") + "})();")

    def tags(self) -> list[str]:
        tags = list(self.settings.tags)
        if self.settings.advisories and "best-practice" not in tags:
            tags.append("best-practice")
        return tags

    def options(self) -> dict[str, Any]:
        return {
            "runOnly": {"type": "tag", "values": self.tags()},
            # a frame axe cannot enter (sandboxed without scripts) becomes a needs-review item, not a gap
            "rules": {"frame-tested": {"enabled": True}},
            # passes and inapplicable are not reported: asking for them costs time and bytes
            "resultTypes": ["violations", "incomplete"],
            "iframes": True,
            "frameWaitTime": self.settings.frame_wait_ms,
            "selectors": True, "ancestry": False, "xpath": False, "absolutePaths": False,
            "elementRef": False, "performanceTimer": False,
        }
