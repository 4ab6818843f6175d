// Measures every execution of the bundle in the emulator: service calls by "Class.method",
// emulated seconds, local compute time and heap high-water.
//
// Compute time is wall time in Node around the execution. It includes the emulator's own work
// (its formula engine recalculating after writes), which Google does on its servers, so it is
// an upper bound of the add-on's JavaScript time. Peak memory is the V8 heap in use, sampled at
// every service call and at the end, minus the heap in use after a forced garbage collection
// just before the execution: what the execution allocated at its high point.
import {getHeapStatistics} from 'node:v8';
import type {CallCounter} from '../emulator/context';
import type {LogEntry} from '../emulator/index';
import {ExecutionRunner, type ExecutionRecord} from '../emulator/executions';
import type {LatencyMeter} from './latency';

export interface ExecutionMeasurement {
  functionName: string;
  calls: Record<string, number>;
  totalCalls: number;
  /** Emulated time between the execution's start and end, as the add-on saw it. */
  emulatedSeconds: number;
  /** Modelled cost of the execution's calls alone (no Utilities.sleep). */
  modelSeconds: number;
  computeMs: number;
  peakMB: number;
  ok: boolean;
  error?: string;
}

const MB = 1024 * 1024;

function heapUsed(): number {
  return getHeapStatistics().used_heap_size;
}

function collectGarbage(): void {
  const gc = (globalThis as {gc?: () => void}).gc;
  if (gc) gc();
}

/** Returns `after - before` per key, leaving out keys that did not change. */
export function callDelta(
  before: Record<string, number>,
  after: Record<string, number>,
): Record<string, number> {
  const delta: Record<string, number> = {};
  for (const [key, count] of Object.entries(after)) {
    const added = count - (before[key] ?? 0);
    if (added > 0) delta[key] = added;
  }
  return delta;
}

export function sumCalls(calls: Record<string, number>): number {
  return Object.values(calls).reduce((sum, count) => sum + count, 0);
}

export class ExecutionRecorder {
  readonly measurements: ExecutionMeasurement[] = [];
  private peak = 0;

  /**
   * `log` is the emulator's execution log. A menu item that catches its error shows an alert
   * and ends normally, so an error logged during the execution also marks it failed.
   */
  constructor(
    private readonly counter: CallCounter,
    private readonly meter: LatencyMeter,
    private readonly log: LogEntry[] = [],
  ) {
    meter.onCall = () => this.sample();
  }

  sample(): void {
    const used = heapUsed();
    if (used > this.peak) this.peak = used;
  }

  /** Runs one execution and records what it cost. */
  measure<T extends {record: ExecutionRecord}>(
    functionName: string,
    run: () => T,
  ): T {
    collectGarbage();
    const before = this.counter.byMethod();
    const modelBefore = this.meter.totalMs;
    const logBefore = this.log.length;
    const heapBefore = heapUsed();
    this.peak = heapBefore;
    const started = performance.now();
    const result = run();
    const computeMs = performance.now() - started;
    this.sample();
    const calls = callDelta(before, this.counter.byMethod());
    const {record} = result;
    const logged = this.log
      .slice(logBefore)
      .find(entry => entry.level === 'error');
    const error = record.error ?? logged?.message;
    this.measurements.push({
      functionName,
      calls,
      totalCalls: sumCalls(calls),
      emulatedSeconds: (record.end.getTime() - record.start.getTime()) / 1000,
      modelSeconds: (this.meter.totalMs - modelBefore) / 1000,
      computeMs,
      peakMB: Math.max(0, this.peak - heapBefore) / MB,
      ok: error === undefined,
      error,
    });
    return result;
  }
}

type Execute = ExecutionRunner['execute'];
type RunnerInternals = {beforeRun(): void};

let activeRecorder: ExecutionRecorder | null = null;
let wrapped = false;

/**
 * Routes every execution of the emulator through `recorder`. The formula recalculation that
 * the emulator does when its clock has moved runs before the measurement starts, because it
 * stands for Google's servers, not for the add-on.
 * NOTE: this wraps ExecutionRunner.prototype.execute in this process only.
 */
export function recordExecutions(recorder: ExecutionRecorder): void {
  activeRecorder = recorder;
  if (wrapped) return;
  wrapped = true;
  const prototype = ExecutionRunner.prototype;
  const original: Execute = prototype.execute;
  prototype.execute = function (
    this: ExecutionRunner,
    spec: Parameters<Execute>[0],
  ) {
    const recorder = activeRecorder;
    if (!recorder) return original.call(this, spec);
    (this as unknown as RunnerInternals).beforeRun();
    return recorder.measure(spec.functionName, () => original.call(this, spec));
  };
}
