// The JSON API of `jixiao serve`; everything the page shows comes from here.

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

/** A same-origin URL with its query string built by URLSearchParams (values encoded). */
export function apiUrl(path, params = {}) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v != null && v !== '') p.set(k, String(v));
  const qs = p.toString();
  return qs ? path + '?' + qs : path;
}

export async function getJSON(path, params) {
  const r = await fetch(apiUrl(path, params), {headers: {Accept: 'application/json'}, credentials: 'same-origin'});
  let body = null;
  try {
    body = await r.json();
  } catch (e) {
    body = null;
  }
  if (!r.ok) throw new ApiError((body && body.error) || r.statusText || ('HTTP ' + r.status), r.status);
  return body;
}
