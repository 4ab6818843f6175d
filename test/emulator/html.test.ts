// HtmlService: outputs, files, template scriptlets and escaping, PDF conversion quota.

import {makeEmulator, servicesOf} from './helpers';

function html() {
  const emulator = makeEmulator();
  return {emulator, HtmlService: servicesOf(emulator).HtmlService};
}

describe('HtmlOutput', () => {
  test('setters and content', () => {
    const {HtmlService} = html();
    const output = HtmlService.createHtmlOutput('<p>a</p>')
      .setTitle('Tiêu đề')
      .setWidth(400)
      .setHeight(300);
    output.append('<b>b</b>').appendUntrusted('<i>c</i>');
    expect(output.getTitle()).toBe('Tiêu đề');
    expect(output.getWidth()).toBe(400);
    expect(output.getHeight()).toBe(300);
    expect(output.getContent()).toBe('<p>a</p><b>b</b>&lt;i&gt;c&lt;/i&gt;');
  });

  test('chains the mode setters', () => {
    const {HtmlService} = html();
    const output = HtmlService.createHtmlOutput('x');
    expect(output.setSandboxMode(HtmlService.SandboxMode.IFRAME)).toBe(output);
    expect(
      output.setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL),
    ).toBe(output);
    output.addMetaTag('viewport', 'width=device-width');
    expect(output.getMetaTags()).toEqual([
      {name: 'viewport', content: 'width=device-width'},
    ]);
  });

  test('from file', () => {
    const {HtmlService} = html();
    expect(
      HtmlService.createHtmlOutputFromFile('greeting').getContent(),
    ).toContain('Xin chào');
  });

  test('missing file', () => {
    const {HtmlService} = html();
    expect(() => HtmlService.createHtmlOutputFromFile('none')).toThrow(
      'No HTML file named none was found.',
    );
  });

  test('pdf is a valid document', () => {
    const {HtmlService} = html();
    const pdf = HtmlService.createHtmlOutput(
      '<h1>Báo cáo quý II</h1><p>Đảng ủy xã</p>',
    )
      .setTitle('BC')
      .getAs('application/pdf');
    const text = Buffer.from(
      pdf.getBytes().map((b: number) => b & 0xff),
    ).toString('latin1');
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(text).toContain('(Bao cao quy II)');
    const xref = Number(/startxref\n(\d+)/.exec(text)![1]);
    expect(text.slice(xref, xref + 4)).toBe('xref');
    expect(pdf.getName()).toBe('BC.pdf');
  });

  test('pdf conversions limited per day', () => {
    const {emulator, HtmlService} = html();
    emulator.emu.env.pdfConversions.consume(2000);
    expect(() =>
      HtmlService.createHtmlOutput('x').getAs('application/pdf'),
    ).toThrow('Service invoked too many times for one day');
  });
});

describe('HtmlTemplate', () => {
  test('escapes printed values', () => {
    const {HtmlService} = html();
    const template = HtmlService.createTemplate('<p><?= text ?></p>');
    template.text = '<script>alert("x")</script> & \'y\'';
    expect(template.evaluate().getContent()).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p>',
    );
  });

  test('raw print is not escaped', () => {
    const {HtmlService} = html();
    const template = HtmlService.createTemplate('<?!= markup ?>');
    template.markup = '<b>đậm</b>';
    expect(template.evaluate().getContent()).toBe('<b>đậm</b>');
  });

  test('code scriptlets loop', () => {
    const {HtmlService} = html();
    const template = HtmlService.createTemplate(
      '<ul><? rows.forEach(function (r) { ?><li><?= r ?></li><? }) ?></ul>',
    );
    template.rows = ['a', 'b'];
    expect(template.evaluate().getContent()).toBe(
      '<ul><li>a</li><li>b</li></ul>',
    );
  });

  test('null prints nothing', () => {
    const {HtmlService} = html();
    const template = HtmlService.createTemplate('[<?= missing ?>]');
    template.missing = null;
    expect(template.evaluate().getContent()).toBe('[]');
  });

  test('output.append in scriptlet', () => {
    const {HtmlService} = html();
    expect(
      HtmlService.createTemplate(
        '<? output.append("<hr>"); output.appendUntrusted("<x>") ?>',
      )
        .evaluate()
        .getContent(),
    ).toBe('<hr>&lt;x&gt;');
  });

  test('counts evaluate', () => {
    const {emulator, HtmlService} = html();
    HtmlService.createTemplate('x').evaluate();
    expect(emulator.ctx.counter.byMethod()['HtmlTemplate.evaluate']).toBe(1);
  });
});
