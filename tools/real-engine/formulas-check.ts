// One moment of the real-engine formula check: the emulated workbook exported to .xlsx,
// recalculated by LibreOffice at the same wall time, and compared cell by cell.
import {join} from 'node:path';
import {excelSheetName, exportXlsx} from '../emulator/xlsx-export';
import {controlProblem, CLOCK_SHEET} from './formulas-clock';
import {differenceOf, FormulaCell, formulaCells} from './formulas-compare';
import {
  ConversionError,
  convertToCsv,
  readSheetCsv,
} from './formulas-libreoffice';
import {
  CheckMoment,
  emulateMoment,
  momentInstant,
  TIME_ZONE,
} from './formulas-scenario';

export interface Mismatch {
  cell: FormulaCell;
  /** LibreOffice's CSV text of the cell. */
  actual: string;
  reason: string;
}

export interface Comparison {
  passed: number;
  mismatches: Mismatch[];
}

/** Files and folders of one LibreOffice run. */
export interface RunFiles {
  xlsx: string;
  /** The control workbook of formulas-clock.ts: TODAY(), NOW() and =1+1. */
  clockXlsx: string;
  profileDir: string;
  outDir: string;
}

/**
 * Recalculates `files.xlsx` in LibreOffice with the clock faked to `at`, and compares each of
 * `cells` with LibreOffice's value. Throws ConversionError when LibreOffice wrote no result,
 * kept cached results, or computed TODAY() and NOW() at another time.
 */
export function compareWithLibreOffice(
  cells: FormulaCell[],
  files: RunFiles,
  at: CheckMoment,
): Comparison {
  convertToCsv({
    files: [files.xlsx, files.clockXlsx],
    wallTime: `${at.date} ${at.time}:00`,
    timeZone: TIME_ZONE,
    profileDir: files.profileDir,
    outDir: files.outDir,
  });
  const problem = controlProblem(
    readSheetCsv(files.outDir, files.clockXlsx, CLOCK_SHEET),
    momentInstant(at),
    TIME_ZONE,
  );
  if (problem !== null) throw new ConversionError(problem);

  const sheets = new Map<string, string[][]>();
  const comparison: Comparison = {passed: 0, mismatches: []};
  for (const cell of cells) {
    const sheetName = excelSheetName(cell.tab);
    if (!sheets.has(sheetName)) {
      sheets.set(sheetName, readSheetCsv(files.outDir, files.xlsx, sheetName));
    }
    const actual = sheets.get(sheetName)![cell.row - 1]?.[cell.col - 1] ?? '';
    const reason = differenceOf(cell.value, actual);
    if (reason === null) comparison.passed++;
    else comparison.mismatches.push({cell, actual, reason});
  }
  return comparison;
}

export interface EmulatedExport {
  cells: FormulaCell[];
  /** Bundle runs that threw, as "function: error". */
  failedRuns: string[];
}

/** Emulates a moment, exports its workbook to `xlsx` and lists its formula cells. */
export async function exportMoment(
  moment: CheckMoment,
  buildDir: string,
  xlsx: string,
): Promise<EmulatedExport> {
  const emu = emulateMoment(moment, buildDir);
  const failedRuns = emu.executions
    .filter(execution => !execution.ok)
    .map(execution => `${execution.functionName}: ${execution.error}`);
  await exportXlsx(emu.workbook, xlsx);
  return {cells: formulaCells(emu.workbook), failedRuns};
}

/** File stem of a moment's outputs, e.g. "2026-06-12T1500". */
export function momentStem(moment: CheckMoment): string {
  return `${moment.date}T${moment.time.replace(':', '')}`;
}

export function runFiles(
  workDir: string,
  moment: CheckMoment,
  clockXlsx: string,
  profileDir: string,
): RunFiles {
  const stem = momentStem(moment);
  return {
    xlsx: join(workDir, `${stem}.xlsx`),
    clockXlsx,
    profileDir,
    outDir: join(workDir, stem),
  };
}
