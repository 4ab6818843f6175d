// Phụ lục III of plan 66-KH/ĐU, the "6 rõ" assignment table: 34 rows in 8 groups within 3
// sections, every column as the plan writes it, typos included ("Báo cáo giám lỗi").

import {Task} from '../core/model';

/** One row: code, content, lead unit, coordinating units, time, output product, note. */
export type TaskRow = [string, string, string, string, string, string, string];

interface TaskGroup {
  no: string;
  name: string;
  rows: TaskRow[];
}

export interface TaskSection {
  /** Roman numeral as written ("I"). */
  code: string;
  name: string;
  groups: TaskGroup[];
}

/** Sections of Phụ lục III in the plan's order. */
export const TASK_SECTIONS: TaskSection[] = [
  {
    code: 'I',
    name: 'NHÓM NHIỆM VỤ THƯỜNG XUYÊN',
    groups: [
      {
        no: '1',
        name: 'Công tác lãnh đạo, chỉ đạo, điều hành, kiểm tra giám sát',
        rows: [
          [
            '1.1',
            'Duy trì giao ban BCĐ NQ57, Đề án 06 định kỳ',
            'VP Đảng ủy',
            'Phòng VH-XH',
            'Hàng tháng',
            'Thông báo kết luận',
            '',
          ],
          [
            '1.2',
            'Kiểm tra, giám sát chuyên đề CDS',
            'UBKT ĐU',
            'UBND xã',
            'Quý II-IV',
            'Báo cáo kiểm tra',
            '',
          ],
          [
            '1.3',
            'Sơ kết, tổng kết thực hiện',
            'VP Đảng ủy',
            'Các đơn vị',
            'Theo quý',
            'Báo cáo sơ/tổng kết',
            '',
          ],
          [
            '1.4',
            'Xây dựng Kế hoạch hoạt động năm 2026 của BCĐ theo tuần-tháng-quý',
            'VP Đảng ủy',
            'Phòng VH-XH',
            'Quý I',
            'Kế hoạch hoạt động BCĐ',
            '',
          ],
          [
            '1.5',
            'Theo dõi nhiệm vụ theo “6 rõ” gắn KPI; tổng hợp báo cáo tuần',
            'VP Đảng ủy',
            'Phòng VH-XH, các đơn vị',
            'Thường xuyên (hàng tuần)',
            'Bảng theo dõi/KPI; báo cáo tuần',
            '',
          ],
        ],
      },
      {
        no: '2',
        name: 'Duy trì nền nếp làm việc trên môi trường số',
        rows: [
          [
            '2.1',
            '100% hồ sơ xử lý điện tử',
            'UBND xã',
            'Các cơ quan, đơn vị',
            'Thường xuyên',
            'Thống kê báo cáo trích xuất từ phần mềm',
            '',
          ],
          [
            '2.2',
            'Số hóa, chuẩn hóa quy trình nội bộ',
            'UBND xã',
            'VP HĐND-UBND',
            'Quý II',
            'Danh mục QT số',
            '',
          ],
          [
            '2.3',
            'Kiểm tra việc sử dụng chữ ký số',
            'VP ĐU',
            'CA xã',
            'Quý III',
            'Biên bản KT',
            '',
          ],
        ],
      },
    ],
  },
  {
    code: 'II',
    name: 'NHÓM NHIỆM VỤ TRỌNG TÂM',
    groups: [
      {
        no: '3',
        name: 'Hoàn thiện hạ tầng số, thiết bị CNTT và an toàn thông tin',
        rows: [
          [
            '3.1',
            'Rà soát tổng thể hiện trạng hạ tầng CNTT xã',
            'Phòng VH-XH',
            'VP ĐU',
            'Quý I',
            'Báo cáo rà soát, đề xuất danh mục',
            '',
          ],
          [
            '3.2',
            'Mua sắm máy tính phục vụ CBCC',
            'UBND xã,',
            'Phòng KT',
            'Quý II',
            'Báo cáo kết quả đầu tư/BBNT',
            '',
          ],
          [
            '3.3',
            'Mua sắm thiết bị họp trực tuyến',
            'UBND xã',
            'Phòng KT',
            'Quý II',
            'Biên bản bàn giao',
            '',
          ],
          [
            '3.4',
            'Lắp đặt hệ thống loa truyền thanh thông minh',
            'Phòng VH-XH',
            'Các thôn',
            'Năm 2026',
            'Biên bản bàn giao',
            '',
          ],
          [
            '3.5',
            'Lập, thẩm định hồ sơ an toàn thông tin',
            'VP ĐU, Phòng VH-XH',
            'CA xã',
            'Quý III',
            'Hồ sơ được phê duyệt ATTT',
            '',
          ],
        ],
      },
      {
        no: '4',
        name: 'Xây dựng, làm sạch và khai thác dữ liệu dùng chung',
        rows: [
          [
            '4.1',
            'Chuẩn hóa, làm sạch dữ liệu hộ tịch, dân cư',
            'UBND xã',
            'CA xã',
            'Quý I',
            'Dữ liệu sạch',
            '',
          ],
          [
            '4.2',
            'Số hóa hồ sơ CB-ĐV, tổ chức Đảng',
            'VP ĐU',
            'UBND xã',
            'Quý II',
            'Kho dữ liệu',
            '',
          ],
          [
            '4.3',
            'Số hóa TTHC, chỉ tiêu KTXH',
            'UBND xã',
            'Các cơ quan đơn vị',
            'Quý II',
            'Bộ dữ liệu',
            '',
          ],
          [
            '4.4',
            'Tập huấn khai thác, sử dụng dữ liệu',
            'Phòng VH-XH',
            'VP ĐU',
            'Quý III',
            'Báo cáo tập huấn',
            '',
          ],
          [
            '4.5',
            'Tích hợp dữ liệu lên bản đồ số KTXH xã (đất đai, dân cư, nông nghiệp, du lịch, an sinh...)',
            'UBND xã',
            'CA xã, VP ĐU, các đơn vị',
            'Quý II–III',
            'Bản đồ số KTXH',
            '',
          ],
          [
            '4.6',
            'Khai thác dữ liệu phục vụ chỉ đạo, điều hành (báo cáo phân tích theo quý/tháng)',
            'UBND xã',
            'Phòng VH-XH, VP ĐU',
            'Năm 2026',
            'Báo cáo điều hành dựa dữ liệu',
            '',
          ],
        ],
      },
      {
        no: '5',
        name: 'Cải cách TTHC, dịch vụ công và Đề án 06',
        rows: [
          [
            '5.1',
            'Triển khai mô hình “Một cửa lưu động”',
            'TTPVHCC',
            'CA xã, thôn',
            'Quý II–Quý III',
            '≥01 mô hình',
            '',
          ],
          [
            '5.2',
            'Triển khai “Bàn hỗ trợ số” tại Trung tâm HC công',
            'TTPVHCC',
            'Tổ CNSCĐ',
            'Cả năm',
            'Nhật ký hỗ trợ',
            '',
          ],
          [
            '5.3',
            'Theo dõi, xử lý lỗi liên thông Đề án 06',
            'CA xã',
            'TTPVHCC',
            'Thường xuyên',
            'Báo cáo giám lỗi',
            '',
          ],
        ],
      },
      {
        no: '6',
        name: 'Bố trí nguồn lực tài chính và quản lý ngân sách',
        rows: [
          [
            '6.1',
            'Theo dõi bố trí ≥1% chi NS cho CDS',
            'Phòng KT',
            'Các cơ quan đơn vị',
            'Cả năm',
            'Báo cáo ngân sách',
            '',
          ],
          [
            '6.2',
            'Tổng hợp, theo dõi, báo cáo tiến độ chi',
            'Phòng VH-XH',
            'Các đơn vị',
            'Quý I–Quý IV',
            'Bảng theo dõi',
            '',
          ],
        ],
      },
    ],
  },
  {
    code: 'III',
    name: 'NHÓM NHIỆM VỤ ĐỘT PHÁ NĂM 2026',
    groups: [
      {
        no: '7',
        name: 'Phát triển nhân lực số và xã hội số',
        rows: [
          [
            '7.1',
            'Tập huấn kỹ năng số CBCC xã',
            'Phòng VH-XH',
            'VP ĐU',
            'Quý I–Quý IV',
            'DS tập huấn',
            '',
          ],
          [
            '7.2',
            'Kiện toàn và tập huấn Tổ CNSCĐ (100% thôn), giao chỉ tiêu hỗ trợ người dân',
            'Phòng VH-XH',
            'Đoàn thể',
            'Quý II',
            'Quyết định kiện toàn + DS tập huấn',
            '',
          ],
          [
            '7.3',
            'Bình dân học vụ số gắn tuyên truyền/hỗ trợ DVCTT, thanh toán số (≥90% dân số trưởng thành)',
            'Phòng VH-XH',
            'Thôn, MTTQ, đoàn thể, tổ CNSCĐ',
            'Cả năm',
            'BC tuyên truyền, minh chứng',
            '',
          ],
          [
            '7.4',
            'Hướng dẫn, hỗ trợ người dân đăng ký chữ ký số cá nhân (≥5% dân số trưởng thành)',
            'CA xã',
            'VP HĐND-UBND, thôn',
            'Quý II–III',
            'Thống kê chữ ký số; báo cáo',
            '',
          ],
          [
            '7.5',
            'Tổ chức Tuần lễ/Ngày Chuyển đổi số quốc gia 10/10',
            'Phòng VH-XH',
            'VP ĐU, MTTQ, đoàn thể',
            'Tháng 10',
            'Báo cáo, hình ảnh, truyền thông',
            '',
          ],
        ],
      },
      {
        no: '8',
        name: 'Kinh tế số, xã hội số và mô hình đột phá',
        rows: [
          [
            '8.1',
            'Thí điểm mô hình Thôn thông minh',
            'UBND xã',
            'VH-XH',
            'Quý III',
            '≥01 thôn',
            '',
          ],
          [
            '8.2',
            'Số hóa Chợ Văn hóa Bắc Hà',
            'BQL Chợ',
            'Phòng KT',
            'Quý II–Quý IV',
            'App Chợ văn hóa số',
            '',
          ],
          [
            '8.3',
            'Số hóa vùng trồng sản phẩm chủ lực',
            'TT DVTH',
            'HTX',
            'Quý II–Quý IV',
            'PM, dữ liệu Hồ sơ vùng trồng',
            '',
          ],
          [
            '8.4',
            'Hỗ trợ OCOP, TMĐT, QR, thanh toán số',
            'Phòng KT',
            'VH-XH',
            'Quý III–Quý IV',
            'Gian hàng số',
            '',
          ],
          [
            '8.5',
            'Ứng dụng KHCN giải quyết bài toán thực tiễn (nông nghiệp/du lịch/môi trường)',
            'Phòng VH-XH',
            'Phòng KT',
            'Quý III–Quý IV',
            '≥01 mô hình/giải pháp',
            '',
          ],
        ],
      },
    ],
  },
];

/** Builds a task from a Phụ lục III row, with no narrative detail and no person yet. */
export function toTask(
  section: TaskSection,
  group: TaskGroup,
  row: TaskRow,
): Task {
  const [code, content, leadText, coordinatingText, timeText, product, note] =
    row;
  return {
    code,
    sectionCode: section.code,
    sectionName: section.name,
    groupNo: group.no,
    groupName: group.name,
    content,
    detail: '',
    leadText,
    coordinatingText,
    person: '',
    personEmail: '',
    timeText,
    product,
    note,
  };
}
