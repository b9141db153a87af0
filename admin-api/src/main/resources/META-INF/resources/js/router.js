// Hash routes → screen modules (js/screens/<screen>.js, loaded when first needed). A route is public (no login),
// or for one role; `menu` names its entry in the menu. `:name` segments become ctx.params.name.

export const ADMIN = 'COMPANY_ADMIN';
export const EMPLOYEE = 'EMPLOYEE';

export const routes = [
  { path: '/login', screen: 'login', public: true },
  { path: '/signup', screen: 'signup', public: true },
  { path: '/signup/employee', screen: 'signup-employee', public: true },
  { path: '/verify', screen: 'verify', public: true },
  { path: '/forgot', screen: 'forgot', public: true },
  { path: '/reset', screen: 'reset', public: true },
  // Opened from the mail sent to a new billing address, possibly by someone without a login.
  { path: '/billing-email', screen: 'billing-email', public: true },
  { path: '/onboarding', screen: 'onboarding', role: ADMIN },
  { path: '/configuration', screen: 'configuration', role: ADMIN, menu: 'configuration' },
  { path: '/devices', screen: 'devices', role: ADMIN, menu: 'devices' },
  { path: '/rates', screen: 'rates', role: ADMIN, menu: 'rates' },
  { path: '/billing', screen: 'billing', role: ADMIN, menu: 'billing' },
  { path: '/sessions', screen: 'sessions', role: ADMIN, menu: 'sessions' },
  { path: '/sessions/:id', screen: 'session', role: ADMIN, menu: 'sessions' },
  { path: '/me', screen: 'me', role: EMPLOYEE, menu: 'me' },
];

/** The menu of each role, in the order the issue gives. */
export const menus = {
  [ADMIN]: ['configuration', 'devices', 'rates', 'billing', 'sessions'],
  [EMPLOYEE]: ['me'],
};

/** Where a logged-in user starts. */
export function home(role) {
  return role === EMPLOYEE ? '#/me' : '#/configuration';
}

/** '#/sessions/42?x=1' → { route, params: { id: '42' }, query: { x: '1' }, path: '/sessions/42' }. */
export function match(hash) {
  const raw = (hash || '').replace(/^#/, '') || '/';
  const [path, search = ''] = raw.split('?');
  const query = Object.fromEntries(new URLSearchParams(search));
  const parts = path.split('/').filter(Boolean);
  for (const route of routes) {
    const pattern = route.path.split('/').filter(Boolean);
    if (pattern.length !== parts.length) {
      continue;
    }
    const params = {};
    const same = pattern.every((p, i) => {
      if (p.startsWith(':')) {
        params[p.slice(1)] = decodeURIComponent(parts[i]);
        return true;
      }
      return p === parts[i];
    });
    if (same) {
      return { route, params, query, path };
    }
  }
  return { route: null, params: {}, query, path };
}

/**
 * The screen's render function, or null when the module does not exist (a screen not built yet). Any other
 * failure to load (a syntax error in the module) is rethrown for the app to show.
 */
export async function load(screen) {
  try {
    const module = await import(`./screens/${screen}.js`);
    return module.default;
  } catch (e) {
    if (await missing(screen)) {
      return null;
    }
    throw e;
  }
}

async function missing(screen) {
  try {
    const response = await fetch(new URL(`./screens/${screen}.js`, import.meta.url), { method: 'HEAD' });
    return response.status === 404;
  } catch (e) {
    return false;
  }
}
