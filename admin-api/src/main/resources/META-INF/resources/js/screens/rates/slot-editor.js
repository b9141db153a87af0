import { h } from '../../ui.js';
import { lang } from '../../i18n.js';

const DAY = 24 * 60;
/** Splits offered by the editor fall on the half hour; a rate saved with other minutes keeps them. */
const STEP = 30;

export function clock(minute) {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

function minuteOf(text) {
  const [hours, minutes] = text.split(':').map(Number);
  return hours * 60 + minutes;
}

/** A price as the API takes it: typed with the language's decimal comma or a point. */
export function plainDecimal(text) {
  return String(text).trim().replace(',', '.');
}

/** A price from the API as a person of the current language types it. */
export function localDecimal(text) {
  const comma = new Intl.NumberFormat(lang()).format(1.5).includes(',');
  return comma ? String(text).replace('.', ',') : String(text);
}

export function validPrice(text) {
  return /^\d+(\.\d+)?$/.test(plainDecimal(text));
}

/**
 * Colours for a rate's prices, from green (its cheapest) to red (its dearest), so the bar reads at a glance.
 * The numbers only place a price on that scale; no amount is computed from them.
 */
export function priceColours(prices) {
  const numbers = prices.filter(validPrice).map(p => Number(plainDecimal(p)));
  const low = Math.min(...numbers);
  const high = Math.max(...numbers);
  return price => {
    if (!validPrice(price)) {
      return '#e4e7ec';
    }
    const ratio = high > low ? (Number(plainDecimal(price)) - low) / (high - low) : 0;
    return `hsl(${Math.round(140 - ratio * 140)} 62% 80%)`;
  };
}

/** A read-only bar of a day's slots (for the list of rates), described for screen readers. */
export function slotBar(slots, colour, label) {
  return h('div', { class: 'slot-bar mini', role: 'img', 'aria-label': label }, slots.map(slot => {
    const from = minuteOf(slot.from);
    return h('div', { class: 'slot-segment', title: `${slot.from} – ${slot.to}: ${slot.pricePerKwh}`,
      style: `left:${from / DAY * 100}%;width:${(minuteOf(slot.to) - from) / DAY * 100}%;`
        + `background:${colour(slot.pricePerKwh)}` });
  }));
}

let editors = 0;

/**
 * The price slots of one day type: a 24-hour bar split into coloured slots (boundaries can be dragged) and, under
 * it, the same slots as real inputs (each slot's end time and price, a button to remove a split, a time to add
 * one), so everything the bar does can be done with the keyboard. The editor keeps the day whole: slots always
 * run from 00:00 to 24:00 without gaps, which is what the server requires.
 *
 * @param options.field the server's name for this day's slots ("rate.weekday"): inputs are named after it so the
 *        server's errors land next to them
 * @param options.colour colour of a price (the parent compares it with every price of the rate)
 * @param options.onInput called after every change
 */
export function slotEditor({ t, legend, field, currency, slots, colour, onInput }) {
  const key = `slots-${++editors}`;
  let bounds = [];
  let prices = [];

  const bar = h('div', { class: 'slot-bar', role: 'img' });
  const scale = h('div', { class: 'slot-scale', 'aria-hidden': 'true' },
    ...[0, 6, 12, 18, 24].map(hour => h('span', { style: `left:${hour / 24 * 100}%` }, clock(hour * 60))));
  const list = h('ol', { class: 'slot-list' });
  const splitSelect = h('select', { id: `${key}-split`, 'aria-label': t('rates.slots.splitAtOf', { legend }) });
  const splitButton = h('button', { type: 'button', class: 'button secondary' }, t('rates.slots.split'));
  const coverError = h('p', { class: 'field-error', role: 'alert' });
  coverError.hidden = true;
  const element = h('fieldset', { class: 'slot-editor', dataset: { field } }, h('legend', {}, legend),
    h('p', { class: 'muted small' }, t('rates.slots.hint')), bar, scale, list,
    h('div', { class: 'slot-split' }, h('label', { for: splitSelect.id }, t('rates.slots.splitAt')), splitSelect,
      splitButton), coverError);

  const from = i => (i === 0 ? 0 : bounds[i - 1]);
  const to = i => (i === bounds.length ? DAY : bounds[i]);

  function set(json) {
    bounds = json.slice(1).map(s => minuteOf(s.from));
    prices = json.map(s => localDecimal(s.pricePerKwh));
    renderList();
  }

  /** The slots in the API's shape. */
  function value() {
    return prices.map((price, i) => ({ from: clock(from(i)), to: clock(to(i)), pricePerKwh: plainDecimal(price) }));
  }

  function changed() {
    onInput();
  }

  /**
   * Lays the bar out from the slots. Its elements are rebuilt only when the number of slots changes: a boundary
   * being dragged must stay the same element, or it would lose the pointer.
   */
  function refreshBar() {
    if (bar.querySelectorAll('.slot-segment').length !== prices.length) {
      bar.replaceChildren(...prices.map(() => h('div', { class: 'slot-segment' })), ...bounds.map((m, i) => handle(i)));
    }
    const segments = bar.querySelectorAll('.slot-segment');
    prices.forEach((price, i) => {
      const width = (to(i) - from(i)) / DAY * 100;
      Object.assign(segments[i].style, { left: `${from(i) / DAY * 100}%`, width: `${width}%`, background: colour(price) });
      segments[i].textContent = width >= 8 ? (validPrice(price) ? price : '?') : '';
    });
    bar.querySelectorAll('.slot-handle').forEach((grip, i) => {
      grip.style.left = `${bounds[i] / DAY * 100}%`;
      grip.title = clock(bounds[i]);
    });
    bar.setAttribute('aria-label', t('rates.slots.bar', { legend, slots: prices.map((price, i) =>
      t('rates.slots.barSlot', { from: clock(from(i)), to: clock(to(i)), price })).join('; ') }));
    prices.forEach((price, i) => {
      const swatch = list.children[i]?.querySelector('.swatch');
      if (swatch) {
        swatch.style.background = colour(price);
      }
    });
  }

  /** A draggable boundary; the "Until" select of the slot before it is its keyboard equivalent. */
  function handle(i) {
    const grip = h('div', { class: 'slot-handle', 'aria-hidden': 'true' });
    grip.addEventListener('pointerdown', down => {
      down.preventDefault();
      grip.setPointerCapture(down.pointerId);
      const box = bar.getBoundingClientRect();
      const move = event => {
        const snapped = Math.round((event.clientX - box.left) / box.width * DAY / STEP) * STEP;
        if (snapped > from(i) && snapped < to(i + 1) && snapped !== bounds[i]) {
          bounds[i] = snapped;
          refreshBar();
        }
      };
      const up = () => {
        grip.removeEventListener('pointermove', move);
        renderList();
        changed();
      };
      grip.addEventListener('pointermove', move);
      grip.addEventListener('pointerup', up, { once: true });
      grip.addEventListener('pointercancel', up, { once: true });
    });
    return grip;
  }

  function renderList(focus) {
    list.replaceChildren(...prices.map((price, i) => slotRow(price, i)));
    renderSplit();
    refreshBar();
    if (focus) {
      list.querySelector(focus)?.focus();
    }
  }

  function slotRow(price, i) {
    const id = `${key}-${i}`;
    const range = h('span', { class: 'slot-range', id: `${id}-range` }, `${clock(from(i))} – ${clock(to(i))}`);
    const priceInput = h('input', { type: 'text', inputmode: 'decimal', id: `${id}-price`, autocomplete: 'off',
      name: `${field}[${i}].pricePerKwh`, 'aria-describedby': `${id}-range ${id}-price-error`, size: '8' });
    priceInput.value = price;
    priceInput.addEventListener('input', () => {
      prices[i] = priceInput.value;
      priceInput.removeAttribute('aria-invalid');
      refreshBar();
      changed();
    });
    const parts = [h('span', { class: 'swatch', 'aria-hidden': 'true' }), range];
    if (i < bounds.length) {
      const until = h('select', { id: `${id}-until`, 'aria-describedby': `${id}-range` },
        ...endChoices(i).map(m => h('option', { value: String(m) }, clock(m))));
      until.value = String(to(i));
      until.addEventListener('change', () => {
        bounds[i] = Number(until.value);
        renderList(`#${id}-until`);
        changed();
      });
      parts.push(h('span', { class: 'slot-until' }, h('label', { for: until.id }, t('rates.slots.until')), until));
    }
    parts.push(h('span', { class: 'slot-price' }, h('label', { for: priceInput.id },
      t('rates.slots.price', { currency })), priceInput));
    if (i > 0) {
      const merge = h('button', { type: 'button', class: 'button link' },
        t('rates.slots.merge', { at: clock(from(i)) }));
      merge.addEventListener('click', () => {
        bounds.splice(i - 1, 1);
        prices.splice(i, 1);
        renderList(`#${key}-${i - 1}-price`);
        changed();
      });
      parts.push(merge);
    }
    parts.push(h('span', { class: 'field-error', id: `${id}-price-error` }));
    return h('li', { class: 'slot-row' }, ...parts);
  }

  /** Where slot i may end: inside the span it shares with the next slot, on the half hour or where it is now. */
  function endChoices(i) {
    const choices = new Set([to(i)]);
    for (let m = from(i) + 1; m < to(i + 1); m++) {
      if (m % STEP === 0) {
        choices.add(m);
      }
    }
    return [...choices].sort((a, b) => a - b);
  }

  function renderSplit() {
    const free = [];
    for (let m = STEP; m < DAY; m += STEP) {
      if (!bounds.includes(m)) {
        free.push(m);
      }
    }
    splitSelect.replaceChildren(...free.map(m => h('option', { value: String(m) }, clock(m))));
    splitSelect.disabled = free.length === 0;
    splitButton.disabled = free.length === 0;
    splitButton.title = free.length === 0 ? t('rates.slots.noSplit') : '';
    // Offer the middle of the longest slot: the likeliest next split.
    let longest = 0;
    prices.forEach((p, i) => {
      if (to(i) - from(i) > to(longest) - from(longest)) {
        longest = i;
      }
    });
    const middle = Math.round((from(longest) + to(longest)) / 2 / STEP) * STEP;
    if (free.includes(middle)) {
      splitSelect.value = String(middle);
    }
  }

  splitButton.addEventListener('click', () => {
    const at = Number(splitSelect.value);
    const i = bounds.filter(b => b < at).length;
    bounds.splice(i, 0, at);
    prices.splice(i + 1, 0, prices[i]);
    renderList(`#${key}-${i + 1}-price`);
    changed();
  });

  /** Mirrors the server's checks; marks what is wrong and returns whether everything is right. */
  function check() {
    let ok = true;
    prices.forEach((price, i) => {
      const input = list.querySelector(`#${key}-${i}-price`);
      const error = list.querySelector(`#${key}-${i}-price-error`);
      const valid = validPrice(price);
      error.textContent = valid ? '' : t('rates.check.price');
      if (valid) {
        input.removeAttribute('aria-invalid');
      } else {
        input.setAttribute('aria-invalid', 'true');
        ok = false;
      }
    });
    const whole = bounds.every((b, i) => b > from(i) && b < to(i + 1));
    coverError.textContent = whole ? '' : t('rates.check.cover');
    coverError.hidden = whole;
    return ok && whole;
  }

  set(slots);
  return { element, value, set, refreshBar, check, prices: () => prices.map(plainDecimal) };
}
