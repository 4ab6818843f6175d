// The settings rows of the "Cấu hình" tab: label in column "Thiết lập", value in "Giá trị".
// Rows are found by label, so the office may reorder them.
import {PlanConfig} from '../core/model';

export type ConfigValueKind = 'text' | 'date' | 'number' | 'time' | 'emailList';

export interface ConfigRow {
  field: keyof PlanConfig;
  label: string;
  kind: ConfigValueKind;
  help: string;
}

export const CONFIG_ROWS: ConfigRow[] = [
  row(
    'superiorBody',
    'Cấp ủy cấp trên',
    'text',
    'In ở góc trái trên cùng của báo cáo.',
  ),
  row('issuingBody', 'Cơ quan ban hành', 'text', 'Ví dụ: ĐẢNG ỦY XÃ BẮC HÀ.'),
  row('communeName', 'Tên xã', 'text', 'Tên xã không kèm chữ "xã".'),
  row('province', 'Tỉnh', 'text', ''),
  row(
    'place',
    'Địa danh ghi ngày tháng',
    'text',
    'Dùng ở dòng "…, ngày … tháng … năm …".',
  ),
  row('planNumber', 'Số kế hoạch', 'text', 'Ví dụ: 66-KH/ĐU.'),
  row(
    'planDate',
    'Ngày ban hành kế hoạch',
    'date',
    'Ngày theo dạng dd/mm/yyyy.',
  ),
  row(
    'planYear',
    'Năm kế hoạch',
    'number',
    'Năm dùng để đọc "Quý I", "Tháng 10"…',
  ),
  row(
    'timeZone',
    'Múi giờ',
    'text',
    'Giữ Asia/Ho_Chi_Minh trừ khi có lý do khác.',
  ),
  row(
    'signerTitle',
    'Chức danh ký',
    'text',
    'Ví dụ: T/M BAN THƯỜNG VỤ / BÍ THƯ.',
  ),
  row('signerName', 'Người ký', 'text', 'Họ tên người ký báo cáo quý.'),
  row(
    'standingOfficeEmails',
    'Email Văn phòng Đảng ủy (thường trực)',
    'emailList',
    'Nhận bản tổng hợp tuần. Nhiều địa chỉ cách nhau bằng dấu ";".',
  ),
  row(
    'summaryRecipients',
    'Người nhận thêm bản tổng hợp tuần',
    'emailList',
    'Ví dụ: Trưởng, Phó Ban Chỉ đạo. Nhiều địa chỉ cách nhau bằng dấu ";".',
  ),
  row(
    'reminderTime',
    'Giờ gửi nhắc thứ Sáu',
    'time',
    'Dạng HH:mm, mặc định 08:00.',
  ),
  row(
    'deadlineTime',
    'Hạn báo cáo thứ Sáu',
    'time',
    'Dạng HH:mm, mặc định 14:00.',
  ),
  row(
    'quarterCutoffDay',
    'Ngày chốt số liệu quý',
    'number',
    'Số liệu quý tính từ ngày này của tháng trước quý (Nghị định 09/2019/NĐ-CP: 15).',
  ),
  row(
    'communeBudgetMillion',
    'Tổng chi ngân sách xã năm (triệu đồng)',
    'number',
    'Để kiểm tra kinh phí kế hoạch đạt ≥ 1% tổng chi ngân sách xã. Để 0 nếu chưa có.',
  ),
  row(
    'nextReportNumber',
    'Số báo cáo tiếp theo',
    'number',
    'Tự tăng sau mỗi lần tạo báo cáo.',
  ),
  row(
    'reportFolderName',
    'Thư mục lưu báo cáo (Drive)',
    'text',
    'Tên thư mục trên Drive.',
  ),
];

function row(
  field: keyof PlanConfig,
  label: string,
  kind: ConfigValueKind,
  help: string,
): ConfigRow {
  return {field, label, kind, help};
}

export function configRow(field: keyof PlanConfig): ConfigRow {
  const found = CONFIG_ROWS.find(entry => entry.field === field);
  if (!found) throw new Error(`No settings row for ${field}`);
  return found;
}
