// A minimal but valid one-page PDF standing in for Apps Script's HTML-to-PDF conversion.
//
// NOTE: the emulator does not lay out HTML. The page lists the document's text in Helvetica,
// with Vietnamese letters folded to ASCII. The real check renders the HTML in Chromium.

const PAGE_LINES = 64;
const LINE_WIDTH = 95;

/** Extracts the readable text of an HTML document, one block element per line. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|tr|h[1-6]|li|table|section)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .split('\n')
    .map(line => line.replace(/\s+/g, ' ').trim())
    .filter(line => line !== '')
    .join('\n');
}

function foldToAscii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '?');
}

function pdfString(text: string): string {
  return '(' + text.replace(/([\\()])/g, '\\$1') + ')';
}

function wrap(line: string): string[] {
  const out: string[] = [];
  for (let start = 0; start < line.length; start += LINE_WIDTH) {
    out.push(line.slice(start, start + LINE_WIDTH));
  }
  return out;
}

/** Builds the bytes of a one-page A4 PDF showing the text of `html`. */
export function renderPdf(html: string): Buffer {
  const lines = htmlToText(html)
    .split('\n')
    .flatMap(line => wrap(foldToAscii(line)))
    .slice(0, PAGE_LINES);
  const content = [
    'BT',
    '/F1 10 Tf',
    '12 TL',
    '40 800 Td',
    ...lines.map(line => `${pdfString(line)} '`),
    'ET',
  ].join('\n');

  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R ' +
      '/Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];

  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) {
    body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  }
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\n`;
  body += `startxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
