// Horizontal bar charts for the report, as inline SVG. Each bar carries its
// label and value as text, so the chart reads the same in black and white.
// NOTE: whether HtmlService's PDF conversion draws inline SVG is unverified
// (Chromium does). Section I also states every count in its text.
import type {ChartSeries} from '../../core/report-model';
import {SafeHtml} from '../escape';
import {coordinate, svg} from './svg';

const WIDTH = 600;
const TITLE_HEIGHT = 28;
const ROW_HEIGHT = 30;
const BAR_HEIGHT = 18;
const LABEL_WIDTH = 250;
const VALUE_WIDTH = 60;
const FONT_FAMILY =
  "'Times New Roman', 'Liberation Serif', Tinos, 'Noto Serif', 'DejaVu Serif', serif";

/** Fill colours by chart point key; unknown keys get grey. */
const FILLS: Record<string, string> = {
  doneOnTime: '#2e7d32',
  doneLate: '#9e7700',
  onTrack: '#1565c0',
  dueSoon: '#ef6c00',
  overdue: '#c62828',
  ongoing: '#6a1b9a',
  undated: '#757575',
  met: '#2e7d32',
  notMet: '#ef6c00',
  missed: '#c62828',
  noValue: '#757575',
};

/** Renders a series as a bar chart with a title, one labelled bar per point. */
export function barChart(series: ChartSeries): SafeHtml {
  const max = Math.max(1, ...series.points.map(point => point.value));
  const barSpace = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = TITLE_HEIGHT + series.points.length * ROW_HEIGHT + 8;
  const text = {'font-family': FONT_FAMILY, 'font-size': 14, fill: '#000000'};

  const rows = series.points.map((point, i) => {
    const y = TITLE_HEIGHT + i * ROW_HEIGHT;
    const barWidth = coordinate((point.value / max) * barSpace);
    const middle = y + BAR_HEIGHT / 2 + 5;
    return svg(
      'g',
      {},
      svg(
        'text',
        {...text, x: LABEL_WIDTH - 8, y: middle, 'text-anchor': 'end'},
        point.label,
      ),
      svg('rect', {
        x: LABEL_WIDTH,
        y,
        width: barWidth,
        height: BAR_HEIGHT,
        fill: FILLS[point.key] ?? '#757575',
        stroke: '#000000',
        'stroke-width': 0.5,
      }),
      svg(
        'text',
        {
          ...text,
          x: LABEL_WIDTH + barWidth + 6,
          y: middle,
          'font-weight': 'bold',
        },
        String(point.value),
      ),
    );
  });

  return svg(
    'svg',
    {
      width: WIDTH,
      height,
      viewBox: `0 0 ${WIDTH} ${height}`,
      role: 'img',
      'aria-label': series.title,
    },
    svg('title', {}, series.title),
    svg(
      'text',
      {
        ...text,
        x: WIDTH / 2,
        y: 18,
        'text-anchor': 'middle',
        'font-weight': 'bold',
      },
      series.title,
    ),
    svg('line', {
      x1: LABEL_WIDTH,
      y1: TITLE_HEIGHT - 4,
      x2: LABEL_WIDTH,
      y2: height - 4,
      stroke: '#000000',
      'stroke-width': 1,
    }),
    ...rows,
  );
}
