import { ApiError } from '../api.js';
import { define } from '../i18n.js';
import { busy, field, h, showErrors } from '../ui.js';
import messages from '../i18n/auth.js';

define(messages);

export default async function render(view, { api, t, query, navigate }) {
  if (!query.token) {
    view.append(h('section', { class: 'card' }, h('h1', {}, t('reset.title')),
      h('div', { class: 'banner error', role: 'alert' }, t('reset.noToken')),
      h('a', { href: '#/forgot' }, t('reset.again'))));
    return;
  }
  const password = h('input', { type: 'password', name: 'password', autocomplete: 'new-password', required: true,
    minlength: 12, maxlength: 128 });
  const repeat = h('input', { type: 'password', name: 'passwordRepeat', autocomplete: 'new-password', required: true });
  const submit = h('button', { type: 'submit', class: 'button' }, t('reset.submit'));
  const form = h('form', { class: 'card', novalidate: true },
    h('h1', {}, t('reset.title')),
    field(t('reset.password'), password, { hint: t('auth.passwordHint') }),
    field(t('reset.repeat'), repeat),
    h('div', { class: 'actions' }, submit));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    if (password.value !== repeat.value) {
      showErrors(form, new ApiError(400, null, t('reset.mismatch'), 'passwordRepeat'));
      return;
    }
    try {
      await busy(submit, api.post('/auth/password-reset/confirm', { token: query.token, password: password.value }));
      navigate('#/login?reset=1');
    } catch (e) {
      showErrors(form, e);
      if (e.field === 'token') {
        form.append(h('a', { href: '#/forgot' }, t('reset.again')));
      }
    }
  });
  view.append(form);
  password.focus();
}
