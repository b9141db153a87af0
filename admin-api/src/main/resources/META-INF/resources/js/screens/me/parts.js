// Building blocks shared by the cards of the employee's page.
import { h, toast, copyButton, errorText, banner } from '../../ui.js';

/** A titled card; `body` is where its content goes. */
export function card(id, title) {
  const heading = h('h2', { id: `${id}-title` }, title);
  const body = h('div', { class: 'card-body' });
  const element = h('section', { class: 'card me-card', id, 'aria-labelledby': heading.id }, heading, body);
  return { element, body };
}

/**
 * Fills `body` with what `load` returns, or with the failure and a retry button: a card that cannot load says
 * so instead of staying empty.
 */
export async function fill(body, t, load) {
  body.setAttribute('aria-busy', 'true');
  if (!body.hasChildNodes()) {
    body.append(h('p', { class: 'loading' }, t('common.loading')));
  }
  try {
    body.replaceChildren(...[].concat(await load()).filter(Boolean));
  } catch (error) {
    const retry = h('button', { type: 'button', class: 'button secondary' }, t('me.retry'));
    retry.addEventListener('click', () => fill(body, t, load));
    body.replaceChildren(banner('error', t('me.loadFailed', { message: errorText(error) })), retry);
  } finally {
    body.removeAttribute('aria-busy');
  }
}

/**
 * A list that grows page by page through a "show more" button (the API's `next` offset); a phone scrolls
 * better than it clicks through numbered pages.
 */
export function pagedList(t, { fetch, item, empty, more, className }) {
  const list = h('ul', { class: `me-list ${className}` });
  const button = h('button', { type: 'button', class: 'button secondary wide' }, more);
  const holder = h('div', {}, list);
  let next = 0;
  async function page() {
    const result = await fetch(next);
    list.append(...result.items.map((row) => h('li', {}, item(row))));
    next = result.next;
    if (next == null) {
      button.remove();
    } else if (!button.isConnected) {
      holder.append(button);
    }
    if (!list.children.length) {
      holder.replaceChildren(h('p', { class: 'empty' }, empty));
    }
  }
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await page();
    } catch (error) {
      toast(t('me.loadFailed', { message: errorText(error) }), { kind: 'error' });
    } finally {
      button.disabled = false;
    }
  });
  return { element: holder, first: page };
}

/** How each refund status looks; the badge's words carry the meaning, the colour only repeats it. */
const TONE = { COMPLETED: 'ok', PENDING: 'warn', FAILED: 'bad', EXCLUDED: 'bad', NOT_BILLED: 'bad' };

/** A status as a labelled badge: words, not colour alone. */
export function badge(t, status) {
  return h('span', { class: `badge ${TONE[status] || ''}`, dataset: { status } }, t(`me.status.${status}`));
}

/**
 * A value the employee must type into their charger, with a copy button. Shown as wrapping text, not in an input,
 * so that all of it is readable on a phone.
 */
export function copyField(id, label, value, hint) {
  return h('div', { class: 'copy-field' },
    h('p', { class: 'label', id: `${id}-label` }, label),
    h('div', { class: 'copy-row' },
      h('code', { class: 'copy-value', id, dataset: { value } }, value),
      copyButton(value, { describedBy: `${id}-label` })),
    hint ? h('p', { class: 'hint' }, hint) : null);
}
