// Dates and numbers typed as text: reported in data tabs, read in Cấu hình.
import {readDateCell, readNumberCell} from '../../src/workbook/cells';
import {keptAsText} from '../../src/workbook/upgrade';

const ZONE = 'Asia/Ho_Chi_Minh';

describe('readDateCell', () => {
  test('text date is a problem', () => {
    const read = readDateCell('30/06/2026', ZONE);
    expect(read.ok).toBe(false);
  });

  test('problem says how to fix', () => {
    const read = readDateCell('30/06/2026', ZONE);
    expect(read.ok ? '' : read.problem).toContain('dd/mm/yyyy');
  });

  test('lenient reads text date', () => {
    expect(readDateCell('30/06/2026', ZONE, false)).toEqual({
      ok: true,
      value: '2026-06-30',
    });
  });

  test('error value is a problem', () => {
    const read = readDateCell('#REF!', ZONE);
    expect(read.ok ? '' : read.problem).toContain('#REF!');
  });
});

describe('readNumberCell', () => {
  test('text number is a problem', () => {
    expect(readNumberCell('1.234,5').ok).toBe(false);
  });

  test('lenient reads text number', () => {
    expect(readNumberCell('1.234,5', false)).toEqual({ok: true, value: 1234.5});
  });

  test('real number is read', () => {
    expect(readNumberCell(0.7)).toEqual({ok: true, value: 0.7});
  });
});

describe('keptAsText', () => {
  test.each([
    ['7.1', "'7.1"],
    ['1', "'1"],
    ['≥ 20', '≥ 20'],
    ['Quý I', 'Quý I'],
  ])('%p', (value, expected) => {
    expect(keptAsText(value, 'text')).toBe(expected);
  });

  test('number column untouched', () => {
    expect(keptAsText('7.1', 'number')).toBe('7.1');
  });
});
