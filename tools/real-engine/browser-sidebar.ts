// Sidebar checks: the dashboard the bundle shows, driven in Chromium by keyboard,
// with its server calls running in the same emulator.
import {join} from 'node:path';
import type {BrowserContext, Page} from 'playwright-core';
import type {Emulator} from '../emulator/index';
import {tallyTasks} from '../run/outputs';
import {TASKS_TAB} from '../../src/workbook/schema';
import {mapHeaders} from '../../src/workbook/table';
import {cellText} from '../../src/workbook/cells';
import {blockRequests} from './browser-launch';
import {
  COLOURS,
  ColourFact,
  evaluate,
  TEXT_FACTS,
  TextFacts,
} from './browser-page';
import type {Checks} from './browser-results';
import {installScriptRun, serverFunctionNames} from './browser-shim';
import {checkKeyboard, FOCUSED, FocusFact, tabTo} from './browser-keyboard';

/** Width Google Sheets gives an add-on sidebar, in CSS pixels. */
const SIDEBAR_WIDTH = 300;
/** Never served over the network: a route fulfils it inside the browser. */
const SIDEBAR_URL = 'https://sidebar.nq57.invalid/';
const REFRESH_LABEL = 'Làm mới số liệu';
const MIN_FONT_PX = 12;
const MIN_CONTRAST = 4.5;

interface RenderedFacts {
  counts: Array<{label: string; count: number}>;
  countsTitle: string;
  overdueCodes: string[];
  reportingBadges: string[];
  updated: string;
  status: string;
  minFontPx: number;
}

const RENDERED = `function () {
  function texts(selector) {
    return Array.prototype.map.call(document.querySelectorAll(selector), function (e) { return e.innerText.trim(); });
  }
  var minFont = Infinity;
  var all = document.body.querySelectorAll('*');
  for (var i = 0; i < all.length; i++) {
    var e = all[i];
    var own = '';
    for (var n = e.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) own += n.nodeValue;
    if (own.trim() !== '' && e.getClientRects().length > 0) minFont = Math.min(minFont, parseFloat(getComputedStyle(e).fontSize));
  }
  return {
    counts: Array.prototype.map.call(document.querySelectorAll('li.count'), function (li) {
      return {label: li.querySelector('.badge').innerText.trim(), count: Number(li.querySelector('strong').innerText)};
    }),
    countsTitle: (document.getElementById('counts-title') || {innerText: ''}).innerText,
    overdueCodes: Array.prototype.map.call(document.querySelectorAll('button[data-code]'), function (b) {
      return b.getAttribute('data-code');
    }),
    reportingBadges: texts('[aria-labelledby="reporting-title"] .badge'),
    updated: document.getElementById('updated').innerText,
    status: document.getElementById('status').innerText,
    minFontPx: minFont
  };
}`;

/** Row of a task's code in the "Nhiệm vụ" tab, read without counting calls. */
function taskRow(emu: Emulator, code: string): number {
  return emu.ctx.counter.uncounted(() => {
    const values = emu.workbook
      .getSheetByName(TASKS_TAB.name)
      .getDataRange()
      .getValues() as unknown[][];
    const column = mapHeaders(TASKS_TAB, values[0]).index.get('code');
    if (column === undefined) return -1;
    return values.findIndex(row => cellText(row[column]) === code) + 1;
  });
}

function activeRange(emu: Emulator): {sheet: string; row: number} {
  return emu.ctx.counter.uncounted(() => {
    const range = emu.workbook.getActiveRange();
    return {sheet: range.getSheet().getName(), row: range.getRow()};
  });
}

async function waitForStatus(page: Page, text: string): Promise<string> {
  await page
    .waitForFunction(
      `document.getElementById('status').innerText.indexOf(${JSON.stringify(text)}) >= 0`,
      null,
      {timeout: 5000},
    )
    .catch(() => undefined);
  return page.evaluate(
    'document.getElementById("status").innerText',
  ) as Promise<string>;
}

function checkRendered(
  checks: Checks,
  emu: Emulator,
  facts: RenderedFacts,
): void {
  const tally = tallyTasks(emu);
  const expected = Object.entries(tally.tasksByTimeliness);
  for (const [label, count] of expected) {
    const shown = facts.counts.find(entry => entry.label === label);
    checks.equal(`sidebar: count of "${label}"`, shown?.count, count);
  }
  // The sidebar lists every timeliness state; those the tab does not show must read 0.
  const extra = facts.counts.filter(
    entry => !(entry.label in tally.tasksByTimeliness) && entry.count !== 0,
  );
  checks.check(
    'sidebar: other counts are 0',
    extra.length === 0,
    extra.map(entry => `${entry.label} ${entry.count}`).join(', '),
  );
  const total = expected.reduce((sum, [, count]) => sum + count, 0);
  checks.check(
    'sidebar: total in the counts title',
    facts.countsTitle.includes(`(${total})`),
    facts.countsTitle,
  );
  checks.equal(
    'sidebar: overdue buttons',
    [...facts.overdueCodes].sort().join(','),
    [...tally.overdueTaskCodes].sort().join(','),
  );
  checks.equal('sidebar: reporting badges', facts.reportingBadges.length, 3);
  checks.check(
    `sidebar: no text under ${MIN_FONT_PX}px`,
    facts.minFontPx >= MIN_FONT_PX,
    `smallest text is ${facts.minFontPx}px`,
  );
}

