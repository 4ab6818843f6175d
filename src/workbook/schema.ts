// The tabs of the shared spreadsheet: names and headers as staff see them, what each column
// holds, and which columns the add-on computes. Columns are found by header text, never by
// position, so staff may reorder columns and insert their own.

export type ColumnKind =
  | 'text'
  | 'longText'
  | 'date'
  | 'dateTime'
  | 'number'
  | 'percent'
  | 'email'
  | 'emailList'
  | 'status'
  | 'recurrence'
  | 'unit'
  | 'operator'
  | 'formula';

export interface ColumnSpec {
  key: string;
  header: string;
  kind: ColumnKind;
  /** Setup stops with a message when a required column is missing and cannot be re-added. */
  required?: boolean;
  /** Width in pixels. */
  width: number;
  /** Help shown as the header's note. */
  note?: string;
  /** Written by the add-on (formulas, stamps); staff edits are warned against. */
  managed?: boolean;
}

export interface TabSpec {
  key: TabKey;
  name: string;
  columns: ColumnSpec[];
  /** Column whose value identifies a row ("Mã NV" for tasks); rows without it are skipped. */
  keyColumn: string;
}

export type TabKey =
  | 'config'
  | 'units'
  | 'indicators'
  | 'budget'
  | 'tasks'
  | 'weekly'
  | 'log'
  | 'mail';

const col = (
  key: string,
  header: string,
  kind: ColumnKind,
  width: number,
  extra: Partial<ColumnSpec> = {},
): ColumnSpec => ({key, header, kind, width, ...extra});

export const CONFIG_TAB: TabSpec = {
  key: 'config',
  name: 'Cấu hình',
  keyColumn: 'setting',
  columns: [
    col('setting', 'Thiết lập', 'text', 260, {required: true, managed: true}),
    col('value', 'Giá trị', 'text', 320, {required: true}),
    col('help', 'Hướng dẫn', 'longText', 420, {managed: true}),
  ],
};

export const UNITS_TAB: TabSpec = {
  key: 'units',
  name: 'Đơn vị',
  keyColumn: 'code',
  columns: [
    col('code', 'Mã đơn vị', 'text', 110, {required: true}),
    col('name', 'Tên đơn vị', 'text', 260, {required: true}),
    col('aliases', 'Tên gọi khác', 'longText', 320, {
      note: 'Các cách viết khác của tên đơn vị, cách nhau bằng dấu ";".',
    }),
    col('head', 'Người đứng đầu', 'text', 180),
    col('emails', 'Email', 'emailList', 260, {
      note: 'Một hoặc nhiều địa chỉ email, cách nhau bằng dấu ";".',
    }),
  ],
};

export const INDICATORS_TAB: TabSpec = {
  key: 'indicators',
  name: 'Chỉ tiêu',
  keyColumn: 'no',
  columns: [
    col('no', 'STT', 'number', 50, {required: true}),
    col('group', 'Nhóm', 'text', 170),
    col('name', 'Chỉ tiêu', 'longText', 320, {required: true}),
    col('unitOfMeasure', 'Đơn vị đo', 'text', 90),
    col('result2025', 'Thực hiện 2025', 'text', 100),
    col('targetText', 'Mức cần đạt 2026 (theo kế hoạch)', 'text', 170),
    col('operator1', 'Điều kiện 1', 'operator', 80, {managed: true}),
    col('threshold1', 'Ngưỡng 1', 'number', 80, {managed: true}),
    col('operator2', 'Điều kiện 2', 'operator', 80, {managed: true}),
    col('threshold2', 'Ngưỡng 2', 'number', 80, {managed: true}),
    col('value1', 'Giá trị hiện tại', 'number', 110, {
      note: 'Nhập số theo đơn vị đo, ví dụ 85 nghĩa là 85%.',
    }),
    col('value2', 'Giá trị hiện tại (phần 2)', 'number', 110, {
      note: 'Chỉ dùng khi mức cần đạt có hai phần, ví dụ "Rà soát 100%; xử lý ≥ 02 thôn".',
    }),
    col('evidence', 'Minh chứng (theo kế hoạch)', 'text', 160),
    col('evidenceLink', 'Minh chứng (đường dẫn)', 'text', 200),
    col('lead', 'Cơ quan chủ trì', 'unit', 170),
    col('coordinating', 'Cơ quan phối hợp', 'text', 170),
    col('deadlineText', 'Thời hạn (theo kế hoạch)', 'text', 120),
    col('due', 'Hạn (ngày)', 'date', 100),
    col('status', 'Trạng thái chỉ tiêu', 'formula', 150, {managed: true}),
  ],
};

export const BUDGET_TAB: TabSpec = {
  key: 'budget',
  name: 'Kinh phí',
  keyColumn: 'code',
  columns: [
    col('code', 'Mã dòng', 'text', 70, {required: true}),
    col('groupNo', 'STT nhóm', 'text', 70),
    col('group', 'Nhóm nhiệm vụ', 'text', 220),
    col('content', 'Nội dung chi chủ yếu', 'longText', 340),
    col('planned', 'Dự kiến (triệu đồng)', 'number', 120, {required: true}),
    col('source', 'Nguồn kinh phí', 'text', 160),
    col('note', 'Ghi chú', 'text', 140),
    col('partOf', 'Chi tiết của dòng', 'text', 100, {
      note: 'Dòng chi tiết của một dòng khác (7.1, 7.2 của dòng 7) không được cộng vào tổng.',
    }),
    col('spent', 'Đã chi (triệu đồng)', 'number', 120),
    col('shareSpent', 'Tỷ lệ đã chi', 'formula', 100, {managed: true}),
  ],
};

