// The report tab's list of task codes per timeliness group stays within one Sheets cell,
// which takes at most 50,000 characters, however many tasks a group has.
import {codesCell, MAX_CODES_CELL_CHARS} from '../../src/workbook/report-sheet';

const SHEETS_CELL_MAX_CHARS = 50_000;

function codes(count: number): string[] {
  return Array.from(
    {length: count},
    (_, i) => `${Math.floor(i / 100) + 1}.${i % 100}`,
  );
}

describe('codesCell', () => {
  test('short list is joined whole', () => {
    expect(codesCell(['1.1', '1.2', '3.4'])).toBe('1.1, 1.2, 3.4');
  });

  test('empty list is empty', () => {
    expect(codesCell([])).toBe('');
  });

  test('long list fits one cell', () => {
    const text = codesCell(codes(50_000));
    expect(text.length).toBeLessThan(SHEETS_CELL_MAX_CHARS);
    expect(text.length).toBeLessThan(MAX_CODES_CELL_CHARS + 100);
  });

  test('long list counts the rest', () => {
    const all = codes(50_000);
    const text = codesCell(all);
    const listed = text.split(' … ')[0].split(', ');
    expect(listed).toEqual(all.slice(0, listed.length));
    expect(text).toContain(`và ${all.length - listed.length} nhiệm vụ khác`);
    expect(text).toContain('tab "Nhiệm vụ"');
  });
});
