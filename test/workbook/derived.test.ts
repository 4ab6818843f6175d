// Cells the refresh derives: lead codes follow the lead text, dates fill only empty cells,
// and a phrase that gives no deadline is reported.
import {Unit} from '../../src/core/model';
import {
  ALL_UNITS_TEXT,
  planIndicatorDerivations,
  planTaskDerivations,
  timeCellsAfterEdit,
  writeRuns,
} from '../../src/workbook/derived';
import {INDICATORS_TAB, TASKS_TAB} from '../../src/workbook/schema';
import {mapHeaders} from '../../src/workbook/table';

const UNITS: Unit[] = [
  {
    code: 'VPDU',
    name: 'Văn phòng Đảng ủy',
    aliases: ['VP ĐU'],
    head: '',
    emails: [],
  },
  {code: 'CAX', name: 'Công an xã', aliases: ['CA xã'], head: '', emails: []},
  {code: 'DT-HTX', name: 'Hợp tác xã', aliases: ['HTX'], head: '', emails: []},
];

const taskHeader = TASKS_TAB.columns.map(column => column.header);
const taskHeaders = mapHeaders(TASKS_TAB, taskHeader);
const at = (key: string) => taskHeaders.index.get(key)!;

function taskRow(cells: Record<string, unknown>): unknown[] {
  const line: unknown[] = new Array(taskHeader.length).fill('');
  for (const [key, value] of Object.entries(cells)) line[at(key)] = value;
  return line;
}

function derive(...lines: Array<Record<string, unknown>>) {
  return planTaskDerivations(
    taskHeaders,
    [taskHeader, ...lines.map(taskRow)],
    UNITS,
    2026,
  );
}

describe('planTaskDerivations', () => {
  test('writes lead codes', () => {
    const plan = derive({code: '1.1', lead: 'CA xã, VP ĐU', timeText: 'Quý I'});
    expect(plan.writes).toContainEqual({
      row: 2,
      position: at('leadCodes'),
      value: 'CAX, VPDU',
    });
  });

  test('every unit gets its text', () => {
    const plan = derive({code: '1.1', lead: 'Các đơn vị', timeText: 'Quý I'});
    expect(plan.writes).toContainEqual({
      row: 2,
      position: at('leadCodes'),
      value: ALL_UNITS_TEXT,
    });
  });

  test('current codes are not rewritten', () => {
    const plan = derive({code: '1.1', lead: 'VP ĐU', leadCodes: 'VPDU'});
    expect(plan.writes).toEqual([]);
  });

  test('fills dates from the phrase', () => {
    const plan = derive({
      code: '1.1',
      lead: 'VP ĐU',
      leadCodes: 'VPDU',
      timeText: 'Quý II/2026',
    });
    expect(plan.writes).toEqual([
      {row: 2, position: at('start'), value: {civilDate: '2026-04-01'}},
      {row: 2, position: at('due'), value: {civilDate: '2026-06-30'}},
    ]);
  });

  test('keeps a typed due date', () => {
    const typed = new Date(Date.UTC(2026, 7, 15));
    const plan = derive({
      code: '1.1',
      lead: 'VP ĐU',
      leadCodes: 'VPDU',
      timeText: 'Quý II/2026',
      due: typed,
    });
    expect(plan.writes.map(write => write.position)).toEqual([at('start')]);
  });

  test('fills a recurrence', () => {
    const plan = derive({
      code: '1.1',
      lead: 'VP ĐU',
      leadCodes: 'VPDU',
      timeText: 'Hàng tháng',
    });
    expect(plan.writes).toContainEqual({
      row: 2,
      position: at('recurrence'),
      value: 'Hàng tháng',
    });
  });

  test('warns on a phrase without deadline', () => {
    const plan = derive({
      code: '1.1',
      lead: 'VP ĐU',
      leadCodes: 'VPDU',
      timeText: 'Khi cần',
    });
    expect(plan.issues.map(issue => [issue.column, issue.row])).toEqual([
      ['Thời gian (theo kế hoạch)', 2],
    ]);
  });

  test('no warning once a due date is typed', () => {
    const plan = derive({
      code: '1.1',
      lead: 'VP ĐU',
      leadCodes: 'VPDU',
      timeText: 'Khi cần',
      due: new Date(),
    });
    expect(plan.issues).toEqual([]);
  });

  test('error cell is left alone', () => {
    const plan = derive({
      code: '1.1',
      lead: 'VP ĐU',
      leadCodes: '#REF!',
      timeText: '',
    });
    expect(plan.writes).toEqual([]);
  });

  test('rows without code are skipped', () => {
    const plan = derive({lead: 'VP ĐU', timeText: 'Quý I'});
    expect(plan.writes).toEqual([]);
  });
});

