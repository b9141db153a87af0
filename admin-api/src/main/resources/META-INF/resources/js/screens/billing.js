// Billing (#/billing): a month's statement — summary cards, twelve months of energy and refund, the lines by
// employee and device (search, filters, marking manual refunds paid) and the month's documents. The month and
// the filters live in the address (#/billing?month=2026-09&status=PENDING) so a reload or a shared link shows the
// same view; they are written with history.replaceState, which does not re-render the screen.
import {
  banner, busy, clearErrors, confirmDialog, ensureStyle, errorText, field, h, showErrors, toast,
} from '../ui.js';
import { define, lang } from '../i18n.js';
import messages from '../i18n/billing.js';
import { barLineChart } from '../chart.js';

define(messages);

const PAGE = 50;
const CHART_MONTHS = 12;
/** Every month of the company fits one page of the months list (500 months: 41 years). */
const ALL_MONTHS = 500;
const LINE_STATUSES = ['PENDING', 'COMPLETED', 'FAILED', 'IN_PROGRESS'];
const PAYMENT_TYPES = ['AUTOMATIC', 'MANUAL'];
const FILTERS = ['search', 'status', 'paymentType'];

export default async function render(view, { api, t, fmt, query, company }) {
  ensureStyle('css/billing.css');
  const state = {
    month: query.month ?? null,
    search: query.search ?? '',
    status: query.status ?? '',
    paymentType: query.paymentType ?? '',
    offset: Math.max(0, Number.parseInt(query.offset ?? '0', 10) || 0),
  };
  let summary = null;
  let chartCleanup = () => {};
  let linesRequest = 0;
  let summaryRequest = 0;

  const pageAlert = h('div', { class: 'billing-page-alert' });
  view.append(h('div', { class: 'page-header' }, h('h1', {}, t('billing.title'))), pageAlert);

  let months;
  try {
    months = (await api.get('/billing/months', { limit: ALL_MONTHS })).items;
  } catch (e) {
    pageAlert.replaceChildren(banner('error', t('billing.loadFailed', { message: errorText(e) })));
    return undefined;
  }
  if (months.length === 0) {
    view.append(h('p', { class: 'card empty' }, t('billing.noMonths')));
    return undefined;
  }
  if (!months.some(m => m.month === state.month)) {
    state.month = months[0].month;
  }
  const currency = months[0].currency || company?.currency;

  const picker = h('select', { name: 'month', onchange: () => selectMonth(picker.value) },
    months.map(m => h('option', { value: m.month },
      m.status === 'IN_PROGRESS' ? t('billing.monthInProgress', { month: fmt.month(m.month) }) : fmt.month(m.month))));
  picker.value = state.month;
  const cards = h('section', { class: 'billing-cards', 'aria-label': t('billing.cards') });
  const chart = h('section', { class: 'card billing-chart', 'aria-labelledby': 'billing-chart-title' });
  const downloads = h('section', { class: 'card billing-downloads', 'aria-labelledby': 'billing-downloads-title' });
  const lines = h('section', { class: 'card billing-lines', 'aria-labelledby': 'billing-lines-title' });
  view.querySelector('.page-header').append(h('div', { class: 'billing-picker' }, field(t('billing.month'), picker)));
  view.append(cards, chart, lines, downloads);

  // ---- lines: filters, table, pages ----
  const search = h('input', { type: 'search', name: 'search', value: state.search, autocomplete: 'off' });
  const status = options('status', LINE_STATUSES, s => t(`billing.lineStatus.${s}`), state.status);
  const paymentType = options('paymentType', PAYMENT_TYPES, p => t(`billing.payment.${p}`), state.paymentType);
  status.addEventListener('change', applyFilters);
  paymentType.addEventListener('change', applyFilters);
  const filters = h('form', { class: 'billing-filters', role: 'search', 'aria-label': t('billing.filters'),
    novalidate: true, onsubmit: e => { e.preventDefault(); applyFilters(); } },
  field(t('billing.search'), search, { hint: t('billing.search.hint') }),
  field(t('billing.filter.status'), status),
  field(t('billing.filter.payment'), paymentType),
  h('div', { class: 'billing-filter-submit' }, h('button', { type: 'submit', class: 'button' },
    t('billing.search.submit'))));
  const linesAlert = h('div', { class: 'billing-lines-alert' });
  const tableHolder = h('div', { class: 'billing-table-holder' });
  const previous = h('button', { type: 'button', class: 'button secondary small', dataset: { page: 'previous' },
    onclick: () => { state.offset = Math.max(0, state.offset - PAGE); loadLines(); } }, t('billing.previous'));
  const next = h('button', { type: 'button', class: 'button secondary small', dataset: { page: 'next' },
    onclick: () => { state.offset += PAGE; loadLines(); } }, t('billing.next'));
  const range = h('span', { class: 'billing-range muted small', 'aria-live': 'polite' });
  lines.append(h('h2', { id: 'billing-lines-title' }, t('billing.lines.title')), filters, linesAlert, tableHolder,
    h('nav', { class: 'billing-pager', 'aria-label': t('billing.pages') }, previous, range, next));

  await selectMonth(state.month, { keepOffset: true });
  return () => chartCleanup();

  async function selectMonth(month, { keepOffset = false } = {}) {
    state.month = month;
    picker.value = month;
    if (!keepOffset) {
      state.offset = 0;
    }
    drawChart();
    await Promise.all([loadSummary(), loadLines()]);
  }

  function applyFilters() {
    state.search = search.value.trim();
    state.status = status.value;
    state.paymentType = paymentType.value;
    state.offset = 0;
    loadLines();
  }

  function remember() {
    const q = new URLSearchParams({ month: state.month });
    for (const key of FILTERS) {
      if (state[key]) {
        q.set(key, state[key]);
      }
    }
    if (state.offset) {
      q.set('offset', String(state.offset));
    }
    history.replaceState(history.state, '', `#/billing?${q}`);
  }

  function filterQuery() {
    return Object.fromEntries(FILTERS.filter(key => state[key]).map(key => [key, state[key]]));
  }

  async function loadSummary() {
    const request = ++summaryRequest;
    pageAlert.replaceChildren();
    try {
      const s = await api.get(`/billing/months/${state.month}`);
      if (request !== summaryRequest) {
        return;
      }
      summary = s;
      drawCards(s);
      drawDownloads(s);
    } catch (e) {
      pageAlert.replaceChildren(banner('error', t('billing.loadFailed', { message: errorText(e) })));
    }
  }

  async function loadLines() {
    const request = ++linesRequest;
    remember();
    clearErrors(filters);
    linesAlert.replaceChildren();
    try {
      const page = await api.get(`/billing/months/${state.month}/lines`,
        { ...filterQuery(), offset: state.offset, limit: PAGE });
      if (request === linesRequest) {
        drawLines(page);
      }
    } catch (e) {
      if (request !== linesRequest) {
        return;
      }
      if (e.field && FILTERS.includes(e.field)) {
        showErrors(filters, e);
      } else {
        linesAlert.replaceChildren(banner('error', t('billing.loadFailed', { message: errorText(e) })));
      }
    }
  }

  function drawCards(s) {
    const notes = s.status === 'CLOSED'
      ? [t('billing.closedAt', { date: fmt.date(s.closedAt) }),
        s.invoiceNumber ? t('billing.invoiceNumber', { number: s.invoiceNumber }) : null,
        t('billing.byStatus', { pending: count(s, 'PENDING'), completed: count(s, 'COMPLETED'),
          failed: count(s, 'FAILED') })]
      : [t('billing.openUntil')];
    cards.replaceChildren(
      card('refund', t('billing.card.refund'), fmt.money(s.refund, s.currency), [t('billing.card.refundOfCost')]),
      card('energy', t('billing.card.energy'), fmt.kwh(s.energyKwh),
        [`${t('billing.card.sessions', { count: s.sessions })} ${t('billing.card.lines', { count: s.lines })}`]),
      card('cost', t('billing.card.cost'), fmt.money(s.cost, s.currency), []),
      card('status', t('billing.card.status'), h('span', { class: `badge ${s.status === 'CLOSED' ? 'ok' : 'warn'}` },
        t(`billing.status.${s.status}`)), notes));
  }

  function card(name, label, value, notes) {
    return h('div', { class: 'card billing-card', dataset: { card: name } },
      h('h2', { class: 'billing-card-label' }, label),
      h('p', { class: 'billing-card-value' }, value),
      notes.filter(Boolean).map(n => h('p', { class: 'billing-card-note muted small' }, n)));
  }

  function drawLines(page) {
    const rows = page.items;
    const filtered = FILTERS.some(key => state[key]);
    tableHolder.replaceChildren(rows.length === 0
      ? h('p', { class: 'empty' }, t(filtered ? 'billing.lines.empty' : 'billing.lines.emptyMonth'))
      : linesTable(rows));
    previous.disabled = state.offset === 0;
    next.disabled = page.next === null || page.next === undefined;
    range.textContent = rows.length === 0 ? ''
      : t('billing.lines.range', { from: state.offset + 1, to: state.offset + rows.length });
  }

  function linesTable(rows) {
    const money = value => fmt.money(value, summary?.currency || currency);
    const columns = [
      ['employee', false], ['device', false], ['payment', false], ['sessions', true], ['energy', true],
      ['cost', true], ['refund', true], ['status', false], ['actions', false]];
    return h('div', { class: 'table-wrap' }, h('table', { class: 'data billing-table' },
      h('caption', { class: 'visually-hidden' }, t('billing.lines.title')),
      h('thead', {}, h('tr', {}, columns.map(([c, num]) => h('th', { scope: 'col', class: num ? 'num' : null },
        t(`billing.col.${c}`))))),
      h('tbody', {}, rows.map(line => h('tr', { dataset: { line: line.id ?? '', status: line.status } },
        h('th', { scope: 'row' }, line.employeeName,
          line.kind === 'ADJUSTMENT' ? h('span', { class: 'billing-kind muted small' }, t('billing.kind.ADJUSTMENT'))
            : null),
        h('td', { class: 'mono small' }, line.chargePointId),
        h('td', {}, t(`billing.payment.${line.paymentType}`)),
        h('td', { class: 'num' }, fmt.number(line.sessions)),
        h('td', { class: 'num' }, fmt.kwh(line.energyKwh)),
        h('td', { class: 'num' }, money(line.cost)),
        h('td', { class: 'num' }, money(line.refund)),
        h('td', {}, lineStatus(line)),
        h('td', {}, action(line, money)))))));
  }

  function lineStatus(line) {
    const kind = { COMPLETED: 'ok', FAILED: 'bad', PENDING: 'warn' }[line.status] || '';
    const badge = h('span', { class: `badge ${kind}`, dataset: { lineStatus: line.status } },
      t(`billing.lineStatus.${line.status}`));
    if (line.status === 'COMPLETED' && line.completedAt && line.completedBy) {
      return [badge, h('span', { class: 'billing-status-note muted small' },
        t('billing.completed', { date: fmt.date(line.completedAt), who: line.completedBy }))];
    }
    if (line.status === 'FAILED' && line.statusReason) {
      return [badge, h('span', { class: 'billing-status-note small' }, line.statusReason)];
    }
    return badge;
  }

  /** Only a written (closed-month) MANUAL line still PENDING can be marked paid; the server refuses the rest. */
  function action(line, money) {
    if (line.id === null || line.paymentType !== 'MANUAL' || line.status !== 'PENDING') {
      return null;
    }
    const button = h('button', {
      type: 'button', class: 'button small', dataset: { action: 'mark-paid' },
      'aria-label': t('billing.markPaid.label', { employee: line.employeeName, device: line.chargePointId }),
    }, t('billing.markPaid'));
    button.addEventListener('click', async () => {
      const ok = await confirmDialog(t('billing.markPaid.confirm',
        { amount: money(line.refund), employee: line.employeeName, device: line.chargePointId }),
      { confirm: t('billing.markPaid') });
      if (!ok) {
        return;
      }
      try {
        await busy(button, api.post(`/billing/lines/${line.id}/complete`));
        toast(t('billing.markPaid.done', { employee: line.employeeName }));
        await Promise.all([loadSummary(), loadLines()]);
      } catch (e) {
        linesAlert.replaceChildren(banner('error', errorText(e)));
      }
    });
    return button;
  }

  function drawDownloads(s) {
    const alert = h('div', { class: 'billing-download-alert' });
    const invoice = download('invoice', `/billing/months/${s.month}/invoice`, () => ({}), !s.invoiceNumber);
    const sepa = download('sepa', `/billing/months/${s.month}/sepa`, () => ({}),
      s.status !== 'CLOSED' || count(s, 'PENDING') === 0);
    const excel = download('excel', `/billing/months/${s.month}/lines.xlsx`, filterQuery, false);
    downloads.replaceChildren(h('h2', { id: 'billing-downloads-title' }, t('billing.downloads')),
      h('div', { class: 'actions billing-download-buttons' }, invoice, sepa, excel), alert,
      h('div', { class: 'muted small' },
        s.invoiceNumber ? null : h('p', {}, t('billing.download.invoiceLater')),
        h('p', {}, t('billing.download.sepaHint'))));

    function download(name, path, downloadQuery, disabled) {
      const button = h('button', { type: 'button', class: 'button secondary', disabled, dataset: { download: name } },
        t(`billing.download.${name}`));
      button.addEventListener('click', async () => {
        alert.replaceChildren();
        try {
          await busy(button, api.download(path, downloadQuery()));
        } catch (e) {
          alert.replaceChildren(banner('error', t('billing.download.failed', { message: errorText(e) })));
        }
      });
      return button;
    }
  }

  /** Twelve months up to this one (or the newest statement, if later): months without a statement are gaps. */
  function drawChart() {
    chartCleanup();
    const byMonth = new Map(months.map(m => [m.month, m]));
    const newest = [months[0].month, currentMonth(fmt.timeZone())].sort().pop();
    const shown = lastMonths(newest, CHART_MONTHS);
    const axis = new Intl.NumberFormat(lang(), { maximumFractionDigits: 2 });
    const short = new Intl.DateTimeFormat(lang(), { month: 'short', timeZone: 'UTC' });
    const holder = h('div', {});
    chart.replaceChildren(h('h2', { id: 'billing-chart-title' }, t('billing.chart.title')), holder,
      h('p', { class: 'muted small' }, t('billing.chart.hint')));
    chartCleanup = barLineChart(holder, {
      title: t('billing.chart.title'),
      desc: t('billing.chart.desc', { from: fmt.month(shown[0]), to: fmt.month(shown[shown.length - 1]) }),
      caption: t('billing.chart.caption'),
      categoryHeader: t('billing.chart.monthHeader'),
      categories: shown.map(m => ({ label: fmt.month(m), short: short.format(new Date(`${m}-01T00:00:00Z`)) })),
      selected: shown.indexOf(state.month),
      bars: { name: t('billing.chart.energy'), values: shown.map(m => number(byMonth.get(m)?.energyKwh)),
        format: v => fmt.kwh(v), tick: v => axis.format(v) },
      line: { name: t('billing.chart.refund', { currency }), values: shown.map(m => number(byMonth.get(m)?.refund)),
        format: v => fmt.money(v, currency), tick: v => axis.format(v) },
      onSelect: i => {
        if (byMonth.has(shown[i])) {
          selectMonth(shown[i]);
        }
      },
    });
  }

  function options(name, values, label, selected) {
    const el = h('select', { name }, h('option', { value: '' }, t('billing.filter.all')),
      values.map(v => h('option', { value: v }, label(v))));
    el.value = selected;
    return el;
  }
}

function count(summary, status) {
  return summary.byStatus.find(s => s.status === status)?.lines ?? 0;
}

/** The chart places bars by number; the exact decimals are still what the labels and the table show. */
function number(value) {
  return value === null || value === undefined ? null : Number(value);
}

/** The month (yyyy-MM) it is now in the company's time zone. */
function currentMonth(timeZone) {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' })
    .formatToParts(new Date());
  return `${parts.find(p => p.type === 'year').value}-${parts.find(p => p.type === 'month').value}`;
}

/** The `n` months ending with `last` (yyyy-MM), oldest first. */
function lastMonths(last, n) {
  const [y, m] = last.split('-').map(Number);
  const months = [];
  for (let i = n - 1; i >= 0; i -= 1) {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    months.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return months;
}
