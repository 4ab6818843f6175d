// Applies a tab's look and rules: frozen header, widths, number formats, dropdowns and other
// validation, conditional colours and protections, from row 2 to the last row of the grid.
import {colourRules, FORMATTED_ROWS} from '../workbook/formats';
import {Unit} from '../core/model';
import {CellIssue} from '../workbook/cells';
import {
  blocksFingerprint,
  MAX_ROW_BLOCKS,
  ROW_PROTECTION_PREFIX,
  taskRowBlocks,
  tooManyBlocksIssue,
} from '../workbook/row-blocks';
import {TabSpec} from '../workbook/schema';
import {columnLetter, HeaderMap} from '../workbook/table';
import {formatBody} from './body-formats';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Prefix of the descriptions of the add-on's own protections, so a rerun replaces them. */
export const PROTECTION_PREFIX = 'NQ57:';

const HEADER_BACKGROUND = '#1f4e78';
const HEADER_FONT = '#ffffff';
const MANAGED_HEADER_BACKGROUND = '#5b6f82';

export function formatTab(
  sheet: Sheet,
  tab: TabSpec,
  headers: HeaderMap,
  unitsHeaders: HeaderMap | null,
): void {
  const width = Math.max(
    headers.width,
    ...[...headers.index.values()].map(p => p + 1),
  );
  const columns = new Array<(typeof tab.columns)[number] | null>(width).fill(
    null,
  );
  for (const column of tab.columns) {
    const position = headers.index.get(column.key);
    if (position !== undefined) columns[position] = column;
  }

  sheet.setFrozenRows(1);
  const header = sheet.getRange(1, 1, 1, width);
  header
    .setFontWeight('bold')
    .setFontColor(HEADER_FONT)
    .setBackgrounds([
      columns.map(c =>
        c?.managed ? MANAGED_HEADER_BACKGROUND : HEADER_BACKGROUND,
      ),
    ])
    .setWrap(true)
    .setVerticalAlignment('middle')
    .setNotes([
      columns.map(
        c =>
          c?.note ??
          (c?.managed ? 'Cột do tiện ích NQ57 tự tính, không cần nhập.' : ''),
      ),
    ]);
  columns.forEach((column, position) => {
    if (column) sheet.setColumnWidth(position + 1, column.width);
  });

  const lastRow = ensureGrid(sheet);
  formatBody(sheet, tab, headers, columns, unitsHeaders, lastRow - 1);

  applyColours(sheet, tab, headers, width, lastRow);
  protectTab(sheet, tab, headers, width, lastRow);
}

/** Grows the grid to at least FORMATTED_ROWS rows and returns its last row. */
function ensureGrid(sheet: Sheet): number {
  const maxRows = sheet.getMaxRows();
  if (maxRows >= FORMATTED_ROWS) return maxRows;
  sheet.insertRowsAfter(maxRows, FORMATTED_ROWS - maxRows);
  return FORMATTED_ROWS;
}

function applyColours(
  sheet: Sheet,
  tab: TabSpec,
  headers: HeaderMap,
  width: number,
  lastRow: number,
): void {
  const rules = colourRules(tab, headers).map(rule => {
    const ranges =
      rule.columns.length === 0
        ? [sheet.getRange(2, 1, lastRow - 1, width)]
        : rule.columns.map(key =>
            sheet.getRange(
              2,
              (headers.index.get(key) ?? 0) + 1,
              lastRow - 1,
              1,
            ),
          );
    let builder = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(rule.formula)
      .setBackground(rule.background)
      .setRanges(ranges);
    if (rule.fontColor) builder = builder.setFontColor(rule.fontColor);
    return builder.build();
  });
  // NOTE: this replaces every rule of the tab, staff's own included, because Apps Script has
  // no way to tell which rules the add-on wrote other than comparing their formulas.
  if (rules.length > 0) sheet.setConditionalFormatRules(rules);
}

