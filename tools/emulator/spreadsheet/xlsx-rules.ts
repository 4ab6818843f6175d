// Translation of Sheets formulas, data validation rules and conditional format rules into
// what Excel files (and LibreOffice reading them) understand.

import type {DataValidation as XlsxValidation} from 'exceljs';
import {GridRect, cellA1, quoteSheetName, rectA1} from './a1';
import type {ConditionalFormatRuleData} from './conditional-format';
import {shiftFormula} from './formula-shift';
import {serialFromInstant, wallTimeFromSerial} from './time-zone';
import type {DataValidationData} from './validation';

/**
 * Functions added to Excel after 2007, which the file format stores with the _xlfn. prefix
 * (Microsoft's "Issue: An _xlfn. prefix is displayed in front of a formula" list).
 */
const NEWER_FUNCTIONS = [
  'AGGREGATE',
  'CEILING.MATH',
  'CONCAT',
  'DAYS',
  'FILTER',
  'FLOOR.MATH',
  'FORMULATEXT',
  'IFNA',
  'IFS',
  'ISOWEEKNUM',
  'LET',
  'MAXIFS',
  'MINIFS',
  'NETWORKDAYS.INTL',
  'PERCENTILE.EXC',
  'PERCENTILE.INC',
  'QUARTILE.INC',
  'RANK.AVG',
  'RANK.EQ',
  'SEQUENCE',
  'SORT',
  'SORTBY',
  'STDEV.P',
  'STDEV.S',
  'SWITCH',
  'TEXTJOIN',
  'UNIQUE',
  'VAR.P',
  'VAR.S',
  'WORKDAY.INTL',
  'XLOOKUP',
  'XMATCH',
];

const NEWER_PATTERN = new RegExp(
  `(?<![\\w.])(${NEWER_FUNCTIONS.map(name => name.replace('.', '\\.')).join('|')})\\(`,
  'gi',
);

/** Turns a Sheets formula ('=...') into Excel's stored form: no '=', _xlfn. where needed. */
export function toExcelFormula(formula: string): string {
  const body = formula.replace(/^=/, '');
  return body
    .split(/("(?:[^"]|"")*")/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(
            NEWER_PATTERN,
            (_m, name: string) => `_xlfn.${name.toUpperCase()}(`,
          ),
    )
    .join('');
}

/** Returns the UTC-encoded wall time Date of a serial number, as exceljs writes dates. */
export function serialToExcelDate(serial: number): Date {
  return new Date(wallTimeFromSerial(serial));
}

function dateArgument(value: unknown, timeZone: string): Date {
  const instant = value instanceof Date ? value.getTime() : Number(value);
  return serialToExcelDate(Math.floor(serialFromInstant(instant, timeZone)));
}

const NUMBER_OPERATORS: Record<string, XlsxValidation['operator']> = {
  NUMBER_BETWEEN: 'between',
  NUMBER_NOT_BETWEEN: 'notBetween',
  NUMBER_EQUAL_TO: 'equal',
  NUMBER_NOT_EQUAL_TO: 'notEqual',
  NUMBER_GREATER_THAN: 'greaterThan',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual',
  NUMBER_LESS_THAN: 'lessThan',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
};

const DATE_OPERATORS: Record<string, XlsxValidation['operator']> = {
  DATE_AFTER: 'greaterThan',
  DATE_BEFORE: 'lessThan',
  DATE_ON_OR_AFTER: 'greaterThanOrEqual',
  DATE_ON_OR_BEFORE: 'lessThanOrEqual',
  DATE_EQUAL_TO: 'equal',
  DATE_BETWEEN: 'between',
  DATE_NOT_BETWEEN: 'notBetween',
};

function quoteText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Builds the criteria part of an Excel validation for a rule whose top-left cell is `anchor`. */
function criteriaOf(
  rule: DataValidationData,
  anchor: string,
  timeZone: string,
): Pick<XlsxValidation, 'type' | 'operator' | 'formulae'> {
  const values = rule.values;
  switch (rule.criteria) {
    case 'VALUE_IN_LIST': {
      // NOTE: Excel limits a literal list to 255 characters and cannot hold items with commas.
      const items = (values[0] as unknown[]).map(String).join(',');
      return {type: 'list', formulae: [quoteText(items)]};
    }
    case 'VALUE_IN_RANGE': {
      const source = rule.source;
      if (!source) return {type: 'list', formulae: ['""']};
      const absolute = rectA1(source.rect).replace(
        /([A-Z]+)(\d+)/g,
        '$$$1$$$2',
      );
      return {
        type: 'list',
        formulae: [`${quoteSheetName(source.sheetName)}!${absolute}`],
      };
    }
    case 'CHECKBOX':
      return {type: 'list', formulae: ['"TRUE,FALSE"']};
    case 'CUSTOM_FORMULA':
      return {type: 'custom', formulae: [toExcelFormula(String(values[0]))]};
    case 'TEXT_IS_VALID_EMAIL':
      return {
        type: 'custom',
        formulae: [`ISNUMBER(MATCH("*@*.*",${anchor},0))`],
      };
    case 'TEXT_IS_VALID_URL':
      return {
        type: 'custom',
        formulae: [
          `OR(LEFT(${anchor},7)="http://",LEFT(${anchor},8)="https://")`,
        ],
      };
    case 'TEXT_CONTAINS':
      return {
        type: 'custom',
        formulae: [
          `ISNUMBER(SEARCH(${quoteText(String(values[0]))},${anchor}))`,
        ],
      };
    case 'TEXT_DOES_NOT_CONTAIN':
      return {
        type: 'custom',
        formulae: [
          `ISERROR(SEARCH(${quoteText(String(values[0]))},${anchor}))`,
        ],
      };
    case 'TEXT_EQUAL_TO':
      return {
        type: 'custom',
        formulae: [`EXACT(${anchor},${quoteText(String(values[0]))})`],
      };
    case 'DATE_IS_VALID_DATE':
      return {
        type: 'date',
        operator: 'greaterThan',
        formulae: [serialToExcelDate(1)],
      };
    default:
      break;
  }
  if (rule.criteria.startsWith('DATE_')) {
    return {
      type: 'date',
      operator: DATE_OPERATORS[rule.criteria],
      formulae: values.map(value => dateArgument(value, timeZone)),
    };
  }
  return {
    type: 'decimal',
    operator: NUMBER_OPERATORS[rule.criteria],
    formulae: [...values],
  };
}

