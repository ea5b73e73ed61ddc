"""auditcrawl's own checks (``audits/checks/``) as an engine: ``--wcag-engines axe,auditcrawl``.

The bundle is preloaded into every new document like the other engines and run in the top
document only: it walks same-origin frames (their ``contentDocument``) and open shadow roots
itself, so it needs no copy per frame (``frames = False``). Cross-origin frames are not checked.
Its results are already in axe's shape; each node also hands over its element, so the merge
matches it with another engine's finding on the same element and criterion.
"""
from __future__ import annotations

import hashlib
from importlib import metadata
from typing import Any, ClassVar

from audits.checks import GLOBAL, bundle
from audits.wcag_engines.base import AxeShapedEngine

# A check that throws is listed in ``errors`` (one page error entry each); the others' results stand.
RUN_JS = """async (options) => window.%(name)s.run(Object.assign({elements: true}, options))""" % {"name": GLOBAL}


class AuditcrawlEngine(AxeShapedEngine):
    name: ClassVar[str] = "auditcrawl"
    label: ClassVar[str] = "auditcrawl-checks"
    frames: ClassVar[bool] = False
    run_js: ClassVar[str] = RUN_JS
    global_name: ClassVar[str] = GLOBAL

    @property
    def ready_js(self) -> str:  # type: ignore[override]
        return f"!!(window.{GLOBAL} && typeof window.{GLOBAL}.run === 'function')"

    def version(self) -> str:
        """auditcrawl's version and the bundle's hash: a change to any check is a new version
        (``run.engines``; ``--incremental`` does not reuse results of other checks)."""
        try:
            package = metadata.version("auditcrawl")
        except metadata.PackageNotFoundError:
            package = "0+unknown"
        return f"{package}+{hashlib.sha256(bundle().encode()).hexdigest()[:10]}"

    def installed(self) -> bool:
        return True  # part of auditcrawl itself

    def preload_source(self) -> str:
        return bundle()  # assembled from audits/checks/js/, not one file

    def options(self) -> dict[str, Any]:
        # checks whose level is not asked for (e.g. AAA under the default tags) become advisories
        return {"levels": sorted(self.levels(), key=len)}
