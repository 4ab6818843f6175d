// The Range class of the emulated SpreadsheetApp: geometry, contents and formats come from
// its base classes; merges, validation, protection, sorting and copying are here.

import {GridRect, rectsIntersect} from './a1';
import {guardScriptEdit} from './edit-guard';
import {Exception} from './errors';
import {shiftFormula} from './formula-shift';
import {CellMeta} from './model';
import {ProtectionData} from './protection';
import {RangeFormats} from './range-format';
import {readSortSpecs, sortRows} from './sorting';
import {DataValidation, DataValidationData, checkRule} from './validation';

const MERGE_MISMATCH =
  'You must select all cells in a merged range to merge or unmerge them.';

function contains(outer: GridRect, inner: GridRect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.col + inner.numCols <= outer.col + outer.numCols
  );
}

export class Range extends RangeFormats {
  /** Merges are kept only where they lie wholly inside `rect`; partial overlaps throw. */
  private dropMergesInside(): void {
    const merges = this.emuSheet.merges;
    for (const merge of merges) {
      if (
        rectsIntersect(merge, this.emuRect) &&
        !contains(this.emuRect, merge)
      ) {
        throw new Exception(MERGE_MISMATCH);
      }
    }
    this.emuSheet.merges = merges.filter(
      merge => !contains(this.emuRect, merge),
    );
  }

  private addMerges(rects: GridRect[]): this {
    this.dropMergesInside();
    for (const rect of rects) {
      if (rect.numRows * rect.numCols < 2) continue;
      this.emuSheet.merges.push({...rect});
      // Only the top-left value survives a merge, as in the Sheets UI.
      const contents = Array.from({length: rect.numRows}, (_, i) =>
        Array.from({length: rect.numCols}, (_, j) =>
          i === 0 && j === 0 ? this.topLeftContent(rect) : null,
        ),
      );
      this.state.engine.setContents(
        this.emuSheet.engineId,
        rect.row - 1,
        rect.col - 1,
        contents,
      );
    }
    return this;
  }

  private topLeftContent(rect: GridRect) {
    const serialized = this.state.engine.serialized(this.emuSheet.engineId);
    return serialized[rect.row - 1]?.[rect.col - 1] ?? null;
  }

  merge(): this {
    this.count('merge');
    this.guard();
    return this.addMerges([this.emuRect]);
  }

  mergeAcross(): this {
    this.count('mergeAcross');
    this.guard();
    const {row, col, numRows, numCols} = this.emuRect;
    const rows = Array.from({length: numRows}, (_, i) => ({
      row: row + i,
      col,
      numRows: 1,
      numCols,
    }));
    return this.addMerges(rows);
  }

  mergeVertically(): this {
    this.count('mergeVertically');
    this.guard();
    const {row, col, numRows, numCols} = this.emuRect;
    const columns = Array.from({length: numCols}, (_, j) => ({
      row,
      col: col + j,
      numRows,
      numCols: 1,
    }));
    return this.addMerges(columns);
  }

  breakApart(): this {
    this.count('breakApart');
    this.guard();
    this.dropMergesInside();
    return this;
  }

  isPartOfMerge(): boolean {
    this.count('isPartOfMerge');
    return this.emuSheet.merges.some(merge =>
      rectsIntersect(merge, this.emuRect),
    );
  }

  getMergedRanges(): unknown[] {
    this.count('getMergedRanges');
    return this.emuSheet.merges
      .filter(merge => rectsIntersect(merge, this.emuRect))
      .map(merge => this.wrap({...merge}));
  }

  setDataValidation(rule: DataValidation | null): this {
    this.count('setDataValidation');
    this.guard();
    const data = rule === null ? null : checkRule(rule.data);
    this.cells((row, col) => this.putRule(row, col, data));
    return this;
  }

  setDataValidations(rules: (DataValidation | null)[][]): this {
    this.count('setDataValidations');
    this.guard();
    const rows = this.checkShape(
      'setDataValidations',
      rules,
    ) as (DataValidation | null)[][];
    const {row: top, col: left} = this.emuRect;
    this.cells((row, col) => {
      const rule = rows[row - top][col - left];
      this.putRule(row, col, rule ? checkRule(rule.data) : null, [0, 0]);
    });
    return this;
  }

