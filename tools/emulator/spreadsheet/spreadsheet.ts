// The Spreadsheet class of the emulated SpreadsheetApp (EmuSpreadsheet): sharing, protections,
// time zone, toasts, and the uncounted `emu` members used by tests, the runner and the export.

import {GridRect, parseA1, rectA1, toRect} from './a1';
import {readDisplay, readFormula, readValue} from './cells';
import {mapCells} from './grid';
import {SheetData} from './model';
import {makeUser} from './protection';
import {Range} from './range';
import {Sheet} from './sheet';
import {SpreadsheetCore, SpreadsheetOptions} from './spreadsheet-core';
import {ToastRecord} from './state';
import {UserEditResult, applyUserInput} from './user-actions';
import {copySpreadsheet} from './copy';

export class EmuSpreadsheet extends SpreadsheetCore {
  constructor(ctx: SpreadsheetCore['ctx'], options: SpreadsheetOptions = {}) {
    super(ctx, options);
  }

  getId(): string {
    this.count('getId');
    return this.emuState.id;
  }

  getName(): string {
    this.count('getName');
    return this.emuState.name;
  }

  rename(name: string): void {
    this.count('rename');
    this.emuState.name = name;
  }

  getUrl(): string {
    this.count('getUrl');
    return `https://docs.google.com/spreadsheets/d/${this.emuState.id}/edit`;
  }

  getSpreadsheetTimeZone(): string {
    this.count('getSpreadsheetTimeZone');
    return this.emuState.timeZone;
  }

  /** Changes the time zone; TODAY() and NOW() are recomputed in the new zone. */
  setSpreadsheetTimeZone(timezone: string): void {
    this.count('setSpreadsheetTimeZone');
    new Intl.DateTimeFormat('en-US', {timeZone: timezone});
    this.emuState.timeZone = timezone;
    this.emuState.engine.recalculate();
  }

  getSpreadsheetLocale(): string {
    this.count('getSpreadsheetLocale');
    return this.emuState.locale;
  }

  // NOTE: display formatting stays vi_VN whatever locale is set.
  setSpreadsheetLocale(locale: string): void {
    this.count('setSpreadsheetLocale');
    this.emuState.locale = locale;
  }

  /** Records a toast; it never suspends the script. */
  toast(message: unknown, title: unknown = '', timeoutSeconds = 5): void {
    this.count('toast');
    this.emuState.toasts.push({
      message: String(message),
      title: String(title),
      timeoutSeconds,
      at: this.ctx.clock.now(),
    });
  }

  getOwner(): object {
    this.count('getOwner');
    return makeUser(this.ctx, this.emuState.owner);
  }

  getEditors(): object[] {
    this.count('getEditors');
    const emails = [this.emuState.owner, ...this.emuState.editors];
    return emails.map(email => makeUser(this.ctx, email));
  }

  getViewers(): object[] {
    this.count('getViewers');
    return this.getEditors();
  }

  private shareWith(emails: unknown[]): void {
    for (const user of emails) {
      const email = String(
        typeof user === 'string'
          ? user
          : (user as {getEmail(): string}).getEmail(),
      ).toLowerCase();
      const known = [
        this.emuState.owner.toLowerCase(),
        ...this.emuState.editors,
      ];
      if (!known.includes(email)) this.emuState.editors.push(email);
    }
  }

  addEditor(user: unknown): this {
    this.count('addEditor');
    this.shareWith([user]);
    return this;
  }

  addEditors(emails: string[]): this {
    this.count('addEditors');
    this.shareWith(emails);
    return this;
  }

  removeEditor(user: unknown): this {
    this.count('removeEditor');
    const email = String(
      typeof user === 'string'
        ? user
        : (user as {getEmail(): string}).getEmail(),
    ).toLowerCase();
    this.emuState.editors = this.emuState.editors.filter(
      other => other !== email,
    );
    return this;
  }

  getProtections(type: string): unknown[] {
    this.count('getProtections');
    return this.emuState.protections
      .filter(protection => protection.type === type)
      .map(protection => this.emuState.wrapProtection(protection));
  }

  getLastRow(): number {
    this.count('getLastRow');
    return this.getActiveSheetUncounted().getLastRow();
  }

