// The employee's chargers: add one (with the OCPP details to enter in it), link it to a company, remove it.
import { h, field, showErrors, busy, toast, confirmDialog, errorText } from '../../ui.js';
import { card, fill, pagedList, copyField } from './parts.js';

// No look-alike characters (0/O, 1/l/I): people copy this password by hand into a charger's app.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/** The chargers card; `changed` is told when the chargers or their links change. */
export function chargersCard(ctx, changed) {
  const { t } = ctx;
  const { element, body } = card('me-chargers', t('me.chargers.title'));
  const addArea = h('div', { class: 'me-add' });
  const listArea = h('div', {});
  body.append(listArea, addArea);

  const reload = () => fill(listArea, t, async () => {
    const list = pagedList(t, {
      fetch: (offset) => ctx.api.get('/me/chargers', { offset, limit: 20 }),
      item: (charger) => chargerItem(ctx, charger, { reload: afterChange, setPassword: (id) => openForm(id) }),
      empty: t('me.chargers.none'),
      more: t('me.chargers.more'),
      className: 'chargers',
    });
    await list.first();
    return list.element;
  });
  const afterChange = async () => {
    await reload();
    changed();
  };

  function closed() {
    const add = h('button', { type: 'button', class: 'button wide' }, t('me.chargers.add'));
    add.addEventListener('click', () => openForm(null));
    addArea.replaceChildren(add);
  }

  function openForm(existingId) {
    addArea.replaceChildren(chargerForm(ctx, existingId, {
      cancel: closed,
      saved: (id, password) => {
        addArea.replaceChildren(connection(ctx, id, password, closed));
        addArea.querySelector('h3').focus();
        afterChange();
      },
    }));
    addArea.scrollIntoView({ block: 'nearest' });
    addArea.querySelector('input').focus();
  }

  closed();
  return { element, load: reload };
}

function chargerItem(ctx, charger, actions) {
  const { t, fmt } = ctx;
  const id = charger.chargePointId;
  const model = [charger.vendor, charger.model].filter(Boolean).join(' ');
  const seen = charger.lastSeenAt
    ? h('p', { class: 'seen ok' }, t('me.chargers.lastSeen', { when: fmt.dateTime(charger.lastSeenAt) }))
    : h('p', { class: 'seen warn' }, t('me.chargers.neverSeen'));

  const howTo = h('details', { class: 'how-to', open: !charger.lastSeenAt },
    h('summary', {}, t('me.chargers.howTo')), connectionValues(ctx, id, null));
  const setPassword = h('button', { type: 'button', class: 'button secondary' }, t('me.chargers.setPassword'));
  setPassword.addEventListener('click', () => actions.setPassword(id));
  howTo.append(setPassword);

  const remove = h('button', { type: 'button', class: 'button danger' }, t('me.chargers.remove'));
  remove.addEventListener('click', async () => {
    if (!await confirmDialog(t('me.chargers.removeConfirm', { id }),
      { confirm: t('me.chargers.remove'), danger: true })) {
      return;
    }
    try {
      await busy(remove, ctx.api.del(`/me/chargers/${encodeURIComponent(id)}`));
      toast(t('me.chargers.removed'));
      await actions.reload();
    } catch (error) {
      toast(errorText(error), { kind: 'error' });
    }
  });

  return h('article', { class: 'charger', 'data-charger': id },
    h('h3', {}, id),
    model ? h('p', { class: 'muted' }, charger.ocppVersion ? `${model} · OCPP ${charger.ocppVersion}` : model) : null,
    seen,
    linkPart(ctx, charger, actions.reload),
    howTo,
    h('div', { class: 'actions' }, remove));
}

/** Where the charger stands with a company: linked (and whether it is active) or a company code form. */
function linkPart(ctx, charger, reload) {
  const { t, fmt } = ctx;
  const id = charger.chargePointId;
  const link = charger.link;
  if (link) {
    const company = link.companyName;
    const unlink = h('button', { type: 'button', class: 'button secondary' }, t('me.link.unlink'));
    unlink.addEventListener('click', async () => {
      if (!await confirmDialog(t('me.link.unlinkConfirm', { id, company }),
        { confirm: t('me.link.unlink'), danger: true })) {
        return;
      }
      try {
        await busy(unlink, ctx.api.del(`/me/links/${link.id}`));
        toast(t('me.link.undone'));
        await reload();
      } catch (error) {
        toast(errorText(error), { kind: 'error' });
      }
    });
    return h('div', { class: 'link linked' },
      h('p', {}, t('me.link.linked', { company, when: fmt.date(link.linkedAt) })),
      h('p', { class: link.loggingActive ? 'ok' : 'warn' },
        link.loggingActive ? t('me.link.active') : t('me.link.inactive', { company })),
      unlink);
  }
  const code = h('input', { name: 'companyCode', id: `code-${id}`, autocomplete: 'off', autocapitalize: 'characters',
    spellcheck: 'false', required: true, maxlength: 64 });
  const submit = h('button', { type: 'submit', class: 'button' }, t('me.link.submit'));
  const form = h('form', { class: 'link unlinked', novalidate: true },
    h('p', { class: 'warn' }, t('me.link.none')),
    field(t('me.link.code'), code, { hint: t('me.link.codeHint') }),
    submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const linked = await busy(submit, ctx.api.post('/me/links', { chargePointId: id, companyCode: code.value.trim() }));
      toast(t('me.link.done', { company: linked.companyName }));
      await reload();
    } catch (error) {
      showErrors(form, error);
    }
  });
  return form;
}

