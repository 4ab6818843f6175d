// Shared state of one emulated Apps Script project: the clock, the call counter and the
// execution that is running now. Every service of the emulator receives this object.

/** Who started the running execution, which decides what services allow. */
export type ExecutionKind =
  | 'menu'
  | 'simpleTrigger'
  | 'installableTrigger'
  | 'timeTrigger'
  | 'scriptRun'
  | 'runner';

export type AuthModeName = 'NONE' | 'LIMITED' | 'CUSTOM_FUNCTION' | 'FULL';

export interface Execution {
  functionName: string;
  kind: ExecutionKind;
  authMode: AuthModeName;
  /** Email of the person the execution runs for; '' when Apps Script hides it. */
  activeUser: string;
  /** Emulated instant at which the execution started (ms since epoch). */
  startedAt: number;
}

/** Counts every service call by "Class.method", e.g. "Range.getValues" or "MailApp.sendEmail". */
export class CallCounter {
  private readonly counts = new Map<string, number>();
  private paused = 0;

  constructor(private readonly onCall?: (key: string) => void) {}

  record(key: string): void {
    if (this.paused > 0) return;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.onCall?.(key);
  }

  /** Runs `work` without counting, for actions of the emulated person or the test itself. */
  uncounted<T>(work: () => T): T {
    this.paused++;
    try {
      return work();
    } finally {
      this.paused--;
    }
  }

  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort());
  }

  /** Totals per Apps Script service, mapping classes such as Range and Sheet to SpreadsheetApp. */
  byService(): Record<string, number> {
    const totals: Record<string, number> = {};
    for (const [key, count] of this.counts) {
      const service = serviceOf(key);
      totals[service] = (totals[service] ?? 0) + count;
    }
    return totals;
  }

  total(): number {
    let sum = 0;
    for (const count of this.counts.values()) sum += count;
    return sum;
  }

  reset(): void {
    this.counts.clear();
  }
}

const SERVICE_OF_CLASS: Record<string, string> = {
  Spreadsheet: 'SpreadsheetApp',
  Sheet: 'SpreadsheetApp',
  Range: 'SpreadsheetApp',
  RangeList: 'SpreadsheetApp',
  NamedRange: 'SpreadsheetApp',
  Protection: 'SpreadsheetApp',
  DataValidationBuilder: 'SpreadsheetApp',
  DataValidation: 'SpreadsheetApp',
  ConditionalFormatRuleBuilder: 'SpreadsheetApp',
  ConditionalFormatRule: 'SpreadsheetApp',
  BooleanCondition: 'SpreadsheetApp',
  EmbeddedChartBuilder: 'SpreadsheetApp',
  EmbeddedChart: 'SpreadsheetApp',
  Ui: 'SpreadsheetApp',
  Menu: 'SpreadsheetApp',
  PromptResponse: 'SpreadsheetApp',
  AuthorizationInfo: 'ScriptApp',
  Trigger: 'ScriptApp',
  TriggerBuilder: 'ScriptApp',
  ClockTriggerBuilder: 'ScriptApp',
  SpreadsheetTriggerBuilder: 'ScriptApp',
  Lock: 'LockService',
  Properties: 'PropertiesService',
  Cache: 'CacheService',
  User: 'Session',
  HtmlOutput: 'HtmlService',
  HtmlTemplate: 'HtmlService',
  Blob: 'Utilities',
  Folder: 'DriveApp',
  File: 'DriveApp',
  FolderIterator: 'DriveApp',
  FileIterator: 'DriveApp',
};

export function serviceOf(key: string): string {
  const className = key.split('.')[0];
  return SERVICE_OF_CLASS[className] ?? className;
}

/** The emulated wall clock. Time moves only when the emulator or a test moves it. */
export class Clock {
  constructor(private instant: number) {}

  now(): number {
    return this.instant;
  }

  set(instant: number | Date): void {
    this.instant = typeof instant === 'number' ? instant : instant.getTime();
  }

  advance(ms: number): void {
    this.instant += ms;
  }
}

export interface EmulatorContext {
  clock: Clock;
  counter: CallCounter;
  /** The execution running now, or null between executions (test set-up, the runner). */
  execution: Execution | null;
  scriptTimeZone: string;
  /** 'consumer' (gmail.com) or 'workspace' account: decides quotas. */
  account: 'consumer' | 'workspace';
  /** A Date class whose no-argument constructor and Date.now() follow the emulated clock. */
  DateClass: DateConstructor;
}
