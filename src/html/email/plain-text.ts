// Plain-text building blocks for the text part of each email; MailApp sends
// it as the body that clients without HTML show.

/** Underlines a title with "=" (level 1) or a section title with "-" (level 2). */
export function textHeading(title: string, level: 1 | 2 = 2): string {
  const rule = (level === 1 ? '=' : '-').repeat(Math.min(title.length, 72));
  return `${title}\n${rule}`;
}

export function textList(items: readonly string[]): string {
  return items.map(item => `- ${item}`).join('\n');
}

/** Renders each row as one list line "header: value; header: value". */
export function textRows(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const lines = rows.map(cells =>
    cells
      .map((cell, i) => (headers[i] ? `${headers[i]}: ${cell}` : cell))
      .join('; '),
  );
  return textList(lines);
}

/** Joins blocks with blank lines, drops empty ones and normalises to NFC. */
export function textDocument(blocks: readonly string[]): string {
  const body = blocks.filter(block => block.trim() !== '').join('\n\n');
  return `${body}\n`.normalize('NFC');
}
