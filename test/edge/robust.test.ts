// How the add-on copes with what people do to a shared spreadsheet and keeps working:
// sorting, inserting, moving and deleting columns, adding rows and leaving blank ones. The
// messages for what it cannot work around are in robust-messages.test.ts.
import {Emulator} from '../../tools/emulator/index';
import {
  at,
  columnOf,
  quietly,
  refresh,
  rows,
  setUp,
  sheet,
  values,
} from './harness';

const TASKS = 'Nhiệm vụ';

function byCode(emu: Emulator, key: string): Map<string, unknown> {
  return new Map(rows(emu, TASKS).map(r => [String(r.code), r[key]]));
}

const NOW = at('2026-06-12', '15:00');

describe('sorting the tasks tab', () => {
  const emu = setUp(NOW);
  const before = byCode(emu, 'timeliness');
  quietly(emu, () => {
    const tab = sheet(emu, TASKS);
    tab
      .getRange(2, 1, tab.getLastRow() - 1, tab.getLastColumn())
      .sort({column: columnOf(emu, TASKS, 'lead'), ascending: false});
  });
  const message = refresh(emu);

  test('keeps each task its timeliness', () => {
    expect(byCode(emu, 'timeliness')).toEqual(before);
  });

  test('adds no rows', () => {
    expect(rows(emu, TASKS).length).toBe(before.size);
  });

  test('reports nothing', () => {
    expect(message).toBe('');
  });

  test('moves row protections with the rows', () => {
    const codesAt = new Map(
      rows(emu, TASKS).map(r => [r.row, String(r.leadCodes)]),
    );
    const blocks = quietly(emu, () =>
      sheet(emu, TASKS)
        .getProtections('RANGE')
        .filter((p: {getDescription(): string}) =>
          p.getDescription().startsWith('NQ57: dòng của'),
        )
        .map((p: {getRange(): {getRow(): number; getNumRows(): number}}) => {
          const range = p.getRange();
          return {first: range.getRow(), count: range.getNumRows()};
        }),
    ) as Array<{first: number; count: number}>;
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      const codes = new Set(
        Array.from({length: block.count}, (_, i) =>
          codesAt.get(block.first + i),
        ),
      );
      expect([block.first, codes.size]).toEqual([block.first, 1]);
    }
  });

  test('protections are warning-only', () => {
    const strict = quietly(emu, () =>
      sheet(emu, TASKS)
        .getProtections('RANGE')
        .filter(
          (p: {getDescription(): string; isWarningOnly(): boolean}) =>
            p.getDescription().startsWith('NQ57: dòng của') &&
            !p.isWarningOnly(),
        ),
    );
    expect(strict).toEqual([]);
  });
});

describe('inserting and moving columns', () => {
  const emu = setUp(NOW);
  const before = byCode(emu, 'timeliness');
  const missingBefore = byCode(emu, 'missing');
  quietly(emu, () => {
    const tab = sheet(emu, TASKS);
    tab.insertColumnsBefore(3, 1);
    tab.getRange(1, 3).setValue('Ghi chú của tôi');
    tab.getRange(2, 3).setValue('giữ nguyên');
    // Move "Người phụ trách" to the far right by values, as a person cutting and pasting.
    const person = columnOf(emu, TASKS, 'person');
    const last = tab.getLastColumn();
    const all = tab.getRange(1, person, tab.getLastRow(), 1).getValues();
    tab.getRange(1, last + 1, all.length, 1).setValues(all);
    tab.deleteColumn(person);
  });
  const message = refresh(emu);

  test('keeps the staff column', () => {
    expect(values(emu, TASKS)[1][2]).toBe('giữ nguyên');
  });

  test('keeps each task its timeliness', () => {
    expect(byCode(emu, 'timeliness')).toEqual(before);
  });

  test('missing items follow the moved column', () => {
    expect(byCode(emu, 'missing')).toEqual(missingBefore);
  });

  test('adds no header', () => {
    const headers = values(emu, TASKS)[0].filter(h => h === 'Người phụ trách');
    expect(headers.length).toBe(1);
  });

  test('reports nothing', () => {
    expect(message).toBe('');
  });
});

