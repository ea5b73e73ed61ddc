"""Write every report of one run into its output folder.

``write_reports`` is the one entry point: it records the run in the history
(when given a history file), compares it with the previous run of the same
site, and writes report.html, findings.csv, junit.xml and results.sarif.
"""
from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping

import jinja2

from audits.base import SEVERITIES
from reports import charts, formats as machine, history
from reports.model import MANUAL_CHECKS, TEMPLATE_MIN_PAGES, build_report, format_timestamp, safe_href
from reports.results import write_text_atomic
from reports.wcag_criteria import sort_key

TEMPLATES = Path(__file__).with_name("templates")
FILE_NAMES = {"html": "report.html", "csv": "findings.csv", "junit": "junit.xml", "sarif": "results.sarif"}
DEFAULT_HISTORY_NAME = "history.sqlite"
TREND_RUNS = 10


@dataclass
class ReportPaths:
    html: Path | None = None
    csv: Path | None = None
    junit: Path | None = None
    sarif: Path | None = None
    history: Path | None = None
    comparison: history.Comparison | None = None


def default_history_path(out_dir: Path) -> Path:
    return Path(out_dir) / DEFAULT_HISTORY_NAME


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.ChainableUndefined, trim_blocks=False)
    env.filters["safe_href"] = safe_href
    env.filters["ts"] = format_timestamp
    env.filters["sc_sort"] = lambda number: "%03d%03d%03d" % (tuple(sort_key(str(number))) + (0, 0, 0))[:3]
    return env


def _static(name: str) -> str:
    return (TEMPLATES / name).read_text(encoding="utf-8")


def content_security_policy(script: str) -> str:
    """Nothing leaves the file: no fetches, frames, forms or base changes; only our own inline script runs."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'")


def render_html(results: Mapping[str, Any], comparison: history.Comparison | None = None,
                trends: list[history.RunSummary] | None = None) -> str:
    """The self-contained report.html as a string."""
    return "".join(render_html_chunks(results, comparison, trends))


def render_html_chunks(results: Mapping[str, Any], comparison: history.Comparison | None = None,
                       trends: list[history.RunSummary] | None = None) -> Iterable[str]:
    """report.html in the template's chunks (``write_reports`` writes them as they come: the whole HTML text
    of a large site is never one string in memory)."""
    report = build_report(results, comparison, trends)
    script = _static("report.js")
    return _environment().get_template("report.html.j2").generate(
        report=report, meta=report.meta, coverage=report.coverage, counts=report.counts, totals=report.totals,
        comparison=report.comparison, severities=list(SEVERITIES), manual_checks=MANUAL_CHECKS,
        template_min=TEMPLATE_MIN_PAGES, element_limit=8, engine_row_limit=2000, referrer_limit=10, severity_chart=charts.severity_chart(report.totals),
        age_chart=charts.age_chart(report.age_bins),
        trend=charts.trend_chart(report.trends) if len(report.trends) > 1 else None,
        css=_static("report.css"), script=script, csp=content_security_policy(script),
    )


def _target(out_dir: Path, name: str) -> Path:
    """A path for ``name`` that is certainly inside ``out_dir`` (no traversal, no symlink escape)."""
    path = out_dir / name
    if path.parent.resolve() != out_dir or os.path.basename(name) != name:
        raise ValueError(f"refusing to write outside the output folder: {path}")
    return path


def write_reports(results: dict, out_dir: Path, *, history_path: Path | None = None,
                  formats: Iterable[str] = ("html", "csv", "junit", "sarif")) -> ReportPaths:
    """Record the run in the history and write the requested formats into ``out_dir``.

    Re-rendering the same results replaces that run in the history instead of
    adding another one (key: run.started_at + start_urls).
    """
    formats = tuple(formats)
    unknown = [f for f in formats if f not in FILE_NAMES]
    if unknown:
        raise ValueError(f"unknown report format(s): {', '.join(unknown)}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    out_dir = out_dir.resolve()
    paths = ReportPaths()
    comparison = history.Comparison()
    trends: list[history.RunSummary] = []
    if history_path is not None:
        history_path = Path(history_path)
        history.record_run(history_path, results)
        comparison = history.compare(history_path, results)
        trends = history.trends(history_path, results, last=TREND_RUNS)
        paths.history = history_path
    paths.comparison = comparison
    writers = {
        "html": lambda: render_html_chunks(results, comparison, trends),
        "csv": lambda: machine.findings_csv_chunks(results, comparison.status),
        "junit": lambda: machine.junit_xml_chunks(results),
        "sarif": lambda: machine.sarif_chunks(results, comparison.status if comparison.has_previous else None),
    }
    for fmt in formats:
        path = _target(out_dir, FILE_NAMES[fmt])
        write_text_atomic(path, writers[fmt]())
        setattr(paths, fmt, path)
    return paths
