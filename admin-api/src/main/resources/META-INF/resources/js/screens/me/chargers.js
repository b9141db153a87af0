// The employee's chargers: add one (with the OCPP details to enter in it), link it to a company, remove it.
import { h, field, showErrors, busy, toast, confirmDialog, errorText, uid } from '../../ui.js';
import { card, fill, pagedList, copyField } from './parts.js';

// No look-alike characters (0/O, 1/l/I): people copy this password by hand into a charger's app.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/** The chargers card; `changed` is told when the chargers or their links change. */
export function chargersCard(ctx, changed) {
  const { t } = ctx;
  const { element, body } = card('me-chargers', t('me.chargers.title'));
  const listArea = h('div', {});
  const addArea = h('div', { class: 'me-add' });
  body.append(listArea, addArea);
  // Passwords set on this page, by charger: shown with the charger's details until the page is left, the only
  // time they can be (the server keeps a hash).
  const fresh = new Map();
  // The charger whose details were just saved: its connection details open once, whatever its state.
  let reveal = null;

  const reload = () => fill(listArea, t, async () => {
    const list = pagedList(t, {
      fetch: (offset) => ctx.api.get('/me/chargers', { offset, limit: 20 }),
      item: (charger) => chargerItem(ctx, charger, fresh.get(charger.chargePointId), reveal === charger.chargePointId,
        { reload: afterChange, setPassword: (id) => openForm(id) }),
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

  /** Shows the "add" button again; `focus` when the form the keyboard was in has just gone. */
  function closed(focus) {
    const add = h('button', { type: 'button', class: 'button wide' }, t('me.chargers.add'));
    add.addEventListener('click', () => openForm(null));
    addArea.replaceChildren(add);
    if (focus === true) {
      add.focus();
    }
  }

  function openForm(existingId) {
    addArea.replaceChildren(chargerForm(ctx, existingId, {
      cancel: () => closed(true),
      saved: async (id, password) => {
        fresh.set(id, password);
        closed();
        reveal = id;
        await afterChange();
        reveal = null;
        // The new details are what the employee must act on now: bring them into view with the keyboard there.
        const details = [...listArea.querySelectorAll('[data-charger]')].find((e) => e.dataset.charger === id);
        const summary = details && details.querySelector('.how-to summary');
        if (summary) {
          summary.focus();
          summary.scrollIntoView({ block: 'start' });
        }
      },
    }));
    addArea.querySelector('input:not([readonly])').focus();
  }

  closed();
  return { element, load: reload };
}

function chargerItem(ctx, charger, password, reveal, actions) {
  const { t, fmt } = ctx;
  const id = charger.chargePointId;
  const model = [charger.vendor, charger.model].filter(Boolean).join(' ');
  const seen = charger.lastSeenAt
    ? h('p', { class: 'seen ok' }, t('me.chargers.lastSeen', { when: fmt.dateTime(charger.lastSeenAt) }))
    : h('p', { class: 'seen warn' }, t('me.chargers.neverSeen'));

  const setPassword = h('button', { type: 'button', class: 'button secondary' }, t('me.chargers.setPassword'));
  setPassword.addEventListener('click', () => actions.setPassword(id));
  const howTo = h('details', { class: 'how-to', open: !charger.lastSeenAt || reveal },
    h('summary', {}, t('me.chargers.howTo')), connectionValues(ctx, charger, password), setPassword);

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

  return h('article', { class: 'charger', dataset: { charger: id } },
    h('h3', {}, id),
    model ? h('p', { class: 'muted' }, [model, version(charger.ocppVersion)].filter(Boolean).join(' · ')) : null,
    seen,
    linkPart(ctx, charger, actions.reload),
    howTo,
    h('div', { class: 'actions' }, remove));
}

/** 'ocpp1.6' (the WebSocket subprotocol the charger chose) → 'OCPP 1.6'. */
function version(subprotocol) {
  return subprotocol ? `OCPP ${subprotocol.replace(/^ocpp/i, '')}` : null;
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
  const code = h('input', { name: 'companyCode', id: uid('company-code'), autocomplete: 'off', autocapitalize: 'characters',
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
      await saved(charger.chargePointId, body.password);
    } catch (error) {
      showErrors(form, error);
    }
  });
  return form;
}

/** What to enter in the charger, each with a copy button; the password only when it was set on this page. */
function connectionValues(ctx, charger, password) {
  const { t } = ctx;
  const id = charger.chargePointId;
  // The server knows the address when its operator configured it; else the OCPP endpoint is on this page's host.
  const url = charger.ocppUrl || `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ocpp/${id}`;
  const base = url.slice(0, url.length - id.length);
  return h('div', { class: 'connection-values' },
    h('p', {}, t('me.connect.intro')),
    h('ol', { class: 'connect-steps' },
      h('li', {}, copyField(uid('ocpp-url'), t('me.connect.url'), url, t('me.connect.urlHint', { base }))),
      h('li', {}, copyField(uid('ocpp-id'), t('me.connect.id'), id)),
      h('li', {}, password
        ? copyField(uid('ocpp-password'), t('me.connect.password'), password, t('me.connect.passwordHint'))
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
