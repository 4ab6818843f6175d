// The per-call latency model behind the benchmark's emulated Apps Script time.
//
// Source: Google's Apps Script best-practices page
// (https://developers.google.com/apps-script/guides/support/best-practices) colours a
// 100 x 100 grid one cell at a time in about 70 s and with one batched call in about 1 s.
// Read as "a fixed cost per call plus a cost per cell carried": 10,000 x (base + cell) = 70 s
// and base + 10,000 x cell = 1 s, so base is about 6.9 ms and a cell about 0.1 ms.
// The figures are estimates for comparing call patterns, not a prediction of Google's servers.
import {RangeBase} from '../emulator/spreadsheet/range-base';

/** Fixed cost of one service call, in ms. */
export const CALL_MS = 6.9;

/** Cost of one cell carried by a call that reads or writes a 2-D array, in ms. */
export const CELL_MS = 0.1;

/**
 * Cost of one MailApp.sendEmail, in ms. Google publishes no figure. A third-party add-on vendor
 * reports about 1.2 s for a 100 KB email, and the add-on's emails are far smaller, so this is an
 * upper-bound estimate.
 */
export const SEND_EMAIL_MS = 1200;

/** Range methods that carry one value per cell: getValues, setFormulas, setBackgrounds… */
const PER_CELL_METHOD = /^(get|set)[A-Z]\w*s$/;
const NOT_PER_CELL = new Set(['getMergedRanges']);

/** Range methods that carry the value of exactly one cell. */
const SINGLE_CELL = new Set([
  'getValue',
  'setValue',
  'getDisplayValue',
  'getFormula',
  'setFormula',
]);

/** Returns the modelled cost of one call, in ms; `cells` is the size of its range (0 if none). */
export function callCost(key: string, cells: number): number {
  if (key === 'MailApp.sendEmail') return SEND_EMAIL_MS;
  return CALL_MS + cells * CELL_MS;
}

/** Returns whether a "Class.method" key carries exactly one cell's value. */
export function isSingleCell(key: string): boolean {
  const [className, method] = key.split('.');
  return className === 'Range' && SINGLE_CELL.has(method);
}

/**
 * Returns the modelled cost of calls given as counts by key, in ms. It charges no multi-cell
 * transfers, so it applies only to call patterns without them, such as the baseline's.
 */
export function costOfCalls(calls: Record<string, number>): number {
  let total = 0;
  for (const [key, count] of Object.entries(calls)) {
    if (isPerCell(key))
      throw new Error(`${key} carries many cells; meter it with LatencyMeter.`);
    total += count * callCost(key, isSingleCell(key) ? 1 : 0);
  }
  return total;
}

/** Returns whether a "Class.method" key is charged per cell of its range. */
export function isPerCell(key: string): boolean {
  const [className, method] = key.split('.');
  return (
    className === 'Range' &&
    PER_CELL_METHOD.test(method) &&
    !NOT_PER_CELL.has(method)
  );
}

/**
 * Accumulates the modelled cost of every counted call. The emulator's latency hook receives
 * only the "Class.method" key, so `installCellTracking` passes the meter the range size of the
 * Range call being counted.
 */
export class LatencyMeter {
  private pendingCells = 0;
  totalMs = 0;
  cells = 0;
  /** Called after each call is recorded, e.g. to sample memory. */
  onCall: () => void = () => {};

  /** The emulator's `latencyMs` hook: records the call and returns its cost. */
  readonly hook = (key: string): number => {
    const cells = isPerCell(key)
      ? this.pendingCells
      : isSingleCell(key)
        ? 1
        : 0;
    const cost = callCost(key, cells);
    this.totalMs += cost;
    this.cells += cells;
    this.onCall();
    return cost;
  };

  /** Runs `count` with the size of the range whose call it counts. */
  withCells<T>(cells: number, count: () => T): T {
    this.pendingCells = cells;
    try {
      return count();
    } finally {
      this.pendingCells = 0;
    }
  }
}

type Counting = {
  count(method: string): void;
  emuRect: {numRows: number; numCols: number};
};

let active: LatencyMeter | null = null;
let installed = false;

/**
 * Wraps the emulator's Range call counting so the meter learns each call's range size.
 * NOTE: this patches RangeBase.prototype in this process only; an emulator latency hook that
 * received the cell count would make the patch unnecessary.
 */
export function installCellTracking(meter: LatencyMeter): void {
  active = meter;
  if (installed) return;
  installed = true;
  const prototype = RangeBase.prototype as unknown as Counting;
  const original = prototype.count;
  prototype.count = function (this: Counting, method: string): void {
    const meter = active;
    if (!meter) return original.call(this, method);
    const cells = this.emuRect.numRows * this.emuRect.numCols;
    meter.withCells(cells, () => original.call(this, method));
  };
}
