// Keyboard checks of the sidebar: Tab order, visible focus, and moving focus to a button.
import type {Page} from 'playwright-core';
import {evaluate} from './browser-page';
import type {Checks} from './browser-results';

export interface FocusFact {
  key: string;
  label: string;
  outlineStyle: string;
  outlineWidth: number;
}

export const FOCUSED = `function () {
  var e = document.activeElement;
  if (!e || e === document.body) return null;
  var style = getComputedStyle(e);
  return {
    key: e.getAttribute('data-action') || (e.getAttribute('data-code') ? 'task:' + e.getAttribute('data-code') : e.tagName),
    label: e.innerText.trim(),
    outlineStyle: style.outlineStyle,
    outlineWidth: parseFloat(style.outlineWidth)
  };
}`;

const BUTTON_KEYS = `function () {
  return Array.prototype.map.call(document.querySelectorAll('button'), function (e) {
    return e.getAttribute('data-action') || 'task:' + e.getAttribute('data-code');
  });
}`;

/** Presses Tab until focus comes back round, returning each element focused on the way. */
async function tabThrough(page: Page, limit: number): Promise<FocusFact[]> {
  const seen: FocusFact[] = [];
  await page.evaluate(
    'document.activeElement && document.activeElement.blur()',
  );
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await evaluate<FocusFact | null>(page, FOCUSED);
    if (!focused) continue;
    if (seen.some(fact => fact.key === focused.key)) break;
    seen.push(focused);
  }
  return seen;
}

/**
 * Presses Tab until the button with `key` (its data-action, or "task:" and its data-code) has
 * focus, and returns whether it got there within `limit` presses.
 */
export async function tabTo(
  page: Page,
  key: string,
  limit: number,
): Promise<boolean> {
  await page.evaluate(
    'document.activeElement && document.activeElement.blur()',
  );
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await evaluate<FocusFact | null>(page, FOCUSED);
    if (focused?.key === key) return true;
  }
  return false;
}

export async function checkKeyboard(page: Page, checks: Checks): Promise<void> {
  const buttons = await evaluate<string[]>(page, BUTTON_KEYS);
  const reached = await tabThrough(page, buttons.length + 10);
  const missed = buttons.filter(key => !reached.some(fact => fact.key === key));
  checks.check(
    'sidebar: Tab reaches every button',
    buttons.length > 0 && missed.length === 0,
    `not reached: ${missed.join(', ')}`,
  );
  const unmarked = reached.filter(
    fact => fact.outlineStyle === 'none' || fact.outlineWidth < 2,
  );
  checks.check(
    'sidebar: focus is visible on each stop',
    unmarked.length === 0,
    unmarked
      .map(fact => `${fact.key} (${fact.outlineStyle} ${fact.outlineWidth}px)`)
      .join(', '),
  );
}
