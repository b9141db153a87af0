// A session (#/sessions/{id}): its facts in the company's time zone and currency, the review decision, the curve
// of its meter readings (energy delivered and the power between two readings) and its cost per price slot.
import { banner, busy, confirmDialog, ensureStyle, errorText, h, toast } from '../ui.js';
import { define, lang } from '../i18n.js';
import messages from '../i18n/sessions.js';
import { timeChart } from '../chart.js';
import { LIST_ADDRESS, duration, refundBadge } from './sessions.js';

define(messages);

const LOCALES = { en: 'en-GB', es: 'es-ES' };

export default async function render(view, { api, t, fmt, params }) {
  ensureStyle('css/sessions.css');
  const id = params.id;
  let chartCleanup = () => {};
  const back = h('a', { href: sessionStorage.getItem(LIST_ADDRESS) || '#/sessions', class: 'session-back' },
    `← ${t('session.back')}`);
  const alert = h('div', {});
  view.append(back, h('div', { class: 'page-header' }, h('h1', {}, t('session.title', { id }))), alert);

  let detail;
  const readings = api.get(`/sessions/${encodeURIComponent(id)}/readings`);
  readings.catch(() => {}); // its failure is shown in its own section below
  try {
    detail = await api.get(`/sessions/${encodeURIComponent(id)}`);
  } catch (e) {
    alert.replaceChildren(banner('error', t('session.loadFailed', { id, message: errorText(e) })));
    return undefined;
  }
  const facts = h('section', { class: 'card session-facts', 'aria-labelledby': 'session-facts-title' });
  const curve = h('section', { class: 'card session-curve', 'aria-labelledby': 'session-curve-title' },
    h('h2', { id: 'session-curve-title' }, t('session.curve')), h('p', { class: 'loading' }, t('common.loading')));
  view.append(facts, curve, breakdown(detail));
  drawFacts(detail);
  try {
    drawCurve(await readings);
  } catch (e) {
    curve.replaceChildren(h('h2', { id: 'session-curve-title' }, t('session.curve')),
      banner('error', t('session.curve.failed', { message: errorText(e) })));
  }
  return () => chartCleanup();

  function drawFacts(d) {
    const s = d.session;
    const c = d.costing;
    const money = value => fmt.money(value, s.currency || undefined);
    const rows = [
      ['charger', h('span', { class: 'mono' }, s.chargePointId)],
      ['connector', connector(d)],
      ['employee', s.employeeName ?? '–'],
      ['start', fmt.dateTime(s.startedAt)],
      ['stop', fmt.dateTime(s.stoppedAt)],
      ['duration', duration(t, s.durationSeconds)],
      ['energy', fmt.kwh(s.energyKwh)],
      ['cost', [money(s.cost), aside(c.costExact, v => t('session.costExact', { amount: precise(v, s.currency) }))]],
      ['refund', [money(s.refund), aside(c.refundPercent, v => t('session.refundPercent',
        { percent: fmt.percent(v) }))]],
      ['refundStatus', refundBadge(t, s.refundStatus)],
      ['month', [s.month ? fmt.month(s.month) : '–',
        s.late ? h('span', { class: 'badge' }, t('sessions.late', { month: fmt.month(s.month) })) : null]],
      ['rate', c.rateName ? `${c.rateName} (${t(`session.rateType.${c.rateType}`)})` : '–'],
      ['payment', c.paymentType ? t(`session.payment.${c.paymentType}`) : '–'],
      ['flags', s.flags.length === 0 ? t('session.noFlags')
        : h('ul', { class: 'session-flags' }, s.flags.map(f => h('li', {}, h('span', { class: 'badge bad' },
          t(`sessions.flag.${f}`)))))],
      ['review', review(d)],
    ];
    facts.replaceChildren(h('h2', { id: 'session-facts-title' }, t('session.facts')),
      h('dl', { class: 'session-dl' }, rows.map(([key, value]) => h('div', { dataset: { fact: key } },
        h('dt', {}, t(`session.${key}`)), h('dd', {}, value)))));
  }

  /** A note in brackets after a fact, when its value is known. */
  function aside(value, text) {
    return value === null || value === undefined ? null : h('span', { class: 'muted small' }, ` (${text(value)})`);
  }

  function connector(d) {
    if (d.connectorId === null || d.connectorId === undefined) {
      return d.evseId === null || d.evseId === undefined ? t('session.unknown') : `EVSE ${d.evseId}`;
    }
    return d.evseId === null || d.evseId === undefined ? String(d.connectorId)
      : t('session.connectorEvse', { evse: d.evseId, connector: d.connectorId });
  }

  /** The decision and who took it, with the decisions still open to the admin (any session may be excluded). */
  function review(d) {
    const s = d.session;
    const state = h('span', { class: `badge ${s.review === 'NEEDS_REVIEW' ? 'warn' : ''}` },
      t(`sessions.review.${s.review}`));
    const who = d.reviewedBy ? h('span', { class: 'muted small session-reviewed' }, t('session.reviewedBy', {
      decision: t(`sessions.review.${s.review}`), who: d.reviewedBy, date: fmt.dateTime(d.reviewedAt) })) : null;
    const decisions = [];
    if (s.review === 'NEEDS_REVIEW' || s.review === 'EXCLUDED') {
      decisions.push(decide('ACCEPTED', 'session.accept', 'session.accept.confirm', false));
    }
    if (s.review !== 'EXCLUDED') {
      decisions.push(decide('EXCLUDED', 'session.exclude', 'session.exclude.confirm', true));
    }
    return [state, who, h('div', { class: 'session-review-actions' }, decisions)];
  }

  function decide(decision, label, question, danger) {
    const button = h('button', { type: 'button', class: danger ? 'button small danger' : 'button small',
      dataset: { decision } }, t(label));
    button.addEventListener('click', async () => {
      if (!await confirmDialog(t(question, { id }), { confirm: t(label), danger })) {
        return;
      }
      try {
        const updated = await busy(button, api.post(`/sessions/${encodeURIComponent(id)}/review`, { decision }));
        toast(t('session.reviewed', { id, decision: t(`sessions.review.${decision}`) }));
        detail = updated;
        drawFacts(updated);
      } catch (e) {
        alert.replaceChildren(banner('error', errorText(e)));
      }
    });
    return button;
  }

  /**
   * Energy delivered since the first reading, and the average power between each reading and the one before
   * (a register that went down gives no power: the drop is a reset, not negative charging).
   */
  function drawCurve(r) {
    const title = h('h2', { id: 'session-curve-title' }, t('session.curve'));
    const points = r.readings.map(x => ({ at: Date.parse(x.sampledAt), kwh: Number(x.registerKwh) }));
    if (points.length === 0) {
      curve.replaceChildren(title, h('p', { class: 'empty' }, t('session.curve.none')));
      return;
    }
    const first = points[0].kwh;
    const energy = points.map(p => p.kwh - first);
    const power = points.map((p, i) => {
      if (i === 0) {
        return null;
      }
      const hours = (p.at - points[i - 1].at) / 3_600_000;
      const kwh = p.kwh - points[i - 1].kwh;
      return hours > 0 && kwh >= 0 ? kwh / hours : null;
    });
    const peak = Math.max(0, ...power.filter(v => v !== null));
    const axis = new Intl.NumberFormat(LOCALES[lang()] || 'en-GB', { maximumFractionDigits: 2 });
    const kw = v => `${fmt.number(v, { min: 0, max: 2 })} kW`;
    const holder = h('div', {});
    curve.replaceChildren(title, holder);
    if (r.total > r.readings.length) {
      curve.append(h('p', { class: 'muted small' },
        t('session.curve.thinned', { shown: r.readings.length, total: r.total })));
    }
    chartCleanup();
    chartCleanup = timeChart(holder, {
      title: t('session.curve.title', { id }),
      desc: t('session.curve.desc', {
        readings: r.total, from: fmt.dateTime(points[0].at), to: fmt.dateTime(points[points.length - 1].at),
        energy: fmt.kwh(energy[energy.length - 1]), peak: kw(peak),
      }),
      caption: t('session.curve.caption'),
      timeHeader: t('session.curve.time'),
      times: points.map(p => p.at),
      formatTime: at => fmt.dateTime(at),
      formatTick: at => fmt.time(at),
      line: { name: t('session.curve.energy'), values: energy, format: v => fmt.kwh(v), tick: v => axis.format(v) },
      area: { name: t('session.curve.power'), values: power, format: kw, tick: v => axis.format(v) },
    });
  }

  function breakdown(d) {
    const c = d.costing;
    const currency = d.session.currency;
    const section = h('section', { class: 'card session-breakdown', 'aria-labelledby': 'session-breakdown-title' },
      h('h2', { id: 'session-breakdown-title' }, t('session.breakdown')));
    if (!c.breakdown || c.breakdown.length === 0) {
      section.append(h('p', { class: 'empty' }, t('session.breakdown.none')));
      return section;
    }
    const head = [['day', false], ['slot', false], ['price', true], ['energy', true], ['amount', true]];
    section.append(h('div', { class: 'table-wrap' }, h('table', { class: 'data session-slots' },
      h('caption', { class: 'visually-hidden' }, t('session.breakdown')),
      h('thead', {}, h('tr', {}, head.map(([k, num]) => h('th', { scope: 'col', class: num ? 'num' : null },
        t(`session.breakdown.${k}`))))),
      h('tbody', {}, c.breakdown.map(slot => h('tr', { dataset: { slot: `${slot.dayType} ${slot.from}` } },
        h('td', {}, t(`session.day.${slot.dayType}`)),
        h('td', {}, `${slot.from}–${slot.to}`),
        h('td', { class: 'num' }, precise(slot.pricePerKwh, currency)),
        h('td', { class: 'num' }, fmt.kwh(slot.energyKwh)),
        h('td', { class: 'num' }, precise(slot.amount, currency))))),
      h('tfoot', {},
        h('tr', {}, h('th', { scope: 'row', colspan: 4 }, t('session.breakdown.total')),
          h('td', { class: 'num' }, precise(c.costExact, currency))),
        h('tr', {}, h('th', { scope: 'row', colspan: 4 }, t('session.breakdown.rounded')),
          h('td', { class: 'num', dataset: { total: 'cost' } }, fmt.money(d.session.cost, currency || undefined)))))));
    return section;
  }
}

/**
 * Prices and slot amounts carry more decimals than the currency's (0.2210 EUR/kWh, 1.234567 EUR): shown as they
 * are, from the decimal string, never through a float.
 */
function precise(amount, currency) {
  if (amount === null || amount === undefined) {
    return '–';
  }
  return new Intl.NumberFormat(LOCALES[lang()] || 'en-GB', {
    style: 'currency', currency: currency || 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 6,
  }).format(String(amount));
}
