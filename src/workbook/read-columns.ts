// The columns each job reads. At 100,000 tasks a tab read carries millions of cells, and a
// cell costs time on Google's side, so the scheduled jobs read only the columns their domain
// code uses. Columns left out read as empty, so a job must never parse one it did not ask for.
import {TabSpec} from './schema';
import {mapHeaders} from './table';

/**
 * Nhiệm vụ columns behind a task line (timeliness, days late, "6 rõ") and the weekly
 * reporting status: what the reminders, the summary and the report use.
 */
export const TASK_LINE_COLUMNS: readonly string[] = [
  'code',
  'group',
  'content',
  'lead',
  'person',
  'timeText',
  'due',
  'recurrence',
  'product',
  'evidenceLink',
  'status',
  'progress',
  'completedOn',
  'updatedAt',
];

/** Chỉ tiêu columns behind an indicator line: its status and what the summary shows. */
export const INDICATOR_LINE_COLUMNS: readonly string[] = [
  'no',
  'group',
  'name',
  'unitOfMeasure',
  'result2025',
  'targetText',
  'value1',
  'value2',
  'lead',
  'deadlineText',
  'due',
];

/**
 * Columns an upgrade or refresh reads: each tab's key and required columns, which tell where
 * the rows end, and the columns its derived cells come from and go to. The other tabs are small
 * and read whole.
 */
export const UPGRADE_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  tasks: [
    'code',
    'content',
    'lead',
    'leadCodes',
    'timeText',
    'start',
    'due',
    'recurrence',
  ],
  indicators: [
    'no',
    'name',
    'targetText',
    'operator1',
    'threshold1',
    'operator2',
    'threshold2',
    'deadlineText',
    'due',
  ],
};

/**
 * Columns an upgrade reads when it also checks the plan: the upgrade's own, and every other
 * column whose cells the tab readers validate (units, dates, numbers, lists). Text columns
 * such as the content are left out: only a formula error there is invalid, and the jobs that
 * read those columns report it.
 */
export const CHECK_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  tasks: [
    ...UPGRADE_COLUMNS.tasks,
    'coordinating',
    'status',
    'progress',
    'completedOn',
    'updatedAt',
  ],
  indicators: [
    ...UPGRADE_COLUMNS.indicators,
    'lead',
    'coordinating',
    'value1',
    'value2',
  ],
};

/**
 * Cells of the large tabs that a check reads whole. Google's best-practices page gives about
 * 1 s per 10,000 cells carried, so this is an estimated 100 s of the 6-minute limit. The
 * other large tab's validated columns (130 s at 100,000 rows) and the writes fit in the rest.
 */
export const FULL_CHECK_MAX_CELLS = 1_000_000;

/**
 * Returns what an upgrade reads of a tab: 'whole' or the listed columns. Small tabs are read
 * whole. A checked large tab is read whole when its cells (last row × last column, counted only
 * then) fit what is left of `budget`, which it then uses up.
 */
export function upgradeRead(
  tabKey: string,
  check: boolean,
  budget: {cells: number},
  cellsOf: () => number,
): 'whole' | readonly string[] {
  const upgrade = UPGRADE_COLUMNS[tabKey];
  if (!upgrade) return 'whole';
  if (!check) return upgrade;
  const cells = cellsOf();
  if (cells <= budget.cells) {
    budget.cells -= cells;
    return 'whole';
  }
  return CHECK_COLUMNS[tabKey];
}

/** A run of adjacent 0-based column positions, read with one call. */
export interface ColumnRun {
  start: number;
  count: number;
}

/**
 * Returns the runs of adjacent positions holding `keys` under `header`. Keys whose header is
 * missing are left out; the row reader reports a missing required header on its own.
 */
export function columnRuns(
  tab: TabSpec,
  header: unknown[],
  keys: readonly string[],
): ColumnRun[] {
  const headers = mapHeaders(tab, header);
  const positions = [
    ...new Set(
      keys
        .map(key => headers.index.get(key))
        .filter((position): position is number => position !== undefined),
    ),
  ].sort((a, b) => a - b);
  const runs: ColumnRun[] = [];
  for (const position of positions) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.count === position) last.count++;
    else runs.push({start: position, count: 1});
  }
  return runs;
}
