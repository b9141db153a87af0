import { define } from '../i18n.js';
import { busy, field, formValues, h, select, showErrors } from '../ui.js';
import messages from '../i18n/auth.js';

define(messages);

// The currencies offered at sign-up; the API takes any ISO 4217 code, and the Configuration screen can change it
// until the first session is costed.
const CURRENCIES = ['EUR', 'GBP', 'CHF', 'USD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'RON'];

export function timeZones() {
  return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['Europe/Madrid'];
}

export default async function render(view, { api, t }) {
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const zones = timeZones();
  const company = h('input', { type: 'text', name: 'companyName', autocomplete: 'organization', required: true,
    maxlength: 70 });
  const email = h('input', { type: 'email', name: 'email', autocomplete: 'email', required: true });
  const password = h('input', { type: 'password', name: 'password', autocomplete: 'new-password', required: true,
    minlength: 12, maxlength: 128 });
  const zone = select('timeZone', zones.map(z => ({ value: z, label: z.replaceAll('_', ' ') })),
    zones.includes(browserZone) ? browserZone : 'Europe/Madrid');
  const currency = select('currency', CURRENCIES.map(c => ({ value: c, label: c })), 'EUR');
  const submit = h('button', { type: 'submit', class: 'button' }, t('signup.submit'));
  const form = h('form', { class: 'card', novalidate: true },
    h('h1', {}, t('signup.title')),
    h('p', { class: 'muted' }, t('signup.intro')),
    field(t('signup.companyName'), company),
    field(t('auth.email'), email),
    field(t('auth.password'), password, { hint: t('auth.passwordHint') }),
    h('div', { class: 'grid-2' },
      field(t('signup.timeZone'), zone, { hint: t('signup.timeZoneHint') }),
      field(t('signup.currency'), currency, { hint: t('signup.currencyHint') })),
    h('div', { class: 'actions' }, submit));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const values = formValues(form);
    try {
      await busy(submit, api.post('/auth/register-company', values));
      form.replaceChildren(h('h1', {}, t('signup.sentTitle')),
        h('div', { class: 'banner success', role: 'status' }, t('signup.sent', { email: values.email })),
        h('a', { href: '#/login' }, t('signup.login')));
    } catch (e) {
      showErrors(form, e);
    }
  });
  view.append(form,
    h('p', { class: 'card small' }, t('signup.haveAccount'), ' ', h('a', { href: '#/login' }, t('signup.login'))));
  company.focus();
}
