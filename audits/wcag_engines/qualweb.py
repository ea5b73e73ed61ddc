"""QualWeb (npm ``@qualweb/act-rules`` and ``@qualweb/wcag-techniques``, pinned in package.json).

QualWeb's own runner (``@qualweb/core``) drives Puppeteer; here its browser bundles run inside the
page already loaded: ``@qualweb/qw-page`` (its DOM model), ``@qualweb/util`` (accessible names,
roles), ``@qualweb/locale`` (messages), then the ACT rules and the WCAG techniques modules.

The bundles are preloaded into every new document wrapped in a function, and that function is
called at audit time: qw-page builds its model of the document when it is evaluated, so it must
see the settled DOM, not the empty one at document start. QualWeb walks open shadow roots itself
(it does not enter frames: axe covers those).

Its report is converted to axe's shape inside the page: ``failed`` -> violations, ``warning``
(QualWeb's "cannot tell") -> incomplete; success criteria from each rule's metadata become
``wcagNNN`` tags; a rule that names none is a best practice (an advisory). The element behind
each result is recorded while QualWeb builds its CSS pointers, so the merge can match it with
axe's node.

Left out: the WCAG techniques that are *sufficient techniques* (QualWeb "fails" a page that does
not use that one technique, though WCAG allows others: e.g. T23 "a link at the top of each page to
the main content" fails pages with landmarks). Only techniques that are documented *failures*
(``F`` numbers) count, less two measured as false alarms on our clean pages: T24 (F55, focus
removed by script: in a headless browser whose window has no focus, no element "keeps focus", so
every focusable element in a frame failed) and T31 (F24, a colour without a background on the same
element: true of nearly every styled element of every site, whose background is inherited). Also
left out: QW-ACT-R40 (text clipped when zoomed), which needs the viewport resized mid-audit.

QualWeb runs every rule at every WCAG level; results are kept for the success criteria of the
levels the audit's tags ask for (``wcag2a``/``wcag2aa``/... -> A, AA), like axe's tag selection.
"""
from __future__ import annotations

from typing import Any, ClassVar

from audits.wcag_engines.base import NODE_MODULES, Engine, EngineResult, package_version
from reports.wcag_criteria import CRITERIA

BUNDLES = (
    "@qualweb/qw-page/dist/qw-page.bundle.js",
    "@qualweb/util/dist/__webpack/util.bundle.js",
    "@qualweb/locale/dist/locale.bundle.js",
    "@qualweb/act-rules/dist/__webpack/act.bundle.js",
    "@qualweb/wcag-techniques/dist/__webpack/wcag.bundle.js",
)
LOADER = "__auditcrawlQualweb"
# Zooming rule (needs a viewport change); sufficient techniques are filtered in the page (see RUN_JS).
EXCLUDED_RULES = ("QW-ACT-R40",)
EXCLUDED_TECHNIQUES = ("QW-WCAG-T24", "QW-WCAG-T31")

RUN_JS = """async (options) => {
  window.%(loader)s.call(window);  // evaluates the bundles now: qw-page models the settled DOM
  const elements = new Map();
  const QWElement = window.qwPage.createQWElement(document.documentElement).constructor;
  const pointer = QWElement.prototype.getElementSelector;
  QWElement.prototype.getElementSelector = function () {
    const selector = pointer.call(this);
    if (this.element && !elements.has(selector)) elements.set(selector, this.element);
    return selector;
  };
  const translate = LocaleFetcher.transform('en');
  const act = new ACTRulesRunner(options.act, translate).configure(options.act)
    .test({sourceHtml: document.documentElement.outerHTML}).getReport();
  const techniques = new WCAGTechniquesRunner(options.techniques, translate).configure(options.techniques)
    .test({}).getReport();
  const out = {version: options.version, violations: [], incomplete: []};
  for (const report of [act, techniques]) {
    for (const [code, a] of Object.entries(report.assertions || {})) {
      const meta = a.metadata || {};
      if (report === techniques && !/^F\\d/.test(a.mapping || '')) continue;  // sufficient techniques: see docs
      const sc = meta['success-criteria'] || [];
      const tags = sc.map((s) => 'wcag' + String(s.name).replace(/\\./g, ''))
        .concat(sc.map((s) => 'wcag2' + String(s.level || '').toLowerCase()));
      if (!sc.length) tags.push('best-practice');
      const rule = (verdict) => ({id: code, impact: null, tags, help: a.name, helpUrl: meta.url || '',
        act: report === act && a.mapping ? [a.mapping] : [],
        nodes: (a.results || []).filter((r) => r.verdict === verdict).flatMap((r) =>
          (r.elements && r.elements.length ? r.elements : [{}]).map((e) => {
            let element = e.pointer ? elements.get(e.pointer) : null;
            if (!element && e.pointer) { try { element = document.querySelector(e.pointer); } catch (err) { /* shadow */ } }
            return {element: element || null, html: (e.htmlCode || '').slice(0, 1000), summary: r.description || '',
                    pointer: e.pointer || ''};
          }))});
      for (const [verdict, bucket] of [['failed', out.violations], ['warning', out.incomplete]]) {
        const found = rule(verdict);
        if (found.nodes.length) bucket.push(found);
      }
    }
  }
  QWElement.prototype.getElementSelector = pointer;
  return out;
}""" % {"loader": LOADER}


class QualWebEngine(Engine):
    name: ClassVar[str] = "qualweb"
    package: ClassVar[str] = "@qualweb/act-rules"
    label: ClassVar[str] = "qualweb"
    frames: ClassVar[bool] = False
    run_js: ClassVar[str] = RUN_JS
    ready_js: ClassVar[str] = f"typeof window.{LOADER} === 'function'"

    def version(self) -> str:
        act, techniques = package_version("@qualweb/act-rules"), package_version("@qualweb/wcag-techniques")
        return f"act-rules {act}, wcag-techniques {techniques}" if act and techniques else ""

    def installed(self) -> bool:
        return all((NODE_MODULES / bundle).exists() for bundle in BUNDLES)

    def preload_source(self) -> str:
        body = "\n;\n".join((NODE_MODULES / bundle).read_text(encoding="utf-8") for bundle in BUNDLES)
        return f"window.{LOADER} = function () {{\n{body}\n}};"

    def options(self) -> dict[str, Any]:
        return {"version": self.version(), "act": {"exclude": list(EXCLUDED_RULES)},
                "techniques": {"exclude": list(EXCLUDED_TECHNIQUES)}}

    def convert(self, raw: dict[str, Any], clean_html: Any = None) -> list[EngineResult]:
        levels = self.levels()
        kept = []
        for result in super().convert(raw, clean_html):
            if result.criteria:
                result.criteria = [c for c in result.criteria if c in CRITERIA and CRITERIA[c].level in levels]
                if not result.criteria:
                    continue  # only criteria of levels not asked for (e.g. AAA contrast)
                result.level = min((CRITERIA[c].level for c in result.criteria), key=len)
            kept.append(result)
        return kept

