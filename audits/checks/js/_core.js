/* auditcrawl's own checks: the shared part of the browser-side bundle.
 *
 * Defines window.__auditcrawlChecks with
 *   define(id, fn)  - a check: fn(ctx) returns [{element, verdict: 'violation'|'incomplete', summary}]
 *   run(options)    - runs the checks, returns axe-shaped results {violations: [rule], incomplete: [rule]}
 * and the helpers the checks share (documents and shadow roots, selectors, visibility, names).
 * The checks' metadata (help, criteria, level, advisory) comes from Python (audits/checks/__init__.py)
 * as window.__auditcrawlChecks.meta.
 */
(function () {
  'use strict';
  if (window.__auditcrawlChecks && window.__auditcrawlChecks.core === 1) return;
  const api = window.__auditcrawlChecks = Object.assign(window.__auditcrawlChecks || {}, {core: 1, checks: {}});

  // -- documents: the top one, same-origin frames (any depth), open shadow roots ----------------
  // Each scope: {root: Document|ShadowRoot, win: Window, path: [...]} where path is how to get there
  // from the top: frames as {frame: <iframe>}, shadow roots as {host: <element>}.
  const scopes = (doc, maxDepth) => {
    const found = [];
    const walk = (root, win, path, depth) => {
      found.push({root, win, path});
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) walk(el.shadowRoot, win, path.concat([{host: el}]), depth);
        const tag = el.localName;
        if ((tag === 'iframe' || tag === 'frame') && depth < maxDepth) {
          let inner = null;
          try { inner = el.contentDocument; } catch (e) { inner = null; }  // cross-origin: not ours
          if (inner && inner.documentElement && inner.defaultView) {
            walk(inner, inner.defaultView, path.concat([{frame: el}]), depth + 1);
          }
        }
      }
    };
    walk(doc, doc.defaultView, [], 0);
    return found;
  };

  // Every element of a scope (not those of nested shadow roots or frames: they are scopes too).
  const elements = (scope, selector) => Array.from(scope.root.querySelectorAll(selector || '*'));
  // Elements that may hold page text: those in <body> (or in a shadow root, which has no body).
  const bodyElements = (scope) => {
    if (scope.root.host) return elements(scope);
    const body = scope.root.body;
    return body ? [body].concat(Array.from(body.querySelectorAll('*'))) : [];
  };

  // -- selectors, in axe's target shape -----------------------------------------------------------
  const escape = (text) => (window.CSS && CSS.escape ? CSS.escape(text) : String(text).replace(/[^\w-]/g, '\\$&'));
  const isUnique = (root, selector, el) => {
    try { const all = root.querySelectorAll(selector); return all.length === 1 && all[0] === el; }
    catch (e) { return false; }
  };
  const stableClasses = (el) => Array.from(el.classList || [])
    .filter((c) => /^[A-Za-z_-][\w-]*$/.test(c) && !/\d{3,}/.test(c)).slice(0, 2);
  // Shortest selector of `el` within its own document or shadow root: a unique id when there is one,
  // else tag.classes steps (with :nth-child where siblings look alike) up to a unique ancestor.
  const selectorOf = (el) => {
    const root = el.getRootNode();
    if (el.id && isUnique(root, '#' + escape(el.id), el)) return '#' + escape(el.id);
    const steps = [];
    let cur = el;
    while (cur && cur.nodeType === 1) {
      if (cur !== el && cur.id && isUnique(root, '#' + escape(cur.id), cur)) { steps.unshift('#' + escape(cur.id)); }
      else {
        let step = escape(cur.localName) + stableClasses(cur).map((c) => '.' + escape(c)).join('');
        const parent = cur.parentElement;
        if (parent) {
          const alike = Array.from(parent.children).filter((s) => s.localName === cur.localName);
          if (alike.length > 1) step += ':nth-child(' + (Array.prototype.indexOf.call(parent.children, cur) + 1) + ')';
        }
        steps.unshift(step);
      }
      const selector = steps.join(' > ');
      if (isUnique(root, selector, el)) return selector;
      if (steps[0].charAt(0) === '#') break;
      cur = cur.parentElement;
    }
    return steps.join(' > ');
  };
  // axe's target: one entry per document (frames), an entry crossing shadow roots is a list.
  const targetOf = (el) => {
    const documents = [];
    let shadows = [], cur = el;
    while (cur) {
      shadows.unshift(selectorOf(cur));
      const root = cur.getRootNode();
      if (root && root.host) { cur = root.host; continue; }
      documents.unshift(shadows.length > 1 ? shadows : shadows[0]);
      shadows = [];
      let frame = null;
      try { frame = cur.ownerDocument.defaultView.frameElement; } catch (e) { frame = null; }
      cur = frame;
    }
    return documents;
  };

  // -- what a user perceives ----------------------------------------------------------------------
  const styleOf = (el, pseudo) => el.ownerDocument.defaultView.getComputedStyle(el, pseudo || null);
  const transparent = (color) => color === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(color);
  // Rendered and perceivable: has a box bigger than 1 px, not hidden, not clipped away, not faded out,
  // not moved off the page (the usual "visually hidden" patterns are not visible).
  const isVisible = (el) => {
    if (!el.isConnected || !el.getClientRects().length) return false;
    for (let cur = el; cur && cur.nodeType === 1; cur = cur.parentElement || (cur.getRootNode() || {}).host) {
      const s = styleOf(cur);
      if (s.display === 'none' || parseFloat(s.opacity) === 0) return false;
      if (/rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)/.test(s.clip) || /inset\(\s*50%/.test(s.clipPath)) return false;
      if (cur === el && (s.visibility !== 'visible')) return false;
    }
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) return false;
    const win = el.ownerDocument.defaultView, doc = el.ownerDocument.documentElement;
    const left = r.left + win.scrollX, top = r.top + win.scrollY;
    if (left + r.width <= 0 || top + r.height <= 0) return false;
    if (left >= Math.max(doc.scrollWidth, win.innerWidth)) return false;
    return true;
  };
  // aria-hidden or inert anywhere up the tree (across shadow roots)
  const isHiddenFromAT = (el) => {
    for (let cur = el; cur && cur.nodeType === 1; cur = cur.parentElement || (cur.getRootNode() || {}).host) {
      if (cur.getAttribute('aria-hidden') === 'true' || cur.hasAttribute('inert')) return true;
    }
    return false;
  };
  const squash = (text) => String(text || '').replace(/\s+/g, ' ').trim();
  // Strings in a CSS `content` value, including its alternative text ("\f08e" / "opens in a new tab").
  const cssContentText = (el, pseudo) => {
    const content = styleOf(el, pseudo).content;
    if (!content || content === 'none' || content === 'normal') return '';
    return (content.match(/"((?:[^"\\]|\\.)*)"/g) || []).map((s) => s.slice(1, -1)).join(' ');
  };
  const byIds = (el, attribute) => {
    const ids = squash(el.getAttribute(attribute)).split(' ').filter(Boolean);
    const root = el.getRootNode();
    return ids.map((id) => { const ref = root.getElementById ? root.getElementById(id) : root.querySelector('#' + escape(id));
      return ref ? squash(ref.textContent) : ''; }).join(' ');
  };
  // All the words a link or button says to anyone: its name (aria-labelledby, aria-label, text, the
  // alternative text of images and icons inside, CSS generated text), its title and its description.
  const spokenText = (el) => {
    const parts = [byIds(el, 'aria-labelledby'), el.getAttribute('aria-label'), el.getAttribute('title'),
      byIds(el, 'aria-describedby'), el.getAttribute('aria-description'), cssContentText(el, '::before'),
      cssContentText(el, '::after')];
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === 3) parts.push(child.nodeValue);
        else if (child.nodeType === 1) {
          parts.push(child.getAttribute('alt'), child.getAttribute('aria-label'), child.getAttribute('title'));
          if (child.localName === 'svg') { const t = child.querySelector('title'); if (t) parts.push(t.textContent); continue; }
          walk(child.shadowRoot || child);
        }
      }
    };
    walk(el);
    return squash(parts.filter(Boolean).join(' '));
  };
  const snippet = (el) => {
    const html = el.outerHTML || '';
    const open = html.indexOf('>') + 1;
    return (html.length > 300 && open > 0 ? html.slice(0, open) : html).slice(0, 1000);
  };

  api.util = {scopes, elements, bodyElements, selectorOf, targetOf, styleOf, isVisible, isHiddenFromAT, spokenText, squash,
              cssContentText, transparent, snippet};

  api.define = (id, fn) => { api.checks[id] = fn; };

  // -- the run: every selected check, each node once, axe's result shape --------------------------
  api.run = async (options) => {
    options = options || {};
    const meta = api.meta || {};
    const levels = options.levels || ['A', 'AA'];
    const wanted = options.checks || Object.keys(meta);
    const maxNodes = options.maxNodes || 200;
    const all = scopes(document, options.frameDepth == null ? 8 : options.frameDepth);
    const out = {violations: [], incomplete: [], errors: []};
    for (const id of wanted) {
      const fn = api.checks[id], info = meta[id];
      if (!fn || !info) continue;
      // a criterion at a level the audit does not test (e.g. AAA) leaves the check an advisory
      const wcag = info.criteria.length && levels.indexOf(info.level) >= 0;
      const tags = wcag ? ['wcag2' + info.level.toLowerCase()].concat(info.criteria.map((c) => 'wcag' + c.replace(/\./g, '')))
                        : ['best-practice'];
      const rule = (verdict) => ({id, impact: info.impact, tags: tags.concat(['auditcrawl']), description: info.description,
        help: info.help, helpUrl: info.helpUrl, nodes: []});
      const buckets = {violation: rule('violation'), incomplete: rule('incomplete')};
      const seen = new Set();
      let found = [];
      try { found = await fn({scopes: all, options, util: api.util}); }
      catch (e) { out.errors.push(id + ': ' + String(e && e.message || e)); continue; }
      for (const f of found) {
        if (!f || !f.element || seen.has(f.element)) continue;
        seen.add(f.element);
        const bucket = buckets[f.verdict === 'incomplete' ? 'incomplete' : 'violation'];
        if (bucket.nodes.length >= maxNodes) continue;
        const node = {target: targetOf(f.element), html: snippet(f.element), impact: info.impact,
                      failureSummary: f.summary || '', summary: f.summary || ''};
        if (options.elements) node.element = f.element;
        bucket.nodes.push(node);
      }
      if (buckets.violation.nodes.length) out.violations.push(buckets.violation);
      if (buckets.incomplete.nodes.length) out.incomplete.push(buckets.incomplete);
    }
    return out;
  };
})();
