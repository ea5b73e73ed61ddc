"""One finding per barrier: results of all engines merged when they name the same node and the
same WCAG success criterion (or implement the same ACT rule).

Results of one engine are never merged with each other (two rules of one engine on one element are
two problems, as before); a group holds at most one result per engine. The first engine in run
order names the merged finding (rule id, selector, message), so axe-only runs keep their ids.
Needs-review results are merged among themselves the same way and stay needs-review items.
Violations of rules that name no success criterion are advisories (audit ``advisory``), kept only
when asked for.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from audits.base import Finding
from audits.wcag_engines.base import IMPACTS, EngineNode, EngineResult
from reports.wcag_criteria import sort_key

ADVISORY_AUDIT = "advisory"


@dataclass
class Group:
    kind: str  # "violation", "review", "advisory", "advisory-review"
    key: str
    first: EngineResult
    node: EngineNode
    criteria: list[str] = field(default_factory=list)
    act: set[str] = field(default_factory=set)
    levels: list[str] = field(default_factory=list)
    impacts: list[str] = field(default_factory=list)
    members: list[tuple[EngineResult, EngineNode]] = field(default_factory=list)

    def engines(self) -> list[dict[str, str]]:
        return [{"engine": r.engine, "rule": r.rule, "help": r.help} for r, _ in self.members]

    def accepts(self, result: EngineResult) -> bool:
        if any(r.engine == result.engine for r, _ in self.members):
            return False
        return bool(self.act & set(_act(result))) or bool(set(self.criteria) & set(result.criteria))

    def add(self, result: EngineResult, node: EngineNode) -> None:
        self.members.append((result, node))
        self.criteria = sorted(set(self.criteria) | set(result.criteria), key=sort_key)
        self.act |= set(_act(result))
        if result.level:
            self.levels.append(result.level)
        impact = node.impact or result.impact
        if impact in IMPACTS:
            self.impacts.append(impact)
        if self.kind.startswith("advisory") and result.criteria:  # a WCAG result joined an advisory
            self.kind = "violation" if self.kind == "advisory" else "review"

    @property
    def level(self) -> str | None:
        return min(self.levels, key=len) if self.levels else None

    @property
    def severity(self) -> str:
        return min(self.impacts, key=IMPACTS.index) if self.impacts else "moderate"


def _act(result: EngineResult) -> list[str]:
    return result.act


def group_results(results: list[EngineResult]) -> list[Group]:
    """Merge per node; ``results`` in engine run order."""
    groups: list[Group] = []
    by_key: dict[tuple[str, bool], list[Group]] = {}
    for result in results:
        review = result.kind in ("review", "advisory-review")
        for node in result.nodes:
            candidates = by_key.setdefault((node.key, review), [])
            # an ACT rule in common is the strongest match; then a shared success criterion
            match = next((g for g in candidates if g.accepts(result) and g.act & set(_act(result))), None) \
                or next((g for g in candidates if g.accepts(result)), None)
            if match is None:
                match = Group(kind=result.kind, key=node.key, first=result, node=node)
                candidates.append(match)
                groups.append(match)
            match.add(result, node)
    return groups


def to_findings(url: str, results: list[EngineResult], advisories: bool = False
                ) -> tuple[list[Finding], list[dict[str, Any]]]:
    """Findings (violations and, when asked for, advisories) and needs-review items of one page."""
    findings: list[Finding] = []
    review: list[dict[str, Any]] = []
    for group in group_results(results):
        if group.kind == "advisory" and not advisories:
            continue  # "cannot tell" results stay needs-review items whatever their rule
        first, node = group.first, group.node
        if group.kind in ("review", "advisory-review"):
            review.append({"rule": first.rule, "selector": node.selector, "html": node.html, "message": node.message,
                           "criteria": group.criteria, "level": group.level, "help_url": first.help_url,
                           "engines": group.engines(), **({"advisory": True} if group.kind != "review" else {})})
            continue
        findings.append(Finding(
            audit=ADVISORY_AUDIT if group.kind == "advisory" else "wcag", rule=first.rule,
            severity=group.severity, page=url, message=node.message, selector=node.selector, html=node.html,
            wcag={"criteria": group.criteria, "level": group.level, "tags": first.tags,
                  "help_url": first.help_url, "impact": node.impact or first.impact},
            details={"engines": group.engines()},
        ))
    return findings, review
