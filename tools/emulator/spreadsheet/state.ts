// The internal state of one emulated spreadsheet, shared by its Spreadsheet, Sheet and Range
// objects. Nothing here is counted as a service call.

import type {EmulatorContext} from '../context';
import {GridRect} from './a1';
import {FormulaEngine} from './formula-engine';
import {SheetData} from './model';
import type {ProtectionData, ProtectionHost} from './protection';

export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number;
  at: number;
}

export const MAX_CELLS = 10_000_000;
export const MAX_COLUMNS = 18_278;

export class WorkbookState {
  readonly engine: FormulaEngine;
  sheets: SheetData[] = [];
  name: string;
  timeZone = 'Asia/Ho_Chi_Minh';
  locale = 'vi_VN';
  editors: string[] = [];
  protections: ProtectionData[] = [];
  toasts: ToastRecord[] = [];
  activeSheet: SheetData | null = null;
  activeRect: GridRect | null = null;
  nextSheetId = 0;
  nextProtectionId = 1;
  nextChartId = 1;
  /** Builds the public Sheet object of a tab; set by the Spreadsheet. */
  wrapSheet: (sheet: SheetData) => unknown = () => null;
  /** Builds a public Range object; set by the Spreadsheet. */
  wrapRange: (sheet: SheetData, rect: GridRect) => unknown = () => null;
  /** Returns the public Spreadsheet object; set by the Spreadsheet. */
  wrapSpreadsheet: () => unknown = () => null;
  /** Owner and editors as protections see them; set by the Spreadsheet. */
  protectionHost: ProtectionHost | null = null;
  /**
   * Returns the email of the person a running script acts as, or null when unknown or when
   * the script runs as its trigger's creator. createSpreadsheetApp replaces it when the
   * hooks provide effectiveUser.
   */
  scriptUser: () => string | null = () => {
    const execution = this.ctx.execution;
    if (!execution) return null;
    const asClicker =
      execution.kind === 'menu' || execution.kind === 'scriptRun';
    return asClicker && execution.activeUser ? execution.activeUser : null;
  };
  /** Builds a public Protection object; set by the Spreadsheet. */
  wrapProtection: (protection: ProtectionData) => unknown = () => null;

  constructor(
    readonly ctx: EmulatorContext,
    readonly id: string,
    name: string,
    public owner: string,
  ) {
    this.name = name;
    this.engine = new FormulaEngine({
      now: () => ctx.clock.now(),
      timeZone: () => this.timeZone,
    });
  }

  /** Finds a tab by name, ignoring case as Sheets does for duplicate checks. */
  sheetByName(name: string): SheetData | null {
    const lowerName = name.toLowerCase();
    return (
      this.sheets.find(sheet => sheet.name.toLowerCase() === lowerName) ?? null
    );
  }

  currentUser(): string {
    return this.ctx.execution?.activeUser || this.owner;
  }

  totalCells(): number {
    return this.sheets.reduce((sum, sheet) => sum + sheet.cellCount(), 0);
  }

  active(): SheetData {
    if (!this.activeSheet || !this.sheets.includes(this.activeSheet)) {
      this.activeSheet = this.sheets[0];
    }
    return this.activeSheet;
  }
}
