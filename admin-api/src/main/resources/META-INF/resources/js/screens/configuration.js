// The company admin's settings: refund terms, company and tax data, billing e-mail, cards and the company code.
// Each section saves on its own, so a refusal in one leaves what was typed in the others.

import { define } from '../i18n.js';
import { busy, field, formValues, h, showErrors, toast } from '../ui.js';
import { cardsPanel, codePanel, companyBody, companyFields, missing, termsBody, termsFields } from '../company-forms.js';
import { needsOnboarding } from '../app.js';
import messages from '../i18n/configuration.js';

define(messages);

export default async function render(view, ctx) {
  const { api, t } = ctx;
  const [settings, rates, company] = await Promise.all([api.get('/company/settings'),
    api.get('/rates', { limit: 500 }), ctx.refreshCompany()]);
  const holder = { company };
  view.append(h('div', { class: 'page-header' }, h('h1', {}, t('configuration.title'))));
  if (needsOnboarding(company)) {
    view.append(h('div', { class: 'banner warning' }, t('configuration.onboarding'), ' ',
      h('a', { href: '#/onboarding' }, t('configuration.onboardingLink'))));
  }
  view.append(
    h('div', { class: 'section-grid' },
      section('terms', t('configuration.terms'), termsForm(ctx, settings, rates.items)),
      section('company', t('configuration.company'), companyForm(ctx, holder)),
      section('billing-email', t('configuration.billingEmail'), billingEmailForm(ctx, holder)),
      section('cards', t('configuration.cards'), (await cardsPanel(api)).element),
      section('code', t('configuration.code'), await codePanel(api, company))));
}

function section(name, title, content) {
  const id = `section-${name}`;
  return h('section', { class: 'card', 'aria-labelledby': id, dataset: { section: name } },
    h('h2', { id }, title), content);
}

function termsForm(ctx, settings, rates) {
  const { api, t, fmt } = ctx;
  const submit = h('button', { type: 'submit', class: 'button' }, t('common.save'));
  const note = h('p', { class: 'small muted' }, t('terms.validFrom', { date: fmt.dateTime(settings.validFrom) }));
  const form = h('form', { novalidate: true, dataset: { form: 'terms' } },
    termsFields(settings, rates), note, h('div', { class: 'actions' }, submit));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    try {
      const saved = await busy(submit, api.put('/company/settings', termsBody(formValues(form))));
      note.textContent = t('terms.validFrom', { date: fmt.dateTime(saved.validFrom) });
      toast(t('common.saved'));
    } catch (err) {
      showErrors(form, err);
    }
  });
  return form;
}

function companyForm(ctx, holder) {
  const { api, t } = ctx;
  const c = holder.company;
  const submit = h('button', { type: 'submit', class: 'button' }, t('common.save'));
  const form = h('form', { novalidate: true, dataset: { form: 'company' } },
    companyFields(c),
    h('div', { class: 'grid-2' },
      field(t('company.iban'), h('input', { type: 'text', name: 'iban', value: c.iban ?? '', autocomplete: 'off',
        spellcheck: 'false' }), { hint: t('company.ibanHint') }),
      field(t('company.bic'), h('input', { type: 'text', name: 'bic', value: c.bic ?? '', autocomplete: 'off',
        spellcheck: 'false' }))),
    h('div', { class: 'actions' }, submit));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    if (missing(form, ['name', 'taxId', 'address.townName', 'address.countryCode'])) {
      return;
    }
    try {
      await busy(submit, api.put('/company', companyBody(holder.company, formValues(form))));
      holder.company = await ctx.refreshCompany();
      toast(t('common.saved'));
    } catch (err) {
      showErrors(form, err);
    }
  });
  return form;
}

function billingEmailForm(ctx, holder) {
  const { api, t } = ctx;
  const input = h('input', { type: 'email', name: 'billingEmail', value: holder.company.billingEmail ?? '',
    autocomplete: 'email' });
  const status = h('p', { class: 'billing-email-status', role: 'status' });
  const resend = h('button', { type: 'button', class: 'button secondary' }, t('company.billingEmailResend'));
  const submit = h('button', { type: 'submit', class: 'button' }, t('common.save'));
  const form = h('form', { novalidate: true, dataset: { form: 'billing-email' } },
    field(t('company.billingEmail'), input, { hint: t('company.billingEmailHint') }), status,
    h('div', { class: 'actions' }, submit, resend));
  const show = () => {
    const c = holder.company;
    status.replaceChildren(!c.billingEmail ? h('span', { class: 'badge' }, t('company.billingEmailNone'))
      : c.billingEmailVerified ? h('span', { class: 'badge ok' }, t('company.billingEmailVerified'))
        : h('span', { class: 'badge warn' }, t('company.billingEmailPending')));
    resend.hidden = !c.billingEmail || c.billingEmailVerified;
  };
  show();
  form.addEventListener('submit', async e => {
    e.preventDefault();
    try {
      const before = holder.company.billingEmail;
      await busy(submit, api.put('/company', companyBody(holder.company, formValues(form))));
      holder.company = await ctx.refreshCompany();
      show();
      const c = holder.company;
      toast(c.billingEmail && !c.billingEmailVerified && c.billingEmail !== before
        ? t('company.billingEmailSaved', { email: c.billingEmail }) : t('common.saved'));
    } catch (err) {
      showErrors(form, err);
    }
  });
  resend.addEventListener('click', async () => {
    try {
      await busy(resend, api.post('/company/billing-email/verification'));
      toast(t('company.billingEmailSent', { email: holder.company.billingEmail }));
    } catch (err) {
      showErrors(form, err);
    }
  });
  return form;
}
