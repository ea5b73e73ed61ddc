/* link-new-window: a link opens a new window or tab (target=_blank, a named target, <base target>)
 * and nothing it says (text, alternative text of an icon, aria-label, title, description, CSS
 * generated text) warns of it. WCAG technique G201 (advisory, SC 3.2.5 AAA). */
(function () {
  const api = window.__auditcrawlChecks;
  const SAME_WINDOW = /^(_self|_parent|_top|)$/i;
  // "new window", "new tab", "nouvelle fenêtre", "nueva ventana", "neues Fenster", "external site"...
  const WARNED = new RegExp([
    'new\\s+(browser\\s+)?(window|tab|page)', 'opens?\\s+in\\s+(a\\s+)?(new|separate|another)', 'external',
    'nouvel(le)?\\s+(fen[eê]tre|onglet)', 'nuev[ao]\\s+(ventana|pesta[nñ]a)', 'ventana\\s+nueva',
    'neue[ns]?\\s+(fenster|tab|registerkarte)', 'nuov[ao]\\s+(finestra|scheda)', 'nova\\s+(janela|aba)',
    'externe?', 'externo', 'extern'].join('|'), 'i');
  api.define('link-new-window', ({scopes, util}) => {
    const found = [];
    for (const scope of scopes) {
      const doc = scope.root.ownerDocument || scope.root;
      const base = doc.querySelector('base[target]');
      const baseTarget = base ? base.getAttribute('target') : '';
      for (const a of util.elements(scope, 'a[href], area[href]')) {
        const href = a.getAttribute('href') || '';
        if (/^\s*(#|javascript:|mailto:|tel:)/i.test(href)) continue;  // these stay in the window
        const target = a.hasAttribute('target') ? a.getAttribute('target').trim() : baseTarget.trim();
        if (SAME_WINDOW.test(target)) continue;
        if (util.isHiddenFromAT(a) || (a.localName === 'a' && !util.isVisible(a))) continue;
        const said = util.spokenText(a);
        if (WARNED.test(said)) continue;
        found.push({element: a, verdict: 'violation',
          summary: `Opens a new window or tab (target="${target}") without saying so; it says: "${said.slice(0, 80)}"`});
      }
    }
    return found;
  });
})();
