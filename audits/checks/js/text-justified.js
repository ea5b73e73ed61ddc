/* text-justified: a block of text of more than one line set with text-align: justify. Uneven word
 * spacing ("rivers of white") makes text hard to read for people with dyslexia and low vision
 * (WCAG failure F88, SC 1.4.8, level AAA: an advisory unless AAA is tested). One finding for the
 * element the justification is set on, not for each paragraph inheriting it. */
(function () {
  const api = window.__auditcrawlChecks;
  const MIN_CHARS = 160;
  api.define('text-justified', ({scopes, util}) => {
    const found = [];
    for (const scope of scopes) {
      for (const el of util.bodyElements(scope)) {
        const s = util.styleOf(el);
        if (s.textAlign !== 'justify' || s.display.indexOf('inline') === 0) continue;
        const parent = el.parentElement;
        if (parent && util.styleOf(parent).textAlign === 'justify') continue;  // reported on the ancestor
        const text = util.squash(el.textContent);
        if (text.length < MIN_CHARS || !util.isVisible(el)) continue;
        const lines = el.getBoundingClientRect().height / (parseFloat(s.lineHeight) || parseFloat(s.fontSize) * 1.2);
        if (lines < 2) continue;
        found.push({element: el, verdict: 'violation',
          summary: `Text is justified (text-align: justify) over ${text.length} characters`});
      }
    }
    return found;
  });
})();
