// Export of an emulated spreadsheet to .xlsx with exceljs: every tab in order with values,
// formulas with their cached results, number formats, validation, conditional formats,
// frozen panes, sizes, notes, merges and protections.

import ExcelJS from 'exceljs';
import {GridRect, cellA1, rectA1, rectContains} from './spreadsheet/a1';
import {contentExtent, effectiveFormat} from './spreadsheet/cells';
import {DEFAULT_COLUMN_WIDTH, SheetData} from './spreadsheet/model';
import {isDateFormat} from './spreadsheet/number-format';
import {ProtectionData} from './spreadsheet/protection';
import type {EmuSpreadsheet} from './spreadsheet/spreadsheet';
import {WorkbookState} from './spreadsheet/state';
import {applyStyle} from './spreadsheet/xlsx-style';
import {
  serialToExcelDate,
  shiftRule,
  toArgb,
  toExcelConditionalFormat,
  toExcelFormula,
  toExcelValidation,
} from './spreadsheet/xlsx-rules';
import {DataValidationData} from './spreadsheet/validation';

const EXCEL_ERRORS = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
];

/** Excel rejects these characters in tab names and allows 31 characters. */
// NOTE: a tab renamed here breaks formulas that name it; Sheets allows '/', Excel does not.
export function excelSheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);
}

function cellValue(
  state: WorkbookState,
  sheet: SheetData,
  row: number,
  col: number,
) {
  const engine = state.engine;
  const raw = engine.value(sheet.engineId, row - 1, col - 1);
  const format = effectiveFormat(state, sheet, row, col);
  let value: ExcelJS.CellValue = raw;
  if (typeof raw === 'number' && isDateFormat(format))
    value = serialToExcelDate(raw);
  if (engine.isError(sheet.engineId, row - 1, col - 1)) {
    const code = EXCEL_ERRORS.includes(String(raw)) ? String(raw) : '#VALUE!';
    value = {error: code} as ExcelJS.CellErrorValue;
  }
  const formula = engine.formula(sheet.engineId, row - 1, col - 1);
  if (formula) {
    return {
      formula: toExcelFormula(formula),
      result: value ?? undefined,
    } as ExcelJS.CellValue;
  }
  return value;
}

/** Returns the protections that lock cells in Excel; warning-only ones only warn in Sheets. */
// NOTE: Excel has no warning-only protection, so warning-only protections are not exported.
function lockingProtections(
  state: WorkbookState,
  sheet: SheetData,
): ProtectionData[] {
  return state.protections.filter(p => p.sheet === sheet && !p.warningOnly);
}

function isLocked(
  protections: ProtectionData[],
  row: number,
  col: number,
): boolean {
  return protections.some(protection =>
    protection.rect
      ? rectContains(protection.rect, row, col)
      : !protection.unprotected.some(rect => rectContains(rect, row, col)),
  );
}

/** Returns the block of cells that must be written: contents, formats and protected areas. */
function usedExtent(
  state: WorkbookState,
  sheet: SheetData,
  locks: ProtectionData[],
): GridRect {
  let [rows, cols] = contentExtent(state, sheet);
  sheet.meta.forEach((cells, i) => {
    if (!cells) return;
    cells.forEach((meta, j) => {
      if (!meta) return;
      rows = Math.max(rows, i + 1);
      cols = Math.max(cols, j + 1);
    });
  });
  for (const protection of locks) {
    for (const rect of protection.rect
      ? [protection.rect]
      : protection.unprotected) {
      rows = Math.max(rows, rect.row + rect.numRows - 1);
      cols = Math.max(cols, rect.col + rect.numCols - 1);
    }
  }
  return {
    row: 1,
    col: 1,
    numRows: Math.min(rows, sheet.maxRows),
    numCols: Math.min(cols, sheet.maxColumns),
  };
}

function writeCells(
  state: WorkbookState,
  sheet: SheetData,
  ws: ExcelJS.Worksheet,
  locks: ProtectionData[],
): void {
  const extent = usedExtent(state, sheet, locks);
  for (let row = 1; row <= extent.numRows; row++) {
    for (let col = 1; col <= extent.numCols; col++) {
      const meta = sheet.metaAt(row, col);
      const value = cellValue(state, sheet, row, col);
      const locked = locks.length > 0 && isLocked(locks, row, col);
      if ((value === null || value === undefined) && !meta && !locked) continue;
      const cell = ws.getCell(row, col);
      if (value !== null && value !== undefined) cell.value = value;
      applyStyle(cell, meta, effectiveFormat(state, sheet, row, col));
      if (locks.length > 0) cell.protection = {locked};
    }
  }
}

function writeLayout(
  sheet: SheetData,
  ws: ExcelJS.Worksheet,
  locks: ProtectionData[],
): void {
  const rangeLocksOnly = locks.length > 0 && locks.every(p => p.rect !== null);
  for (let col = 1; col <= sheet.maxColumns; col++) {
    const width = sheet.columnWidths[col - 1];
    const hidden = sheet.hiddenColumns[col - 1] === true;
    if (width === undefined && !hidden && !rangeLocksOnly) continue;
    const column = ws.getColumn(col);
    // Sheets sizes columns in pixels; Excel in characters of about 7 pixels.
    column.width =
      Math.round(((width ?? DEFAULT_COLUMN_WIDTH) / 7) * 100) / 100;
    if (hidden) column.hidden = true;
    // Cells outside range protections stay editable, as in Sheets.
    if (rangeLocksOnly) column.protection = {locked: false};
  }
  sheet.rowHeights.forEach((height, index) => {
    if (height !== undefined) ws.getRow(index + 1).height = height * 0.75;
  });
  sheet.hiddenRows.forEach((hidden, index) => {
    if (hidden) ws.getRow(index + 1).hidden = true;
  });
  for (const merge of sheet.merges) {
    ws.mergeCells(
      merge.row,
      merge.col,
      merge.row + merge.numRows - 1,
      merge.col + merge.numCols - 1,
    );
  }
}

