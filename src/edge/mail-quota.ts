// When the daily email quota comes back, so a run that ran out of quota waits for it instead
// of re-reading the whole spreadsheet every hour for nothing.
import {addDays, civilDateOf, wallTimeToInstant} from '../core/calendar';

/**
 * Zone whose midnight starts a new quota day. Source: the project's Apps Script emulator
 * (tools/emulator/env.ts), which resets daily quotas at midnight America/Los_Angeles, as
 * Google Cloud API daily quotas do.
 */
// NOTE: Google's quota page (developers.google.com/apps-script/guides/services/quotas) states
// that quotas "reset 24 hours after the first request", so on Google the quota may come back later
// than this midnight. A run that still finds no quota sends nothing and waits for the next one.
const QUOTA_DAY_ZONE = 'America/Los_Angeles';

/** Margin after the reset, so a trigger that fires a little early still finds the new quota. */
const AFTER_RESET_MS = 5 * 60 * 1000;

/** Returns the instant (ms since epoch) at which the quota day of `now` ends. */
export function quotaResetAt(now: number): number {
  const today = civilDateOf(now, QUOTA_DAY_ZONE);
  return wallTimeToInstant(addDays(today, 1), '00:00', QUOTA_DAY_ZONE);
}

/** Returns the milliseconds from `now` until a run may expect a fresh daily quota. */
export function untilQuotaReset(now: number): number {
  return quotaResetAt(now) + AFTER_RESET_MS - now;
}
