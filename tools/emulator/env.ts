// State shared by the emulator's services: the context plus what the services add to it.

import type {EmulatorContext} from './context';
import type {SeededRandom} from './random';
import {instantOf, wallTime} from './time-zone';

export interface ServiceEnv {
  ctx: EmulatorContext;
  random: SeededRandom;
  /** Folder that contains Code.js and the *.html files of the bundle. */
  buildDir: string;
  /** Email of the spreadsheet's owner. */
  owner: string;
  /** HTML-to-PDF conversions made today (Blob.getAs). */
  pdfConversions: DailyQuota;
  /** Returns the email the running execution acts as (Session.getEffectiveUser). */
  effectiveUser(): string;
}

// NOTE: Google documents that daily quotas refresh at the end of a 24-hour window, at a time
// that varies by user. The emulator resets them at midnight America/Los_Angeles instead, as
// Google Cloud API daily quotas do, so tests can name the instant.
const QUOTA_ZONE = 'America/Los_Angeles';

/** A count that returns to zero at each quota-day boundary. */
export class DailyQuota {
  private day = '';
  private used = 0;

  constructor(
    private readonly ctx: EmulatorContext,
    readonly limit: number,
  ) {}

  private roll(): void {
    const wall = wallTime(this.ctx.clock.now(), QUOTA_ZONE);
    const day = `${wall.year}-${wall.month}-${wall.day}`;
    if (day !== this.day) {
      this.day = day;
      this.used = 0;
    }
  }

  remaining(): number {
    this.roll();
    return Math.max(0, this.limit - this.used);
  }

  consume(amount: number): void {
    this.roll();
    this.used += amount;
  }

  /** Returns the instant at which the current quota day ends. */
  resetsAt(): number {
    const wall = wallTime(this.ctx.clock.now(), QUOTA_ZONE);
    return instantOf(QUOTA_ZONE, wall.year, wall.month, wall.day + 1);
  }
}

/** Counts one call of an Apps Script method, e.g. record(ctx, 'MailApp', 'sendEmail'). */
export function record(
  ctx: EmulatorContext,
  className: string,
  method: string,
): void {
  ctx.counter.record(`${className}.${method}`);
}
