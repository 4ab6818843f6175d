// Data validation: DataValidationBuilder, DataValidation and the criteria enum.

import type {EmulatorContext} from '../context';
import type {GridRect} from './a1';
import {MESSAGES, Exception} from './errors';

export const DataValidationCriteria = {
  CHECKBOX: 'CHECKBOX',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_BETWEEN: 'DATE_BETWEEN',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  DATE_NOT_BETWEEN: 'DATE_NOT_BETWEEN',
  DATE_ON_OR_AFTER: 'DATE_ON_OR_AFTER',
  DATE_ON_OR_BEFORE: 'DATE_ON_OR_BEFORE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL',
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
} as const;

export type CriteriaType = keyof typeof DataValidationCriteria;

/** A range a VALUE_IN_RANGE rule reads its items from. */
export interface ListSource {
  sheetName: string;
  rect: GridRect;
  /** The Range object the script passed, returned by getCriteriaValues. */
  range: unknown;
}

/** An immutable validation rule, shared by every cell it was set on. */
export interface DataValidationData {
  criteria: CriteriaType;
  /** Criteria arguments as Apps Script's getCriteriaValues returns them. */
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
  source?: ListSource;
}

/** Counts calls of one Apps Script class on the context's counter. */
export function counterOf(ctx: EmulatorContext, className: string) {
  return (method: string) => ctx.counter.record(`${className}.${method}`);
}

/** Returns the rule, or throws when Sheets would reject it as it is applied. */
export function checkRule(rule: DataValidationData): DataValidationData {
  if (rule.criteria === 'VALUE_IN_LIST') {
    const items = rule.values[0] as unknown[];
    if (items.length > 500) throw new Exception(MESSAGES.listLimit);
  }
  return rule;
}

export class DataValidation {
  private readonly count;

  constructor(
    private readonly ctx: EmulatorContext,
    readonly data: DataValidationData,
  ) {
    this.count = counterOf(ctx, 'DataValidation');
  }

  getCriteriaType(): string {
    this.count('getCriteriaType');
    return this.data.criteria;
  }

  getCriteriaValues(): unknown[] {
    this.count('getCriteriaValues');
    return this.data.values.map(value =>
      Array.isArray(value) ? [...value] : value,
    );
  }

  getAllowInvalid(): boolean {
    this.count('getAllowInvalid');
    return this.data.allowInvalid;
  }

  getHelpText(): string | null {
    this.count('getHelpText');
    return this.data.helpText;
  }

  copy(): DataValidationBuilder {
    this.count('copy');
    return new DataValidationBuilder(this.ctx, {...this.data});
  }
}

export class DataValidationBuilder {
  private readonly count;
  private data: DataValidationData;

  constructor(
    private readonly ctx: EmulatorContext,
    initial?: DataValidationData,
    /** Reads a Range object's sheet and rectangle, for requireValueInRange. */
    private readonly describeRange?: (range: unknown) => ListSource,
  ) {
    this.count = counterOf(ctx, 'DataValidationBuilder');
    this.data = initial ?? {
      criteria: 'DATE_IS_VALID_DATE',
      values: [],
      allowInvalid: true,
      helpText: null,
    };
  }

  private criteria(
    method: string,
    criteria: CriteriaType,
    values: unknown[],
  ): this {
    this.count(method);
    this.data = {...this.data, criteria, values, source: undefined};
    return this;
  }

  requireValueInList(values: unknown[], showDropdown = true): this {
    return this.criteria('requireValueInList', 'VALUE_IN_LIST', [
      [...values],
      showDropdown,
    ]);
  }

  requireValueInRange(range: unknown, showDropdown = true): this {
    this.criteria('requireValueInRange', 'VALUE_IN_RANGE', [
      range,
      showDropdown,
    ]);
    this.data.source = this.describeRange?.(range);
    return this;
  }

  requireNumberBetween(start: number, end: number): this {
    return this.criteria('requireNumberBetween', 'NUMBER_BETWEEN', [
      start,
      end,
    ]);
  }

