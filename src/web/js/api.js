// Calls to detente's JSON API. Errors carry the server's message (it says what is wrong).

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function request(path, init) {
  let res;
  try {
    res = await fetch(path, init);
  } catch {
    throw new ApiError(0, 'the detente server cannot be reached');
  }
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, body?.message ?? `${res.status} ${res.statusText}`);
  return body;
}

/** GET /api/<path> with query parameters; empty values are left out. */
export function get(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const qs = q.toString();
  return request(`/api/${path}${qs ? `?${qs}` : ''}`);
}

export function post(path, body) {
  return request(`/api/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

let health = null;
/** Store summary (cached for the page's life: dates bound every view's period pickers). */
export function storeHealth() {
  health ??= get('health');
  return health;
}
