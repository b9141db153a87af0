// Boots the panel: who is logged in (/api/panel/me and, for admins, their company), which route is asked for,
// the frame around it (menu, or the plain frame of the public pages), and the screen inside.

import { api, ApiError, setToken, setUnauthorizedHandler, token } from './api.js';
import { define, languages, lang, setLang, t } from './i18n.js';
import { configure, fmt } from './format.js';
import { errorText, h } from './ui.js';
import { ADMIN, home, load, match, menus } from './router.js';
import common from './i18n/common.js';

define(common);

const RETURN_TO = 'wallbill.returnTo';
const root = document.getElementById('app');
const state = { user: null, company: null, cleanup: null, seq: 0, menuOpen: false };

export function navigate(hash) {
  if (location.hash === hash) {
    route();
  } else {
    location.hash = hash;
  }
}

/** An admin whose company lacks its tax id or address has not finished the onboarding. */
export function needsOnboarding(company) {
  return Boolean(company) && (!company.taxId || !company.address);
}

async function loadUser() {
  state.user = await api.get('/me');
  state.company = null;
  if (state.user.role === ADMIN) {
    await refreshCompany();
  } else {
    configure({});
  }
}

async function refreshCompany() {
  state.company = await api.get('/company');
  configure({ timeZone: state.company.timeZone, currency: state.company.currency });
  return state.company;
}

/** After a login: remember the token, load the user, and go where they were going (or to the onboarding). */
async function signedIn(newToken) {
  setToken(newToken);
  await loadUser();
  const wanted = sessionStorage.getItem(RETURN_TO);
  sessionStorage.removeItem(RETURN_TO);
  const target = match(wanted || '');
  if (needsOnboarding(state.company)) {
    navigate('#/onboarding');
  } else if (target.route && !target.route.public && target.route.role === state.user.role) {
    navigate(wanted);
  } else {
    navigate(home(state.user.role));
  }
}

async function logout() {
  try {
    await api.post('/auth/logout');
  } catch (e) {
    // The token is forgotten here either way; an expired one is already dead on the server.
  }
  forget();
  navigate('#/login');
}

function forget() {
  setToken(null);
  state.user = null;
  state.company = null;
  configure({});
}

setUnauthorizedHandler(() => {
  forget();
  if (!match(location.hash).route?.public) {
    sessionStorage.setItem(RETURN_TO, location.hash);
  }
  navigate('#/login');
});

async function route() {
  const seq = ++state.seq;
  if (state.cleanup) {
    state.cleanup();
    state.cleanup = null;
  }
  const m = match(location.hash);
  try {
    if (token() && !state.user) {
      await loadUser();
    }
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 401)) {
      return frame({ route: null }, seq, view => view.append(failure(e)));
    }
  }
  if (seq !== state.seq) {
    return;
  }
  if (!m.route) {
    if (m.path === '/' || m.path === '') {
      return navigate(state.user ? home(state.user.role) : '#/login');
    }
    return frame(m, seq, view => view.append(notFound()));
  }
  if (!m.route.public) {
    if (!state.user) {
      sessionStorage.setItem(RETURN_TO, location.hash);
      return navigate('#/login');
    }
    if (m.route.role !== state.user.role) {
      return navigate(home(state.user.role));
    }
  } else if (state.user && m.route.screen === 'login') {
    return navigate(needsOnboarding(state.company) ? '#/onboarding' : home(state.user.role));
  }
  return frame(m, seq, view => show(m, view, seq));
}

async function show(m, view, seq) {
  view.append(h('p', { class: 'loading' }, t('common.loading')));
  let render;
  try {
    render = await load(m.route.screen);
  } catch (e) {
    console.error(e);
    view.replaceChildren(failure(e));
    return;
  }
  if (seq !== state.seq) {
    return;
  }
  if (!render) {
    view.replaceChildren(notAvailable(m.route));
    return;
  }
  view.replaceChildren();
  try {
    const cleanup = await render(view, context(m));
    if (seq !== state.seq) {
      cleanup?.();
    } else if (typeof cleanup === 'function') {
      state.cleanup = cleanup;
    }
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      return;
    }
    console.error(e);
    view.replaceChildren(failure(e));
  }
  if (seq === state.seq) {
    const heading = view.querySelector('h1');
    document.title = heading ? `${heading.textContent} · ${t('app.name')}` : t('app.name');
  }
}

