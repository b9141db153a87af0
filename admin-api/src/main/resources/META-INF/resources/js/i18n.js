// One translation mechanism for every visible text: t('screen.key', {param}) looked up in the dictionaries the
// screens register with define(). English and Spanish are both complete; a missing key shows itself (and warns).

const LANGS = ['en', 'es'];
const STORE = 'wallbill.lang';
const dictionaries = { en: {}, es: {} };
let current = initialLang();

function initialLang() {
  try {
    const saved = localStorage.getItem(STORE);
    if (LANGS.includes(saved)) {
      return saved;
    }
  } catch (e) {
    // Storage can be disabled; the browser's language still decides.
  }
  const preferred = (navigator.languages || [navigator.language || 'en']).map(l => String(l).slice(0, 2).toLowerCase());
  return preferred.find(l => LANGS.includes(l)) || 'en';
}

/** Registers a screen's messages: { en: { 'rates.title': 'Rates' }, es: { 'rates.title': 'Tarifas' } }. */
export function define(messages) {
  for (const l of LANGS) {
    Object.assign(dictionaries[l], messages[l] || {});
  }
}

/**
 * The text of `key` in the current language, with {name} placeholders filled from `params`. A message may be plural
 * forms, `{ one: '{count} line', other: '{count} lines' }`, chosen by the language's rules for the number
 * `params.count` (shown formatted for the language).
 */
export function t(key, params) {
  let text = dictionaries[current][key];
  if (text === undefined) {
    console.warn(`i18n: no ${current} text for ${key}`);
    text = dictionaries.en[key] ?? key;
  }
  if (typeof text === 'object') {
    const n = Number(params?.count);
    const count = Number.isFinite(n) ? n : 0;
    text = (text[new Intl.PluralRules(current).select(count)] ?? text.other)
      .replaceAll('{count}', new Intl.NumberFormat(current).format(count));
  }
  if (params) {
    text = text.replace(/\{(\w+)\}/g, (all, name) => (params[name] === undefined ? all : String(params[name])));
  }
  return text;
}

export function lang() {
  return current;
}

export function languages() {
  return LANGS.slice();
}

/** Switches the language, remembers it, and tells the app to redraw ('langchange' on window). */
export function setLang(l) {
  if (!LANGS.includes(l) || l === current) {
    return;
  }
  current = l;
  try {
    localStorage.setItem(STORE, l);
  } catch (e) {
    // Not remembered across visits, still switched now.
  }
  document.documentElement.lang = l;
  window.dispatchEvent(new CustomEvent('langchange', { detail: l }));
}

document.documentElement.lang = current;
