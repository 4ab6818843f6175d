// Real-browser checks: the reminder and summary emails, the quarterly report's PDF and the
// dashboard sidebar, produced by the real bundle in the emulator and shown in headless
// Chromium. Run through tools/real-engine/browser.sh, which installs Chromium first.
// Usage: browser.ts [--date YYYY-MM-DDTHH:mm] [--out DIR]
import {mkdirSync} from 'node:fs';
import {resolve} from 'node:path';
import {ArgsError, parseWallTime} from '../run/args';
import {checkEmails} from './browser-emails';
import {CHROMIUM_PATH, hasChromium, launchChromium} from './browser-launch';
import {checkReport} from './browser-report';
import {Checks} from './browser-results';
import {buildScene} from './browser-scene';
import {checkSidebar} from './browser-sidebar';

const USAGE = `Usage: browser.sh [--date YYYY-MM-DDTHH:mm] [--out DIR]

  --date  the moment the week is run up to, in Asia/Ho_Chi_Minh (default: 2026-06-12T15:00)
  --out   folder for the screenshots and the PDF (default: out/real-engine)`;

interface Options {
  date: number;
  out: string;
}

function parseOptions(argv: string[]): Options {
  const options = {
    date: parseWallTime('2026-06-12T15:00', '--date'),
    out: 'out/real-engine',
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--help' || flag === '-h') throw new ArgsError('');
    if (flag !== '--date' && flag !== '--out')
      throw new ArgsError(`Unknown option "${flag}".`);
    if (value === undefined || value.startsWith('--'))
      throw new ArgsError(`${flag} needs a value.`);
    if (flag === '--date') options.date = parseWallTime(value, flag);
    else options.out = value;
    i++;
  }
  return options;
}

async function main(options: Options): Promise<number> {
  if (!hasChromium()) {
    console.error(
      `${CHROMIUM_PATH} not found: run tools/real-engine/install-chromium.sh first.`,
    );
    return 1;
  }
  const buildDir = resolve('build');
  mkdirSync(options.out, {recursive: true});
  const scene = buildScene(options.date, buildDir);
  console.log(`Report HTML: ${scene.reportSource}`);
  const checks = new Checks();
  const browser = await launchChromium();
  try {
    await checks.group('emails', () =>
      checkEmails(browser.context, checks, scene, options.out),
    );
    await checks.group('report', () =>
      checkReport(browser.context, checks, scene.reportHtml, options.out),
    );
    await checks.group('sidebar', () =>
      checkSidebar(browser.context, checks, scene.emu, buildDir, options.out),
    );
  } finally {
    await browser.close();
  }
  console.log(
    `Wrote ${options.out}/: reminder.png, summary.png, report.pdf, report-page1.png, sidebar.png`,
  );
  console.log(`browser: ${checks.passed} passed, ${checks.failed} failed`);
  return checks.failed === 0 ? 0 : 1;
}

let options: Options;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof ArgsError)) throw error;
  if (error.message) console.error(error.message);
  console.error(USAGE);
  process.exit(error.message ? 2 : 0);
}
main(options).then(
  code => process.exit(code),
  error => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
