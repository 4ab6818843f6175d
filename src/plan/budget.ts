// Phụ lục II of plan 66-KH/ĐU: planned spending in million VND ("ĐVT: Triệu đồng").

import {BudgetLine} from '../core/model';

/**
 * The plan's total ("Tổng cộng"), printed as "2.788" with a dot as the thousands separator.
 * It equals the sum of the lines without `partOf`.
 */
export const BUILT_IN_BUDGET_TOTAL_MILLION = 2788;

/** Note printed beside the plan's total. */
export const BUILT_IN_BUDGET_TOTAL_NOTE = '≥1% chi NS xã';

function line(
  code: string,
  groupNo: string,
  groupName: string,
  content: string,
  plannedMillion: number,
  source: string,
  note: string,
  partOf = '',
): BudgetLine {
  return {
    code,
    groupNo,
    groupName,
    content,
    plannedMillion,
    source,
    note,
    partOf,
  };
}

const INFRASTRUCTURE = 'Hạ tầng số, thiết bị CNTT, an toàn thông tin';
const SHARED_DATA = 'Xây dựng, làm sạch và khai thác dữ liệu dùng chung';
const BREAKTHROUGH = 'Nhiệm vụ đột phá';

/**
 * Returns the built-in budget lines in the plan's order.
 *
 * Groups 2 and 3 have two rows each, so they get codes "2a", "2b", "3a", "3b". Rows 7.1 and 7.2
 * detail row 7 (120 + 803 = 923) and carry `partOf: '7'` so that totals count them once.
 */
export function builtInBudget(): BudgetLine[] {
  return [
    line(
      '1',
      '1',
      'Lãnh đạo, chỉ đạo, kiểm tra, giám sát',
      'Giao ban BCD; kiểm tra chuyên đề; sơ kết, tổng kết; báo cáo định kỳ',
      30,
      'Ngân sách xã',
      'Chi thường xuyên',
    ),
    line(
      '2a',
      '2',
      INFRASTRUCTURE,
      'Bổ sung thiết bị CNTT; họp trực tuyến; sao lưu dữ liệu; ATTT (khôi phục, chính quyền)',
      680,
      'NS xã, tỉnh hỗ trợ',
      'Ưu tiên tối thiểu',
    ),
    line(
      '2b',
      '2',
      INFRASTRUCTURE,
      'Bộ Loa thông minh ( 15 bộ loa thông minh)',
      675,
      'CTMTQG',
      'Nhóm ưu tiên',
    ),
    line(
      '3a',
      '3',
      SHARED_DATA,
      'Chuẩn hóa, số hóa, làm sạch dữ liệu hộ tịch, CB-ĐV, TTHC, KTXH',
      160,
      'Ngân sách xã',
      'Gắn KPI dữ liệu',
    ),
    line(
      '3b',
      '3',
      SHARED_DATA,
      'Tích hợp dữ liệu bản đồ số KTXH; báo cáo phân tích điều hành (Thuê dịch vụ số hóa, bản đồ GIS, dashboard)',
      80,
      'Ngân sách xã',
      'Gắn KPI dữ liệu',
    ),
    line(
      '4',
      '4',
      'Cải cách TTHC, DVC, Đề án 06',
      'Một cửa lưu động; bàn hỗ trợ số; hỗ trợ DVCTT (Thiết bị, hỗ trợ vật tư, tài liệu, hỗ trợ tổ công nghệ số cộng đồng)',
      120,
      'Ngân sách xã',
      'Không mua PM mới',
    ),
    line(
      '5',
      '5',
      'Phát triển nhân lực số, Bình dân học vụ số',
      'Tập huấn CBCC; Tổ CNSCD; tuyên truyền người dân, Tuần lễ/Ngày Chuyển đổi số 10/10',
      80,
      'NS xã, lồng ghép CTMTQG',
      'Chi đào tạo',
    ),
    line(
      '6',
      '6',
      'Kinh tế số, xã hội số',
      'Hỗ trợ OCOP, TMĐT, QR, thanh toán số',
      40,
      'NS xã, XHH',
      'Hỗ trợ gián tiếp',
    ),
    line(
      '7',
      '7',
      BREAKTHROUGH,
      'Thôn thông minh; Chợ Văn hóa số; số hóa vùng trồng, Đầu tư loa thông minh',
      923,
      'NS xã, CTMTQG',
      'Nhóm ưu tiên',
    ),
    line(
      '7.1',
      '7',
      BREAKTHROUGH,
      'Thôn thông minh (thí điểm)',
      120,
      'NS xã, CTMTQG',
      'Nhóm ưu tiên',
      '7',
    ),
    line(
      '7.2',
      '7',
      BREAKTHROUGH,
      'Triển khai chuyển đổi số chợ Văn Hóa Bắc Hà và số hóa vùng trồng',
      803,
      'CTMTQG',
      'Nhóm ưu tiên',
      '7',
    ),
  ];
}
