// Cell styles of the xlsx export: Sheets formats, colours, fonts, alignment and borders in
// exceljs terms.

import ExcelJS from 'exceljs';
import {CellMeta} from './model';
import {isGeneral} from './number-format';
import {toArgb} from './xlsx-rules';

const BORDER_STYLES: Record<string, ExcelJS.BorderStyle> = {
  DOTTED: 'dotted',
  DASHED: 'dashed',
  SOLID: 'thin',
  SOLID_MEDIUM: 'medium',
  SOLID_THICK: 'thick',
  DOUBLE: 'double',
};

function fontOf(meta: CellMeta): Partial<ExcelJS.Font> {
  const font: Partial<ExcelJS.Font> = {};
  if (meta.fontWeight === 'bold') font.bold = true;
  if (meta.fontStyle === 'italic') font.italic = true;
  if (meta.fontLine === 'line-through') font.strike = true;
  if (meta.fontLine === 'underline') font.underline = true;
  if (meta.fontFamily) font.name = meta.fontFamily;
  if (meta.fontSize) font.size = meta.fontSize;
  const color = toArgb(meta.fontColor);
  if (color) font.color = {argb: color};
  return font;
}

function alignmentOf(meta: CellMeta): Partial<ExcelJS.Alignment> {
  const alignment: Partial<ExcelJS.Alignment> = {};
  const horizontal = meta.horizontalAlignment?.toLowerCase();
  if (
    horizontal === 'left' ||
    horizontal === 'center' ||
    horizontal === 'right'
  ) {
    alignment.horizontal = horizontal;
  }
  const vertical = meta.verticalAlignment?.toLowerCase();
  if (vertical === 'top' || vertical === 'middle' || vertical === 'bottom') {
    alignment.vertical = vertical;
  }
  if (meta.wrap === true || meta.wrapStrategy === 'WRAP')
    alignment.wrapText = true;
  return alignment;
}

function bordersOf(
  border: NonNullable<CellMeta['border']>,
): Partial<ExcelJS.Borders> {
  const side = {
    style: BORDER_STYLES[border.style ?? 'SOLID'] ?? 'thin',
    color: {argb: toArgb(border.color) ?? 'FF000000'},
  };
  const borders: Partial<ExcelJS.Borders> = {};
  if (border.top) borders.top = side;
  if (border.bottom) borders.bottom = side;
  if (border.left) borders.left = side;
  if (border.right) borders.right = side;
  return borders;
}

/** Copies a cell's number format, colours, font, alignment, borders and note. */
export function applyStyle(
  cell: ExcelJS.Cell,
  meta: CellMeta | undefined,
  format: string | undefined,
) {
  if (format && !isGeneral(format)) cell.numFmt = format;
  if (!meta) return;

  const fill = toArgb(meta.background);
  if (fill)
    cell.fill = {type: 'pattern', pattern: 'solid', fgColor: {argb: fill}};
  const font = fontOf(meta);
  if (Object.keys(font).length > 0) cell.font = font;
  const alignment = alignmentOf(meta);
  if (Object.keys(alignment).length > 0) cell.alignment = alignment;
  if (meta.border) cell.border = bordersOf(meta.border);
  if (meta.note) cell.note = meta.note;
}
