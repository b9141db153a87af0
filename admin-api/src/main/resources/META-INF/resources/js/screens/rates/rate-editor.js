import { h, field, showErrors, clearErrors, busy, toast } from '../../ui.js';
import { slotEditor, priceColours, plainDecimal, localDecimal, validPrice } from './slot-editor.js';

const allDay = price => [{ from: '00:00', to: '24:00', pricePerKwh: price }];

/**
 * Creates a rate or edits one (a new version from now): its name, FLAT or HOURLY, and the prices of weekdays and
 * weekends. What the server checks is checked here first, so most mistakes are marked before anything is sent;
 * whatever the server still refuses is shown next to the input it names.
 */
export function rateEditor({ api, t, company, rate, onSaved, onCancel }) {
  const shape = rate ? rate.rate : { type: 'FLAT', weekday: { pricePerKwh: '' }, weekend: { pricePerKwh: '' } };
  const currency = rate ? shape.currency : company.currency;
  const flat = shape.type === 'FLAT';

  const name = h('input', { type: 'text', name: 'name', maxlength: '100', autocomplete: 'off' });
  name.value = rate ? rate.name : '';
  const types = ['FLAT', 'HOURLY'].map(type => h('input', { type: 'radio', name: 'rate.type', value: type,
    checked: type === shape.type }));
  const weekdayPrice = h('input', { type: 'text', inputmode: 'decimal', name: 'rate.weekday.pricePerKwh',
    autocomplete: 'off' });
  const weekendPrice = h('input', { type: 'text', inputmode: 'decimal', name: 'rate.weekend.pricePerKwh',
    autocomplete: 'off' });
  weekdayPrice.value = flat ? localDecimal(shape.weekday.pricePerKwh) : '';
  weekendPrice.value = flat ? localDecimal(shape.weekend.pricePerKwh) : '';

  // Both shapes are kept while editing, so switching the type back and forth loses nothing typed.
  let colour = () => '#e4e7ec';
  const days = ['weekday', 'weekend'].map(day => slotEditor({
    t, field: `rate.${day}`, currency, legend: t(`rates.day.${day}Legend`),
    slots: flat ? allDay(shape[day].pricePerKwh) : shape[day],
    colour: price => colour(price), onInput: changed,
  }));
  const [weekdays, weekends] = days;
  const copy = h('button', { type: 'button', class: 'button secondary small' }, t('rates.editor.copyWeekdays'));
  copy.addEventListener('click', () => {
    weekends.set(weekdays.value());
    changed();
  });

  const flatPart = h('div', { class: 'grid-2 flat-prices' },
    field(t('rates.editor.weekdayPrice', { currency }), weekdayPrice),
    field(t('rates.editor.weekendPrice', { currency }), weekendPrice));
  const hourlyPart = h('div', { class: 'hourly-prices' }, weekdays.element, weekends.element, copy);
  const save = h('button', { type: 'submit', class: 'button' }, t('rates.editor.save'));
  const cancel = h('button', { type: 'button', class: 'button secondary' }, t('rates.editor.cancel'));
  const titleId = 'rate-editor-title';
  const form = h('form', { novalidate: true },
    field(t('rates.editor.name'), name),
    h('fieldset', { class: 'rate-type' }, h('legend', {}, t('rates.editor.type')),
      h('div', { class: 'radio-cards' },
        h('label', {}, types[0], t('rates.editor.flat')), h('label', {}, types[1], t('rates.editor.hourly')))),
    flatPart, hourlyPart,
    rate ? h('p', { class: 'muted small' }, t('rates.editor.versionHint')) : null,
    h('div', { class: 'actions' }, save, cancel));
  const element = h('section', { class: 'card rate-editor', 'aria-labelledby': titleId },
    h('h2', { id: titleId }, rate ? t('rates.editor.editTitle', { name: rate.name }) : t('rates.editor.newTitle')),
    form);

  const type = () => types.find(r => r.checked).value;

  function changed() {
    colour = priceColours([...weekdays.prices(), ...weekends.prices()]);
    days.forEach(d => d.refreshBar());
  }

  /** Carries prices over on a switch: a flat price becomes the all-day slot, a first slot the flat price. */
  function switchType() {
    const hourly = type() === 'HOURLY';
    days.forEach((day, i) => {
      const typed = [weekdayPrice, weekendPrice][i];
      if (hourly && day.value().length === 1 && validPrice(typed.value)) {
        day.set(allDay(plainDecimal(typed.value)));
      } else if (!hourly && typed.value.trim() === '') {
        typed.value = localDecimal(day.value()[0].pricePerKwh);
      }
    });
    flatPart.hidden = hourly;
    hourlyPart.hidden = !hourly;
    changed();
  }

  /** The rate as the API takes it (also what the quote preview prices while editing). */
  function value() {
    const hourly = type() === 'HOURLY';
    return {
      type: type(), currency,
      weekday: hourly ? weekdays.value() : { pricePerKwh: plainDecimal(weekdayPrice.value) },
      weekend: hourly ? weekends.value() : { pricePerKwh: plainDecimal(weekendPrice.value) },
    };
  }

  function mark(input, message) {
    input.setAttribute('aria-invalid', 'true');
    form.querySelector(`#${CSS.escape(input.id)}-error`).textContent = message;
  }

  /** The server's checks, before sending: a name, and prices that are decimals; hourly days kept whole. */
  function check() {
    clearErrors(form);
    const typedName = name.value.trim();
    if (!typedName) {
      mark(name, t('rates.check.name'));
    } else if (typedName.length > 100) {
      mark(name, t('rates.check.nameLength'));
    }
    if (type() === 'FLAT') {
      [weekdayPrice, weekendPrice].filter(input => !validPrice(input.value))
        .forEach(input => mark(input, t('rates.check.price')));
    } else {
      days.forEach(day => day.check());
    }
    const wrong = form.querySelector('[aria-invalid="true"]') || form.querySelector('.field-error:not(:empty)');
    if (wrong) {
      form.prepend(h('div', { class: 'banner error form-error', role: 'alert' }, t('rates.editor.invalid')));
      (form.querySelector('[aria-invalid="true"]') || wrong).focus();
    }
    return !wrong;
  }

  form.addEventListener('submit', event => {
    event.preventDefault();
    if (!check()) {
      return;
    }
    const body = { name: name.value.trim(), rate: value() };
    busy(save, (async () => {
      try {
        const saved = rate ? await api.put(`/rates/${rate.id}`, body) : await api.post('/rates', body);
        toast(t(rate ? 'rates.editor.saved' : 'rates.editor.created', { name: saved.name }));
        onSaved(saved);
      } catch (error) {
        showErrors(form, error);
      }
    })());
  });
  types.forEach(radio => radio.addEventListener('change', switchType));
  cancel.addEventListener('click', onCancel);
  switchType();

  return { element, value, focus: () => name.focus() };
}
