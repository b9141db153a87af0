// A new company admin's first steps: company data, refund terms, a card, then the code for the employees.
// Each step saves through the API before the next one opens; ?step= lets the admin go back and forth.

import { define } from '../i18n.js';
import { busy, formValues, h, showErrors } from '../ui.js';
import { cardsPanel, codePanel, companyBody, companyFields, missing, termsBody, termsFields } from '../company-forms.js';
import messages from '../i18n/onboarding.js';

define(messages);

const STEPS = ['company', 'terms', 'card', 'code'];

export default async function render(view, ctx) {
  const { t, query } = ctx;
  const step = Math.min(Math.max(Number(query.step) || 1, 1), STEPS.length);
  const body = h('section', { class: 'card' });
  view.append(
    h('h1', {}, t('onboarding.title')),
    h('p', { class: 'muted' }, t('onboarding.intro')),
    h('ol', { class: 'steps', 'aria-label': t('onboarding.progress', { n: step, total: STEPS.length }) },
      STEPS.map((name, i) => h('li', {
        class: i + 1 < step ? 'done' : null, 'aria-current': i + 1 === step ? 'step' : null,
      }, t(`onboarding.step.${name}`)))),
    body);
  await ({ company, terms, card, code })[STEPS[step - 1]](body, ctx, step);
}

function next(ctx, step) {
  ctx.navigate(`#/onboarding?step=${step + 1}`);
}

async function company(body, ctx, step) {
  const { api, t } = ctx;
  const current = ctx.company;
  const submit = h('button', { type: 'submit', class: 'button' }, t('common.continue'));
  const form = h('form', { novalidate: true, dataset: { step: 'company' } },
    h('h2', {}, t('onboarding.step.company')),
    h('p', { class: 'muted' }, t('onboarding.company.text')),
    companyFields(current),
    h('div', { class: 'actions' }, submit));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    if (missing(form, ['name', 'taxId', 'address.townName', 'address.countryCode'])) {
      return;
    }
    try {
      await busy(submit, api.put('/company', companyBody(current, formValues(form))));
      await ctx.refreshCompany();
      next(ctx, step);
    } catch (err) {
      showErrors(form, err);
    }
  });
  body.append(form);
}

async function terms(body, ctx, step) {
  const { api, t } = ctx;
  const settings = await api.get('/company/settings');
  const submit = h('button', { type: 'submit', class: 'button' }, t('common.continue'));
  const form = h('form', { novalidate: true, dataset: { step: 'terms' } },
    h('h2', {}, t('onboarding.step.terms')),
    h('p', { class: 'muted' }, t('onboarding.terms.text')),
    termsFields(settings),
    h('div', { class: 'actions' }, submit, back(ctx, step)));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    try {
      await busy(submit, api.put('/company/settings', termsBody(formValues(form))));
      next(ctx, step);
    } catch (err) {
      showErrors(form, err);
    }
  });
  body.append(form);
}

async function card(body, ctx, step) {
  const { api, t } = ctx;
  const settings = await api.get('/company/settings');
  const automatic = settings.paymentType === 'AUTOMATIC';
  const warning = h('div', { class: 'banner warning', role: 'status' }, t('onboarding.card.missing'));
  const proceed = h('button', { type: 'button', class: 'button', onclick: () => next(ctx, step) });
  const update = cards => {
    const none = cards.length === 0;
    warning.hidden = !(automatic && none);
    proceed.textContent = none ? t('onboarding.card.later') : t('common.continue');
    proceed.className = none ? 'button secondary' : 'button';
  };
  const panel = await cardsPanel(api, { changed: update });
  update(panel.cards());
  body.append(h('h2', {}, t('onboarding.step.card')),
    h('p', { class: 'muted' }, t(automatic ? 'onboarding.card.automatic' : 'onboarding.card.manual')),
    panel.element, warning,
    h('div', { class: 'actions' }, proceed, back(ctx, step)));
}

async function code(body, ctx) {
  const { api, t, navigate } = ctx;
  body.append(h('h2', {}, t('onboarding.step.code')),
    h('p', {}, t('onboarding.code.text')),
    await codePanel(api, ctx.company),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'button', onclick: () => navigate('#/configuration') }, t('onboarding.finish'))));
}

function back(ctx, step) {
  return h('a', { href: `#/onboarding?step=${step - 1}`, class: 'button secondary' }, ctx.t('common.back'));
}