/** Add a charger, or (with `existingId`) give one of the employee's chargers a new OCPP password. */
function chargerForm(ctx, existingId, { cancel, saved }) {
  const { t } = ctx;
  const id = h('input', { name: 'chargePointId', autocomplete: 'off', autocapitalize: 'off', spellcheck: 'false',
    required: true, maxlength: 48, value: existingId || '', readonly: !!existingId });
  const password = h('input', { name: 'password', autocomplete: 'off', autocapitalize: 'off', spellcheck: 'false',
    required: true, minlength: 16, maxlength: 40, value: newPassword(), class: 'mono' });
  const regenerate = h('button', { type: 'button', class: 'button link' }, t('me.chargers.newPassword'));
  regenerate.addEventListener('click', () => {
    password.value = newPassword();
  });
  const submit = h('button', { type: 'submit', class: 'button' },
    existingId ? t('me.chargers.submitPassword') : t('me.chargers.submit'));
  const back = h('button', { type: 'button', class: 'button secondary' }, t('me.cancel'));
  back.addEventListener('click', cancel);
  const form = h('form', { class: 'charger-form', novalidate: true },
    h('h3', {}, existingId ? t('me.chargers.setPassword') : t('me.chargers.add')),
    field(t('me.chargers.id'), id, { hint: existingId ? null : t('me.chargers.idHint') }),
    field(t('me.chargers.password'), password, { hint: t('me.chargers.passwordHint') }),
    regenerate,
    h('div', { class: 'actions' }, submit, back));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { chargePointId: id.value.trim(), password: password.value };
    try {
      const charger = await busy(submit, ctx.api.post('/me/chargers', body));
      toast(existingId ? t('me.chargers.passwordChanged') : t('me.chargers.added'));
      saved(charger.chargePointId, body.password);
    } catch (error) {
      showErrors(form, error);
    }
  });
  return form;
}

/** The details to enter in the charger right after saving it: the only time its password can be shown. */
function connection(ctx, id, password, done) {
  const { t } = ctx;
  const close = h('button', { type: 'button', class: 'button wide' }, t('me.connect.done'));
  close.addEventListener('click', done);
  return h('div', { class: 'connection', role: 'region', 'aria-label': t('me.connect.title', { id }) },
    h('h3', { tabindex: '-1' }, t('me.connect.title', { id })),
    connectionValues(ctx, id, password),
    close);
}

function connectionValues(ctx, id, password) {
  const { t } = ctx;
  const base = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ocpp/`;
  const key = `${id}-${password ? 'new' : 'saved'}`.replace(/[^A-Za-z0-9_-]/g, '_');
  return h('div', { class: 'connection-values' },
    h('p', {}, t('me.connect.intro')),
    h('ol', { class: 'connect-steps' },
      h('li', {}, copyField(`ocpp-url-${key}`, t('me.connect.url'), base + id, t('me.connect.urlHint', { base }))),
      h('li', {}, copyField(`ocpp-id-${key}`, t('me.connect.id'), id)),
      h('li', {}, password
        ? copyField(`ocpp-password-${key}`, t('me.connect.password'), password, t('me.connect.passwordHint'))
        : h('div', { class: 'copy-field' }, h('p', { class: 'label' }, t('me.connect.password')),
          h('p', { class: 'hint' }, t('me.connect.passwordHidden'))))),
    h('p', { class: 'hint' }, t('me.connect.security')),
    h('p', { class: 'hint' }, t('me.connect.after')));
}

function newPassword() {
  const chars = [];
  const bytes = new Uint8Array(64);
  // Rejection sampling: bytes past the last whole multiple of the alphabet would favour its first letters.
  const limit = 256 - (256 % ALPHABET.length);
  while (chars.length < 20) {
    crypto.getRandomValues(bytes);
    for (const b of bytes) {
      if (b < limit && chars.length < 20) {
        chars.push(ALPHABET[b % ALPHABET.length]);
      }
    }
  }
  return chars.join('');
}
