// The bank account the employee's refunds are paid to: shown masked; a change waits for the company's confirmation.
import { h, field, showErrors, busy, toast } from '../../ui.js';
import { card, fill } from './parts.js';

export function bankCard(ctx, changed) {
  const { t } = ctx;
  const { element, body } = card('me-iban', t('me.iban.title'));
  const load = () => fill(body, t, async () => shown(await ctx.api.get('/me/iban')));

  function shown(account) {
    const open = h('button', { type: 'button', class: account.iban ? 'button secondary wide' : 'button wide' },
      account.iban ? t('me.iban.change') : t('me.iban.add'));
    open.addEventListener('click', () => {
      body.replaceChildren(form(account));
      body.querySelector('input').focus();
    });
    if (!account.iban) {
      return [h('p', { class: 'warn' }, t('me.iban.none')), open];
    }
    return [
      h('dl', { class: 'facts' },
        h('dt', {}, t('me.iban.current')), h('dd', { class: 'mono', 'data-iban': '' }, account.masked),
        account.bic ? h('dt', {}, t('me.iban.bic')) : null, account.bic ? h('dd', { class: 'mono' }, account.bic) : null),
      account.awaitingConfirmation
        ? h('p', { class: 'notice warn', role: 'status' }, t('me.iban.awaiting'))
        : account.confirmedAt
          ? h('p', { class: 'ok' }, t('me.iban.confirmed', { when: ctx.fmt.date(account.confirmedAt) }))
          : null,
      open,
    ].filter(Boolean);
  }

  function form(account) {
    const iban = h('input', { name: 'iban', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false',
      required: true, maxlength: 42, class: 'mono' });
    const bic = h('input', { name: 'bic', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false',
      maxlength: 11, class: 'mono', value: account.bic || '' });
    const submit = h('button', { type: 'submit', class: 'button' }, t('me.save'));
    const cancel = h('button', { type: 'button', class: 'button secondary' }, t('me.cancel'));
    cancel.addEventListener('click', () => body.replaceChildren(...shown(account)));
    const element = h('form', { class: 'iban-form', novalidate: true },
      field(t('me.iban.ibanLabel'), iban, { hint: t('me.iban.ibanHint') }),
      field(t('me.iban.bicLabel'), bic, { hint: t('me.iban.bicHint') }),
      h('p', { class: 'notice' }, t('me.iban.holdWarning')),
      h('div', { class: 'actions' }, submit, cancel));
    element.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        const saved = await busy(submit, ctx.api.put('/me/iban', { iban: iban.value, bic: bic.value.trim() || null }));
        toast(t('me.iban.saved'));
        body.replaceChildren(...shown(saved));
        changed();
      } catch (error) {
        showErrors(element, error);
      }
    });
    return element;
  }

  return { element, load };
}
