// Every unit that a lead or coordinating column names must resolve to a unit of the built-in
// list, so that reminders, summaries and per-unit views reach the right office.

import {buildUnitIndex, resolveUnits} from '../../src/core/units';
import {builtInPlan} from '../../src/plan';
import {builtInNarrative} from '../../src/plan/task-list';

const plan = builtInPlan();

/**
 * Mentions left unresolved on purpose. "Các cơ quan đơn vị theo lĩnh vực" (lead of task 5.4)
 * means "each agency in its own field", so no single unit leads it and the office assigns it.
 */
const UNRESOLVED_ON_PURPOSE = new Set(['Các cơ quan đơn vị theo lĩnh vực']);

const columns: Array<[string, string]> = [
  ...plan.indicators.flatMap(indicator => [
    [`chỉ tiêu ${indicator.no} chủ trì`, indicator.leadText] as [
      string,
      string,
    ],
    [`chỉ tiêu ${indicator.no} phối hợp`, indicator.coordinatingText] as [
      string,
      string,
    ],
  ]),
  ...plan.tasks.flatMap(task => [
    [`nhiệm vụ ${task.code} chủ trì`, task.leadText] as [string, string],
    [`nhiệm vụ ${task.code} phối hợp`, task.coordinatingText] as [
      string,
      string,
    ],
  ]),
].filter(([, text]) => text.trim() !== '');

// "Chủ trì" and "Phối hợp" lines of section III, which task details quote.
const narrativeUnits = builtInNarrative()
  .flatMap(item => item.fields)
  .filter(field => /^(Chủ trì|Phối hợp)/.test(field))
  .map(field => field.slice(field.indexOf(':') + 1).trim());

describe('unit mentions in the built-in plan', () => {
  test('unit names do not conflict', () => {
    expect(buildUnitIndex(plan.units).conflicts).toEqual([]);
  });

  test.each(narrativeUnits)('narrative "%s" resolves', text => {
    const resolved = resolveUnits(text, plan.units);
    const unknown = resolved.unknown.filter(
      name => !UNRESOLVED_ON_PURPOSE.has(name.trim()),
    );
    expect(unknown).toEqual([]);
  });

  test.each(columns)('%s resolves', (_, text) => {
    const resolved = resolveUnits(text, plan.units);
    const unknown = resolved.unknown.filter(
      name => !UNRESOLVED_ON_PURPOSE.has(name.trim()),
    );
    expect(unknown).toEqual([]);
  });

  test.each(columns)('%s names a unit', (_, text) => {
    const resolved = resolveUnits(text, plan.units);
    const onPurpose = UNRESOLVED_ON_PURPOSE.has(text.trim());
    expect(resolved.codes.length > 0 || resolved.all || onPurpose).toBe(true);
  });

  test('aliases resolve to their unit', () => {
    for (const unit of plan.units) {
      for (const alias of [unit.name, ...unit.aliases]) {
        expect(resolveUnits(alias, plan.units).codes).toEqual([unit.code]);
      }
    }
  });

  test('abbreviations resolve', () => {
    const cases: Array<[string, string[]]> = [
      ['VP ĐU, Phòng VHXXH', ['VPDU', 'VHXH']],
      ['CA, thôn', ['CAX', 'THON']],
      ['Nhà mạng, thôn', ['DT-VIENTHONG', 'THON']],
      [
        'Doanh nghiệp viễn thông VNPT Bắc Hà, Viettel Bắc Hà',
        ['DT-VNPT', 'DT-VIETTEL'],
      ],
      ['UBND xã,', ['UBND']],
      ['VP HĐND&UBND', ['VPHDND']],
    ];
    for (const [text, codes] of cases) {
      expect(resolveUnits(text, plan.units).codes).toEqual(codes);
    }
  });
});
