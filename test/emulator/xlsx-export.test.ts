import ExcelJS from 'exceljs';
import {mkdtempSync, rmSync} from 'fs';
import {tmpdir} from 'os';
import {join} from 'path';
import {exportXlsx} from '../../tools/emulator/xlsx-export';
import {makeSpreadsheet} from './spreadsheet/helpers';

let dir: string;
let book: ExcelJS.Workbook;

/** Builds a small plan workbook with every feature the export maps. */
function buildPlan() {
  const fixture = makeSpreadsheet('2026-06-12T03:00:00Z');
  const {ss, SpreadsheetApp, Charts} = fixture;
  const config = ss.insertSheet('Cấu hình');
  config.getRange('A1:B2').setValues([
    ['Năm kế hoạch', 2026],
    ['Hạn báo cáo', '14:00'],
  ]);
  ss.setNamedRange('NamKeHoach', config.getRange('B1'));

  const tasks = ss.insertSheet('Nhiệm vụ');
  tasks
    .getRange('A1:F1')
    .setValues([['Mã', 'Nội dung', 'Hạn', 'Trạng thái', 'Số ngày trễ', 'Mức']]);
  tasks.getRange('A2:D3').setValues([
    [
      '1.1',
      'Ban hành kế hoạch',
      new Date('2026-01-31T00:00:00+07:00'),
      'Hoàn thành',
    ],
    [
      '1.2',
      'Kiện toàn Ban chỉ đạo',
      new Date('2026-06-30T00:00:00+07:00'),
      'Đang thực hiện',
    ],
  ]);
  tasks.getRange('C2:C3').setNumberFormat('dd/mm/yyyy');
  tasks.getRange('E2:E3').setFormula('=MAX(0,TODAY()-C2)');
  tasks
    .getRange('F2:F3')
    .setFormula('=IFS(E2>30,"Nặng",E2>0,"Trễ",TRUE(),"Đúng hạn")');
  tasks.getRange('G2').setFormula("='Cấu hình'!B1+1");
  tasks.getRange('H2').setFormula('=1/0');

  tasks.setFrozenRows(1);
  tasks.setColumnWidth(2, 350);
  tasks.getRange('B2').setNote('Theo Phụ lục III');
  tasks.getRange('A1:F1').setFontWeight('bold').setBackground('#d9ead3');
  tasks.getRange('I1:J1').merge();

  const status = SpreadsheetApp.newDataValidation()
    .requireValueInList(['Chưa bắt đầu', 'Đang thực hiện', 'Hoàn thành'])
    .setAllowInvalid(false)
    .build();
  tasks.getRange('D2:D3').setDataValidation(status);
  const due = SpreadsheetApp.newDataValidation().requireDate().build();
  tasks.getRange('C2:C3').setDataValidation(due);
  const progress = SpreadsheetApp.newDataValidation()
    .requireNumberBetween(0, 100)
    .build();
  tasks.getRange('K2:K3').setDataValidation(progress);
  const evidence = SpreadsheetApp.newDataValidation()
    .requireFormulaSatisfied('=LEN(L2)>5')
    .build();
  tasks.getRange('L2:L3').setDataValidation(evidence);
  const email = SpreadsheetApp.newDataValidation().requireTextIsEmail().build();
  tasks.getRange('M2').setDataValidation(email);

  const overdue = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied('=$E2>0')
    .setBackground('#f4cccc')
    .setRanges([tasks.getRange('A2:F3')])
    .build();
  tasks.setConditionalFormatRules([overdue]);

  const log = ss.insertSheet('Nhật ký');
  log.getRange('A1').setValue('Thời điểm');
  log.getRange('A1:C50').protect().setDescription('Nhật ký');

  const chart = tasks
    .newChart()
    .setChartType(Charts.ChartType.PIE)
    .addRange(tasks.getRange('D1:D3'))
    .setPosition(5, 2, 0, 0)
    .build();
  tasks.insertChart(chart);
  return fixture;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'xlsx-export-'));
  const file = join(dir, 'workbook.xlsx');
  await exportXlsx(buildPlan().workbook, file);
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
});

afterAll(() => rmSync(dir, {recursive: true, force: true}));

function tasks(): ExcelJS.Worksheet {
  return book.getWorksheet('Nhiệm vụ') as ExcelJS.Worksheet;
}

