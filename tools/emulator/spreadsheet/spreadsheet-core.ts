// The first half of the Spreadsheet class: wiring of the public objects, tabs, ranges by A1
// notation and named ranges.

import type {EmulatorContext} from '../context';
import {GridRect, parseA1, toRect} from './a1';
import {ChartRangeAdapter, EmbeddedChart, EmbeddedChartBuilder} from './charts';
import {ConditionalFormatRule, RangeAdapter} from './conditional-format';
import {Exception, MESSAGES, duplicateSheetName} from './errors';
import {checkedRect} from './grid';
import {SheetData} from './model';
import {NamedRange, NamedRangeHost, absoluteReference} from './named-range';
import {Protection, ProtectionData, ProtectionHost} from './protection';
import {Range} from './range';
import {Sheet} from './sheet';
import {MAX_CELLS, WorkbookState} from './state';

const NAME_PATTERN = /^[A-Za-z_\u00C0-\u1EF9][\w.\u00C0-\u1EF9]*$/;

export interface SpreadsheetOptions {
  id?: string;
  name?: string;
  owner?: string;
  /** Name of the first tab; Sheets in Vietnamese calls it "Trang tính1". */
  firstSheetName?: string;
}

export class SpreadsheetCore {
  /** Internal state, for the exporter and tests; not part of Apps Script. */
  readonly emuState: WorkbookState;
  protected readonly sheetObjects = new Map<SheetData, Sheet>();
  /** Names of named ranges in creation order; the engine holds their references. */
  protected readonly names: string[] = [];
  protected readonly protectionHost: ProtectionHost;
  protected readonly rangeAdapter: RangeAdapter;
  protected readonly chartAdapter: ChartRangeAdapter;
  protected readonly namedRangeHost: NamedRangeHost;

  constructor(
    readonly ctx: EmulatorContext,
    options: SpreadsheetOptions = {},
  ) {
    this.emuState = new WorkbookState(
      ctx,
      options.id ?? '1emuSpreadsheetId000000000000000000000000000',
      options.name ?? 'Bảng tính không có tiêu đề',
      options.owner ?? 'vanphong@bacha.example',
    );
    const state = this.emuState;
    state.wrapSheet = sheet => this.sheetObject(sheet);
    state.wrapRange = (sheet, rect) => new Range(state, sheet, {...rect});
    state.wrapSpreadsheet = () => this;
    state.wrapProtection = data =>
      new Protection(ctx, data, this.protectionHost);
    this.protectionHost = this.buildProtectionHost();
    state.protectionHost = this.protectionHost;
    this.rangeAdapter = {
      toRect: range => this.locate(range),
      toRange: (sheet, rect) =>
        state.wrapRange((sheet as SheetData | null) ?? state.active(), rect),
    };
    this.chartAdapter = {
      toSource: range => this.locate(range),
      toRange: source => state.wrapRange(source.sheet, source.rect),
    };
    this.namedRangeHost = this.buildNamedRangeHost();
    this.emuAddSheet(options.firstSheetName ?? 'Trang tính1', 0);
  }

  protected count(method: string): void {
    this.ctx.counter.record(`Spreadsheet.${method}`);
  }

  /** Returns the sheet and rectangle of a Range object this emulator made. */
  protected locate(range: unknown): {sheet: SheetData; rect: GridRect} {
    if (!(range instanceof Range)) {
      throw new Exception('Invalid argument: range');
    }
    return {sheet: range.emuSheet, rect: {...range.emuRect}};
  }

  private buildProtectionHost(): ProtectionHost {
    const state = this.emuState;
    return {
      owner: () => state.owner,
      currentUser: () => state.currentUser(),
      fileEditors: () =>
        [state.owner, ...state.editors].map(e => e.toLowerCase()),
      remove: (data: ProtectionData) => {
        data.removed = true;
        state.protections = state.protections.filter(p => p !== data);
      },
      toRange: (sheet, rect) => state.wrapRange(sheet, rect),
      toRect: range => this.locate(range),
    };
  }

