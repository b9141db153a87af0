// The employee's charging sessions and monthly refunds, newest first, each amount in the currency the API gives.
import { h } from '../../ui.js';
import { card, fill, pagedList, badge } from './parts.js';

const PAGE = 10;
/** Statuses under which a session's refund is not paid, whatever amount was computed. */
const UNPAID = new Set(['NOT_BILLED', 'EXCLUDED']);

export function sessionsCard(ctx) {
  const { t } = ctx;
  const { element, body } = card('me-sessions', t('me.sessions.title'));
  const load = () => fill(body, t, async () => {
    const list = pagedList(t, {
      fetch: (offset) => ctx.api.get('/me/sessions', { offset, limit: PAGE }),
      item: (session) => sessionItem(ctx, session),
      empty: t('me.sessions.none'),
      more: t('me.sessions.more'),
      className: 'sessions',
    });
    await list.first();
    return list.element;
  });
  return { element, load };
}

export function refundsCard(ctx) {
  const { t } = ctx;
  const { element, body } = card('me-refunds', t('me.refunds.title'));
  const load = () => fill(body, t, async () => {
    const list = pagedList(t, {
      fetch: (offset) => ctx.api.get('/me/refunds', { offset, limit: PAGE }),
      item: (month) => monthItem(ctx, month),
      empty: t('me.refunds.none'),
      more: t('me.refunds.more'),
      className: 'refunds',
    });
    await list.first();
    return list.element;
  });
  return { element, load };
}

function sessionItem(ctx, s) {
  const { t, fmt } = ctx;
  const unpaid = UNPAID.has(s.refundStatus);
  const money = (amount) => (amount == null ? t('me.sessions.notPriced') : fmt.money(amount, s.currency));
  return h('article', { class: 'session', 'data-session': String(s.sessionId) },
    h('div', { class: 'row' },
      h('h3', {}, fmt.dateTime(s.startedAt || s.stoppedAt)),
      badge(t, s.refundStatus)),
    h('p', { class: 'muted' }, [t('me.sessions.charger', { id: s.chargePointId }), s.companyName]
      .filter(Boolean).join(' · ')),
    h('dl', { class: 'facts grid' },
      h('dt', {}, t('me.sessions.duration')), h('dd', {}, duration(t, s.durationSeconds)),
      h('dt', {}, t('me.sessions.energy')), h('dd', {}, fmt.energy(s.energyWh)),
      h('dt', {}, t('me.sessions.cost')), h('dd', {}, money(s.cost)),
      h('dt', {}, t('me.sessions.refund')), h('dd', { class: unpaid ? 'struck' : 'strong' }, money(s.refund))),
    unpaid ? h('p', { class: 'hint' }, t(`me.status.explain.${s.refundStatus}`)) : null,
    s.refundStatusReason ? h('p', { class: 'hint' }, s.refundStatusReason) : null);
}

function monthItem(ctx, m) {
  const { t, fmt } = ctx;
  return h('article', { class: 'month', 'data-month': m.month },
    h('div', { class: 'row' },
      h('h3', {}, fmt.month(m.month)),
      badge(t, m.status)),
    h('p', { class: 'muted' }, [m.companyName,
      m.sessions === 1 ? t('me.refunds.oneSession') : t('me.refunds.sessions', { n: m.sessions })].join(' · ')),
    h('dl', { class: 'facts' },
      h('dt', {}, t('me.refunds.amount')), h('dd', { class: 'strong' }, fmt.money(m.refund, m.currency))),
    payout(t, m));
}

function payout(t, m) {
  const p = m.payout;
  if (p && p.held) {
    return h('p', { class: 'notice warn' }, t('me.refunds.held', { company: m.companyName }));
  }
  if (p && p.status === 'FAILED') {
    return h('p', { class: 'notice error' }, t('me.refunds.payoutFailed', { reason: p.reason || '' }));
  }
  if (p && p.status === 'SUCCEEDED') {
    return h('p', { class: 'ok' }, t('me.refunds.paid'));
  }
  if (!p && m.status === 'COMPLETED') {
    return h('p', { class: 'ok' }, t('me.refunds.manual', { company: m.companyName }));
  }
  return null;
}

function duration(t, seconds) {
  if (seconds == null) {
    return '—';
  }
  const minutes = Math.round(seconds / 60);
  return minutes < 60 ? t('me.sessions.minutes', { m: minutes })
    : t('me.sessions.hours', { h: Math.floor(minutes / 60), m: minutes % 60 });
}
