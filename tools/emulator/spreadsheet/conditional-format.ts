// Conditional formats: ConditionalFormatRuleBuilder, ConditionalFormatRule and the boolean
// criteria they test. The emulator stores rules for the export; it does not paint cells.

import type {EmulatorContext} from '../context';
import type {GridRect} from './a1';
import {counterOf} from './validation';

export const BooleanCriteria = {
  CELL_EMPTY: 'CELL_EMPTY',
  CELL_NOT_EMPTY: 'CELL_NOT_EMPTY',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
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
  TEXT_ENDS_WITH: 'TEXT_ENDS_WITH',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_STARTS_WITH: 'TEXT_STARTS_WITH',
} as const;

export type BooleanCriteriaType = keyof typeof BooleanCriteria;

export interface CellStyle {
  background?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  italic?: boolean | null;
  strikethrough?: boolean | null;
  underline?: boolean | null;
}

/** A stored rule. Its rectangles are on the sheet that contains the rule. */
export interface ConditionalFormatRuleData {
  criteria: BooleanCriteriaType;
  values: unknown[];
  style: CellStyle;
  rects: GridRect[];
  /** The internal sheet of the ranges; null until setRanges. */
  sheet: unknown;
}

/** Converts between Range objects and (sheet, rectangle) pairs. */
export interface RangeAdapter {
  toRect(range: unknown): {sheet: unknown; rect: GridRect};
  toRange(sheet: unknown, rect: GridRect): unknown;
}

function emptyRule(): ConditionalFormatRuleData {
  return {
    criteria: 'CELL_NOT_EMPTY',
    values: [],
    style: {},
    rects: [],
    sheet: null,
  };
}

function cloneRule(rule: ConditionalFormatRuleData): ConditionalFormatRuleData {
  return {
    criteria: rule.criteria,
    values: [...rule.values],
    style: {...rule.style},
    rects: rule.rects.map(rect => ({...rect})),
    sheet: rule.sheet,
  };
}

export class ConditionalFormatRule {
  private readonly count;

  constructor(
    private readonly ctx: EmulatorContext,
    readonly data: ConditionalFormatRuleData,
    private readonly ranges: RangeAdapter,
  ) {
    this.count = counterOf(ctx, 'ConditionalFormatRule');
  }

  getRanges(): unknown[] {
    this.count('getRanges');
    return this.data.rects.map(rect =>
      this.ranges.toRange(this.data.sheet, rect),
    );
  }

  getBooleanCondition(): object {
    this.count('getBooleanCondition');
    const data = this.data;
    const count = counterOf(this.ctx, 'BooleanCondition');
    const read = <T>(method: string, value: T) => {
      count(method);
      return value;
    };
    return {
      getCriteriaType: () => read('getCriteriaType', data.criteria),
      getCriteriaValues: () => read('getCriteriaValues', [...data.values]),
      getBackground: () => read('getBackground', data.style.background ?? null),
      getFontColor: () => read('getFontColor', data.style.fontColor ?? null),
      getBold: () => read('getBold', data.style.bold ?? null),
      getItalic: () => read('getItalic', data.style.italic ?? null),
    };
  }

  copy(): ConditionalFormatRuleBuilder {
    this.count('copy');
    return new ConditionalFormatRuleBuilder(
      this.ctx,
      this.ranges,
      cloneRule(this.data),
    );
  }
}

export class ConditionalFormatRuleBuilder {
  private readonly count;
  private readonly data: ConditionalFormatRuleData;

  constructor(
    private readonly ctx: EmulatorContext,
    private readonly ranges: RangeAdapter,
    initial?: ConditionalFormatRuleData,
  ) {
    this.count = counterOf(ctx, 'ConditionalFormatRuleBuilder');
    this.data = initial ?? emptyRule();
  }

  private when(
    method: string,
    criteria: BooleanCriteriaType,
    values: unknown[],
  ): this {
    this.count(method);
    this.data.criteria = criteria;
    this.data.values = values;
    return this;
  }

