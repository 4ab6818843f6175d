// The real-engine formula check against LibreOffice itself. It must agree at the emulated
// moment, find differences when LibreOffice's clock is a day later, and reject a LibreOffice
// that kept the cached results. Needs soffice and faketime (install-libreoffice.sh).
import {mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {
  compareWithLibreOffice,
  exportMoment,
  RunFiles,
} from '../../tools/real-engine/formulas-check';
import {writeClockWorkbook} from '../../tools/real-engine/formulas-clock';
import {cellName, FormulaCell} from '../../tools/real-engine/formulas-compare';
import {
  ConversionError,
  createProfile,
} from '../../tools/real-engine/formulas-libreoffice';
import {
  CHECK_MOMENTS,
  CheckMoment,
} from '../../tools/real-engine/formulas-scenario';

jest.setTimeout(180_000);

const moment = CHECK_MOMENTS.find(
  m => m.date === '2026-06-12' && m.staffEdits,
) as CheckMoment;

describe('formula check in LibreOffice', () => {
  let scratch: string;
  let cells: FormulaCell[];
  let files: (name: string, profileDir?: string) => RunFiles;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'nq57-formulas-test-'));
    const profileDir = createProfile(join(scratch, 'profile'));
    const clockXlsx = join(scratch, 'clock.xlsx');
    const xlsx = join(scratch, 'book.xlsx');
    await writeClockWorkbook(clockXlsx);
    cells = (await exportMoment(moment, resolve('build'), xlsx)).cells;
    files = (name, profile = profileDir) => ({
      xlsx,
      clockXlsx,
      profileDir: profile,
      outDir: join(scratch, name),
    });
  });

  afterAll(() => rmSync(scratch, {recursive: true, force: true}));

  test('agrees at the same moment', () => {
    const comparison = compareWithLibreOffice(cells, files('same'), moment);
    expect(comparison.mismatches.map(m => cellName(m.cell))).toEqual([]);
    expect(comparison.passed).toBe(cells.length);
  });

  test('finds days late a day later', () => {
    const nextDay = {...moment, date: '2026-06-13'};
    const comparison = compareWithLibreOffice(cells, files('later'), nextDay);
    const daysLate = comparison.mismatches.filter(
      m => m.cell.value === 73 && m.actual === '74',
    );
    expect(daysLate.length).toBeGreaterThan(0);
  });

  test('rejects cached results', () => {
    const plainProfile = join(scratch, 'plain-profile');
    mkdirSync(plainProfile);
    expect(() =>
      compareWithLibreOffice(cells, files('cached', plainProfile), moment),
    ).toThrow(ConversionError);
  });
});
