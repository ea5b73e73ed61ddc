/* alt-uninformative: an image whose text alternative is no alternative: a file name (IMG_1234.jpg,
 * the image's own file name), a camera or editor default (DSC01234, image001, Screenshot ...), or a
 * placeholder word (image, photo, graphic, spacer, alt, untitled ...). WCAG failure F30 and, for a
 * spacer or other decoration, F39 (SC 1.1.1, level A). Generic words that may be meant ("logo",
 * "map", "chart") are needs-review. */
(function () {
  const api = window.__auditcrawlChecks;
  const IMAGE_FILE = /^[^\s\/\\]{0,80}\.(jpe?g|jfif|png|gif|bmp|tiff?|webp|svg|avif|heic|ico)$/i;
  const CAMERA = /^(img|dsc[nf]?|pict|pxl|mvimg|photo|image|pic|screenshot|screen\s?shot|clip_image|untitled|scan|wp)[\s_-]*\d[\d\s_.:-]*(at\s[\d.\s]+)?(am|pm)?$/i;
  const PLACEHOLDER = new Set(['image', 'images', 'img', 'photo', 'photos', 'photograph', 'picture', 'pic', 'graphic',
    'graphics', 'icon', 'spacer', 'blank', 'spacer gif', 'transparent', 'pixel', 'alt', 'alt text', 'alternative text',
    'null', 'none', 'undefined', 'placeholder', 'untitled', 'default', 'thumbnail', 'thumb', 'imagen', 'foto', 'gráfico',
    'grafico', 'bild', 'grafik', 'figure', 'image of', 'photo of', 'picture of', '*', '-', '_', '.', '#']);
  const GENERIC = new Set(['logo', 'banner', 'chart', 'graph', 'map', 'diagram', 'illustration', 'infographic',
    'header', 'footer', 'button', 'link', 'arrow', 'bullet', 'seal', 'flag', 'headshot', 'portrait']);
  const fileName = (el) => {
    const src = el.currentSrc || el.getAttribute('src') || '';
    if (!src) return '';  // role="img", <svg>: no file
    try {
      const last = new URL(src, el.ownerDocument.baseURI).pathname.split('/').pop();
      return decodeURIComponent(last.replace(/%(?![0-9a-f]{2})/gi, '%25')).toLowerCase();
    } catch (e) { return ''; }
  };
  const nameOf = (el, util) => {
    const labelled = el.getAttribute('aria-labelledby');
    if (labelled) {
      const root = el.getRootNode();
      const text = util.squash(labelled.split(/\s+/).map((id) => { const r = root.getElementById ? root.getElementById(id) : null;
        return r ? r.textContent : ''; }).join(' '));
      if (text) return text;
    }
    const label = util.squash(el.getAttribute('aria-label'));
    return label || util.squash(el.getAttribute('alt'));
  };
  api.define('alt-uninformative', ({scopes, util}) => {
    const found = [];
    for (const scope of scopes) {
      for (const el of util.elements(scope, 'img[alt], input[type="image" i][alt], area[alt], [role="img"][aria-label]')) {
        const name = nameOf(el, util);
        if (!name || util.isHiddenFromAT(el)) continue;  // alt="": decorative, rightly silent
        if (el.localName !== 'area' && (!el.getClientRects().length || util.styleOf(el).visibility !== 'visible')) continue;
        const word = name.toLowerCase().replace(/[\s.:;,!]+$/, '').replace(/\s+/g, ' ');
        const file = el.localName === 'area' ? '' : fileName(el);
        const bare = file.replace(/\.[a-z0-9]+$/, '');
        let why = '';
        if (IMAGE_FILE.test(word)) why = 'is a file name';
        else if (file && (word === file || (word === bare && /[\d_-]/.test(bare)))) why = "is the image's file name";
        else if (CAMERA.test(word)) why = 'is a camera or editor default name';
        else if (PLACEHOLDER.has(word)) why = 'is a placeholder, not a description';
        if (why) {
          found.push({element: el, verdict: 'violation', summary: `The text alternative "${name.slice(0, 80)}" ${why}`});
        } else if (GENERIC.has(word)) {
          found.push({element: el, verdict: 'incomplete',
            summary: `The text alternative "${name}" names only the kind of image: check that it says what this one shows or does`});
        }
      }
    }
    return found;
  });
})();