  private buildNamedRangeHost(): NamedRangeHost {
    const state = this.emuState;
    return {
      referenceOf: name => state.engine.namedReference(name),
      sheetByName: name => state.sheetByName(name),
      rename: (oldName, newName) => {
        const reference = state.engine.namedReference(oldName) ?? '#REF!';
        this.checkName(newName);
        state.engine.removeNamedRange(oldName);
        state.engine.addNamedRange(newName, reference);
        this.names[this.names.indexOf(oldName)] = newName;
      },
      setReference: (name, reference) =>
        state.engine.changeNamedRange(name, reference),
      remove: name => this.dropName(name),
      toRange: (sheet, rect) => state.wrapRange(sheet, rect),
    };
  }

  protected sheetObject(data: SheetData): Sheet {
    let sheet = this.sheetObjects.get(data);
    if (!sheet) {
      sheet = new Sheet(this.emuState, data);
      sheet.emuNewChartBuilder = () =>
        new EmbeddedChartBuilder(this.ctx, this.chartAdapter);
      sheet.emuWrapRule = rule =>
        new ConditionalFormatRule(this.ctx, rule, this.rangeAdapter);
      sheet.emuWrapChart = chart =>
        new EmbeddedChart(this.ctx, chart, this.chartAdapter);
      this.sheetObjects.set(data, sheet);
    }
    return sheet;
  }

  /** Adds a tab without counting or activating it. */
  emuAddSheet(name: string, index: number): SheetData {
    const state = this.emuState;
    if (state.sheetByName(name)) throw new Exception(duplicateSheetName(name));
    const data = new SheetData(
      state.nextSheetId,
      name,
      state.engine.addSheet(name),
    );
    if (state.totalCells() + data.cellCount() > MAX_CELLS) {
      state.engine.removeSheet(data.engineId);
      throw new Exception(MESSAGES.cellLimit);
    }
    // Sheets gives the first tab gid 0 and later tabs large random gids.
    state.nextSheetId =
      state.nextSheetId === 0 ? 1_000_001 : state.nextSheetId + 7919;
    state.sheets.splice(
      Math.min(Math.max(index, 0), state.sheets.length),
      0,
      data,
    );
    return data;
  }

  protected nextDefaultName(): string {
    let n = this.emuState.sheets.length + 1;
    while (this.emuState.sheetByName(`Trang tính${n}`)) n++;
    return `Trang tính${n}`;
  }

  getSheets(): Sheet[] {
    this.count('getSheets');
    return this.emuState.sheets.map(data => this.sheetObject(data));
  }

  getNumSheets(): number {
    this.count('getNumSheets');
    return this.emuState.sheets.length;
  }

  // NOTE: exact, case-sensitive match; whether Apps Script ignores case here is unverified.
  getSheetByName(name: string): Sheet | null {
    this.count('getSheetByName');
    const data = this.emuState.sheets.find(sheet => sheet.name === name);
    return data ? this.sheetObject(data) : null;
  }

  getSheetById(id: number): Sheet | null {
    this.count('getSheetById');
    const data = this.emuState.sheets.find(sheet => sheet.sheetId === id);
    return data ? this.sheetObject(data) : null;
  }

  /** insertSheet([name[, index]]) or insertSheet(index); the new tab becomes active. */
  insertSheet(nameOrIndex?: string | number, index?: number): Sheet {
    this.count('insertSheet');
    const name =
      typeof nameOrIndex === 'string' ? nameOrIndex : this.nextDefaultName();
    const position = typeof nameOrIndex === 'number' ? nameOrIndex : index;
    const data = this.emuAddSheet(
      name,
      position ?? this.emuState.sheets.length,
    );
    this.emuState.activeSheet = data;
    this.emuState.activeRect = null;
    return this.sheetObject(data);
  }

  deleteSheet(sheet: Sheet): void {
    this.count('deleteSheet');
    const state = this.emuState;
    if (state.sheets.length === 1) throw new Exception(MESSAGES.lastSheet);
    const data = sheet.emuData;
    state.engine.removeSheet(data.engineId);
    state.sheets = state.sheets.filter(other => other !== data);
    state.protections = state.protections.filter(p => p.sheet !== data);
    if (state.activeSheet === data) state.activeSheet = state.sheets[0];
  }

  getActiveSheet(): Sheet {
    this.count('getActiveSheet');
    return this.sheetObject(this.emuState.active());
  }

