// Timed staff edits for a period run: {"edits": [{"at", "user", "tab", "key", "column",
// "value"}]}, applied through the emulator's user-edit path so the edit trigger fires.
import {readFileSync} from 'node:fs';
import type {Emulator} from '../emulator/index';
import {cellText} from '../../src/workbook/cells';
import {headerKey} from '../../src/workbook/table';
import {ALL_TABS} from '../../src/workbook/schema';
import {ArgsError, parseWallTime} from './args';

export interface ScenarioEdit {
  at: string;
  user: string;
  tab: string;
  key: string;
  column: string;
  value: string | number;
}

export function loadScenario(file: string): ScenarioEdit[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ArgsError(
      `--scenario ${file}: ${error instanceof Error ? error.message : error}`,
    );
  }
  const edits = (parsed as {edits?: unknown}).edits;
  if (!Array.isArray(edits))
    throw new ArgsError(`--scenario ${file}: expected {"edits": [...]}.`);
  edits.forEach((edit, i) => {
    for (const field of ['at', 'user', 'tab', 'key', 'column', 'value']) {
      if (!(field in edit))
        throw new ArgsError(
          `--scenario ${file}: edit ${i + 1} has no "${field}".`,
        );
    }
  });
  return (edits as ScenarioEdit[])
    .slice()
    .sort((a, b) => parseWallTime(a.at, 'at') - parseWallTime(b.at, 'at'));
}

/** Finds the row whose key column holds `key` and the column whose header is `column`. */
function locate(emu: Emulator, edit: ScenarioEdit): {row: number; col: number} {
  return emu.ctx.counter.uncounted(() => {
    const sheet = emu.workbook.getSheetByName(edit.tab);
    if (!sheet)
      throw new Error(`Scenario edit at ${edit.at}: no tab "${edit.tab}".`);
    const values = sheet.getDataRange().getValues() as unknown[][];
    const header = values[0].map(cell => headerKey(cellText(cell)));
    const col = header.indexOf(headerKey(edit.column));
    if (col < 0)
      throw new Error(
        `Scenario edit at ${edit.at}: tab "${edit.tab}" has no column "${edit.column}".`,
      );
    const spec = ALL_TABS.find(tab => tab.name === edit.tab);
    const keyHeader =
      spec?.columns.find(c => c.key === spec.keyColumn)?.header ?? '';
    const keyCol = header.indexOf(headerKey(keyHeader));
    let row =
      values.findIndex(
        (line, i) => i > 0 && cellText(line[keyCol]) === edit.key,
      ) + 1;
    if (row <= 0) row = values.length + 1; // a new row, e.g. a weekly report
    return {row, col: col + 1};
  });
}

export function applyScenario(
  emu: Emulator,
  edits: ScenarioEdit[],
  end: number,
  doubleFire: boolean,
): void {
  for (const edit of edits) {
    const at = parseWallTime(edit.at, 'at');
    if (at > end) break;
    emu.advanceTo(new Date(at), {doubleFire});
    const {row, col} = locate(emu, edit);
    const result = emu.userEdit(edit.tab, row, col, edit.value, edit.user);
    if (!result.accepted)
      console.warn(
        `Scenario edit at ${edit.at} was rejected: ${result.reason}`,
      );
  }
  emu.advanceTo(new Date(end), {doubleFire});
}
