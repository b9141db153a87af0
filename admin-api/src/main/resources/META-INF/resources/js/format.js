// Numbers, money, energy and dates in the current language and, for a company admin, in the company's time zone.
// Amounts arrive as decimal strings and are formatted as they are: Intl reads a decimal string exactly, so no
// money passes through floating point here.

import { lang } from './i18n.js';

const LOCALES = { en: 'en-GB', es: 'es-ES' };
let zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
let defaultCurrency = 'EUR';

/** The zone and currency of the company whose data is shown (app.js calls it after loading the company). */
export function configure({ timeZone, currency } = {}) {
  zone = timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone;
  defaultCurrency = currency || 'EUR';
}

function locale() {
  return LOCALES[lang()] || 'en-GB';
}

function present(value) {
  return value !== null && value !== undefined && value !== '';
}

/** A date-only value ('2025-03-31') is a calendar day, not an instant: it is shown without any zone shift. */
function isDay(value) {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

function instant(value) {
  return value instanceof Date ? value : new Date(value);
}

export const fmt = {
  number(value, digits = { min: 0, max: 2 }) {
    if (!present(value)) {
      return '–';
    }
    return new Intl.NumberFormat(locale(), {
      minimumFractionDigits: digits.min, maximumFractionDigits: digits.max,
    }).format(typeof value === 'string' ? value : Number(value));
  },
  /** `maxDigits` shows amounts finer than the currency's cents (a price per kWh such as 0.1450) in full. */
  money(amount, currency = defaultCurrency, { maxDigits } = {}) {
    if (!present(amount)) {
      return '–';
    }
    return new Intl.NumberFormat(locale(), { style: 'currency', currency, maximumFractionDigits: maxDigits })
      .format(String(amount));
  },
  /** Watt-hours shown as kWh. */
  energy(wh) {
    if (!present(wh)) {
      return '–';
    }
    return fmt.kwh(Number(wh) / 1000);
  },
  /** A value already in kWh (the panel API's unit for energy). */
  kwh(kwh) {
    if (!present(kwh)) {
      return '–';
    }
    return `${fmt.number(kwh, { min: 0, max: 3 })} kWh`;
  },
  /** 80 or "80.00" → "80 %" (the API's percentages go from 0 to 100). */
  percent(value) {
    if (!present(value)) {
      return '–';
    }
    return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 2 })
      .format(Number(value) / 100);
  },
  dateTime(value) {
    if (!present(value)) {
      return '–';
    }
    return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short', timeZone: zone })
      .format(instant(value));
  },
  date(value) {
    if (!present(value)) {
      return '–';
    }
    if (isDay(value)) {
      return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' })
        .format(new Date(`${value}T00:00:00Z`));
    }
    return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: zone }).format(instant(value));
  },
  time(value) {
    if (!present(value)) {
      return '–';
    }
    return new Intl.DateTimeFormat(locale(), { timeStyle: 'short', timeZone: zone }).format(instant(value));
  },
  /** '2025-03' → "March 2025". */
  month(yearMonth) {
    if (!present(yearMonth)) {
      return '–';
    }
    return new Intl.DateTimeFormat(locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' })
      .format(new Date(`${yearMonth}-01T00:00:00Z`));
  },
  timeZone() {
    return zone;
  },
  currency() {
    return defaultCurrency;
  },
};
