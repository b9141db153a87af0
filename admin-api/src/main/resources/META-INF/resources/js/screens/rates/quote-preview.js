import { h, field, showErrors, busy } from '../../ui.js';
import { plainDecimal } from './slot-editor.js';

/**
 * A lifetime meter register to start the quoted charge from. Starting from 0 would look like a charger that
 * rebooted (the pricing then ignores that first reading), so the quote starts where a real charger would be.
 */
const START_REGISTER_WH = 1_000_000;

/** Milliseconds the wall clock of `zone` is ahead of UTC at the instant `ms`. */
function offsetAt(ms, zone) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23',
    year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
    .formatToParts(new Date(ms)).map(p => [p.type, p.value]));
  const wall = Date.UTC(+parts.year, parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant the clocks of the company's zone read `local` ("2026-09-16T21:00"), whatever zone the browser is
 * in. The second pass corrects the offset when the first guess fell on the other side of a DST change.
 */
export function zonedInstant(local, zone) {
  const [date, time] = local.split('T');
  const [y, mo, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y, mo - 1, d, hh, mm);
  const guess = wall - offsetAt(wall, zone);
  return new Date(wall - offsetAt(guess, zone));
}

/** Today in the company's zone at 21:00, a typical evening charge. */
function tonight(zone) {
  return `${new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date())}T21:00`;
}

/** kWh as typed (at most three decimals) in whole Wh, or null when it is not such a number. */
function wattHours(text) {
  const match = /^(\d+)(?:\.(\d{1,3}))?$/.exec(plainDecimal(text));
  return match ? Number(match[1]) * 1000 + Number((match[2] || '').padEnd(3, '0')) : null;
}

function seconds(text) {
  const hours = /^\d+(\.\d+)?$/.test(plainDecimal(text)) ? Number(plainDecimal(text)) : 0;
  return Math.round(hours * 3600);
}

/**
 * Prices a charge (start, duration, energy) with a stored rate or the rate being edited, through the quote
 * endpoint: the same pricing real sessions get, shown with its breakdown per price slot.
 *
 * @param rateChoices () => [{ value, label, isDefault?, rate? }]: stored rates by id, and the editor's rate inline
 */
export function quotePreview({ api, t, fmt, company, price, rateChoices }) {
  const rate = h('select', { id: 'quote-rate', name: 'rateId' });
  const start = h('input', { type: 'datetime-local', id: 'quote-start', name: 'start', required: '' });
  start.value = tonight(company.timeZone);
  const duration = h('input', { type: 'text', inputmode: 'decimal', id: 'quote-duration', name: 'duration',
    size: '6' });
  duration.value = '3';
  const energy = h('input', { type: 'text', inputmode: 'decimal', id: 'quote-energy', name: 'energy', size: '8' });
  energy.value = '18';
  const percent = h('input', { type: 'text', inputmode: 'decimal', id: 'quote-refund', name: 'refundPercent',
    size: '6' });
  const submit = h('button', { type: 'submit', class: 'button' }, t('rates.quote.submit'));
  const result = h('div', { class: 'quote-result', 'aria-live': 'polite' });
  const form = h('form', { class: 'quote-form', novalidate: true },
    h('div', { class: 'quote-fields' },
      field(t('rates.quote.rate'), rate),
      field(t('rates.quote.start', { zone: company.timeZone }), start),
      field(t('rates.quote.duration'), duration),
      field(t('rates.quote.energy'), energy),
      field(t('rates.quote.refundPercent'), percent)),
    submit);
  const element = h('section', { class: 'card quote', 'aria-labelledby': 'quote-title' },
    h('h2', { id: 'quote-title' }, t('rates.quote.title')), h('p', { class: 'muted' }, t('rates.quote.intro')),
    form, result);

  let choices = [];
  function refreshRates(selected) {
    const keep = selected ?? rate.value;
    choices = rateChoices();
    rate.replaceChildren(...choices.map(c => h('option', { value: c.value }, c.label)));
    // The rate asked for or shown before, else the default one (the rate being edited may have just closed).
    rate.value = (choices.find(c => c.value === keep) || choices.find(c => c.isDefault) || choices[0])?.value ?? '';
  }

  function problem(name, detail) {
    return { status: 400, title: 'Bad Request', field: name, detail, message: detail };
  }

  function request() {
    const wh = wattHours(energy.value);
    const span = seconds(duration.value);
    if (!start.value) {
      throw problem('start', t('rates.quote.check.start'));
    }
    if (span <= 0) {
      throw problem('duration', t('rates.quote.check.duration'));
    }
    if (wh == null) {
      throw problem('energy', t('rates.quote.check.energy'));
    }
    const from = zonedInstant(start.value, company.timeZone);
    const until = new Date(from.getTime() + span * 1000);
    const chosen = choices.find(c => c.value === rate.value);
    const body = {
      readings: [{ timestamp: from.toISOString(), wh: START_REGISTER_WH },
        { timestamp: until.toISOString(), wh: START_REGISTER_WH + wh }],
      refundPercent: percent.value.trim() === '' ? null : plainDecimal(percent.value),
    };
    if (chosen?.rate) {
      body.rate = chosen.rate();
    } else if (chosen) {
      body.rateId = Number(chosen.value);
    }
    return body;
  }

  form.addEventListener('submit', event => {
    event.preventDefault();
    busy(submit, (async () => {
      result.replaceChildren();
      try {
        show(await api.post('/rates/quote', request()));
      } catch (error) {
        showErrors(form, error);
      }
    })());
  });

  function show(quote) {
    const currency = quote.currency;
    const rows = quote.breakdown.map(line => h('tr', {},
      h('td', {}, t(`rates.day.${line.dayType}`)),
      h('td', {}, `${line.from} – ${line.to}`),
      h('td', { class: 'num' }, price(line.pricePerKwh, currency)),
      h('td', { class: 'num' }, fmt.energy(line.energyWh)),
      h('td', { class: 'num' }, price(line.amount, currency))));
    const parts = [
      h('dl', { class: 'quote-totals' },
        h('div', {}, h('dt', {}, t('rates.quote.cost')), h('dd', { class: 'quote-cost' },
          fmt.money(quote.cost, currency))),
        h('div', {}, h('dt', {}, t('rates.quote.refund', { percent: fmt.percent(quote.refundPercent) })),
          h('dd', {}, fmt.money(quote.refund, currency))),
        h('div', {}, h('dt', {}, t('rates.quote.energyTotal')), h('dd', {}, fmt.energy(quote.energyWh)))),
      h('h3', {}, t('rates.quote.breakdown')),
      h('div', { class: 'table-wrap' }, h('table', { class: 'data quote-breakdown' },
        h('thead', {}, h('tr', {}, ...['day', 'slot', 'price', 'energy', 'amount'].map(c =>
          h('th', { scope: 'col', class: c === 'day' || c === 'slot' ? null : 'num' }, t(`rates.quote.col.${c}`))))),
        h('tbody', {}, ...rows))),
      h('p', { class: 'muted small' }, t('rates.quote.exact', { exact: price(quote.costExact, currency),
        cost: fmt.money(quote.cost, currency) })),
    ];
    if (quote.flags.length) {
      // Two readings can raise only the flags about energy and readings, all of which have a message.
      parts.push(h('p', { class: 'quote-flags' },
        `${t('rates.quote.flags')} ${quote.flags.map(flag => t(`rates.quote.flag.${flag}`)).join('; ')}`));
    }
    result.replaceChildren(...parts);
  }

  refreshRates();
  return { element, refreshRates };
}
