// The contents half of Range: values, display values, formulas, number formats and clearing.

import {
  clearBlock,
  effectiveFormat,
  readDisplay,
  readFormula,
  readValue,
  writeBlock,
  writeFormulas,
} from './cells';
import {signatureMismatch} from './errors';
import {shiftFormula} from './formula-shift';
import {CellMeta} from './model';
import {GENERAL_FORMAT} from './number-format';
import {RangeBase} from './range-base';

const FORMAT_KEYS: (keyof CellMeta)[] = [
  'numberFormat',
  'background',
  'fontWeight',
  'fontColor',
  'fontFamily',
  'fontSize',
  'fontStyle',
  'fontLine',
  'wrap',
  'wrapStrategy',
  'horizontalAlignment',
  'verticalAlignment',
  'border',
];

export class RangeValues extends RangeBase {
  getValues(): unknown[][] {
    this.count('getValues');
    return this.cells((row, col) =>
      readValue(this.state, this.emuSheet, row, col),
    );
  }

  getValue(): unknown {
    this.count('getValue');
    const {row, col} = this.emuRect;
    return readValue(this.state, this.emuSheet, row, col);
  }

  getDisplayValues(): string[][] {
    this.count('getDisplayValues');
    return this.cells((row, col) =>
      readDisplay(this.state, this.emuSheet, row, col),
    );
  }

  getDisplayValue(): string {
    this.count('getDisplayValue');
    const {row, col} = this.emuRect;
    return readDisplay(this.state, this.emuSheet, row, col);
  }

  getFormulas(): string[][] {
    this.count('getFormulas');
    return this.cells((row, col) =>
      readFormula(this.state, this.emuSheet, row, col),
    );
  }

  getFormula(): string {
    this.count('getFormula');
    const {row, col} = this.emuRect;
    return readFormula(this.state, this.emuSheet, row, col);
  }

  setValues(values: unknown[][]): this {
    this.count('setValues');
    this.guard();
    const rows = this.checkShape('setValues', values);
    writeBlock(this.state, this.emuSheet, this.emuRect, rows);
    return this;
  }

  /** Writes one value into every cell; undefined clears them. */
  setValue(value: unknown): this {
    this.count('setValue');
    this.guard();
    if (Array.isArray(value))
      throw signatureMismatch('Range', 'setValue', [value]);
    writeBlock(
      this.state,
      this.emuSheet,
      this.emuRect,
      this.cells(() => value),
    );
    return this;
  }

  setFormulas(formulas: string[][]): this {
    this.count('setFormulas');
    this.guard();
    const rows = this.checkShape('setFormulas', formulas) as string[][];
    writeFormulas(this.state, this.emuSheet, this.emuRect, rows);
    return this;
  }

  /** Sets one formula on every cell, moving relative references as a fill would. */
  setFormula(formula: string): this {
    this.count('setFormula');
    this.guard();
    if (typeof formula !== 'string') {
      throw signatureMismatch('Range', 'setFormula', [formula]);
    }
    const {row: top, col: left} = this.emuRect;
    const formulas = this.cells((row, col) =>
      formula.startsWith('=')
        ? shiftFormula(formula, row - top, col - left)
        : formula,
    );
    writeFormulas(this.state, this.emuSheet, this.emuRect, formulas);
    return this;
  }

  isBlank(): boolean {
    this.count('isBlank');
    return this.cells((row, col) =>
      readValue(this.state, this.emuSheet, row, col),
    ).every(row => row.every(value => value === ''));
  }

  getNumberFormat(): string {
    this.count('getNumberFormat');
    const {row, col} = this.emuRect;
    return this.numberFormatAt(row, col);
  }

  getNumberFormats(): string[][] {
    this.count('getNumberFormats');
    return this.cells((row, col) => this.numberFormatAt(row, col));
  }

  private numberFormatAt(row: number, col: number): string {
    return (
      effectiveFormat(this.state, this.emuSheet, row, col) ?? GENERAL_FORMAT
    );
  }

  setNumberFormat(format: string): this {
    this.count('setNumberFormat');
    this.guard();
    this.cells((row, col) => {
      this.emuSheet.metaFor(row, col).numberFormat = format;
    });
    return this;
  }

  setNumberFormats(formats: string[][]): this {
    this.count('setNumberFormats');
    this.guard();
    const rows = this.checkShape('setNumberFormats', formats) as string[][];
    this.cells((row, col) => {
      const format = rows[row - this.emuRect.row][col - this.emuRect.col];
      this.emuSheet.metaFor(row, col).numberFormat = format;
    });
    return this;
  }

  clearContent(): this {
    this.count('clearContent');
    this.guard();
    clearBlock(this.state, this.emuSheet, this.emuRect);
    return this;
  }

  clearFormat(): this {
    this.count('clearFormat');
    this.guard();
    this.removeMeta(FORMAT_KEYS);
    return this;
  }

  clearNote(): this {
    this.count('clearNote');
    this.guard();
    this.removeMeta(['note']);
    return this;
  }

  clearDataValidations(): this {
    this.count('clearDataValidations');
    this.guard();
    this.removeMeta(['validation']);
    return this;
  }

  /** Clears contents and formats, or only the parts named in `options`. */
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    commentsOnly?: boolean;
    validationsOnly?: boolean;
  }): this {
    this.count('clear');
    this.guard();
    const only = options ?? {};
    const any =
      only.contentsOnly ||
      only.formatOnly ||
      only.commentsOnly ||
      only.validationsOnly;
    if (!any || only.contentsOnly) {
      clearBlock(this.state, this.emuSheet, this.emuRect);
    }
    if (!any || only.formatOnly) this.removeMeta(FORMAT_KEYS);
    if (only.commentsOnly) this.removeMeta(['note']);
    if (only.validationsOnly) this.removeMeta(['validation']);
    return this;
  }

  protected removeMeta(keys: (keyof CellMeta)[]): void {
    this.cells((row, col) => {
      const meta = this.emuSheet.metaAt(row, col);
      if (meta) for (const key of keys) delete meta[key];
    });
  }
}
