// The Sheet class of the emulated SpreadsheetApp: layout, protection, conditional formats,
// charts and sorting on top of SheetCore.

import {contentExtent, readDisplay} from './cells';
import {
  ChartData,
  EmbeddedChart,
  EmbeddedChartBuilder,
  cloneChart,
} from './charts';
import {ConditionalFormatRule} from './conditional-format';
import {Exception, MESSAGES} from './errors';
import {guardScriptEdit} from './edit-guard';
import {ProtectionData} from './protection';
import type {Range} from './range';
import {RangeList, makeRangeList} from './range-list';
import {SheetCore} from './sheet-core';
import {readSortSpecs, sortRows} from './sorting';

export class Sheet extends SheetCore {
  /** Called by the Spreadsheet to build chart builders and rule objects with its adapters. */
  emuNewChartBuilder: () => EmbeddedChartBuilder = () => {
    throw new Error('chart adapter missing');
  };
  emuWrapRule: (rule: ConditionalFormatRule['data']) => ConditionalFormatRule =
    () => {
      throw new Error('rule adapter missing');
    };
  emuWrapChart: (chart: ChartData) => EmbeddedChart = () => {
    throw new Error('chart adapter missing');
  };

  activate(): this {
    this.count('activate');
    this.state.activeSheet = this.emuData;
    this.state.activeRect = null;
    return this;
  }

  setFrozenRows(rows: number): this {
    this.count('setFrozenRows');
    if (rows < 0 || rows > this.emuData.maxRows)
      throw new Exception(MESSAGES.rowsOutOfBounds);
    this.emuData.frozenRows = rows;
    return this;
  }

  getFrozenRows(): number {
    this.count('getFrozenRows');
    return this.emuData.frozenRows;
  }

  setFrozenColumns(columns: number): this {
    this.count('setFrozenColumns');
    if (columns < 0 || columns > this.emuData.maxColumns) {
      throw new Exception(MESSAGES.columnsOutOfBounds);
    }
    this.emuData.frozenColumns = columns;
    return this;
  }

  getFrozenColumns(): number {
    this.count('getFrozenColumns');
    return this.emuData.frozenColumns;
  }

  private checkColumns(start: number, count: number): void {
    if (start < 1 || count < 1 || start + count - 1 > this.emuData.maxColumns) {
      throw new Exception(MESSAGES.columnsOutOfBounds);
    }
  }

  private checkRows(start: number, count: number): void {
    if (start < 1 || count < 1 || start + count - 1 > this.emuData.maxRows) {
      throw new Exception(MESSAGES.rowsOutOfBounds);
    }
  }

  /** Widths are in pixels. */
  setColumnWidth(column: number, width: number): this {
    this.count('setColumnWidth');
    this.checkColumns(column, 1);
    this.emuData.columnWidths[column - 1] = width;
    return this;
  }

  setColumnWidths(
    startColumn: number,
    numColumns: number,
    width: number,
  ): this {
    this.count('setColumnWidths');
    this.checkColumns(startColumn, numColumns);
    for (let i = 0; i < numColumns; i++)
      this.emuData.columnWidths[startColumn - 1 + i] = width;
    return this;
  }

  getColumnWidth(column: number): number {
    this.count('getColumnWidth');
    return this.emuData.columnWidth(column);
  }

  setRowHeight(row: number, height: number): this {
    this.count('setRowHeight');
    this.checkRows(row, 1);
    this.emuData.rowHeights[row - 1] = height;
    return this;
  }

  setRowHeights(startRow: number, numRows: number, height: number): this {
    this.count('setRowHeights');
    this.checkRows(startRow, numRows);
    for (let i = 0; i < numRows; i++)
      this.emuData.rowHeights[startRow - 1 + i] = height;
    return this;
  }

  getRowHeight(row: number): number {
    this.count('getRowHeight');
    return this.emuData.rowHeights[row - 1] ?? 21;
  }

