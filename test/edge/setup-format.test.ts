// What setup applies besides values: dropdowns and validation, number formats, colours,
// frozen headers, widths and protections, read back through the Apps Script API.
import {Emulator} from '../../tools/emulator/index';
import {at, click, columnOf, rows, SETUP, setUp} from './harness';

const emu = setUp(at('2026-06-12', '15:00'));
const TASKS = 'Nhiệm vụ';

/* eslint-disable @typescript-eslint/no-explicit-any */
const quietly = <T>(work: () => T): T => emu.ctx.counter.uncounted(work);
const sheet = (name: string): any => emu.workbook.getSheetByName(name);
const cell = (tab: string, row: number, key: string): any =>
  sheet(tab).getRange(row, columnOf(emu, tab, key));

describe('Nhiệm vụ validation', () => {
  test('status is a strict dropdown', () => {
    const rule = quietly(() => cell(TASKS, 5, 'status').getDataValidation());
    expect(quietly(() => rule.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(quietly(() => rule.getCriteriaValues()[0])).toEqual([
      'Chưa bắt đầu',
      'Đang thực hiện',
      'Hoàn thành',
      'Tạm dừng',
      'Đã hủy',
    ]);
    expect(quietly(() => rule.getAllowInvalid())).toBe(false);
  });

  test('lead lists the units of Đơn vị', () => {
    const rule = quietly(() => cell(TASKS, 5, 'lead').getDataValidation());
    expect(quietly(() => rule.getCriteriaType())).toBe('VALUE_IN_RANGE');
    const range = quietly(() => rule.getCriteriaValues()[0]);
    expect(quietly(() => range.getSheet().getName())).toBe('Đơn vị');
  });

  test('progress is 0 to 100', () => {
    const rule = quietly(() => cell(TASKS, 5, 'progress').getDataValidation());
    expect(quietly(() => rule.getCriteriaType())).toBe('NUMBER_BETWEEN');
    expect(quietly(() => rule.getCriteriaValues())).toEqual([0, 100]);
  });

  test('due takes only dates', () => {
    const rule = quietly(() => cell(TASKS, 5, 'due').getDataValidation());
    expect(quietly(() => rule.getCriteriaType())).toBe('DATE_IS_VALID_DATE');
  });

  test('person email takes an email', () => {
    const rule = quietly(() =>
      cell(TASKS, 5, 'personEmail').getDataValidation(),
    );
    expect(quietly(() => rule.getCriteriaType())).toBe('TEXT_IS_VALID_EMAIL');
  });

  test('a typed unknown status is rejected', () => {
    const edit = emu.userEdit(TASKS, 5, columnOf(emu, TASKS, 'status'), 'Xong');
    expect(edit.accepted).toBe(false);
  });

  test('a row added below is covered', () => {
    const rule = quietly(() => cell(TASKS, 500, 'status').getDataValidation());
    expect(rule).not.toBeNull();
  });
});

describe('formats', () => {
  test('dates read dd/mm/yyyy', () => {
    expect(quietly(() => cell(TASKS, 5, 'due').getNumberFormat())).toBe(
      'dd/mm/yyyy',
    );
  });

  test('due shows as dd/mm/yyyy', () => {
    const row = rows(emu, TASKS).find(r => r.code === '1.4')!.row;
    const shown = quietly(() => cell(TASKS, row, 'due').getDisplayValue());
    expect(shown).toMatch(/^\d{2}\/\d{2}\/2026$/);
  });

  test('plan date in Cấu hình stays a date', () => {
    const values = quietly(() => sheet('Cấu hình').getDataRange().getValues());
    const row = values.find(
      (r: unknown[]) => r[0] === 'Ngày ban hành kế hoạch',
    );
    expect(row[1]).toBeInstanceOf(Date);
  });

  test('header row is frozen', () => {
    expect(quietly(() => sheet(TASKS).getFrozenRows())).toBe(1);
  });

  test('content column is wide', () => {
    const width = quietly(() =>
      sheet(TASKS).getColumnWidth(columnOf(emu, TASKS, 'content')),
    );
    expect(width).toBe(320);
  });
});

describe('colours', () => {
  const rules = quietly(() => sheet(TASKS).getConditionalFormatRules());
  const formulas = quietly(() =>
    rules.map((rule: any) => rule.getBooleanCondition().getCriteriaValues()[0]),
  ) as string[];

  test.each(['Quá hạn', 'Sắp đến hạn (≤ 7 ngày)', 'Hoàn thành đúng hạn'])(
    'rule for %p',
    label => {
      expect(formulas.some(f => f.includes(`"${label}"`))).toBe(true);
    },
  );

  test('rule for missing 6 rõ', () => {
    expect(formulas.some(f => f.endsWith('<>""'))).toBe(true);
  });
});

describe('protections', () => {
  const descriptions = (tab: string): Array<[string, boolean]> =>
    quietly(() =>
      sheet(tab)
        .getProtections('RANGE')
        .map((p: any) => [p.getDescription(), p.isWarningOnly()]),
    );

  test('header row is locked', () => {
    expect(descriptions(TASKS)).toContainEqual(['NQ57: dòng tiêu đề', false]);
  });

  test('formula columns warn', () => {
    const managed = descriptions(TASKS).filter(([d]) =>
      d.includes('Tình trạng thời hạn'),
    );
    expect(managed.map(([, warning]) => warning)).toEqual([true]);
  });

  test('Cấu hình is locked', () => {
    const locked = descriptions('Cấu hình').filter(([, warning]) => !warning);
    expect(locked.length).toBe(1);
  });

  test('unit rows warn', () => {
    const blocks = descriptions(TASKS).filter(([d]) =>
      d.startsWith('NQ57: dòng của'),
    );
    expect(blocks.length).toBeGreaterThan(5);
    expect(blocks.every(([, warning]) => warning)).toBe(true);
  });

  test('unit rows stay few', () => {
    const blocks = descriptions(TASKS).filter(([d]) =>
      d.startsWith('NQ57: dòng của'),
    );
    expect(blocks.length).toBeLessThanOrEqual(40);
  });

  test('unchanged rows cost no protection calls', () => {
    emu.ctx.counter.reset();
    click(emu, 'Làm mới trạng thái', 'OK');
    expect(emu.ctx.counter.byMethod()['Sheet.getProtections'] ?? 0).toBe(0);
  });

  test('staff may still edit a status', () => {
    const edit = emu.userEdit(
      TASKS,
      3,
      columnOf(emu, TASKS, 'status'),
      'Đang thực hiện',
      'vhxh@bacha.example',
    );
    expect(edit.accepted).toBe(true);
  });
});

describe("staff's own column after setup", () => {
  const header = 'Mức ưu tiên';
  let own: Emulator;
  let column: number;

  beforeAll(() => {
    own = setUp(at('2026-06-12', '15:00'));
    own.ctx.counter.uncounted(() => {
      const tasks = own.workbook.getSheetByName(TASKS);
      column = tasks.getLastColumn() + 1;
      tasks.getRange(1, column).setValue(header);
      const body = tasks.getRange(2, column, tasks.getMaxRows() - 1, 1);
      body.setNumberFormat('0.00');
      const app = own.globals.SpreadsheetApp as any;
      body.setDataValidation(
        app.newDataValidation().requireValueInList(['Cao', 'Thấp']).build(),
      );
    });
    click(own, SETUP, 'OK');
  });

  const ownCell = (row: number): any =>
    own.workbook.getSheetByName(TASKS).getRange(row, column);

  test('keeps its number format', () => {
    const format = own.ctx.counter.uncounted(() =>
      ownCell(5).getNumberFormat(),
    );
    expect(format).toBe('0.00');
  });

  test('keeps its dropdown', () => {
    const rule = own.ctx.counter.uncounted(() =>
      ownCell(5).getDataValidation(),
    );
    expect(rule).not.toBeNull();
    const values = own.ctx.counter.uncounted(() => rule.getCriteriaValues());
    expect(values[0]).toEqual(['Cao', 'Thấp']);
  });
});
