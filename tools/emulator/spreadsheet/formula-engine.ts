// The formula engine of one emulated spreadsheet: a HyperFormula instance with one sheet per
// tab, whose TODAY() and NOW() follow the emulated clock in the spreadsheet's time zone.

import {
  CellValue,
  DetailedCellError,
  FunctionPlugin,
  HyperFormula,
  ImplementedFunctions,
  RawCellContent,
} from 'hyperformula';
import {serialFromInstant} from './time-zone';

/** The time source of the engine being evaluated now (HyperFormula plugins are global). */
interface TimeSource {
  now(): number;
  timeZone(): string;
}

let activeTime: TimeSource | null = null;

function currentSerial(): number {
  const source = activeTime;
  // NOTE: outside an engine call (never expected) the host clock and UTC are used.
  if (!source) return serialFromInstant(Date.now(), 'UTC');
  return serialFromInstant(source.now(), source.timeZone());
}

/** Replaces HyperFormula's TODAY and NOW, which read the host clock and time zone. */
class ClockPlugin extends FunctionPlugin {
  static implementedFunctions = {
    TODAY: {
      method: 'today',
      parameters: [],
      isVolatile: true,
      returnNumberType: 'NUMBER_DATE',
    },
    NOW: {
      method: 'now',
      parameters: [],
      isVolatile: true,
      returnNumberType: 'NUMBER_DATETIME',
    },
  } as unknown as ImplementedFunctions;

  today(ast: {args: never[]}, state: never) {
    return this.runFunction(ast.args, state, this.metadata('TODAY'), () =>
      Math.floor(currentSerial()),
    );
  }

  now(ast: {args: never[]}, state: never) {
    return this.runFunction(ast.args, state, this.metadata('NOW'), () => {
      // Whole seconds, as Sheets shows NOW() without fractions of a second.
      return Math.round(currentSerial() * 86_400) / 86_400;
    });
  }
}

let pluginRegistered = false;

function registerClockPlugin(): void {
  if (pluginRegistered) return;
  HyperFormula.unregisterFunction('TODAY');
  HyperFormula.unregisterFunction('NOW');
  HyperFormula.registerFunctionPlugin(
    ClockPlugin as unknown as Parameters<
      typeof HyperFormula.registerFunctionPlugin
    >[0],
  );
  pluginRegistered = true;
}

export type EngineValue = number | string | boolean | null;
export type DetailedType = ReturnType<HyperFormula['getCellValueDetailedType']>;

/** Maps HyperFormula error codes to what Google Sheets shows. */
function sheetsError(error: DetailedCellError): string {
  if (error.value === '#CYCLE!') return '#REF!';
  if (error.value === '#NUM!') return '#NUM!';
  return error.value;
}

export class FormulaEngine {
  private readonly hf: HyperFormula;

  constructor(private readonly time: TimeSource) {
    registerClockPlugin();
    this.hf = HyperFormula.buildEmpty({
      licenseKey: 'gpl-v3',
      maxRows: 10_000_000,
      maxColumns: 18_278,
      dateFormats: ['DD/MM/YYYY', 'DD/MM/YY', 'YYYY-MM-DD'],
      // Full doubles, as Sheets returns them; rounding would move stored dates by milliseconds.
      smartRounding: false,
    });
  }

  /**
   * Runs a change with evaluation suspended, so a run of writes costs one recalculation, at
   * the next read. Without it every single-cell write re-evaluates TODAY() and everything that
   * depends on it: about 0.2 s per write at 1,000 task rows, growing with the rows.
   */
  // NOTE: Apps Script keeps pending changes until flush or a read, and Sheets recalculates on
  // Google's side. Whether a setValue waits for that recalculation is not documented. The
  // values read back are the same either way.
  private change<T>(work: () => T): T {
    if (!this.hf.isEvaluationSuspended()) this.hf.suspendEvaluation();
    return this.withTime(work);
  }

  /** Recalculates what changes left pending, before a read. */
  private evaluated(): HyperFormula {
    if (this.hf.isEvaluationSuspended())
      this.withTime(() => this.hf.resumeEvaluation());
    return this.hf;
  }

  /** Runs a HyperFormula call with this spreadsheet's clock in effect for TODAY/NOW. */
  private withTime<T>(work: () => T): T {
    const previous = activeTime;
    activeTime = this.time;
    try {
      return work();
    } finally {
      activeTime = previous;
    }
  }

  addSheet(name: string): number {
    return this.withTime(() => {
      const added = this.hf.addSheet(name);
      return this.hf.getSheetId(added) as number;
    });
  }

