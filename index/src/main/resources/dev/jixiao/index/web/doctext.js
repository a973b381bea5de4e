// The document's extracted text with evidence marked in place. Evidence offsets index into this
// very text (docs/record.md), so a span is text.slice(start, end): no searching for quotes.
import {h} from './dom.js';

/**
 * Renders text into el. `underline` spans (every finding's evidence) are underlined lightly;
 * `selected` spans ({start, end, page, strong}) are marked, a strong one more than its context,
 * each with its page before it. Returns the first mark of each selected span, by index (null
 * for a span outside the text).
 */
export function renderText(el, text, underline, selected) {
  const len = text.length;
  const ok = (s) => s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= len && s.end > s.start;
  const under = underline.filter(ok);
  const sel = selected.map((s) => (ok(s) ? s : null));
  const cuts = new Set([0, len]);
  for (const s of under) cuts.add(s.start).add(s.end);
  for (const s of sel) if (s) cuts.add(s.start).add(s.end);
  const bounds = [...cuts].sort((a, b) => a - b);
  const firsts = sel.map(() => null);
  const frag = document.createDocumentFragment();
  let plain = '';
  const flush = () => {
    if (plain) frag.appendChild(document.createTextNode(plain));
    plain = '';
  };
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = bounds[i];
    const b = bounds[i + 1];
    const piece = text.slice(a, b);
    const covering = [];
    sel.forEach((s, k) => {
      if (s && s.start <= a && s.end >= b) covering.push(k);
    });
    if (covering.length) {
      flush();
      for (const k of covering) {
        if (sel[k].start === a && firsts[k] == null && sel[k].page != null && !covering.some((j) => j < k && sel[j].start === a && sel[j].page === sel[k].page)) {
          frag.appendChild(h('span', {class: 'pg', 'aria-hidden': 'true'}, `第${sel[k].page}页`));
        }
      }
      const strong = covering.some((k) => sel[k].strong);
      const m = h('mark', {class: strong ? 'hl' : 'hl ctx', dataset: {ev: covering.join(' ')}}, piece);
      for (const k of covering) if (firsts[k] == null) firsts[k] = m;
      frag.appendChild(m);
    } else if (under.some((s) => s.start <= a && s.end >= b)) {
      flush();
      frag.appendChild(h('span', {class: 'ev-any'}, piece));
    } else {
      plain += piece;
    }
  }
  flush();
  el.replaceChildren(frag);
  return firsts;
}
