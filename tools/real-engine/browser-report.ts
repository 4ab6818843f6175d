// Report checks: the quarterly report printed to PDF by Chromium, as the runner prints it.
import {join} from 'node:path';
import type {BrowserContext, Page} from 'playwright-core';
import {blockRequests} from './browser-launch';
import {evaluate} from './browser-page';
import {
  pdfFonts,
  pdfPages,
  pdfText,
  renderFirstPage,
} from './browser-pdf-facts';
import type {Checks} from './browser-results';

const MM = 72 / 25.4;
/** A4 in PDF points. */
const A4 = {width: 210 * MM, height: 297 * MM};
/** Party document form margins in points: top, bottom, left, right. */
const MARGIN = {top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM};
/** How far words may sit from where the margins put them, in points. */
const TOLERANCE = 2;
const SERIF_FAMILIES = ['Times New Roman', 'Liberation Serif'];
const CUTOFF_TEXT = 'số liệu tính đến ngày 14/06/2026';
const OVERDUE_CODES = ['1.4', '3.1', '4.1'];

interface PrintFacts {
  bodyFontSize: string;
  bodyFontFamily: string;
  paragraphFontSizes: string[];
  text: string;
  /** First-column cells of the table after "Còn N nhiệm vụ quá hạn…", null without one. */
  overdueCodes: string[] | null;
  overdueCountText: string;
}

const PRINT_FACTS = `function () {
  var body = getComputedStyle(document.body);
  var paragraphs = document.querySelectorAll('p:not(.plain):not(.place-date):not(.cutoff):not(.subtitle)');
  var sizes = {};
  for (var i = 0; i < paragraphs.length; i++) sizes[getComputedStyle(paragraphs[i]).fontSize] = true;
  var lead = Array.prototype.find.call(document.querySelectorAll('p'), function (p) {
    return /^Còn \\d+ nhiệm vụ quá hạn/.test(p.innerText.trim());
  });
  var table = lead ? lead.nextElementSibling : null;
  var codes = table && table.tagName === 'TABLE'
    ? Array.prototype.map.call(table.querySelectorAll('tbody tr'), function (row) {
        return row.cells[0].innerText.trim();
      })
    : null;
  return {
    bodyFontSize: body.fontSize,
    bodyFontFamily: body.fontFamily,
    paragraphFontSizes: Object.keys(sizes),
    text: document.body.innerText.replace(/\\s+/g, ' '),
    overdueCodes: codes,
    overdueCountText: lead ? lead.innerText.trim() : ''
  };
}`;

/** Font families Chromium actually drew the given elements with, through the DevTools protocol. */
async function renderedFamilies(
  context: BrowserContext,
  page: Page,
  selector: string,
): Promise<Map<string, number>> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const {root} = await cdp.send('DOM.getDocument', {depth: -1});
  const {nodeIds} = await cdp.send('DOM.querySelectorAll', {
    nodeId: root.nodeId,
    selector,
  });
  const glyphs = new Map<string, number>();
  for (const nodeId of nodeIds) {
    const {fonts} = await cdp.send('CSS.getPlatformFontsForNode', {nodeId});
    for (const font of fonts) {
      glyphs.set(
        font.familyName,
        (glyphs.get(font.familyName) ?? 0) + font.glyphCount,
      );
    }
  }
  await cdp.detach();
  return glyphs;
}

