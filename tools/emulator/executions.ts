// Runs one global function of the bundle as one Apps Script execution, with its time limits.

import type {
  AuthModeName,
  EmulatorContext,
  Execution,
  ExecutionKind,
} from './context';
import {DailyQuota} from './env';
import {Exception} from './exception';
import type {BundleLoader} from './loader';
import type {LockTable} from './lock';

export interface ExecutionRecord {
  functionName: string;
  kind: ExecutionKind;
  authMode: AuthModeName;
  /** Session.getActiveUser() during the run; '' where Apps Script hides it. */
  activeUser: string;
  /** Session.getEffectiveUser(): the trigger's creator in installable triggers. */
  effectiveUser: string;
  triggerUid?: string;
  start: Date;
  end: Date;
  ok: boolean;
  error?: string;
}

export interface ExecutionSpec {
  functionName: string;
  kind: ExecutionKind;
  authMode: AuthModeName;
  activeUser: string;
  effectiveUser: string;
  event?: object;
  triggerUid?: string;
}

export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
export const SIMPLE_TRIGGER_LIMIT_MS = 30 * 1000;
export const DAILY_TRIGGER_RUNTIME_MS = {
  consumer: 90 * 60 * 1000,
  workspace: 6 * 3600 * 1000,
};

const TIME_LIMIT_ERROR = 'Exceeded maximum execution time';
const TRIGGER_RUNTIME_ERROR =
  'Service using too much computer time for one day.';

export class ExecutionRunner {
  readonly records: ExecutionRecord[] = [];
  private effective: string | null = null;
  /** Set once the running execution passed its limit: Apps Script would have ended it. */
  private timedOut = false;
  private readonly triggerRuntime: DailyQuota;

  constructor(
    private readonly ctx: EmulatorContext,
    private readonly loader: BundleLoader,
    private readonly locks: LockTable,
    private readonly beforeRun: () => void,
  ) {
    this.triggerRuntime = new DailyQuota(
      ctx,
      DAILY_TRIGGER_RUNTIME_MS[ctx.account],
    );
  }

  effectiveUser(): string | null {
    return this.effective;
  }

  private limitOf(execution: Execution): number {
    return execution.kind === 'simpleTrigger' ||
      execution.authMode === 'CUSTOM_FUNCTION'
      ? SIMPLE_TRIGGER_LIMIT_MS
      : EXECUTION_LIMIT_MS;
  }

  /**
   * Throws once the running execution has used more than its limit. The counter calls this
   * before every service call, so the call after the limit is the one that fails.
   */
  checkTimeLimit(): void {
    const execution = this.ctx.execution;
    if (!execution) return;
    if (
      this.timedOut ||
      this.ctx.clock.now() - execution.startedAt > this.limitOf(execution)
    ) {
      this.timedOut = true;
      throw new Exception(TIME_LIMIT_ERROR);
    }
  }

  private isTrigger(kind: ExecutionKind): boolean {
    return kind === 'timeTrigger' || kind === 'installableTrigger';
  }

  /** Runs `spec` and records it; returns the function's result and any uncaught error. */
  execute(spec: ExecutionSpec): {
    result?: unknown;
    error?: unknown;
    record: ExecutionRecord;
  } {
    if (this.ctx.execution) {
      throw new Error(
        `Cannot start ${spec.functionName} while ${this.ctx.execution.functionName} is running.`,
      );
    }
    if (!this.loader.isLoaded()) {
      throw new Error(
        'No bundle is loaded: call emulator.load() before running functions.',
      );
    }
    this.beforeRun();
    const start = this.ctx.clock.now();
    const execution: Execution = {
      functionName: spec.functionName,
      kind: spec.kind,
      authMode: spec.authMode,
      activeUser: spec.activeUser,
      startedAt: start,
    };
    let result: unknown;
    let error: unknown;
    this.ctx.execution = execution;
    this.effective = spec.effectiveUser;
    this.timedOut = false;
    try {
      if (this.isTrigger(spec.kind) && this.triggerRuntime.remaining() <= 0) {
        throw new Exception(TRIGGER_RUNTIME_ERROR);
      }
      const sandbox = this.loader.fresh();
      const handler = sandbox[spec.functionName];
      if (typeof handler !== 'function') {
        throw new Exception(`Script function not found: ${spec.functionName}`);
      }
      result = handler(spec.event);
      this.checkTimeLimit();
    } catch (caught) {
      error = this.timedOut ? new Exception(TIME_LIMIT_ERROR) : caught;
    } finally {
      this.locks.releaseAll(execution);
      this.ctx.execution = null;
      this.effective = null;
    }
    const end = this.ctx.clock.now();
    if (this.isTrigger(spec.kind)) this.triggerRuntime.consume(end - start);
    const record: ExecutionRecord = {
      functionName: spec.functionName,
      kind: spec.kind,
      authMode: spec.authMode,
      activeUser: spec.activeUser,
      effectiveUser: spec.effectiveUser,
      triggerUid: spec.triggerUid,
      start: new Date(start),
      end: new Date(end),
      ok: error === undefined,
      error: error === undefined ? undefined : messageOf(error),
    };
    this.records.push(record);
    return {result, error, record};
  }
}

function messageOf(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) {
    const name = (error as Error).name || 'Error';
    return `${name}: ${(error as Error).message}`;
  }
  return String(error);
}
