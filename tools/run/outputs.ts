// Writes what a person would see after a local run: the workbook, every email as .eml and
// .html, the report files the add-on saved to Drive, and summary.json.
import {mkdirSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Emulator} from '../emulator/index';
import {exportXlsx} from '../emulator/xlsx-export';
import {MAIL_TAB, TASKS_TAB} from '../../src/workbook/schema';
import {mapHeaders} from '../../src/workbook/table';
import {formatSimpleDate} from '../emulator/simple-date-format';
import {TIME_ZONE} from './args';
import {screenshotIfChromium, writePdfIfChromium} from './pdf';

/** Values of a tab read without counting, since the runner is not the add-on. */
function tabValues(emu: Emulator, name: string): unknown[][] {
  return emu.ctx.counter.uncounted(() => {
    const sheet = emu.workbook.getSheetByName(name);
    if (!sheet || sheet.getLastRow() === 0) return [];
    return sheet.getDataRange().getValues() as unknown[][];
  });
}

function column(
  values: unknown[][],
  tab: typeof TASKS_TAB,
  key: string,
): unknown[] {
  const headers = mapHeaders(tab, values[0] ?? []);
  const position = headers.index.get(key);
  if (position === undefined) return [];
  return values.slice(1).map(row => row[position]);
}

export interface TaskTally {
  tasksByTimeliness: Record<string, number>;
  overdueTaskCodes: string[];
}

/** Counts tasks by the "Tình trạng thời hạn" column, exactly as the spreadsheet shows it. */
export function tallyTasks(emu: Emulator): TaskTally {
  const values = tabValues(emu, TASKS_TAB.name);
  const codes = column(values, TASKS_TAB, 'code').map(String);
  const states = column(values, TASKS_TAB, 'timeliness').map(String);
  const tasksByTimeliness: Record<string, number> = {};
  const overdueTaskCodes: string[] = [];
  codes.forEach((code, i) => {
    if (code === '') return;
    tasksByTimeliness[states[i]] = (tasksByTimeliness[states[i]] ?? 0) + 1;
    if (states[i] === 'Quá hạn') overdueTaskCodes.push(code);
  });
  return {tasksByTimeliness, overdueTaskCodes};
}

/** Kind of each sent email by subject, from the add-on's own "Thư đã gửi" record. */
function mailKinds(emu: Emulator): Map<string, string> {
  const values = tabValues(emu, MAIL_TAB.name);
  const subjects = column(values, MAIL_TAB, 'subject').map(String);
  const kinds = column(values, MAIL_TAB, 'key').map(
    key => String(key).split('|')[1] ?? '',
  );
  return new Map(subjects.map((subject, i) => [subject, kinds[i]]));
}

/**
 * Writes the files the add-on saved to Drive (the report's PDF and HTML). Where Chromium is
 * installed, the PDF is printed again from the saved HTML, since the emulator's own PDF only
 * lists the text.
 */
async function writeReportFiles(
  emu: Emulator,
  dir: string,
): Promise<{reports: string[]; reportPdf: 'chromium' | 'emulator' | 'none'}> {
  const reports: string[] = [];
  for (const file of emu.emu.drive.listFiles()) {
    const name = file.name.replace(/[/\\]/g, '-');
    writeFileSync(join(dir, name), Buffer.from(file.bytes));
    reports.push(name);
  }
  let reportPdf: 'chromium' | 'emulator' | 'none' = 'none';
  for (const name of reports.filter(file => file.endsWith('.html'))) {
    const pdf = name.replace(/\.html$/, '.pdf');
    if (!reports.includes(pdf)) continue;
    reportPdf = 'emulator';
    if (await writePdfIfChromium(join(dir, name), join(dir, pdf)))
      reportPdf = 'chromium';
  }
  return {reports, reportPdf};
}

/** Screenshots of the first reminder and the first summary, where Chromium is installed. */
async function screenshotFirstMails(
  emu: Emulator,
  emlFiles: string[],
  dir: string,
): Promise<string[]> {
  const written: string[] = [];
  const kinds: Array<[string, RegExp]> = [
    ['reminder.png', /^\[NQ57\] Nhắc/],
    ['summary.png', /^\[NQ57\] Tổng hợp/],
  ];
  for (const [png, subject] of kinds) {
    const index = emu.outbox.findIndex(mail => subject.test(mail.subject));
    if (index < 0 || !emlFiles[index]) continue;
    const html = emlFiles[index].replace(/\.eml$/, '.html');
    if (await screenshotIfChromium(html, join(dir, png), 700))
      written.push(png);
  }
  return written;
}

const stamp = (date: Date) =>
  formatSimpleDate(date, TIME_ZONE, "yyyy-MM-dd'T'HH:mmXXX");

/** Names of the files an earlier run wrote into `dir` that this run may not write again. */
const STALE_OUTPUT = /^(reminder\.png|summary\.png|BC .*\.(html|pdf))$/;

/** Deletes what an earlier run wrote, so `dir` shows this run's output only. */
function removeEarlierOutputs(dir: string): void {
  rmSync(join(dir, 'mail'), {recursive: true, force: true});
  for (const name of readdirSync(dir))
    if (STALE_OUTPUT.test(name)) rmSync(join(dir, name), {force: true});
}

export async function writeOutputs(
  emu: Emulator,
  dir: string,
  requested: Date,
  end: Date,
): Promise<Record<string, unknown>> {
  mkdirSync(dir, {recursive: true});
  removeEarlierOutputs(dir);
  await exportXlsx(emu.workbook, join(dir, 'workbook.xlsx'));

  const mailDir = join(dir, 'mail');
  mkdirSync(mailDir, {recursive: true});
  const emlFiles = emu.writeEml(mailDir);
  emu.outbox.forEach((mail, i) => {
    if (mail.htmlBody && emlFiles[i])
      writeFileSync(
        emlFiles[i].replace(/\.eml$/, '.html'),
        mail.htmlBody,
        'utf8',
      );
  });
  const screenshots = await screenshotFirstMails(emu, emlFiles, dir);

  const {reports, reportPdf} = await writeReportFiles(emu, dir);

  const kinds = mailKinds(emu);
  const summary = {
    date: stamp(requested),
    clockAtEnd: stamp(end),
    timeZone: TIME_ZONE,
    ...tallyTasks(emu),
    emails: emu.outbox.map(mail => ({
      sentAt: stamp(mail.sentAt),
      kind: kinds.get(mail.subject) ?? 'unknown',
      to: mail.to,
      subject: mail.subject,
    })),
    reports,
    reportPdf,
    screenshots,
    serviceCalls: emu.ctx.counter.byService(),
    serviceCallsByMethod: emu.ctx.counter.byMethod(),
    executions: emu.executions.map(run => ({
      functionName: run.functionName,
      kind: run.kind,
      start: stamp(run.start),
      ok: run.ok,
      ...(run.error ? {error: run.error} : {}),
    })),
  };
  writeFileSync(
    join(dir, 'summary.json'),
    JSON.stringify(summary, null, 2) + '\n',
    'utf8',
  );
  return summary;
}
