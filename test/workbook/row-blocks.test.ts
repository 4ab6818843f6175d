// Row protections: one block per run of rows with the same lead units.
import {Unit} from '../../src/core/model';
import {ALL_UNITS_TEXT} from '../../src/workbook/derived';
import {
  blocksFingerprint,
  MAX_ROW_BLOCKS,
  taskRowBlocks,
  tooManyBlocksIssue,
} from '../../src/workbook/row-blocks';
import {TASKS_TAB} from '../../src/workbook/schema';
import {mapHeaders} from '../../src/workbook/table';

const header = TASKS_TAB.columns.map(column => column.header);
const headers = mapHeaders(TASKS_TAB, header);
const UNITS: Unit[] = [
  {code: 'VPDU', name: 'Văn phòng Đảng ủy', aliases: [], head: '', emails: []},
  {code: 'CAX', name: 'Công an xã', aliases: [], head: '', emails: []},
];

function sheet(rows: Array<[string, string]>): unknown[][] {
  return [
    header,
    ...rows.map(([code, codes]) => {
      const line: unknown[] = new Array(header.length).fill('');
      line[headers.index.get('code')!] = code;
      line[headers.index.get('leadCodes')!] = codes;
      return line;
    }),
  ];
}

const spans = (values: unknown[][]) =>
  taskRowBlocks(headers, values, UNITS).map(b => [
    b.firstRow,
    b.lastRow,
    b.codes,
  ]);

describe('taskRowBlocks', () => {
  test('joins rows of one unit', () => {
    const values = sheet([
      ['1.1', 'VPDU'],
      ['1.2', 'VPDU'],
      ['1.3', 'CAX'],
    ]);
    expect(spans(values)).toEqual([
      [2, 3, 'VPDU'],
      [4, 4, 'CAX'],
    ]);
  });

  test('a blank row splits a block', () => {
    const values = sheet([
      ['1.1', 'VPDU'],
      ['', ''],
      ['1.3', 'VPDU'],
    ]);
    expect(spans(values)).toEqual([
      [2, 2, 'VPDU'],
      [4, 4, 'VPDU'],
    ]);
  });

  test('rows of every unit get none', () => {
    const values = sheet([
      ['1.1', ALL_UNITS_TEXT],
      ['1.2', ''],
    ]);
    expect(spans(values)).toEqual([]);
  });

  test('description names units and rows', () => {
    const values = sheet([['1.1', 'CAX, VPDU']]);
    expect(taskRowBlocks(headers, values, UNITS)[0].description).toBe(
      'NQ57: dòng của Công an xã, Văn phòng Đảng ủy (dòng 2–2); đơn vị khác sửa cần xác nhận',
    );
  });
});

describe('blocksFingerprint', () => {
  const blocksOf = (rows: Array<[string, string]>) =>
    taskRowBlocks(headers, sheet(rows), UNITS);

  test('same blocks, same fingerprint', () => {
    const rows: Array<[string, string]> = [
      ['1.1', 'VPDU'],
      ['1.2', 'CAX'],
    ];
    expect(blocksFingerprint(blocksOf(rows))).toBe(
      blocksFingerprint(blocksOf(rows)),
    );
  });

  test('moved rows change it', () => {
    const before = blocksOf([
      ['1.1', 'VPDU'],
      ['1.2', 'CAX'],
    ]);
    const after = blocksOf([
      ['1.2', 'CAX'],
      ['1.1', 'VPDU'],
    ]);
    expect(blocksFingerprint(after)).not.toBe(blocksFingerprint(before));
  });
});

describe('tooManyBlocksIssue', () => {
  test('says how to turn them back on', () => {
    const issue = tooManyBlocksIssue(TASKS_TAB, 150);
    expect(issue.message).toContain(
      'Hãy sắp xếp tab theo cột "Mã đơn vị chủ trì"',
    );
  });

  test('names the count and limit', () => {
    const issue = tooManyBlocksIssue(TASKS_TAB, 150);
    expect(issue.message).toContain(`150 nhóm (nhiều hơn ${MAX_ROW_BLOCKS})`);
  });
});
