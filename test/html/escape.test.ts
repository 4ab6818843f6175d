import {
  escapeHtml,
  safeHtml,
  joinHtml,
  jsonForScript,
  raw,
  safeUrl,
} from '../../src/html/escape';

describe('escapeHtml', () => {
  test.each([
    ['<script>', '&lt;script&gt;'],
    ['"', '&quot;'],
    ["'", '&#39;'],
    ['&', '&amp;'],
    ['&amp;', '&amp;amp;'],
    ['Văn phòng Đảng ủy', 'Văn phòng Đảng ủy'],
  ])('escapes %s', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  test('normalises decomposed Vietnamese to NFC', () => {
    const decomposed = 'Đảng ủy'.normalize('NFD');
    expect(escapeHtml(decomposed)).toBe('Đảng ủy'.normalize('NFC'));
  });
});

describe('safeHtml tag', () => {
  test('escapes interpolated strings', () => {
    const value = '<b onclick="x()">Hà & Nội</b>';
    expect(safeHtml`<p>${value}</p>`.markup).toBe(
      '<p>&lt;b onclick=&quot;x()&quot;&gt;Hà &amp; Nội&lt;/b&gt;</p>',
    );
  });

  test('escapes inside attribute values', () => {
    const title = 'a" onmouseover="alert(1)';
    expect(safeHtml`<td title="${title}"></td>`.markup).toBe(
      '<td title="a&quot; onmouseover=&quot;alert(1)"></td>',
    );
  });

  test('keeps nested SafeHtml as is', () => {
    const inner = safeHtml`<i>${'<x>'}</i>`;
    expect(safeHtml`<p>${inner}</p>`.markup).toBe('<p><i>&lt;x&gt;</i></p>');
  });

  test('keeps raw markup as is', () => {
    expect(safeHtml`${raw('<br>')}`.markup).toBe('<br>');
  });

  test('joins arrays and escapes each item', () => {
    expect(safeHtml`${['<a>', raw('<b>'), 3]}`.markup).toBe('&lt;a&gt;<b>3');
  });

  test.each([null, undefined, false])('renders %s as nothing', value => {
    expect(safeHtml`[${value}]`.markup).toBe('[]');
  });

  test('joinHtml escapes strings', () => {
    expect(joinHtml(['<', raw('<br>')], ' ').markup).toBe('&lt; <br>');
  });
});

describe('safeUrl', () => {
  test.each([
    [
      'https://docs.google.com/spreadsheets/d/x',
      'https://docs.google.com/spreadsheets/d/x',
    ],
    ['  http://example.org/a  ', 'http://example.org/a'],
    ['javascript:alert(1)', '#'],
    ['data:text/html,<script>', '#'],
    ['https://a.example/"onclick', '#'],
    ['', '#'],
  ])('maps %s', (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });
});

describe('jsonForScript', () => {
  test('cannot close a script block', () => {
    const markup = jsonForScript({
      text: '</script><script>alert(1)</script>',
    }).markup;
    expect(markup).not.toContain('</script');
  });

  test('round-trips through JSON.parse', () => {
    const value = {text: '</script> & <!-- \u2028 Đảng ủy', n: [1, 2]};
    expect(JSON.parse(jsonForScript(value).markup)).toEqual(value);
  });

  test('escapes line separators', () => {
    expect(jsonForScript('\u2028\u2029').markup).toBe('"\\u2028\\u2029"');
  });
});
