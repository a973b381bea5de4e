// Builds the page's DOM from data without ever parsing data as HTML: every string becomes a text
// node (or a property set by name), never markup. Nothing in this app hands an HTML string to the DOM.

const FORBIDDEN = /^(on|style$|src$|srcdoc$|formaction$|action$)/i;

/**
 * h('a', {class: 'x', href: '#/report/…', on: {click: f}}, 'text', child, [more]) → an Element.
 * Attribute names come from the code; their values may be data and are set as values only.
 */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  if (props) {
    for (const [k, v] of Object.entries(props)) {
      if (v == null || v === false) continue;
      if (k === 'on') {
        for (const [type, fn] of Object.entries(v)) el.addEventListener(type, fn);
      } else if (k === 'class') {
        el.className = Array.isArray(v) ? v.filter(Boolean).join(' ') : v;
      } else if (k === 'dataset') {
        for (const [dk, dv] of Object.entries(v)) if (dv != null) el.dataset[dk] = String(dv);
      } else if (k === 'href') {
        el.setAttribute('href', safeHref(v));
      } else if (k === 'value' || k === 'checked' || k === 'selected' || k === 'disabled') {
        el[k] = v;
      } else if (FORBIDDEN.test(k)) {
        throw new Error('h(): attribute not allowed: ' + k);
      } else {
        el.setAttribute(k, v === true ? '' : String(v));
      }
    }
  }
  append(el, children);
  return el;
}

/** Appends strings as text, nodes as nodes; skips null and false; flattens arrays. */
export function append(el, children) {
  for (const c of children) {
    if (c == null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
  return el;
}

/** Only links inside this page (#/…) or to this server's API (/api/…). */
export function safeHref(v) {
  const s = String(v);
  return s.startsWith('#') || s.startsWith('/api/') ? s : '#';
}

/** A text with [start, end) ranges marked: text nodes and <mark> elements. */
export function marked(text, ranges, cls = 'match') {
  const out = [];
  let at = 0;
  for (const [s, e] of ranges || []) {
    if (s < at || e <= s || e > text.length) continue;
    if (s > at) out.push(text.slice(at, s));
    out.push(h('mark', {class: cls}, text.slice(s, e)));
    at = e;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

let navigation = 0;

/** A new view starts: answers that arrive for an older one are dropped (isCurrent() is false). */
export function ticket() {
  const mine = ++navigation;
  return () => mine === navigation;
}

/** Replaces el's children (as append: null and false are skipped, never written as "null"). */
export function fill(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}
