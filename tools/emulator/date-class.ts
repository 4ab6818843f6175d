// The Date constructor handed to the bundle: the host Date, except that "now" is emulated time.

import type {Clock} from './context';

/**
 * Creates a subclass of the host Date whose no-argument constructor, `Date.now()` and plain
 * call `Date()` follow `clock`. Its instances are host Dates, so `instanceof Date` is true in
 * host code, and inside the sandbox where this class is the global Date.
 *
 * NOTE: local-time methods (getHours, toString...) follow the machine's time zone, while Apps
 * Script uses the script's time zone. Product code must format through Utilities.formatDate.
 */
export function createDateClass(clock: Clock): DateConstructor {
  class EmulatedDate extends Date {
    constructor(...args: unknown[]) {
      if (args.length === 0) {
        super(clock.now());
      } else {
        super(...(args as [string]));
      }
    }

    static now(): number {
      return clock.now();
    }
  }

  // A Proxy keeps `Date()` without `new` working: it returns the current time as a string.
  return new Proxy(EmulatedDate, {
    apply: () => new Date(clock.now()).toString(),
  }) as unknown as DateConstructor;
}