  requireNumberNotBetween(start: number, end: number): this {
    return this.criteria('requireNumberNotBetween', 'NUMBER_NOT_BETWEEN', [
      start,
      end,
    ]);
  }

  requireNumberEqualTo(number: number): this {
    return this.criteria('requireNumberEqualTo', 'NUMBER_EQUAL_TO', [number]);
  }

  requireNumberGreaterThan(number: number): this {
    return this.criteria('requireNumberGreaterThan', 'NUMBER_GREATER_THAN', [
      number,
    ]);
  }

  requireNumberGreaterThanOrEqualTo(number: number): this {
    return this.criteria(
      'requireNumberGreaterThanOrEqualTo',
      'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      [number],
    );
  }

  requireNumberLessThan(number: number): this {
    return this.criteria('requireNumberLessThan', 'NUMBER_LESS_THAN', [number]);
  }

  requireNumberLessThanOrEqualTo(number: number): this {
    return this.criteria(
      'requireNumberLessThanOrEqualTo',
      'NUMBER_LESS_THAN_OR_EQUAL_TO',
      [number],
    );
  }

  requireDate(): this {
    return this.criteria('requireDate', 'DATE_IS_VALID_DATE', []);
  }

  requireDateAfter(date: Date): this {
    return this.criteria('requireDateAfter', 'DATE_AFTER', [date]);
  }

  requireDateBefore(date: Date): this {
    return this.criteria('requireDateBefore', 'DATE_BEFORE', [date]);
  }

  requireDateOnOrAfter(date: Date): this {
    return this.criteria('requireDateOnOrAfter', 'DATE_ON_OR_AFTER', [date]);
  }

  requireDateOnOrBefore(date: Date): this {
    return this.criteria('requireDateOnOrBefore', 'DATE_ON_OR_BEFORE', [date]);
  }

  requireDateBetween(start: Date, end: Date): this {
    return this.criteria('requireDateBetween', 'DATE_BETWEEN', [start, end]);
  }

  requireTextIsEmail(): this {
    return this.criteria('requireTextIsEmail', 'TEXT_IS_VALID_EMAIL', []);
  }

  requireTextIsUrl(): this {
    return this.criteria('requireTextIsUrl', 'TEXT_IS_VALID_URL', []);
  }

  requireTextContains(text: string): this {
    return this.criteria('requireTextContains', 'TEXT_CONTAINS', [text]);
  }

  requireTextEqualTo(text: string): this {
    return this.criteria('requireTextEqualTo', 'TEXT_EQUAL_TO', [text]);
  }

  requireCheckbox(checked?: unknown, unchecked?: unknown): this {
    const values = checked === undefined ? [] : [checked];
    if (unchecked !== undefined) values.push(unchecked);
    return this.criteria('requireCheckbox', 'CHECKBOX', values);
  }

  requireFormulaSatisfied(formula: string): this {
    return this.criteria('requireFormulaSatisfied', 'CUSTOM_FORMULA', [
      formula,
    ]);
  }

  withCriteria(criteria: CriteriaType, args: unknown[]): this {
    return this.criteria('withCriteria', criteria, [...args]);
  }

  setAllowInvalid(allowInvalid: boolean): this {
    this.count('setAllowInvalid');
    this.data = {...this.data, allowInvalid};
    return this;
  }

  setHelpText(helpText: string): this {
    this.count('setHelpText');
    this.data = {...this.data, helpText};
    return this;
  }

  getCriteriaType(): string {
    this.count('getCriteriaType');
    return this.data.criteria;
  }

  getCriteriaValues(): unknown[] {
    this.count('getCriteriaValues');
    return [...this.data.values];
  }

  getAllowInvalid(): boolean {
    this.count('getAllowInvalid');
    return this.data.allowInvalid;
  }

  getHelpText(): string | null {
    this.count('getHelpText');
    return this.data.helpText;
  }

  build(): DataValidation {
    this.count('build');
    return new DataValidation(this.ctx, {...this.data});
  }
}
