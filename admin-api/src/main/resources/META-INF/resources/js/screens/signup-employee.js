// #/signup/employee: an employee creates an account; verification and login are screens of their own.
import { define } from '../i18n.js';
import { h, field, showErrors, busy, ensureStyle } from '../ui.js';
import messages from '../i18n/employee.js';

define(messages);

export default async function render(view, { api, t }) {
  ensureStyle('css/employee.css');
  const name = h('input', { name: 'name', autocomplete: 'name', required: true, maxlength: 70 });
  const email = h('input', { name: 'email', type: 'email', autocomplete: 'email', required: true });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'new-password', required: true,
    minlength: 12, maxlength: 128 });
  const submit = h('button', { type: 'submit', class: 'button wide' }, t('signupEmployee.submit'));
  const form = h('form', { class: 'card employee-form', novalidate: true },
    field(t('signupEmployee.name'), name, { hint: t('signupEmployee.nameHint') }),
    field(t('signupEmployee.email'), email),
    field(t('signupEmployee.password'), password, { hint: t('signupEmployee.passwordHint') }),
    submit);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { name: name.value.trim(), email: email.value.trim(), password: password.value };
    try {
      await busy(submit, api.post('/auth/register-employee', body));
    } catch (error) {
      showErrors(form, error);
      return;
    }
    view.replaceChildren(sent(t, body.email));
    view.querySelector('h1').focus();
  });

  view.replaceChildren(h('section', { class: 'employee narrow' },
    h('h1', {}, t('signupEmployee.title')),
    h('p', { class: 'lead' }, t('signupEmployee.intro')),
    form,
    h('p', { class: 'employee-links' },
      h('a', { href: '#/login' }, t('signupEmployee.haveAccount')),
      h('a', { href: '#/signup' }, t('signupEmployee.company')))));
  name.focus();
}

function sent(t, email) {
  return h('section', { class: 'employee narrow' },
    h('div', { class: 'card', role: 'status' },
      h('h1', { tabindex: '-1' }, t('signupEmployee.sentTitle')),
      h('p', {}, t('signupEmployee.sent', { email })),
      h('p', { class: 'hint' }, t('signupEmployee.sentHint')),
      h('a', { class: 'button wide', href: '#/login' }, t('signupEmployee.toLogin'))));
}
