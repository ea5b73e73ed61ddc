/* link-file-type: a link to a document (PDF, Word, Excel, PowerPoint, OpenDocument, RTF, CSV, ZIP,
 * ...) whose name gives no file type: users cannot tell that it leaves the web page for another
 * program or a download (Section 508 / GOV.UK / Digital.gov guidance; not a WCAG failure: the
 * purpose of the link can be clear without its format). */
(function () {
  const api = window.__auditcrawlChecks;
  const TYPES = {
    pdf: /pdf|acrobat/i, doc: /\b(docx?|word|rtf)\b/i, docx: /\b(docx?|word)\b/i, rtf: /\b(rtf|rich text)\b/i,
    odt: /\b(odt|opendocument|open document)\b/i, xls: /\b(xlsx?|excel|spreadsheet)\b/i,
    xlsx: /\b(xlsx?|excel|spreadsheet)\b/i, ods: /\b(ods|opendocument|spreadsheet)\b/i, csv: /\b(csv|comma)/i,
    ppt: /\b(pptx?|powerpoint|slides?|presentation)\b/i, pptx: /\b(pptx?|powerpoint|slides?|presentation)\b/i,
    odp: /\b(odp|opendocument|presentation)\b/i, zip: /\b(zip|compressed|archive)\b/i,
    epub: /\b(epub|e-?book)\b/i,
  };
  const EXTENSION = new RegExp('\\.(' + Object.keys(TYPES).join('|') + ')$', 'i');
  const extensionOf = (a) => {
    let url;
    try { url = new URL(a.getAttribute('href'), a.ownerDocument.baseURI); } catch (e) { return ''; }
    if (!/^https?:$/.test(url.protocol)) return '';
    const path = decodeURIComponent(url.pathname.replace(/%(?![0-9a-f]{2})/gi, '%25'));
    const match = path.match(EXTENSION);
    return match ? match[1].toLowerCase() : '';
  };
  // The text right after the link, as in "<a>Annual report</a> (PDF, 2 MB)": its context says the type.
  const textAfter = (a, util) => {
    let text = '';
    for (let node = a.nextSibling; node && text.length < 40; node = node.nextSibling) {
      text += node.nodeType === 3 ? node.nodeValue : node.nodeType === 1 ? util.spokenText(node) : '';
    }
    return util.squash(text).slice(0, 40);
  };
  api.define('link-file-type', ({scopes, util}) => {
    const found = [];
    for (const scope of scopes) {
      for (const a of util.elements(scope, 'a[href], area[href]')) {
        const type = extensionOf(a);
        if (!type) continue;
        if (util.isHiddenFromAT(a) || (a.localName === 'a' && !util.isVisible(a))) continue;
        const said = util.spokenText(a);
        if (!said) continue;  // a link without a name is axe's link-name
        const context = said + ' ' + textAfter(a, util);
        if (TYPES[type].test(context) || new RegExp('\\.' + type + '\\b', 'i').test(context)) continue;
        found.push({element: a, verdict: 'violation',
          summary: `Links to a ${type.toUpperCase()} file but its name does not say so: "${said.slice(0, 80)}"`});
      }
    }
    return found;
  });
})();