/** Converts a Sheets validation rule for a block whose top-left cell is `anchor`. */
export function toExcelValidation(
  rule: DataValidationData,
  anchor: string,
  timeZone: string,
): XlsxValidation {
  const validation: XlsxValidation = {
    ...criteriaOf(rule, anchor, timeZone),
    allowBlank: true,
    showErrorMessage: true,
    // Sheets' "show a warning" maps to Excel's warning style, "reject input" to stop.
    errorStyle: rule.allowInvalid ? 'warning' : 'stop',
  };
  if (rule.criteria === 'VALUE_IN_LIST' && rule.values[1] === false) {
    (validation as XlsxValidation & {showDropDown?: boolean}).showDropDown =
      true;
  }
  if (rule.helpText) {
    validation.prompt = rule.helpText;
    validation.showInputMessage = true;
    validation.error = rule.helpText;
  }
  return validation;
}

/** Moves a rule's custom formula from the cell it was written for to a new top-left cell. */
export function shiftRule(
  rule: DataValidationData,
  rows: number,
  cols: number,
): DataValidationData {
  if (rule.criteria !== 'CUSTOM_FORMULA' || (rows === 0 && cols === 0))
    return rule;
  return {...rule, values: [shiftFormula(String(rule.values[0]), rows, cols)]};
}

function argb(color: string | null | undefined): string | undefined {
  if (!color || !/^#[0-9a-f]{6}$/i.test(color)) return undefined;
  return `FF${color.slice(1).toUpperCase()}`;
}

export {argb as toArgb};

/** Builds an Excel expression equivalent to a conditional format criterion at `cell`. */
function conditionExpression(
  rule: ConditionalFormatRuleData,
  cell: string,
): string {
  const [a, b] = rule.values;
  const text = quoteText(String(a ?? ''));
  const number = (operator: string) =>
    `AND(ISNUMBER(${cell}),${cell}${operator}${Number(a)})`;
  switch (rule.criteria) {
    case 'CUSTOM_FORMULA':
      return toExcelFormula(String(a));
    case 'CELL_EMPTY':
      return `LEN(${cell})=0`;
    case 'CELL_NOT_EMPTY':
      return `LEN(${cell})>0`;
    case 'TEXT_EQUAL_TO':
      return `${cell}=${text}`;
    case 'TEXT_CONTAINS':
      return `ISNUMBER(SEARCH(${text},${cell}))`;
    case 'TEXT_DOES_NOT_CONTAIN':
      return `ISERROR(SEARCH(${text},${cell}))`;
    case 'TEXT_STARTS_WITH':
      return `LEFT(${cell},LEN(${text}))=${text}`;
    case 'TEXT_ENDS_WITH':
      return `RIGHT(${cell},LEN(${text}))=${text}`;
    case 'NUMBER_GREATER_THAN':
      return number('>');
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return number('>=');
    case 'NUMBER_LESS_THAN':
      return number('<');
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return number('<=');
    case 'NUMBER_EQUAL_TO':
      return number('=');
    case 'NUMBER_NOT_EQUAL_TO':
      return number('<>');
    case 'NUMBER_BETWEEN':
      return `AND(ISNUMBER(${cell}),${cell}>=${Number(a)},${cell}<=${Number(b)})`;
    default:
      return `AND(ISNUMBER(${cell}),OR(${cell}<${Number(a)},${cell}>${Number(b)}))`;
  }
}

/** Converts a conditional format rule into exceljs' addConditionalFormatting options. */
export function toExcelConditionalFormat(
  rule: ConditionalFormatRuleData,
  priority: number,
) {
  const first: GridRect = rule.rects[0];
  const style: Record<string, unknown> = {};
  const fill = argb(rule.style.background);
  if (fill)
    style.fill = {type: 'pattern', pattern: 'solid', bgColor: {argb: fill}};
  const font: Record<string, unknown> = {};
  const color = argb(rule.style.fontColor);
  if (color) font.color = {argb: color};
  if (rule.style.bold) font.bold = true;
  if (rule.style.italic) font.italic = true;
  if (rule.style.strikethrough) font.strike = true;
  if (rule.style.underline) font.underline = true;
  if (Object.keys(font).length > 0) style.font = font;
  return {
    ref: rule.rects.map(rectA1).join(' '),
    rules: [
      {
        type: 'expression' as const,
        priority,
        formulae: [conditionExpression(rule, cellA1(first.row, first.col))],
        style,
      },
    ],
  };
}
