"""What runs in the page around the engines: one script runs every selected engine in turn on the
document already loaded, gives each reported node a canonical key, then quietens the page.

Node keys: an element's path from the top document (``tag:index`` steps, ``^`` where it crosses a
shadow root, `` >>> `` where it crosses a same-origin frame). axe names nodes by target (one
selector per document); other engines hand over the element itself. Both become the same key
when they are the same element, which is what the merge matches on. A node that cannot be
resolved (a cross-origin frame) keeps its selector as key.
"""
from __future__ import annotations

import json
from functools import lru_cache
from typing import Iterable

from audits.wcag_engines.base import Engine

# The navigation that made this document: its URL (history.pushState does not change it) and the
# HTTP status the browser got.
NAVIGATION_JS = """
const navigation = () => performance.getEntriesByType('navigation')[0] || {};
const documentUrl = () => navigation().name || location.href;
"""

NODE_JS = r"""
const nodePath = (el) => {
  const documents = [];
  let steps = [], cur = el;
  while (cur) {
    const parent = cur.parentNode;
    const index = parent && parent.children ? Array.prototype.indexOf.call(parent.children, cur) + 1 : 1;
    steps.unshift(cur.localName + ':' + index);
    if (parent && parent.nodeType === 11 && parent.host) { steps.unshift('^'); cur = parent.host; }
    else if (parent && parent.nodeType === 1) cur = parent;
    else {
      documents.unshift(steps.join('/'));
      steps = [];
      let frame = null;
      try { frame = cur.ownerDocument.defaultView.frameElement; } catch (e) { frame = null; }
      cur = frame;
    }
  }
  return documents.join(' >>> ');
};
const resolveTarget = (target) => {
  let root = document;
  for (let i = 0; i < target.length; i++) {
    const parts = Array.isArray(target[i]) ? target[i] : [target[i]];
    let el = null, scope = root;
    for (let j = 0; j < parts.length; j++) {
      try { el = scope.querySelector(parts[j]); } catch (e) { return null; }
      if (!el) return null;
      if (j < parts.length - 1) { scope = el.shadowRoot; if (!scope) return null; }
    }
    if (i === target.length - 1) return el;
    try { root = el.contentDocument; } catch (e) { return null; }
    if (!root) return null;
  }
  return null;
};
const shortSelector = (el) => {  // within its own document or shadow root
  const root = el.getRootNode();
  const steps = [];
  let cur = el;
  while (cur && cur.nodeType === 1) {
    if (cur.id && root.querySelectorAll('#' + CSS.escape(cur.id)).length === 1) { steps.unshift('#' + CSS.escape(cur.id)); break; }
    const parent = cur.parentNode;
    if (!parent || parent === root || !parent.children) { steps.unshift(cur.localName); break; }
    steps.unshift(cur.localName + ':nth-child(' + (Array.prototype.indexOf.call(parent.children, cur) + 1) + ')');
    cur = parent;
  }
  return steps.join(' > ');
};
const displaySelector = (el) => {
  const documents = [];
  let shadows = [], cur = el;
  while (cur) {
    shadows.unshift(shortSelector(cur));
    const root = cur.getRootNode();
    if (root && root.host) { cur = root.host; continue; }
    documents.unshift(shadows.join('::shadow '));
    shadows = [];
    let frame = null;
    try { frame = cur.ownerDocument.defaultView.frameElement; } catch (e) { frame = null; }
    cur = frame;
  }
  return documents.join(' >>> ');
};
const keyNode = (node, keyed) => {
  let el = node.element || null;
  if (!el && keyed && node.target) el = resolveTarget(node.target);
  if (el) {
    if (keyed) node.key = nodePath(el);
    if (!node.target) node.selector = displaySelector(el);
  } else if (!node.target) node.selector = node.pointer || '';
  delete node.element;
};
"""

# Once the engines are done the page is quietened: dialogs silenced, its timers cleared and its
# loading stopped, so that nothing it scheduled (a dialog, a busy loop) runs before the next page
# has replaced it.
QUIETEN_JS = """
const quieten = () => {
  try { window.alert = window.confirm = window.prompt = window.print = () => undefined; window.onbeforeunload = null; }
  catch (e) { /* a page that froze window: chromedriver dismisses its dialogs */ }
  try {  // timeouts and intervals share one id sequence; clearTimeout clears both
    const last = setTimeout(() => undefined, 0);
    for (let id = last; id > 0 && last - id < 100000; id--) clearTimeout(id);
    window.stop();
  } catch (e) { /* a page that replaced these functions keeps its timers */ }
};
"""


# What the results depend on beyond the HTML (--incremental re-audits the page when one changes):
# same-origin stylesheets, scripts, frames and fetched data, from the Resource Timing buffer. A fetch that got
# no response (responseStatus 0: a write the browser refused, a network error) gave the page no data: it is
# left out, so recording the page's state never requests a page script's write endpoint.
RESOURCES_JS = """
const loaded = () => {
  const entries = performance.getEntriesByType('resource');
  const kinds = ['link', 'script', 'css', 'iframe', 'frame', 'xmlhttprequest', 'fetch'];
  const answered = (e) => !['xmlhttprequest', 'fetch'].includes(e.initiatorType) || !('responseStatus' in e)
    || e.responseStatus !== 0;
  const urls = entries.filter((e) => kinds.includes(e.initiatorType) && answered(e))
    .map((e) => e.name.split('#')[0]).filter((u) => { try { return new URL(u).origin === location.origin; }
                                                       catch (e) { return false; } });
  return {urls: Array.from(new Set(urls)).sort(), entries: entries.length};
};
"""