/** Moves the emulator's clock a minute on, so figures the server sends again show a new time. */
async function checkRefresh(
  page: Page,
  checks: Checks,
  emu: Emulator,
  calls: Array<{name: string}>,
): Promise<void> {
  const before = await evaluate<RenderedFacts>(page, RENDERED);
  emu.advanceTo(new Date(emu.ctx.clock.now() + 60_000));
  const callsBefore = calls.length;
  await tabTo(page, 'sidebarData', 30);
  const focused = await evaluate<FocusFact | null>(page, FOCUSED);
  checks.equal(
    'sidebar: Tab stops on the refresh button',
    focused?.label,
    REFRESH_LABEL,
  );
  await page.keyboard.press('Enter');
  const status = await waitForStatus(page, 'Đã làm mới số liệu.');
  checks.equal('sidebar: refresh status', status, 'Đã làm mới số liệu.');
  checks.equal(
    'sidebar: refresh calls sidebarData',
    calls
      .slice(callsBefore)
      .map(call => call.name)
      .join(','),
    'sidebarData',
  );
  const after = await evaluate<RenderedFacts>(page, RENDERED);
  checks.check(
    'sidebar: refresh shows the new time',
    after.updated !== before.updated,
    `still "${after.updated}"`,
  );
}

async function checkJump(
  page: Page,
  checks: Checks,
  emu: Emulator,
  calls: Array<{name: string; argument: unknown}>,
): Promise<void> {
  const facts = await evaluate<RenderedFacts>(page, RENDERED);
  const code = facts.overdueCodes[0];
  if (!checks.check('sidebar: has an overdue task to open', code !== undefined))
    return;
  const callsBefore = calls.length;
  checks.check(
    `sidebar: Tab reaches task ${code}`,
    await tabTo(page, `task:${code}`, 30),
  );
  await page.keyboard.press('Enter');
  const row = taskRow(emu, code);
  const status = await waitForStatus(page, `dòng ${row}`);
  checks.equal(
    'sidebar: task button calls jumpToTask',
    calls
      .slice(callsBefore)
      .map(call => `${call.name}(${call.argument})`)
      .join(','),
    `jumpToTask(${code})`,
  );
  checks.check(
    'sidebar: task status names the row',
    status.includes(`dòng ${row}`),
    status,
  );
  const active = activeRange(emu);
  checks.equal('sidebar: active tab after jump', active.sheet, TASKS_TAB.name);
  checks.equal(`sidebar: active row is task ${code}'s`, active.row, row);
}

/** Opens the dashboard through its menu item and checks it in a 300 px window. */
export async function checkSidebar(
  context: BrowserContext,
  checks: Checks,
  emu: Emulator,
  buildDir: string,
  outDir: string,
): Promise<void> {
  emu.run('menuShowDashboard', {kind: 'menu'});
  const shown = emu.ui.sidebars.at(-1);
  if (!checks.check('sidebar: menu item shows a sidebar', shown !== undefined))
    return;

  const page = await context.newPage();
  const blocked = await blockRequests(page);
  await page.route(SIDEBAR_URL, route =>
    route.fulfill({contentType: 'text/html; charset=utf-8', body: shown!.html}),
  );
  const calls = await installScriptRun(
    page,
    emu,
    serverFunctionNames(buildDir),
  );
  await page.setViewportSize({width: SIDEBAR_WIDTH, height: 900});
  await page.goto(SIDEBAR_URL);

  const text = await evaluate<TextFacts>(page, TEXT_FACTS);
  checks.check(
    `sidebar: no horizontal scroll at ${SIDEBAR_WIDTH}px`,
    text.scrollWidth <= text.viewportWidth,
    `content is ${text.scrollWidth}px wide in a ${text.viewportWidth}px window`,
  );
  checks.check(
    'sidebar: visible text is NFC',
    text.text === text.text.normalize('NFC'),
  );
  checkRendered(checks, emu, await evaluate<RenderedFacts>(page, RENDERED));
  const colours = await evaluate<ColourFact[]>(page, COLOURS);
  const faint = colours.filter(
    fact => fact.hasText && fact.contrast < MIN_CONTRAST,
  );
  checks.check(
    `sidebar: text contrast at least ${MIN_CONTRAST}`,
    faint.length === 0,
    faint
      .slice(0, 5)
      .map(fact => `"${fact.text}" ${fact.contrast.toFixed(2)}`)
      .join('; '),
  );
  await page.screenshot({path: join(outDir, 'sidebar.png'), fullPage: true});

  await checkKeyboard(page, checks);
  await checkRefresh(page, checks, emu, calls);
  await checkJump(page, checks, emu, calls);
  const failedCalls = calls.filter(call => !call.ok);
  checks.check(
    'sidebar: every server call succeeded',
    failedCalls.length === 0,
    failedCalls.map(call => call.name).join(', '),
  );
  checks.check(
    'sidebar: no external requests',
    blocked.length === 0,
    blocked.join(', '),
  );
  await page.close();
}
