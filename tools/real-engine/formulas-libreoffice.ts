// Recalculation of .xlsx files in headless LibreOffice Calc with the clock fixed by faketime,
// written out as one CSV file per sheet.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {parseCsv} from './csv';

// Separator ",", quote '"', UTF-8 (76), language en-US (1033), cell contents not as shown
// (raw values in the standard en-US formats), formulas not exported, one file per sheet (-1).
const CSV_FILTER =
  'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1';

/** Seconds one conversion may take; a first start with a fresh profile takes a few. */
const TIMEOUT_SECONDS = 180;

// OOXMLRecalcMode 0 means "always recalculate": without it LibreOffice keeps the cached
// results of files that claim to come from Excel, and the check would compare the emulator
// with itself.
const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Creates a LibreOffice user profile that recalculates every file it loads. */
export function createProfile(dir: string): string {
  mkdirSync(join(dir, 'user'), {recursive: true});
  writeFileSync(join(dir, 'user/registrymodifications.xcu'), PROFILE_SETTINGS);
  return dir;
}

export interface Conversion {
  files: string[];
  /** Wall time for faketime, "yyyy-mm-dd HH:MM:SS", read in `timeZone`. */
  wallTime: string;
  timeZone: string;
  profileDir: string;
  outDir: string;
}

export class ConversionError extends Error {}

/** Opens the files in LibreOffice at the faked time and writes every sheet as CSV. */
export function convertToCsv(conversion: Conversion): void {
  mkdirSync(conversion.outDir, {recursive: true});
  const result = spawnSync(
    'faketime',
    [
      conversion.wallTime,
      'soffice',
      `-env:UserInstallation=${pathToFileURL(conversion.profileDir).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      CSV_FILTER,
      '--outdir',
      conversion.outDir,
      ...conversion.files,
    ],
    {
      // faketime reads its wall time in TZ, and LibreOffice's TODAY() uses TZ too.
      env: {...process.env, TZ: conversion.timeZone},
      encoding: 'utf8',
      timeout: TIMEOUT_SECONDS * 1000,
    },
  );
  const code = (result.error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') {
    throw new ConversionError(
      'faketime is not installed: run tools/real-engine/install-libreoffice.sh.',
    );
  }
  if (code === 'ETIMEDOUT') {
    throw new ConversionError(
      `faketime soffice timed out after ${TIMEOUT_SECONDS} s. Check that no other soffice uses the profile.`,
    );
  }
  if (result.error) {
    throw new ConversionError(
      `faketime soffice failed: ${result.error.message}`,
    );
  }
  if (result.status !== 0) {
    throw new ConversionError(
      `faketime soffice exited with status ${result.status}: ${result.stderr.trim()}`,
    );
  }
}

/** Reads the CSV LibreOffice wrote for one sheet of a converted file. */
export function readSheetCsv(
  outDir: string,
  file: string,
  sheetName: string,
): string[][] {
  const csv = join(
    outDir,
    `${basename(file).replace(/\.xlsx$/, '')}-${sheetName}.csv`,
  );
  if (!existsSync(csv)) {
    throw new ConversionError(
      `LibreOffice wrote no ${csv}: the sheet is missing or the conversion failed.`,
    );
  }
  return parseCsv(readFileSync(csv, 'utf8'));
}
