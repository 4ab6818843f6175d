import {barChart} from '../../../src/html/report/charts';
import {nestingError, tagCount, visibleText} from '../checks';
import {HOSTILE} from '../fixtures';

const series = {
  title: 'Tình hình thực hiện nhiệm vụ',
  points: [
    {key: 'doneOnTime', label: 'Hoàn thành đúng hạn', value: 4},
    {key: 'overdue', label: 'Quá hạn', value: 8},
    {key: 'other', label: HOSTILE, value: 0},
  ],
};

describe('barChart', () => {
  const svg = barChart(series).markup;

  test('is well-formed', () => {
    expect(nestingError(svg)).toBeNull();
  });

  test('draws one bar per point', () => {
    expect(tagCount(svg, 'rect')).toBe(3);
  });

  test('labels each bar with its value', () => {
    const text = visibleText(svg);
    expect(text).toContain('Hoàn thành đúng hạn 4');
    expect(text).toContain('Quá hạn 8');
  });

  test('escapes labels', () => {
    expect(svg).not.toContain('<script>');
    expect(visibleText(svg)).toContain(HOSTILE);
  });

  test('scales the longest bar to full width', () => {
    const widths = [...svg.matchAll(/<rect [^>]*\swidth="([\d.]+)"/g)].map(m =>
      Number(m[1]),
    );
    expect(widths[1]).toBe(290);
    expect(widths[0]).toBe(145);
    expect(widths[2]).toBe(0);
  });

  test('draws an empty series without NaN', () => {
    const empty = barChart({
      title: 'Trống',
      points: [{key: 'met', label: 'Đạt', value: 0}],
    }).markup;
    expect(empty).not.toContain('NaN');
  });

  test('has a title for screen readers', () => {
    expect(svg).toContain('<title>Tình hình thực hiện nhiệm vụ</title>');
  });
});
