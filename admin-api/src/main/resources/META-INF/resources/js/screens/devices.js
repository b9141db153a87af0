import { h, ensureStyle, toast, confirmDialog, errorText, busy } from '../ui.js';
import { define, lang, t } from '../i18n.js';
import messages from '../i18n/devices.js';
import { optionsMenu } from './devices/options-menu.js';
import { showEmployee } from './devices/employee-dialog.js';

define(messages);

const COLUMNS = ['employee', 'status', 'logging', 'payment', 'refund', 'rate', 'options'];
const PAGE = 50;

/**
 * The company's linked chargers with their settings editable in place. Each change is saved at once through the
 * device's settings endpoint; the row shows the server's answer (or its refusal) and nothing else changes.
 */
export default async function render(view, ctx) {
  const { api } = ctx;
  ensureStyle('css/devices.css');
  const status = h('p', { class: 'loading', role: 'status' }, t('devices.loading'));
  view.append(h('div', { class: 'page-header' }, h('h1', {}, t('devices.title'))),
    h('p', { class: 'muted' }, t('devices.intro')), status);

  const [company, rates, first] = await Promise.all([api.get('/company/settings'),
    api.get('/rates', { limit: 500 }), api.get('/devices', { limit: PAGE })]);
  const body = h('tbody', {});
  const env = { ...ctx, company, rates: rates.items, onUnlinked: emptyUnlessRows };
  const table = h('table', { class: 'data devices' },
    h('thead', {}, h('tr', {}, ...COLUMNS.map(c => h('th', { scope: 'col' },
      // The options buttons explain themselves; the header is for screen readers only, keeping the table narrow.
      c === 'options' ? h('span', { class: 'visually-hidden' }, t('devices.col.options')) : t(`devices.col.${c}`))))),
    body);
  const more = h('button', { type: 'button', class: 'button secondary load-more' }, t('devices.loadMore'));
  const wrap = h('div', { class: 'table-wrap devices-wrap' }, table);
  status.replaceWith(wrap, more);

  function emptyUnlessRows() {
    if (!body.querySelector('tr.device') && more.hidden) {
      wrap.replaceWith(h('p', { class: 'empty' }, t('devices.empty')));
    }
  }

  let next = first.next;
  const append = page => {
    page.items.forEach(device => body.append(...deviceRows(device, env)));
    next = page.next;
    more.hidden = next == null;
    emptyUnlessRows();
  };
  more.addEventListener('click', () => busy(more, api.get('/devices', { limit: PAGE, offset: next }).then(append,
    failure => toast(errorText(failure), { kind: 'error' }))));
  append(first);
}

const COLUMN_OF = { loggingActive: 'logging', paymentType: 'payment', refundPercent: 'refund', rateId: 'rate' };

/** The server's refusal, naming the setting by its column ("Refund %: must be ...") rather than its API field. */
function explained(refusal) {
  const text = errorText(refusal);
  const column = COLUMN_OF[refusal.field];
  return column && text.startsWith(`${refusal.field}: `)
    ? `${t(`devices.col.${column}`)}: ${text.slice(refusal.field.length + 2)}` : text;
}

/** The body the settings endpoint replaces the overrides with: unchanged overrides must be sent again. */
function overridesOf(device) {
  const own = name => device.overridden.includes(name);
  const s = device.settings;
  return {
    loggingActive: s.loggingActive,
    paymentType: own('paymentType') ? s.paymentType : null,
    refundPercent: own('refundPercent') ? s.refundPercent : null,
    rateId: own('rateId') ? s.rateId : null,
  };
}

function percentText(value) {
  return new Intl.NumberFormat(lang(), { maximumFractionDigits: 2, useGrouping: false }).format(value);
}

