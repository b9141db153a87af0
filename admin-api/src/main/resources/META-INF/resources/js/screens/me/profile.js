// The employee's name and postal address: what their refund transfers carry as creditor.
import { h, field, showErrors, busy, toast } from '../../ui.js';
import { lang } from '../../i18n.js';
import { card, fill } from './parts.js';

/** The SEPA countries, where the refunds' bank transfers reach; another stored country is kept as an option. */
const SEPA = ['AD', 'AT', 'BE', 'BG', 'CH', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GB', 'GI', 'GR', 'HR',
  'HU', 'IE', 'IS', 'IT', 'LI', 'LT', 'LU', 'LV', 'MC', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'SM',
  'VA'];

export function profileCard(ctx, named) {
  const { t } = ctx;
  const { element, body } = card('me-profile', t('me.profile.title'));
  const load = () => fill(body, t, async () => shown(await ctx.api.get('/me/profile')));

  function shown(profile) {
    named(profile.name);
    const edit = h('button', { type: 'button', class: 'button secondary wide' }, t('me.profile.edit'));
    edit.addEventListener('click', () => {
      body.replaceChildren(form(profile));
      body.querySelector('input').focus();
    });
    const a = profile.address;
    return [
      h('dl', { class: 'facts' },
        h('dt', {}, t('me.profile.name')), h('dd', {}, profile.name),
        h('dt', {}, t('me.profile.email')), h('dd', {}, profile.email),
        h('dt', {}, t('me.profile.address')),
        h('dd', {}, a ? addressLines(a) : t('me.profile.noAddress'))),
      a ? null : h('p', { class: 'hint' }, t('me.profile.addressHint')),
      edit,
    ].filter(Boolean);
  }

  function form(profile) {
    const a = profile.address || {};
    const input = (name, value, attrs = {}) => h('input', { name, value: value || '', ...attrs });
    const name = input('name', profile.name, { autocomplete: 'name', required: true, maxlength: 70 });
    const street = input('address.streetName', a.streetName, { autocomplete: 'address-line1', maxlength: 70 });
    const number = input('address.buildingNumber', a.buildingNumber, { maxlength: 16 });
    const postCode = input('address.postCode', a.postCode, { autocomplete: 'postal-code', maxlength: 16 });
    const town = input('address.townName', a.townName, { autocomplete: 'address-level2', maxlength: 35 });
    const country = countrySelect(t, a.countryCode);
    const submit = h('button', { type: 'submit', class: 'button' }, t('me.save'));
    const cancel = h('button', { type: 'button', class: 'button secondary' }, t('me.cancel'));
    cancel.addEventListener('click', () => body.replaceChildren(...shown(profile)));
    const element = h('form', { class: 'profile-form', novalidate: true },
      field(t('me.profile.name'), name),
      h('fieldset', {},
        h('legend', {}, t('me.profile.address')),
        h('p', { class: 'hint' }, t('me.profile.addressHint')),
        field(t('me.profile.street'), street),
        h('div', { class: 'pair' }, field(t('me.profile.number'), number), field(t('me.profile.postCode'), postCode)),
        field(t('me.profile.town'), town),
        field(t('me.profile.country'), country)),
      h('div', { class: 'actions' }, submit, cancel));
    element.addEventListener('submit', async (event) => {
      event.preventDefault();
      const address = { streetName: street.value, buildingNumber: number.value, postCode: postCode.value,
        townName: town.value, countryCode: country.value };
      const empty = Object.values(address).every((v) => !v.trim());
      try {
        const saved = await busy(submit, ctx.api.put('/me/profile', { name: name.value, address: empty ? null : address }));
        toast(t('me.saved'));
        body.replaceChildren(...shown(saved));
      } catch (error) {
        showErrors(element, error);
      }
    });
    return element;
  }

  return { element, load };
}

function addressLines(a) {
  const first = [a.streetName, a.buildingNumber].filter(Boolean).join(' ');
  const second = [a.postCode, a.townName].filter(Boolean).join(' ');
  return [first, second, regionName(a.countryCode)].filter(Boolean).join(', ');
}

function countrySelect(t, current) {
  const codes = current && !SEPA.includes(current) ? [...SEPA, current] : SEPA;
  const options = codes.map((code) => ({ code, name: regionName(code) }))
    .sort((x, y) => x.name.localeCompare(y.name, lang()));
  return h('select', { name: 'address.countryCode', autocomplete: 'country' },
    h('option', { value: '' }, t('me.profile.chooseCountry')),
    ...options.map((o) => h('option', { value: o.code, selected: o.code === current }, o.name)));
}

function regionName(code) {
  try {
    return new Intl.DisplayNames([lang()], { type: 'region' }).of(code) || code;
  } catch {
    return code;
  }
}