export const TASKS_TAB: TabSpec = {
  key: 'tasks',
  name: 'Nhiệm vụ',
  keyColumn: 'code',
  columns: [
    col('code', 'Mã NV', 'text', 60, {required: true}),
    col('section', 'Phần (theo kế hoạch)', 'text', 170),
    col('group', 'Nhóm', 'text', 180),
    col('content', 'Nội dung nhiệm vụ', 'longText', 320, {required: true}),
    col('detail', 'Chi tiết (theo kế hoạch)', 'longText', 260),
    col('lead', 'Đơn vị chủ trì', 'unit', 160, {required: true}),
    col('leadCodes', 'Mã đơn vị chủ trì', 'text', 110, {
      managed: true,
      note: 'Mã các đơn vị đọc được từ cột "Đơn vị chủ trì"; trống nghĩa là chưa rõ trách nhiệm.',
    }),
    col('coordinating', 'Đơn vị phối hợp', 'text', 180),
    col('person', 'Người phụ trách', 'text', 150),
    col('personEmail', 'Email người phụ trách', 'email', 190),
    col('timeText', 'Thời gian (theo kế hoạch)', 'text', 170, {required: true}),
    col('start', 'Ngày bắt đầu', 'date', 100),
    col('due', 'Hạn hoàn thành', 'date', 100),
    col('recurrence', 'Lặp lại', 'recurrence', 100),
    col('product', 'Sản phẩm đầu ra', 'text', 200),
    col('evidenceLink', 'Minh chứng (đường dẫn)', 'text', 200),
    col('status', 'Trạng thái', 'status', 130),
    col('progress', 'Tiến độ (%)', 'number', 80),
    col('completedOn', 'Ngày hoàn thành', 'date', 100),
    col('note', 'Ghi chú', 'text', 160),
    col('updatedAt', 'Cập nhật lúc', 'dateTime', 130, {managed: true}),
    col('updatedBy', 'Cập nhật bởi', 'text', 170, {managed: true}),
    col('timeliness', 'Tình trạng thời hạn', 'formula', 170, {managed: true}),
    col('daysLate', 'Số ngày trễ', 'formula', 80, {managed: true}),
    col('missing', 'Thiếu "6 rõ"', 'formula', 200, {managed: true}),
  ],
};

export const WEEKLY_TAB: TabSpec = {
  key: 'weekly',
  name: 'Báo cáo tuần',
  keyColumn: 'unit',
  columns: [
    col('week', 'Tuần (thứ Hai)', 'date', 100, {required: true}),
    col('unit', 'Đơn vị', 'unit', 170, {required: true}),
    col('taskCode', 'Mã NV', 'text', 70),
    col('result', 'Kết quả thực hiện', 'longText', 280),
    col('difficulties', 'Khó khăn, vướng mắc', 'longText', 220),
    col('proposals', 'Đề xuất, kiến nghị', 'longText', 220),
    col('reporter', 'Người báo cáo', 'text', 170, {managed: true}),
    col('submittedAt', 'Gửi lúc', 'dateTime', 130, {managed: true}),
    col('onTime', 'Đúng hạn', 'formula', 90, {managed: true}),
  ],
};

export const LOG_TAB: TabSpec = {
  key: 'log',
  name: 'Nhật ký',
  keyColumn: 'at',
  columns: [
    col('at', 'Thời điểm', 'dateTime', 130),
    col('user', 'Người sửa', 'text', 190),
    col('tab', 'Tab', 'text', 110),
    col('cell', 'Ô', 'text', 70),
    col('rowKey', 'Mã dòng', 'text', 70),
    col('column', 'Cột', 'text', 160),
    col('oldValue', 'Giá trị cũ', 'text', 200),
    col('newValue', 'Giá trị mới', 'text', 200),
  ],
};

export const MAIL_TAB: TabSpec = {
  key: 'mail',
  name: 'Thư đã gửi',
  keyColumn: 'key',
  columns: [
    col('key', 'Khóa thư', 'text', 230),
    col('kind', 'Loại thư', 'text', 110),
    col('week', 'Tuần', 'text', 90),
    col('unit', 'Đơn vị', 'text', 150),
    col('to', 'Người nhận', 'text', 260),
    col('subject', 'Tiêu đề', 'text', 360),
    col('sentAt', 'Gửi lúc', 'dateTime', 130),
    col('result', 'Kết quả', 'text', 110),
    col('error', 'Lỗi', 'text', 260),
  ],
};

export const ALL_TABS: TabSpec[] = [
  CONFIG_TAB,
  UNITS_TAB,
  INDICATORS_TAB,
  BUDGET_TAB,
  TASKS_TAB,
  WEEKLY_TAB,
  LOG_TAB,
  MAIL_TAB,
];

export function columnSpec(tab: TabSpec, key: string): ColumnSpec {
  const spec = tab.columns.find(column => column.key === key);
  if (!spec) throw new Error(`Tab ${tab.key} has no column ${key}`);
  return spec;
}
