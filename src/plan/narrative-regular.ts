// Section III.1 of plan 66-KH/ĐU ("Nhóm nhiệm vụ thường xuyên"): bullets and their field lines.

import {NarrativeItem, mapped} from './narrative';

/** Items of the regular tasks in the plan's order, text as written. */
export const REGULAR_ITEMS: NarrativeItem[] = [
  {
    bullets: [
      mapped(
        '1.1',
        'Duy trì nền nếp sinh hoạt, giao ban định kỳ hằng tháng của Ban Chỉ đạo phát triển KHCN, ĐMST, CDS và Đề án 06 xã; tập trung đánh giá kết quả theo sản phẩm đầu ra, không chỉ báo cáo tiến độ.',
      ),
      mapped(
        '1.5',
        'Tiếp tục kiện toàn và nâng cao hiệu quả hoạt động của Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 xã Bắc Hà, do đồng chí Bí thư Đảng ủy làm Trưởng ban; phân công nhiệm vụ cụ thể cho từng thành viên theo nguyên tắc “6 rõ”, gắn trách nhiệm của người đứng đầu với kết quả thực hiện.',
      ),
      mapped(
        '1.4',
        'Xây dựng Kế hoạch hoạt động năm 2026 của Ban Chỉ đạo theo Quy chế làm việc; xác định rõ nhiệm vụ, tiến độ theo tuần, tháng, quý; duy trì giao ban, kiểm điểm kết quả định kỳ; kịp thời tháo gỡ khó khăn, vướng mắc.',
      ),
    ],
    fields: [
      'Chủ trì tham mưu: Văn phòng Đảng ủy.',
      'Phối hợp: Phòng Văn hóa – Xã hội.',
      'Thời gian: Thường xuyên.',
      'Sản phẩm: Thông báo kết luận giao ban; danh mục nhiệm vụ tồn đọng.',
    ],
  },
  {
    bullets: [
      mapped(
        '7.5',
        'Tổ chức đợt cao điểm hưởng ứng Ngày Chuyển đổi số quốc gia (10/10) gắn với “Tuần lễ chuyển đổi số”; phát động thi đua hoàn thành các chỉ tiêu trước ngày 10/10; tổ chức sơ kết, đánh giá, biểu dương tập thể, cá nhân tiêu biểu.',
      ),
    ],
    fields: [
      'Chủ trì tham mưu: Phòng Văn hóa -Xã hội.',
      'Phối hợp: Các cơ quan đơn vị.',
      'Thời gian: từ tháng 9-10/2026',
      'Sản phẩm: Hình ảnh, ngày hoạt động.',
    ],
  },
  {
    bullets: [
      mapped(
        '1.2',
        'Đưa nội dung lãnh đạo, chỉ đạo và tổ chức thực hiện Nghị quyết 57, Kế hoạch năm 2026 và Đề án 06 vào chương trình kiểm tra, giám sát chuyên đề của Đảng ủy và Ủy ban Kiểm tra Đảng ủy.',
      ),
    ],
    fields: [
      'Chủ trì: Ủy ban Kiểm tra Đảng ủy.',
      'Thời gian: Theo chương trình năm 2026.',
      'Sản phẩm: Báo cáo kiểm tra, kết luận và kiến nghị xử lý.',
    ],
  },
  {
    bullets: [
      mapped(
        '2.1',
        'Thực hiện nghiêm việc tạo lập, xử lý, lưu trữ hồ sơ công việc trên môi trường điện tử; chấm dứt tình trạng xử lý song song hồ sơ giấy – điện tử không đúng quy định.',
      ),
    ],
    fields: [
      'Chủ trì: UBND xã.',
      'Phối hợp: Các bộ phận chuyên môn.',
      'Thời gian: Thường xuyên.',
      'Sản phẩm: Tỷ lệ hồ sơ xử lý điện tử đạt 100%.',
    ],
  },
  {
    bullets: [
      mapped(
        '2.2',
        'Rà soát, chuẩn hóa và số hóa toàn bộ quy trình nội bộ thuộc thẩm quyền cấp xã; gắn trách nhiệm của người đứng đầu từng bộ phận với kết quả số hóa quy trình.',
      ),
    ],
    fields: [
      'Chủ trì: UBND xã.',
      'Thời gian: Năm 2026.',
      'Sản phẩm: Danh mục quy trình nội bộ được số hóa và vận hành.',
    ],
  },
];
