// "Tạo báo cáo quý" through the real bundle: the tab, its charts, the PDF and HTML in Drive,
// the report number and the dialog with the links.
import {at, setUp, values} from './harness';
import {
  cellTexts,
  configValue,
  COUNTER_LABEL,
  createReport,
  reportTabs,
  savedFiles,
  savedHtml,
  TYPED_DIFFICULTY,
  TYPED_PROPOSAL,
  typeWeeklyReport,
} from './report-helpers';

const TAB = 'BC Quý II-2026';

describe('report on 12/06/2026', () => {
  const emu = setUp(at('2026-06-12', '09:00'));
  typeWeeklyReport(emu, '08/06/2026', 'Văn phòng Đảng ủy', {
    difficulties: TYPED_DIFFICULTY,
    proposals: TYPED_PROPOSAL,
  });
  const counterBefore = Number(configValue(emu, COUNTER_LABEL));
  const dialog = createReport(emu);
  const texts = cellTexts(emu, TAB);
  const html = savedHtml(emu);

  test('creates the quarter tab', () => {
    expect(reportTabs(emu)).toEqual([TAB]);
  });

  test('tab states the cut-off', () => {
    expect(texts).toContain('(số liệu tính đến ngày 14/06/2026)');
  });

  test('tab lists the overdue tasks', () => {
    const overdueAt = texts.indexOf('1. Nhiệm vụ quá hạn');
    const limitationsEnd = texts.indexOf('2. Chỉ tiêu chưa đạt');
    const overdue = texts.slice(overdueAt, limitationsEnd);
    for (const code of ['1.4', '3.1', '4.1']) expect(overdue).toContain(code);
  });

  test('tab keeps task codes as text', () => {
    const cells = values(emu, TAB).flat();
    expect(cells).toContain('1.4');
    expect(cells).not.toContain(1.4);
  });

  test('tab has sections I to IV', () => {
    for (const heading of [
      'I- Kết quả',
      'II- Hạn chế, nguyên nhân',
      'III- Nhiệm vụ Quý III năm 2026',
      'IV- Kiến nghị',
    ])
      expect(texts).toContain(heading);
  });

  test('tab keeps typed difficulty as text', () => {
    expect(texts).toContain(TYPED_DIFFICULTY);
  });

  test('tab keeps typed proposal', () => {
    expect(texts).toContain(TYPED_PROPOSAL);
  });

  test('tab has no formulas', () => {
    const formulas = emu.ctx.counter.uncounted(() =>
      emu.workbook.getSheetByName(TAB).getDataRange().getFormulas(),
    );
    expect(formulas.flat().filter((f: string) => f !== '')).toEqual([]);
  });

  test('tab has two native charts', () => {
    const charts = emu.ctx.counter.uncounted(() =>
      emu.workbook.getSheetByName(TAB).getCharts(),
    );
    expect(charts).toHaveLength(2);
  });

  test('saves one PDF and one HTML', () => {
    expect(
      savedFiles(emu)
        .map(f => `${f.name} ${f.mimeType}`)
        .sort(),
    ).toEqual([
      'BC Quý II năm 2026.html text/html',
      'BC Quý II năm 2026.pdf application/pdf',
    ]);
  });

  test('files sit in the configured folder', () => {
    const folder = [...emu.emu.drive.folders.values()].find(
      f => f.name === 'Báo cáo NQ57',
    );
    expect(savedFiles(emu).map(f => f.parentId)).toEqual([
      folder?.id,
      folder?.id,
    ]);
  });

  test('HTML states the cut-off', () => {
    expect(html).toContain('số liệu tính đến ngày 14/06/2026');
  });

  test('HTML escapes typed text', () => {
    expect(html).toContain('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;');
    expect(html).not.toContain("<script>alert('x')");
    expect(html).toContain('&lt;b&gt;Đề nghị&lt;/b&gt;');
  });

  test('HTML carries the report number', () => {
    expect(html).toContain(`Số ${counterBefore}-BC/ĐU`);
  });

  test('counter advances by one', () => {
    expect(configValue(emu, COUNTER_LABEL)).toBe(counterBefore + 1);
  });

  test('dialog links the tab and the PDF', () => {
    const pdf = savedFiles(emu).find(f => f.name.endsWith('.pdf'));
    const gid = emu.ctx.counter.uncounted(() =>
      emu.workbook.getSheetByName(TAB).getSheetId(),
    );
    expect(dialog?.html).toContain(`#gid=${gid}`);
    expect(dialog?.html).toContain(
      `https://drive.google.com/file/d/${pdf?.id}/`,
    );
  });

  test('saves through Advanced Drive only', () => {
    const calls = emu.ctx.counter.byMethod();
    expect(calls['Drive.Files.create']).toBe(3);
    expect(Object.keys(calls).filter(k => k.startsWith('DriveApp'))).toEqual(
      [],
    );
  });
});

