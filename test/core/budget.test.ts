import {summarizeBudget} from '../../src/core/budget';
import {makeBudgetLine} from './factories';

// The built-in plan's Phụ lục II: line 7 (923) is detailed by 7.1 and 7.2.
const LINES = [
  makeBudgetLine({code: '1', plannedMillion: 30, spentMillion: 10}),
  makeBudgetLine({code: '2a', plannedMillion: 680, spentMillion: 100}),
  makeBudgetLine({code: '2b', plannedMillion: 675}),
  makeBudgetLine({code: '3a', plannedMillion: 160}),
  makeBudgetLine({code: '3b', plannedMillion: 80}),
  makeBudgetLine({code: '4', plannedMillion: 120}),
  makeBudgetLine({code: '5', plannedMillion: 80}),
  makeBudgetLine({code: '6', plannedMillion: 40}),
  makeBudgetLine({code: '7', plannedMillion: 923, spentMillion: 50}),
  makeBudgetLine({
    code: '7.1',
    plannedMillion: 120,
    partOf: '7',
    spentMillion: 20,
  }),
  makeBudgetLine({
    code: '7.2',
    plannedMillion: 803,
    partOf: '7',
    spentMillion: 30,
  }),
];

describe('summarizeBudget', () => {
  test('planned total skips detail lines', () => {
    expect(summarizeBudget(LINES, 0).plannedTotal).toBe(2788);
  });

  test('spent total skips detail lines', () => {
    expect(summarizeBudget(LINES, 0).spentTotal).toBe(160);
  });

  test('share spent', () => {
    expect(summarizeBudget(LINES, 0).spentShare).toBeCloseTo(160 / 2788, 12);
  });

  test('keeps every line', () => {
    expect(summarizeBudget(LINES, 0).lines.map(line => line.code)).toEqual(
      LINES.map(line => line.code),
    );
  });

  test('unknown commune budget', () => {
    const summary = summarizeBudget(LINES, 0);
    expect(summary.shareOfCommuneBudget).toBeNull();
    expect(summary.meetsOnePercent).toBeNull();
    expect(summary.onePercentText).toContain('Chưa có tổng chi ngân sách xã');
  });

  test('exactly one percent meets', () => {
    const summary = summarizeBudget(LINES, 278800);
    expect(summary.shareOfCommuneBudget).toBeCloseTo(0.01, 12);
    expect(summary.meetsOnePercent).toBe(true);
    expect(summary.onePercentText).toContain('đạt mức tối thiểu 1%');
  });

  test('below one percent', () => {
    const summary = summarizeBudget(LINES, 300000);
    expect(summary.meetsOnePercent).toBe(false);
    expect(summary.onePercentText).toContain('0,93%');
    expect(summary.onePercentText).toContain('chưa đạt');
  });

  test('nothing planned', () => {
    expect(summarizeBudget([], 1000).spentShare).toBeNull();
  });

  test('decimal amounts add cleanly', () => {
    const lines = [
      makeBudgetLine({plannedMillion: 0.1}),
      makeBudgetLine({code: '2', plannedMillion: 0.2}),
    ];
    expect(summarizeBudget(lines, 0).plannedTotal).toBe(0.3);
  });
});