  setActiveSheet(sheet: Sheet): Sheet {
    this.count('setActiveSheet');
    this.emuState.activeSheet = sheet.emuData;
    this.emuState.activeRect = null;
    return sheet;
  }

  /** Returns the selected range, or the A1 cell of the active tab when nothing is selected. */
  getActiveRange(): Range {
    this.count('getActiveRange');
    return this.activeRange();
  }

  protected activeRange(): Range {
    const state = this.emuState;
    const rect = state.activeRect ?? {row: 1, col: 1, numRows: 1, numCols: 1};
    return state.wrapRange(state.active(), rect) as Range;
  }

  getActiveCell(): Range {
    this.count('getActiveCell');
    const range = this.activeRange();
    return this.emuState.wrapRange(range.emuSheet, {
      ...range.emuRect,
      numRows: 1,
      numCols: 1,
    }) as Range;
  }

  setActiveRange(range: Range): Range {
    this.count('setActiveRange');
    this.emuState.activeSheet = range.emuSheet;
    this.emuState.activeRect = {...range.emuRect};
    return range;
  }

  /** getRange('Tab!A1:B2'); without a tab name the active tab is used. */
  getRange(a1Notation: string): Range {
    this.count('getRange');
    return this.rangeByA1(a1Notation);
  }

  protected rangeByA1(a1Notation: string): Range {
    const ref = parseA1(a1Notation);
    if (!ref) throw new Exception(MESSAGES.rangeNotFound);
    const sheet = ref.sheetName
      ? this.emuState.sheets.find(data => data.name === ref.sheetName)
      : this.emuState.active();
    if (!sheet) throw new Exception(MESSAGES.rangeNotFound);
    const rect = toRect(ref, sheet.maxRows, sheet.maxColumns);
    const checked = checkedRect(
      sheet,
      rect.row,
      rect.col,
      rect.numRows,
      rect.numCols,
    );
    return this.emuState.wrapRange(sheet, checked) as Range;
  }

  protected checkName(name: string): void {
    const looksLikeCell = parseA1(name) !== null || /^r\d*c\d*$/i.test(name);
    if (
      !NAME_PATTERN.test(name) ||
      looksLikeCell ||
      /^(true|false)$/i.test(name)
    ) {
      // NOTE: Apps Script's text for an invalid range name is unverified.
      throw new Exception('Invalid argument: name');
    }
  }

  /** Records a name the engine already holds, for copies. */
  emuRegisterName(name: string): void {
    if (!this.names.includes(name)) this.names.push(name);
  }

  private dropName(name: string): void {
    this.emuState.engine.removeNamedRange(name);
    this.names.splice(this.names.indexOf(name), 1);
  }

  /** Names a range; an existing name is pointed at the new range. */
  setNamedRange(name: string, range: Range): void {
    this.count('setNamedRange');
    this.checkName(name);
    const reference = absoluteReference(range.emuSheet.name, range.emuRect);
    if (this.names.includes(name)) {
      this.emuState.engine.changeNamedRange(name, reference);
      return;
    }
    this.emuState.engine.addNamedRange(name, reference);
    this.names.push(name);
  }

  /** Returns the named range's Range, or null when the name is unknown. */
  getRangeByName(name: string): Range | null {
    this.count('getRangeByName');
    if (!this.names.includes(name)) return null;
    const reference = this.emuState.engine.namedReference(name);
    if (!reference) return null;
    const ref = parseA1(reference);
    const sheet = ref?.sheetName
      ? this.emuState.sheetByName(ref.sheetName)
      : null;
    if (!ref || !sheet) return null;
    return this.emuState.wrapRange(
      sheet,
      toRect(ref, sheet.maxRows, sheet.maxColumns),
    ) as Range;
  }

  getNamedRanges(): NamedRange[] {
    this.count('getNamedRanges');
    return this.names.map(
      name => new NamedRange(this.ctx, name, this.namedRangeHost),
    );
  }

  /** Removes a named range; throws when the name is unknown. */
  removeNamedRange(name: string): void {
    this.count('removeNamedRange');
    if (!this.names.includes(name)) {
      // NOTE: the exact Apps Script text for an unknown name is unverified.
      throw new Exception(MESSAGES.rangeNotFound);
    }
    this.dropName(name);
  }
}
