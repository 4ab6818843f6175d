// The naive baseline: the same jobs written the way common reminder scripts are, with a
// getValue or setValue per cell and an email per task. They run against the emulator's
// services, so the same counter counts their calls. They read the add-on's tabs but write
// only to scratch tabs that `services.scratch` provides, so the add-on's data stays as it was.
import {TASKS_TAB, TabSpec, UNITS_TAB} from '../../src/workbook/schema';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface BaselineServices {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  MailApp: {sendEmail(to: string, subject: string, body: string): void};
  Session: GoogleAppsScript.Base.Session;
  /** The tab a job writes to, found by name as a script would with getSheetByName. */
  scratch(name: string): ScratchSheet;
}

/** The part of Sheet the baseline writes through. */
export interface ScratchSheet {
  getRange(row: number, column: number): {setValue(value: unknown): unknown};
}

/** Columns as a hand-written script hard-codes them: 1-based positions in "Nhiệm vụ". */
function positions(tab: TabSpec): Record<string, number> {
  return Object.fromEntries(
    tab.columns.map((column, i) => [column.key, i + 1]),
  );
}

const COLUMN = positions(TASKS_TAB);
const UNIT_COLUMN = positions(UNITS_TAB);

const DONE = 'Hoàn thành';
const CANCELLED = 'Đã hủy';
const OFFICE = 'vanphong@bacha.example';

function tasksSheet(services: BaselineServices): Sheet {
  return services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(
    TASKS_TAB.name,
  )!;
}

function cell(sheet: Sheet, row: number, column: number): unknown {
  return sheet.getRange(row, column).getValue();
}

function isOverdue(due: unknown, now: Date): boolean {
  return due instanceof Date && due.getTime() < now.getTime();
}

/** Setup: writes every row of the plan one cell at a time. */
export function baselineSetup(
  services: BaselineServices,
  scratchName: string,
  rows: unknown[][],
): void {
  const sheet = services.scratch(scratchName);
  rows.forEach((line, i) => {
    line.forEach((value, j) => {
      sheet.getRange(i + 2, j + 1).setValue(value);
    });
  });
}

/** Daily refresh: reads status and due date of each task and writes a flag per row. */
export function baselineDailyRefresh(
  services: BaselineServices,
  scratchName: string,
): void {
  const sheet = tasksSheet(services);
  const out = services.scratch(scratchName);
  const now = new Date();
  const last = sheet.getLastRow();
  for (let row = 2; row <= last; row++) {
    const status = cell(sheet, row, COLUMN.status);
    const due = cell(sheet, row, COLUMN.due);
    const late = status !== DONE && isOverdue(due, now);
    out.getRange(row, 1).setValue(late ? 'Quá hạn' : '');
  }
}

/** Reads each unit's name and aliases → its first email from "Đơn vị", one cell at a time. */
function unitEmails(services: BaselineServices): Map<string, string> {
  const sheet = services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(
    UNITS_TAB.name,
  )!;
  const emails = new Map<string, string>();
  const last = sheet.getLastRow();
  for (let row = 2; row <= last; row++) {
    const name = String(cell(sheet, row, UNIT_COLUMN.name));
    const aliases = String(cell(sheet, row, UNIT_COLUMN.aliases)).split(';');
    const email = String(cell(sheet, row, UNIT_COLUMN.emails)).split(';')[0];
    for (const written of [name, ...aliases])
      if (written.trim() !== '') emails.set(written.trim(), email.trim());
  }
  return emails;
}

/**
 * Friday reminder: one email per open task, to the person in charge of it or else to the
 * lead unit's first address.
 */
export function baselineReminder(services: BaselineServices): number {
  const units = unitEmails(services);
  const sheet = tasksSheet(services);
  const last = sheet.getLastRow();
  let sent = 0;
  for (let row = 2; row <= last; row++) {
    const code = cell(sheet, row, COLUMN.code);
    const content = cell(sheet, row, COLUMN.content);
    const status = cell(sheet, row, COLUMN.status);
    const due = cell(sheet, row, COLUMN.due);
    const lead = String(cell(sheet, row, COLUMN.lead));
    const email = cell(sheet, row, COLUMN.personEmail) || units.get(lead);
    if (status === DONE || status === CANCELLED || !email) continue;
    services.MailApp.sendEmail(
      String(email),
      `Nhắc báo cáo nhiệm vụ ${code}`,
      `Nhiệm vụ: ${content}\nHạn: ${due}\nĐề nghị báo cáo trước 14:00 thứ Sáu.`,
    );
    sent++;
  }
  return sent;
}

/** Friday summary: reads each task's status, due date and lead unit, then one email. */
export function baselineSummary(services: BaselineServices): void {
  const sheet = tasksSheet(services);
  const now = new Date();
  const last = sheet.getLastRow();
  const overdueByUnit = new Map<string, number>();
  let done = 0;
  for (let row = 2; row <= last; row++) {
    const status = cell(sheet, row, COLUMN.status);
    const due = cell(sheet, row, COLUMN.due);
    const lead = String(cell(sheet, row, COLUMN.lead));
    if (status === DONE) done++;
    else if (isOverdue(due, now))
      overdueByUnit.set(lead, (overdueByUnit.get(lead) ?? 0) + 1);
  }
  const lines = [...overdueByUnit].map(([unit, n]) => `${unit}: ${n}`);
  services.MailApp.sendEmail(
    OFFICE,
    'Tổng hợp tuần',
    `Hoàn thành: ${done}\nQuá hạn theo đơn vị:\n${lines.join('\n')}`,
  );
}

/** Quarterly report: reads each task cell by cell and writes its report line cell by cell. */
export function baselineQuarterlyReport(
  services: BaselineServices,
  scratchName: string,
): void {
  const sheet = tasksSheet(services);
  const out = services.scratch(scratchName);
  const last = sheet.getLastRow();
  for (let row = 2; row <= last; row++) {
    const line = [
      cell(sheet, row, COLUMN.code),
      cell(sheet, row, COLUMN.content),
      cell(sheet, row, COLUMN.lead),
      cell(sheet, row, COLUMN.status),
      cell(sheet, row, COLUMN.progress),
    ];
    cell(sheet, row, COLUMN.due);
    line.forEach((value, j) => out.getRange(row, j + 1).setValue(value));
  }
}

/** Staff edit: the usual onEdit that stamps when and by whom a task row changed. */
export function baselineEdit(
  services: BaselineServices,
  event: {range: GoogleAppsScript.Spreadsheet.Range},
  scratchName: string,
): void {
  const sheet = event.range.getSheet();
  if (sheet.getName() !== TASKS_TAB.name) return;
  const row = event.range.getRow();
  if (row < 2) return;
  const out = services.scratch(scratchName);
  out.getRange(row, COLUMN.updatedAt).setValue(new Date());
  out
    .getRange(row, COLUMN.updatedBy)
    .setValue(services.Session.getActiveUser().getEmail());
}
