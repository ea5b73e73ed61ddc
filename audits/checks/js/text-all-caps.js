/* text-all-caps: a long run of text in capitals, typed so or made so by text-transform: uppercase.
 * Capitals are slower to read and lose word shapes (an advisory: no WCAG criterion). Agency pages
 * use them for legal notices and warning banners. Abbreviations and short labels are not counted:
 * at least 8 words and 40 letters. */
(function () {
  const api = window.__auditcrawlChecks;
  const MIN_WORDS = 8, MIN_LETTERS = 40;
  api.define('text-all-caps', ({scopes, util}) => {
    const found = [];
    for (const scope of scopes) {
      for (const el of util.bodyElements(scope)) {
        if (/^(script|style|noscript|template|svg|math|code|pre|kbd|samp|abbr|acronym)$/.test(el.localName)) continue;
        const own = util.squash(Array.from(el.childNodes).filter((n) => n.nodeType === 3).map((n) => n.nodeValue).join(' '));
        const letters = own.match(/\p{L}/gu) || [];
        if (letters.length < MIN_LETTERS || own.split(' ').filter((w) => /\p{L}/u.test(w)).length < MIN_WORDS) continue;
        const cased = letters.filter((c) => c.toLowerCase() !== c.toUpperCase());
        if (cased.length < MIN_LETTERS) continue;  // scripts without case
        const s = util.styleOf(el);
        const upper = s.textTransform === 'uppercase' || cased.every((c) => c === c.toUpperCase());
        if (!upper || s.fontVariantCaps.indexOf('small-caps') >= 0 && s.textTransform !== 'uppercase') continue;
        if (!util.isVisible(el) || util.isHiddenFromAT(el)) continue;
        found.push({element: el, verdict: 'violation',
          summary: `${letters.length} letters in capitals${s.textTransform === 'uppercase' ? ' (text-transform: uppercase)' : ''}: "${own.slice(0, 60)}"`});
      }
    }
    return found;
  });
})();
