// npm run bench: service calls, emulated Apps Script time, compute and memory of the add-on's
// operations from one commune (34 tasks) to a whole country (100,000 tasks), against a naive
// baseline. Writes bench.json and BENCHMARKS.md. `--sizes 34,1000` limits the sizes.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {cpus, tmpdir, totalmem} from 'node:os';
import {join, resolve} from 'node:path';
import {runBaseline} from './baseline-run';
import type {ExecutionMeasurement} from './measure';
import {OPERATIONS, runWeek} from './operations';
import {
  BenchRow,
  FailedSize,
  SizeResult,
  writeBenchJson,
  writeBenchmarksMd,
} from './report';

const DEFAULT_SIZES = [34, 1000, 10_000, 100_000];
/** Heap limit of each size's process, in MB: 100,000 tasks need more than Node's default. */
const HEAP_LIMIT_MB = 16_384;

/** Wall-time limit of one size's process, in minutes; a size past it is reported unfinished. */
const DEFAULT_TIMEOUT_MINUTES = 30;

const USAGE = `Usage: npm run bench -- [--sizes 34,1000,10000,100000] [--out DIR] [--timeout MINUTES] [--results DIR]
  --sizes    task counts to run, comma-separated (default ${DEFAULT_SIZES.join(',')})
  --out      folder for bench.json and BENCHMARKS.md (default: the current folder)
  --timeout  wall-time limit of each size, in minutes (default ${DEFAULT_TIMEOUT_MINUTES})
  --results  write the report from the size-N.json files a previous run left in DIR
             (its folder is printed at the start) instead of running the sizes`;

interface Args {
  sizes: number[];
  out: string;
  timeoutMinutes: number;
  results: string | null;
  /** Internal: run one size in this process and write its result to `result`. */
  child: {size: number; result: string} | null;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    sizes: DEFAULT_SIZES,
    out: '.',
    timeoutMinutes: DEFAULT_TIMEOUT_MINUTES,
    results: null,
    child: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    switch (argv[i]) {
      case '--sizes':
        args.sizes = (value ?? '').split(',').map(Number);
        if (args.sizes.some(size => !Number.isInteger(size) || size < 1))
          throw new Error(`Invalid --sizes "${value}": expected e.g. 34,1000.`);
        i++;
        break;
      case '--out':
        args.out = value;
        i++;
        break;
      case '--timeout':
        args.timeoutMinutes = Number(value);
        if (!(args.timeoutMinutes > 0))
          throw new Error(
            `Invalid --timeout "${value}": expected minutes, e.g. 30.`,
          );
        i++;
        break;
      case '--results':
        args.results = value;
        i++;
        break;
      case '--child':
        args.child = {size: Number(value), result: argv[i + 2]};
        i += 2;
        break;
      default:
        throw new Error(`Unknown argument "${argv[i]}".\n${USAGE}`);
    }
  }
  return args;
}

/** Stands for an operation whose trigger never fired, e.g. because setup failed. */
function notRun(functionName: string): ExecutionMeasurement {
  return {
    functionName,
    calls: {},
    totalCalls: 0,
    emulatedSeconds: 0,
    modelSeconds: 0,
    computeMs: 0,
    peakMB: 0,
    ok: false,
    error: `${functionName} did not run`,
  };
}

