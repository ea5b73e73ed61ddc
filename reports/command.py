"""The end of every run: write the reports from results.json, then apply the CI gate.

``auditcrawl audit``, ``demo`` and ``report`` all finish through ``finish_run``.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Iterable, Mapping, TextIO

from reports.gate import (EXIT_GATE_FAILED, EXIT_PASSED, EXIT_UNREACHABLE, GateConfig, evaluate_gate,
                          format_gate, site_unreachable)
from reports.render import write_reports


def finish_run(results: dict[str, Any], out_dir: Path, *, history_path: Path | None = None,
               formats: Iterable[str] = ("html", "csv", "junit", "sarif"), gate: GateConfig = GateConfig(),
               baseline: Mapping[str, Any] | None = None, out: TextIO = sys.stderr) -> int:
    """Write the reports, then return the exit code: 0 passed, 1 gate failed, 3 site unreachable."""
    paths = write_reports(results, out_dir, history_path=history_path, formats=formats)
    if paths.html:
        print(f"report: {paths.html}", file=out)
    if paths.comparison is not None and paths.comparison.has_previous:
        c = paths.comparison
        print(f"since the previous run: {c.count('new')} new, {c.count('persisting')} persisting, "
              f"{len(c.fixed)} fixed", file=out)
    if site_unreachable(results):
        start = (results.get("run") or {}).get("start_results") or {}
        reasons = "; ".join(f"{url} ({outcome})" for url, outcome in start.items()) or "no page answered"
        print(f"site unreachable: {reasons} (exit 3)", file=out)
        return EXIT_UNREACHABLE
    result = evaluate_gate(results, fail_on=gate.fail_on, limits=gate.limits, baseline=baseline)
    print(format_gate(result), file=out)
    return EXIT_PASSED if result.passed else EXIT_GATE_FAILED
