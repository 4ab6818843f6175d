// Email checks: the reminder and the weekly summary as a mail client in a browser shows them.
import {join} from 'node:path';
import type {BrowserContext} from 'playwright-core';
import type {SentMail} from '../emulator/index';
import {blockRequests} from './browser-launch';
import {
  COLOURS,
  ColourFact,
  DATA_TABLES,
  evaluate,
  HEADINGS,
  HeadingFact,
  TableFact,
  TEXT_FACTS,
  TextFacts,
} from './browser-page';
import type {Checks} from './browser-results';

/** Narrowest window an email must fit without sideways scrolling, in CSS pixels. */
const NARROW = 640;
const WIDE = 1000;
/** WCAG 2 AA minimum contrast for text under 18pt. */
const MIN_CONTRAST = 4.5;
/** Letters a mis-decoded UTF-8 Vietnamese text shows instead of its diacritics. */
const MOJIBAKE = /[\uFFFD]|Ã[\u0080-\u00BF]|Ä[\u0080-\u00BF]|áº|á»/;

function checkText(checks: Checks, label: string, facts: TextFacts): void {
  checks.equal(`${label}: html lang is vi`, facts.lang, 'vi');
  const text = `${facts.title}\n${facts.text}`;
  checks.check(
    `${label}: visible text is NFC`,
    text === text.normalize('NFC'),
    'some text changes under normalize("NFC")',
  );
  checks.check(
    `${label}: text is not mis-decoded`,
    !MOJIBAKE.test(text),
    `found ${MOJIBAKE.exec(text)?.[0]}`,
  );
  checks.check(
    `${label}: text has Vietnamese letters`,
    /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(text),
    'no Vietnamese letter in the visible text',
  );
  checks.equal(`${label}: no images`, facts.images, 0);
  checks.equal(`${label}: no background images`, facts.backgroundImages, 0);
}

function checkHeadings(
  checks: Checks,
  label: string,
  headings: HeadingFact[],
): void {
  checks.check(
    `${label}: has headings`,
    headings.length > 0,
    'no h1–h6 element',
  );
  // The emails show their title in a styled div, so their headings may start at h2 but no lower.
  checks.check(
    `${label}: first heading is h1 or h2`,
    (headings[0]?.level ?? 0) <= 2,
    `starts at h${headings[0]?.level}`,
  );
  const empty = headings.filter(heading => heading.text === '');
  checks.equal(`${label}: empty headings`, empty.length, 0);
  const skips = headings.filter(
    (heading, i) => i > 0 && heading.level > headings[i - 1].level + 1,
  );
  checks.check(
    `${label}: heading levels skip none`,
    skips.length === 0,
    skips.map(heading => `h${heading.level} "${heading.text}"`).join(', '),
  );
}

function checkTables(checks: Checks, label: string, tables: TableFact[]): void {
  const headless = tables.filter(table => table.headers.length === 0);
  checks.check(
    `${label}: data tables have header cells`,
    headless.length === 0,
    `${headless.length} of ${tables.length} data tables have no th row`,
  );
  const unscoped = tables.reduce((sum, table) => sum + table.unscoped, 0);
  checks.equal(`${label}: header cells without scope`, unscoped, 0);
}

function checkColours(
  checks: Checks,
  label: string,
  colours: ColourFact[],
): void {
  const badges = colours.filter(fact => fact.badge);
  checks.check(
    `${label}: has status badges`,
    badges.length > 0,
    'no coloured rounded inline element',
  );
  const mute = badges.filter(badge => badge.text === '');
  checks.check(
    `${label}: every badge has text`,
    mute.length === 0,
    `${mute.length} badges show colour only`,
  );
  const faint = colours.filter(
    fact => fact.hasText && fact.contrast < MIN_CONTRAST,
  );
  checks.check(
    `${label}: text contrast at least ${MIN_CONTRAST}`,
    faint.length === 0,
    faint
      .slice(0, 5)
      .map(
        fact =>
          `"${fact.text}" ${fact.colour} on ${fact.background} (${fact.contrast.toFixed(2)})`,
      )
      .join('; '),
  );
}

async function checkEmail(
  context: BrowserContext,
  checks: Checks,
  label: string,
  mail: SentMail,
  pngFile: string,
): Promise<void> {
  const page = await context.newPage();
  const blocked = await blockRequests(page);
  await page.setViewportSize({width: NARROW, height: 900});
  await page.setContent(mail.htmlBody ?? '', {waitUntil: 'load'});

  const narrow = await evaluate<TextFacts>(page, TEXT_FACTS);
  checks.check(
    `${label}: no horizontal scroll at ${NARROW}px`,
    narrow.scrollWidth <= narrow.viewportWidth,
    `content is ${narrow.scrollWidth}px wide in a ${narrow.viewportWidth}px window`,
  );
  checkText(checks, label, narrow);
  checkHeadings(checks, label, await evaluate<HeadingFact[]>(page, HEADINGS));
  checkTables(checks, label, await evaluate<TableFact[]>(page, DATA_TABLES));
  checkColours(checks, label, await evaluate<ColourFact[]>(page, COLOURS));
  await page.screenshot({path: pngFile, fullPage: true});

  await page.setViewportSize({width: WIDE, height: 900});
  const wide = await evaluate<TextFacts>(page, TEXT_FACTS);
  checks.check(
    `${label}: no horizontal scroll at ${WIDE}px`,
    wide.scrollWidth <= wide.viewportWidth,
    `content is ${wide.scrollWidth}px wide in a ${wide.viewportWidth}px window`,
  );
  checks.check(
    `${label}: no external requests`,
    blocked.length === 0,
    blocked.join(', '),
  );
  await page.close();
}

/** Checks one reminder and the summary; writes reminder.png and summary.png to `outDir`. */
export async function checkEmails(
  context: BrowserContext,
  checks: Checks,
  mails: {reminder: SentMail; summary: SentMail},
  outDir: string,
): Promise<void> {
  await checkEmail(
    context,
    checks,
    'reminder',
    mails.reminder,
    join(outDir, 'reminder.png'),
  );
  await checkEmail(
    context,
    checks,
    'summary',
    mails.summary,
    join(outDir, 'summary.png'),
  );
}
