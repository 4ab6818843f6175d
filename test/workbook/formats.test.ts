// Column runs that formatting sets with one call each.
import {columnRuns} from '../../src/workbook/formats';

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
