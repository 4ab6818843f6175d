// Real-engine formula check. It runs the bundle in the emulator at several moments of 2026 and
// exports each workbook to .xlsx. LibreOffice recalculates the file with its clock faked to the
// same wall time in Asia/Ho_Chi_Minh, and every formula cell must match the emulator's value.
// Usage: node tools/ts-run.mjs tools/real-engine/formulas.ts [--keep DIR]
import {existsSync, mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {
  compareWithLibreOffice,
  exportMoment,
  Mismatch,
  runFiles,
} from './formulas-check';
import {writeClockWorkbook} from './formulas-clock';
import {cellName, FormulaCell} from './formulas-compare';
import {ConversionError, createProfile} from './formulas-libreoffice';
import {INDICATOR_STATUS_LABELS} from '../../src/core/indicator-status';
import {CANCELLED_LABEL, TIMELINESS_LABELS} from '../../src/core/timeliness';
import {CHECK_MOMENTS, CheckMoment, momentLabel} from './formulas-scenario';

const USAGE = `Usage: node tools/ts-run.mjs tools/real-engine/formulas.ts [--keep DIR]
  --keep DIR  keep the exported .xlsx files and LibreOffice's CSV files in DIR`;

/**
 * Tabs whose formulas the check must find, so a setup that wrote none cannot pass. "Báo cáo
 * tuần" has formulas only in rows that staff filled in.
 */
function tabsWithFormulas(moment: CheckMoment): string[] {
  const tabs = ['Nhiệm vụ', 'Chỉ tiêu', 'Kinh phí', 'Tổng quan'];
  return moment.staffEdits ? [...tabs, 'Báo cáo tuần'] : tabs;
}

interface Tally {
  passed: number;
  failed: number;
}

/** Labels the formulas can show; the moments should reach each, or the check tests less. */
const EXPECTED_LABELS = [
  ...Object.values(TIMELINESS_LABELS),
  CANCELLED_LABEL,
  ...Object.values(INDICATOR_STATUS_LABELS),
];

function parseArgs(argv: string[]): {keep: string | null} {
  let keep: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--keep' && argv[i + 1] !== undefined) {
      keep = resolve(argv[++i]);
    } else if (argv[i] === '--help' || argv[i] === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else {
      console.error(`Unknown or incomplete option: ${argv[i]}\n${USAGE}`);
      process.exit(2);
    }
  }
  return {keep};
}

const quoted = (value: unknown) =>
  typeof value === 'string' ? JSON.stringify(value) : String(value);

function printMismatch(label: string, mismatch: Mismatch): void {
  const {cell, actual, reason} = mismatch;
  console.log(`MISMATCH ${label} ${cellName(cell)}: ${reason}`);
  console.log(`  formula:     ${cell.formula}`);
  console.log(`  emulator:    ${quoted(cell.value)}`);
  console.log(`  LibreOffice: ${quoted(actual)}`);
}

function countByTab(cells: FormulaCell[]): string {
  const counts = new Map<string, number>();
  for (const cell of cells) {
    counts.set(cell.tab, (counts.get(cell.tab) ?? 0) + 1);
  }
  return [...counts].map(([tab, count]) => `${tab} ${count}`).join(', ');
}

async function checkMoment(
  moment: CheckMoment,
  workDir: string,
  clockXlsx: string,
  profileDir: string,
  reached: Set<unknown>,
): Promise<Tally> {
  const label = momentLabel(moment);
  const files = runFiles(workDir, moment, clockXlsx, profileDir);
  const {cells, failedRuns} = await exportMoment(moment, 'build', files.xlsx);
  for (const cell of cells) reached.add(cell.value);
  for (const run of failedRuns) {
    console.log(`NOTE ${label}: a bundle run failed: ${run}`);
  }

  const tally: Tally = {passed: 0, failed: 0};
  for (const tab of tabsWithFormulas(moment)) {
    if (!cells.some(cell => cell.tab === tab)) {
      console.log(`MISSING ${label}: tab ${tab} has no formula cells.`);
      tally.failed++;
    }
  }

  try {
    const comparison = compareWithLibreOffice(cells, files, moment);
    for (const mismatch of comparison.mismatches)
      printMismatch(label, mismatch);
    tally.passed += comparison.passed;
    tally.failed += comparison.mismatches.length;
  } catch (error) {
    if (!(error instanceof ConversionError)) throw error;
    console.log(`FAILED ${label}: ${error.message}`);
    tally.failed += cells.length;
  }
  console.log(
    `${label}: ${cells.length} formula cells (${countByTab(cells)}), ${tally.failed} failed`,
  );
  return tally;
}

async function main(): Promise<void> {
  const {keep} = parseArgs(process.argv.slice(2));
  if (!existsSync('build/Code.js')) {
    console.error('build/Code.js is missing: run `npm run build` first.');
    process.exit(2);
  }
  const scratch = mkdtempSync(join(tmpdir(), 'nq57-formulas-'));
  const workDir = keep ?? join(scratch, 'files');
  mkdirSync(workDir, {recursive: true});
  const profileDir = createProfile(join(scratch, 'profile'));
  const clockXlsx = join(workDir, 'clock.xlsx');
  await writeClockWorkbook(clockXlsx);

  const total: Tally = {passed: 0, failed: 0};
  const reached = new Set<unknown>();
  try {
    for (const moment of CHECK_MOMENTS) {
      const tally = await checkMoment(
        moment,
        workDir,
        clockXlsx,
        profileDir,
        reached,
      );
      total.passed += tally.passed;
      total.failed += tally.failed;
    }
  } finally {
    rmSync(scratch, {recursive: true, force: true});
  }
  const unreached = EXPECTED_LABELS.filter(label => !reached.has(label));
  if (unreached.length > 0) {
    console.log(`NOTE no moment's formulas showed: ${unreached.join('; ')}`);
  }
  if (keep) console.log(`Kept the .xlsx and CSV files in ${keep}`);
  console.log(`formulas: ${total.passed} passed, ${total.failed} failed`);
  process.exitCode = total.failed > 0 ? 1 : 0;
}

main().catch(error => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
