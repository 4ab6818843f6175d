// Starts the Debian Chromium through playwright-core. playwright-core is loaded with a dynamic
// import so that tools which only sometimes print (the local runner) work without Chromium.
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {BrowserContext, Page} from 'playwright-core';

/** Path of the browser that Debian's `chromium` package installs; npm never downloads one. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for a headless run as root in CI, with every background connection turned off. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function hasChromium(): boolean {
  return existsSync(CHROMIUM_PATH);
}

export interface Browser {
  context: BrowserContext;
  /** Closes Chromium and deletes its temporary profile. */
  close(): Promise<void>;
}

/** Launches headless Chromium with a fresh profile in a temporary folder. */
export async function launchChromium(): Promise<Browser> {
  const {chromium} = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'nq57-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, {recursive: true, force: true});
    },
  };
}

/**
 * Aborts every request a page makes except data: URLs, and returns the list of the aborted
 * URLs, which grows while the page lives. Pages load their HTML with setContent, so a
 * well-behaved page makes no request at all.
 */
export async function blockRequests(page: Page): Promise<string[]> {
  const blocked: string[] = [];
  await page.route('**/*', route => {
    const url = route.request().url();
    if (url.startsWith('data:')) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  return blocked;
}
