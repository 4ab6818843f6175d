// Builds emulators on the stub spreadsheet for the services' tests.

import {join} from 'node:path';
import type {EmulatorOptions} from '../../tools/emulator/emulator';
import {createEmulatorWith} from '../../tools/emulator/project';
import {createStubSpreadsheet} from './stub-spreadsheet';

export const FIXTURES = join(__dirname, 'fixtures');

/** Friday 12 June 2026, 15:00 in Asia/Ho_Chi_Minh. */
export const FRIDAY_AFTERNOON = new Date('2026-06-12T08:00:00Z');

export function makeEmulator(options: Partial<EmulatorOptions> = {}) {
  return createEmulatorWith(
    {now: FRIDAY_AFTERNOON, buildDir: FIXTURES, ...options},
    createStubSpreadsheet,
  );
}

/** Returns the service globals typed loosely, as the bundle uses them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

export function servicesOf(emulator: ReturnType<typeof makeEmulator>): Loose {
  return emulator.globals;
}
