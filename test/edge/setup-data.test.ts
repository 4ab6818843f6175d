// Setup writes the whole built-in plan: every column of the three appendices and every
// narrative task, as the plan writes them, with the PDF export's artifacts read.
import {builtInPlan} from '../../src/plan';
import {at, click, columnOf, rows, setUp, values} from './harness';

const plan = builtInPlan();
const emu = setUp(at('2026-06-12', '15:00'));
const text = (value: unknown) => String(value);

describe('Chỉ tiêu tab', () => {
  const sheet = rows(emu, 'Chỉ tiêu');
  const byNo = new Map(sheet.map(r => [Number(r.no), r]));

  test.each(plan.indicators.map(i => [i.no, i] as const))(
    'indicator %p keeps every column',
    (_, indicator) => {
      const row = byNo.get(indicator.no)!;
      expect({
        name: row.name,
        unitOfMeasure: text(row.unitOfMeasure),
        result2025: text(row.result2025),
        targetText: text(row.targetText),
        evidence: row.evidence,
        lead: row.lead,
        coordinating: row.coordinating,
        deadlineText: text(row.deadlineText),
      }).toEqual({
        name: indicator.name,
        unitOfMeasure: indicator.unitOfMeasure,
        result2025: indicator.result2025,
        targetText: indicator.targetText,
        evidence: indicator.evidence,
        lead: indicator.leadText,
        coordinating: indicator.coordinatingText,
        deadlineText: indicator.deadlineText,
      });
    },
  );

  test('no PDF artifacts remain', () => {
    const targets = sheet.map(r => text(r.targetText));
    expect(targets.filter(t => /[$\\]|geq|leq/.test(t))).toEqual([]);
  });

  test('decimal comma reads as a number', () => {
    const row = sheet.find(r => text(r.targetText).includes('0,7'))!;
    expect(row.threshold1).toBe(0.7);
  });

  test('≥ 20 reads as operator and value', () => {
    const row = sheet.find(r => text(r.targetText) === '≥ 20')!;
    expect([row.operator1, row.threshold1]).toEqual(['>=', 20]);
  });
});

describe('Kinh phí tab', () => {
  const sheet = rows(emu, 'Kinh phí');

  test.each(plan.budget.map(line => [line.code, line] as const))(
    'line %p keeps every column',
    (code, line) => {
      const row = sheet.find(r => text(r.code) === code)!;
      expect({
        groupNo: text(row.groupNo),
        group: row.group,
        content: row.content,
        planned: row.planned,
        source: row.source,
        note: row.note,
        partOf: text(row.partOf),
      }).toEqual({
        groupNo: line.groupNo,
        group: line.groupName,
        content: line.content,
        planned: line.plannedMillion,
        source: line.source,
        note: line.note,
        partOf: line.partOf,
      });
    },
  );

  test('codes stay text', () => {
    expect(sheet.map(r => typeof r.code)).toEqual(
      plan.budget.map(() => 'string'),
    );
  });
});

describe('Nhiệm vụ tab', () => {
  const sheet = rows(emu, 'Nhiệm vụ');

  test('holds every task once', () => {
    expect(sheet.map(r => text(r.code))).toEqual(plan.tasks.map(t => t.code));
  });

  test('holds the narrative tasks', () => {
    const codes = sheet.map(r => text(r.code));
    for (const code of ['3.6', '5.4', '8.6']) expect(codes).toContain(code);
  });

  test.each(plan.tasks.map(task => [task.code, task] as const))(
    'task %p keeps every column',
    (code, task) => {
      const row = sheet.find(r => text(r.code) === code)!;
      expect({
        section: row.section,
        group: row.group,
        content: row.content,
        detail: row.detail,
        lead: row.lead,
        coordinating: row.coordinating,
        timeText: text(row.timeText),
        product: row.product,
        note: row.note,
      }).toEqual({
        section: `${task.sectionCode}. ${task.sectionName}`,
        group: `${task.groupNo}. ${task.groupName}`,
        content: task.content,
        detail: task.detail,
        lead: task.leadText,
        coordinating: task.coordinatingText,
        timeText: task.timeText,
        product: task.product,
        note: task.note,
      });
    },
  );

  test('every lead resolves to a unit', () => {
    expect(sheet.filter(r => r.leadCodes === '').map(r => r.code)).toEqual([]);
  });
});

describe('Đơn vị tab', () => {
  const sheet = rows(emu, 'Đơn vị');

  test.each(plan.units.map(unit => [unit.code, unit] as const))(
    'unit %p keeps its aliases',
    (code, unit) => {
      const row = sheet.find(r => r.code === code)!;
      expect([row.name, row.aliases]).toEqual([
        unit.name,
        unit.aliases.join('; '),
      ]);
    },
  );
});

describe('unit mentions', () => {
  const local = setUp(at('2026-06-12', '15:00'));
  const row = rows(local, 'Nhiệm vụ')[0].row;
  local.ctx.counter.uncounted(() =>
    local.workbook
      .getSheetByName('Nhiệm vụ')
      .getRange(row, columnOf(local, 'Nhiệm vụ', 'coordinating'))
      .setValue('CA xã, Phòng Ma, các đơn vị'),
  );
  const before = local.ui.alerts.length;
  click(local, 'Làm mới trạng thái', 'OK');
  const message = local.ui.alerts[before]?.prompt ?? '';

  test('an unknown unit is listed', () => {
    expect(message).toContain(
      `Tab "Nhiệm vụ", cột "Đơn vị phối hợp", dòng ${row}: Không tìm thấy đơn vị "Phòng Ma"`,
    );
  });

  test('only the unknown unit is listed', () => {
    expect(message.split('Không tìm thấy đơn vị').length).toBe(2);
  });

  test('the plan has no unknown unit', () => {
    const fresh = values(emu, 'Nhiệm vụ').length;
    expect(fresh).toBeGreaterThan(1);
    const alerts = emu.ui.alerts.map(a => a.prompt).join('\n');
    expect(alerts).not.toContain('Không tìm thấy đơn vị');
  });
});
