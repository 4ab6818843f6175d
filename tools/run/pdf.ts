// Optional Chromium output of the local runner: the report's PDF and email screenshots. Each
// function does nothing and returns false when Debian's Chromium is not installed.
// The HTML is loaded with setContent and every request is aborted, so the output shows only
// what the file contains and nothing is fetched from the network.
import {readFileSync} from 'node:fs';
import type {Page} from 'playwright-core';
import {
  blockRequests,
  hasChromium,
  launchChromium,
} from '../real-engine/browser-launch';

async function openHtml(page: Page, htmlFile: string): Promise<void> {
  await blockRequests(page);
  await page.setContent(readFileSync(htmlFile, 'utf8'), {waitUntil: 'load'});
}

/** Prints an HTML file to PDF on the paper size of its CSS @page rule, or on A4 without one. */
export async function writePdfIfChromium(
  htmlFile: string,
  pdfFile: string,
): Promise<boolean> {
  if (!hasChromium()) return false;
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await openHtml(page, htmlFile);
    await page.pdf({
      path: pdfFile,
      format: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
    });
    return true;
  } finally {
    await browser.close();
  }
}

/** Saves a full-page PNG of an HTML file as it shows in a window `width` CSS pixels wide. */
export async function screenshotIfChromium(
  htmlFile: string,
  pngFile: string,
  width: number,
): Promise<boolean> {
  if (!hasChromium()) return false;
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({width, height: 800});
    await openHtml(page, htmlFile);
    await page.screenshot({path: pngFile, fullPage: true});
    return true;
  } finally {
    await browser.close();
  }
}
