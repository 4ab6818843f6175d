// Small HTML dialogs built from escaped text: the "6 rõ" list, the e-mail preview and the
// automation status. Every value that comes from the spreadsheet is escaped.
import {escapeHtml} from '../html/escape';

const PAGE_STYLE =
  'body{font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f1f1f;margin:12px}' +
  'table{border-collapse:collapse;width:100%}td,th{border:1px solid #c7c7c7;padding:4px 6px;' +
  'text-align:left;vertical-align:top}th{background:#e8eef7}button{font-size:13px;padding:4px 10px}' +
  'button:focus{outline:3px solid #1a73e8}';

export function page(title: string, body: string): string {
  return (
    '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><base target="_top">' +
    `<title>${escapeHtml(title)}</title><style>${PAGE_STYLE}</style></head><body>${body}</body></html>`
  );
}

export function table(
  headers: string[],
  rows: string[][],
  rawColumns: number[] = [],
): string {
  const head = headers
    .map(h => `<th scope="col">${escapeHtml(h)}</th>`)
    .join('');
  const body = rows
    .map(
      row =>
        '<tr>' +
        row
          .map(
            (cell, i) =>
              `<td>${rawColumns.includes(i) ? cell : escapeHtml(cell)}</td>`,
          )
          .join('') +
        '</tr>',
    )
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** Returns a button that calls jumpToTask on the server to select a task's row. */
export function jumpButton(code: string): string {
  const literal = JSON.stringify(code).replace(/</g, '\\u003c');
  return (
    `<button type="button" onclick='google.script.run.jumpToTask(${escapeHtml(literal)})'>` +
    `Đến dòng ${escapeHtml(code)}</button>`
  );
}

export function showDialog(
  title: string,
  body: string,
  width = 760,
  height = 520,
): void {
  const output = HtmlService.createHtmlOutput(page(title, body))
    .setWidth(width)
    .setHeight(height);
  SpreadsheetApp.getUi().showModalDialog(output, title);
}
