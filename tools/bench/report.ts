// Writes bench.json and the BENCHMARKS.md page from the results of every size.
import {writeFileSync} from 'node:fs';
import {CALL_MS, CELL_MS, SEND_EMAIL_MS} from './latency';

export interface BenchRow {
  size: number;
  operation: string;
  /** Service calls of the add-on's execution; callsByMethod splits them by "Class.method". */
  calls: number;
  emulatedSeconds: number;
  computeMs: number;
  peakMB: number;
  baselineCalls: number;
  baselineSeconds: number;
  tasks: number;
  units: number;
  indicators: number;
  ok: boolean;
  error?: string;
  callsByMethod: Record<string, number>;
  baselineCallsByMethod: Record<string, number>;
}

export interface SizeResult {
  size: number;
  tasks: number;
  units: number;
  indicators: number;
  reportingUnits: number;
  rows: BenchRow[];
  /** The first setup, which seeds the built-in plan before the synthetic rows are pasted. */
  firstSetup: {calls: number; emulatedSeconds: number};
  /** Other executions of the week (the daily refreshes after the first, resumes). */
  otherExecutions: Array<{
    functionName: string;
    calls: number;
    emulatedSeconds: number;
    ok: boolean;
  }>;
  mail: {
    reminder: {sent: number; deferred: number; failed: number};
    summary: {sent: number; deferred: number; failed: number};
  };
  /** Recipient groups (units that report weekly, plus the summary) and emails planned. */
  emails: {expected: number; planned: number};
  gridCells: number;
  /** Runs of the resume trigger moved past the week so they do not repeat. */
  postponedResumes: number;
  wallSeconds: number;
  maxRssMB: number;
}

/** A size whose process failed or passed its time limit. */
export interface FailedSize {
  size: number;
  error: string;
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGB: number;
  node: string;
  date: string;
  command: string;
  commit: string;
}

const LIMIT_SECONDS = 360;
const CELL_LIMIT = 10_000_000;

function finished(results: Array<SizeResult | FailedSize>): SizeResult[] {
  return results.filter((r): r is SizeResult => !('error' in r));
}

export function writeBenchJson(
  file: string,
  all: Array<SizeResult | FailedSize>,
): void {
  const rows = finished(all).flatMap(result => result.rows);
  writeFileSync(file, JSON.stringify(rows, null, 2) + '\n', 'utf8');
}

