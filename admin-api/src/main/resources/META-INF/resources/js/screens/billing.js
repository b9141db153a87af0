// Billing (#/billing): a month's statement — summary cards, twelve months of energy and refund, the lines by
// employee and device (search, filters, marking manual refunds paid) and the month's documents. The chosen month
// and filters live in the address (#/billing?month=2026-09&status=PENDING) so a reload or a shared link shows the
// same view; they are written with history.replaceState, which re-renders nothing.
import { h, ensureStyle, busy, confirmDialog, toast, showErrors } from '../ui.js';
import { define, lang } from '../i18n.js';
import dictionary from '../i18n/billing.js';
import { barLineChart } from '../chart.js';

define(dictionary);

const PAGE = 50;
const CHART_MONTHS = 12;
const LINE_STATUSES = ['PENDING', 'COMPLETED', 'FAILED', 'IN_PROGRESS'];
const PAYMENT_TYPES = ['AUTOMATIC', 'MANUAL'];

export default async function render(view, ctx) {
  ensureStyle('css/billing.css');
  const { api, t, fmt } = ctx;
  const zone = ctx.company?.timeZone ?? 'UTC';
  const state = {
    month: ctx.query?.month ?? null,
    search: ctx.query?.search ?? '',
    status: ctx.query?.status ?? '',
    paymentType: ctx.query?.paymentType ?? '',
    offset: Number.parseInt(ctx.query?.offset ?? '0', 10) || 0,
  };
  const cleanups = [];
  let summary = null;
  let linesRequest = 0;

  const alert = h('div', { class: 'billing-alert', role: 'alert' });
  view.replaceChildren(h('h1', {}, t('billing.title')), alert);

  let months;
  try {
    months = (await api.get('/billing/months', { limit: 500 })).items;
  } catch (e) {
    alert.textContent = t('billing.loadFailed', { message: message(e) });
    return undefined;
  }
  if (months.length === 0) {
    view.append(h('p', { class: 'billing-empty' }, t('billing.noMonths')));
    return undefined;
  }
  if (!months.some((m) => m.month === state.month)) state.month = months[0].month;

  const picker = h('select', { id: 'billing-month', name: 'month' },
    ...months.map((m) => h('option', { value: m.month },
      m.status === 'IN_PROGRESS' ? t('billing.monthInProgress', { month: monthName(m.month) }) : monthName(m.month))));
  picker.value = state.month;
  picker.addEventListener('change', () => selectMonth(picker.value));

  const cards = h('section', { class: 'billing-cards', 'aria-label': t('billing.cards'), 'aria-live': 'polite' });
  const chart = h('section', { class: 'billing-chart' });
  const downloads = h('section', { class: 'billing-downloads', 'aria-labelledby': 'billing-downloads-title' });
  const linesSection = h('section', { class: 'billing-lines', 'aria-labelledby': 'billing-lines-title' });

  view.append(
    h('div', { class: 'billing-picker' }, h('label', { for: 'billing-month' }, t('billing.month')), picker),
    cards, chart, linesSection, downloads);

  // ---- lines: filters, table, pages ----
  const searchInput = h('input', {
    id: 'billing-search', name: 'search', type: 'search', value: state.search, autocomplete: 'off',
    'aria-describedby': 'billing-search-hint',
  });
  const statusSelect = choice('billing-status', 'status', LINE_STATUSES, (s) => t(`billing.lineStatus.${s}`));
  statusSelect.value = state.status;
  const paymentSelect = choice('billing-payment', 'paymentType', PAYMENT_TYPES, (p) => t(`billing.payment.${p}`));
  paymentSelect.value = state.paymentType;
  const filters = h('form', { class: 'billing-filters', role: 'search', 'aria-label': t('billing.filters') },
    h('div', { class: 'billing-filter' },
      h('label', { for: 'billing-search' }, t('billing.search')), searchInput,
      h('small', { id: 'billing-search-hint' }, t('billing.search.hint'))),
    h('div', { class: 'billing-filter' }, h('label', { for: 'billing-status' }, t('billing.filter.status')),
      statusSelect),
    h('div', { class: 'billing-filter' }, h('label', { for: 'billing-payment' }, t('billing.filter.payment')),
      paymentSelect),
    h('button', { type: 'submit' }, t('billing.search.submit')));
  filters.addEventListener('submit', (e) => {
    e.preventDefault();
    applyFilters();
  });
  statusSelect.addEventListener('change', applyFilters);
  paymentSelect.addEventListener('change', applyFilters);

  const linesAlert = h('div', { class: 'billing-alert', role: 'alert' });
  const tableHolder = h('div', { class: 'billing-table-holder' });
  const previous = h('button', { type: 'button' }, t('billing.previous'));
  const next = h('button', { type: 'button' }, t('billing.next'));
  const range = h('span', { class: 'billing-range', 'aria-live': 'polite' });
  previous.addEventListener('click', () => {
    state.offset = Math.max(0, state.offset - PAGE);
    loadLines();
  });
  next.addEventListener('click', () => {
    state.offset += PAGE;
    loadLines();
  });
  linesSection.append(h('h2', { id: 'billing-lines-title' }, t('billing.lines.title')), filters, linesAlert,
    tableHolder, h('nav', { class: 'billing-pager', 'aria-label': t('billing.pages') }, previous, range, next));

  await selectMonth(state.month);
  return () => cleanups.forEach((c) => c());

  async function selectMonth(month) {
    state.month = month;
    picker.value = month;
    state.offset = 0;
    remember();
    drawChart();
    await Promise.all([loadSummary(), loadLines()]);
  }

  function applyFilters() {
    state.search = searchInput.value.trim();
    state.status = statusSelect.value;
    state.paymentType = paymentSelect.value;
    state.offset = 0;
    loadLines();
  }

  function remember() {
    const q = new URLSearchParams();
    q.set('month', state.month);
    for (const key of ['search', 'status', 'paymentType']) if (state[key]) q.set(key, state[key]);
    if (state.offset) q.set('offset', String(state.offset));
    history.replaceState(history.state, '', `#/billing?${q}`);
  }

  function lineQuery() {
    const q = {};
    for (const key of ['search', 'status', 'paymentType']) if (state[key]) q[key] = state[key];
    return q;
  }

  async function loadSummary() {
    const month = state.month;
    alert.textContent = '';
    try {
      const s = await api.get(`/billing/months/${month}`);
      if (month !== state.month) return;
      summary = s;
      drawCards(s);
      drawDownloads(s);
    } catch (e) {
      alert.textContent = t('billing.loadFailed', { message: message(e) });
    }
  }

  async function loadLines() {
    const request = ++linesRequest;
    remember();
    linesAlert.textContent = '';
    filters.querySelectorAll('.field-error, [data-error]').forEach((el) => el.remove());
    try {
      const page = await api.get(`/billing/months/${state.month}/lines`,
        { ...lineQuery(), offset: state.offset, limit: PAGE });
      if (request !== linesRequest) return;
      drawLines(page);
    } catch (e) {
      if (request !== linesRequest) return;
      if (e.field) showErrors(filters, e);
      else linesAlert.textContent = t('billing.loadFailed', { message: message(e) });
    }
  }

  function drawCards(s) {
    const pending = count(s, 'PENDING');
    const statusNote = s.status === 'CLOSED'
      ? [t('billing.closedAt', { date: fmt.date(s.closedAt) }),
        s.invoiceNumber ? t('billing.invoiceNumber', { number: s.invoiceNumber }) : null,
        t('billing.byStatus', { pending, completed: count(s, 'COMPLETED'), failed: count(s, 'FAILED') })]
      : [t('billing.openUntil')];
    cards.replaceChildren(
      card('refund', t('billing.card.refund'), fmt.money(s.refund, s.currency), t('billing.card.refundOfCost')),
      card('energy', t('billing.card.energy'), fmt.energy(kwhToWh(s.energyKwh)),
        t('billing.card.sessions', { count: s.sessions, lines: s.lines })),
      card('cost', t('billing.card.cost'), fmt.money(s.cost, s.currency), null),
      card('status', t('billing.card.status'), t(`billing.status.${s.status}`), statusNote.filter(Boolean)));
  }

  function card(name, label, value, notes) {
    return h('div', { class: `billing-card billing-card-${name}`, 'data-card': name },
      h('h2', { class: 'billing-card-label' }, label),
      h('p', { class: 'billing-card-value' }, value),
      ...[notes].flat().filter(Boolean).map((n) => h('p', { class: 'billing-card-note' }, n)));
  }

  function drawLines(page) {
    const rows = page.items;
    if (rows.length === 0) {
      const filtered = state.search || state.status || state.paymentType;
      tableHolder.replaceChildren(h('p', { class: 'billing-empty' },
        t(filtered ? 'billing.lines.empty' : 'billing.lines.emptyMonth')));
    } else {
      tableHolder.replaceChildren(linesTable(rows));
    }
    previous.disabled = state.offset === 0;
    next.disabled = page.next === null || page.next === undefined;
    range.textContent = rows.length === 0 ? ''
      : t('billing.lines.range', { from: state.offset + 1, to: state.offset + rows.length });
  }

  function linesTable(rows) {
    const head = ['employee', 'device', 'payment', 'sessions', 'energy', 'cost', 'refund', 'status', 'actions'];
    const numeric = new Set(['sessions', 'energy', 'cost', 'refund']);
    return h('table', { class: 'billing-table' },
      h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col', class: numeric.has(c) ? 'num' : '' },
        t(`billing.col.${c}`))))),
      h('tbody', {}, ...rows.map((line) => h('tr', { 'data-line': line.id ?? '', 'data-status': line.status },
        h('th', { scope: 'row', 'data-label': t('billing.col.employee') }, line.employeeName,
          line.kind === 'ADJUSTMENT' ? h('small', { class: 'billing-kind' }, t('billing.kind.ADJUSTMENT')) : ''),
        td('device', line.chargePointId),
        td('payment', t(`billing.payment.${line.paymentType}`)),
        td('sessions', String(line.sessions), 'num'),
        td('energy', fmt.energy(kwhToWh(line.energyKwh)), 'num'),
        td('cost', fmt.money(line.cost, summary?.currency ?? ctx.company?.currency), 'num'),
        td('refund', fmt.money(line.refund, summary?.currency ?? ctx.company?.currency), 'num'),
        h('td', { 'data-label': t('billing.col.status') }, statusBadge(line)),
        h('td', { 'data-label': t('billing.col.actions') }, action(line)))))));
  }

  function td(column, text, cls = '') {
    return h('td', { 'data-label': t(`billing.col.${column}`), class: cls }, text);
  }

  function statusBadge(line) {
    const badge = h('span', { class: `badge billing-status-${line.status.toLowerCase()}` },
      t(`billing.lineStatus.${line.status}`));
    if (line.status === 'COMPLETED' && line.completedAt) {
      return h('span', {}, badge, h('small', { class: 'billing-completed' },
        t('billing.completed', { date: fmt.date(line.completedAt), who: line.completedBy ?? '' })));
    }
    if (line.status === 'FAILED' && line.statusReason) {
      return h('span', {}, badge, h('small', { class: 'billing-reason' }, line.statusReason));
    }
    return badge;
  }

  function action(line) {
    if (line.id === null || line.paymentType !== 'MANUAL' || line.status !== 'PENDING') return '';
    const currency = summary?.currency ?? ctx.company?.currency;
    const button = h('button', {
      type: 'button', class: 'billing-mark-paid',
      'aria-label': t('billing.markPaid.label', { employee: line.employeeName, device: line.chargePointId }),
    }, t('billing.markPaid'));
    button.addEventListener('click', async () => {
      const ok = await confirmDialog(t('billing.markPaid.confirm', {
        amount: fmt.money(line.refund, currency), employee: line.employeeName, device: line.chargePointId,
      }));
      if (!ok) return;
      try {
        await busy(button, api.post(`/billing/lines/${line.id}/complete`));
        toast(t('billing.markPaid.done', { employee: line.employeeName }));
        await Promise.all([loadSummary(), loadLines()]);
      } catch (e) {
        linesAlert.textContent = message(e);
      }
    });
    return button;
  }

  function drawDownloads(s) {
    const hints = [];
    const invoice = downloadButton('invoice', `/billing/months/${s.month}/invoice`, () => ({}));
    if (!s.invoiceNumber) {
      invoice.disabled = true;
      hints.push(t('billing.download.invoiceLater'));
    }
    const sepa = downloadButton('sepa', `/billing/months/${s.month}/sepa`, () => ({}));
    sepa.disabled = s.status !== 'CLOSED' || count(s, 'PENDING') === 0;
    hints.push(t('billing.download.sepaHint'));
    const excel = downloadButton('excel', `/billing/months/${s.month}/lines.xlsx`, lineQuery);
    const downloadAlert = h('div', { class: 'billing-alert', role: 'alert' });
    downloads.replaceChildren(h('h2', { id: 'billing-downloads-title' }, t('billing.downloads')),
      h('div', { class: 'billing-download-buttons' }, invoice, sepa, excel), downloadAlert,
      ...hints.map((text) => h('p', { class: 'billing-hint' }, text)));

    function downloadButton(name, path, query) {
      const button = h('button', { type: 'button', 'data-download': name }, t(`billing.download.${name}`));
      button.addEventListener('click', async () => {
        downloadAlert.textContent = '';
        try {
          await busy(button, api.download(path, query()));
        } catch (e) {
          downloadAlert.textContent = t('billing.download.failed', { message: message(e) });
        }
      });
      return button;
    }
  }

  function drawChart() {
    cleanups.splice(0).forEach((c) => c());
    const byMonth = new Map(months.map((m) => [m.month, m]));
    const last = [months[0].month, currentMonth(zone)].sort().pop();
    const shown = lastMonths(last, CHART_MONTHS);
    const currency = months[0].currency ?? ctx.company?.currency;
    const kwh = (v) => fmt.energy(kwhToWh(v));
    const money = (v) => fmt.money(v, currency);
    const plain = new Intl.NumberFormat(lang(), { maximumFractionDigits: 2 });
    const holder = h('div', {});
    chart.replaceChildren(h('h2', {}, t('billing.chart.title')), holder,
      h('p', { class: 'billing-hint' }, t('billing.chart.hint')));
    cleanups.push(barLineChart(holder, {
      title: t('billing.chart.title'),
      desc: t('billing.chart.desc', { from: monthName(shown[0]), to: monthName(shown[shown.length - 1]) }),
      caption: t('billing.chart.caption'),
      categoryHeader: t('billing.chart.monthHeader'),
      categories: shown.map((m) => ({ label: monthName(m), short: shortMonth(m) })),
      selected: shown.indexOf(state.month),
      bars: { name: t('billing.chart.energy'), values: shown.map((m) => num(byMonth.get(m)?.energyKwh)), format: kwh,
        tick: (v) => plain.format(v) },
      line: { name: t('billing.chart.refund', { currency }), values: shown.map((m) => num(byMonth.get(m)?.refund)),
        format: money, tick: (v) => plain.format(v) },
      onSelect: (i) => {
        if (byMonth.has(shown[i])) selectMonth(shown[i]);
      },
    }));
  }

  function monthName(month) {
    const [y, m] = month.split('-').map(Number);
    return new Intl.DateTimeFormat(lang(), { month: 'long', year: 'numeric', timeZone: 'UTC' })
      .format(Date.UTC(y, m - 1, 1));
  }

  function shortMonth(month) {
    const [y, m] = month.split('-').map(Number);
    return new Intl.DateTimeFormat(lang(), { month: 'short', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 1));
  }

  function choice(id, name, values, label) {
    return h('select', { id, name },
      h('option', { value: '' }, t('billing.filter.all')),
      ...values.map((v) => h('option', { value: v }, label(v))));
  }
}

function count(summary, status) {
  return summary.byStatus.find((s) => s.status === status)?.lines ?? 0;
}

/** Drawing and fmt.energy need numbers; kWh arrive exact as decimals, and energy is not money. */
function num(value) {
  return value === null || value === undefined ? null : Number(value);
}

function kwhToWh(kwh) {
  return Number(kwh) * 1000;
}

function message(e) {
  return e?.detail || e?.title || e?.message || String(e);
}

/** The month (yyyy-MM) it is now in the company's time zone. */
function currentMonth(timeZone) {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' })
    .formatToParts(new Date());
  return `${parts.find((p) => p.type === 'year').value}-${parts.find((p) => p.type === 'month').value}`;
}

/** The {@code n} months ending with {@code last} (yyyy-MM), oldest first. */
function lastMonths(last, n) {
  const [y, m] = last.split('-').map(Number);
  const months = [];
  for (let i = n - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    months.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return months;
}
