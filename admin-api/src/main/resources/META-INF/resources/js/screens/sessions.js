// Sessions (#/sessions): the company's charging sessions with a date range, a search, an order, keyset pages and
// an Excel export of exactly what is filtered. Pages follow the API's cursor (the `after` of its Link header); the
// cursors of the pages before are kept so Previous goes back the same way. Filters and the page trail live in
// the address, so coming back from a session's page shows the same page.
import { banner, busy, clearErrors, ensureStyle, errorText, field, h, showErrors } from '../ui.js';
import { define } from '../i18n.js';
import messages from '../i18n/sessions.js';

define(messages);

const PAGE = 50;
const SORTS = ['-stoppedAt', 'stoppedAt', '-energy', 'energy', '-refund', 'refund'];
const FILTERS = ['from', 'to', 'search', 'sort'];
/** Where the session page's "back" link returns to: this list as it was left. */
export const LIST_ADDRESS = 'wallbill.sessions.list';

export default async function render(view, { api, t, fmt, query }) {
  ensureStyle('css/sessions.css');
  const state = {
    from: query.from ?? '',
    to: query.to ?? '',
    search: query.search ?? '',
    sort: SORTS.includes(query.sort) ? query.sort : '',
    // The cursors that opened the pages after the first, in order: the last one opened the page shown.
    trail: (query.pages ?? '').split(',').filter(Boolean),
  };
  let request = 0;

  const from = h('input', { type: 'date', name: 'from', value: state.from, onchange: apply });
  const to = h('input', { type: 'date', name: 'to', value: state.to, onchange: apply });
  const search = h('input', { type: 'search', name: 'search', value: state.search, autocomplete: 'off' });
  const sort = h('select', { name: 'sort', onchange: apply },
    SORTS.map(s => h('option', { value: s === '-stoppedAt' ? '' : s }, t(`sessions.sort.${s}`))));
  sort.value = state.sort;
  const filters = h('form', { class: 'card sessions-filters', role: 'search', 'aria-label': t('sessions.filters'),
    novalidate: true, onsubmit: e => { e.preventDefault(); apply(); } },
  field(t('sessions.from'), from),
  field(t('sessions.to'), to),
  field(t('sessions.search'), search, { hint: t('sessions.search.hint') }),
  field(t('sessions.sort'), sort),
  h('div', { class: 'sessions-filter-actions' },
    h('button', { type: 'submit', class: 'button' }, t('sessions.apply')),
    h('button', { type: 'button', class: 'button secondary', onclick: clear }, t('sessions.clear'))));

  const exportAlert = h('div', {});
  const exportButton = h('button', { type: 'button', class: 'button secondary', dataset: { download: 'sessions' },
    'aria-describedby': 'sessions-export-hint' }, t('sessions.export'));
  exportButton.addEventListener('click', async () => {
    exportAlert.replaceChildren();
    try {
      await busy(exportButton, api.download('/sessions.xlsx', filterQuery()));
    } catch (e) {
      exportAlert.replaceChildren(banner('error', errorText(e)));
    }
  });

  const listAlert = h('div', {});
  const holder = h('div', { class: 'sessions-table-holder' });
  const previous = h('button', { type: 'button', class: 'button secondary small', dataset: { page: 'previous' },
    onclick: () => { state.trail.pop(); load(); } }, t('sessions.previous'));
  const next = h('button', { type: 'button', class: 'button secondary small', dataset: { page: 'next' } },
    t('sessions.next'));
  const pageNumber = h('span', { class: 'muted small', 'aria-live': 'polite' });

  view.append(
    h('div', { class: 'page-header' }, h('h1', {}, t('sessions.title')),
      h('div', { class: 'sessions-export' }, exportButton,
        h('p', { id: 'sessions-export-hint', class: 'muted small' }, t('sessions.exportHint')))),
    exportAlert, filters, listAlert, holder,
    h('nav', { class: 'sessions-pager', 'aria-label': t('sessions.pages') }, previous, pageNumber, next));

  await load();
  return undefined;

  function apply() {
    state.from = from.value;
    state.to = to.value;
    state.search = search.value.trim();
    state.sort = sort.value;
    state.trail = [];
    load();
  }

  function clear() {
    from.value = '';
    to.value = '';
    search.value = '';
    sort.value = '';
    apply();
  }

  function filterQuery() {
    return Object.fromEntries(FILTERS.filter(key => state[key]).map(key => [key, state[key]]));
  }

  function remember() {
    const q = new URLSearchParams(filterQuery());
    if (state.trail.length) {
      q.set('pages', state.trail.join(','));
    }
    const address = q.toString() ? `#/sessions?${q}` : '#/sessions';
    history.replaceState(history.state, '', address);
    sessionStorage.setItem(LIST_ADDRESS, address);
  }

  async function load() {
    const mine = ++request;
    remember();
    clearErrors(filters);
    listAlert.replaceChildren();
    const after = state.trail[state.trail.length - 1];
    try {
      const { body, headers } = await api.getWithHeaders('/sessions', { ...filterQuery(), after, limit: PAGE });
      if (mine !== request) {
        return;
      }
      draw(body.items, nextCursor(headers.get('Link')));
    } catch (e) {
      if (mine !== request) {
        return;
      }
      if (e.field && FILTERS.includes(e.field)) {
        showErrors(filters, e);
      } else if (e.field === 'after') {
        // A stale cursor in an old address: start again from the first page.
        state.trail = [];
        load();
      } else {
        listAlert.replaceChildren(banner('error', t('sessions.loadFailed', { message: errorText(e) })));
      }
    }
  }

  function draw(sessions, cursor) {
    holder.replaceChildren(sessions.length === 0
      ? h('p', { class: 'card empty' }, t('sessions.empty'))
      : sessionsTable(sessions));
    previous.disabled = state.trail.length === 0;
    next.disabled = !cursor;
    next.onclick = cursor ? () => { state.trail.push(cursor); load(); } : null;
    pageNumber.textContent = t('sessions.page', { page: state.trail.length + 1 });
  }

  function sessionsTable(sessions) {
    const columns = [['end', false], ['employee', false], ['device', false], ['duration', true], ['energy', true],
      ['cost', true], ['refund', true], ['refundStatus', false], ['notes', false]];
    return h('div', { class: 'table-wrap' }, h('table', { class: 'data sessions-table' },
      h('caption', { class: 'visually-hidden' }, t('sessions.title')),
      h('thead', {}, h('tr', {}, columns.map(([c, num]) => h('th', { scope: 'col', class: num ? 'num' : null },
        t(`sessions.col.${c}`))))),
      h('tbody', {}, sessions.map(s => h('tr', { dataset: { session: s.id } },
        h('th', { scope: 'row' }, h('a', { href: `#/sessions/${s.id}`, title: t('sessions.open', { id: s.id }) },
          fmt.dateTime(s.stoppedAt))),
        h('td', {}, s.employeeName ?? '–'),
        h('td', { class: 'mono small' }, s.chargePointId),
        h('td', { class: 'num' }, duration(t, s.durationSeconds)),
        h('td', { class: 'num' }, fmt.kwh(s.energyKwh)),
        h('td', { class: 'num' }, fmt.money(s.cost, s.currency || undefined)),
        h('td', { class: 'num' }, fmt.money(s.refund, s.currency || undefined)),
        h('td', {}, refundBadge(t, s.refundStatus)),
        h('td', {}, notes(t, fmt, s)))))));
  }
}