  private putRule(
    row: number,
    col: number,
    data: DataValidationData | null,
    offset?: [number, number],
  ): void {
    const meta: CellMeta = this.emuSheet.metaFor(row, col);
    if (data === null) {
      delete meta.validation;
      delete meta.validationOffset;
      return;
    }
    meta.validation = data;
    meta.validationOffset = offset ?? [
      row - this.emuRect.row,
      col - this.emuRect.col,
    ];
  }

  getDataValidation(): DataValidation | null {
    this.count('getDataValidation');
    const data = this.emuSheet.metaAt(
      this.emuRect.row,
      this.emuRect.col,
    )?.validation;
    return data ? new DataValidation(this.state.ctx, data) : null;
  }

  getDataValidations(): (DataValidation | null)[][] {
    this.count('getDataValidations');
    return this.cells((row, col) => {
      const data = this.emuSheet.metaAt(row, col)?.validation;
      return data ? new DataValidation(this.state.ctx, data) : null;
    });
  }

  /** Adds checkbox validation and sets every cell to FALSE. */
  insertCheckboxes(): this {
    this.count('insertCheckboxes');
    this.guard();
    const rule: DataValidationData = {
      criteria: 'CHECKBOX',
      values: [],
      allowInvalid: false,
      helpText: null,
    };
    this.cells((row, col) => this.putRule(row, col, rule));
    const falses = this.cells(() => false);
    this.state.engine.setContents(
      this.emuSheet.engineId,
      this.emuRect.row - 1,
      this.emuRect.col - 1,
      falses,
    );
    return this;
  }

  /** Adds a new protection every time, as Apps Script does for ranges. */
  protect(): unknown {
    this.count('protect');
    const data: ProtectionData = {
      id: this.state.nextProtectionId++,
      type: 'RANGE',
      sheet: this.emuSheet,
      rect: {...this.emuRect},
      description: '',
      warningOnly: false,
      editors: null,
      domainEdit: false,
      unprotected: [],
      removed: false,
    };
    this.state.protections.push(data);
    return this.state.wrapProtection(data);
  }

  sort(spec: unknown): this {
    this.count('sort');
    this.guard();
    const specs = readSortSpecs(spec);
    for (const item of specs) {
      const {col, numCols} = this.emuRect;
      if (item.column < col || item.column >= col + numCols) {
        throw new Exception(
          `The column to sort by (${item.column}) must be within the range.`,
        );
      }
    }
    sortRows(this.state, this.emuSheet, this.emuRect, specs);
    return this;
  }

  /** Copies contents and formats to the destination's top-left cell, moving formulas. */
  copyTo(
    destination: Range,
    options?: {contentsOnly?: boolean; formatOnly?: boolean},
  ): void {
    this.count('copyTo');
    guardScriptEdit(this.state, destination.emuSheet, {
      ...destination.emuRect,
      numRows: this.emuRect.numRows,
      numCols: this.emuRect.numCols,
    });
    const source = this.emuSheet;
    const target = destination.emuSheet;
    const {row: top, col: left} = this.emuRect;
    const rowShift = destination.emuRect.row - top;
    const colShift = destination.emuRect.col - left;
    const serialized = this.state.engine.serialized(source.engineId);
    const contents = this.cells((row, col) => {
      const content = serialized[row - 1]?.[col - 1] ?? null;
      if (typeof content === 'string' && content.startsWith('=')) {
        return shiftFormula(content, rowShift, colShift);
      }
      return content;
    });
    if (!options?.formatOnly) {
      this.state.engine.setContents(
        target.engineId,
        destination.emuRect.row - 1,
        destination.emuRect.col - 1,
        contents,
      );
    }
    if (options?.contentsOnly) return;
    this.cells((row, col) => {
      const meta = source.metaAt(row, col);
      const copy = meta ? {...meta} : undefined;
      const cells = (target.meta[row + rowShift - 1] ??= []);
      cells[col + colShift - 1] = copy;
    });
  }
}
