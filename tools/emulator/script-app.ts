// ScriptApp: trigger builders, installed triggers and the enums scripts compare against.

import {record, type ServiceEnv} from './env';
import {Exception, SCOPES, requireAuthorization} from './exception';
import {
  WEEK_DAYS,
  nextFireAfter,
  type ClockSchedule,
  type WeekDayName,
} from './trigger-schedule';
import {
  MAX_TRIGGERS_PER_USER,
  Trigger,
  TriggerStore,
  type EventTypeName,
  type TriggerRecord,
} from './triggers';
import {isKnownTimeZone, wallTime} from './time-zone';

export interface ScriptAppOptions {
  scriptId: string;
  /** Id of the bound spreadsheet, the source of spreadsheet triggers. */
  spreadsheetId(): string;
  asAddon: boolean;
}

const EVERY_MINUTES = [1, 5, 10, 15, 30];
const EVERY_HOURS = [1, 2, 4, 6, 8, 12];
const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
// NOTE: the two add-on limits are documented, their error texts are not.
const ADDON_ONE_PER_TYPE =
  'This add-on already has a trigger of this type for this user and document.';
const ADDON_HOURLY =
  'Add-on time-based triggers may run at most once per hour.';

function invalidArgument(name: string, detail: string): Exception {
  // NOTE: Google does not document these validation texts.
  return new Exception(`Invalid argument: ${name}. ${detail}`);
}

/** Saves a new trigger after the per-user and add-on limits allow it. */
function install(
  env: ServiceEnv,
  store: TriggerStore,
  options: ScriptAppOptions,
  draft: Omit<TriggerRecord, 'uid' | 'owner' | 'createdAt'>,
): Trigger {
  const owner = env.effectiveUser();
  const mine = store.ownedBy(owner);
  if (mine.length >= MAX_TRIGGERS_PER_USER)
    throw new Exception(TOO_MANY_TRIGGERS);
  if (options.asAddon) {
    if (draft.schedule?.kind === 'minutes') throw new Exception(ADDON_HOURLY);
    if (
      mine.some(
        r => r.eventType === draft.eventType && r.sourceId === draft.sourceId,
      )
    ) {
      throw new Exception(ADDON_ONE_PER_TYPE);
    }
  }
  const trigger: TriggerRecord = {
    ...draft,
    uid: store.newUid(),
    owner,
    createdAt: env.ctx.clock.now(),
  };
  store.records.push(trigger);
  return new Trigger(env, trigger);
}

export class ClockTriggerBuilder {
  private kind: ClockSchedule['kind'] | null = null;
  private interval = 1;
  private hour?: number;
  private minute?: number;
  private weekDay?: WeekDayName;
  private monthDay?: number;
  private atInstant?: number;
  private timeZone: string;

  constructor(
    private readonly env: ServiceEnv,
    private readonly store: TriggerStore,
    private readonly options: ScriptAppOptions,
    private readonly handler: string,
  ) {
    this.timeZone = env.ctx.scriptTimeZone;
  }

  private count(method: string): this {
    record(this.env.ctx, 'ClockTriggerBuilder', method);
    return this;
  }

  everyMinutes(n: number): this {
    if (!EVERY_MINUTES.includes(n)) {
      throw invalidArgument(
        'minutes',
        'The interval must be 1, 5, 10, 15 or 30.',
      );
    }
    this.kind = 'minutes';
    this.interval = n;
    return this.count('everyMinutes');
  }

  everyHours(n: number): this {
    if (!EVERY_HOURS.includes(n)) {
      throw invalidArgument(
        'hours',
        'The interval must be 1, 2, 4, 6, 8 or 12.',
      );
    }
    this.kind = 'hours';
    this.interval = n;
    return this.count('everyHours');
  }

  everyDays(n: number): this {
    if (!(Number.isInteger(n) && n >= 1))
      throw invalidArgument('days', 'Use a whole number of at least 1.');
    this.kind = 'days';
    this.interval = n;
    return this.count('everyDays');
  }

  everyWeeks(n: number): this {
    if (!(Number.isInteger(n) && n >= 1))
      throw invalidArgument('weeks', 'Use a whole number of at least 1.');
    this.kind = 'weeks';
    this.interval = n;
    return this.count('everyWeeks');
  }

  onWeekDay(day: WeekDayName): this {
    if (!WEEK_DAYS.includes(day))
      throw invalidArgument('day', 'Use a ScriptApp.WeekDay value.');
    if (this.kind !== 'weeks') {
      this.kind = 'weeks';
      this.interval = 1;
    }
    this.weekDay = day;
    return this.count('onWeekDay');
  }

  onMonthDay(day: number): this {
    if (!(Number.isInteger(day) && day >= 1 && day <= 31))
      throw invalidArgument('day', 'Use a day from 1 to 31.');
    this.kind = 'monthDay';
    this.monthDay = day;
    return this.count('onMonthDay');
  }

  atHour(hour: number): this {
    if (!(Number.isInteger(hour) && hour >= 0 && hour <= 23))
      throw invalidArgument('hour', 'Use an hour from 0 to 23.');
    this.hour = hour;
    return this.count('atHour');
  }

  nearMinute(minute: number): this {
    if (!(Number.isInteger(minute) && minute >= 0 && minute <= 59))
      throw invalidArgument('minute', 'Use a minute from 0 to 59.');
    this.minute = minute;
    return this.count('nearMinute');
  }

  inTimezone(timezone: string): this {
    if (!isKnownTimeZone(timezone))
      throw invalidArgument('timezone', `Unknown time zone ${timezone}.`);
    this.timeZone = timezone;
    return this.count('inTimezone');
  }

  after(durationMilliseconds: number): this {
    this.kind = 'once';
    this.atInstant = this.env.ctx.clock.now() + durationMilliseconds;
    return this.count('after');
  }

  at(date: Date): this {
    this.kind = 'once';
    this.atInstant = date.getTime();
    return this.count('at');
  }

  create(): Trigger {
    this.count('create');
    if (this.kind === null) {
      // NOTE: Google's text for a clock trigger without a recurrence is unverified.
      throw new Exception(
        'The clock trigger has no recurrence: call everyMinutes, everyHours, everyDays, everyWeeks, onWeekDay, onMonthDay, at or after before create().',
      );
    }
    const {env} = this;
    const now = env.ctx.clock.now();
    // atHour fires at one minute of that hour, drawn once; nearMinute narrows it to ±15 minutes.
    const slotMinute =
      this.minute === undefined
        ? env.random.integer(0, 59)
        : this.minute + env.random.integer(-15, 15);
    const schedule: ClockSchedule = {
      kind: this.kind,
      interval: this.interval,
      timeZone: this.timeZone,
      createdAt: now,
      weekDay:
        this.kind === 'weeks'
          ? (this.weekDay ?? WEEK_DAYS[wallTime(now, this.timeZone).weekday])
          : undefined,
      monthDay: this.monthDay,
      hour: this.hour,
      slotMinute,
      slotSecond: env.random.integer(0, 59),
      at: this.atInstant,
    };
    return install(env, this.store, this.options, {
      handler: this.handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: this.options.asAddon ? this.options.spreadsheetId() : null,
      schedule,
      nextFireAt: nextFireAfter(schedule, now),
    });
  }
}

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
    return install(this.env, this.store, this.options, {
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

    getScriptId(): string {
      record(ctx, 'ScriptApp', 'getScriptId');
      return options.scriptId;
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
