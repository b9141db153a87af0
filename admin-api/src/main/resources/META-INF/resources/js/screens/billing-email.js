import { define } from '../i18n.js';
import { errorText, h } from '../ui.js';
import messages from '../i18n/auth.js';

define(messages);

// Like the account verification: the link works once, so a redraw shows the first answer.
const outcomes = new Map();

export default async function render(view, { api, t, query }) {
  const box = h('section', { class: 'card' }, h('h1', {}, t('billingEmail.title')));
  view.append(box);
  if (!query.token) {
    box.append(h('div', { class: 'banner error', role: 'alert' }, t('verify.noToken')));
    return;
  }
  const status = h('p', { class: 'loading', role: 'status' }, t('billingEmail.checking'));
  box.append(status);
  if (!outcomes.has(query.token)) {
    outcomes.set(query.token, api.get('/company/billing-email/verify', { token: query.token })
      .then(body => ({ body }), error => ({ error })));
  }
  const { body, error } = await outcomes.get(query.token);
  status.replaceWith(error
    ? h('div', { class: 'banner error', role: 'alert' }, h('strong', {}, t('billingEmail.failed')), ' ', errorText(error))
    : h('div', { class: 'banner success', role: 'status' }, t('billingEmail.done', { email: body.billingEmail })));
}
