"""The CI gate: decide from a results dict whether a run passes.

Config (TOML)::

    [gate]
    fail_on = "serious"            # any counted finding this severe or worse fails
    [gate.limits]                  # most findings allowed per selector; 0 = none
    "links:broken-*" = 0           # no broken links (rules broken-link, broken-learn-more-link, ...)
    links = 10                     # at most 10 findings of the links audit (redirects included)
    "freshness:/policy/" = 0       # freshness findings on pages under /policy/
    "wcag:serious" = 0             # WCAG findings that are serious or critical
    "wcag:color-contrast" = 5      # one rule
    "all:critical" = 0             # any audit

A limit key is ``AUDIT`` (or ``all``) followed by optional ``:`` parts, in any
order: a severity (that severity or worse), a path prefix (starts with ``/``)
or a rule id (``*`` and ``?`` globs allowed). With a baseline (an earlier
results.json) only findings whose id is not in it count.

Advisories (audit ``advisory``: best practices with no WCAG criterion) never count toward
``fail_on`` or ``all`` limits; a limit that names them (``advisory = 0``,
``"advisory:heading-order" = 0``) gates them.
"""
from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping
from urllib.parse import urlsplit

from audits.base import SEVERITIES
from reports.portable import portable_id, portable_ids, run_origins

KNOWN_AUDITS = ("freshness", "links", "wcag")
ADVISORY = "advisory"  # findings of the WCAG audit's best-practice rules: gated only by name
GATE_AUDITS = KNOWN_AUDITS + (ADVISORY,)
ANY_AUDIT = "all"

EXIT_PASSED = 0
EXIT_GATE_FAILED = 1
EXIT_USAGE = 2
EXIT_UNREACHABLE = 3

_RULE = re.compile(r"^[A-Za-z0-9*?][A-Za-z0-9_.*?-]*$")  # a rule id, or a glob like broken-*


def parse_severity(value: Any) -> str | None:
    """``"Serious"`` -> ``"serious"``; empty/None/"none" -> None (no severity gate)."""
    if value is None:
        return None
    text = str(value).strip().lower()
    if text in ("", "none", "off"):
        return None
    if text not in SEVERITIES:
        raise ValueError(f"unknown severity {value!r}: use one of {', '.join(SEVERITIES)} (or none)")
    return text


def _worse_or_equal(severity: str, threshold: str) -> bool:
    return severity in SEVERITIES and SEVERITIES.index(severity) <= SEVERITIES.index(threshold)


@dataclass(frozen=True)
class Limit:
    """At most ``maximum`` counted findings that match this selector."""

    key: str
    audit: str  # an audit id or "all"
    maximum: int
    severity: str | None = None
    path: str | None = None
    rule: str | None = None

    def matches(self, finding: Mapping[str, Any]) -> bool:
        if self.audit != ANY_AUDIT and finding.get("audit") != self.audit:
            return False
        if self.audit == ANY_AUDIT and finding.get("audit") == ADVISORY:
            return False
        if self.severity and not _worse_or_equal(str(finding.get("severity")), self.severity):
            return False
        if self.rule and not fnmatch.fnmatchcase(str(finding.get("rule")), self.rule):
            return False
        if self.path and not (urlsplit(str(finding.get("page", ""))).path or "/").startswith(self.path):
            return False
        return True


def parse_limit(key: str, value: Any, known_audits: Iterable[str] = GATE_AUDITS) -> Limit:
    """One ``[gate.limits]`` entry -> Limit; ValueError with a readable message."""
    known = tuple(known_audits)
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"gate limit {key!r}: the value must be a whole number of findings (0 = none allowed), "
                         f"not {value!r}")
    if value < 0:
        raise ValueError(f"gate limit {key!r}: the value must be 0 or more")
    audit, *parts = str(key).strip().split(":")
    if audit not in known and audit != ANY_AUDIT:
        raise ValueError(f"gate limit {key!r}: unknown audit {audit!r}; use one of {', '.join(known)} or {ANY_AUDIT}")
    severity = path = rule = None
    for part in parts:
        if part in SEVERITIES and severity is None:
            severity = part
        elif part.startswith("/") and path is None:
            path = part
        elif _RULE.match(part) and part not in SEVERITIES and rule is None:
            rule = part
        else:
            raise ValueError(
                f"gate limit {key!r}: cannot read {part!r}; after the audit give a severity "
                f"({', '.join(SEVERITIES)}), a path starting with '/' or a rule id, each at most once")
    return Limit(key=str(key), audit=audit, maximum=value, severity=severity, path=path, rule=rule)


def parse_limits(value: Any) -> tuple[Limit, ...]:
    """A TOML table ``{"links": 0}`` or a CLI string ``"links=0,wcag:serious=0"`` -> limits."""
    if value is None or value == "":
        return ()
    if isinstance(value, (tuple, list)) and all(isinstance(item, Limit) for item in value):
        return tuple(value)
    if isinstance(value, str):
        table: dict[str, Any] = {}
        for item in value.split(","):
            if not item.strip():
                continue
            key, sep, number = item.partition("=")
            if not sep:
                raise ValueError(f"gate limit {item.strip()!r}: write KEY=NUMBER, e.g. links=0 or wcag:serious=0")
            table[key.strip()] = number.strip()
        value = table
    if not isinstance(value, Mapping):
        raise ValueError("gate limits must be a table like {links = 0, \"wcag:serious\" = 0}")
    return tuple(parse_limit(key, number) for key, number in value.items())