describe('xlsx export', () => {
  test('tabs in order with Vietnamese names', () => {
    expect(book.worksheets.map(ws => ws.name)).toEqual([
      'Trang tính1',
      'Cấu hình',
      'Nhiệm vụ',
      'Nhật ký',
    ]);
  });

  test('plain values', () => {
    expect(tasks().getCell('B2').value).toBe('Ban hành kế hoạch');
  });

  test('dates as UTC midnight', () => {
    const value = tasks().getCell('C2').value as Date;
    expect(value.toISOString()).toBe('2026-01-31T00:00:00.000Z');
  });

  test('date number format', () => {
    expect(tasks().getCell('C2').numFmt).toBe('dd/mm/yyyy');
  });

  test('formula with cached result', () => {
    const value = tasks().getCell('E2').value as ExcelJS.CellFormulaValue;
    expect(value.formula).toBe('MAX(0,TODAY()-C2)');
    expect(value.result).toBe(132);
  });

  test('newer functions get _xlfn.', () => {
    const value = tasks().getCell('F2').value as ExcelJS.CellFormulaValue;
    expect(value.formula.startsWith('_xlfn.IFS(')).toBe(true);
    expect(value.result).toBe('Nặng');
  });

  test('cross-sheet formula', () => {
    const value = tasks().getCell('G2').value as ExcelJS.CellFormulaValue;
    expect(value.formula).toBe("'Cấu hình'!B1+1");
    expect(value.result).toBe(2027);
  });

  test('error result', () => {
    const value = tasks().getCell('H2').value as ExcelJS.CellFormulaValue;
    expect(value.result).toEqual({error: '#DIV/0!'});
  });

  test('list validation', () => {
    const validation = tasks().getCell('D3').dataValidation;
    expect(validation.type).toBe('list');
    expect(validation.formulae).toEqual([
      '"Chưa bắt đầu,Đang thực hiện,Hoàn thành"',
    ]);
    expect(validation.errorStyle).toBe('stop');
  });

  test('date validation', () => {
    expect(tasks().getCell('C3').dataValidation.type).toBe('date');
  });

  test('decimal validation', () => {
    const validation = tasks().getCell('K2').dataValidation;
    expect(validation.type).toBe('decimal');
    expect(validation.operator).toBe('between');
  });

  test('custom formula validation', () => {
    const validation = tasks().getCell('L2').dataValidation;
    expect(validation.type).toBe('custom');
    expect(validation.formulae).toEqual(['LEN(L2)>5']);
  });

  test('email as custom validation', () => {
    expect(tasks().getCell('M2').dataValidation.type).toBe('custom');
  });

  test('frozen header row', () => {
    const view = tasks().views[0] as ExcelJS.WorksheetView & {ySplit?: number};
    expect(view.state).toBe('frozen');
    expect(view.ySplit).toBe(1);
  });

  test('column width in characters', () => {
    expect(tasks().getColumn(2).width).toBe(50);
  });

  test('note as comment', () => {
    const note = tasks().getCell('B2').note as ExcelJS.Comment | string;
    const text =
      typeof note === 'string' ? note : note.texts?.map(t => t.text).join('');
    expect(text).toBe('Theo Phụ lục III');
  });

  test('merge', () => {
    expect(tasks().getCell('J1').isMerged).toBe(true);
  });

  test('header style', () => {
    const cell = tasks().getCell('A1');
    expect(cell.font?.bold).toBe(true);
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFD9EAD3');
  });

  test('conditional format expression', () => {
    const formats = (
      tasks() as unknown as {
        conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
      }
    ).conditionalFormattings;
    expect(formats[0].ref).toBe('A2:F3');
    expect(
      (formats[0].rules[0] as ExcelJS.ExpressionRuleType).formulae,
    ).toEqual(['$E2>0']);
  });

  test('protected range locked, rest open', () => {
    const log = book.getWorksheet('Nhật ký') as ExcelJS.Worksheet;
    // Excel cells are locked unless marked otherwise.
    expect(log.getCell('B10').protection?.locked).not.toBe(false);
    expect(log.getCell('E1').protection?.locked).toBe(false);
  });

  test('named range', () => {
    expect(book.definedNames.getRanges('NamKeHoach').ranges).toEqual([
      "'Cấu hình'!$B$1",
    ]);
  });

  test('charts listed', () => {
    expect(book.description).toContain('PIE');
  });
});
