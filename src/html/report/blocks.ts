// Report building blocks; they use the classes of REPORT_CSS.
import type {UnitText} from '../../core/report-model';
import {HtmlValue, joinHtml, safeHtml, SafeHtml} from '../escape';
import {viDate} from '../format';

export function paragraphs(...texts: HtmlValue[]): SafeHtml {
  return joinHtml(
    texts.map(text => safeHtml`<p>${text}</p>`),
    '\n',
  );
}

export function dashList(items: readonly HtmlValue[]): SafeHtml {
  const rows = items.map(item => safeHtml`<li>${item}</li>`);
  return safeHtml`<ul class="dash">${rows}</ul>`;
}

/** One table cell; `kind` aligns numbers right and short codes centred. */
export interface Cell {
  value: HtmlValue;
  kind?: 'num' | 'center';
}

export type CellInput = HtmlValue | Cell;

function isCell(input: CellInput): input is Cell {
  return typeof input === 'object' && input !== null && 'value' in input;
}

function cellHtml(input: CellInput): SafeHtml {
  if (!isCell(input)) return safeHtml`<td>${input}</td>`;
  if (!input.kind) return safeHtml`<td>${input.value}</td>`;
  return safeHtml`<td class="${input.kind}">${input.value}</td>`;
}

/** A row spanning every column, used for group headings inside tables. */
export interface GroupRow {
  group: string;
}

/**
 * Renders a bordered data table; header and cell text are escaped. `widths`
 * gives CSS widths per column, with '' for a column that takes the rest.
 */
export function reportTable(
  headers: readonly string[],
  rows: ReadonlyArray<readonly CellInput[] | GroupRow>,
  widths: readonly string[] = [],
): SafeHtml {
  const columns = widths.map(width =>
    width ? safeHtml`<col style="width:${width}">` : safeHtml`<col>`,
  );
  const colgroup =
    widths.length > 0 ? safeHtml`<colgroup>${columns}</colgroup>` : '';
  const head = headers.map(text => safeHtml`<th scope="col">${text}</th>`);
  const body = rows.map(row =>
    'group' in row
      ? safeHtml`<tr><td colspan="${headers.length}"><strong>${row.group}</strong></td></tr>`
      : safeHtml`<tr>${row.map(cellHtml)}</tr>`,
  );
  return safeHtml`<table class="data">${colgroup}<thead><tr>${head}</tr></thead><tbody>${joinHtml(body, '\n')}</tbody></table>`;
}

/** Renders text units wrote, unaltered, with the unit, week and task it came from. */
export function unitTexts(texts: readonly UnitText[]): SafeHtml {
  const items = texts.map(entry => {
    const task = entry.taskCode ? `, nhiệm vụ ${entry.taskCode}` : '';
    const source = `${entry.unit.name} (tuần từ ${viDate(entry.weekStart)}${task})`;
    return safeHtml`<strong>${source}:</strong> <span style="white-space:pre-wrap">${entry.text}</span>`;
  });
  return dashList(items);
}
