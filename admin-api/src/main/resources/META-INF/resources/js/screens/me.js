// #/me: the employee's home page. One column of cards, in the order a new employee needs them: getting started,
// chargers (with their company links), bank account, sessions, monthly refunds, personal details.
import { define } from '../i18n.js';
import { h, ensureStyle } from '../ui.js';
import messages from '../i18n/employee.js';
import { chargersCard } from './me/chargers.js';
import { bankCard } from './me/bank.js';
import { sessionsCard, refundsCard } from './me/history.js';
import { profileCard } from './me/profile.js';

define(messages);

export default async function render(view, ctx) {
  const { t } = ctx;
  ensureStyle('css/employee.css');
  const title = h('h1', {}, t('me.title'));
  const steps = stepsCard(ctx);
  const chargers = chargersCard(ctx, steps.load);
  const bank = bankCard(ctx, steps.load);
  const sessions = sessionsCard(ctx);
  const refunds = refundsCard(ctx);
  const profile = profileCard(ctx, (name) => {
    title.textContent = name ? t('me.hello', { name }) : t('me.title');
  });
  view.replaceChildren(h('div', { class: 'employee me' }, title, steps.element, chargers.element, bank.element,
    sessions.element, refunds.element, profile.element));
  await Promise.all([steps, chargers, bank, sessions, refunds, profile].map((part) => part.load()));
}

/** What a new employee still has to do before refunds can flow; hidden once everything is done. */
function stepsCard(ctx) {
  const { t } = ctx;
  const list = h('ol', { class: 'checklist' });
  const element = h('section', { class: 'card me-card me-steps', 'aria-labelledby': 'me-steps-title', hidden: true },
    h('h2', { id: 'me-steps-title' }, t('me.steps.title')), list);

  async function load() {
    let chargers;
    let account;
    try {
      [chargers, account] = await Promise.all([ctx.api.get('/me/chargers', { limit: 50 }), ctx.api.get('/me/iban')]);
    } catch {
      // The chargers and bank cards show the failure themselves; a checklist built on it would only mislead.
      element.hidden = true;
      return;
    }
    const items = chargers.items;
    const steps = [
      ['me.steps.charger', items.length > 0],
      ['me.steps.connect', items.some((c) => c.lastSeenAt)],
      ['me.steps.link', items.some((c) => c.link)],
      ['me.steps.iban', !!account.iban],
    ];
    list.replaceChildren(...steps.map(([key, done]) => h('li', { class: done ? 'done' : 'todo' },
      h('span', { class: 'tick', 'aria-hidden': 'true' }, done ? '✓' : ''),
      h('span', {}, t(key)),
      h('span', { class: 'visually-hidden' }, ` (${t(done ? 'me.steps.done' : 'me.steps.todo')})`))));
    element.hidden = steps.every(([, done]) => done);
  }

  return { element, load };
}
