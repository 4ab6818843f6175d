// Test harness for the bundle: an emulator with build/Code.js loaded, and shortcuts for what a
// person does (open the file, click a menu item, edit a cell) and for reading tabs back.
import {resolve} from 'node:path';
import {createEmulator, Emulator} from '../../tools/emulator/index';
import {wallTimeToInstant} from '../../src/core/calendar';
import {ALL_TABS, TabSpec} from '../../src/workbook/schema';
import {mapHeaders} from '../../src/workbook/table';
import {cellText} from '../../src/workbook/cells';

export const ZONE = 'Asia/Ho_Chi_Minh';

/** Returns the instant of a wall time in Asia/Ho_Chi_Minh: at('2026-06-12', '15:00'). */
export function at(date: string, time = '00:00'): Date {
  return new Date(wallTimeToInstant(date, time, ZONE));
}

export function newEmulator(
  now: Date,
  options: {account?: 'consumer' | 'workspace'} = {},
): Emulator {
  const emu = createEmulator({
    now,
    buildDir: resolve(__dirname, '../../build'),
    ...options,
  });
  emu.load();
  emu.openAgain();
  return emu;
}

/** Clicks a menu item and presses the given buttons, in order, in the dialogs it opens. */
export function click(
  emu: Emulator,
  caption: string,
  ...answers: Array<'OK' | 'YES' | 'NO' | 'CANCEL'>
): unknown {
  for (const button of answers) emu.ui.queueResponse({button});
  return emu.clickMenu(caption);
}

export const SETUP = 'Thiết lập / cập nhật bảng tính';

/** Returns a fresh emulator with the built-in plan set up at `now`. */
export function setUp(now: Date): Emulator {
  const emu = newEmulator(now);
  click(emu, SETUP, 'OK');
  return emu;
}

export function tabSpec(name: string): TabSpec {
  const spec = ALL_TABS.find(tab => tab.name === name);
  if (!spec) throw new Error(`No tab spec named ${name}`);
  return spec;
}

/** Reads a tab's values without counting service calls. */
export function values(emu: Emulator, tab: string): unknown[][] {
  return emu.ctx.counter.uncounted(() => {
    const sheet = emu.workbook.getSheetByName(tab);
    if (!sheet) throw new Error(`No tab ${tab}`);
    return sheet.getLastRow() === 0
      ? []
      : (sheet.getDataRange().getValues() as unknown[][]);
  });
}

/** Rows of a tab as objects keyed by column key, for tabs the add-on defines. */
export function rows(
  emu: Emulator,
  tab: string,
): Array<Record<string, unknown> & {row: number}> {
  const spec = tabSpec(tab);
  const all = values(emu, tab);
  const headers = mapHeaders(spec, all[0] ?? []);
  const keyAt = headers.index.get(spec.keyColumn);
  const result: Array<Record<string, unknown> & {row: number}> = [];
  all.slice(1).forEach((line, i) => {
    if (keyAt === undefined || cellText(line[keyAt]) === '') return;
    const record: Record<string, unknown> & {row: number} = {row: i + 2};
    for (const [key, position] of headers.index) record[key] = line[position];
    result.push(record);
  });
  return result;
}

/** 1-based column of a header in a tab. */
export function columnOf(emu: Emulator, tab: string, key: string): number {
  const spec = tabSpec(tab);
  const headers = mapHeaders(spec, values(emu, tab)[0] ?? []);
  const position = headers.index.get(key);
  if (position === undefined)
    throw new Error(`Tab ${tab} has no column ${key}`);
  return position + 1;
}

export const REFRESH = 'Làm mới trạng thái';

/** Returns a tab of the emulated spreadsheet through its Apps Script API. */
export function sheet(emu: Emulator, name: string) {
  return emu.workbook.getSheetByName(name);
}

/** Runs `work` without counting service calls, for what the test itself reads or writes. */
export function quietly<T>(emu: Emulator, work: () => T): T {
  return emu.ctx.counter.uncounted(work);
}

/** Clicks refresh and returns the text of the alert it shows ('' when only a toast). */
export function refresh(emu: Emulator): string {
  const before = emu.ui.alerts.length;
  click(emu, REFRESH, 'OK');
  const alert = emu.ui.alerts[before];
  return alert ? alert.prompt : '';
}
