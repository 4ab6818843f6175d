import {
  BUILT_IN_BUDGET_TOTAL_MILLION,
  BUILT_IN_BUDGET_TOTAL_NOTE,
  builtInBudget,
} from '../../src/plan/budget';
import {fixtureBudget, fixtureLines, readText} from './fixture';

const lines = builtInBudget();
const source = fixtureBudget();

// Rows 2b, 3b, 7.1 and 7.2 leave the group column empty: they belong to the group above.
const groupNames = source.rows.reduce<string[]>((names, row) => {
  names.push(row.group || names[names.length - 1]);
  return names;
}, []);

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

describe('built-in budget', () => {
  test('codes in the plan order', () => {
    expect(lines.map(line => line.code)).toEqual([
      '1',
      '2a',
      '2b',
      '3a',
      '3b',
      '4',
      '5',
      '6',
      '7',
      '7.1',
      '7.2',
    ]);
  });

  test('row count matches Phụ lục II', () => {
    expect(lines).toHaveLength(source.rows.length);
  });

  test.each(source.rows.map((row, index) => [index, row] as const))(
    'row %i matches Phụ lục II',
    (index, row) => {
      const line = lines[index];
      expect(line.content).toBe(row.content);
      expect(line.plannedMillion).toBe(row.amount);
      expect(line.source).toBe(row.source);
      expect(line.note).toBe(row.note);
      // The plan prints STT on a group's first row only; codes add "a"/"b" for two rows.
      const stt = row.stt === '' ? source.rows[index - 1].stt : row.stt;
      expect(line.code.replace(/[ab]$/, '')).toBe(stt);
      expect(line.groupName).toBe(groupNames[index]);
    },
  );

  test('group numbers follow the STT', () => {
    const groupNos = lines.map(line => line.groupNo);
    expect(groupNos).toEqual([
      '1',
      '2',
      '2',
      '3',
      '3',
      '4',
      '5',
      '6',
      '7',
      '7',
      '7',
    ]);
  });

  test('7.1 and 7.2 are parts of 7', () => {
    const parts = lines.filter(line => line.partOf === '7');
    const seven = lines.find(line => line.code === '7');
    expect(parts.map(line => line.code)).toEqual(['7.1', '7.2']);
    expect(sum(parts.map(line => line.plannedMillion))).toBe(
      seven?.plannedMillion,
    );
  });

  test('total without parts is 2,788', () => {
    const counted = lines.filter(line => line.partOf === '');
    expect(source.total).toBe(2788);
    expect(sum(counted.map(line => line.plannedMillion))).toBe(source.total);
    expect(BUILT_IN_BUDGET_TOTAL_MILLION).toBe(source.total);
  });

  test('total note as written', () => {
    const totalLine = fixtureLines().find(line => line.includes('Tổng cộng'));
    const cells = (totalLine ?? '').split('\t').map(readText);
    expect(BUILT_IN_BUDGET_TOTAL_NOTE).toBe(cells[5]);
  });
});