  /** Sets widths from the longest displayed text, about 7 px a character plus padding. */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    this.count('autoResizeColumns');
    this.checkColumns(startColumn, numColumns);
    const lastRow = contentExtent(this.state, this.emuData)[0];
    for (let i = 0; i < numColumns; i++) {
      const col = startColumn + i;
      let longest = 0;
      for (let row = 1; row <= lastRow; row++) {
        const text = readDisplay(this.state, this.emuData, row, col);
        for (const line of text.split('\n'))
          longest = Math.max(longest, line.length);
      }
      this.emuData.columnWidths[col - 1] = Math.max(longest * 7 + 10, 30);
    }
    return this;
  }

  autoResizeColumn(columnPosition: number): this {
    this.count('autoResizeColumn');
    return this.autoResizeColumns(columnPosition, 1);
  }

  hideColumns(columnIndex: number, numColumns = 1): void {
    this.count('hideColumns');
    this.checkColumns(columnIndex, numColumns);
    for (let i = 0; i < numColumns; i++)
      this.emuData.hiddenColumns[columnIndex - 1 + i] = true;
  }

  showColumns(columnIndex: number, numColumns = 1): void {
    this.count('showColumns');
    this.checkColumns(columnIndex, numColumns);
    for (let i = 0; i < numColumns; i++)
      this.emuData.hiddenColumns[columnIndex - 1 + i] = false;
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    this.count('isColumnHiddenByUser');
    return this.emuData.hiddenColumns[columnPosition - 1] === true;
  }

  hideRows(rowIndex: number, numRows = 1): void {
    this.count('hideRows');
    this.checkRows(rowIndex, numRows);
    for (let i = 0; i < numRows; i++)
      this.emuData.hiddenRows[rowIndex - 1 + i] = true;
  }

  showRows(rowIndex: number, numRows = 1): void {
    this.count('showRows');
    this.checkRows(rowIndex, numRows);
    for (let i = 0; i < numRows; i++)
      this.emuData.hiddenRows[rowIndex - 1 + i] = false;
  }

  isRowHiddenByUser(rowPosition: number): boolean {
    this.count('isRowHiddenByUser');
    return this.emuData.hiddenRows[rowPosition - 1] === true;
  }

  hideSheet(): this {
    this.count('hideSheet');
    this.emuData.hidden = true;
    return this;
  }

  showSheet(): this {
    this.count('showSheet');
    this.emuData.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    this.count('isSheetHidden');
    return this.emuData.hidden;
  }

  setTabColor(color: string | null): this {
    this.count('setTabColor');
    this.emuData.tabColor = color;
    return this;
  }

  getTabColor(): string | null {
    this.count('getTabColor');
    return this.emuData.tabColor;
  }

  /** Returns the sheet's protection, creating it on first call. */
  protect(): unknown {
    this.count('protect');
    const existing = this.state.protections.find(
      protection =>
        protection.sheet === this.emuData && protection.type === 'SHEET',
    );
    if (existing) return this.state.wrapProtection(existing);
    const data: ProtectionData = {
      id: this.state.nextProtectionId++,
      type: 'SHEET',
      sheet: this.emuData,
      rect: null,
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

  getProtections(type: string): unknown[] {
    this.count('getProtections');
    return this.state.protections
      .filter(
        protection =>
          protection.sheet === this.emuData && protection.type === type,
      )
      .map(protection => this.state.wrapProtection(protection));
  }

  /** Replaces every conditional format rule of the sheet. */
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    this.count('setConditionalFormatRules');
    this.emuData.conditionalRules = rules.map(rule => ({
      ...rule.data,
      values: [...rule.data.values],
      style: {...rule.data.style},
      rects: rule.data.rects.map(rect => ({...rect})),
      sheet: this.emuData,
    }));
  }

  getConditionalFormatRules(): ConditionalFormatRule[] {
    this.count('getConditionalFormatRules');
    return this.emuData.conditionalRules.map(rule => this.emuWrapRule(rule));
  }

  clearConditionalFormatRules(): void {
    this.count('clearConditionalFormatRules');
    this.emuData.conditionalRules = [];
  }

  newChart(): EmbeddedChartBuilder {
    this.count('newChart');
    return this.emuNewChartBuilder();
  }

  insertChart(chart: EmbeddedChart): void {
    this.count('insertChart');
    chart.data.id = this.state.nextChartId++;
    this.emuData.charts.push(cloneChart(chart.data));
  }

  updateChart(chart: EmbeddedChart): void {
    this.count('updateChart');
    const index = this.emuData.charts.findIndex(
      stored => stored.id === chart.data.id,
    );
    if (index >= 0) this.emuData.charts[index] = cloneChart(chart.data);
  }

  removeChart(chart: EmbeddedChart): void {
    this.count('removeChart');
    this.emuData.charts = this.emuData.charts.filter(
      stored => stored.id !== chart.data.id,
    );
  }

  getCharts(): EmbeddedChart[] {
    this.count('getCharts');
    return this.emuData.charts.map(chart => this.emuWrapChart(chart));
  }

  /** Returns a RangeList of A1 ranges on this sheet. */
  getRangeList(a1Notations: string[]): RangeList {
    this.count('getRangeList');
    const ranges = a1Notations.map(
      a1 => this.wrap(this.resolveRange([a1])) as Range,
    );
    return makeRangeList(this.state.ctx, ranges);
  }

  /** Sorts the rows below the frozen rows by one column. */
  sort(columnPosition: number, ascending = true): this {
    this.count('sort');
    const [lastRow, lastColumn] = contentExtent(this.state, this.emuData);
    const first = this.emuData.frozenRows + 1;
    if (lastRow < first) return this;
    guardScriptEdit(this.state, this.emuData, {
      row: first,
      col: 1,
      numRows: lastRow - first + 1,
      numCols: lastColumn,
    });
    const rect = {
      row: first,
      col: 1,
      numRows: lastRow - first + 1,
      numCols: lastColumn,
    };
    sortRows(
      this.state,
      this.emuData,
      rect,
      readSortSpecs({column: columnPosition, ascending}),
    );
    return this;
  }
}