/** The `after` parameter of the Link header's next page, or null on the last page. */
function nextCursor(link) {
  const next = /<([^>]+)>;\s*rel="next"/.exec(link || '');
  return next ? new URL(next[1], window.location.origin).searchParams.get('after') : null;
}

export function duration(t, seconds) {
  if (seconds === null || seconds === undefined) {
    return '–';
  }
  const minutes = Math.round(seconds / 60);
  return minutes < 60 ? t('sessions.durationMinutes', { minutes })
    : t('sessions.duration', { hours: Math.floor(minutes / 60), minutes: String(minutes % 60).padStart(2, '0') });
}

export function refundBadge(t, status) {
  const kind = { COMPLETED: 'ok', ADJUSTED: 'ok', PENDING: 'warn', IN_PROGRESS: '', FAILED: 'bad', EXCLUDED: 'bad' };
  return h('span', { class: `badge ${kind[status] ?? ''}`, dataset: { refundStatus: status } },
    t(`sessions.refundStatus.${status}`));
}

/** Review state, lateness and data-quality flags in a few badges; empty for an ordinary session. */
function notes(t, fmt, s) {
  const items = [];
  if (s.review && s.review !== 'NONE') {
    items.push(h('span', { class: `badge ${s.review === 'NEEDS_REVIEW' ? 'warn' : ''}` },
      t(`sessions.review.${s.review}`)));
  }
  if (s.late) {
    items.push(h('span', { class: 'badge' }, t('sessions.late', { month: fmt.month(s.month) })));
  }
  for (const flag of s.flags || []) {
    items.push(h('span', { class: 'badge bad' }, t(`sessions.flag.${flag}`)));
  }
  return h('div', { class: 'sessions-notes' }, items);
}
