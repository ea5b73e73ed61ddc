"""auditcrawl's own WCAG checks, for barriers no engine has a rule for.

Each check is one JavaScript file in ``js/`` that registers itself with the shared part
(``js/_core.js``: documents, same-origin frames and open shadow roots, unique selectors,
visibility, what a link says). ``bundle()`` joins them into one script, with the metadata below,
that defines ``window.__auditcrawlChecks.run(options)``; it returns axe-shaped results
(``{violations: [rule], incomplete: [rule]}``, tags ``wcag2a``/``wcag111``, or ``best-practice``
for advisories), so the engine layer treats it like any engine (``audits/wcag_engines/auditcrawl.py``).

A check with a success criterion is a WCAG check when its level is among the levels the audit
tests (``options.levels``); otherwise (no criterion, or AAA under the default tags) it is an
advisory. ``needs review`` results (``incomplete``) are never violations.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

JS_DIR = Path(__file__).parent / "js"
GLOBAL = "__auditcrawlChecks"
TECHNIQUES = "https://www.w3.org/WAI/WCAG22/Techniques/"


@dataclass(frozen=True)
class Check:
    id: str
    help: str
    description: str
    criteria: tuple[str, ...]  # WCAG success criteria it fails; () = an advisory
    level: str | None  # level of those criteria
    impact: str
    helpUrl: str  # noqa: N815 - axe's field name, as the bundle returns it

    @property
    def advisory(self) -> bool:
        return not self.criteria


CHECKS: tuple[Check, ...] = (
    Check("alt-uninformative", "Images must have text alternatives that describe them",
          "Text alternatives that are a file name, a camera default or a placeholder word (F30, F39)",
          ("1.1.1",), "A", "serious", TECHNIQUES + "failures/F30"),
    Check("focus-visible", "Elements must show when they have keyboard focus",
          "Focusable elements whose look does not change at all when focused (F78)",
          ("2.4.7",), "AA", "serious", TECHNIQUES + "failures/F78"),
    Check("link-new-window", "Links that open a new window or tab should say so",
          "Links with target=_blank (or a named target) that do not warn of the new window (G201, SC 3.2.5 AAA)",
          (), None, "minor", TECHNIQUES + "general/G201"),
    Check("link-file-type", "Links to documents should name the file type",
          "Links to PDF, Office, OpenDocument, CSV or ZIP files whose text gives no file type",
          (), None, "minor", "https://www.w3.org/WAI/WCAG22/Understanding/link-purpose-in-context"),
    Check("text-justified", "Blocks of text should not be justified",
          "Text blocks set with text-align: justify (F88)",
          ("1.4.8",), "AAA", "minor", TECHNIQUES + "failures/F88"),
    Check("text-small", "Text should be at least 9 px",
          "Visible text whose computed font size is below 9 CSS pixels",
          (), None, "minor", "https://www.w3.org/WAI/WCAG22/Understanding/resize-text"),
    Check("text-all-caps", "Long text should not be set in capitals",
          "Runs of 8 or more words in capital letters (typed or text-transform: uppercase)",
          (), None, "minor", "https://www.w3.org/WAI/WCAG22/Understanding/visual-presentation"),
    Check("presentational-markup", "Presentation should be in CSS, not in obsolete HTML",
          "<font>, <center>, <big>, <strike>, <tt>, and align/bgcolor/background attributes (G140)",
          (), None, "minor", TECHNIQUES + "general/G140"),
)
BY_ID = {check.id: check for check in CHECKS}

# the focus check changes focus and styles for a moment: it runs last
_ORDER = [check.id for check in CHECKS if check.id != "focus-visible"] + ["focus-visible"]


def js_source(check_id: str) -> str:
    return (JS_DIR / f"{check_id}.js").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def bundle() -> str:
    """The browser-side script: core, metadata, then one file per check. Safe to evaluate twice."""
    meta = {check_id: {**asdict(BY_ID[check_id]), "criteria": list(BY_ID[check_id].criteria)}
            for check_id in _ORDER}
    parts = [js_source("_core"), f"window.{GLOBAL}.meta = {json.dumps(meta)};"]
    parts += [js_source(check_id) for check_id in _ORDER]
    return "\n;\n".join(parts)