async function checkPrintLayout(
  context: BrowserContext,
  page: Page,
  checks: Checks,
): Promise<void> {
  const facts = await evaluate<PrintFacts>(page, PRINT_FACTS);
  const points = (px: string) => Math.round(parseFloat(px) * 0.75 * 10) / 10;
  checks.equal('report: body font size in pt', points(facts.bodyFontSize), 14);
  checks.equal(
    'report: paragraph font sizes in pt',
    facts.paragraphFontSizes.map(points).join(','),
    '14',
  );
  checks.check(
    'report: body font is Times New Roman first',
    facts.bodyFontFamily.startsWith('"Times New Roman"'),
    facts.bodyFontFamily,
  );
  checks.check(
    `report: shows "${CUTOFF_TEXT}"`,
    facts.text.includes(CUTOFF_TEXT),
    'not in the page text',
  );
  for (const code of OVERDUE_CODES) {
    checks.check(
      `report: overdue list has ${code}`,
      facts.overdueCodes?.includes(code) ?? false,
      facts.overdueCodes
        ? `codes: ${facts.overdueCodes.join(', ')}`
        : 'no "Còn N nhiệm vụ quá hạn" paragraph followed by a table',
    );
  }
  const stated = /^Còn (\d+) /.exec(facts.overdueCountText)?.[1];
  checks.equal(
    'report: overdue count matches its table',
    Number(stated),
    facts.overdueCodes?.length,
  );

  const families = await renderedFamilies(
    context,
    page,
    'h1, h2, h3, p, li, td, th',
  );
  const others = [...families.keys()].filter(
    family => !SERIF_FAMILIES.includes(family),
  );
  checks.check(
    'report: text drawn in Times New Roman or Liberation Serif only',
    families.size > 0 && others.length === 0,
    [...families].map(([family, count]) => `${family} ${count}`).join(', '),
  );
}

function checkPdf(checks: Checks, pdfFile: string): void {
  const pages = pdfPages(pdfFile);
  checks.check(
    'report: PDF has pages',
    pages.length > 0,
    'pdftotext found none',
  );
  const notA4 = pages.filter(
    page =>
      Math.abs(page.width - A4.width) > 1 ||
      Math.abs(page.height - A4.height) > 1,
  );
  checks.check(
    'report: every page is A4',
    notA4.length === 0,
    notA4.map(page => `${page.width}x${page.height}pt`).join(', '),
  );

  const written = pages.filter(page => page.words > 0);
  const minX = Math.min(...written.map(page => page.minX));
  const maxX = Math.max(...written.map(page => page.maxX));
  const minY = Math.min(...written.map(page => page.minY));
  const maxY = Math.max(...written.map(page => page.maxY));
  const right = A4.width - MARGIN.right;
  const bottom = A4.height - MARGIN.bottom;
  checks.check(
    'report: text starts at the 30 mm left margin',
    Math.abs(minX - MARGIN.left) <= TOLERANCE,
    `leftmost word at ${(minX / MM).toFixed(1)} mm`,
  );
  checks.check(
    'report: text ends at the 15 mm right margin',
    Math.abs(maxX - right) <= TOLERANCE,
    `rightmost word ends ${((A4.width - maxX) / MM).toFixed(1)} mm from the edge`,
  );
  checks.check(
    'report: no text in the 20 mm top margin',
    minY >= MARGIN.top - TOLERANCE,
    `topmost word at ${(minY / MM).toFixed(1)} mm`,
  );
  checks.check(
    'report: no text in the 20 mm bottom margin',
    maxY <= bottom + TOLERANCE,
    `lowest word ends ${((A4.height - maxY) / MM).toFixed(1)} mm from the edge`,
  );

  const fonts = pdfFonts(pdfFile);
  const foreign = fonts.filter(
    font => !/^(LiberationSerif|TimesNewRoman)/.test(font),
  );
  checks.check(
    'report: PDF embeds only the serif fonts',
    fonts.length > 0 && foreign.length === 0,
    fonts.join(', '),
  );
  const text = pdfText(pdfFile);
  checks.check(
    `report: PDF text has "${CUTOFF_TEXT}"`,
    text.includes(CUTOFF_TEXT),
    'not found by pdftotext',
  );
}

/** Prints the report to report.pdf, checks it, and renders page 1 to report-page1.png. */
export async function checkReport(
  context: BrowserContext,
  checks: Checks,
  reportHtml: string,
  outDir: string,
): Promise<void> {
  const page = await context.newPage();
  const blocked = await blockRequests(page);
  await page.setContent(reportHtml, {waitUntil: 'load'});
  await page.emulateMedia({media: 'print'});
  await checkPrintLayout(context, page, checks);

  const pdfFile = join(outDir, 'report.pdf');
  await page.pdf({
    path: pdfFile,
    format: 'A4',
    preferCSSPageSize: true,
    printBackground: true,
  });
  checks.check(
    'report: no external requests',
    blocked.length === 0,
    blocked.join(', '),
  );
  await page.close();

  checkPdf(checks, pdfFile);
  renderFirstPage(pdfFile, join(outDir, 'report-page1.png'));
}