# After load, wait until the DOM has had no mutation for `quiet` ms (or `max` ms passed): content that
# scripts insert just after load is then part of the audit. `pageState` says what the engines need to
# know first: the document's type, URL and HTTP status, whether it has frames (also inside open shadow
# roots) and whether the preloaded engines are here (`ready`: a function answering {name: bool}).
SETTLE_JS = """
const settled = (quiet, max) => new Promise((resolve) => {
  const start = performance.now();
  let last = start;
  const observer = new MutationObserver(() => { last = performance.now(); });
  const begin = () => {
    observer.observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
    const tick = () => {
      const now = performance.now();
      if (now - last >= quiet || now - start >= max) { observer.disconnect(); resolve(); }
      else setTimeout(tick, Math.max(10, Math.min(quiet - (now - last), 50)));
    };
    tick();
  };
  if (document.readyState === 'complete') begin(); else window.addEventListener('load', begin, {once: true});
});
const hasFrames = (root) => {
  if (root.querySelector('iframe, frame')) return true;
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot && hasFrames(el.shadowRoot)) return true;
  return false;
};
const pageState = (ready) => ({type: document.contentType, frames: hasFrames(document), url: documentUrl(),
  status: navigation().responseStatus || 0, engines: ready()});
"""

HTML_TYPES = ("text/html", "application/xhtml+xml")


@lru_cache(maxsize=16)
def _engines_js(runs: tuple[tuple[str, str], ...]) -> str:
    """``runEngines(options)``: every engine in turn on this document, then the page is quietened."""
    entries = ",\n".join(f"[{json.dumps(name)}, {source}]" for name, source in runs)
    keyed = "true" if len(runs) > 1 else "false"
    return NODE_JS + QUIETEN_JS + RESOURCES_JS + f"""
const engines = [{entries}];
const runEngines = async (options) => {{
  const results = {{}};
  for (const [name, run] of engines) {{
    try {{
      const r = await run(options[name]);
      for (const bucket of [r.violations || [], r.incomplete || []])
        for (const rule of bucket) for (const node of rule.nodes || []) keyNode(node, {keyed});
      results[name] = Object.assign({{ok: true}}, r);
    }} catch (e) {{
      results[name] = {{ok: false, error: String(e && e.message || e)}};
    }}
  }}
  const resources = loaded();
  quieten();
  return {{ok: true, url: documentUrl(), engines: results, resources: resources}};
}};
const failed = (e) => ({{ok: false, engines: {{}}, error: String(e && e.message || e)}});
"""


def _runs(engines: Iterable[Engine]) -> tuple[tuple[str, str], ...]:
    return tuple((engine.name, engine.run_js) for engine in engines)


def run_script(engines: Iterable[Engine]) -> str:
    """The script that runs ``engines`` in order; its argument is ``{engine name: options}``."""
    return NAVIGATION_JS + _engines_js(_runs(engines)) + """
const options = arguments[0], done = arguments[arguments.length - 1];
runEngines(options).then(done, (e) => done(failed(e)));
"""


@lru_cache(maxsize=16)
def _audit_script(runs: tuple[tuple[str, str], ...], ready: str, frame_engines: bool) -> str:
    html = json.dumps(list(HTML_TYPES))
    return NAVIGATION_JS + SETTLE_JS + _engines_js(runs) + f"""
const quiet = arguments[0], max = arguments[1], expected = arguments[2], options = arguments[3];
const done = arguments[arguments.length - 1];
const sameUrl = (a, b) => {{
  try {{ const x = new URL(a), y = new URL(b); x.hash = ''; y.hash = ''; return x.href === y.href; }}
  catch (e) {{ return false; }}
}};
settled(quiet, max).then(() => {{
  const page = pageState(() => ({ready}));
  const runNow = {html}.includes(page.type) && page.status < 400 && sameUrl(expected, page.url)
    && Object.values(page.engines).every(Boolean) && !({"true" if frame_engines else "false"} && page.frames);
  if (!runNow) return done({{page: page}});
  return runEngines(options).then((result) => done({{page: page, result: result}}),
                                  (e) => done({{page: page, result: failed(e)}}));
}});
"""


def audit_script(engines: Iterable[Engine]) -> str:
    """Settle and run the engines in one WebDriver command (each command is a round trip, through a
    Selenium Grid two more hops). Arguments: quiet ms, max ms, the URL loaded, ``{engine: options}``.

    Answers ``{page: pageState, result}``; ``result`` only when the document needs nothing else
    first: it is HTML with a status below 400 at the URL loaded (same URL up to the fragment, as the
    browser normalizes it) and has every engine preloaded, with no frames when an engine must be
    injected into frames. Otherwise the caller judges ``page`` and runs ``run_script`` itself.
    """
    engines = tuple(engines)
    return _audit_script(_runs(engines), ready_script(engines), any(e.frames for e in engines))


def ready_script(engines: Iterable[Engine]) -> str:
    """A JS expression: ``{name: true|false}``, whether this document has each engine."""
    return "({" + ", ".join(f"{json.dumps(e.name)}: ({e.ready_js})" for e in engines) + "})"
