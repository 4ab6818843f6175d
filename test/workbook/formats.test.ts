// Column runs that formatting sets with one call each, and the unit dropdown's source range.
import {columnRuns, unitNamesRange} from '../../src/workbook/formats';
import {UNITS_TAB} from '../../src/workbook/schema';
import {mapHeaders} from '../../src/workbook/table';

const same = (value: string) => value;

describe('columnRuns', () => {
  test('joins adjacent equal values', () => {
    expect(columnRuns(['@', '@', 'dd/mm/yyyy', '@'], same)).toEqual([
      {first: 0, count: 2, value: '@'},
      {first: 2, count: 1, value: 'dd/mm/yyyy'},
      {first: 3, count: 1, value: '@'},
    ]);
  });

  test('skips null columns', () => {
    expect(columnRuns(['@', null, '@', '@', null], same)).toEqual([
      {first: 0, count: 1, value: '@'},
      {first: 2, count: 2, value: '@'},
    ]);
  });

  test('compares by key', () => {
    const runs = columnRuns(
      [{spec: 'a'}, {spec: 'a'}, {spec: 'b'}],
      entry => entry.spec,
    );
    expect(runs.map(({first, count}) => [first, count])).toEqual([
      [0, 2],
      [2, 1],
    ]);
  });

  test('empty row gives no runs', () => {
    expect(columnRuns<string>([null, null], same)).toEqual([]);
  });
});

describe('unitNamesRange', () => {
  test('spans the name column to the last row', () => {
    const headers = mapHeaders(
      UNITS_TAB,
      UNITS_TAB.columns.map(column => column.header),
    );
    expect(unitNamesRange(headers, 3001)).toBe("'Đơn vị'!$B$2:$B$3001");
  });

  test('follows a moved name column', () => {
    const headers = mapHeaders(UNITS_TAB, [
      'Mã đơn vị',
      'Ghi chú',
      'Tên đơn vị',
    ]);
    expect(unitNamesRange(headers, 1000)).toBe("'Đơn vị'!$C$2:$C$1000");
  });
});
