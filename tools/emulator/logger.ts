// Logger and console: both write to the execution log, which the emulator records.

import {format} from 'node:util';
import {record, type ServiceEnv} from './env';
import {formatString} from './format-string';

export interface LogEntry {
  at: number;
  level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  /** Name of the function whose execution wrote the entry, '' outside executions. */
  functionName: string;
  message: string;
}

export class ExecutionLog {
  readonly entries: LogEntry[] = [];

  constructor(
    private readonly env: ServiceEnv,
    private readonly echo: boolean,
  ) {}

  write(level: LogEntry['level'], message: string): void {
    this.entries.push({
      at: this.env.ctx.clock.now(),
      level,
      functionName: this.env.ctx.execution?.functionName ?? '',
      message,
    });
    if (this.echo) process.stdout.write(`[${level}] ${message}\n`);
  }
}

export function createLogger(env: ServiceEnv, log: ExecutionLog) {
  const logger = {
    log(data: unknown, ...values: unknown[]) {
      record(env.ctx, 'Logger', 'log');
      const message =
        values.length > 0 ? formatString(String(data), values) : String(data);
      log.write('info', message);
      return logger;
    },
    getLog(): string {
      record(env.ctx, 'Logger', 'getLog');
      return log.entries.map(entry => entry.message).join('\n');
    },
    clear(): void {
      record(env.ctx, 'Logger', 'clear');
      log.entries.length = 0;
    },
  };
  return logger;
}

/** Creates the sandbox's console, because the vm context's own console prints nothing. */
export function createConsole(log: ExecutionLog) {
  const writer =
    (level: LogEntry['level']) =>
    (...args: unknown[]) =>
      log.write(level, format(...args));
  return {
    log: writer('log'),
    info: writer('info'),
    warn: writer('warn'),
    error: writer('error'),
    debug: writer('debug'),
  };
}