describe('rows staff add', () => {
  const emu = setUp(NOW);
  const last = quietly(emu, () => sheet(emu, TASKS).getLastRow());
  const put = (row: number, key: string, value: unknown) =>
    emu.userEdit(TASKS, row, columnOf(emu, TASKS, key), value);
  // A blank row in the middle, then two new tasks at the bottom.
  quietly(emu, () => sheet(emu, TASKS).insertRowsAfter(10, 1));
  put(last + 2, 'code', '9.1');
  put(last + 2, 'content', 'Nhiệm vụ mới');
  put(last + 2, 'lead', 'CA xã, VP ĐU');
  put(last + 2, 'timeText', 'Quý III/2026');
  put(last + 3, 'code', '9.2');
  put(last + 3, 'content', 'Nhiệm vụ có hạn riêng');
  put(last + 3, 'lead', 'Các đơn vị');
  put(last + 3, 'timeText', 'Quý IV');
  put(last + 3, 'due', '15/08/2026');
  const message = refresh(emu);
  const added = (code: string) =>
    rows(emu, TASKS).find(r => String(r.code) === code)!;

  test('fills dates from the time phrase', () => {
    expect(added('9.1').due).toEqual(at('2026-09-30'));
    expect(added('9.1').start).toEqual(at('2026-07-01'));
  });

  test('keeps a typed due date', () => {
    expect(added('9.2').due).toEqual(at('2026-08-15'));
  });

  test('resolves a list of leads', () => {
    expect(added('9.1').leadCodes).toBe('CAX, VPDU');
  });

  test('every unit is not a missing lead', () => {
    expect(added('9.2').missing).toBe('rõ người, rõ kết quả');
  });

  test('extends formulas to new rows', () => {
    expect(added('9.1').timeliness).toBe('Đang thực hiện trong hạn');
  });

  test('blank row stays blank', () => {
    expect(values(emu, TASKS)[10].every(cell => cell === '')).toBe(true);
  });

  test('reports nothing', () => {
    expect(message).toBe('');
  });
});

describe('a deleted optional column', () => {
  const emu = setUp(NOW);
  quietly(emu, () =>
    sheet(emu, TASKS).deleteColumn(columnOf(emu, TASKS, 'note')),
  );
  refresh(emu);

  test('is added back at the end', () => {
    const header = values(emu, TASKS)[0];
    expect(header[header.length - 1]).toBe('Ghi chú');
  });
});

describe('a deleted column that formulas read', () => {
  const emu = setUp(NOW);
  const formulas = () =>
    quietly(emu, () => {
      const tab = sheet(emu, TASKS);
      const column = columnOf(emu, TASKS, 'missing');
      return tab
        .getRange(2, column, tab.getLastRow() - 1, 1)
        .getFormulas()
        .flat() as string[];
    });
  quietly(emu, () =>
    sheet(emu, TASKS).deleteColumn(columnOf(emu, TASKS, 'progress')),
  );
  const broken = formulas().filter(f => f.includes('#REF!')).length;
  refresh(emu);

  test('breaks the formulas first', () => {
    expect(broken).toBeGreaterThan(0);
  });

  test('refresh repairs them', () => {
    expect(formulas().filter(f => f.includes('#REF!'))).toEqual([]);
  });

  test('refresh adds the column back', () => {
    expect(values(emu, TASKS)[0]).toContain('Tiến độ (%)');
  });
});

describe('a column inserted in Kinh phí', () => {
  const emu = setUp(NOW);
  quietly(emu, () => sheet(emu, 'Kinh phí').insertColumnsBefore(2, 1));
  refresh(emu);

  test('keeps the planned total', () => {
    const flat = values(emu, 'Kinh phí').flat();
    const index = flat.findIndex(cell =>
      String(cell).startsWith('Tổng dự kiến'),
    );
    expect(flat[index + 1]).toBe(2788);
  });
});
