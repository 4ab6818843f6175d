// Blocks of task rows led by the same units, for the warning-only protections that make a
// person confirm before editing another unit's rows. Sheets cannot exempt anyone from a
// warning-only protection, so every editor is asked to confirm, the unit's own staff too.
// The description names whose rows they are.
import {Unit} from '../core/model';
import {cellText, CellIssue} from './cells';
import {ALL_UNITS_TEXT} from './derived';
import {columnSpec, TabSpec} from './schema';
import {HeaderMap, tableRows} from './table';

export interface RowBlock {
  firstRow: number;
  lastRow: number;
  /** The lead codes cell shared by the block's rows. */
  codes: string;
  description: string;
}

/** Prefix of the descriptions of row protections, so a refresh finds and replaces them. */
export const ROW_PROTECTION_PREFIX = 'NQ57: dòng của';

/**
 * Returns one block per run of consecutive rows with the same lead codes. Rows of every unit,
 * rows whose lead resolves to no unit and blank rows start a new block and get none, so a
 * plan sorted by group gives about one block per unit and group.
 */
export function taskRowBlocks(
  headers: HeaderMap,
  values: unknown[][],
  units: readonly Unit[],
): RowBlock[] {
  const names = new Map(units.map(unit => [unit.code, unit.name]));
  const blocks: RowBlock[] = [];
  let open: RowBlock | null = null;
  for (const row of tableRows(headers, values)) {
    const codes = cellText(row.cells.get('leadCodes'));
    if (open && open.codes === codes && open.lastRow + 1 === row.row) {
      open.lastRow = row.row;
      continue;
    }
    open = null;
    if (codes === '' || codes === ALL_UNITS_TEXT) continue;
    open = {firstRow: row.row, lastRow: row.row, codes, description: ''};
    blocks.push(open);
  }
  for (const block of blocks) {
    const label = block.codes
      .split(', ')
      .map(code => names.get(code) ?? code)
      .join(', ');
    block.description =
      `${ROW_PROTECTION_PREFIX} ${label} (dòng ${block.firstRow}–${block.lastRow}); ` +
      'đơn vị khác sửa cần xác nhận';
  }
  return blocks;
}

/**
 * Maximum row protections the add-on keeps on Nhiệm vụ. Each costs calls on every refresh
 * and a protection list of hundreds is useless to the office, so a table that needs more
 * (units' rows interleaved) gets none until it is sorted by unit.
 */
export const MAX_ROW_BLOCKS = 100;

/** Returns a short fingerprint of the wanted blocks (FNV-1a over their descriptions). */
export function blocksFingerprint(blocks: RowBlock[]): string {
  let hash = 0x811c9dc5;
  for (const char of blocks.map(block => block.description).join('\n')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${blocks.length}:${hash.toString(16)}`;
}

/** Builds the warning shown when the blocks exceed MAX_ROW_BLOCKS. */
export function tooManyBlocksIssue(tab: TabSpec, count: number): CellIssue {
  return {
    tab: tab.name,
    column: columnSpec(tab, 'leadCodes').header,
    row: 1,
    message:
      `Các dòng của mỗi đơn vị đang nằm rải rác thành ${count} nhóm (nhiều hơn ` +
      `${MAX_ROW_BLOCKS}), nên tiện ích tạm không đặt cảnh báo khi sửa dòng của đơn vị ` +
      `khác. Hãy sắp xếp tab theo cột "${columnSpec(tab, 'leadCodes').header}" rồi chạy ` +
      '"Làm mới trạng thái" để bật lại.',
  };
}
