// Section III.3 of plan 66-KH/ĐU ("Nhóm nhiệm vụ đột phá năm 2026"): bullets and their field
// lines.

import {NarrativeItem, added, mapped} from './narrative';

/** Items of the breakthrough tasks in the plan's order, text as written. */
export const BREAKTHROUGH_ITEMS: NarrativeItem[] = [
  {
    bullets: [
      mapped(
        '8.1',
        'Triển khai mô hình thí điểm “Thôn thông minh” tại ít nhất 01 thôn theo hướng toàn diện, thực chất, có khả năng nhân rộng; mô hình thôn thông minh được triển khai theo Bộ tiêu chí, khung hướng dẫn của tỉnh, bảo đảm khả năng đánh giá, so sánh và nhân rộng.',
      ),
    ],
    fields: [
      'Chủ trì: Phòng Văn hóa – Xã hội;',
      'Phối hợp: Công an xã; các cơ quan đơn vị.',
      'Thời gian: Hoàn thành trong quý III/2026',
    ],
  },
  {
    bullets: [
      mapped(
        '8.2',
        'Triển khai số hóa Chợ Văn hóa Bắc Hà theo hướng xây dựng điểm đến văn hóa – du lịch thông minh: số hóa gian hàng, sản phẩm, tiểu thương; tích hợp thanh toán không dùng tiền mặt, mã QR giới thiệu sản phẩm, truy xuất thông tin nguồn gốc.',
      ),
    ],
    fields: [
      'Chủ trì: Ban Quản lý Di tích và Chợ Văn hóa Bắc Hà.',
      'Phối hợp: Phòng Kinh tế; các hộ kinh doanh.',
      'Thời gian thực hiện: Quý II – Quý IV năm 2026.',
      'Sản phẩm: Danh mục gian hàng/sản phẩm được số hóa; báo cáo kết quả triển khai Chợ Văn hóa số.',
    ],
  },
  {
    bullets: [
      mapped(
        '8.3',
        'Thực hiện số hóa vùng trồng đối với một số cây trồng chủ lực của xã: xây dựng hồ sơ số vùng trồng, bản đồ số vùng trồng; áp dụng truy xuất nguồn gốc, nhật ký điện tử phục vụ quản lý sản xuất và tiêu thụ sản phẩm.',
      ),
    ],
    fields: [
      'Chủ trì: Trung tâm Dịch vụ Tổng hợp xã Bắc Hà.',
      'Phối hợp: Phòng Kinh tế, Phòng Văn hóa – Xã hội; các HTX, tổ hợp tác, hộ nông dân.',
      'Thời gian thực hiện: Quý II – Quý IV năm 2026.',
      'Sản phẩm: Hồ sơ số vùng trồng; mã truy xuất nguồn gốc; báo cáo kết quả số hóa vùng trồng.',
    ],
  },
  {
    bullets: [
      // Row 8.4 supports OCOP products on e-commerce under Phòng Kinh tế; this bullet links the
      // digitised market and growing areas into a value chain under another lead, so it is new.
      added(
        '8.6',
        'Gắn số hóa chợ văn hóa và vùng trồng với hoạt động thương mại điện tử, quảng bá du lịch, tiêu thụ sản phẩm nông nghiệp; từng bước hình thành chuỗi giá trị số từ sản xuất – tiêu thụ – dịch vụ du lịch.',
      ),
    ],
    fields: [
      'Chủ trì: trung tâm dịch vụ tổng hợp xã Bắc Hà.',
      'Phối hợp: Phòng Kinh tế; Phòng Văn hóa – Xã hội; các đơn vị liên quan.',
      'Thời gian thực hiện: Năm 2026.',
      'Sản phẩm: Báo cáo kết quả kết nối, tiêu thụ sản phẩm trên môi trường số.',
    ],
  },
];
