// Section III.2 of plan 66-KH/ĐU ("Nhóm nhiệm vụ trọng tâm"): bullets and their field lines.

import {NarrativeItem, added, mapped} from './narrative';

/** Items of the focus tasks in the plan's order; text as written, with "≥ 1%" in place of LaTeX. */
export const FOCUS_ITEMS: NarrativeItem[] = [
  {
    bullets: [
      mapped(
        '3.1',
        'Rà soát tổng thể hiện trạng hạ tầng CNTT cấp xã (máy tính, thiết bị ngoại vi, đường truyền, phòng họp trực tuyến); đề xuất đầu tư, bổ sung bảo đảm điều kiện tối thiểu phục vụ chuyển đổi số.',
      ),
    ],
    fields: [
      'Chủ trì: Phòng Văn hóa – Xã hội.',
      'Phối hợp: Văn phòng Đảng ủy; Phòng Kinh tế.',
      'Thời gian: Quý I–II/2026.',
      'Sản phẩm: Báo cáo rà soát; danh mục trang thiết bị được bổ sung.',
    ],
  },
  {
    bullets: [
      added(
        '3.6',
        'Phối hợp doanh nghiệp viễn thông khảo sát, mở rộng hạ tầng 4G/5G; phần đầu triển khai ít nhất 02 trạm phát sóng mới hoặc giải pháp kỹ thuật xóa điểm lốm sóng.',
      ),
    ],
    fields: [
      'Chủ trì: Phòng Văn hóa – Xã hội.',
      'Phối hợp: Doanh nghiệp viễn thông VNPT Bắc Hà, Viettel Bắc Hà.',
      'Thời gian: Quý I–II/2026.',
    ],
  },
  {
    bullets: [
      mapped(
        '3.4',
        'Đầu tư nâng cấp lắp đặt 15 bộ loa truyền thanh thông minh (ứng dụng công nghệ số/IP) tại các thôn hệ thống loa xuống cấp.',
      ),
    ],
    fields: [
      'Chủ trì: Phòng Văn hóa – Xã hội.',
      'Phối hợp: các thôn, đơn vị liên quan.',
      'Thời gian hoàn thành: năm 2026.',
    ],
  },
  {
    bullets: [
      mapped(
        '3.5',
        'Bảo đảm an toàn thông tin, an ninh mạng và công tác cơ yếu trong quá trình triển khai các nhiệm vụ khoa học – công nghệ, đổi mới sáng tạo và chuyển đổi số;',
      ),
    ],
    fields: [
      'Chủ trì: Văn phòng Đảng ủy; Phòng Văn hóa – Xã hội',
      'Phối hợp: Công an xã; các cơ quan, đơn vị liên quan theo hướng dẫn của cấp trên.',
      'Thời gian thực hiện: Thường xuyên trong năm 2026.',
      'Sản phẩm: Hồ sơ đề xuất cấp độ an toàn thông tin; kế hoạch và báo cáo bảo đảm an toàn thông tin, an ninh mạng; biên bản phối hợp xử lý sự cố (nếu có).',
    ],
  },
  {
    bullets: [
      mapped(
        '4.1',
        'Hoàn thành xây dựng, cập nhật cơ sở dữ liệu dùng chung cấp xã (hộ tịch, dân cư, cán bộ – đảng viên, tổ chức đảng, thủ tục hành chính, chỉ tiêu kinh tế – xã hội, an ninh trật tự, quản lý hành chính), bảo đảm dữ liệu “đúng – đủ – sạch – sống”, đưa vào khai thác phục vụ công tác lãnh đạo, chỉ đạo, điều hành chậm nhất trong Quý II/2026.',
      ),
      mapped(
        '4.5',
        'Thực hiện số hóa, tích hợp dữ liệu trên nền tảng bản đồ số, phục vụ quản lý đất đai, dân cư, sản xuất nông nghiệp, du lịch, an sinh xã hội và các lĩnh vực phát triển địa phương.',
      ),
      mapped(
        '4.6',
        'Tăng cường chia sẻ, kết nối, khai thác dữ liệu giữa các bộ phận; từng bước hình thành phương thức quản trị, điều hành và ra quyết định dựa trên dữ liệu',
      ),
    ],
    fields: [
      'Chủ trì: UBND xã.',
      'Phối hợp: Công an xã, Trung tâm PVHC công; Văn phòng Đảng ủy.',
      'Thời gian: Quý II/2026.',
      'Sản phẩm: Các tập dữ liệu được cập nhật, khai thác.',
    ],
  },
  {
    bullets: [
      mapped(
        '4.6',
        'Tổ chức khai thác dữ liệu phục vụ công tác chỉ đạo, điều hành; từng bước hình thành thói quen ra quyết định dựa trên dữ liệu trong đội ngũ cán bộ, công chức xã.',
      ),
    ],
    fields: [
      'Chủ trì: UBND xã.',
      'Thời gian: Năm 2026.',
      'Sản phẩm: Báo cáo điều hành dựa trên dữ liệu.',
    ],
  },
  {
    bullets: [
      mapped(
        '5.1',
        'Triển khai thí điểm, từng bước nhân rộng mô hình “Một cửa lưu động” tiếp nhận, giải quyết thủ tục hành chính tại các thôn vùng cao, thôn xa trung tâm, bảo đảm phù hợp điều kiện thực tiễn và thực hiện theo định hướng, hướng dẫn của tỉnh.',
      ),
    ],
    fields: [
      'Chủ trì: Trung tâm Phục vụ hành chính công.',
      'Phối hợp: Công an xã; Phòng Văn hóa – Xã hội; các thôn.',
      'Thời gian thực hiện: Thí điểm từ Quý II, nhân rộng Quý III–IV năm 2026.',
      'Sản phẩm: Kế hoạch một cửa lưu động; danh sách hồ sơ tiếp nhận, giải quyết tại thôn.',
    ],
  },
  {
    bullets: [
      mapped(
        '5.2',
        'Thiết lập và duy trì “Bàn hỗ trợ số” tại Trung tâm Phục vụ hành chính công xã và bố trí hạt nhân hỗ trợ theo thôn nhằm hướng dẫn người dân nộp hồ sơ trực tuyến, sử dụng dịch vụ công, định danh điện tử.',
      ),
    ],
    fields: [
      'Chủ trì: Trung tâm Phục vụ hành chính công xã.',
      'Phối hợp: Công an xã; Tổ công nghệ số cộng đồng; các đoàn thể.',
      'Thời gian thực hiện: Quý I – Quý IV năm 2026.',
      'Sản phẩm: Nhật ký hỗ trợ người dân; thống kê tỷ lệ hồ sơ trực tuyến toàn trình.',
    ],
  },
  {
    bullets: [
      added(
        '5.4',
        'Rà soát, đơn giản hóa thủ tục hành chính; chuẩn hóa quy trình nội bộ giải quyết TTHC; áp dụng công cụ theo dõi, giám sát tiến độ xử lý hồ sơ theo thời gian thực.',
      ),
    ],
    fields: [
      'Chủ trì: Các cơ quan đơn vị theo lĩnh vực.',
      'Phối hợp: Các bộ phận chuyên môn.',
      'Thời gian: Năm 2026.',
      'Sản phẩm: Quy trình TTHC chuẩn hóa; báo cáo tỷ lệ giải quyết đúng hạn.',
    ],
  },
  {
    bullets: [
      mapped(
        '5.3',
        'Phối hợp Công an xã xử lý dứt điểm các lỗi liên thông thủ tục hộ tịch – cư trú – định danh điện tử; định kỳ phân tích nguyên nhân hồ sơ lỗi, báo cáo Ban Chỉ đạo xã.',
      ),
    ],
    fields: [
      'Chủ trì: Công an xã.',
      'Phối hợp: Bộ phận Tư pháp.',
      'Thời gian: Thường xuyên. Sản phẩm: Báo cáo giảm tỷ lệ hồ sơ lỗi.',
    ],
  },
  {
    bullets: [
      mapped(
        '6.1',
        'Bố trí tối thiểu 1% tổng chi ngân sách xã cho các nhiệm vụ khoa học – công nghệ, đổi mới sáng tạo và chuyển đổi số. Chi tiết dự kiến cơ cấu nguồn kinh phí thực hiện các nhiệm vụ khoa học – công nghệ, đổi mới sáng tạo và chuyển đổi số năm 2026 được tổng hợp tại Phụ lục kèm theo Kế hoạch này',
      ),
    ],
    fields: [
      'Chủ trì: Phòng Kinh tế',
      'Phối hợp: Các cơ quan đơn vị.',
      'Thời gian thực hiện: Cả năm 2026 (lồng ghép trong quy trình lập, điều hành và quyết toán ngân sách).',
      'Sản phẩm: Dự toán, quyết toán ngân sách; báo cáo tỷ lệ chi cho KHCN, ĐMST, CDS đạt ≥ 1%.',
    ],
  },
  {
    bullets: [
      mapped(
        '6.2',
        'Rà soát, ưu tiên bố trí kinh phí cho các nhiệm vụ trọng tâm, nhiệm vụ đột phá; lồng ghép nguồn lực từ các chương trình mục tiêu quốc gia, nguồn hỗ trợ của tỉnh và xã hội hóa hợp pháp.',
      ),
    ],
    fields: [
      'Chủ trì: Phòng Văn hóa – Xã hội.',
      'Phối hợp: Phòng Kinh tế, các cơ quan đơn vị',
      'Thời gian thực hiện: Năm 2026.',
      'Sản phẩm: Danh mục nhiệm vụ được bố trí kinh phí; báo cáo tổng hợp nguồn lực. (có dự toán phụ lục kèm theo)',
    ],
  },
  {
    bullets: [
      mapped(
        '7.1',
        'Tổ chức bồi dưỡng, nâng cao kỹ năng số cho cán bộ, công chức xã; bảo đảm 100% cán bộ được tập huấn và sử dụng thành thạo các phần mềm, nền tảng số dùng chung trong xử lý công việc.',
      ),
      mapped(
        '7.2',
        'Kiện toàn Tổ công nghệ số cộng đồng tại 100% thôn, phân công rõ nhiệm vụ, chỉ tiêu hỗ trợ người dân sử dụng dịch vụ công trực tuyến, thanh toán số, ứng dụng số thiết yếu; đưa hoạt động hỗ trợ số thành nhiệm vụ thường xuyên tại cơ sở.',
      ),
      mapped(
        '7.3',
        'Đẩy mạnh phong trào “Bình dân học vụ số”, tổ chức tuyên truyền, tập huấn, hướng dẫn trực tiếp tại thôn, bản; ưu tiên người cao tuổi, đồng bào dân tộc thiểu số, hộ kinh doanh nhỏ; phấn đấu tỷ lệ dân số trưởng thành sử dụng dịch vụ số thường xuyên đạt ≥ 90%.',
      ),
      mapped(
        '7.4',
        'Tổ chức hướng dẫn, hỗ trợ người dân đăng ký và sử dụng chữ ký số cá nhân; phấn đấu tối thiểu 5% dân số trưởng thành có chữ ký số trong năm 2026.',
      ),
    ],
    fields: [
      'Chủ trì: Phòng Văn hóa – Xã hội',
      'Phối hợp: Văn phòng Đảng ủy, Trung tâm Phục vụ hành chính công, Công an xã, Mặt trận Tổ quốc và các đoàn thể, các thôn, bản',
      'Thời gian: Năm 2026',
      'Sản phẩm: Danh sách tập huấn cán bộ; báo cáo hoạt động Tổ CNSCD; tỷ lệ người dân sử dụng dịch vụ số; thống kê chữ ký số cá nhân.',
    ],
  },
];
