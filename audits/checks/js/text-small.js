/* text-small: visible text set smaller than 9 CSS pixels. No WCAG criterion forbids small text
 * (1.4.4 asks that it can be resized), so this is an advisory: such text is hard to read for
 * many, and agency pages use it for footers, captions and legal notices. */
(function () {
  const api = window.__auditcrawlChecks;
  const MIN_PX = 9;
  api.define('text-small', ({scopes, util}) => {
    const found = [];
    for (const scope of scopes) {
      for (const el of util.bodyElements(scope)) {
        if (/^(script|style|noscript|template|svg|math|option|head|title)$/.test(el.localName)) continue;
        const own = Array.from(el.childNodes).filter((n) => n.nodeType === 3).map((n) => n.nodeValue).join('');
        if (!/[\p{L}\p{N}]/u.test(own)) continue;
        const s = util.styleOf(el);
        const size = parseFloat(s.fontSize);
        if (!(size > 0 && size < MIN_PX)) continue;  // 0: text hidden on purpose
        if (util.transparent(s.color) || !util.isVisible(el) || util.isHiddenFromAT(el)) continue;
        found.push({element: el, verdict: 'violation',
          summary: `Text is ${Math.round(size * 10) / 10} px (less than ${MIN_PX} px): "${util.squash(own).slice(0, 60)}"`});
      }
    }
    return found;
  });
})();
