// Reads plan 66-KH/ĐU from the fixture text (a PDF-to-text export) so that tests can compare the
// built-in plan with the source, independently of how src/plan writes it.

import {readFileSync} from 'fs';
import {join} from 'path';

const FIXTURE = join(__dirname, '..', 'fixtures', 'plan-66-KH-DU.txt');

export function fixtureLines(): string[] {
  return readFileSync(FIXTURE, 'utf8').split('\n');
}

/**
 * Reads a cell or sentence the way a person reads the PDF: LaTeX `$\geq 20$` becomes "≥ 20",
 * `\%` becomes "%", bold tags and `**` go, and the spaces the export left around them close up.
 */
export function readText(raw: string): string {
  return raw
    .replace(/<\/?b>/g, '')
    .replace(/\*\*/g, '')
    .replace(/\$\\geq\s*([^$]*?)\s*\$/g, '≥ $1')
    .replace(/\\%/g, '%')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;])/g, '$1')
    .trim();
}

/** Returns the tab-separated rows between the line starting with `header` and `end`. */
function tableRows(header: string, end: string | null): string[][] {
  const lines = fixtureLines();
  const start = lines.findIndex(line => line.startsWith(header));
  if (start < 0) {
    throw new Error(`Table header not found in fixture: ${header}`);
  }

  const stop =
    end === null ? lines.length : lines.findIndex(line => line.startsWith(end));
  return lines
    .slice(start + 1, stop)
    .filter(line => line.includes('\t'))
    .map(line => line.split('\t'));
}

function isBold(cell: string): boolean {
  return cell.startsWith('<b>');
}

export interface FixtureIndicator {
  cells: string[];
  groupCode: string;
  groupName: string;
}

/** Phụ lục I rows with their group, cells read with readText. */
export function fixtureIndicators(): FixtureIndicator[] {
  const rows: FixtureIndicator[] = [];
  let groupCode = '';
  let groupName = '';
  for (const cells of tableRows('ST T\tChỉ tiêu', '**PHỤ LỤC II')) {
    if (isBold(cells[0])) {
      groupCode = readText(cells[0]);
      groupName = readText(cells[1]);
      continue;
    }
    rows.push({cells: cells.map(readText), groupCode, groupName});
  }
  return rows;
}

export interface FixtureBudgetRow {
  /** STT as written; '' on the second row of a group. */
  stt: string;
  group: string;
  content: string;
  amount: number;
  source: string;
  note: string;
}

/** Reads "2.788" (dot as thousands separator) or "30" as a number. */
export function readAmount(text: string): number {
  return Number(text.replace(/\./g, '').replace(',', '.'));
}

/** Phụ lục II rows and the printed total. */
export function fixtureBudget(): {rows: FixtureBudgetRow[]; total: number} {
  const rows: FixtureBudgetRow[] = [];
  let total = NaN;
  for (const raw of tableRows(
    '<b>ST T</b>\t<b>Nhóm nhiệm vụ',
    '## PHỤ LỤC III',
  )) {
    const cells = raw.map(readText);
    if (cells[1] === 'Tổng cộng') {
      total = readAmount(cells[3]);
      continue;
    }
    const [stt, group, content, amount, source, note] = cells;
    rows.push({stt, group, content, amount: readAmount(amount), source, note});
  }
  return {rows, total};
}

export interface FixtureTaskRow {
  cells: string[];
  sectionCode: string;
  sectionName: string;
  groupNo: string;
  groupName: string;
}

/** Phụ lục III rows with their section and group. */
export function fixtureTasks(): FixtureTaskRow[] {
  const rows: FixtureTaskRow[] = [];
  let section = {code: '', name: ''};
  let group = {no: '', name: ''};
  for (const cells of tableRows('Stt\tNội dung triển khai', null)) {
    const heading = readText(cells[0]);
    const sectionMatch = /^([IVX]+)\. (.+)$/.exec(heading);
    const groupMatch = /^(\d+)\. (.+)$/.exec(heading);
    if (sectionMatch) {
      section = {code: sectionMatch[1], name: sectionMatch[2]};
    } else if (groupMatch) {
      group = {no: groupMatch[1], name: groupMatch[2]};
    } else {
      rows.push({
        cells: cells.map(readText),
        sectionCode: section.code,
        sectionName: section.name,
        groupNo: group.no,
        groupName: group.name,
      });
    }
  }
  return rows;
}

const FIELD_LABELS = ['Chủ trì', 'Phối hợp', 'Thời gian', 'Sản phẩm'];

/** Bullets of section III of the plan and the field lines under them. */
export function fixtureNarrative(): Array<{
  bullets: string[];
  fields: string[];
}> {
  const lines = fixtureLines();
  const start = lines.findIndex(line =>
    line.includes('III. NHIỆM VỤ, GIẢI PHÁP'),
  );
  const end = lines.findIndex(line => line.startsWith('#### **IV.'));
  const items: Array<{bullets: string[]; fields: string[]}> = [];
  let current = {bullets: [] as string[], fields: [] as string[]};

  for (const line of lines.slice(start, end)) {
    if (/^(\*\*)?- /.test(line)) {
      if (current.fields.length > 0) {
        items.push(current);
        current = {bullets: [], fields: []};
      }
      current.bullets.push(readText(line).replace(/^- /, ''));
    } else if (FIELD_LABELS.some(label => line.startsWith(label))) {
      current.fields.push(readText(line));
    }
  }
  items.push(current);
  return items;
}