  private style(method: string, change: CellStyle): this {
    this.count(method);
    Object.assign(this.data.style, change);
    return this;
  }

  whenFormulaSatisfied(formula: string): this {
    return this.when('whenFormulaSatisfied', 'CUSTOM_FORMULA', [formula]);
  }

  whenCellEmpty(): this {
    return this.when('whenCellEmpty', 'CELL_EMPTY', []);
  }

  whenCellNotEmpty(): this {
    return this.when('whenCellNotEmpty', 'CELL_NOT_EMPTY', []);
  }

  whenTextEqualTo(text: string): this {
    return this.when('whenTextEqualTo', 'TEXT_EQUAL_TO', [text]);
  }

  whenTextContains(text: string): this {
    return this.when('whenTextContains', 'TEXT_CONTAINS', [text]);
  }

  whenTextDoesNotContain(text: string): this {
    return this.when('whenTextDoesNotContain', 'TEXT_DOES_NOT_CONTAIN', [text]);
  }

  whenTextStartsWith(text: string): this {
    return this.when('whenTextStartsWith', 'TEXT_STARTS_WITH', [text]);
  }

  whenTextEndsWith(text: string): this {
    return this.when('whenTextEndsWith', 'TEXT_ENDS_WITH', [text]);
  }

  whenNumberGreaterThan(number: number): this {
    return this.when('whenNumberGreaterThan', 'NUMBER_GREATER_THAN', [number]);
  }

  whenNumberGreaterThanOrEqualTo(number: number): this {
    return this.when(
      'whenNumberGreaterThanOrEqualTo',
      'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      [number],
    );
  }

  whenNumberLessThan(number: number): this {
    return this.when('whenNumberLessThan', 'NUMBER_LESS_THAN', [number]);
  }

  whenNumberLessThanOrEqualTo(number: number): this {
    return this.when(
      'whenNumberLessThanOrEqualTo',
      'NUMBER_LESS_THAN_OR_EQUAL_TO',
      [number],
    );
  }

  whenNumberEqualTo(number: number): this {
    return this.when('whenNumberEqualTo', 'NUMBER_EQUAL_TO', [number]);
  }

  whenNumberNotEqualTo(number: number): this {
    return this.when('whenNumberNotEqualTo', 'NUMBER_NOT_EQUAL_TO', [number]);
  }

  whenNumberBetween(start: number, end: number): this {
    return this.when('whenNumberBetween', 'NUMBER_BETWEEN', [start, end]);
  }

  whenNumberNotBetween(start: number, end: number): this {
    return this.when('whenNumberNotBetween', 'NUMBER_NOT_BETWEEN', [
      start,
      end,
    ]);
  }

  setBackground(color: string | null): this {
    return this.style('setBackground', {background: color});
  }

  setFontColor(color: string | null): this {
    return this.style('setFontColor', {fontColor: color});
  }

  setBold(bold: boolean | null): this {
    return this.style('setBold', {bold});
  }

  setItalic(italic: boolean | null): this {
    return this.style('setItalic', {italic});
  }

  setStrikethrough(strikethrough: boolean | null): this {
    return this.style('setStrikethrough', {strikethrough});
  }

  setUnderline(underline: boolean | null): this {
    return this.style('setUnderline', {underline});
  }

  setRanges(ranges: unknown[]): this {
    this.count('setRanges');
    const located = ranges.map(range => this.ranges.toRect(range));
    this.data.rects = located.map(entry => entry.rect);
    this.data.sheet = located[0]?.sheet ?? null;
    return this;
  }

  getRanges(): unknown[] {
    this.count('getRanges');
    return this.data.rects.map(rect =>
      this.ranges.toRange(this.data.sheet, rect),
    );
  }

  build(): ConditionalFormatRule {
    this.count('build');
    return new ConditionalFormatRule(
      this.ctx,
      cloneRule(this.data),
      this.ranges,
    );
  }

  copy(): ConditionalFormatRuleBuilder {
    this.count('copy');
    return new ConditionalFormatRuleBuilder(
      this.ctx,
      this.ranges,
      cloneRule(this.data),
    );
  }
}
