// The panel REST API (/api/panel) with the bearer token of the login. Every failure is an ApiError carrying the
// server's problem response (status, title, detail, field) so that screens can show it next to the right input.

const BASE = '/api/panel';
const TOKEN = 'wallbill.token';

export class ApiError extends Error {
  constructor(status, title, detail, field) {
    super(detail || title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.field = field || null;
  }
}

/** Called with no arguments when the server no longer accepts the token (set by app.js). */
let onUnauthorized = () => {};

export function setUnauthorizedHandler(handler) {
  onUnauthorized = handler;
}

// Kept in memory too, for browsers where storage is disabled (the login then lasts until a reload).
let memoryToken = null;

export function token() {
  try {
    return localStorage.getItem(TOKEN) || memoryToken;
  } catch (e) {
    return memoryToken;
  }
}

export function setToken(value) {
  memoryToken = value || null;
  try {
    if (value) {
      localStorage.setItem(TOKEN, value);
    } else {
      localStorage.removeItem(TOKEN);
    }
  } catch (e) {
    // Storage disabled: the memory copy serves.
  }
}

function url(path, query) {
  const u = new URL(BASE + path, window.location.origin);
  for (const [name, value] of Object.entries(query || {})) {
    if (value === undefined || value === null || value === '') {
      continue;
    }
    for (const v of Array.isArray(value) ? value : [value]) {
      u.searchParams.append(name, String(v));
    }
  }
  return u.pathname + u.search;
}

async function send(method, path, { query, body } = {}) {
  const headers = { Accept: 'application/json' };
  const bearer = token();
  if (bearer) {
    headers.Authorization = `Bearer ${bearer}`;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(url(path, query), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, 'Network error', null, null);
  }
  if (!response.ok) {
    throw await failure(response, Boolean(bearer));
  }
  return response;
}

async function failure(response, hadToken) {
  let problem = {};
  try {
    problem = await response.json();
  } catch (e) {
    // Not a problem document (a proxy's error page, say): the status alone has to do.
  }
  if (response.status === 401 && hadToken) {
    setToken(null);
    onUnauthorized();
  }
  return new ApiError(response.status, problem.title || response.statusText, problem.detail, problem.field);
}

async function read(response) {
  if (response.status === 204) {
    return null;
  }
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

function filename(response, fallback) {
  const disposition = response.headers.get('Content-Disposition') || '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) {
    return decodeURIComponent(star[1]);
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : fallback;
}

export const api = {
  get: async (path, query) => read(await send('GET', path, { query })),
  /** The body and the response headers (for a Link header, say). */
  getWithHeaders: async (path, query) => {
    const response = await send('GET', path, { query });
    return { body: await read(response), headers: response.headers };
  },
  post: async (path, body) => read(await send('POST', path, { body })),
  put: async (path, body) => read(await send('PUT', path, { body })),
  patch: async (path, body) => read(await send('PATCH', path, { body })),
  del: async (path) => read(await send('DELETE', path)),
  /** Fetches a file with the token and saves it under the name the server gives it. */
  download: async (path, query) => {
    const response = await send('GET', path, { query });
    const blob = await response.blob();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = filename(response, path.split('/').pop());
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60000);
  },
};
