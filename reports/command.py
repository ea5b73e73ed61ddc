"""``auditcrawl report DIR``: render the reports again from results.json and apply the CI gate.

``main(argv)`` is complete on its own (``python -m reports DIR``) so the
top-level CLI can delegate to it; ``finish_run`` is the part a crawl calls
after writing results.json.
"""
from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path
from typing import Any, Iterable, Mapping, TextIO

from reports.gate import (EXIT_GATE_FAILED, EXIT_PASSED, EXIT_UNREACHABLE, EXIT_USAGE, GateConfig,
                          evaluate_gate, format_gate, parse_gate_config, parse_limits, parse_severity,
                          site_unreachable)
from reports.options import OPTIONS, parse_formats
from reports.render import default_history_path, write_reports

RESULTS_NAME = "results.json"


class UsageError(ValueError):
    """Bad flags, config or input files: exit code 2."""


def load_results(path: Path) -> dict[str, Any]:
    """Read a results.json (schema version 1); UsageError with a readable message otherwise."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"{path}: not a readable results.json ({exc})") from None
    if not isinstance(data, dict) or data.get("schema_version") != 1:
        raise UsageError(f"{path}: not an auditcrawl results.json of schema version 1")
    if not isinstance(data.get("findings", []), list) or not isinstance(data.get("pages", []), list):
        raise UsageError(f"{path}: 'pages' and 'findings' must be lists")
    return data


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
        print("site unreachable: no page answered (exit 3)", file=out)
        return EXIT_UNREACHABLE
    result = evaluate_gate(results, fail_on=gate.fail_on, limits=gate.limits, baseline=baseline)
    print(format_gate(result), file=out)
    return EXIT_PASSED if result.passed else EXIT_GATE_FAILED


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="auditcrawl report",
                                     description="Render the reports again from DIR/results.json and apply the gate.")
    parser.add_argument("dir", type=Path, help="output folder of a run (holds results.json)")
    parser.add_argument("--config", type=Path, metavar="FILE", help="TOML file with a [gate] table")
    for option in OPTIONS:
        parser.add_argument(option.flag, dest=option.name, metavar=option.metavar, help=option.help, default=None)
    return parser


def _read_gate_table(path: Path | None) -> dict[str, Any]:
    """The gate settings of a config file: top-level ``fail_on``/``gate_limits`` (as ``auditcrawl
    audit --config`` reads them) or a ``[gate]`` table with ``fail_on`` and ``limits``."""
    if path is None:
        return {}
    try:
        with open(path, "rb") as handle:
            config = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"{path}: cannot read config ({exc})") from None
    gate = config.get("gate", {})
    if not isinstance(gate, dict):
        raise UsageError(f"{path}: [gate] must be a table")
    gate = dict(gate)
    if "fail_on" in config:
        gate.setdefault("fail_on", config["fail_on"])
    if "gate_limits" in config:
        gate.setdefault("limits", config["gate_limits"])
    return gate


def main(argv: list[str] | None = None, out: TextIO = sys.stderr) -> int:
    args = build_parser().parse_args(argv)  # argparse itself exits with 2 on bad usage
    try:
        gate = parse_gate_config(_read_gate_table(args.config))
        if args.fail_on is not None:
            gate = GateConfig(fail_on=parse_severity(args.fail_on), limits=gate.limits)
        if args.gate_limits is not None:
            gate = GateConfig(fail_on=gate.fail_on, limits=parse_limits(args.gate_limits))
        formats = parse_formats(args.formats) if args.formats is not None else parse_formats("html,csv,junit,sarif")
        results = load_results(args.dir / RESULTS_NAME)
        baseline = load_results(Path(args.baseline)) if args.baseline else None
        history_path = Path(args.history) if args.history else default_history_path(args.dir)
    except ValueError as exc:
        print(f"auditcrawl report: error: {exc}", file=out)
        return EXIT_USAGE
    return finish_run(results, args.dir, history_path=history_path, formats=formats, gate=gate,
                      baseline=baseline, out=out)
