// Entry point of the Apps Script emulator: createEmulator binds every service to one
// in-memory spreadsheet and loads the bundle build/Code.js.

import {DEFAULT_OWNER, type EmulatorOptions} from './emulator';
import {createEmulatorWith, type Emulator} from './project';
import {createSpreadsheetApp} from './spreadsheet/index';

export function createEmulator(options: EmulatorOptions): Emulator {
  return createEmulatorWith(options, (ctx, hooks) =>
    createSpreadsheetApp(ctx, hooks, {
      owner: options.owner ?? DEFAULT_OWNER,
    }),
  );
}

export type {EmulatorOptions, RunOptions, SpreadsheetFactory} from './emulator';
export type {Emulator} from './project';
export {createEmulatorWith} from './project';
export type {ExecutionRecord} from './executions';
export type {SentMail, MailAttachment} from './mail';
export type {TriggerRecord} from './triggers';
export type {RecordedMenu, RecordedAlert, ScriptedResponse} from './ui';
export type {LogEntry} from './logger';
export type {StoredFile} from './drive';
export {Exception} from './exception';
export {createDateClass} from './date-class';
export {formatSimpleDate} from './simple-date-format';