/** The row of one device and, under it, the row where a refused change is explained. */
function deviceRows(device, env) {
  const { api, fmt, company, rates } = env;
  let current = device;
  let tried = null; // the refund value last sent, see commitRefund
  const name = device.employee.name;
  const id = `device-${device.linkId}`;
  const hidden = (text, forId) => h('label', { class: 'visually-hidden', for: forId }, text);

  const online = h('span', { class: 'badge' });
  const seen = h('span', { class: 'muted small' });

  const logging = h('input', { type: 'checkbox', role: 'switch', id: `${id}-logging`, name: 'loggingActive' });
  const loggingText = h('span', { class: 'small' });

  const payment = h('select', { id: `${id}-payment`, name: 'paymentType' },
    h('option', { value: '' }, t('devices.payment.company', { value: t(`devices.payment.${company.paymentType}`) })),
    ...['AUTOMATIC', 'MANUAL'].map(p => h('option', { value: p }, t(`devices.payment.${p}`))));

  const refund = h('input', { type: 'text', inputmode: 'decimal', id: `${id}-refund`, name: 'refundPercent',
    autocomplete: 'off', 'aria-describedby': `${id}-error ${id}-refund-source` });
  const refundSource = h('span', { class: 'muted small', id: `${id}-refund-source` });
  const reset = h('button', { type: 'button', class: 'button link small',
    'aria-label': t('devices.refund.resetLabel', { name }) }, t('devices.refund.reset'));

  const rate = h('select', { id: `${id}-rate`, name: 'rateId' },
    h('option', { value: '' }, t('devices.rate.company', { value: company.defaultRateName })),
    ...rates.map(r => h('option', { value: String(r.id) }, r.name)));

  const error = h('td', { colspan: String(COLUMNS.length), id: `${id}-error`, role: 'alert' });
  const errorRow = h('tr', { class: 'device-error' }, error);
  errorRow.hidden = true;

  const row = h('tr', { class: 'device', 'data-link-id': String(device.linkId) },
    cell('employee', h('span', { class: 'employee-name' }, name),
      h('span', { class: 'muted small charge-point' }, device.chargePointId)),
    cell('status', online, seen),
    cell('logging', hidden(t('devices.logging.label', { name }), logging.id),
      h('span', { class: 'switch' }, logging, loggingText)),
    cell('payment', hidden(t('devices.payment.label', { name }), payment.id), payment),
    cell('refund', hidden(t('devices.refund.label', { name }), refund.id),
      h('span', { class: 'refund-input' }, refund, h('span', { 'aria-hidden': 'true' }, '%')), refundSource, reset),
    cell('rate', hidden(t('devices.rate.label', { name }), rate.id), rate),
    cell('options', optionsMenu('⋯', t('devices.optionsFor', { name }), [
      { text: t('devices.details'), action: () => showEmployee(current, env) },
      { text: t('devices.unlink'), action: unlink },
    ])));

  function cell(column, ...content) {
    return h('td', { 'data-label': t(`devices.col.${column}`), class: `col-${column}` }, ...content);
  }

  /** Puts the saved settings back into every control; the refund input keeps a refused value to correct. */
  function sync({ keepRefund = false } = {}) {
    const s = current.settings;
    const own = name => current.overridden.includes(name);
    online.textContent = t(current.online ? 'devices.online' : 'devices.offline');
    online.className = `badge presence ${current.online ? 'ok' : ''}`;
    seen.textContent = current.online ? '' : current.lastSeenAt
      ? t('devices.lastSeen', { when: fmt.dateTime(current.lastSeenAt) }) : t('devices.neverSeen');
    logging.checked = s.loggingActive;
    loggingText.textContent = t(s.loggingActive ? 'devices.logging.on' : 'devices.logging.off');
    payment.value = own('paymentType') ? s.paymentType : '';
    if (!keepRefund) {
      refund.value = percentText(s.refundPercent);
      refund.removeAttribute('aria-invalid');
    }
    refundSource.textContent = t(own('refundPercent') ? 'devices.refund.custom' : 'devices.refund.company');
    reset.hidden = !own('refundPercent');
    rate.value = own('rateId') ? String(s.rateId) : '';
  }

  async function save(change, { keepRefund = false } = {}) {
    try {
      current = await api.put(`/devices/${current.linkId}/settings`, { ...overridesOf(current), ...change });
      tried = null;
      errorRow.hidden = true;
      sync();
      toast(t('devices.saved', { name }));
    } catch (refusal) {
      error.textContent = t('devices.notSaved', { detail: explained(refusal) });
      errorRow.hidden = false;
      sync({ keepRefund });
      if (keepRefund) {
        refund.setAttribute('aria-invalid', 'true');
      }
    }
  }

  /**
   * Saves what was typed unless it is what is already saved; an empty field goes back to the company's. Enter and
   * the change on leaving the field may both report one edit, and a refused value stays in the field to be
   * corrected: each typed value is sent once.
   */
  function commitRefund() {
    const typed = refund.value.trim().replace(',', '.');
    if (typed === tried) {
      return undefined;
    }
    if (typed === '') {
      return current.overridden.includes('refundPercent') ? save({ refundPercent: null }) : sync();
    }
    if (current.overridden.includes('refundPercent') && Number(typed) === Number(current.settings.refundPercent)) {
      return undefined;
    }
    if (!current.overridden.includes('refundPercent') && refund.value === percentText(current.settings.refundPercent)) {
      return undefined;
    }
    // Sent as typed: the server decides what a valid percentage is and says why when it is not.
    tried = typed;
    return save({ refundPercent: typed }, { keepRefund: true });
  }

  async function unlink() {
    const question = t('devices.unlinkConfirm', { chargePoint: current.chargePointId, name });
    if (!await confirmDialog(question, { confirm: t('devices.unlink'), danger: true })) {
      return;
    }
    try {
      await api.del(`/devices/${current.linkId}`);
      row.remove();
      errorRow.remove();
      env.onUnlinked();
      toast(t('devices.unlinked', { chargePoint: current.chargePointId }));
    } catch (refusal) {
      error.textContent = errorText(refusal);
      errorRow.hidden = false;
    }
  }

  logging.addEventListener('change', () => save({ loggingActive: logging.checked }));
  payment.addEventListener('change', () => save({ paymentType: payment.value || null }));
  rate.addEventListener('change', () => save({ rateId: rate.value ? Number(rate.value) : null }));
  refund.addEventListener('change', commitRefund);
  refund.addEventListener('keydown', event => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commitRefund();
    }
  });
  reset.addEventListener('click', () => save({ refundPercent: null }));
  sync();
  return [row, errorRow];
}
