// The weekly timeliness snapshot in the hidden data tab: large plans keep "what changed since
// last week", the tab stays out of staff's way, and a spreadsheet upgraded from the version
// that kept snapshots in document properties keeps last week's snapshot.
import {Emulator} from '../../tools/emulator/index';
import {pasteRows} from '../../tools/bench/operations';
import {syntheticPlan} from '../../tools/bench/synthetic-plan';
import {seedRows} from '../../src/workbook/seed';
import {TASKS_TAB, UNITS_TAB} from '../../src/workbook/schema';
import {at, click, columnOf, newEmulator, rows, SETUP, setUp} from './harness';
import {summaries} from './mail-outbox';

const DATA_TAB = 'NQ57 – dữ liệu nội bộ';
const NO_PREVIOUS = 'Chưa có số liệu tuần trước để so sánh.';

interface StoredSnapshot {
  weekStart: string;
  data: Record<string, string>;
}

/** Stops every clock trigger, so moving the clock runs nothing the test did not ask for. */
function stopClockTriggers(emu: Emulator): void {
  const store = (emu.emu as unknown as {triggers: {records: unknown[]}})
    .triggers;
  store.records.length = 0;
}

/** Reads the pieces of column A below the notice and parses the JSON they hold. */
function storedDocument(emu: Emulator): {
  pieces: string[];
  last: StoredSnapshot | null;
  previous: StoredSnapshot | null;
} {
  return emu.ctx.counter.uncounted(() => {
    const sheet = emu.workbook.getSheetByName(DATA_TAB);
    const cells = sheet
      .getRange(2, 1, sheet.getLastRow() - 1, 1)
      .getValues() as string[][];
    const pieces = cells.map(([cell]) => cell).filter(cell => cell !== '');
    const json = pieces.map(piece => piece.slice(1)).join('');
    return {pieces, ...JSON.parse(json)};
  });
}

/** Marks tasks done with evidence, as staff would type it. */
function markDone(emu: Emulator, taskRows: number[]): void {
  const status = columnOf(emu, TASKS_TAB.name, 'status');
  const evidence = columnOf(emu, TASKS_TAB.name, 'evidenceLink');
  const progress = columnOf(emu, TASKS_TAB.name, 'progress');
  emu.ctx.counter.uncounted(() => {
    const sheet = emu.workbook.getSheetByName(TASKS_TAB.name);
    for (const row of taskRows) {
      sheet.getRange(row, status).setValue('Hoàn thành');
      sheet
        .getRange(row, evidence)
        .setValue(`https://drive.example/minh-chung-${row}`);
      sheet.getRange(row, progress).setValue(1);
    }
  });
}

function summaryText(emu: Emulator, index: number): string {
  const mail = summaries(emu)[index];
  if (!mail) throw new Error(`No summary number ${index + 1}`);
  return mail.body;
}

describe('weekly snapshot at 2,000 tasks', () => {
  const synthetic = syntheticPlan(2000);
  let emu: Emulator;
  let doneCodes: string[];

  beforeAll(() => {
    emu = newEmulator(at('2026-06-08', '07:00'), {account: 'workspace'});
    click(emu, SETUP, 'OK');
    pasteRows(emu, UNITS_TAB, seedRows(synthetic.plan, 'units'));
    pasteRows(emu, TASKS_TAB, synthetic.taskRows);
    click(emu, SETUP, 'OK');
    stopClockTriggers(emu);

    emu.advanceTo(at('2026-06-12', '15:00'));
    emu.run('onFridaySummary');

    // Tasks near the end of the sheet, so their codes sit in the last piece of the snapshot.
    const open = rows(emu, TASKS_TAB.name).filter(
      task => task.status !== 'Hoàn thành',
    );
    const picked = open.slice(-3);
    doneCodes = picked.map(task => String(task.code));
    emu.advanceTo(at('2026-06-15', '09:00'));
    markDone(
      emu,
      picked.map(task => task.row),
    );
    emu.advanceTo(at('2026-06-19', '15:00'));
    emu.run('onFridaySummary');
  }, 300_000);

  test('first summary has no previous week', () => {
    expect(summaryText(emu, 0)).toContain(NO_PREVIOUS);
  });

  test('second summary lists only new completions', () => {
    const text = summaryText(emu, 1);
    expect(text).not.toContain(NO_PREVIOUS);
    expect(text).toContain('Mới hoàn thành (3)');
    for (const code of doneCodes) expect(text).toContain(code);
  });

  test('snapshot spans several cells', () => {
    const stored = storedDocument(emu);
    expect(stored.pieces.length).toBeGreaterThan(1);
    for (const piece of stored.pieces) {
      expect(piece.length).toBeLessThanOrEqual(50_000);
      expect(piece.startsWith('j')).toBe(true);
    }
    expect(Object.keys(stored.last!.data)).toHaveLength(2000);
  });

  test('latest and previous week are kept', () => {
    const stored = storedDocument(emu);
    expect(stored.last!.weekStart).toBe('2026-06-15');
    expect(stored.previous!.weekStart).toBe('2026-06-08');
    for (const code of doneCodes) {
      expect(stored.previous!.data[code]).not.toMatch(/^done/);
      expect(stored.last!.data[code]).toMatch(/^done/);
    }
  });
});

