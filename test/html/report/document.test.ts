import {quarterlyReportHtml} from '../../../src/html/report/document';
import {nestingError, tagCount, urlsIn, visibleText} from '../checks';
import {HOSTILE} from '../fixtures';
import {quarterlyReport} from '../report-fixture';

describe('quarterlyReportHtml', () => {
  const html = quarterlyReportHtml(quarterlyReport());
  const text = visibleText(html);

  test.each([
    'ĐẢNG BỘ TỈNH LÀO CAI',
    'ĐẢNG ỦY XÃ BẮC HÀ',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Số 12-BC/ĐU',
    'Bắc Hà, ngày 12 tháng 6 năm 2026',
    'BÁO CÁO',
    'Kết quả thực hiện Nghị quyết số 57-NQ/TW quý II năm 2026',
    '(số liệu tính đến ngày 14/06/2026)',
    'I- Kết quả',
    'II- Hạn chế, nguyên nhân',
    'III- Nhiệm vụ quý tới',
    'IV- Kiến nghị',
    'T/M BAN THƯỜNG VỤ BÍ THƯ',
    'Nguyễn Duy Hòa',
    'Nơi nhận:',
    'Ban Thường vụ Tỉnh ủy Lào Cai (để báo cáo)',
    'Phụ lục 1. Tình hình thực hiện nhiệm vụ',
    'Phụ lục 2. Kết quả thực hiện chỉ tiêu',
    'Phụ lục 3. Kinh phí thực hiện',
  ])('contains %s', fact => {
    expect(text).toContain(fact);
  });

  test('keeps sections in order', () => {
    const order = [
      'I- Kết quả',
      'II- Hạn chế',
      'III- Nhiệm vụ',
      'IV- Kiến nghị',
      'Nơi nhận:',
      'Phụ lục 1',
    ];
    const positions = order.map(title => text.indexOf(title));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  test('puts the star under the issuing body', () => {
    expect(html).toMatch(
      /ĐẢNG ỦY XÃ BẮC HÀ<\/div><div class="star">\*<\/div><div class="number">Số 12-BC\/ĐU/,
    );
  });

  test('underlines the Party name', () => {
    expect(html).toMatch(/\.party \{[^}]*text-decoration: underline/);
  });

  test('sets the date line in italics', () => {
    expect(html).toMatch(
      /\.place-date \{[^}]*font-style: italic[^}]*text-align: right/,
    );
  });

  test('sets A4 page margins', () => {
    expect(html).toContain('@page { size: A4; margin: 20mm 15mm 20mm 30mm; }');
  });

  test('uses Times New Roman 14pt', () => {
    expect(html).toMatch(/font-family: "Times New Roman", "Liberation Serif"/);
    expect(html).toMatch(/body \{[^}]*font-size: 14pt/);
  });

  test('escapes typed text everywhere', () => {
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('"x"');
    const occurrences = text.split(HOSTILE).length - 1;
    expect(occurrences).toBeGreaterThanOrEqual(8);
  });

  test('keeps line breaks in unit texts', () => {
    expect(html).toContain('white-space:pre-wrap">Thiếu máy\n&lt;script&gt;');
  });

  test('is well-formed', () => {
    expect(nestingError(html)).toBeNull();
  });

  test('has two charts', () => {
    expect(tagCount(html, 'svg')).toBe(2);
  });

  test('has no remote URLs', () => {
    expect(urlsIn(html)).toEqual([]);
  });

  test('has no scripts', () => {
    expect(tagCount(html, 'script')).toBe(0);
  });

  test('is NFC', () => {
    expect(html).toBe(html.normalize('NFC'));
  });

  test('lists task codes per category', () => {
    expect(text).toContain('Hoàn thành đúng hạn: 2 nhiệm vụ (1.1, 1.2);');
    expect(text).toContain('Quá hạn: 1 nhiệm vụ (1.4).');
  });

  test('states budget in Vietnamese numbers', () => {
    expect(text).toContain(
      'Tổng kinh phí theo kế hoạch: 2.788 triệu đồng; đã giải ngân 350,5 triệu đồng, đạt 12,6% kế hoạch.',
    );
  });

  test('marks detail budget lines', () => {
    expect(text).toContain(
      'Thiết bị (chi tiết của mục 7, không cộng vào tổng)',
    );
  });

  test('names next quarter tasks', () => {
    expect(text).toContain('Các nhiệm vụ đến hạn trong Quý III năm 2026:');
  });

  test('says when nothing is proposed', () => {
    const none = visibleText(
      quarterlyReportHtml(quarterlyReport({proposals: []})),
    );
    expect(none).toContain('IV- Kiến nghị Không có kiến nghị.');
  });

  test('strips a leading BÁO CÁO from the title', () => {
    const header = {
      ...quarterlyReport().header,
      title: 'BÁO CÁO Kết quả quý II',
    };
    const titled = visibleText(quarterlyReportHtml(quarterlyReport({header})));
    expect(titled).toContain('BÁO CÁO Kết quả quý II');
    expect(titled).not.toContain('BÁO CÁO BÁO CÁO');
  });
});
