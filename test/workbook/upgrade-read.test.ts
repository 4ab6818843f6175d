// What an upgrade reads of each tab: small tabs whole, large tabs in part, and a check reads
// large tabs whole while they fit its cell budget.
import {
  CHECK_COLUMNS,
  upgradeRead,
  UPGRADE_COLUMNS,
} from '../../src/workbook/read-columns';

function cellsOf(cells: number): () => number {
  return () => cells;
}

describe('upgradeRead', () => {
  test('small tab is read whole', () => {
    const budget = {cells: 0};
    expect(upgradeRead('units', true, budget, cellsOf(10))).toBe('whole');
  });

  test('refresh reads upgrade columns', () => {
    const budget = {cells: 1000};
    expect(upgradeRead('tasks', false, budget, cellsOf(10))).toBe(
      UPGRADE_COLUMNS.tasks,
    );
    expect(budget.cells).toBe(1000);
  });

  test('check within budget reads whole', () => {
    const budget = {cells: 1000};
    expect(upgradeRead('tasks', true, budget, cellsOf(600))).toBe('whole');
    expect(budget.cells).toBe(400);
  });

  test('check past budget reads validated columns', () => {
    const budget = {cells: 1000};
    upgradeRead('indicators', true, budget, cellsOf(600));
    expect(upgradeRead('tasks', true, budget, cellsOf(600))).toBe(
      CHECK_COLUMNS.tasks,
    );
    expect(budget.cells).toBe(400);
  });

  test('check columns include upgrade columns', () => {
    for (const key of Object.keys(UPGRADE_COLUMNS)) {
      expect(CHECK_COLUMNS[key]).toEqual(
        expect.arrayContaining([...UPGRADE_COLUMNS[key]]),
      );
    }
  });

  test('check columns include validated ones', () => {
    expect(CHECK_COLUMNS.tasks).toEqual(
      expect.arrayContaining(['status', 'progress', 'completedOn', 'lead']),
    );
    expect(CHECK_COLUMNS.indicators).toEqual(
      expect.arrayContaining(['value1', 'value2', 'lead']),
    );
  });
});