interface ValidationList {
  add(address: string, validation: ExcelJS.DataValidation): void;
}

/** Groups cells by rule and anchor, so one Excel rule covers each block the script set. */
function writeValidations(
  state: WorkbookState,
  sheet: SheetData,
  ws: ExcelJS.Worksheet,
): void {
  const groups = new Map<
    string,
    {rule: DataValidationData; cells: [number, number][]}
  >();
  const ids = new Map<DataValidationData, number>();
  sheet.meta.forEach((cells, i) =>
    (cells ?? []).forEach((meta, j) => {
      if (!meta?.validation) return;
      const [dr, dc] = meta.validationOffset ?? [0, 0];
      if (!ids.has(meta.validation)) ids.set(meta.validation, ids.size);
      const key = `${ids.get(meta.validation)}:${i + 1 - dr}:${j + 1 - dc}`;
      const group = groups.get(key) ?? {rule: meta.validation, cells: []};
      group.cells.push([i + 1, j + 1]);
      groups.set(key, group);
    }),
  );
  // exceljs 4.4 has Worksheet.dataValidations but leaves it out of its typings.
  const validations = (ws as unknown as {dataValidations: ValidationList})
    .dataValidations;
  for (const [key, group] of groups) {
    const [, anchorRow, anchorCol] = key.split(':').map(Number);
    // A loop, not Math.min(...cells): spreading a whole column of 100,000 rows overflows
    // the call stack.
    let [top, left] = group.cells[0];
    let [bottom, right] = group.cells[0];
    for (const [row, col] of group.cells) {
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
    const rect = {
      row: top,
      col: left,
      numRows: bottom - top + 1,
      numCols: right - left + 1,
    };
    const blocks: GridRect[] =
      rect.numRows * rect.numCols === group.cells.length
        ? [rect]
        : group.cells.map(([row, col]) => ({row, col, numRows: 1, numCols: 1}));
    for (const block of blocks) {
      const rule = shiftRule(
        group.rule,
        block.row - anchorRow,
        block.col - anchorCol,
      );
      const anchor = cellA1(block.row, block.col);
      validations.add(
        rectA1(block),
        toExcelValidation(rule, anchor, state.timeZone),
      );
    }
  }
}

function describeCharts(sheet: SheetData): string[] {
  return sheet.charts.map(chart => {
    const sources = chart.sources
      .map(s => `'${s.sheet.name}'!${rectA1(s.rect)}`)
      .join(', ');
    const title = chart.options.title
      ? ` "${String(chart.options.title)}"`
      : '';
    const at = cellA1(chart.position.row, chart.position.col);
    return `${chart.type}${title} on '${sheet.name}'!${at} from ${sources}`;
  });
}

/** Builds the exceljs workbook of an emulated spreadsheet. */
export async function buildXlsx(
  workbook: EmuSpreadsheet,
): Promise<ExcelJS.Workbook> {
  const state = workbook.emuState;
  const book = new ExcelJS.Workbook();
  book.creator = 'NQ57 Apps Script emulator';
  const charts: string[] = [];
  for (const sheet of state.sheets) {
    const ws = book.addWorksheet(excelSheetName(sheet.name), {
      state: sheet.hidden ? 'hidden' : 'visible',
    });
    const tab = toArgb(sheet.tabColor);
    if (tab) ws.properties.tabColor = {argb: tab};
    if (sheet.frozenRows > 0 || sheet.frozenColumns > 0) {
      ws.views = [
        {
          state: 'frozen',
          xSplit: sheet.frozenColumns,
          ySplit: sheet.frozenRows,
        },
      ];
    }
    const locks = lockingProtections(state, sheet);
    writeLayout(sheet, ws, locks);
    writeCells(state, sheet, ws, locks);
    writeValidations(state, sheet, ws);
    sheet.conditionalRules.forEach((rule, index) => {
      if (rule.rects.length > 0) {
        ws.addConditionalFormatting(
          toExcelConditionalFormat(
            rule,
            index + 1,
          ) as ExcelJS.ConditionalFormattingOptions,
        );
      }
    });
    if (locks.length > 0) {
      await ws.protect('', {
        selectLockedCells: true,
        selectUnlockedCells: true,
        formatColumns: true,
        formatRows: true,
        sort: true,
        autoFilter: true,
      });
    }
    charts.push(...describeCharts(sheet));
  }
  for (const {name, reference} of workbook.emuNamedRanges) {
    if (reference && !reference.includes('#REF!'))
      book.definedNames.add(reference, name);
  }
  // exceljs cannot draw charts, so the file lists them in its document description.
  // NOTE: charts exist only as this text in the export.
  if (charts.length > 0) book.description = `Charts: ${charts.join(' | ')}`;
  return book;
}

export async function exportXlsx(
  workbook: EmuSpreadsheet,
  file: string,
): Promise<void> {
  const book = await buildXlsx(workbook);
  await book.xlsx.writeFile(file);
}
