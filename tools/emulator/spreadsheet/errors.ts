// Errors thrown by the emulated SpreadsheetApp, with the texts Apps Script uses.

/** An Apps Script service error; Apps Script prints it as `Exception: <message>`. */
export class Exception extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

export const MESSAGES = {
  rowTooSmall: 'The starting row of the range is too small.',
  columnTooSmall: 'The starting column of the range is too small.',
  rowsAtLeastOne: 'The number of rows in the range must be at least 1.',
  columnsAtLeastOne: 'The number of columns in the range must be at least 1.',
  outsideSheet:
    'The coordinates of the range are outside the dimensions of the sheet.',
  rowsOutOfBounds: 'Those rows are out of bounds.',
  columnsOutOfBounds: 'Those columns are out of bounds.',
  // NOTE: the exact text of the cell-limit error is unverified.
  cellLimit:
    'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
  // NOTE: the exact text of the column-limit error is unverified.
  columnLimit:
    'This action would increase the number of columns in the sheet above the limit of 18278.',
  listLimit:
    "The data validation rule has more items than the limit of 500. Use the 'List from a range' criteria instead.",
  // NOTE: neither the 50,000-character limit nor this text is in Google's Apps Script
  // reference; both are observed in Sheets error reports, e.g. the list at
  // https://integrately.com/integrations/google-sheets/error.
  cellTextLimit:
    'Your input contains more than the maximum of 50000 characters in a single cell.',
  rangeNotFound: 'Range not found',
  // NOTE: Apps Script's text for deleting the last sheet is unverified.
  lastSheet:
    "You can't remove all the sheets in a document. A document must have at least one sheet.",
  // NOTE: unverified text; Apps Script rejects domain editing for consumer accounts.
  domainEdit: 'Domain editing is only available to Google Workspace users.',
} as const;

export function duplicateSheetName(name: string): string {
  return `A sheet with the name "${name}" already exists. Please enter another name.`;
}

export function columnsMismatch(data: number, range: number): string {
  return `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`;
}

export function rowsMismatch(data: number, range: number): string {
  return `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`;
}

/** Describes an argument the way Apps Script's signature errors do: number, String, Object[]... */
export function describeArgument(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) {
    return value.length === 0 ? 'Object[]' : `${describeArgument(value[0])}[]`;
  }
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  if (value instanceof Date) return 'Date';
  return 'Object';
}

/** Builds the error Apps Script throws when arguments do not fit a method. */
export function signatureMismatch(
  className: string,
  method: string,
  args: unknown[],
): Exception {
  const described = args.map(describeArgument).join(',');
  return new Exception(
    `The parameters (${described}) don't match the method signature for SpreadsheetApp.${className}.${method}.`,
  );
}
