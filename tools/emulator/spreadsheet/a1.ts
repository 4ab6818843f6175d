// A1 notation: column letters, parsing of 'Tab'!A1:B2 style references, and formatting.

/** A rectangle on one sheet, 1-based, as Apps Script's getRow/getColumn report it. */
export interface GridRect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** A parsed A1 reference. Missing bounds mean "to the edge of the sheet" (A:A, 2:2, A2:A). */
export interface A1Reference {
  sheetName?: string;
  startRow?: number;
  startCol?: number;
  endRow?: number;
  endCol?: number;
}

export function columnToLetters(column: number): string {
  let letters = '';
  let rest = column;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

export function lettersToColumn(letters: string): number {
  let column = 0;
  for (const char of letters.toUpperCase()) {
    column = column * 26 + (char.charCodeAt(0) - 64);
  }
  return column;
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

function parsePart(text: string): {row?: number; col?: number} | null {
  const match = PART.exec(text);
  if (!match || (match[1] === '' && match[2] === '')) return null;
  return {
    col: match[1] ? lettersToColumn(match[1]) : undefined,
    row: match[2] ? Number(match[2]) : undefined,
  };
}

/** Splits "'Tên tab'!A1:B2" into the unquoted sheet name and the cell part. */
function splitSheet(text: string): {sheetName?: string; cells: string} {
  const bang = text.lastIndexOf('!');
  if (bang < 0) return {cells: text};
  let name = text.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'") && name.length >= 2) {
    name = name.slice(1, -1).replace(/''/g, "'");
  }
  return {sheetName: name, cells: text.slice(bang + 1)};
}

/** Parses A1 notation; returns null when the text is not a reference. */
export function parseA1(text: string): A1Reference | null {
  const {sheetName, cells} = splitSheet(text.trim());
  const [first, second, extra] = cells.split(':');
  if (extra !== undefined) return null;
  const start = parsePart(first);
  if (!start) return null;
  if (second === undefined) {
    if (start.row === undefined || start.col === undefined) return null;
    return {
      sheetName,
      startRow: start.row,
      startCol: start.col,
      endRow: start.row,
      endCol: start.col,
    };
  }
  const end = parsePart(second);
  if (!end) return null;
  return {
    sheetName,
    startRow: start.row ?? (end.row === undefined ? undefined : 1),
    startCol: start.col ?? (end.col === undefined ? undefined : 1),
    endRow: end.row,
    endCol: end.col,
  };
}

/** Resolves a parsed reference against a sheet's grid size. */
export function toRect(
  ref: A1Reference,
  maxRows: number,
  maxCols: number,
): GridRect {
  const row = ref.startRow ?? 1;
  const col = ref.startCol ?? 1;
  const endRow = ref.endRow ?? maxRows;
  const endCol = ref.endCol ?? maxCols;
  return {
    row: Math.min(row, endRow),
    col: Math.min(col, endCol),
    numRows: Math.abs(endRow - row) + 1,
    numCols: Math.abs(endCol - col) + 1,
  };
}

export function cellA1(row: number, col: number): string {
  return `${columnToLetters(col)}${row}`;
}

export function rectA1(rect: GridRect): string {
  const start = cellA1(rect.row, rect.col);
  if (rect.numRows === 1 && rect.numCols === 1) return start;
  const end = cellA1(rect.row + rect.numRows - 1, rect.col + rect.numCols - 1);
  return `${start}:${end}`;
}

/** Quotes a sheet name for use in a formula when it is not a plain identifier. */
export function quoteSheetName(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

export function rectContains(
  rect: GridRect,
  row: number,
  col: number,
): boolean {
  return (
    row >= rect.row &&
    row < rect.row + rect.numRows &&
    col >= rect.col &&
    col < rect.col + rect.numCols
  );
}

export function rectsIntersect(a: GridRect, b: GridRect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.col < b.col + b.numCols &&
    b.col < a.col + a.numCols
  );
}
