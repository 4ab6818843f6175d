import {builtInIndicators} from '../../src/plan/indicators';
import {fixtureIndicators} from './fixture';

const indicators = builtInIndicators();
const source = fixtureIndicators();

describe('built-in indicators', () => {
  test('count matches Phụ lục I', () => {
    expect(source).toHaveLength(31);
    expect(indicators).toHaveLength(source.length);
  });

  test('groups match Phụ lục I', () => {
    const groups = new Set(
      indicators.map(i => `${i.groupCode} ${i.groupName}`),
    );
    const sourceGroups = new Set(
      source.map(r => `${r.groupCode} ${r.groupName}`),
    );
    expect(groups.size).toBe(7);
    expect([...groups]).toEqual([...sourceGroups]);
  });

  test.each(source.map(row => [row.cells[0], row] as const))(
    'indicator %s matches its row',
    (no, row) => {
      const indicator = indicators.find(i => String(i.no) === no);
      expect(indicator).toBeDefined();
      const [
        ,
        name,
        unit,
        result,
        target,
        lead,
        coordinating,
        deadline,
        evidence,
      ] = row.cells;
      expect(indicator?.groupCode).toBe(row.groupCode);
      expect(indicator?.groupName).toBe(row.groupName);
      expect(indicator?.name).toBe(name);
      expect(indicator?.unitOfMeasure).toBe(unit);
      expect(indicator?.result2025).toBe(result);
      expect(indicator?.targetText).toBe(target);
      expect(indicator?.leadText).toBe(lead);
      expect(indicator?.coordinatingText).toBe(coordinating);
      expect(indicator?.deadlineText).toBe(deadline);
      expect(indicator?.evidence).toBe(evidence);
    },
  );

  test('PDF targets read as ≥', () => {
    const byNo = new Map(indicators.map(i => [i.no, i]));
    expect(byNo.get(1)?.targetText).toBe('Rà soát 100%; xử lý ≥ 02 thôn');
    expect(byNo.get(2)?.targetText).toBe('≥ 20');
    expect(byNo.get(6)?.result2025).toBe('≥ 80%');
    expect(byNo.get(30)?.targetText).toBe('≥ 0,7');
  });
});
