"""The demo site's pages as docs/demo.md plants them: which have WCAG barriers, which are clean."""
from __future__ import annotations

import json
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "demo" / "site"
# docs/demo.md's machine-readable summary
PLANTED = json.loads(re.search(r"```json\n(.*?)\n```", (REPO / "docs" / "demo.md").read_text(encoding="utf-8"),
                               re.S).group(1))


def clean_demo_pages() -> list[str]:
    """Paths (relative to demo/site) of the HTML pages with no planted WCAG barrier, 404 page aside."""
    planted = PLANTED["wcag_default_rules"]
    return sorted(path for path in (str(p.relative_to(DEMO)) for p in DEMO.rglob("*.html"))
                  if f"/{path}" not in planted and f"/{path}".replace("index.html", "") not in planted
                  and not path.startswith("404"))
