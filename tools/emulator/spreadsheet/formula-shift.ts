// Moves the relative references of a formula by a row and column offset, as Sheets does when
// one formula is set on many cells or a rule written for the top-left cell applies to others.

import {columnToLetters, lettersToColumn} from './a1';

// A reference with an optional sheet prefix. The lookbehind and lookahead keep function
// names such as LOG10( and names inside identifiers from matching.
const REFERENCE =
  /(?<![\w.$])((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(])/g;

function shiftOutsideStrings(
  formula: string,
  shift: (segment: string) => string,
): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((segment, index) => (index % 2 === 1 ? segment : shift(segment)))
    .join('');
}

export function shiftFormula(
  formula: string,
  rows: number,
  cols: number,
): string {
  if (rows === 0 && cols === 0) return formula;
  return shiftOutsideStrings(formula, segment =>
    segment.replace(
      REFERENCE,
      (
        _match,
        prefix = '',
        colAbs: string,
        letters: string,
        rowAbs: string,
        digits: string,
      ) => {
        const col = colAbs
          ? lettersToColumn(letters)
          : lettersToColumn(letters) + cols;
        const row = rowAbs ? Number(digits) : Number(digits) + rows;
        if (col < 1 || row < 1) return '#REF!';
        return `${prefix}${colAbs}${columnToLetters(col)}${rowAbs}${row}`;
      },
    ),
  );
}
