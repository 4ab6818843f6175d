// The Emulator handle: runs the bundle's functions and plays the person and the clock.

import type {EmulatorContext} from './context';
import {
  buildServices,
  type EmulatorOptions,
  type RunOptions,
  type SpreadsheetFactory,
} from './emulator';
import {clockEvent, editEvent, type UserEditResult} from './events';
import type {ExecutionRecord} from './executions';
import type {SentMail} from './mail';
import {writeEmlFiles} from './mime';
import {User} from './session';
import {nextFireAfter} from './trigger-schedule';
import type {TriggerRecord} from './triggers';
import type {ScriptedResponse, UiRecord} from './ui';

export interface Emulator {
  ctx: EmulatorContext;
  globals: Record<string, unknown>;
  workbook: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  ui: UiRecord & {
    toasts: unknown[];
    queueResponse(response: ScriptedResponse): void;
  };
  outbox: SentMail[];
  executions: ExecutionRecord[];
  /** Test hooks and stores: mail.failNext, locks.holdByOther, drive files, log entries. */
  emu: Pick<
    ReturnType<typeof buildServices>,
    'mail' | 'locks' | 'drive' | 'log' | 'properties' | 'env'
  >;
  triggers(): TriggerRecord[];
  load(): void;
  run(functionName: string, opts?: RunOptions): unknown;
  fireEdit(edit: UserEditResult, user?: string): void;
  userEdit(
    sheetName: string,
    row: number,
    col: number,
    value: unknown,
    user?: string,
  ): {accepted: boolean; reason?: string};
  userPaste(
    sheetName: string,
    row: number,
    col: number,
    values: unknown[][],
    user?: string,
  ): {accepted: boolean; reason?: string};
  clickMenu(caption: string, user?: string): unknown;
  advanceTo(instant: Date, opts?: {doubleFire?: boolean}): void;
  openAgain(opts?: {user?: string; authMode?: 'NONE' | 'LIMITED'}): void;
  writeEml(dir: string): string[];
}

