import { define } from '../i18n.js';
import { busy, field, formValues, h, showErrors } from '../ui.js';
import messages from '../i18n/auth.js';

define(messages);

export default async function render(view, { api, t, query, signedIn }) {
  const email = h('input', { type: 'email', name: 'email', autocomplete: 'username', required: true, autofocus: true });
  const password = h('input', { type: 'password', name: 'password', autocomplete: 'current-password', required: true });
  const submit = h('button', { type: 'submit', class: 'button' }, t('login.submit'));
  const form = h('form', { class: 'card', novalidate: true },
    h('h1', {}, t('login.title')),
    query.verified ? h('div', { class: 'banner success', role: 'status' }, t('login.verified')) : null,
    query.reset ? h('div', { class: 'banner success', role: 'status' }, t('login.resetDone')) : null,
    field(t('auth.email'), email),
    field(t('auth.password'), password),
    h('div', { class: 'actions' }, submit, h('a', { href: '#/forgot' }, t('login.forgot'))));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      const login = await busy(submit, api.post('/auth/login', formValues(form)));
      await signedIn(login.token);
    } catch (e) {
      showErrors(form, e);
    }
  });
  view.append(form,
    h('p', { class: 'card small' }, t('login.noAccount'), ' ', h('a', { href: '#/signup' }, t('login.signup')), h('br'),
      t('login.employee'), ' ', h('a', { href: '#/signup/employee' }, t('login.signupEmployee'))));
  email.focus();
}