describe('planIndicatorDerivations', () => {
  const header = INDICATORS_TAB.columns.map(column => column.header);
  const headers = mapHeaders(INDICATORS_TAB, header);
  const pos = (key: string) => headers.index.get(key)!;
  const line = (cells: Record<string, unknown>) => {
    const row: unknown[] = new Array(header.length).fill('');
    for (const [key, value] of Object.entries(cells)) row[pos(key)] = value;
    return row;
  };

  test('conditions follow an edited target', () => {
    const plan = planIndicatorDerivations(
      headers,
      [
        header,
        line({
          no: 1,
          targetText: '$\\geq 0,7$',
          operator1: '>=',
          threshold1: 20,
        }),
      ],
      2026,
    );
    expect(plan.writes).toEqual([
      {row: 2, position: pos('threshold1'), value: 0.7},
    ]);
  });

  test('unreadable target is reported', () => {
    const plan = planIndicatorDerivations(
      headers,
      [header, line({no: 1, targetText: 'Nâng cao chất lượng'})],
      2026,
    );
    expect(plan.issues.map(issue => issue.column)).toEqual([
      'Mức cần đạt 2026 (theo kế hoạch)',
    ]);
  });
});

describe('writeRuns', () => {
  test('joins adjacent rows of one column', () => {
    const runs = writeRuns([
      {row: 3, position: 1, value: 'b'},
      {row: 2, position: 1, value: 'a'},
      {row: 5, position: 1, value: 'c'},
      {row: 2, position: 4, value: 'd'},
    ]);
    expect(runs).toEqual([
      {row: 2, position: 1, values: ['a', 'b']},
      {row: 5, position: 1, values: ['c']},
      {row: 2, position: 4, values: ['d']},
    ]);
  });
});

describe('timeCellsAfterEdit', () => {
  test('derived dates follow the new phrase', () => {
    const changes = timeCellsAfterEdit(
      'Quý I',
      'Quý III',
      {start: '2026-01-01', due: '2026-03-31', recurrence: ''},
      2026,
    );
    expect(changes).toEqual({
      start: {civilDate: '2026-07-01'},
      due: {civilDate: '2026-09-30'},
    });
  });

  test('a typed due date is kept', () => {
    const changes = timeCellsAfterEdit(
      'Quý I',
      'Quý III',
      {start: '2026-01-01', due: '2026-02-15', recurrence: ''},
      2026,
    );
    expect(changes).toEqual({start: {civilDate: '2026-07-01'}});
  });

  test('a recurring phrase clears derived dates', () => {
    const changes = timeCellsAfterEdit(
      'Quý I',
      'Hàng tháng',
      {start: '2026-01-01', due: '2026-03-31', recurrence: ''},
      2026,
    );
    expect(changes).toEqual({start: '', due: '', recurrence: 'Hàng tháng'});
  });
});

describe('without the units tab', () => {
  test('lead codes are left alone', () => {
    const plan = planTaskDerivations(
      taskHeaders,
      [taskHeader, taskRow({code: '1.1', lead: 'VP ĐU', leadCodes: 'VPDU'})],
      null,
      2026,
    );
    expect(plan.writes).toEqual([]);
  });
});
