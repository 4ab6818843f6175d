// ScriptApp: trigger builders, installed triggers and the enums scripts compare against.

import {ClockTriggerBuilder} from './clock-trigger-builder';
import {record, type ServiceEnv} from './env';
import {Exception, SCOPES, requireAuthorization} from './exception';
import {WEEK_DAYS, type WeekDayName} from './trigger-schedule';
import {
  Trigger,
  TriggerStore,
  installTrigger,
  type EventTypeName,
  type ScriptAppOptions,
  type TriggerRecord,
} from './triggers';

export type {ScriptAppOptions};

export class SpreadsheetTriggerBuilder {
  private eventType: EventTypeName | null = null;

  constructor(
    private readonly env: ServiceEnv,
    private readonly store: TriggerStore,
    private readonly options: ScriptAppOptions,
    private readonly handler: string,
    private readonly spreadsheetId: string,
  ) {}

  private choose(eventType: EventTypeName, method: string): this {
    record(this.env.ctx, 'SpreadsheetTriggerBuilder', method);
    this.eventType = eventType;
    return this;
  }

  onEdit(): this {
    return this.choose('ON_EDIT', 'onEdit');
  }

  onOpen(): this {
    return this.choose('ON_OPEN', 'onOpen');
  }

  onChange(): this {
    return this.choose('ON_CHANGE', 'onChange');
  }

  onFormSubmit(): this {
    return this.choose('ON_FORM_SUBMIT', 'onFormSubmit');
  }

  create(): Trigger {
    record(this.env.ctx, 'SpreadsheetTriggerBuilder', 'create');
    if (this.eventType === null) {
      throw new Exception(
        'The spreadsheet trigger has no event: call onEdit, onOpen, onChange or onFormSubmit before create().',
      );
    }
    return installTrigger(this.env, this.store, this.options, {
      handler: this.handler,
      eventType: this.eventType,
      source: 'SPREADSHEETS',
      sourceId: this.spreadsheetId,
      nextFireAt: null,
    });
  }
}

export function createScriptApp(
  env: ServiceEnv,
  store: TriggerStore,
  options: ScriptAppOptions,
) {
  const {ctx} = env;
  const guarded = (method: string) => {
    record(ctx, 'ScriptApp', method);
    requireAuthorization(ctx, `ScriptApp.${method}`, SCOPES.scriptApp);
  };
  const wrap = (records: TriggerRecord[]) =>
    records.map(r => new Trigger(env, r));

  return {
    AuthMode: {
      NONE: 'NONE',
      LIMITED: 'LIMITED',
      CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
      FULL: 'FULL',
    },
    EventType: {
      CLOCK: 'CLOCK',
      ON_OPEN: 'ON_OPEN',
      ON_EDIT: 'ON_EDIT',
      ON_CHANGE: 'ON_CHANGE',
      ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
    },
    TriggerSource: {
      SPREADSHEETS: 'SPREADSHEETS',
      CLOCK: 'CLOCK',
      FORMS: 'FORMS',
      DOCUMENTS: 'DOCUMENTS',
      CALENDAR: 'CALENDAR',
    },
    WeekDay: Object.fromEntries(WEEK_DAYS.map(d => [d, d])) as Record<
      WeekDayName,
      WeekDayName
    >,

    AuthorizationStatus: {REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED'},
    InstallationSource: {
      APPS_MARKETPLACE_DOMAIN_ADD_ON: 'APPS_MARKETPLACE_DOMAIN_ADD_ON',
      NONE: 'NONE',
      WEB_STORE_ADD_ON: 'WEB_STORE_ADD_ON',
    },

    getScriptId(): string {
      record(ctx, 'ScriptApp', 'getScriptId');
      return options.scriptId;
    },

    getInstallationSource(): string {
      record(ctx, 'ScriptApp', 'getInstallationSource');
      return options.asAddon ? 'WEB_STORE_ADD_ON' : 'NONE';
    },

    /**
     * Reports whether the user must still grant the script's scopes. The emulated user has
     * granted them, except in AuthMode.NONE, where the add-on is not yet used in this file.
     */
    getAuthorizationInfo() {
      record(ctx, 'ScriptApp', 'getAuthorizationInfo');
      const required = ctx.execution?.authMode === 'NONE';
      return {
        getAuthorizationStatus: () => {
          record(ctx, 'AuthorizationInfo', 'getAuthorizationStatus');
          return required ? 'REQUIRED' : 'NOT_REQUIRED';
        },
        getAuthorizationUrl: () => {
          record(ctx, 'AuthorizationInfo', 'getAuthorizationUrl');
          return required
            ? `https://script.google.com/macros/d/${options.scriptId}/authorize`
            : null;
        },
      };
    },

    newTrigger(functionName: string) {
      guarded('newTrigger');
      const handler = String(functionName);
      return {
        timeBased(): ClockTriggerBuilder {
          record(ctx, 'TriggerBuilder', 'timeBased');
          return new ClockTriggerBuilder(env, store, options, handler);
        },
        forSpreadsheet(
          key: string | {getId(): string},
        ): SpreadsheetTriggerBuilder {
          record(ctx, 'TriggerBuilder', 'forSpreadsheet');
          const id =
            typeof key === 'string'
              ? key
              : ctx.counter.uncounted(() => key.getId());
          return new SpreadsheetTriggerBuilder(
            env,
            store,
            options,
            handler,
            id,
          );
        },
      };
    },

    /** Returns the triggers of the current user in this project. */
    getProjectTriggers(): Trigger[] {
      guarded('getProjectTriggers');
      return wrap(store.ownedBy(env.effectiveUser()));
    },

    getUserTriggers(spreadsheet: {getId(): string}): Trigger[] {
      guarded('getUserTriggers');
      const id = ctx.counter.uncounted(() => spreadsheet.getId());
      return wrap(
        store.ownedBy(env.effectiveUser()).filter(r => r.sourceId === id),
      );
    },

    // NOTE: deleting a trigger that is already gone is silently ignored here.
    deleteTrigger(trigger: Trigger): void {
      guarded('deleteTrigger');
      store.remove(trigger.emuRecord.uid);
    },
  };
}
