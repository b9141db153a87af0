import { h, ensureStyle, toast, confirmDialog, errorText, busy, banner } from '../ui.js';
import { define } from '../i18n.js';
import messages from '../i18n/rates.js';
import { rateEditor } from './rates/rate-editor.js';
import { quotePreview } from './rates/quote-preview.js';
import { slotBar, priceColours } from './rates/slot-editor.js';

define(messages);

/**
 * The company's rates: the list with the default marked, the editor (new or existing rate, with the 24-hour slot
 * editor), and a quote preview that prices a charge with any of them, or with the rate being edited.
 */
export default async function render(view, ctx) {
  const { api, t, fmt } = ctx;
  ensureStyle('css/rates.css');
  // Prices per kWh and slot amounts have more decimals than the currency's cents: shown in full.
  const price = (amount, currency) => fmt.money(amount, currency, { maxDigits: 6 });

  let rates = [];
  let editor = null;
  const newButton = h('button', { type: 'button', class: 'button' }, t('rates.new'));
  const notice = h('div', { class: 'rates-notice' });
  const say = error => notice.replaceChildren(...(error ? [banner('error', errorText(error))] : []));
  const listHost = h('div', { class: 'rates-list' }, h('p', { class: 'loading', role: 'status' }, t('rates.loading')));
  const editorHost = h('div', {});
  const quote = quotePreview({ api, t, fmt, company: ctx.company, price, rateChoices });
  view.append(h('div', { class: 'page-header' }, h('h1', {}, t('rates.title')), newButton),
    h('p', { class: 'muted' }, t('rates.intro')), notice, listHost, editorHost, quote.element);

  function rateChoices() {
    const stored = rates.map(r => ({ value: String(r.id), isDefault: r.isDefault,
      label: r.isDefault ? `${r.name} (${t('rates.default')})` : r.name }));
    return editor ? [{ value: 'editing', label: t('rates.quote.editing'), rate: () => editor.value() }, ...stored]
      : stored;
  }

  async function load() {
    rates = (await api.get('/rates', { limit: 500 })).items;
    listHost.replaceChildren(rateTable());
  }

  /** The list again after a change; if that fails the change stands, and the page says the list is stale. */
  async function reload() {
    try {
      await load();
    } catch (error) {
      say(error);
    }
  }

  function openEditor(rate) {
    say(null);
    editor = rateEditor({ api, t, company: ctx.company, rate,
      onSaved: async saved => {
        closeEditor();
        await reload();
        quote.refreshRates(String(saved.id));
        listHost.querySelector(`[data-rate-id="${saved.id}"] .rate-name`)?.focus();
      },
      onCancel: () => {
        closeEditor();
        quote.refreshRates();
        newButton.focus();
      } });
    editorHost.replaceChildren(editor.element);
    quote.refreshRates('editing');
    editor.element.scrollIntoView({ block: 'start' });
    editor.focus();
  }

  function closeEditor() {
    editor = null;
    editorHost.replaceChildren();
  }

  function rateTable() {
    const rows = rates.map(rate => {
      const actions = [h('button', { type: 'button', class: 'button secondary small',
        'aria-label': t('rates.editOf', { name: rate.name }), onclick: () => openEditor(rate) }, t('rates.edit'))];
      if (!rate.isDefault) {
        actions.push(
          h('button', { type: 'button', class: 'button secondary small',
            'aria-label': t('rates.makeDefaultOf', { name: rate.name }),
            onclick: event => busy(event.currentTarget, makeDefault(rate)) }, t('rates.makeDefault')),
          h('button', { type: 'button', class: 'button danger small', 'aria-label': t('rates.deleteOf', { name: rate.name }),
            onclick: () => remove(rate) }, t('rates.delete')));
      }
      const cell = (column, ...content) => h('td', { class: `col-${column}`, 'data-label': t(`rates.col.${column}`) },
        ...content);
      return h('tr', { dataset: { rateId: String(rate.id) } },
        cell('name', h('span', { class: 'rate-name', tabindex: '-1' }, rate.name),
          rate.isDefault ? [' ', h('span', { class: 'badge ok' }, t('rates.default'))] : null),
        cell('type', t(`rates.type.${rate.rate.type}`)),
        cell('prices', prices(rate.rate)),
        cell('actions', h('div', { class: 'row-actions' }, actions)));
    });
    return h('div', { class: 'table-wrap' }, h('table', { class: 'data rates' },
      h('thead', {}, h('tr', {}, ['name', 'type', 'prices', 'actions'].map(c =>
        h('th', { scope: 'col' }, t(`rates.col.${c}`))))),
      h('tbody', {}, rows)));
  }

  function prices(shape) {
    if (shape.type === 'FLAT') {
      return t('rates.flatPrices', { weekday: price(shape.weekday.pricePerKwh, shape.currency),
        weekend: price(shape.weekend.pricePerKwh, shape.currency) });
    }
    const colour = priceColours([...shape.weekday, ...shape.weekend].map(s => s.pricePerKwh));
    return h('div', { class: 'rate-bars' }, ['WEEKDAY', 'WEEKEND'].map(day => {
      const slots = shape[day.toLowerCase()];
      const legend = t(`rates.day.${day}`);
      const label = t('rates.slots.bar', { legend, slots: slots.map(s => t('rates.slots.barSlot',
        { from: s.from, to: s.to, price: price(s.pricePerKwh, shape.currency) })).join('; ') });
      return h('div', { class: 'rate-bar-row' }, h('span', { class: 'small muted', 'aria-hidden': 'true' }, legend),
        slotBar(slots, colour, label));
    }));
  }

  async function makeDefault(rate) {
    say(null);
    try {
      await api.put(`/rates/${rate.id}/default`);
      toast(t('rates.madeDefault', { name: rate.name }));
      await load();
      quote.refreshRates();
      listHost.querySelector(`[data-rate-id="${rate.id}"] .rate-name`)?.focus();
    } catch (error) {
      say(error);
    }
  }

  async function remove(rate) {
    say(null);
    if (!await confirmDialog(t('rates.deleteConfirm', { name: rate.name }), { confirm: t('rates.delete'),
      danger: true })) {
      return;
    }
    try {
      await api.del(`/rates/${rate.id}`);
      toast(t('rates.deleted', { name: rate.name }));
      await load();
      quote.refreshRates();
      newButton.focus();
    } catch (error) {
      say(error);
    }
  }

  newButton.addEventListener('click', () => openEditor(null));
  await load();
  quote.refreshRates();
}
