// The mail marks live in column B of the hidden data tab: one read, one setValue per state
// change, room for a country's units, and the marks of earlier versions moved from the
// document properties without losing one.
import {
  DATA_SHEET_NAME,
  readDataText,
  writeDataText,
} from '../../src/edge/data-sheet';
import {writeLedger} from '../../src/edge/mail-ledger';
import {MailMark, MarkStore} from '../../src/edge/mail-marks';
import {MAIL_TAB} from '../../src/workbook/schema';
import type {ServiceEnv} from '../../tools/emulator/env';
import {
  MAX_PROPERTY_STORE_BYTES,
  Properties,
} from '../../tools/emulator/properties';
import {makeSpreadsheet} from '../emulator/spreadsheet/helpers';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GasProperties = GoogleAppsScript.Properties.Properties;

function mark(unit: string, state: MailMark['state'] = 'sent'): MailMark {
  return {
    state,
    at: Date.parse('2026-06-12T01:00:00Z'),
    kind: 'reminder',
    weekStart: '2026-06-08',
    weekLabel: 'Tuần 08/06 – 14/06/2026',
    unitName: `Ban Tuyên giáo và Dân vận ${unit}`,
    to: [`vanthu.${unit}@example.com`, `lanhdao.${unit}@example.com`],
    subject: `[NQ57] Nhắc báo cáo tiến độ trước 14:00 thứ Sáu – đơn vị ${unit}`,
  };
}

function world() {
  const fixture = makeSpreadsheet();
  const entries = new Map<string, string>();
  const properties = new Properties(
    {ctx: fixture.ctx} as ServiceEnv,
    entries,
  ) as unknown as GasProperties;
  const spreadsheet = fixture.ss as unknown as Spreadsheet;
  const calls = (key: string) => fixture.ctx.counter.byMethod()[key] ?? 0;
  const open = () => new MarkStore(spreadsheet, properties);
  const column = () =>
    fixture.ctx.counter.uncounted(() => {
      const sheet = spreadsheet.getSheetByName(DATA_SHEET_NAME);
      if (!sheet) return [];
      return sheet
        .getRange(2, 2, sheet.getMaxRows() - 1, 1)
        .getValues()
        .map(([cell]) => cell);
    });
  return {fixture, entries, properties, spreadsheet, calls, open, column};
}

