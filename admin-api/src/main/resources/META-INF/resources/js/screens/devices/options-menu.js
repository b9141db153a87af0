import { h } from '../../ui.js';

/**
 * A per-row options menu: a button that opens a short list of actions. Keyboard as in the WAI-ARIA menu button
 * pattern (Enter/Space/ArrowDown open on the first item, arrows move, Escape closes back to the button), so the
 * row's actions are reachable without a mouse.
 */
export function optionsMenu(buttonText, buttonLabel, items) {
  const button = h('button', { type: 'button', class: 'button secondary small options-button', 'aria-haspopup': 'menu',
    'aria-expanded': 'false', 'aria-label': buttonLabel }, buttonText);
  const entries = items.map(item => {
    const entry = h('button', { type: 'button', role: 'menuitem', tabindex: '-1' }, item.text);
    entry.addEventListener('click', () => {
      close(false);
      item.action();
    });
    return entry;
  });
  const menu = h('div', { class: 'options-menu', role: 'menu', 'aria-label': buttonLabel }, ...entries);
  menu.hidden = true;
  const root = h('div', { class: 'options' }, button, menu);

  /**
   * The menu is placed fixed under its button: the table it sits in scrolls sideways on narrow screens, and a
   * scrolling box would clip it. As it would not follow a scroll, scrolling closes it.
   */
  function open(focusIndex) {
    const box = button.getBoundingClientRect();
    Object.assign(menu.style, { top: `${box.bottom + 4}px`, right: `${document.documentElement.clientWidth - box.right}px` });
    menu.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    entries[focusIndex].focus();
    document.addEventListener('pointerdown', outside, true);
    window.addEventListener('scroll', dismiss, true);
    window.addEventListener('resize', dismiss);
  }

  function dismiss() {
    close(false);
  }

  function close(refocus) {
    if (menu.hidden) {
      return;
    }
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    document.removeEventListener('pointerdown', outside, true);
    window.removeEventListener('scroll', dismiss, true);
    window.removeEventListener('resize', dismiss);
    if (refocus) {
      button.focus();
    }
  }

  function outside(event) {
    if (!root.contains(event.target)) {
      close(false);
    }
  }

  button.addEventListener('click', () => (menu.hidden ? open(0) : close(true)));
  button.addEventListener('keydown', event => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      open(event.key === 'ArrowDown' ? 0 : entries.length - 1);
    }
  });
  menu.addEventListener('keydown', event => {
    const at = entries.indexOf(document.activeElement);
    const moves = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: entries.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      entries[(moves[event.key] + entries.length) % entries.length].focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  });
  return root;
}
