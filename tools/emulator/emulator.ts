// Assembles the services into one emulated Apps Script project bound to a spreadsheet.

import type {AuthModeName, ExecutionKind} from './context';
import {CallCounter, Clock, type EmulatorContext} from './context';
import {createCacheService} from './cache';
import {createDateClass} from './date-class';
import {createAdvancedDrive} from './advanced-drive';
import {createDriveApp, DriveStore} from './drive';
import {DailyQuota} from './env';
import {Exception} from './exception';
import {ExecutionRunner} from './executions';
import {createHtmlService, type HtmlEnv} from './html';
import {BundleLoader} from './loader';
import {LockTable, createLockService} from './lock';
import {guardDriveAppScopes, readManifest} from './manifest';
import {ExecutionLog, createConsole, createLogger} from './logger';
import {MailState, createMailApp} from './mail';
import {PropertyStores, createPropertiesService} from './properties';
import {SeededRandom} from './random';
import {createScriptApp} from './script-app';
import {createSession} from './session';
import {TriggerStore} from './triggers';
import {UiRecord, createUi} from './ui';
import {createUtilities} from './utilities';

export interface EmulatorOptions {
  /** Initial emulated instant. */
  now: Date;
  /** Default 'Asia/Ho_Chi_Minh'. */
  scriptTimeZone?: string;
  /** Decides quotas; default 'consumer' (gmail.com). */
  account?: 'consumer' | 'workspace';
  /** Spreadsheet owner's email; default 'vanphong@bacha.example'. */
  owner?: string;
  /** Person clicking menus and editing cells; default the owner. */
  activeUser?: string;
  /** Seed of the generator behind trigger minute slots and ids; default 1. */
  seed?: number;
  /** When given, each counted service call advances the clock by this many ms. */
  latencyMs?: (key: string) => number;
  /** Folder of Code.js and the *.html files; default 'build'. */
  buildDir?: string;
  /** Applies add-on rules: one trigger per type, clock triggers at most hourly. */
  asAddon?: boolean;
  /** Caption of the menu that createAddonMenu makes; default 'NQ57'. */
  addonName?: string;
  /** Also prints Logger and console output to stdout. */
  echoLogs?: boolean;
}

/** The spreadsheet half: createSpreadsheetApp(ctx, {getUi}) from ./spreadsheet. */
export type SpreadsheetFactory = (
  ctx: EmulatorContext,
  hooks: {getUi(): object; effectiveUser?(): string | null},
) => {SpreadsheetApp: object; Charts?: object; workbook: any}; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface RunOptions {
  kind?: ExecutionKind;
  authMode?: AuthModeName;
  user?: string;
  event?: object;
}

export const MAX_PDF_CONVERSIONS_PER_DAY = 2000;
export const DEFAULT_OWNER = 'vanphong@bacha.example';

/** Creates the context, the stores and every service global of one emulated project. */
export function buildServices(
  options: EmulatorOptions,
  createSpreadsheet: SpreadsheetFactory,
) {
  const clock = new Clock(options.now.getTime());
  let onCall: (key: string) => void = () => {};
  const ctx: EmulatorContext = {
    clock,
    counter: new CallCounter(key => onCall(key)),
    execution: null,
    scriptTimeZone: options.scriptTimeZone ?? 'Asia/Ho_Chi_Minh',
    account: options.account ?? 'consumer',
    DateClass: createDateClass(clock),
  };
  const owner = options.owner ?? DEFAULT_OWNER;
  const random = new SeededRandom(options.seed ?? 1);
  const scriptId =
    '1' +
    random.string(
      56,
      'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-',
    );
  const buildDir = options.buildDir ?? 'build';

  let runner: ExecutionRunner | null = null;
  const env: HtmlEnv = {
    ctx,
    random,
    buildDir,
    owner,
    // NOTE: 2,000 conversions a day is the consumer figure; the Workspace one is not published.
    pdfConversions: new DailyQuota(ctx, MAX_PDF_CONVERSIONS_PER_DAY),
    effectiveUser: () => runner?.effectiveUser() ?? options.activeUser ?? owner,
    evaluate: source => loader.evaluate(source),
  };

  const uiRecord = new UiRecord();
  const locks = new LockTable(env);
  const ui = createUi(env, uiRecord, options.addonName ?? 'NQ57', () =>
    locks.releaseAll(ctx.execution),
  );
  // Scripts run as a person (menus, simple triggers) may write only where that person may edit.
  const sheets = createSpreadsheet(ctx, {
    getUi: () => ui,
    effectiveUser: () => runner?.effectiveUser() ?? null,
  });
  const workbook = sheets.workbook;
  const spreadsheetApp = guardAuthModeNone(ctx, sheets.SpreadsheetApp);

  const log = new ExecutionLog(env, options.echoLogs ?? false);
  const mail = new MailState(env);
  const properties = new PropertyStores();
  const drive = new DriveStore(env);
  const triggers = new TriggerStore(env);
  const manifest = readManifest(buildDir);

  const globals: Record<string, unknown> = {
    SpreadsheetApp: spreadsheetApp,
    Charts: sheets.Charts,
    ScriptApp: createScriptApp(env, triggers, {
      scriptId,
      asAddon: options.asAddon ?? false,
      spreadsheetId: () => ctx.counter.uncounted(() => workbook.getId()),
    }),
    MailApp: createMailApp(env, mail),
    LockService: createLockService(env, locks),
    PropertiesService: createPropertiesService(env, properties),
    CacheService: createCacheService(env),
    Session: createSession(env, scriptId),
    Utilities: createUtilities(env),
    HtmlService: createHtmlService(env),
    DriveApp: guardDriveAppScopes(createDriveApp(env, drive), manifest),
    Logger: createLogger(env, log),
    console: createConsole(log),
    Date: ctx.DateClass,
  };

  // Advanced services exist only under the name the manifest enables them with.
  if (manifest.driveSymbol !== null)
    globals[manifest.driveSymbol] = createAdvancedDrive(env, drive, manifest);

  const loader = new BundleLoader(buildDir, () => globals);
  let recalculatedAt = Number.NaN;
  // TODAY() and NOW() in formulas follow the clock, so recalculate when it has moved.
  const recalculate = (): void => {
    if (clock.now() !== recalculatedAt) {
      ctx.counter.uncounted(() => workbook.emuRecalculate?.());
      recalculatedAt = clock.now();
    }
  };
  runner = new ExecutionRunner(ctx, loader, locks, recalculate);
  const executions = runner;
  onCall = key => {
    executions.checkTimeLimit();
    if (options.latencyMs && ctx.execution)
      clock.advance(options.latencyMs(key));
  };

  return {
    ctx,
    env,
    owner,
    globals,
    workbook,
    uiRecord,
    locks,
    log,
    mail,
    properties,
    drive,
    triggers,
    loader,
    runner: executions,
    recalculate,
  };
}

/**
 * Wraps SpreadsheetApp so that AuthMode.NONE, where an add-on may not read the document,
 * can still build menus through getUi() and nothing else.
 */
function guardAuthModeNone(
  ctx: EmulatorContext,
  spreadsheetApp: object,
): object {
  return new Proxy(spreadsheetApp, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || property === 'getUi') return value;
      return (...args: unknown[]) => {
        if (ctx.execution?.authMode === 'NONE') {
          throw new Exception(
            'Authorization is required to perform that action.',
          );
        }
        return value.apply(target, args);
      };
    },
  });
}