export function createEmulatorWith(
  options: EmulatorOptions,
  createSpreadsheet: SpreadsheetFactory,
): Emulator {
  const services = buildServices(options, createSpreadsheet);
  const {ctx, env, owner, workbook, uiRecord, runner, triggers, loader} =
    services;
  const defaultUser = options.activeUser ?? owner;
  const uncounted = <T>(work: () => T) => ctx.counter.uncounted(work);
  const spreadsheetId = (): string => uncounted(() => workbook.getId());
  const spreadsheetZone = (): string =>
    uncounted(() => workbook.getSpreadsheetTimeZone?.() ?? ctx.scriptTimeZone);

  /**
   * Decides what Session.getActiveUser() shows to a trigger created by `triggerOwner`: the person's
   * email within one Workspace domain or to themselves, else ''.
   */
  const visibleEmail = (person: string, triggerOwner: string): string => {
    if (person === triggerOwner) return person;
    const sameDomain = person.split('@')[1] === triggerOwner.split('@')[1];
    return ctx.account === 'workspace' && sameDomain ? person : '';
  };

  const installed = (eventType: TriggerRecord['eventType']) =>
    triggers.records.filter(
      r => r.eventType === eventType && r.sourceId === spreadsheetId(),
    );

  const runTrigger = (
    trigger: TriggerRecord,
    kind: 'timeTrigger' | 'installableTrigger',
    person: string,
    event: object,
  ) =>
    runner.execute({
      functionName: trigger.handler,
      kind,
      authMode: 'FULL',
      activeUser: visibleEmail(person, trigger.owner),
      effectiveUser: trigger.owner,
      event,
      triggerUid: trigger.uid,
    });

  const runSimple = (
    name: string,
    authMode: 'NONE' | 'LIMITED',
    person: string,
    event: object,
  ) => {
    if (!loader.hasFunction(name)) return;
    // Simple triggers cannot see who is at the keyboard.
    runner.execute({
      functionName: name,
      kind: 'simpleTrigger',
      authMode,
      activeUser: '',
      effectiveUser: person,
      event,
    });
  };

  const fireEdit = (edit: UserEditResult, user = defaultUser): void => {
    if (!edit.accepted) return;
    const zone = spreadsheetZone();
    runSimple(
      'onEdit',
      'LIMITED',
      user,
      editEvent(env, edit, workbook, '', 'LIMITED', zone),
    );
    for (const trigger of installed('ON_EDIT')) {
      const shown = visibleEmail(user, trigger.owner);
      runTrigger(
        trigger,
        'installableTrigger',
        user,
        editEvent(env, edit, workbook, shown, 'FULL', zone, trigger.uid),
      );
    }
    for (const trigger of installed('ON_CHANGE')) {
      const shown = visibleEmail(user, trigger.owner);
      runTrigger(trigger, 'installableTrigger', user, {
        authMode: 'FULL',
        changeType: 'EDIT',
        source: workbook,
        triggerUid: trigger.uid,
        user: new User(env, shown),
      });
    }
  };

  const fireClockTriggers = (target: number, doubleFire: boolean): void => {
    for (;;) {
      const due = triggers.records
        .filter(
          r =>
            r.eventType === 'CLOCK' &&
            r.nextFireAt !== null &&
            r.nextFireAt <= target,
        )
        .sort(
          (a, b) => a.nextFireAt! - b.nextFireAt! || a.createdAt - b.createdAt,
        );
      if (due.length === 0) return;
      const trigger = due[0];
      const fireAt = trigger.nextFireAt!;
      if (ctx.clock.now() < fireAt) ctx.clock.set(fireAt);
      trigger.nextFireAt = nextFireAfter(trigger.schedule!, fireAt);
      const event = clockEvent(trigger, ctx.clock.now());
      runTrigger(trigger, 'timeTrigger', trigger.owner, event);
      // Google promises no exactly-once delivery, so handlers must survive a repeat.
      if (doubleFire && triggers.has(trigger.uid)) {
        runTrigger(trigger, 'timeTrigger', trigger.owner, event);
      }
    }
  };

  const ui = Object.assign(uiRecord, {
    get toasts(): unknown[] {
      const source = workbook.emuToasts ?? workbook.toasts ?? [];
      return typeof source === 'function' ? source.call(workbook) : source;
    },
  });

  return {
    ctx,
    globals: services.globals,
    workbook,
    ui,
    outbox: services.mail.outbox,
    executions: runner.records,
    emu: services,
    triggers: () => [...triggers.records],

    load(): void {
      loader.fresh();
    },

    run(functionName: string, opts: RunOptions = {}): unknown {
      const kind = opts.kind ?? 'scriptRun';
      const user = opts.user ?? defaultUser;
      const {result, error} = runner.execute({
        functionName,
        kind,
        authMode:
          opts.authMode ?? (kind === 'simpleTrigger' ? 'LIMITED' : 'FULL'),
        activeUser: kind === 'simpleTrigger' ? '' : user,
        effectiveUser: user,
        event: opts.event,
      });
      if (error !== undefined) throw error;
      return result;
    },

    fireEdit,

    userEdit(sheetName, row, col, value, user = defaultUser) {
      const edit: UserEditResult = uncounted(() =>
        workbook.emuUserEdit(sheetName, row, col, value, user),
      );
      fireEdit(edit, user);
      return {accepted: edit.accepted, reason: edit.reason};
    },

    userPaste(sheetName, row, col, values, user = defaultUser) {
      const edit: UserEditResult = uncounted(() =>
        workbook.emuUserPaste(sheetName, row, col, values, user),
      );
      fireEdit(edit, user);
      return {accepted: edit.accepted, reason: edit.reason};
    },

    /** Runs the handler of the first recorded menu item with this caption, as a click. */
    clickMenu(caption: string, user = defaultUser): unknown {
      const functionName = findMenuItem(uiRecord.menus, caption);
      if (functionName === null) {
        throw new Error(
          `No menu item "${caption}" was added: run onOpen before clicking.`,
        );
      }
      return this.run(functionName, {kind: 'menu', user});
    },

    advanceTo(instant: Date, opts: {doubleFire?: boolean} = {}): void {
      const target = instant.getTime();
      if (target < ctx.clock.now()) {
        throw new Error(
          `Cannot move the clock back to ${instant.toISOString()}.`,
        );
      }
      fireClockTriggers(target, opts.doubleFire ?? false);
      if (ctx.clock.now() < target) ctx.clock.set(target);
      services.recalculate();
    },

    openAgain(opts: {user?: string; authMode?: 'NONE' | 'LIMITED'} = {}): void {
      const user = opts.user ?? defaultUser;
      uiRecord.menus.length = 0;
      const authMode = opts.authMode ?? 'LIMITED';
      runSimple('onOpen', authMode, user, {
        authMode,
        source: workbook,
        user: new User(env, ''),
      });
      for (const trigger of installed('ON_OPEN')) {
        runTrigger(trigger, 'installableTrigger', user, {
          authMode: 'FULL',
          source: workbook,
          triggerUid: trigger.uid,
          user: new User(env, visibleEmail(user, trigger.owner)),
        });
      }
    },

    writeEml(dir: string): string[] {
      return writeEmlFiles(services.mail.outbox, dir, ctx.scriptTimeZone);
    },
  };
}

function findMenuItem(
  menus: UiRecord['menus'],
  caption: string,
): string | null {
  for (const menu of menus) {
    for (const entry of menu.items) {
      if (entry.kind === 'item' && entry.caption === caption)
        return entry.functionName;
      if (entry.kind === 'submenu') {
        const found = findMenuItem([entry.menu], caption);
        if (found !== null) return found;
      }
    }
  }
  return null;
}

export type {EmulatorOptions, RunOptions};