/** Runs one size: the add-on's week, then the baseline, and checks the email counts. */
function runSize(size: number): SizeResult {
  const started = performance.now();
  const week = runWeek(size, undefined, step =>
    console.log(
      `  ${size}: ${step} after ${((performance.now() - started) / 1000).toFixed(0)} s`,
    ),
  );
  const baseline = runBaseline(week);
  const {shape} = week.synthetic;
  const measurements = week.recorder.measurements;

  const rows: BenchRow[] = OPERATIONS.map(({operation, functionName}) => {
    const index = week.executionOf[operation];
    const m = measurements[index ?? -1] ?? notRun(functionName);
    const b = baseline[operation];
    return {
      size,
      operation,
      calls: m.totalCalls,
      emulatedSeconds: m.emulatedSeconds,
      computeMs: m.computeMs,
      peakMB: m.peakMB,
      baselineCalls: b.totalCalls,
      baselineSeconds: b.seconds,
      tasks: shape.tasks,
      units: shape.units,
      indicators: shape.indicators,
      ok: m.ok,
      ...(m.error ? {error: m.error} : {}),
      callsByMethod: m.calls,
      baselineCallsByMethod: b.calls,
    };
  });

  // One reminder per unit that reports weekly and one summary, never one per task.
  const {reminder, summary} = week.mail;
  const emails = {
    expected: shape.reportingUnits + 1,
    planned:
      reminder.sent +
      reminder.deferred +
      reminder.failed +
      summary.sent +
      summary.deferred +
      summary.failed,
  };

  const used = new Set([week.firstSetup, ...Object.values(week.executionOf)]);
  const first = measurements[week.firstSetup];
  return {
    size,
    tasks: shape.tasks,
    units: shape.units,
    indicators: shape.indicators,
    reportingUnits: shape.reportingUnits,
    rows,
    firstSetup: {
      calls: first.totalCalls,
      emulatedSeconds: first.emulatedSeconds,
    },
    otherExecutions: measurements
      .filter((m, i) => !used.has(i) && m.functionName !== 'onOpen')
      .map(m => ({
        functionName: m.functionName,
        calls: m.totalCalls,
        emulatedSeconds: m.emulatedSeconds,
        ok: m.ok,
      })),
    mail: week.mail,
    emails,
    gridCells: week.gridCells,
    postponedResumes: week.postponedResumes,
    wallSeconds: (performance.now() - started) / 1000,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  };
}

/** Runs each size in a fresh process, so memory and garbage do not carry over. */
function runInChild(
  size: number,
  folder: string,
  timeoutMinutes: number,
): SizeResult | FailedSize {
  const result = join(folder, `size-${size}.json`);
  console.log(`Running ${size.toLocaleString('en-US')} tasks…`);
  const child = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      `--max-old-space-size=${HEAP_LIMIT_MB}`,
      '--enable-source-maps',
      process.argv[1],
      '--child',
      String(size),
      result,
    ],
    {stdio: 'inherit', timeout: timeoutMinutes * 60 * 1000},
  );
  if (child.status === 0) return readResult(size, result);
  const error =
    child.error && (child.error as NodeJS.ErrnoException).code === 'ETIMEDOUT'
      ? `the run did not finish within ${timeoutMinutes} minutes`
      : `the run failed (exit ${child.status ?? child.signal})`;
  console.error(`${size} tasks: ${error}.`);
  return {size, error};
}

function readResult(size: number, file: string): SizeResult | FailedSize {
  if (!existsSync(file))
    return {size, error: `${file} is missing, so the run did not finish`};
  return JSON.parse(readFileSync(file, 'utf8')) as SizeResult;
}

/** Returns the short commit id of the checked-out code, or 'unknown' outside a git checkout. */
function commitId(): string {
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
    encoding: 'utf8',
  });
  return git.status === 0 ? git.stdout.trim() : 'unknown';
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (args.child) {
    const result = runSize(args.child.size);
    writeFileSync(args.child.result, JSON.stringify(result), 'utf8');
    return;
  }
  const folder = args.results ?? mkdtempSync(join(tmpdir(), 'nq57-bench-'));
  console.log(`Results of each size go to ${folder}.`);
  const sizes = args.sizes.slice().sort((a, b) => a - b);
  const results = sizes.map(size =>
    args.results
      ? readResult(size, join(folder, `size-${size}.json`))
      : runInChild(size, folder, args.timeoutMinutes),
  );
  const out = resolve(args.out);
  for (const result of results) {
    if ('error' in result) {
      process.exitCode = 1;
      continue;
    }
    if (result.emails.planned !== result.emails.expected) {
      console.error(
        `At ${result.size} tasks the Friday jobs planned ${result.emails.planned} emails ` +
          `for ${result.emails.expected} recipient groups (units that report, and the summary).`,
      );
      process.exitCode = 1;
    }
  }
  writeBenchJson(join(out, 'bench.json'), results);
  writeBenchmarksMd(join(out, 'BENCHMARKS.md'), results, {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGB: totalmem() / 1024 ** 3,
    node: process.version,
    date: new Date().toISOString().slice(0, 10),
    command: `npm run bench -- --sizes ${args.sizes.join(',')}`,
    commit: commitId(),
  });
  console.log(
    `Wrote ${join(out, 'bench.json')} and ${join(out, 'BENCHMARKS.md')}.`,
  );
}

main();