describe('data tab', () => {
  let emu: Emulator;

  beforeAll(() => {
    emu = setUp(at('2026-06-08', '09:00'));
    emu.advanceTo(at('2026-06-12', '16:00'));
  });

  test('name is NFC Vietnamese', () => {
    const names = emu.ctx.counter.uncounted(() =>
      (emu.workbook.getSheets() as Array<{getName(): string}>).map(sheet =>
        sheet.getName(),
      ),
    );
    expect(names).toContain(DATA_TAB);
    expect(DATA_TAB).toBe(DATA_TAB.normalize('NFC'));
  });

  test('tab is hidden and warns', () => {
    emu.ctx.counter.uncounted(() => {
      const sheet = emu.workbook.getSheetByName(DATA_TAB);
      expect(sheet.isSheetHidden()).toBe(true);
      const protection = sheet.protect();
      expect(protection.isWarningOnly()).toBe(true);
      expect(sheet.getRange(1, 1).getValue()).toContain('xin đừng sửa');
    });
  });

  test('setup keeps the tab quietly', () => {
    const before = emu.ui.alerts.length;
    click(emu, SETUP, 'OK');
    const alert = emu.ui.alerts[before]?.prompt ?? '';
    expect(alert).not.toContain(DATA_TAB);
    expect(alert).not.toContain('đổi tên');
    expect(
      emu.ctx.counter.uncounted(() => emu.workbook.getSheetByName(DATA_TAB)),
    ).not.toBeNull();
  });

  test('menu summary keeps the active tab', () => {
    const fresh = setUp(at('2026-06-08', '09:00'));
    stopClockTriggers(fresh);
    fresh.advanceTo(at('2026-06-12', '13:00'));
    const activeBefore = fresh.ctx.counter.uncounted(() =>
      fresh.workbook.getActiveSheet().getName(),
    );
    fresh.advanceTo(at('2026-06-12', '14:01'));
    click(fresh, 'Gửi tổng hợp tuần ngay', 'YES', 'OK');
    expect(summaries(fresh)).toHaveLength(1);
    const activeAfter = fresh.ctx.counter.uncounted(() =>
      fresh.workbook.getActiveSheet().getName(),
    );
    expect(activeAfter).toBe(activeBefore);
    expect(activeAfter).not.toBe(DATA_TAB);
  });
});

describe('snapshot from document properties', () => {
  test('old snapshot is read once, then moved', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    const properties = emu.ctx.counter.uncounted(() =>
      (
        emu.globals.PropertiesService as {
          getDocumentProperties(): GoogleAppsScript.Properties.Properties;
        }
      ).getDocumentProperties(),
    );
    // What the property version stored after last week's summary: every task on track.
    const codes = rows(emu, TASKS_TAB.name).map(task => String(task.code));
    const data = Object.fromEntries(codes.map(code => [code, 'onTrack']));
    emu.ctx.counter.uncounted(() =>
      properties.setProperty(
        'snapshot:last',
        JSON.stringify({weekStart: '2026-06-01', data}),
      ),
    );
    emu.advanceTo(at('2026-06-12', '16:00'));

    const text = summaryText(emu, 0);
    expect(text).not.toContain(NO_PREVIOUS);
    expect(text).toContain('Thay đổi so với tuần trước');
    const stored = storedDocument(emu);
    expect(stored.previous!.weekStart).toBe('2026-06-01');
    expect(stored.last!.weekStart).toBe('2026-06-08');
    const left = emu.ctx.counter.uncounted(() =>
      properties.getProperty('snapshot:last'),
    );
    expect(left).toBeNull();
  });
});
