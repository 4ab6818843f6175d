// Timed staff edits for a period run: {"edits": [{"at", "user", "tab", "key", "column",
// "value"}]}, applied through the emulator's user-edit path so the edit trigger fires.
// An optional "mailFailures": [{"at", "count", "message"?}] makes the next `count` sends
// after `at` fail with a transient server error, to test retries over a period.
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

export interface ScenarioFailure {
  at: string;
  count: number;
  message?: string;
}

export type ScenarioStep =
  ({kind: 'edit'} & ScenarioEdit) | ({kind: 'mailFailure'} & ScenarioFailure);

function loadFailures(file: string, parsed: unknown): ScenarioFailure[] {
  const failures = (parsed as {mailFailures?: unknown}).mailFailures;
  if (failures === undefined) return [];
  if (!Array.isArray(failures))
    throw new ArgsError(`--scenario ${file}: "mailFailures" must be a list.`);
  failures.forEach((failure, i) => {
    if (typeof failure?.at !== 'string' || !Number.isInteger(failure?.count))
      throw new ArgsError(
        `--scenario ${file}: mail failure ${i + 1} needs "at" and a whole "count".`,
      );
  });
  return failures as ScenarioFailure[];
}

export function loadScenario(file: string): ScenarioStep[] {
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
  const steps: ScenarioStep[] = [
    ...(edits as ScenarioEdit[]).map(edit => ({
      kind: 'edit' as const,
      ...edit,
    })),
    ...loadFailures(file, parsed).map(failure => ({
      kind: 'mailFailure' as const,
      ...failure,
    })),
  ];
  return steps.sort(
    (a, b) => parseWallTime(a.at, 'at') - parseWallTime(b.at, 'at'),
  );
}

/** Finds the row whose key column holds `key` and the column whose header is `column`. */
function locate(emu: Emulator, edit: ScenarioEdit): {row: number; col: number} {
  return emu.ctx.counter.uncounted(() => {
    const sheet = emu.workbook.getSheetByName(edit.tab);
    if (!sheet)
      throw new ArgsError(`Scenario edit at ${edit.at}: no tab "${edit.tab}".`);
    const values = sheet.getDataRange().getValues() as unknown[][];
    const header = values[0].map(cell => headerKey(cellText(cell)));
    const col = header.indexOf(headerKey(edit.column));
    if (col < 0)
      throw new ArgsError(
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
    // A weekly report is a new row; on other tabs the key must name an existing row.
    if (row <= 0 && edit.tab !== 'Báo cáo tuần') {
      throw new ArgsError(
        `Scenario edit at ${edit.at}: tab "${edit.tab}" has no row "${edit.key}".`,
      );
    }
    if (row <= 0) row = values.length + 1;
    return {row, col: col + 1};
  });
}

export function applyScenario(
  emu: Emulator,
  steps: ScenarioStep[],
  end: number,
  doubleFire: boolean,
): void {
  for (const step of steps) {
    const at = parseWallTime(step.at, 'at');
    if (at > end) break;
    emu.advanceTo(new Date(at), {doubleFire});
    if (step.kind === 'mailFailure') {
      emu.emu.mail.failNext(step.count, step.message);
      continue;
    }
    const edit = step;
    const {row, col} = locate(emu, edit);
    const result = emu.userEdit(edit.tab, row, col, edit.value, edit.user);
    if (!result.accepted)
      console.warn(
        `Scenario edit at ${edit.at} was rejected: ${result.reason}`,
      );
  }
  emu.advanceTo(new Date(end), {doubleFire});
}
