// Small inline-styled building blocks shared by the reminder and the summary.
import {HtmlValue, safeHtml, SafeHtml, safeUrl} from '../escape';
import {BORDER_COLOR, FONT, MUTED_COLOR} from './layout';

/** Colour family of a status; every badge also carries its text label. */
export type Tone = 'good' | 'warning' | 'bad' | 'info' | 'neutral';

/** Text and background pairs; each has a WCAG contrast ratio above 6.9:1. */
const TONES: Record<Tone, {color: string; background: string}> = {
  good: {color: '#0d5b26', background: '#e3f3e8'},
  warning: {color: '#6b4500', background: '#fff1cc'},
  bad: {color: '#9b1c1c', background: '#fde8e8'},
  info: {color: '#0b4f8a', background: '#e3eefa'},
  neutral: {color: '#3c4043', background: '#eceff1'},
};

/** Renders a coloured label whose text states the status, so colour is never the only cue. */
export function badge(label: string, tone: Tone): SafeHtml {
  const {color, background} = TONES[tone];
  return safeHtml`<span style="display:inline-block;font-size:13px;font-weight:bold;color:${color};background:${background};border:1px solid ${color};border-radius:3px;padding:1px 6px">${label}</span>`;
}

export function heading(text: string): SafeHtml {
  return safeHtml`<h2 style="${FONT};font-size:17px;line-height:1.3;color:#0b4f8a;margin:20px 0 8px 0">${text}</h2>`;
}

export function paragraph(content: HtmlValue): SafeHtml {
  return safeHtml`<p style="${FONT};font-size:15px;line-height:1.5;margin:0 0 12px 0">${content}</p>`;
}

export function note(content: HtmlValue): SafeHtml {
  return safeHtml`<p style="${FONT};font-size:14px;line-height:1.5;color:${MUTED_COLOR};margin:0 0 12px 0">${content}</p>`;
}

export function bulletList(items: readonly HtmlValue[]): SafeHtml {
  const rows = items.map(
    item => safeHtml`<li style="margin:0 0 4px 0">${item}</li>`,
  );
  return safeHtml`<ul style="${FONT};font-size:15px;line-height:1.5;margin:0 0 12px 0;padding-left:22px">${rows}</ul>`;
}

// Cells inherit the font from their table, which keeps each row short:
// Gmail clips messages above about 100 KB.
const TABLE = `${FONT};font-size:14px;line-height:1.4;width:100%;border-collapse:collapse;margin:0 0 12px 0`;
const CELL = `border:1px solid ${BORDER_COLOR};padding:5px 7px;vertical-align:top;text-align:left`;

/**
 * Renders a bordered table with a header row. Cells are escaped unless
 * SafeHtml. A footnote, such as how many rows were left out, spans the last row.
 */
export function dataTable(
  headers: readonly string[],
  rows: readonly (readonly HtmlValue[])[],
  footnote = '',
): SafeHtml {
  const head = headers.map(
    text =>
      safeHtml`<th scope="col" style="${CELL};background:#f1f3f4">${text}</th>`,
  );
  const body = rows.map(
    cells =>
      safeHtml`<tr>${cells.map(cell => safeHtml`<td style="${CELL}">${cell}</td>`)}</tr>`,
  );
  const foot = footnote
    ? safeHtml`<tr><td colspan="${headers.length}" style="${CELL};font-style:italic">${footnote}</td></tr>`
    : '';
  return safeHtml`<table width="100%" cellpadding="0" cellspacing="0" border="0" style="${TABLE}"><thead><tr>${head}</tr></thead><tbody>${body}${foot}</tbody></table>`;
}

/** Renders one row per count with its label, e.g. the timeliness counts. */
export function countTable(
  rows: ReadonlyArray<{label: string; count: number; tone: Tone}>,
): SafeHtml {
  const body = rows.map(
    row =>
      safeHtml`<tr><th scope="row" style="${CELL};font-weight:normal">${badge(row.label, row.tone)}</th><td style="${CELL};text-align:right;font-weight:bold;width:64px">${row.count}</td></tr>`,
  );
  return safeHtml`<table width="100%" cellpadding="0" cellspacing="0" border="0" style="${TABLE}"><thead><tr><th scope="col" style="${CELL};background:#f1f3f4">Tình trạng</th><th scope="col" style="${CELL};background:#f1f3f4;text-align:right">Số nhiệm vụ</th></tr></thead><tbody>${body}</tbody></table>`;
}

/** Renders a link as a button made of a table cell, which Gmail shows without CSS support. */
export function linkButton(label: string, url: string): SafeHtml {
  return safeHtml`<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 16px 0"><tr><td style="background:#0b4f8a;border-radius:4px"><a href="${safeUrl(url)}" style="${FONT};display:inline-block;font-size:15px;font-weight:bold;color:#ffffff;text-decoration:none;padding:10px 18px">${label}</a></td></tr></table>`;
}
