/* presentational-markup: obsolete HTML that styles instead of structuring: <font>, <center>, <big>,
 * <strike>, <tt>, <basefont>, and align/bgcolor/background attributes on layout elements. They
 * cannot be overridden by user style sheets as reliably as CSS and usually go with layout tables
 * (an advisory: WCAG technique G140, separating information from presentation). <marquee> and
 * <blink> are axe's rules (SC 2.2.2). */
(function () {
  const api = window.__auditcrawlChecks;
  const ELEMENTS = 'font, center, big, strike, tt, basefont';
  const ATTRIBUTES = 'body[bgcolor], body[background], table[bgcolor], table[background], tr[bgcolor], td[bgcolor], ' +
    'th[bgcolor], td[background], th[background], div[align], p[align], h1[align], h2[align], h3[align], h4[align], ' +
    'h5[align], h6[align], table[align]';
  api.define('presentational-markup', ({scopes, util}) => {
    const found = [];
    for (const scope of scopes) {
      for (const el of util.elements(scope, ELEMENTS + ', ' + ATTRIBUTES)) {
        if (util.isHiddenFromAT(el) || (!el.getClientRects().length && el.localName !== 'basefont')) continue;
        const obsolete = el.matches(ELEMENTS);
        const attrs = ['align', 'bgcolor', 'background'].filter((a) => el.hasAttribute(a)).map((a) => `${a}="${el.getAttribute(a)}"`);
        found.push({element: el, verdict: 'violation',
          summary: obsolete ? `<${el.localName}> is obsolete presentational markup: use CSS`
            : `${attrs.join(' ')} on <${el.localName}> is obsolete presentational markup: use CSS`});
      }
    }
    return found;
  });
})();
