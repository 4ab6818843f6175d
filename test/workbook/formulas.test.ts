// Every formula the add-on writes must compute the same in Google Sheets, LibreOffice and
// Excel: only functions the three share, and closed ranges.
import {colourRules} from '../../src/workbook/formats';
import {totalsBlock} from '../../src/workbook/budget-totals';
import {ALL_TABS, BUDGET_TAB, TabSpec} from '../../src/workbook/schema';
import {mapHeaders} from '../../src/workbook/table';
import {formulaBuilders, rowFormulas} from '../../src/workbook/upgrade';
import {shiftFormula} from '../../tools/emulator/spreadsheet/formula-shift';

/** Functions with the same name and meaning in Sheets, LibreOffice Calc and Excel. */
const SHARED = new Set([
  'IF',
  'AND',
  'OR',
  'NOT',
  'ISNUMBER',
  'TODAY',
  'MID',
  'ABS',
  'MAX',
  'TIME',
  'SUMIF',
  'TRUE',
  'FALSE',
]);

const OPTIONS = {deadline: {hour: 14, minute: 0}};

function headersOf(tab: TabSpec) {
  return mapHeaders(
    tab,
    tab.columns.map(column => column.header),
  );
}

function allFormulas(): Array<[string, string]> {
  const formulas: Array<[string, string]> = [];
  for (const tab of ALL_TABS) {
    const headers = headersOf(tab);
    for (const column of rowFormulas(headers, 7, OPTIONS)) {
      formulas.push([`${tab.key} row formula`, column.formula]);
    }
    for (const rule of colourRules(tab, headers))
      formulas.push([`${tab.key} colour`, rule.formula]);
  }
  for (const [label, formula] of totalsBlock(
    headersOf(BUDGET_TAB),
    null,
    "'Cấu hình'!$B$15",
  ).rows)
    if (formula.startsWith('=')) formulas.push([`totals ${label}`, formula]);
  return formulas;
}

/** Text of a formula without its string literals, so labels are not read as code. */
function code(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

describe('formulas', () => {
  const formulas = allFormulas();

  test('cover every computed column', () => {
    const count = ALL_TABS.reduce(
      (sum, tab) => sum + formulaBuilders(tab, OPTIONS).size,
      0,
    );
    expect(
      formulas.filter(([label]) => label.endsWith('row formula')).length,
    ).toBe(count);
  });

  test.each(formulas)('%s uses shared functions', (_, formula) => {
    const names = [...code(formula).matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map(
      match => match[1],
    );
    expect(names.filter(name => !SHARED.has(name))).toEqual([]);
  });

  test.each(formulas)('%s uses closed ranges', (_, formula) => {
    const open = code(formula).match(
      /(?<![A-Z$])\$?[A-Z]{1,3}:\$?[A-Z]{1,3}(?![A-Z0-9$])/g,
    );
    expect(open).toBeNull();
  });

  test.each(formulas)('%s has no exponent literal', (_, formula) => {
    expect(code(formula)).not.toMatch(/\d[eE][+-]?\d/);
  });

  test('row formula points at its own row', () => {
    const tasks = ALL_TABS.find(tab => tab.key === 'tasks')!;
    const [first] = rowFormulas(headersOf(tasks), 42, OPTIONS);
    const rows = [
      ...code(first.formula).matchAll(/\$?[A-Z]{1,3}\$?(\d+)/g),
    ].map(match => match[1]);
    expect(new Set(rows)).toEqual(new Set(['42']));
  });

  // An upgrade writes each computed column with one setFormula of its first row's formula,
  // which Sheets fills down by moving relative references.
  test.each(ALL_TABS.filter(tab => formulaBuilders(tab, OPTIONS).size > 0))(
    '$key row formulas fill down',
    tab => {
      const headers = headersOf(tab);
      const first = rowFormulas(headers, 2, OPTIONS);
      for (const row of [3, 1001, 100_001]) {
        const filled = first.map(column =>
          shiftFormula(column.formula, row - 2, 0),
        );
        const built = rowFormulas(headers, row, OPTIONS).map(
          column => column.formula,
        );
        expect(filled).toEqual(built);
      }
    },
  );
});
