// LockService: script, document and user locks held by executions on the emulated clock.

import type {Execution} from './context';
import {record, type ServiceEnv} from './env';
import {Exception, rejectAuthModeNone} from './exception';

const TIMEOUT_ERROR =
  'Lock timeout: another process was holding the lock for too long.';

/** Owner of a lock: an execution, or another process simulated by a test. */
type Holder = Execution | {other: true; until: number};

/** Set-up with no running execution takes locks on behalf of this placeholder. */
const NO_EXECUTION = {other: false} as const;

export class LockTable {
  private readonly holders = new Map<string, Holder | typeof NO_EXECUTION>();

  constructor(private readonly env: ServiceEnv) {}

  private self(): Holder | typeof NO_EXECUTION {
    return this.env.ctx.execution ?? NO_EXECUTION;
  }

  /**
   * Simulates another execution holding the lock `scope` ('script', 'document' or
   * 'user:<email>') until `until` (ms since epoch), or forever when `until` is omitted.
   */
  holdByOther(scope: string, until = Number.POSITIVE_INFINITY): void {
    this.holders.set(scope, {other: true, until});
  }

  holds(scope: string): boolean {
    return this.holders.get(scope) === this.self();
  }

  /** Waits up to `timeoutMs` of emulated time for the lock; returns whether it was taken. */
  acquire(scope: string, timeoutMs: number): boolean {
    const holder = this.holders.get(scope);
    const clock = this.env.ctx.clock;
    if (holder === undefined || holder === this.self()) {
      this.holders.set(scope, this.self());
      return true;
    }
    if ('until' in holder && holder.until <= clock.now() + timeoutMs) {
      clock.set(Math.max(clock.now(), holder.until));
      this.holders.set(scope, this.self());
      return true;
    }
    clock.advance(Math.max(0, timeoutMs));
    return false;
  }

  release(scope: string): void {
    if (this.holds(scope)) this.holders.delete(scope);
  }

  /** Releases every lock of `execution`, as Apps Script does when a script ends. */
  releaseAll(execution: Execution | null): void {
    const holder = execution ?? NO_EXECUTION;
    for (const [scope, current] of this.holders) {
      if (current === holder) this.holders.delete(scope);
    }
  }
}

export class Lock {
  constructor(
    private readonly env: ServiceEnv,
    private readonly table: LockTable,
    private readonly scope: string,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    record(this.env.ctx, 'Lock', 'tryLock');
    return this.table.acquire(this.scope, timeoutInMillis);
  }

  waitLock(timeoutInMillis: number): void {
    record(this.env.ctx, 'Lock', 'waitLock');
    if (!this.table.acquire(this.scope, timeoutInMillis)) {
      throw new Exception(TIMEOUT_ERROR);
    }
  }

  releaseLock(): void {
    record(this.env.ctx, 'Lock', 'releaseLock');
    this.table.release(this.scope);
  }

  // NOTE: the lock belongs to the execution, not to this Lock object, so a second
  // getScriptLock() in the same execution reports hasLock() true as well.
  hasLock(): boolean {
    record(this.env.ctx, 'Lock', 'hasLock');
    return this.table.holds(this.scope);
  }
}

export function createLockService(env: ServiceEnv, table: LockTable) {
  const lockFor = (method: string, scope: string): Lock => {
    record(env.ctx, 'LockService', method);
    rejectAuthModeNone(env.ctx);
    return new Lock(env, table, scope);
  };
  return {
    getScriptLock: () => lockFor('getScriptLock', 'script'),
    getDocumentLock: () => lockFor('getDocumentLock', 'document'),
    getUserLock: () => lockFor('getUserLock', `user:${env.effectiveUser()}`),
  };
}
