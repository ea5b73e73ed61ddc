"""Geometry for the report's plain-SVG charts (the template draws them, escaped).

Each chart also carries a one-sentence text alternative; the numbers are
always in a table next to it as well.
"""
from __future__ import annotations

from typing import Any

from audits.base import SEVERITIES
from reports.history import RunSummary

SEVERITY_COLOURS = {"critical": "#a4161a", "serious": "#c2410c", "moderate": "#8a6100", "minor": "#1d4ed8"}
AGE_COLOUR = "#2b5f8a"
UNDATED_COLOUR = "#6b6b6b"


def hbar_chart(items: list[tuple[str, int, str]], *, label_width: int = 120, width: int = 460,
               bar_height: int = 22, gap: int = 8) -> dict[str, Any]:
    """Horizontal bars: ``items`` are (label, value, colour)."""
    top = max([value for _label, value, _c in items] + [1])
    plot = width - label_width - 50
    bars = []
    for index, (label, value, colour) in enumerate(items):
        y = index * (bar_height + gap) + gap
        length = round(plot * value / top) if value else 0
        bars.append({"label": label, "value": value, "colour": colour, "x": label_width, "y": y,
                     "w": max(length, 1 if value else 0), "h": bar_height,
                     "text_y": y + bar_height / 2 + 5, "value_x": label_width + length + 6})
    return {"width": width, "height": len(items) * (bar_height + gap) + gap, "bars": bars,
            "label_x": label_width - 8}


def severity_chart(totals: dict[str, int]) -> dict[str, Any]:
    chart = hbar_chart([(s, totals.get(s, 0), SEVERITY_COLOURS[s]) for s in SEVERITIES], label_width=90)
    chart["alt"] = "Findings by severity: " + ", ".join(f"{totals.get(s, 0)} {s}" for s in SEVERITIES) + "."
    return chart


def age_chart(bins: list[tuple[str, int]]) -> dict[str, Any]:
    chart = hbar_chart([(label, n, UNDATED_COLOUR if label == "no date" else AGE_COLOUR) for label, n in bins])
    chart["alt"] = "Audited pages by age of their last review date: " + \
        ", ".join(f"{n} {label}" for label, n in bins) + "."
    return chart


def trend_chart(runs: list[RunSummary], *, width: int = 560, height: int = 220) -> dict[str, Any] | None:
    """Stacked columns, one per run (oldest left), segments by severity."""
    if not runs:
        return None
    left, bottom, top_pad = 44, 40, 12
    plot_w, plot_h = width - left - 10, height - bottom - top_pad
    highest = max([run.total for run in runs] + [1])
    step = _nice_step(highest / 4)
    intervals = -(-highest // step)  # ceiling
    peak = step * intervals
    slot = plot_w / len(runs)
    col_w = min(48.0, slot * 0.6)
    columns = []
    for index, run in enumerate(runs):
        x = left + index * slot + (slot - col_w) / 2
        y = top_pad + plot_h
        segments = []
        for severity in reversed(SEVERITIES):  # minor at the bottom, critical on top
            value = run.by_severity.get(severity, 0)
            h = plot_h * value / peak
            y -= h
            if value:
                segments.append({"x": round(x, 1), "y": round(y, 1), "w": round(col_w, 1), "h": round(h, 1),
                                 "colour": SEVERITY_COLOURS[severity], "severity": severity, "value": value})
        columns.append({"segments": segments, "label": (run.as_of or run.started_at[:10]),
                        "label_x": round(x + col_w / 2, 1), "total": run.total,
                        "total_y": round(y - 4, 1)})
    ticks = [{"value": step * i, "y": round(top_pad + plot_h - plot_h * i / intervals, 1)}
             for i in range(intervals + 1)]
    alt = "Findings per run, oldest first: " + "; ".join(
        f"{c['label']}: {c['total']}" for c in columns) + "."
    legend = [{"severity": s, "colour": SEVERITY_COLOURS[s]} for s in SEVERITIES]
    return {"width": width, "height": height, "columns": columns, "ticks": ticks, "left": left, "legend": legend,
            "axis_y": top_pad + plot_h, "label_y": top_pad + plot_h + 18, "right": width - 10, "alt": alt}


def _nice_step(raw: float) -> int:
    """The smallest 1, 2 or 5 times a power of ten that is at least ``raw`` (whole numbers only)."""
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            if factor * magnitude >= raw:
                return factor * magnitude
        magnitude *= 10
