// ClockTriggerBuilder: the recurrence of a time-driven trigger, checked as Apps Script does.

import {record, type ServiceEnv} from './env';
import {Exception} from './exception';
import {isKnownTimeZone, wallTime} from './time-zone';
import {
  WEEK_DAYS,
  nextFireAfter,
  type ClockSchedule,
  type WeekDayName,
} from './trigger-schedule';
import {
  installTrigger,
  type ScriptAppOptions,
  type Trigger,
  type TriggerStore,
} from './triggers';

const EVERY_MINUTES = [1, 5, 10, 15, 30];
const EVERY_HOURS = [1, 2, 4, 6, 8, 12];

function invalidArgument(name: string, detail: string): Exception {
  // NOTE: Google does not document these validation texts.
  return new Exception(`Invalid argument: ${name}. ${detail}`);
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
    return installTrigger(env, this.store, this.options, {
      handler: this.handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: this.options.asAddon ? this.options.spreadsheetId() : null,
      schedule,
      nextFireAt: nextFireAfter(schedule, now),
    });
  }
}
