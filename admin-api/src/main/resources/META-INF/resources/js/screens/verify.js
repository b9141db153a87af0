import { define } from '../i18n.js';
import { errorText, h } from '../ui.js';
import messages from '../i18n/auth.js';

define(messages);

// A verification link works once: a redraw of this page (a language switch) must show the first answer again
// rather than follow the link a second time and report it as used.
const outcomes = new Map();

export default async function render(view, { api, t, query }) {
  const box = h('section', { class: 'card' }, h('h1', {}, t('verify.title')));
  view.append(box);
  if (!query.token) {
    box.append(h('div', { class: 'banner error', role: 'alert' }, t('verify.noToken')));
    return;
  }
  const status = h('p', { class: 'loading', role: 'status' }, t('verify.checking'));
  box.append(status);
  if (!outcomes.has(query.token)) {
    outcomes.set(query.token, api.get('/auth/verify', { token: query.token }).then(() => null, e => e));
  }
  const error = await outcomes.get(query.token);
  status.replaceWith(error
    ? h('div', { class: 'banner error', role: 'alert' }, h('strong', {}, t('verify.failed')), ' ', errorText(error))
    : h('div', { class: 'banner success', role: 'status' }, t('verify.done')));
  box.append(h('a', { class: 'button', href: error ? '#/login' : '#/login?verified=1' }, t('verify.login')));
}
