// The company admin's forms shared by the onboarding and the Configuration screen: company data, refund terms,
// cards and the company code. Inputs are named after the API's field paths (address.townName), so a refusal from
// the server lands next to the input it concerns.

import { ApiError } from './api.js';
import { countries } from './countries.js';
import { define, t } from './i18n.js';
import { busy, confirmDialog, copyButton, field, formValues, h, select, showErrors, toast, uid } from './ui.js';
import messages from './i18n/company.js';

define(messages);

const ADDRESS = ['streetName', 'buildingNumber', 'postCode', 'townName', 'countryCode'];
const CURRENCIES = ['EUR', 'GBP', 'CHF', 'USD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'RON'];

function text(name, value, attrs = {}) {
  return h('input', { type: 'text', name, value: value ?? '', ...attrs });
}

/** An error next to each named input left empty, or false when all are filled. */
export function missing(form, names) {
  const values = formValues(form);
  const empty = names.find(n => !values[n]);
  if (!empty) {
    return false;
  }
  showErrors(form, new ApiError(400, null, t('company.required'), empty));
  return true;
}

/** Company identity, tax id and address inputs (the parts the onboarding asks for). */
export function companyFields(company, { withZone = true } = {}) {
  const a = company.address || {};
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [company.timeZone];
  if (!zones.includes(company.timeZone)) {
    zones.unshift(company.timeZone);
  }
  const currencies = CURRENCIES.includes(company.currency) ? CURRENCIES : [company.currency, ...CURRENCIES];
  return [
    field(t('company.name'), text('name', company.name, { autocomplete: 'organization', maxlength: 70, required: true })),
    field(t('company.taxId'), text('taxId', company.taxId, { maxlength: 35, required: true }),
      { hint: t('company.taxIdHint') }),
    h('fieldset', {}, h('legend', {}, t('company.address')),
      h('div', { class: 'grid-2' },
        field(t('company.streetName'), text('address.streetName', a.streetName, { autocomplete: 'address-line1', maxlength: 70 })),
        field(t('company.buildingNumber'), text('address.buildingNumber', a.buildingNumber, { maxlength: 16 })),
        field(t('company.postCode'), text('address.postCode', a.postCode, { autocomplete: 'postal-code', maxlength: 16 })),
        field(t('company.townName'), text('address.townName', a.townName, { autocomplete: 'address-level2', maxlength: 35, required: true })),
        field(t('company.countryCode'), select('address.countryCode',
          [{ value: '', label: '—' }, ...countries()], a.countryCode || 'ES')))),
    withZone ? h('div', { class: 'grid-2' },
      field(t('company.timeZone'), select('timeZone', zones.map(z => ({ value: z, label: z.replaceAll('_', ' ') })),
        company.timeZone)),
      field(t('company.currency'), select('currency', currencies.map(c => ({ value: c, label: c })), company.currency),
        { hint: t('company.currencyHint') })) : null,
  ];
}

/**
 * The whole PUT /company body: the API replaces the company's data as a whole, so what a form does not show is
 * sent as it is now (else saving the address would clear the IBAN).
 */
export function companyBody(company, values) {
  const body = {
    name: company.name, taxId: company.taxId, address: company.address, timeZone: company.timeZone,
    currency: company.currency, billingEmail: company.billingEmail, iban: company.iban, bic: company.bic,
  };
  const address = {};
  let hasAddress = false;
  for (const [name, value] of Object.entries(values)) {
    if (name.startsWith('address.')) {
      address[name.slice(8)] = value;
      hasAddress = true;
    } else {
      body[name] = value;
    }
  }
  if (hasAddress) {
    body.address = ADDRESS.some(k => address[k]) ? address : null;
  }
  return body;
}

/** Refund percentage and payment type inputs; with `rates`, also auto-activation and the default rate. */
export function termsFields(settings, rates) {
  const percent = h('input', { type: 'text', inputmode: 'decimal', name: 'refundPercent', value: settings.refundPercent,
    autocomplete: 'off', required: true });
  const labelId = uid('paymentType-label');
  const firstId = uid('paymentType');
  const types = h('div', { class: 'radio-cards', role: 'radiogroup', 'aria-labelledby': labelId });
  for (const type of ['AUTOMATIC', 'MANUAL']) {
    const key = type === 'AUTOMATIC' ? 'automatic' : 'manual';
    types.append(h('label', {},
      h('input', { type: 'radio', name: 'paymentType', value: type, checked: settings.paymentType === type,
        id: type === 'AUTOMATIC' ? firstId : null, 'aria-describedby': `${firstId}-error` }),
      h('span', {}, h('strong', {}, t(`terms.${key}`)), h('br'), h('span', { class: 'small muted' }, t(`terms.${key}Hint`)))));
  }
  const parts = [
    field(t('terms.refundPercent'), percent, { hint: t('terms.refundPercentHint') }),
    h('div', { class: 'field' }, h('span', { class: 'label', id: labelId }, t('terms.paymentType')), types,
      h('p', { class: 'field-error', id: `${firstId}-error` })),
  ];
  if (rates) {
    const auto = h('input', { type: 'checkbox', name: 'autoActivate', id: uid('autoActivate'), checked: settings.autoActivate });
    parts.push(
      h('div', { class: 'field' }, h('div', { class: 'check' }, auto,
        h('label', { for: auto.id }, t('terms.autoActivate'))),
      h('p', { class: 'hint' }, t('terms.autoActivateHint'))),
      field(t('terms.defaultRate'), select('defaultRateId', rates.map(r => ({ value: r.id, label: r.name })),
        settings.defaultRateId), { hint: t('terms.defaultRateHint') }));
  }
  return parts;
}

/** The PUT /company/settings body from the terms inputs (the percentage as typed: the server checks it). */
export function termsBody(values) {
  const body = { refundPercent: values.refundPercent, paymentType: values.paymentType };
  if ('autoActivate' in values) {
    body.autoActivate = values.autoActivate;
  }
  if ('defaultRateId' in values) {
    body.defaultRateId = Number(values.defaultRateId);
  }
  return body;
}

/**
 * The company's cards: the list with make-default and remove, and the form to add one. With the sandbox provider
 * the form offers the sandbox's test cards; with another provider it takes that provider's token and the card's
 * details (Wallbill never handles card numbers). `changed(cards)` is told of every change.
 */
export async function cardsPanel(api, { changed = () => {} } = {}) {
  const box = h('div', { class: 'cards' });
  const [provider, page] = await Promise.all([api.get('/company/payment-methods/provider'),
    api.get('/company/payment-methods', { limit: 100 })]);
  let cards = page.items;

  const refresh = async () => {
    cards = (await api.get('/company/payment-methods', { limit: 100 })).items;
    draw();
    changed(cards);
  };

  const list = () => {
    if (cards.length === 0) {
      return h('p', { class: 'muted' }, t('cards.none'));
    }
    return h('ul', { class: 'card-list', 'aria-label': t('cards.title') }, cards.map(card => h('li', { dataset: { last4: card.last4 } },
      h('span', {}, h('strong', {}, `${card.brand} •••• ${card.last4}`), ' ',
        h('span', { class: 'muted small' }, t('cards.expires', { month: String(card.expMonth).padStart(2, '0'), year: card.expYear })),
        card.isDefault ? [' ', h('span', { class: 'badge ok' }, t('cards.default'))] : null),
      h('span', { class: 'actions', style: 'margin:0' },
        card.isDefault ? null : h('button', {
          type: 'button', class: 'button secondary small',
          onclick: async e => act(e.currentTarget, () => api.put(`/company/payment-methods/${card.id}/default`),
            t('cards.defaultChanged', { last4: card.last4 })),
        }, t('cards.makeDefault')),
        h('button', {
          type: 'button', class: 'button danger small', 'aria-label': `${t('cards.remove')} ${card.brand} ${card.last4}`,
          onclick: async e => {
            const button = e.currentTarget;
            if (await confirmDialog(t('cards.removeConfirm', { last4: card.last4 }), { confirm: t('cards.remove'), danger: true })) {
              await act(button, () => api.del(`/company/payment-methods/${card.id}`), t('cards.removed'));
            }
          },
        }, t('cards.remove'))))));
  };

  const problem = h('div', { role: 'alert' });
  const act = async (button, call, done) => {
    problem.replaceChildren();
    try {
      await busy(button, call());
      toast(done);
      await refresh();
    } catch (e) {
      problem.replaceChildren(h('div', { class: 'banner error' }, e.detail || e.message));
    }
  };

  const addForm = () => (provider.provider === 'sandbox' ? sandboxForm() : externalForm());

  const sandboxForm = () => {
    const saved = new Set(cards.map(c => `${c.brand}|${c.last4}`));
    const options = provider.testCards.filter(c => !saved.has(`${c.brand}|${c.last4}`));
    const intro = h('div', { class: 'banner info' }, h('strong', {}, t('cards.sandboxTitle')), h('br'), t('cards.sandboxText'));
    if (options.length === 0) {
      return h('div', {}, intro, h('p', { class: 'muted' }, t('cards.allAdded')));
    }
    const choice = select('token', options.map(c => ({
      value: c.token, label: `${c.brand} •••• ${c.last4} — ${t(`cards.outcome.${c.outcome}`)}`,
    })), options[0].token);
    const submit = h('button', { type: 'submit', class: 'button' }, t('cards.add'));
    const form = h('form', { novalidate: true, dataset: { form: 'card' } }, intro, field(t('cards.testCard'), choice),
      h('div', { class: 'actions', style: 'margin-top:0' }, submit));
    form.addEventListener('submit', async e => {
      e.preventDefault();
      const card = options.find(c => c.token === choice.value);
      await addCard(form, submit, { token: card.token, brand: card.brand, last4: card.last4,
        expMonth: card.expMonth, expYear: card.expYear });
    });
    return form;
  };

  const externalForm = () => {
    const submit = h('button', { type: 'submit', class: 'button' }, t('cards.add'));
    const form = h('form', { novalidate: true, dataset: { form: 'card' } },
      h('div', { class: 'banner info' }, h('strong', {}, t('cards.externalTitle')), h('br'), t('cards.externalText')),
      field(t('cards.token'), text('token', '', { autocomplete: 'off', spellcheck: 'false' })),
      h('div', { class: 'grid-2' },
        field(t('cards.brand'), text('brand', '')),
        field(t('cards.last4'), text('last4', '', { inputmode: 'numeric', maxlength: 4 })),
        field(t('cards.expMonth'), text('expMonth', '', { inputmode: 'numeric', maxlength: 2 })),
        field(t('cards.expYear'), text('expYear', '', { inputmode: 'numeric', maxlength: 4 }))),
      h('div', { class: 'actions', style: 'margin-top:0' }, submit));
    form.addEventListener('submit', async e => {
      e.preventDefault();
      const v = formValues(form);
      await addCard(form, submit, { ...v, expMonth: whole(v.expMonth), expYear: whole(v.expYear) });
    });
    return form;
  };

  const addCard = async (form, submit, body) => {
    try {
      await busy(submit, api.post('/company/payment-methods', body));
      toast(t('cards.added'));
      await refresh();
    } catch (e) {
      showErrors(form, e);
    }
  };

  const draw = () => box.replaceChildren(problem, list(), addForm());
  draw();
  return { element: box, cards: () => cards };
}

/** A whole number typed into a text input, or the text itself so that the server names what is wrong. */
function whole(value) {
  return value !== null && /^\d+$/.test(value) ? Number(value) : value;
}

/** The company code with a copy button, and the instructions to send to employees, also copyable. */
export async function codePanel(api, company) {
  const { code } = await api.get('/company/code');
  const link = `${location.origin}${location.pathname}#/signup/employee`;
  const message = t('code.message', { link, company: company.name, code });
  const codeId = uid('code');
  const instructions = h('textarea', { id: uid('instructions'), readonly: true, rows: 12, name: 'instructions' }, message);
  return h('div', { class: 'company-code' },
    h('p', { class: 'muted' }, t('code.text')),
    h('div', { class: 'copy-row' }, h('output', { class: 'code-box', id: codeId, dataset: { code } }, code),
      copyButton(code, { label: t('code.copy'), describedBy: codeId })),
    h('div', { class: 'field', style: 'margin-top:1rem' },
      h('label', { for: instructions.id }, t('code.instructions')), instructions),
    copyButton(() => instructions.value, { label: t('code.copyInstructions') }));
}