@dataclass(frozen=True)
class GateConfig:
    fail_on: str | None = None
    limits: tuple[Limit, ...] = ()


def parse_gate_config(table: Mapping[str, Any] | None) -> GateConfig:
    """The ``[gate]`` table of a config file -> GateConfig; ValueError on unknown keys or bad values."""
    table = dict(table or {})
    unknown = sorted(set(table) - {"fail_on", "limits"})
    if unknown:
        raise ValueError(f"[gate]: unknown key(s) {', '.join(map(repr, unknown))}; allowed: fail_on, limits")
    return GateConfig(fail_on=parse_severity(table.get("fail_on")), limits=parse_limits(table.get("limits")))


@dataclass
class GateResult:
    passed: bool
    reasons: list[str] = field(default_factory=list)
    counted: int = 0  # findings that counted toward the gate (not in the baseline)
    baseline_ignored: int = 0  # findings left out because the baseline already had them
    gated: bool = True  # False when neither fail_on nor a limit was set: nothing could fail


def baseline_ids(baseline: Mapping[str, Any] | None) -> set[str]:
    return {str(f.get("id")) for f in (baseline or {}).get("findings") or [] if f.get("id")}


def evaluate_gate(results: Mapping[str, Any], *, fail_on: str | None,
                  limits: Any = (), baseline: Mapping[str, Any] | None = None) -> GateResult:
    """Apply ``fail_on`` and the limits to the findings not in ``baseline``."""
    fail_on = parse_severity(fail_on)
    limits = parse_limits(limits)
    origins = run_origins(results)
    known: set[str] = set()
    if baseline is not None:  # match on ids, and on portable ids when the origin changed (local builds)
        known = baseline_ids(baseline) | set(portable_ids(baseline).values())
    # one pass over the findings (they may be read from disk): counts and the first of each, not lists
    total = counted = worst_count = 0
    worst_first: Mapping[str, Any] | None = None
    by_sev = dict.fromkeys(SEVERITIES, 0)
    matching = [0] * len(limits)
    matching_first: list[Mapping[str, Any] | None] = [None] * len(limits)
    for f in results.get("findings") or []:
        total += 1
        if baseline is not None and (str(f.get("id")) in known or portable_id(f, origins) in known):
            continue
        counted += 1
        if fail_on and f.get("audit") != ADVISORY and _worse_or_equal(str(f.get("severity")), fail_on):
            worst_count += 1
            worst_first = worst_first or f
            if f.get("severity") in by_sev:
                by_sev[f.get("severity")] += 1
        for number, limit in enumerate(limits):
            if limit.matches(f):
                matching[number] += 1
                matching_first[number] = matching_first[number] or f
    scope = "new " if baseline is not None else ""
    reasons = []
    if fail_on and worst_count:
        detail = ", ".join(f"{n} {s}" for s, n in by_sev.items() if n)
        reasons.append(f"{worst_count} {scope}finding(s) at or above --fail-on {fail_on} ({detail}); "
                       f"first: {_describe(worst_first)}")
    for number, limit in enumerate(limits):
        if matching[number] > limit.maximum:
            reasons.append(f"limit {limit.key} = {limit.maximum} exceeded: {matching[number]} {scope}finding(s); "
                           f"first: {_describe(matching_first[number])}")
    return GateResult(passed=not reasons, reasons=reasons, counted=counted,
                      baseline_ignored=total - counted, gated=bool(fail_on or limits))


def _describe(finding: Mapping[str, Any]) -> str:
    return f"[{finding.get('severity')}] {finding.get('audit')}/{finding.get('rule')} on {finding.get('page')}"


def site_unreachable(results: Mapping[str, Any]) -> bool:
    """No start URL got an HTTP response (exit code 3).

    Uses ``run.start_results`` (start URL -> status code or error text) when the
    crawl recorded it, else: no page at all has a status.
    """
    start = (results.get("run") or {}).get("start_results")
    if isinstance(start, Mapping) and start:
        return not any(isinstance(outcome, int) and not isinstance(outcome, bool) for outcome in start.values())
    pages = results.get("pages") or []
    return not any(page.get("status") is not None for page in pages)


def format_gate(result: GateResult) -> str:
    """What the terminal shows."""
    extra = f" ({result.baseline_ignored} already in the baseline)" if result.baseline_ignored else ""
    if not result.gated:
        return f"no gate set (--fail-on, gate_limits): {result.counted} finding(s){extra}"
    if result.passed:
        return f"gate passed: {result.counted} finding(s) counted{extra}"
    lines = [f"gate FAILED ({len(result.reasons)} reason(s)):"]
    lines += [f"  - {reason}" for reason in result.reasons]
    if result.baseline_ignored:
        lines.append(f"  ({result.baseline_ignored} finding(s) already in the baseline were not counted)")
    return "\n".join(lines)
