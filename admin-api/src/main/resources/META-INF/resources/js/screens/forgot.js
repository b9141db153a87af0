import { define } from '../i18n.js';
import { busy, field, formValues, h, showErrors } from '../ui.js';
import messages from '../i18n/auth.js';

define(messages);

export default async function render(view, { api, t }) {
  const email = h('input', { type: 'email', name: 'email', autocomplete: 'username', required: true });
  const submit = h('button', { type: 'submit', class: 'button' }, t('forgot.submit'));
  const form = h('form', { class: 'card', novalidate: true },
    h('h1', {}, t('forgot.title')),
    h('p', { class: 'muted' }, t('forgot.intro')),
    field(t('auth.email'), email),
    h('div', { class: 'actions' }, submit, h('a', { href: '#/login' }, t('forgot.back'))));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      await busy(submit, api.post('/auth/password-reset', formValues(form)));
      form.replaceChildren(h('h1', {}, t('forgot.title')),
        h('div', { class: 'banner success', role: 'status' }, t('forgot.sent')),
        h('a', { href: '#/login' }, t('forgot.back')));
    } catch (e) {
      showErrors(form, e);
    }
  });
  view.append(form);
  email.focus();
}
