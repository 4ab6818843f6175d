// Parser for the CSV files LibreOffice writes (RFC 4180): comma-separated fields, fields in
// double quotes may hold commas, line breaks and doubled quotes.

export class CsvError extends Error {}

/** Parses CSV text into rows of fields; a trailing line break does not add an empty row. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };

  while (i < text.length) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') {
        quoted = false;
        i++;
        continue;
      }
      field += char;
      i++;
      continue;
    }
    if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      endField();
    } else if (char === '\r' && text[i + 1] === '\n') {
      endRow();
      i++;
    } else if (char === '\n' || char === '\r') {
      endRow();
    } else {
      field += char;
    }
    i++;
  }

  if (quoted) throw new CsvError('CSV ends inside a quoted field.');
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