/** Ends an error message with exactly one full stop. */
function sentence(text = ''): string {
  return text.replace(/[.\s]+$/, '') + '.';
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function mailText(count: {sent: number; deferred: number; failed: number}) {
  return `${count.sent} sent, ${count.deferred} deferred, ${count.failed} failed`;
}

function fixed(value: number, digits: number): string {
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

function ratio(baseline: number, addOn: number): string {
  if (addOn <= 0) return '–';
  const value = baseline / addOn;
  return `${fixed(value, value < 10 ? 1 : 0)}×`;
}

function sizeTable(result: SizeResult): string[] {
  const lines = [
    `### ${result.size.toLocaleString('en-US')} tasks ` +
      `(${result.tasks.toLocaleString('en-US')} task rows, ` +
      `${result.units.toLocaleString('en-US')} units, ` +
      `${result.indicators.toLocaleString('en-US')} indicators)`,
    '',
    '| Operation | Calls | Emulated s | Compute ms | Peak MB | Baseline calls | Baseline s | Calls ratio | Time ratio |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const row of result.rows) {
    const failed = row.ok ? '' : ` (failed: ${sentence(row.error)})`;
    const over = row.emulatedSeconds > LIMIT_SECONDS ? ' over 6 min' : '';
    const baselineOver =
      row.baselineSeconds > LIMIT_SECONDS ? ' over 6 min' : '';
    lines.push(
      `| ${row.operation}${failed} | ${row.calls.toLocaleString('en-US')} | ` +
        `${fixed(row.emulatedSeconds, 1)}${over} | ${fixed(row.computeMs, 0)} | ` +
        `${fixed(row.peakMB, 1)} | ${row.baselineCalls.toLocaleString('en-US')} | ` +
        `${fixed(row.baselineSeconds, 1)}${baselineOver} | ` +
        `${ratio(row.baselineCalls, row.calls)} | ` +
        `${ratio(row.baselineSeconds, row.emulatedSeconds)} |`,
    );
  }
  const {reminder, summary} = result.mail;
  const check =
    result.emails.planned === result.emails.expected
      ? `Emails planned equal the ${result.emails.expected} recipient groups.`
      : `Emails planned (${result.emails.planned}) differ from the ${result.emails.expected} recipient groups.`;
  lines.push(
    '',
    `${check} Reminder emails: ${mailText(reminder)} ` +
      `(${result.reportingUnits} units report weekly). Summary emails: ${mailText(summary)}. ` +
      `Grid cells after the week: ${result.gridCells.toLocaleString('en-US')}. ` +
      `Wall time of the size: ${fixed(result.wallSeconds, 0)} s; process peak RSS ` +
      `${fixed(result.maxRssMB, 0)} MB.`,
  );
  if (result.postponedResumes > 0)
    lines.push(
      '',
      `The Friday jobs scheduled ${plural(result.postponedResumes, 'resume run')} ` +
        'that the bench moved past the week.',
    );
  if (result.otherExecutions.length > 0) {
    const other = result.otherExecutions
      .map(
        e =>
          `${e.functionName} (${e.calls} calls, ${fixed(e.emulatedSeconds, 1)} s${e.ok ? '' : ', failed'})`,
      )
      .join('; ');
    lines.push('', `Other executions during the week: ${other}.`);
  }
  return lines;
}

/** Lists the "Class.method" keys whose count differs between the smallest and largest size. */
function growth(results: SizeResult[]): string[] {
  if (results.length < 2)
    return ['Run two sizes or more to compare call counts.'];
  const small = results[0];
  const large = results[results.length - 1];
  const lines: string[] = [];
  for (const row of large.rows) {
    const before = small.rows.find(r => r.operation === row.operation);
    if (!before) continue;
    if (!row.ok || !before.ok) {
      lines.push(
        `- ${row.operation}: ${before.calls} → ${row.calls} calls, not comparable because a run failed.`,
      );
      continue;
    }
    const keys = new Set([
      ...Object.keys(row.callsByMethod),
      ...Object.keys(before.callsByMethod),
    ]);
    const changed = [...keys]
      .filter(k => row.callsByMethod[k] !== before.callsByMethod[k])
      .map(
        k =>
          `${k} ${before.callsByMethod[k] ?? 0} → ${row.callsByMethod[k] ?? 0}`,
      );
    lines.push(
      changed.length === 0
        ? `- ${row.operation}: ${row.calls} calls at both sizes.`
        : `- ${row.operation}: ${before.calls} → ${row.calls} calls (${changed.join(', ')}).`,
    );
  }
  return lines;
}

/** Extrapolates the grid cells per added task between the two largest sizes. */
function cellLimit(results: SizeResult[]): string {
  const largest = results[results.length - 1];
  const at = `At ${largest.tasks.toLocaleString('en-US')} tasks the grids of all tabs hold ${largest.gridCells.toLocaleString('en-US')} cells.`;
  if (results.length < 2) return `${at} Run two sizes or more to extrapolate.`;
  const before = results[results.length - 2];
  const perTask =
    (largest.gridCells - before.gridCells) / (largest.tasks - before.tasks);
  if (perTask < 1)
    return `${at} The grids did not grow between the two largest sizes (new tabs start with 1,000 rows), so there is nothing to extrapolate.`;
  const atLimit = largest.tasks + (CELL_LIMIT - largest.gridCells) / perTask;
  return (
    `${at} Between the two largest sizes each added task (with its share of units, ` +
    `indicators and weekly reports) adds ${fixed(perTask, 1)} cells, so the 10,000,000-cell ` +
    `limit of one spreadsheet is reached near ${fixed(atLimit, 0)} tasks` +
    (largest.gridCells >= CELL_LIMIT ? ' (already passed).' : '.')
  );
}

/** Compares compute growth with task growth between the two largest sizes, per operation. */
function computeGrowth(results: SizeResult[]): string[] {
  if (results.length < 2) return ['Run two sizes or more to compare.'];
  const large = results[results.length - 1];
  const small = results[results.length - 2];
  const taskRatio = large.tasks / small.tasks;
  const lines = [
    `From ${small.tasks.toLocaleString('en-US')} to ${large.tasks.toLocaleString('en-US')} task rows (${fixed(taskRatio, 1)}×):`,
    '',
  ];
  for (const row of large.rows) {
    const before = small.rows.find(r => r.operation === row.operation);
    if (!before || before.computeMs <= 0) continue;
    const growth = row.computeMs / before.computeMs;
    const stopped =
      row.ok && before.ok ? '' : ' (a run failed, so not comparable)';
    lines.push(
      `- ${row.operation}: compute ${fixed(growth, 1)}× (${fixed(growth / taskRatio, 2)} of linear)${stopped}.`,
    );
  }
  return lines;
}

/** Names the first limit the sizes reach: a failed or over-long run, or 10 million cells. */
function firstLimit(results: SizeResult[]): string {
  for (const result of results) {
    const stopped = result.rows.filter(
      row => !row.ok || row.emulatedSeconds > LIMIT_SECONDS,
    );
    if (result.gridCells >= CELL_LIMIT || stopped.length > 0) {
      const what = [
        ...stopped.map(
          row => `${row.operation} (${row.error ?? 'over 6 minutes'})`,
        ),
        ...(result.gridCells >= CELL_LIMIT ? ['10 million cells'] : []),
      ];
      return `The first limit is reached at ${result.tasks.toLocaleString('en-US')} tasks: ${what.join('; ')}.`;
    }
  }
  return 'No limit is reached at the sizes run.';
}

export function writeBenchmarksMd(
  file: string,
  all: Array<SizeResult | FailedSize>,
  machine: Machine,
): void {
  const results = finished(all);
  const unfinished = all
    .filter((r): r is FailedSize => 'error' in r)
    .map(
      r =>
        `### ${r.size.toLocaleString('en-US')} tasks\n\nNo result: ${r.error}.`,
    );
  const lines = [
    '# Benchmarks',
    '',
    'Service calls, emulated Apps Script time, local compute time and memory of the add-on',
    'against a naive reminder script, on plans shaped like the built-in one. Generated by',
    '`npm run bench`; do not edit by hand.',
    '',
    `- Command: \`${machine.command}\` on commit ${machine.commit}`,
    `- Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${fixed(machine.memoryGB, 0)} GB memory, Node ${machine.node}; run on ${machine.date}. The machine was shared with other jobs, so compute times are noisy.`,
    '',
    '## What runs',
    '',
    'Each size runs in its own Node process with `--expose-gc`. The emulator loads the real',
    'bundle `build/Code.js` and plays one week from Monday 08/06/2026 07:00 (Asia/Ho_Chi_Minh):',
    'setup of the built-in plan, then the synthetic rows pasted into the tabs without counting',
    '(as staff would paste them), then **setup again**, which is the measured `setup`: the',
    'upgrade of an N-task sheet (it reads every tab, extends formulas, formats and installs the',
    'triggers). Then one staff edit through the installable edit trigger, the daily refresh on',
    'Tuesday, the Friday reminder and summary fired by their time triggers, and the quarterly',
    'report from the menu on Friday 15:30. Size 34 is the built-in plan (34 tasks of Phụ lục III',
    'plus 3 from the narrative = 37 rows); larger sizes add copies of its tasks and indicators',
    'led in turn by synthetic units (3 units per 100 tasks) and one weekly report from every',
    'other synthetic unit. Each synthetic task is led by the next synthetic unit, so the lead',
    'changes on every row: the worst case for anything that works per block of rows.',
    'The account is a consumer one (100 email recipients a day). The daily refresh runs on',
    'Tuesday only: the bench moves its Wednesday–Friday runs, and the resume runs the Friday',
    'jobs schedule for deferred emails, past the week, because they repeat measured work.',
    '',
    '- **Calls**: every service call the execution made, counted by the emulator by',
    '  `Class.method` (bench.json has them per method).',
    "- **Emulated s**: the execution's length on the emulated clock, which the latency model",
    '  below advances on every call; the add-on sees this time (its 4.5-minute send budget) and',
    '  the emulator stops a run at 6 minutes.',
    '- **Compute ms**: wall time in Node, including the emulator and its formula engine, which',
    "  Google runs on its servers: an upper bound of the add-on's own JavaScript.",
    '- **Peak MB**: V8 heap in use, sampled at every service call and at the end, minus the heap',
    '  after a forced garbage collection just before the execution.',
    '- **Baseline**: `tools/bench/baseline.ts`, the same jobs as a typical hand-written script:',
    '  `getRange(r, c).getValue()` per cell read, `setValue` per cell written, `sendEmail` per',
    '  open task. Its calls go through the same emulator counter; its time is the same model',
    '  applied to its calls, without the 6-minute stop, so it shows how long it would need.',
    '  Its reads hit the emulated tabs; its writes and emails go to stand-ins that count the',
    "  calls and store nothing, because millions of single-cell writes into the emulator's",
    '  formula engine would take hours and an email per task passes the daily quota.',
    '',
    '## Latency model',
    '',
    "Google's Apps Script best-practices page",
    '(https://developers.google.com/apps-script/guides/support/best-practices) colours a',
    '100 × 100 grid one cell at a time in about 70 s and with one batched call in about 1 s.',
    'Read as a fixed cost per call plus a cost per cell carried, 10,000 × (base + cell) = 70 s and',
    `base + 10,000 × cell = 1 s give base ≈ ${CALL_MS} ms and cell ≈ ${CELL_MS} ms. So every call costs`,
    `${CALL_MS} ms, and calls that carry one value per cell (getValues, setValues, setFormulas,`,
    `setNumberFormats, setBackgrounds…, and getValue/setValue as one cell) add ${CELL_MS} ms per cell.`,
    `MailApp.sendEmail costs ${SEND_EMAIL_MS} ms: Google publishes no figure, and a third-party add-on`,
    'vendor reports about 1.2 s for a 100 KB email, larger than these emails, so it is an upper',
    'bound. The model compares call patterns; it is an estimate, not a prediction of Google.',
    '',
    '## Results',
    '',
  ];
  for (const result of results) lines.push(...sizeTable(result), '');
  for (const text of unfinished) lines.push(text, '');
  if (results.length === 0) {
    writeFileSync(file, lines.join('\n'), 'utf8');
    return;
  }
  lines.push(
    `The first setup (built-in plan on an empty spreadsheet) costs ${results[0].firstSetup.calls} calls and ` +
      `${fixed(results[0].firstSetup.emulatedSeconds, 1)} emulated s at every size.`,
    '',
    '## Targets',
    '',
    firstLimit(results),
    '',
    '### Calls per operation between the smallest and largest size',
    '',
    ...growth(results),
    '',
    '### Six-minute limit and failed runs',
    '',
    ...limitLines(results),
    '',
    '### 10 million cells',
    '',
    cellLimit(results),
    '',
    '### Compute growth',
    '',
    ...computeGrowth(results),
    '',
  );
  writeFileSync(file, lines.join('\n'), 'utf8');
}

/** Lists the runs over six minutes or failed, or names the slowest run when there are none. */
function limitLines(results: SizeResult[]): string[] {
  const rows = results.flatMap(result => result.rows);
  const over = rows
    .filter(row => row.emulatedSeconds > LIMIT_SECONDS || !row.ok)
    .map(
      row =>
        `- ${row.operation} at ${row.size.toLocaleString('en-US')} tasks: ` +
        `${fixed(row.emulatedSeconds, 1)} s${row.ok ? '' : `, failed: ${sentence(row.error)}`}`,
    );
  if (over.length > 0 || rows.length === 0) return over;
  const slowest = rows.reduce((a, b) =>
    b.emulatedSeconds > a.emulatedSeconds ? b : a,
  );
  return [
    `Every run succeeded within ${LIMIT_SECONDS} s. The slowest is ${slowest.operation} at ` +
      `${slowest.size.toLocaleString('en-US')} tasks: ${fixed(slowest.emulatedSeconds, 1)} s.`,
  ];
}
