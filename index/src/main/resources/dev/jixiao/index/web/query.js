// The query string as its parts, the way the server splits it (docs/search.md): parts are
// separated by spaces; "…" or “…” keep spaces inside; field:value filters; a leading - excludes.
// The page drills down by adding and removing filter parts, so the query box always shows what
// is asked.

export function split(q) {
  const parts = [];
  let cur = '';
  let close = null;
  for (const c of q || '') {
    if (close) {
      cur += c;
      if (c === close) close = null;
      continue;
    }
    if (c === '"' || c === '“') {
      close = c === '"' ? '"' : '”';
      cur += c;
    } else if (/\s/.test(c) || c === '\u3000') {
      if (cur) parts.push(cur);
      cur = '';
    } else {
      cur += c;
    }
  }
  if (cur) parts.push(cur);
  return parts;
}

/** {field, value, negated} of a filter part, or null for free text. */
export function parse(part) {
  const negated = part.startsWith('-');
  const p = negated ? part.slice(1) : part;
  const m = /^([A-Za-z_]+)[:：](.*)$/.exec(p);
  if (!m) return null;
  return {field: m[1].toLowerCase(), value: unquote(m[2]), negated};
}

function unquote(v) {
  const t = v.trim();
  if (t.length >= 2 && ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith('“') && t.endsWith('”')))) {
    return t.slice(1, -1);
  }
  return t;
}

/** field:value, quoted when the value has a space or a quote of its own. */
export function part(field, value) {
  const v = String(value);
  if (/[\s\u3000]/.test(v) || v.includes('"') || v.includes('“')) {
    return v.includes('"') ? `${field}:“${v}”` : `${field}:"${v}"`;
  }
  return `${field}:${v}`;
}

export function has(q, field, value) {
  return split(q).some((p) => {
    const f = parse(p);
    return f && !f.negated && f.field === field && f.value === String(value);
  });
}

/** The values of a field's (not negated) filters. */
export function values(q, field) {
  return split(q).map(parse).filter((f) => f && !f.negated && f.field === field).map((f) => f.value);
}

/** Adds field:value, or removes it when present. */
export function toggle(q, field, value) {
  if (has(q, field, value)) {
    return split(q).filter((p) => {
      const f = parse(p);
      return !(f && !f.negated && f.field === field && f.value === String(value));
    }).join(' ');
  }
  return [...split(q), part(field, value)].join(' ');
}

/** Replaces every filter on field with field:value (none when value is null). */
export function setField(q, field, value) {
  const rest = split(q).filter((p) => {
    const f = parse(p);
    return !(f && f.field === field);
  });
  if (value != null) rest.push(part(field, value));
  return rest.join(' ');
}
