// Building blocks of every screen. Text always goes in as text (textContent), never as HTML, so data from the
// server or from users can never become markup.

import { t } from './i18n.js';

let ids = 0;

/** A fresh id for label/input pairs. */
export function uid(prefix = 'f') {
  ids += 1;
  return `${prefix}-${ids}`;
}

/**
 * h('button', { class: 'button', onclick: fn, disabled: true }, 'Save') — attributes by name, on* as listeners,
 * `dataset` as an object, booleans as present/absent; children are nodes, strings (as text) or arrays of them.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (name === 'value' || name === 'checked' || name === 'selected') {
      el[name] = value;
    } else {
      el.setAttribute(name === 'className' ? 'class' : name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(el, child);
    } else {
      el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
}

/**
 * A labelled input with a hint and an error slot: the label is bound to the input, the hint and the error are
 * announced with it (aria-describedby). The input's `name` is what showErrors matches the server's field with.
 */
export function field(label, input, { hint } = {}) {
  if (!input.id) {
    input.id = uid(input.name || 'field');
  }
  const hintEl = hint ? h('p', { class: 'hint', id: `${input.id}-hint` }, hint) : null;
  const error = h('p', { class: 'field-error', id: `${input.id}-error`, dataset: { errorFor: input.name || '' } });
  input.setAttribute('aria-describedby', [hintEl && hintEl.id, error.id].filter(Boolean).join(' '));
  return h('div', { class: 'field' }, h('label', { for: input.id }, label), input, hintEl, error);
}

/** Removes the errors showErrors put on a form. */
export function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach(e => { e.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach(e => e.removeAttribute('aria-invalid'));
  form.querySelectorAll(':scope > .banner.form-error').forEach(e => e.remove());
}

/**
 * Shows an API error: next to the input the server named (apiError.field, matched with the inputs' names), else
 * as a banner at the top of the form. Any other error (a bug, say) still shows as a banner: never silence.
 */
export function showErrors(form, apiError) {
  clearErrors(form);
  const message = errorText(apiError);
  const name = apiError && apiError.field;
  const input = name ? form.querySelector(`[name="${CSS.escape(name)}"]`) : null;
  const slot = input && input.id ? form.querySelector(`#${CSS.escape(input.id)}-error`) : null;
  if (input && slot) {
    slot.textContent = withoutField(message, name);
    input.setAttribute('aria-invalid', 'true');
    input.focus();
    return;
  }
  const banner = h('div', { class: 'banner error form-error', role: 'alert', tabindex: '-1' }, message);
  form.prepend(banner);
  banner.focus();
}

/** The text to show for an error: the server's detail, or a plain message when there was no server answer. */
export function errorText(error) {
  if (!error) {
    return t('error.title');
  }
  if (error.name === 'ApiError') {
    if (error.status === 0) {
      return t('error.network');
    }
    return error.detail || error.title || t('error.title');
  }
  return error.message || t('error.title');
}

function withoutField(message, name) {
  return message.startsWith(`${name}: `) ? message.slice(name.length + 2) : message;
}

/** A banner inside `container` (replacing a previous one of the same kind), e.g. for a failed page load. */
export function banner(kind, text) {
  return h('div', { class: `banner ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

/** A short message in the corner that goes away by itself (announced by screen readers). */
export function toast(message, { kind = 'info', ms = 4000 } = {}) {
  const box = document.getElementById('toasts');
  if (!box) {
    return;
  }
  const el = h('div', { class: `toast ${kind}` }, message);
  box.append(el);
  setTimeout(() => el.remove(), ms);
}

/**
 * A data table. columns: [{ label, value: row => text|Node, num: true (right-aligned) }]. An empty list shows
 * `empty` (default: common.empty) instead of a header with no rows.
 */
export function table(columns, rows, { empty, caption } = {}) {
  if (!rows || rows.length === 0) {
    return h('div', { class: 'table-wrap' }, h('p', { class: 'empty' }, empty || t('common.empty')));
  }
  return h('div', { class: 'table-wrap' },
    h('table', { class: 'data' },
      caption ? h('caption', { class: 'visually-hidden' }, caption) : null,
      h('thead', {}, h('tr', {}, columns.map(c => h('th', { scope: 'col', class: c.num ? 'num' : null }, c.label)))),
      h('tbody', {}, rows.map(row => h('tr', {}, columns.map(c => h('td', { class: c.num ? 'num' : null },
        c.value(row))))))));
}

/** Links a screen's own stylesheet once. */
export function ensureStyle(href) {
  if (!document.querySelector(`link[rel="stylesheet"][href="${CSS.escape(href)}"]`)) {
    document.head.append(h('link', { rel: 'stylesheet', href }));
  }
}

/** Disables the button while `promise` runs (no double submits) and hands the promise back. */
export async function busy(button, promise) {
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    return await promise;
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

/** A modal yes/no question; resolves true when confirmed. */
export function confirmDialog(text, { confirm = t('common.confirm'), danger = false } = {}) {
  return new Promise(resolve => {
    const dialog = h('dialog', { 'aria-labelledby': uid('dlg') });
    const done = value => {
      dialog.close();
      dialog.remove();
      resolve(value);
    };
    dialog.append(
      h('p', { id: dialog.getAttribute('aria-labelledby') }, text),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: danger ? 'button danger' : 'button', onclick: () => done(true) }, confirm),
        h('button', { type: 'button', class: 'button secondary', onclick: () => done(false) }, t('common.cancel'))));
    dialog.addEventListener('cancel', e => {
      e.preventDefault();
      done(false);
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}

/** A button that copies `text()` to the clipboard and says so. */
export function copyButton(text, { label = t('common.copy'), describedBy } = {}) {
  return h('button', {
    type: 'button', class: 'button secondary', 'aria-describedby': describedBy,
    onclick: async () => {
      try {
        await navigator.clipboard.writeText(typeof text === 'function' ? text() : text);
        toast(t('common.copied'));
      } catch (e) {
        toast(t('common.copyFailed'), { kind: 'error' });
      }
    },
  }, label);
}

/** A select filled from [{ value, label }]. */
export function select(name, options, selected) {
  return h('select', { name }, options.map(o => h('option', { value: String(o.value), selected: String(o.value) === String(selected) }, o.label)));
}

/** The values of a form's named inputs (checkboxes as booleans, empty text as null, text trimmed). */
export function formValues(form) {
  const values = {};
  for (const el of form.elements) {
    if (!el.name || el.disabled) {
      continue;
    }
    if (el.type === 'checkbox') {
      values[el.name] = el.checked;
    } else if (el.type === 'radio') {
      if (el.checked) {
        values[el.name] = el.value;
      }
    } else if (el.type === 'password') {
      // Spaces can be part of a password.
      values[el.name] = el.value === '' ? null : el.value;
    } else {
      values[el.name] = el.value.trim() === '' ? null : el.value.trim();
    }
  }
  return values;
}