/**
 * Protects the header row and Cấu hình so only the owner edits them, and marks computed
 * columns warning-only: a hard lock there would stop staff from sorting the table.
 */
function protectTab(
  sheet: Sheet,
  tab: TabSpec,
  headers: HeaderMap,
  width: number,
  lastRow: number,
): void {
  for (const protection of sheet.getProtections(
    SpreadsheetApp.ProtectionType.RANGE,
  )) {
    const description = protection.getDescription();
    const isRowBlock = description.startsWith(ROW_PROTECTION_PREFIX);
    if (description.startsWith(PROTECTION_PREFIX) && !isRowBlock)
      protection.remove();
  }
  const owner = Session.getEffectiveUser().getEmail();
  const lock = (
    range: GoogleAppsScript.Spreadsheet.Range,
    description: string,
  ) => {
    const protection = range
      .protect()
      .setDescription(`${PROTECTION_PREFIX} ${description}`);
    if (owner) protection.addEditor(owner);
    protection.removeEditors(
      protection.getEditors().filter(editor => editor.getEmail() !== owner),
    );
  };

  if (tab.key === 'config' || tab.key === 'log' || tab.key === 'mail') {
    lock(
      sheet.getRange(1, 1, lastRow, width),
      `tab ${tab.name} chỉ Văn phòng Đảng ủy sửa`,
    );
    return;
  }
  lock(sheet.getRange(1, 1, 1, width), 'dòng tiêu đề');
  for (const column of tab.columns) {
    const position = headers.index.get(column.key);
    if (!column.managed || position === undefined) continue;
    sheet
      .getRange(2, position + 1, lastRow - 1, 1)
      .protect()
      .setDescription(
        `${PROTECTION_PREFIX} cột ${column.header} do tiện ích tính (cột ${columnLetter(position)})`,
      )
      .setWarningOnly(true);
  }
}

/** Document property with the fingerprint of the row protections last applied. */
const ROW_BLOCKS_KEY = 'NQ57_ROW_BLOCKS';

/**
 * Puts a warning-only protection on each block of task rows led by the same units, so a person
 * confirms before editing another unit's rows. Protections stay where they were put when
 * staff sort or insert rows, so every refresh recomputes the blocks. When their fingerprint
 * matches the one stored by the last run, nothing is read or written. Otherwise the existing
 * protections are compared by description (which names the rows) and only changed ones are
 * replaced. `force` (setup) skips the fingerprint check. Returns a warning when the table
 * needs more than MAX_ROW_BLOCKS protections, which are then removed.
 */
export function protectTaskRows(
  sheet: Sheet,
  headers: HeaderMap,
  values: unknown[][],
  units: Unit[],
  force: boolean,
): CellIssue[] {
  const all = taskRowBlocks(headers, values, units);
  const tooMany = all.length > MAX_ROW_BLOCKS;
  const blocks = tooMany ? [] : all;
  const properties = PropertiesService.getDocumentProperties();
  const fingerprint = blocksFingerprint(blocks);
  if (!force && properties.getProperty(ROW_BLOCKS_KEY) === fingerprint) {
    return tooMany ? [tooManyBlocksIssue(headers.tab, all.length)] : [];
  }

  const wanted = new Map(blocks.map(block => [block.description, block]));
  for (const protection of sheet.getProtections(
    SpreadsheetApp.ProtectionType.RANGE,
  )) {
    const description = protection.getDescription();
    if (!description.startsWith(ROW_PROTECTION_PREFIX)) continue;
    if (wanted.has(description)) wanted.delete(description);
    else protection.remove();
  }
  const width = Math.max(headers.width, 1);
  for (const block of wanted.values()) {
    sheet
      .getRange(block.firstRow, 1, block.lastRow - block.firstRow + 1, width)
      .protect()
      .setDescription(block.description)
      .setWarningOnly(true);
  }
  properties.setProperty(ROW_BLOCKS_KEY, fingerprint);
  return tooMany ? [tooManyBlocksIssue(headers.tab, all.length)] : [];
}
