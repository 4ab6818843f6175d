// Missing and invalid addresses of the Friday emails, read from the cells as typed: the plan's
// state keeps only the valid addresses, and the summary must name the invalid ones so the
// standing office can fix them. Emails go only to addresses in "Đơn vị" and "Cấu hình".
import {INVALID_ADDRESS, MISSING_ADDRESS} from '../core/recipients';
import {RecipientProblem} from '../core/report-model';
import {cellText, readEmailList} from '../workbook/cells';
import {configRow} from '../workbook/config-rows';
import {CONFIG_TAB, UNITS_TAB} from '../workbook/schema';
import {headerKey, mapHeaders, tableRows} from '../workbook/table';
import {readTab} from './sheet-io';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function check(
  owner: string,
  raw: unknown,
  problems: RecipientProblem[],
): void {
  const {valid, invalid} = readEmailList(raw);
  for (const address of invalid)
    problems.push({owner, address, problem: INVALID_ADDRESS});
  if (valid.length === 0 && invalid.length === 0)
    problems.push({owner, address: '', problem: MISSING_ADDRESS});
}

function tabValues(spreadsheet: Spreadsheet, name: string): unknown[][] {
  const sheet = spreadsheet.getSheetByName(name);
  return sheet ? readTab(sheet) : [];
}

/**
 * Lists the problems of the summary's recipients and of the units in `unitCodes` (those that
 * get a reminder this week), in the order of the tabs.
 */
export function recipientProblems(
  spreadsheet: Spreadsheet,
  unitCodes: ReadonlySet<string>,
): RecipientProblem[] {
  const problems: RecipientProblem[] = [];

  const config = tabValues(spreadsheet, CONFIG_TAB.name);
  const settings = new Map<string, unknown>();
  for (const row of tableRows(mapHeaders(CONFIG_TAB, config[0] ?? []), config))
    settings.set(
      headerKey(cellText(row.cells.get('setting'))),
      row.cells.get('value'),
    );
  for (const [field, owner] of [
    ['standingOfficeEmails', 'Văn phòng Đảng ủy'],
    ['summaryRecipients', 'Người nhận báo cáo tuần'],
  ] as const) {
    const raw = settings.get(headerKey(configRow(field).label));
    // An empty list of extra recipients is a choice, not a problem.
    if (field === 'summaryRecipients' && cellText(raw ?? '') === '') continue;
    check(owner, raw ?? '', problems);
  }

  const units = tabValues(spreadsheet, UNITS_TAB.name);
  for (const row of tableRows(mapHeaders(UNITS_TAB, units[0] ?? []), units)) {
    const code = cellText(row.cells.get('code'));
    if (!unitCodes.has(code)) continue;
    const name = cellText(row.cells.get('name')) || code;
    check(name, row.cells.get('emails') ?? '', problems);
  }
  return problems;
}
