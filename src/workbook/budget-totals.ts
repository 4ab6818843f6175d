// The totals block beside the "Kinh phí" table: planned and spent totals that leave out detail
// lines (7.1 and 7.2 detail line 7), the share spent, and the plan's share of the commune
// budget against the 1 % floor. Closed ranges keep Sheets, LibreOffice and Excel in step.
import {MIN_COMMUNE_SHARE} from '../core/budget';
import {FORMATTED_ROWS} from './formats';
import {columnLetter, HeaderMap} from './table';

export const TOTALS_TITLE = 'Tổng hợp kinh phí';

export interface TotalsBlock {
  /** 0-based column of the labels; the values sit in the next column. */
  position: number;
  /** Rows from row 1: the title, then label and formula pairs. */
  rows: Array<[string, string]>;
}

/**
 * Places the block two columns right of the table, or where its title already is, and builds
 * its formulas. `communeBudgetCell` is the A1 reference of the commune's total budget.
 */
export function totalsBlock(
  headers: HeaderMap,
  existingTitlePosition: number | null,
  communeBudgetCell: string,
): TotalsBlock {
  const position = existingTitlePosition ?? headers.width + 1;
  const range = (key: string) => {
    const letter = columnLetter(headers.index.get(key) ?? 0);
    return `$${letter}$2:$${letter}$${FORMATTED_ROWS}`;
  };
  const valueColumn = columnLetter(position + 1);
  const cell = (row: number) => `${valueColumn}${row}`;
  const floor = `${MIN_COMMUNE_SHARE * 100}%`;

  return {
    position,
    rows: [
      [TOTALS_TITLE, ''],
      [
        'Tổng dự kiến (triệu đồng, không cộng dòng chi tiết)',
        `=SUMIF(${range('partOf')},"",${range('planned')})`,
      ],
      [
        'Tổng đã chi (triệu đồng)',
        `=SUMIF(${range('partOf')},"",${range('spent')})`,
      ],
      ['Tỷ lệ đã chi', `=IF(${cell(2)}>0,${cell(3)}/${cell(2)},"")`],
      ['Tổng chi ngân sách xã (triệu đồng)', `=${communeBudgetCell}`],
      [
        'Tỷ lệ kế hoạch so với ngân sách xã',
        `=IF(AND(ISNUMBER(${cell(5)}),${cell(5)}>0),${cell(2)}/${cell(5)},"")`,
      ],
      [
        `Đánh giá (mức tối thiểu ${floor})`,
        `=IF(${cell(6)}="","Chưa nhập tổng chi ngân sách xã ở tab Cấu hình",IF(${cell(6)}>=${MIN_COMMUNE_SHARE},"Đạt","Chưa đạt"))`,
      ],
    ],
  };
}
