/* focus-visible: a focusable element that shows no change at all when it gets keyboard focus: each
 * one is focused in turn and its computed styles (outline, box-shadow, border, background, colour,
 * text decoration, position; its ::before/::after; its parent and children, for :focus-within and
 * "a:focus span" rules) compared with the unfocused ones. No difference: the focus indicator was
 * removed with no replacement (WCAG failure F78, SC 2.4.7, level AA). A text field that changes
 * nothing still shows its caret: needs review. */
(function () {
  const api = window.__auditcrawlChecks;
  const FOCUSABLE = 'a[href], area[href], button, input:not([type="hidden" i]), select, textarea, summary, ' +
    '[tabindex], [contenteditable=""], [contenteditable="true" i]';
  // What is drawn: a line (outline, each border side, the underline) counts only when it shows, so
  // that e.g. the browser's own outline-offset change under "outline: none" is no change.
  const LINES = [['outline-style', 'outline-width', 'outline-color', 'outline-offset'],
    ['border-top-style', 'border-top-width', 'border-top-color'], ['border-bottom-style', 'border-bottom-width', 'border-bottom-color'],
    ['border-left-style', 'border-left-width', 'border-left-color'], ['border-right-style', 'border-right-width', 'border-right-color'],
    ['text-decoration-line', 'text-decoration-style', 'text-decoration-color', 'text-decoration-thickness', 'text-underline-offset']];
  const PROPS = ['box-shadow', 'background-color', 'background-image', 'color', 'font-weight', 'font-style', 'opacity',
    'transform', 'filter', 'visibility', 'display', 'fill', 'stroke'];
  const drawn = (s) => LINES.map(([style, width, ...rest]) => {
    const kind = s.getPropertyValue(style);
    if (kind === 'none' || kind === 'hidden' || parseFloat(s.getPropertyValue(width)) === 0) return '-';  // NaN for the underline's style
    return [kind, s.getPropertyValue(width)].concat(rest.map((p) => s.getPropertyValue(p))).join(' ');
  }).concat(PROPS.map((p) => s.getPropertyValue(p))).join('|');
  const TEXT_ENTRY = /^(text|search|email|url|tel|password|number|date|datetime-local|month|week|time|)$/i;
  const MAX_ELEMENTS = 400;

  const look = (el, util) => {
    const parts = [];
    const add = (node, pseudo) => {
      const s = util.styleOf(node, pseudo);
      parts.push(drawn(s));
      if (pseudo) parts.push(s.content);
    };
    add(el); add(el, '::before'); add(el, '::after');
    const r = el.getBoundingClientRect();
    parts.push([r.left, r.top, r.width, r.height].map(Math.round).join(','));
    let up = el.parentElement || (el.getRootNode() || {}).host;
    for (let i = 0; up && i < 3; i++, up = up.parentElement || (up.getRootNode() || {}).host) add(up);
    const inside = el.querySelectorAll('*');
    for (let i = 0; i < inside.length && i < 12; i++) { add(inside[i]); add(inside[i], '::before'); add(inside[i], '::after'); }
    return parts.join('\n');
  };
  const isFocusable = (el) => {
    if (el.disabled || el.closest('[inert]')) return false;
    const tabindex = el.getAttribute('tabindex');
    if (tabindex !== null && parseInt(tabindex, 10) < 0) return false;  // not in the tab order
    if (el.localName === 'a' || el.localName === 'area') return el.hasAttribute('href');
    const closed = el.closest('details:not([open])');
    return !(closed && el.localName !== 'summary');
  };

  // Transitions would show the unfocused look for a moment after focus(): switched off while checking.
  const NO_MOTION = '*, *::before, *::after { transition: none !important; animation: none !important; }';
  const freeze = (scopes) => scopes.map((scope) => {
    const doc = scope.root.ownerDocument || scope.root;
    const style = doc.createElement('style');
    style.textContent = NO_MOTION;
    (scope.root.host ? scope.root : doc.documentElement).appendChild(style);
    return style;
  });

  api.define('focus-visible', ({scopes, util}) => {
    const found = [];
    const frozen = freeze(scopes);
    const top = document.activeElement;
    const dialogs = [window.alert, window.confirm, window.prompt];
    window.alert = window.confirm = window.prompt = () => undefined;  // a focus handler must not stop the audit
    let count = 0;
    try {
      for (const scope of scopes) {
        for (const el of util.elements(scope, FOCUSABLE)) {
          if (count >= MAX_ELEMENTS) break;
          if (!isFocusable(el) || el.localName === 'iframe') continue;
          const before = drawn(util.styleOf(el));
          try { el.focus({preventScroll: true, focusVisible: true}); } catch (e) { continue; }
          const root = el.getRootNode();
          if (root.activeElement !== el) continue;  // would not take focus (not focusable after all)
          count++;
          if (drawn(util.styleOf(el)) !== before) { el.blur(); continue; }  // the element itself changes: the usual case
          // nothing on the element: look around it (pseudo-elements, ancestors, children, position)
          const focused = look(el, util);
          const visible = util.isVisible(el);  // judged focused: skip links appear only then
          el.blur();
          if (!visible || util.isHiddenFromAT(el) || look(el, util) !== focused) continue;
          const entry = el.localName === 'textarea' || el.isContentEditable ||
            (el.localName === 'input' && TEXT_ENTRY.test(el.getAttribute('type') || ''));
          const outline = util.styleOf(el).outlineStyle;
          found.push({element: el, verdict: entry ? 'incomplete' : 'violation',
            summary: entry ? 'Nothing but the text caret shows that this field has focus: check that focus is visible'
              : `Nothing changes when this element gets keyboard focus (outline: ${outline}; no box-shadow, border, ` +
                'background, colour or underline change): the focus indicator was removed with no replacement'});
        }
      }
    } finally {
      for (const style of frozen) style.remove();
      [window.alert, window.confirm, window.prompt] = dialogs;
      try { if (top && top.focus) top.focus({preventScroll: true}); } catch (e) { /* gone */ }
    }
    return found;
  });
})();
