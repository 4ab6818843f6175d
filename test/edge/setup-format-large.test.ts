// Setup on tabs grown past a new sheet's 1,000 rows: formats, dropdowns, colours and
// protections reach the last grid row, and the formatting calls do not grow with the rows.
import {pasteRows} from '../../tools/bench/operations';
import {syntheticPlan} from '../../tools/bench/synthetic-plan';
import {CellValue} from '../../src/workbook/cell-value';
import {SeedRow} from '../../src/workbook/seed';
import {TASKS_TAB, UNITS_TAB} from '../../src/workbook/schema';
import {at, click, columnOf, newEmulator, SETUP} from './harness';

const TASKS = TASKS_TAB.name;
const UNITS = UNITS_TAB.name;
const TASK_ROWS = 1500;
const ADDED_UNITS = 1250;

/** Methods that apply formats and validation. Their counts must not grow with the rows. */
const FORMAT_METHODS = [
  'Range.setNumberFormat',
  'Range.setNumberFormats',
  'Range.setDataValidation',
  'Range.setDataValidations',
  'SpreadsheetApp.newDataValidation',
];

function addedUnit(index: number): SeedRow {
  const number = String(index + 1).padStart(4, '0');
  return new Map<string, CellValue>([
    ['code', `TL${number}`],
    ['name', `Tổ liên gia số ${number}`],
    ['aliases', ''],
    ['head', ''],
    ['emails', ''],
  ]);
}

function formatCalls(byMethod: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    FORMAT_METHODS.map(method => [method, byMethod[method] ?? 0]),
  );
}

// A commune that imports its own tables before the first setup: the tabs already have more
// rows than a new sheet's 1,000, and rows past 1,000 carry no format or validation yet.
const emu = newEmulator(at('2026-06-08', '07:00'));
emu.ctx.counter.uncounted(() => {
  emu.workbook.insertSheet(UNITS);
  emu.workbook.insertSheet(TASKS);
});
pasteRows(
  emu,
  UNITS_TAB,
  Array.from({length: ADDED_UNITS}, (_, i) => addedUnit(i)),
);
pasteRows(emu, TASKS_TAB, syntheticPlan(TASK_ROWS).taskRows);
emu.ctx.counter.reset();
click(emu, SETUP, 'OK');
const largeCalls = formatCalls(emu.ctx.counter.byMethod());

const builtIn = newEmulator(at('2026-06-08', '07:00'));
click(builtIn, SETUP, 'OK');
const smallCalls = formatCalls(builtIn.ctx.counter.byMethod());

/* eslint-disable @typescript-eslint/no-explicit-any */
const quietly = <T>(work: () => T): T => emu.ctx.counter.uncounted(work);
const sheet = (name: string): any => emu.workbook.getSheetByName(name);
const cell = (tab: string, row: number, key: string): any =>
  sheet(tab).getRange(row, columnOf(emu, tab, key));
const lastRowOf = (range: any): number => quietly(() => range.getLastRow());

describe('grown tabs', () => {
  test('Nhiệm vụ grid passes 1,400 rows', () => {
    expect(quietly(() => sheet(TASKS).getMaxRows())).toBeGreaterThan(1400);
  });

  test('Đơn vị grid passes 1,200 rows', () => {
    expect(quietly(() => sheet(UNITS).getMaxRows())).toBeGreaterThan(1200);
  });
});

describe('row 1,400 of Nhiệm vụ', () => {
  test('due reads dd/mm/yyyy', () => {
    expect(quietly(() => cell(TASKS, 1400, 'due').getNumberFormat())).toBe(
      'dd/mm/yyyy',
    );
  });

  test('status is a dropdown', () => {
    const rule = quietly(() => cell(TASKS, 1400, 'status').getDataValidation());
    expect(rule).not.toBeNull();
    expect(quietly(() => rule.getCriteriaType())).toBe('VALUE_IN_LIST');
  });

  test('lead lists units past row 1,000', () => {
    const rule = quietly(() => cell(TASKS, 1400, 'lead').getDataValidation());
    expect(rule).not.toBeNull();
    expect(quietly(() => rule.getCriteriaType())).toBe('VALUE_IN_RANGE');
    const source = quietly(() => rule.getCriteriaValues()[0]);
    const unit = quietly(() => cell(UNITS, 1200, 'name').getValue());
    expect(unit).toMatch(/^Tổ liên gia số /);
    expect(quietly(() => source.getValues().flat())).toContain(unit);
  });

  test('unit source reaches the last unit row', () => {
    const rule = quietly(() => cell(TASKS, 1400, 'lead').getDataValidation());
    expect(rule).not.toBeNull();
    const source = quietly(() => rule.getCriteriaValues()[0]);
    expect(lastRowOf(source)).toBe(quietly(() => sheet(UNITS).getMaxRows()));
  });
});

describe('colours and protections', () => {
  const lastGridRow = quietly(() => sheet(TASKS).getMaxRows());

  test('every colour range reaches the last row', () => {
    const rules = quietly(() => sheet(TASKS).getConditionalFormatRules());
    const lastRows = quietly(() =>
      rules.flatMap((rule: any) => rule.getRanges().map(lastRowOf)),
    );
    expect(lastRows.length).toBeGreaterThan(0);
    expect(new Set(lastRows)).toEqual(new Set([lastGridRow]));
  });

  test('computed column warns to the last row', () => {
    const protection = quietly(() =>
      sheet(TASKS)
        .getProtections('RANGE')
        .find((p: any) => p.getDescription().includes('Tình trạng thời hạn')),
    );
    expect(protection).toBeDefined();
    expect(lastRowOf(quietly(() => protection.getRange()))).toBe(lastGridRow);
  });
});

describe('formatting calls', () => {
  test('same at 1,500 rows as at 37', () => {
    expect(largeCalls).toEqual(smallCalls);
  });

  test('only Cấu hình takes per-cell formats', () => {
    expect(largeCalls['Range.setNumberFormats']).toBe(1);
  });

  test('no per-cell validation arrays', () => {
    expect(largeCalls['Range.setDataValidations']).toBe(0);
  });
});