  renameSheet(sheetId: number, name: string): void {
    this.change(() => this.hf.renameSheet(sheetId, name));
  }

  removeSheet(sheetId: number): void {
    this.change(() => this.hf.removeSheet(sheetId));
  }

  /** Writes a block of contents at a 0-based position in one recalculation. */
  setContents(
    sheet: number,
    row: number,
    col: number,
    contents: RawCellContent[][],
  ): void {
    // Arrays made inside the bundle's sandbox fail HyperFormula's `instanceof Array`, so
    // copy them into this realm's arrays first.
    const local = Array.from(contents, line =>
      Array.from(line, readableFormula),
    );
    this.change(() => this.hf.setCellContents({sheet, row, col}, local));
  }

  addRows(sheet: number, index: number, count: number): void {
    this.change(() => this.hf.addRows(sheet, [index, count]));
  }

  removeRows(sheet: number, index: number, count: number): void {
    this.change(() => this.hf.removeRows(sheet, [index, count]));
  }

  addColumns(sheet: number, index: number, count: number): void {
    this.change(() => this.hf.addColumns(sheet, [index, count]));
  }

  removeColumns(sheet: number, index: number, count: number): void {
    this.change(() => this.hf.removeColumns(sheet, [index, count]));
  }

  /**
   * Re-evaluates volatile formulas (TODAY, NOW) and what depends on them, e.g. after the
   * emulated clock moved. rebuildAndRecalculate is avoided because it renumbers sheet ids.
   */
  recalculate(): void {
    // Resuming re-evaluates the volatile formulas, so the next read does it at the clock then.
    if (!this.hf.isEvaluationSuspended()) this.hf.suspendEvaluation();
  }

  /** Returns the computed value: errors as Sheets' error strings, empty as null. */
  value(sheet: number, row: number, col: number): EngineValue {
    const value: CellValue = this.evaluated().getCellValue({sheet, row, col});
    if (value instanceof DetailedCellError) return sheetsError(value);
    return value as EngineValue;
  }

  isError(sheet: number, row: number, col: number): boolean {
    return (
      this.evaluated().getCellValue({sheet, row, col}) instanceof
      DetailedCellError
    );
  }

  detailedType(sheet: number, row: number, col: number): DetailedType {
    return this.evaluated().getCellValueDetailedType({sheet, row, col});
  }

  /** Returns the formula text of a cell, or '' when it has none. */
  formula(sheet: number, row: number, col: number): string {
    return this.evaluated().getCellFormula({sheet, row, col}) ?? '';
  }

  /** Returns the serialized contents of a sheet: formulas as text, values as they are. */
  serialized(sheet: number): RawCellContent[][] {
    return this.evaluated().getSheetSerialized(sheet);
  }

  /** Evaluates a formula as if it sat in the given sheet, for validation rules. */
  evaluate(formula: string, sheet: number): EngineValue {
    const hf = this.evaluated();
    const result = this.withTime(() =>
      hf.calculateFormula(readableFormula(formula) as string, sheet),
    );
    if (result instanceof DetailedCellError) return sheetsError(result);
    if (Array.isArray(result)) {
      const first = result[0]?.[0];
      if (first instanceof DetailedCellError) return sheetsError(first);
      return (first ?? null) as EngineValue;
    }
    return result as EngineValue;
  }

  addNamedRange(name: string, reference: string): void {
    this.change(() => this.hf.addNamedExpression(name, `=${reference}`));
  }

  removeNamedRange(name: string): void {
    this.change(() => this.hf.removeNamedExpression(name));
  }

  changeNamedRange(name: string, reference: string): void {
    this.change(() => this.hf.changeNamedExpression(name, `=${reference}`));
  }

  /** Returns a name's current reference text without the leading '=', or null. */
  namedReference(name: string): string | null {
    const expression = this.evaluated().getNamedExpression(name)?.expression;
    return typeof expression === 'string' ? expression.replace(/^=/, '') : null;
  }
}

/**
 * Rewrites number literals with a capital exponent ("1E-9") to the lower-case form, because
 * HyperFormula 3.5 rejects the capital E that Sheets, LibreOffice and Excel accept. Text in
 * string literals is left alone.
 */
export function readableFormula(content: RawCellContent): RawCellContent {
  if (typeof content !== 'string' || !content.startsWith('=')) return content;
  return content
    .split('"')
    .map((part, i) =>
      i % 2 === 0
        ? part.replace(/(?<![\w$.])(\d+(?:\.\d*)?)E([+-]?\d)/g, '$1e$2')
        : part,
    )
    .join('"');
}