  private getActiveSheetUncounted(): Sheet {
    return this.ctx.counter.uncounted(() =>
      this.sheetObject(this.emuState.active()),
    );
  }

  // ---- Emulator-only members: never counted, absent from Apps Script. ----

  emuSheets(): SheetData[] {
    return [...this.emuState.sheets];
  }

  emuSheet(name: string): SheetData {
    const sheet = this.emuState.sheets.find(data => data.name === name);
    if (!sheet)
      throw new Error(`No tab named "${name}" in the emulated spreadsheet.`);
    return sheet;
  }

  get emuToasts(): ToastRecord[] {
    return this.emuState.toasts;
  }

  get emuNamedRanges(): {name: string; reference: string | null}[] {
    return this.names.map(name => ({
      name,
      reference: this.emuState.engine.namedReference(name),
    }));
  }

  /** Sets the owner's email (Apps Script fixes it at creation). */
  emuSetOwner(email: string): void {
    this.emuState.owner = email;
  }

  /** Shares the file with editors without counting calls. */
  emuAddEditors(emails: string[]): void {
    this.shareWith(emails);
  }

  private emuRect(sheet: SheetData, a1?: string): GridRect {
    if (!a1) {
      const [rows, cols] = [sheet.maxRows, sheet.maxColumns];
      return {row: 1, col: 1, numRows: rows, numCols: cols};
    }
    const ref = parseA1(a1);
    if (!ref) throw new Error(`Invalid A1 notation: ${a1}`);
    return toRect(ref, sheet.maxRows, sheet.maxColumns);
  }

  /** Returns values as getValues would, without counting; the whole tab when a1 is absent. */
  emuValues(sheetName: string, a1?: string): unknown[][] {
    const sheet = this.emuSheet(sheetName);
    return mapCells(this.emuRect(sheet, a1), (row, col) =>
      readValue(this.emuState, sheet, row, col),
    );
  }

  emuDisplayValues(sheetName: string, a1?: string): string[][] {
    const sheet = this.emuSheet(sheetName);
    return mapCells(this.emuRect(sheet, a1), (row, col) =>
      readDisplay(this.emuState, sheet, row, col),
    );
  }

  emuFormulas(sheetName: string, a1?: string): string[][] {
    const sheet = this.emuSheet(sheetName);
    return mapCells(this.emuRect(sheet, a1), (row, col) =>
      readFormula(this.emuState, sheet, row, col),
    );
  }

  /** Returns a public Range without counting the lookup. */
  emuRange(sheetName: string, a1: string): Range {
    const sheet = this.emuSheet(sheetName);
    return this.emuState.wrapRange(sheet, this.emuRect(sheet, a1)) as Range;
  }

  /** Types a value into a cell as `user` would in the Sheets UI; fires no trigger. */
  emuUserEdit(
    sheetName: string,
    row: number,
    col: number,
    value: unknown,
    user?: string,
  ): UserEditResult {
    return this.emuUserPaste(sheetName, row, col, [[value]], user);
  }

  /** Pastes a block of values (values only) as `user` would; fires no trigger. */
  emuUserPaste(
    sheetName: string,
    row: number,
    col: number,
    values: unknown[][],
    user?: string,
  ): UserEditResult {
    return this.ctx.counter.uncounted(() =>
      applyUserInput(
        this.emuState,
        this.protectionHost,
        this.emuSheet(sheetName),
        row,
        col,
        values,
        user ?? this.emuState.owner,
      ),
    );
  }

  /** Recomputes every formula, so TODAY() and NOW() follow the moved clock. */
  emuRecalculate(): void {
    this.emuState.engine.recalculate();
  }

  /** Returns a copy of the spreadsheet: tabs, contents, formats, protections, names. */
  emuCopy(): EmuSpreadsheet {
    const copy = new EmuSpreadsheet(this.ctx, {
      id: `${this.emuState.id}-copy`,
      name: `Bản sao của ${this.emuState.name}`,
      owner: this.emuState.owner,
      firstSheetName: '__emu_copy_placeholder__',
    });
    copySpreadsheet(this, copy);
    return copy;
  }

  /** Returns "'Tab'!A1:B2" style text for a range, for messages and the export. */
  emuDescribe(range: Range): string {
    return `${range.emuSheet.name}!${rectA1(range.emuRect)}`;
  }
}
