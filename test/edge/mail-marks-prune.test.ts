// Mail marks stay in the hidden data tab only while they guard a week, because every Friday
// run reads them all and the "Thư đã gửi" tab keeps the history. Marks an earlier version
// kept in the document properties still stop a second send after the upgrade.
import {DATA_SHEET_NAME} from '../../src/edge/data-sheet';
import {Emulator} from '../../tools/emulator/index';
import {at, click, rows, setUp, values} from './harness';
import {reminders} from './mail-outbox';

/** Returns the keys of the marks in column B of the data tab. */
function markKeys(emu: Emulator): string[] {
  return values(emu, DATA_SHEET_NAME)
    .slice(1)
    .map(row => row[1])
    .filter(cell => cell !== '' && cell !== undefined)
    .map(cell => String(JSON.parse(String(cell)).key));
}

function markWeeks(emu: Emulator): string[] {
  return [...new Set(markKeys(emu).map(key => key.split('|')[0]))].sort();
}

describe('mail marks over weeks', () => {
  const emu = setUp(at('2026-06-08', '09:00'));
  emu.advanceTo(at('2026-07-03', '23:00'));

  test('keep this week and last', () => {
    expect(markWeeks(emu)).toEqual(['2026-06-22', '2026-06-29']);
  });

  test('stay out of properties', () => {
    const keys = [...emu.emu.properties.document.keys()];
    expect(keys.filter(key => key.startsWith('mail:'))).toEqual([]);
  });

  test('ledger keeps every week', () => {
    const weeks = new Set(
      rows(emu, 'Thư đã gửi').map(r => String(r.key).split('|')[0]),
    );
    expect([...weeks].sort()).toEqual([
      '2026-06-08',
      '2026-06-15',
      '2026-06-22',
      '2026-06-29',
    ]);
  });
});

describe('marks of an earlier version', () => {
  test('moved and not resent', () => {
    const emu = setUp(at('2026-06-08', '09:00'));
    emu.advanceTo(at('2026-06-12', '11:00'));
    const sent = reminders(emu).length;
    expect(sent).toBeGreaterThan(5);

    // Turn the tab's marks back into what the property version stored, one property a key.
    emu.ctx.counter.uncounted(() => {
      const sheet = emu.workbook.getSheetByName(DATA_SHEET_NAME)!;
      const range = sheet.getRange(2, 2, sheet.getMaxRows() - 1, 1);
      for (const [cell] of range.getValues()) {
        if (cell === '') continue;
        const {key, ...mark} = JSON.parse(String(cell));
        emu.emu.properties.document.set(`mail:${key}`, JSON.stringify(mark));
      }
      range.clearContent();
    });
    expect(markKeys(emu)).toEqual([]);

    click(emu, 'Gửi nhắc báo cáo ngay', 'YES', 'OK');
    expect(reminders(emu)).toHaveLength(sent);
    expect(markKeys(emu).length).toBeGreaterThanOrEqual(sent);
    const left = [...emu.emu.properties.document.keys()].filter(key =>
      key.startsWith('mail:'),
    );
    expect(left).toEqual([]);
  });
});