function context(m) {
  return {
    api, t, fmt, navigate,
    params: m.params, query: m.query,
    user: state.user, company: state.company,
    signedIn, logout, refreshCompany,
  };
}

/** Draws the frame of the route (menu or plain) and fills its view with `fill`. */
function frame(m, seq, fill) {
  if (seq !== state.seq) {
    return;
  }
  const view = h('div', { class: 'view', id: 'view', tabindex: '-1' });
  const plain = !state.user || m.route?.public || m.route?.screen === 'onboarding';
  root.replaceChildren(plain ? plainFrame(view, m) : menuFrame(view, m));
  const focused = fill(view);
  if (focused instanceof Promise) {
    focused.then(() => focusHeading(view, seq));
  } else {
    focusHeading(view, seq);
  }
}

let first = true;

/** After a navigation (not on the first load) the new page's heading takes the focus, for screen readers. */
function focusHeading(view, seq) {
  if (first || seq !== state.seq) {
    first = false;
    return;
  }
  const heading = view.querySelector('h1');
  if (heading && !view.contains(document.activeElement)) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
}

function brand() {
  return h('a', { class: 'brand', href: state.user ? home(state.user.role) : '#/login' },
    h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, 'W'), t('app.name'));
}

function langSwitch() {
  return h('div', { class: 'lang-switch', role: 'group', 'aria-label': t('lang.label') },
    languages().map(l => h('button', {
      type: 'button', lang: l, 'aria-pressed': String(l === lang()), title: t(`lang.${l}`),
      'aria-label': t(`lang.${l}`), dataset: { lang: l }, onclick: () => setLang(l),
    }, l.toUpperCase())));
}

function plainFrame(view, m) {
  // The onboarding's forms need more room than the log-in card.
  const wide = m.route?.screen === 'onboarding';
  return h('div', { class: wide ? 'public wide' : 'public' },
    h('header', { class: 'public-header' }, brand(),
      h('div', { class: 'actions', style: 'margin:0' }, langSwitch(),
        state.user ? h('button', { type: 'button', class: 'button secondary small', onclick: logout }, t('menu.logout'))
          : null)),
    h('main', { id: 'main', class: 'view-host' }, view));
}

function menuFrame(view, m) {
  const sidebar = h('nav', { class: 'sidebar', id: 'sidebar', 'aria-label': t('menu.label') },
    brand(),
    h('ul', { class: 'menu' }, menus[state.user.role].map(item => h('li', {},
      h('a', { href: `#/${item}`, 'aria-current': m.route?.menu === item ? 'page' : null, dataset: { menu: item } },
        t(`menu.${item}`))))),
    h('div', { class: 'nav-footer' },
      h('div', { class: 'who' }, t('menu.signedInAs', { email: state.user.email })),
      langSwitch(),
      h('button', { type: 'button', class: 'button secondary', onclick: logout, dataset: { action: 'logout' } },
        t('menu.logout'))));
  const toggle = h('button', {
    type: 'button', class: 'menu-button', 'aria-controls': 'sidebar', 'aria-expanded': 'false',
    onclick: () => {
      const open = sidebar.classList.toggle('open');
      toggle.setAttribute('aria-expanded', String(open));
    },
  }, t('menu.open'));
  const skip = h('button', { type: 'button', class: 'skip-link button secondary', onclick: () => view.focus() },
    t('app.skip'));
  return h('div', { class: 'shell' }, skip,
    h('header', { class: 'topbar' }, brand(), toggle),
    sidebar,
    h('main', { class: 'main', id: 'main' }, view));
}

function notAvailable(r) {
  return h('section', { class: 'card not-available' },
    h('h1', {}, t('notAvailable.title')),
    h('p', {}, t('notAvailable.text', { name: r.menu ? t(`menu.${r.menu}`) : r.screen })));
}

function notFound() {
  return h('section', { class: 'card not-available' },
    h('h1', {}, t('notFound.title')),
    h('p', {}, t('notFound.text')),
    h('a', { class: 'button', href: state.user ? home(state.user.role) : '#/login' }, t('notFound.home')));
}

function failure(e) {
  return h('div', { class: 'banner error', role: 'alert' },
    h('strong', {}, t('error.title')), ' ',
    e instanceof ApiError ? errorText(e) : t('error.unexpected', { message: e.message || String(e) }));
}

window.addEventListener('hashchange', route);
window.addEventListener('langchange', route);
route();
