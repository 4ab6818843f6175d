// Evaluation of data validation rules against a cell's current value, for edits made by
// emulated people (scripts may write invalid values, as in Apps Script).

import {mapCells} from './grid';
import {readDisplay, readValue} from './cells';
import {shiftFormula} from './formula-shift';
import {SheetData} from './model';
import {WorkbookState} from './state';
import {serialFromInstant} from './time-zone';
import {DataValidationData} from './validation';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_PATTERN = /^(https?|ftp):\/\/[^\s]+$/i;

function dayOf(state: WorkbookState, date: unknown): number {
  const instant = date instanceof Date ? date.getTime() : Number(date);
  return Math.floor(serialFromInstant(instant, state.timeZone));
}

function inList(items: unknown[], value: unknown, display: string): boolean {
  return items.some(item => {
    const text = String(item);
    return text === display || text === String(value);
  });
}

function checkNumber(criteria: string, value: number, args: number[]): boolean {
  const [a, b] = args;
  switch (criteria) {
    case 'NUMBER_BETWEEN':
      return value >= Math.min(a, b) && value <= Math.max(a, b);
    case 'NUMBER_NOT_BETWEEN':
      return value < Math.min(a, b) || value > Math.max(a, b);
    case 'NUMBER_EQUAL_TO':
      return value === a;
    case 'NUMBER_NOT_EQUAL_TO':
      return value !== a;
    case 'NUMBER_GREATER_THAN':
      return value > a;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return value >= a;
    case 'NUMBER_LESS_THAN':
      return value < a;
    default:
      return value <= a;
  }
}

function checkDate(criteria: string, day: number, args: number[]): boolean {
  const [a, b] = args;
  switch (criteria) {
    case 'DATE_IS_VALID_DATE':
      return true;
    case 'DATE_AFTER':
      return day > a;
    case 'DATE_BEFORE':
      return day < a;
    case 'DATE_ON_OR_AFTER':
      return day >= a;
    case 'DATE_ON_OR_BEFORE':
      return day <= a;
    case 'DATE_EQUAL_TO':
      return day === a;
    case 'DATE_BETWEEN':
      return day >= a && day <= b;
    default:
      return day < a || day > b;
  }
}

/** Tells whether the cell's current content satisfies its rule; empty cells always do. */
export function satisfiesRule(
  state: WorkbookState,
  sheet: SheetData,
  row: number,
  col: number,
  rule: DataValidationData,
): boolean {
  const value = readValue(state, sheet, row, col);
  if (value === '') return true;
  const display = readDisplay(state, sheet, row, col);
  const criteria = rule.criteria;
  if (criteria === 'VALUE_IN_LIST') {
    return inList(rule.values[0] as unknown[], value, display);
  }
  if (criteria === 'VALUE_IN_RANGE') {
    const source = rule.source;
    const listSheet = source ? state.sheetByName(source.sheetName) : null;
    if (!source || !listSheet) return false;
    const items = mapCells(source.rect, (r, c) =>
      readDisplay(state, listSheet, r, c),
    ).flat();
    return inList(items, value, display);
  }
  if (criteria.startsWith('NUMBER_')) {
    return (
      typeof value === 'number' &&
      checkNumber(criteria, value, rule.values as number[])
    );
  }
  if (criteria.startsWith('DATE_')) {
    if (!(value instanceof Date)) return false;
    const args = rule.values.map(date => dayOf(state, date));
    return checkDate(criteria, dayOf(state, value), args);
  }
  if (criteria === 'CHECKBOX') {
    if (rule.values.length === 0) return typeof value === 'boolean';
    return rule.values.some(allowed => String(allowed) === String(value));
  }
  if (criteria === 'CUSTOM_FORMULA') {
    const offset = sheet.metaAt(row, col)?.validationOffset ?? [0, 0];
    const formula = shiftFormula(String(rule.values[0]), offset[0], offset[1]);
    const result = state.engine.evaluate(formula, sheet.engineId);
    return result === true || (typeof result === 'number' && result !== 0);
  }
  return checkText(criteria, display, rule.values);
}

function checkText(criteria: string, text: string, args: unknown[]): boolean {
  const expected = String(args[0] ?? '');
  switch (criteria) {
    case 'TEXT_IS_VALID_EMAIL':
      return EMAIL.test(text);
    case 'TEXT_IS_VALID_URL':
      return URL_PATTERN.test(text);
    case 'TEXT_CONTAINS':
      return text.toLowerCase().includes(expected.toLowerCase());
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.toLowerCase().includes(expected.toLowerCase());
    default:
      return text === expected;
  }
}
