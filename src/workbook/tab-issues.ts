// Messages for problems with whole tabs and merged cells, each naming the tab, column and row
// and what to do. The add-on writes nothing into a tab that has one of these problems.
import {cellText, CellIssue} from './cells';
import {ALL_TABS, TabSpec} from './schema';
import {columnLetter, mapHeaders} from './table';

/**
 * Returns the name of a sheet whose header row carries every required header of `tab` (every
 * header, for a tab with no required column) under another tab name, or null.
 */
export function findRenamedTab(
  tab: TabSpec,
  sheets: Array<{name: string; header: unknown[]}>,
): string | null {
  const known = new Set(ALL_TABS.map(spec => spec.name));
  const required = tab.columns.filter(column => column.required);
  const needed = required.length > 0 ? required : tab.columns;
  for (const sheet of sheets) {
    if (known.has(sheet.name)) continue;
    const headers = mapHeaders(tab, sheet.header);
    if (needed.every(column => headers.index.has(column.key)))
      return sheet.name;
  }
  return null;
}

/** Builds the message for a tab the add-on needs that is gone, perhaps renamed to `renamedTo`. */
export function missingTabIssue(
  tab: TabSpec,
  renamedTo: string | null,
): CellIssue {
  const first = tab.columns[0].header;
  if (renamedTo !== null) {
    return {
      tab: tab.name,
      column: first,
      row: 1,
      message:
        `Không tìm thấy tab "${tab.name}"; tab "${renamedTo}" có đúng các cột của nó, có lẽ ` +
        `đã bị đổi tên. Hãy đổi tên tab "${renamedTo}" lại thành "${tab.name}" ` +
        '(nhấp chuột phải vào tên tab → Đổi tên). Tiện ích không tạo tab mới để khỏi tách dữ liệu.',
    };
  }
  return {
    tab: tab.name,
    column: first,
    row: 1,
    message:
      `Không tìm thấy tab "${tab.name}". Nếu tab đã bị đổi tên, hãy đặt lại đúng tên ` +
      `"${tab.name}"; nếu đã bị xóa, hãy khôi phục từ Lịch sử phiên bản (Tệp → Nhật ký phiên ` +
      'bản) hoặc chạy "Thiết lập / cập nhật bảng tính" để tạo lại tab trống theo kế hoạch.',
  };
}

export interface MergedArea {
  /** 1-based first row and column, and the size. */
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** Builds the message for a merged area inside a tab, naming the header of its first column. */
export function mergedCellIssue(
  tab: TabSpec,
  header: unknown[],
  area: MergedArea,
): CellIssue {
  const first = `${columnLetter(area.column - 1)}${area.row}`;
  const last = `${columnLetter(area.column + area.numColumns - 2)}${area.row + area.numRows - 1}`;
  const name =
    cellText(header[area.column - 1]) || `cột ${columnLetter(area.column - 1)}`;
  return {
    tab: tab.name,
    column: name,
    row: area.row,
    message:
      `các ô ${first}:${last} đang được gộp, nên mỗi dòng không còn ô riêng và tiện ích không ` +
      'ghi gì vào tab này. Hãy chọn vùng đó và bỏ gộp ô (Định dạng → Gộp ô → Hủy gộp), rồi ' +
      'chạy lại thao tác.',
  };
}
