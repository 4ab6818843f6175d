// Test helpers: an emulator context with a controllable clock and a fresh spreadsheet.

import {
  CallCounter,
  Clock,
  EmulatorContext,
  ExecutionKind,
} from '../../../tools/emulator/context';
import {createSpreadsheetApp} from '../../../tools/emulator/spreadsheet';

/** Builds a Date class whose no-argument constructor and now() follow `clock`. */
export function clockDateClass(clock: Clock): DateConstructor {
  class ClockDate extends Date {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(clock.now());
      else super(...(args as [number]));
    }

    static now(): number {
      return clock.now();
    }
  }
  return ClockDate as unknown as DateConstructor;
}

export function makeContext(instant = '2026-06-12T08:00:00Z'): EmulatorContext {
  const clock = new Clock(Date.parse(instant));
  return {
    clock,
    counter: new CallCounter(),
    execution: null,
    scriptTimeZone: 'Asia/Ho_Chi_Minh',
    account: 'consumer',
    DateClass: clockDateClass(clock),
  };
}

/** Runs the next calls as if an execution of `kind` were in progress. */
export function startExecution(
  ctx: EmulatorContext,
  kind: ExecutionKind,
  user = '',
): void {
  ctx.execution = {
    functionName: 'test',
    kind,
    authMode: 'FULL',
    activeUser: user,
    startedAt: ctx.clock.now(),
  };
}

// The emulator's objects are typed loosely on purpose: tests call them as a script would.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any;

export function makeSpreadsheet(instant?: string) {
  const ctx = makeContext(instant);
  const ui = {name: 'ui'};
  const fixture = createSpreadsheetApp(ctx, {getUi: () => ui});
  return {
    ctx,
    ui,
    SpreadsheetApp: fixture.SpreadsheetApp as Loose,
    Charts: fixture.Charts as Loose,
    workbook: fixture.workbook,
    ss: fixture.workbook as Loose,
  };
}
