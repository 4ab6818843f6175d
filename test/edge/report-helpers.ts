// Shortcuts for the report tests: the weekly report a unit types, the report tab's cells, the
// report counter in Cấu hình and the files the add-on saved to Drive.
import type {Emulator} from '../../tools/emulator/index';
import {click, columnOf, values} from './harness';

export const REPORT = 'Tạo báo cáo quý';
export const COUNTER_LABEL = 'Số báo cáo tiếp theo';

/** A difficulty that looks like a formula and markup, to prove it is kept as typed. */
export const TYPED_DIFFICULTY =
  "=Thiếu kinh phí <script>alert('x')</script> & máy chủ";
export const TYPED_PROPOSAL = '<b>Đề nghị</b> cấp bổ sung 50% kinh phí';

/** Types a weekly report row for the week starting `monday` (dd/mm/yyyy) as a unit would. */
export function typeWeeklyReport(
  emu: Emulator,
  monday: string,
  unitName: string,
  texts: {difficulties: string; proposals: string},
): void {
  const tab = 'Báo cáo tuần';
  const row = values(emu, tab).length + 1;
  const cells: Array<[string, string]> = [
    ['week', monday],
    ['unit', unitName],
    ['taskCode', '1.4'],
    ['result', 'Đã triển khai một phần'],
    // A person types a leading apostrophe to keep "=…" as text.
    ['difficulties', `'${texts.difficulties}`],
    ['proposals', texts.proposals],
  ];
  for (const [key, value] of cells) {
    const edit = emu.userEdit(tab, row, columnOf(emu, tab, key), value);
    if (!edit.accepted)
      throw new Error(`Edit of ${key} rejected: ${edit.reason}`);
  }
}

/** Returns the value of the Cấu hình row with this label. */
export function configValue(emu: Emulator, label: string): unknown {
  const row = values(emu, 'Cấu hình').find(line => line[0] === label);
  if (!row) throw new Error(`No Cấu hình row ${label}`);
  return row[1];
}

export function sheetNames(emu: Emulator): string[] {
  return emu.ctx.counter.uncounted(() =>
    emu.workbook.getSheets().map((s: {getName(): string}) => s.getName()),
  );
}

export function reportTabs(emu: Emulator): string[] {
  return sheetNames(emu).filter(name => name.startsWith('BC '));
}

/** Returns every cell of a tab as a string, for "contains" checks. */
export function cellTexts(emu: Emulator, tab: string): string[] {
  return values(emu, tab)
    .flat()
    .map(cell => String(cell));
}

export function savedFiles(emu: Emulator) {
  return emu.emu.drive.listFiles();
}

export function savedHtml(emu: Emulator): string {
  const file = savedFiles(emu).find(f => f.name.endsWith('.html'));
  if (!file) throw new Error('No report HTML in Drive');
  return file.bytes.toString('utf8');
}

/** Clicks the report menu item and returns the last dialog it showed. */
export function createReport(
  emu: Emulator,
  ...answers: Array<'YES' | 'NO' | 'CANCEL'>
): {title: string; html: string} | undefined {
  const before = emu.ui.dialogs.length;
  click(emu, REPORT, ...answers);
  return emu.ui.dialogs.length > before
    ? emu.ui.dialogs[emu.ui.dialogs.length - 1]
    : undefined;
}