// The store logs skipped cells and moved marks, which these tests cause on purpose.
beforeEach(() => {
  jest.spyOn(console, 'info').mockImplementation(() => {});
  jest.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => jest.restoreAllMocks());

describe('mark store in the data tab', () => {
  test('marks read back by next run', () => {
    const {open} = world();
    const store = open();
    store.put('2026-06-08|reminder|U1', mark('U1', 'sending'));
    store.put('2026-06-08|reminder|U1', mark('U1', 'sent'));
    store.put('2026-06-08|reminder|U2', mark('U2', 'failed'));
    const next = open();
    expect([...next.marks.keys()]).toEqual([
      '2026-06-08|reminder|U1',
      '2026-06-08|reminder|U2',
    ]);
    expect(next.get('2026-06-08|reminder|U1')).toEqual(mark('U1', 'sent'));
    expect(next.get('2026-06-08|reminder|U2')).toEqual(mark('U2', 'failed'));
  });

  test('one setValue per state change', () => {
    const {open, calls} = world();
    open().put('2026-06-08|reminder|U0', mark('U0'));
    const store = open();
    const reads = calls('Range.getValues');
    const before = calls('Range.setValue');
    const rangesBefore = calls('Sheet.getRange');
    store.put('2026-06-08|reminder|U1', mark('U1', 'sending'));
    store.put('2026-06-08|reminder|U1', mark('U1', 'sent'));
    expect(calls('Range.setValue') - before).toBe(2);
    expect(calls('Sheet.getRange') - rangesBefore).toBe(1);
    open();
    expect(calls('Range.getValues') - reads).toBe(1);
  });

  test('3,000 units past 500 KB', () => {
    const {open, entries} = world();
    const store = open();
    const keys = Array.from(
      {length: 3000},
      (_, i) => `2026-06-08|reminder|U${i}`,
    );
    store.putAll(keys.map((key, i) => [key, mark(`U${i}`, 'pending')]));
    for (const [i, key] of keys.entries()) {
      store.put(key, mark(`U${i}`, 'sending'));
      store.put(key, mark(`U${i}`, 'sent'));
    }
    const bytes = keys.reduce(
      (sum, key, i) => sum + key.length + JSON.stringify(mark(`U${i}`)).length,
      0,
    );
    expect(bytes).toBeGreaterThan(MAX_PROPERTY_STORE_BYTES);
    expect(entries.size).toBe(0);
    const next = open();
    expect(next.marks.size).toBe(3000);
    expect([...next.marks.values()].every(m => m.state === 'sent')).toBe(true);
  });

  test('putAll is one setValues', () => {
    const {open, calls, column} = world();
    const store = open();
    store.put('k1', mark('U1', 'pending'));
    store.put('k2', mark('U2', 'pending'));
    store.put('k3', mark('U3', 'pending'));
    const before = calls('Range.setValues');
    store.putAll([
      ['k3', mark('U3', 'expired')],
      ['k4', mark('U4', 'pending')],
    ]);
    expect(calls('Range.setValues') - before).toBe(1);
    const cells = column();
    expect(JSON.parse(String(cells[0])).state).toBe('pending');
    expect(JSON.parse(String(cells[2])).state).toBe('expired');
    expect(JSON.parse(String(cells[3])).key).toBe('k4');
  });

  test('prune blanks freed rows', () => {
    const {open, column} = world();
    const store = open();
    const weeks = ['2026-05-25', '2026-06-01', '2026-06-08'];
    store.putAll(
      weeks.map(weekStart => [
        `${weekStart}|reminder|U1`,
        {...mark('U1'), weekStart, logged: true},
      ]),
    );
    store.prune('2026-06-08');
    expect([...open().marks.keys()]).toEqual([
      '2026-06-01|reminder|U1',
      '2026-06-08|reminder|U1',
    ]);
    expect(
      column()
        .slice(0, 3)
        .map(cell => cell !== ''),
    ).toEqual([true, true, false]);
  });

  test('edited cell is kept', () => {
    const {open, column, spreadsheet, fixture} = world();
    open().put('k1', mark('U1'));
    fixture.ctx.counter.uncounted(() =>
      spreadsheet
        .getSheetByName(DATA_SHEET_NAME)!
        .getRange(3, 2)
        .setValue('ghi chú'),
    );
    const store = open();
    expect([...store.marks.keys()]).toEqual(['k1']);
    store.put('k2', mark('U2'));
    const cells = column();
    expect(cells[1]).toBe('ghi chú');
    expect(JSON.parse(String(cells[2])).key).toBe('k2');

    store.putAll([
      ['k1', {...mark('U1'), logged: true}],
      ['k2', {...mark('U2'), logged: true}],
    ]);
    expect(column()[1]).toBe('ghi chú');
    store.put('k0', {...mark('U0'), weekStart: '2026-05-25', logged: true});
    store.prune('2026-06-08');
    expect(column().slice(0, 4)).toEqual([
      expect.stringContaining('"k1"'),
      expect.stringContaining('"k2"'),
      'ghi chú',
      '',
    ]);
    open().put('k3', mark('U3'));
    expect(JSON.parse(String(column()[3])).key).toBe('k3');
  });

  test('snapshot and marks coexist', () => {
    const {open, spreadsheet} = world();
    const json = JSON.stringify({text: 'Ủy ban nhân dân xã '.repeat(5000)});
    writeDataText(spreadsheet, json, 0);
    const store = open();
    store.putAll(
      Array.from(
        {length: 40},
        (_, i) => [`k${i}`, mark(`U${i}`)] as [string, MailMark],
      ),
    );
    const stored = readDataText(spreadsheet);
    expect(JSON.parse(stored.text!)).toEqual(JSON.parse(json));
    expect(stored.usedRows).toBeLessThan(40);
    writeDataText(spreadsheet, '{}', stored.usedRows);
    expect(open().marks.size).toBe(40);
  });

  test('new tab has two columns', () => {
    const {open, spreadsheet} = world();
    open().put('k1', mark('U1'));
    const sheet = spreadsheet.getSheetByName(DATA_SHEET_NAME)!;
    expect(sheet.getMaxColumns()).toBe(2);
    expect(sheet.isSheetHidden()).toBe(true);
  });
});

describe('marks from document properties', () => {
  test('moved under lock, tab wins', () => {
    const {open, entries, column} = world();
    open().put('2026-06-08|reminder|U1', mark('U1', 'sent'));
    entries.set(
      'mail:2026-06-08|reminder|U1',
      JSON.stringify(mark('U1', 'sending')),
    );
    entries.set(
      'mail:2026-06-08|reminder|U2',
      JSON.stringify(mark('U2', 'failed')),
    );
    entries.set('mail:broken', '{');
    entries.set('run:onFridayReminder', '{}');

    const preview = open();
    expect(preview.get('2026-06-08|reminder|U1')!.state).toBe('sent');
    expect(preview.get('2026-06-08|reminder|U2')!.state).toBe('failed');
    expect(entries.size).toBe(4);

    const store = open();
    store.moveLegacy();
    expect([...entries.keys()]).toEqual(['run:onFridayReminder']);
    expect(column().filter(cell => cell !== '')).toHaveLength(2);
    const next = open();
    expect(next.get('2026-06-08|reminder|U1')!.state).toBe('sent');
    expect(next.get('2026-06-08|reminder|U2')!.state).toBe('failed');
  });
});

describe('ledger of a large week', () => {
  test('grows past 1,000 rows', () => {
    const {open, spreadsheet, fixture} = world();
    const store = open();
    store.putAll(
      Array.from(
        {length: 1200},
        (_, i) => [`k${i}`, mark(`U${i}`)] as [string, MailMark],
      ),
    );
    writeLedger(spreadsheet, store);
    const rows = fixture.ctx.counter.uncounted(() =>
      spreadsheet.getSheetByName(MAIL_TAB.name)!.getLastRow(),
    );
    expect(rows).toBe(1201);
    expect(store.unlogged()).toEqual([]);
  });
});