describe('report pressed twice', () => {
  const emu = setUp(at('2026-06-12', '15:00'));
  const counterBefore = Number(configValue(emu, COUNTER_LABEL));
  createReport(emu);
  const first = savedFiles(emu).map(f => f.id);
  const dialog = createReport(emu);

  test('keeps one tab', () => {
    expect(reportTabs(emu)).toEqual([TAB]);
  });

  test('keeps the same two files', () => {
    expect(savedFiles(emu).map(f => f.id)).toEqual(first);
  });

  test('counter advances once', () => {
    expect(configValue(emu, COUNTER_LABEL)).toBe(counterBefore + 1);
  });

  test('keeps the report number', () => {
    expect(savedHtml(emu)).toContain(`Số ${counterBefore}-BC/ĐU`);
  });

  test('dialog says updated', () => {
    expect(dialog?.html).toContain('Đã cập nhật báo cáo');
  });

  test('charts are not multiplied', () => {
    const charts = emu.ctx.counter.uncounted(() =>
      emu.workbook.getSheetByName(TAB).getCharts(),
    );
    expect(charts).toHaveLength(2);
  });
});

describe('report after a deleted PDF', () => {
  const emu = setUp(at('2026-06-12', '15:00'));
  createReport(emu);
  const pdf = savedFiles(emu).find(f => f.name.endsWith('.pdf'))!;
  emu.emu.drive.files.delete(pdf.id);
  createReport(emu);

  test('saves a new PDF', () => {
    const names = savedFiles(emu).map(f => f.name);
    expect(names.filter(n => n.endsWith('.pdf'))).toHaveLength(1);
  });
});

describe('report without Nhiệm vụ', () => {
  const emu = setUp(at('2026-06-12', '15:00'));
  emu.ctx.counter.uncounted(() =>
    emu.workbook.deleteSheet(emu.workbook.getSheetByName('Nhiệm vụ')),
  );
  emu.ui.queueResponse({button: 'OK'});
  createReport(emu);
  const alert = emu.ui.alerts[emu.ui.alerts.length - 1];

  test('names the missing tab', () => {
    expect(alert.prompt).toContain('Không tìm thấy tab "Nhiệm vụ"');
  });

  test('saves nothing', () => {
    expect(reportTabs(emu)).toEqual([]);
    expect(savedFiles(emu)).toEqual([]);
  });
});

describe('report tab protection', () => {
  const emu = setUp(at('2026-06-12', '15:00'));
  createReport(emu);
  const protections = emu.ctx.counter.uncounted(() =>
    emu.workbook.getSheetByName(TAB).getProtections('SHEET'),
  );

  test('protects the tab', () => {
    expect(protections).toHaveLength(1);
  });

  test('only warns before an edit', () => {
    const warning = emu.ctx.counter.uncounted(() =>
      protections[0].isWarningOnly(),
    );
    expect(warning).toBe(true);
  });
});

describe('report after a failed PDF conversion', () => {
  const emu = setUp(at('2026-06-12', '15:00'));
  const counterBefore = Number(configValue(emu, COUNTER_LABEL));
  const quota = emu.emu.env.pdfConversions;
  quota.consume(quota.remaining());
  emu.ui.queueResponse({button: 'OK'});
  createReport(emu);
  const failure = emu.ui.alerts[emu.ui.alerts.length - 1];
  emu.advanceTo(at('2026-06-13', '15:00'));
  const dialog = createReport(emu);

  test('alerts the conversion error', () => {
    expect(failure.prompt).toContain('document conversion');
  });

  test('retry keeps the reserved number', () => {
    expect(savedHtml(emu)).toContain(`Số ${counterBefore}-BC/ĐU`);
    expect(configValue(emu, COUNTER_LABEL)).toBe(counterBefore + 1);
  });

  test('retry reports a new report', () => {
    expect(dialog?.html).toContain('Đã tạo báo cáo');
  });
});

describe('report without the counter row', () => {
  const emu = setUp(at('2026-06-12', '15:00'));
  const row =
    values(emu, 'Cấu hình').findIndex(line => line[0] === COUNTER_LABEL) + 1;
  emu.ctx.counter.uncounted(() =>
    emu.workbook.getSheetByName('Cấu hình').deleteRow(row),
  );
  createReport(emu);

  test('still saves the report', () => {
    expect(reportTabs(emu)).toEqual([TAB]);
    expect(savedFiles(emu)).toHaveLength(2);
  });
});
