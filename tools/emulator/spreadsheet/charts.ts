// Embedded charts: stored with their type, source ranges, options and position. The emulator
// draws nothing; the xlsx export lists them.

import type {EmulatorContext} from '../context';
import type {GridRect} from './a1';
import type {SheetData} from './model';
import {counterOf} from './validation';

export const ChartType = {
  AREA: 'AREA',
  BAR: 'BAR',
  BUBBLE: 'BUBBLE',
  CANDLESTICK: 'CANDLESTICK',
  COLUMN: 'COLUMN',
  COMBO: 'COMBO',
  GAUGE: 'GAUGE',
  GEO: 'GEO',
  HISTOGRAM: 'HISTOGRAM',
  LINE: 'LINE',
  ORG: 'ORG',
  PIE: 'PIE',
  SCATTER: 'SCATTER',
  SPARKLINE: 'SPARKLINE',
  STEPPED_AREA: 'STEPPED_AREA',
  TABLE: 'TABLE',
  TIMELINE: 'TIMELINE',
  TREEMAP: 'TREEMAP',
  WATERFALL: 'WATERFALL',
} as const;

export interface ChartSource {
  sheet: SheetData;
  rect: GridRect;
}

export interface ChartPosition {
  row: number;
  col: number;
  offsetX: number;
  offsetY: number;
}

export interface ChartData {
  /** Set when the chart is inserted; 0 before. */
  id: number;
  type: string;
  sources: ChartSource[];
  options: Record<string, unknown>;
  position: ChartPosition;
}

export interface ChartRangeAdapter {
  toSource(range: unknown): ChartSource;
  toRange(source: ChartSource): unknown;
}

export function cloneChart(chart: ChartData): ChartData {
  return {
    id: chart.id,
    type: chart.type,
    sources: chart.sources.map(source => ({...source, rect: {...source.rect}})),
    options: {...chart.options},
    position: {...chart.position},
  };
}

export class EmbeddedChart {
  private readonly count;

  constructor(
    private readonly ctx: EmulatorContext,
    readonly data: ChartData,
    private readonly adapter: ChartRangeAdapter,
  ) {
    this.count = counterOf(ctx, 'EmbeddedChart');
  }

  getChartId(): number | null {
    this.count('getChartId');
    return this.data.id || null;
  }

  getRanges(): unknown[] {
    this.count('getRanges');
    return this.data.sources.map(source => this.adapter.toRange(source));
  }

  getOptions(): {get(key: string): unknown} {
    this.count('getOptions');
    const options = {...this.data.options};
    return {get: (key: string) => options[key] ?? null};
  }

  getContainerInfo(): object {
    this.count('getContainerInfo');
    const position = {...this.data.position};
    return {
      getAnchorRow: () => position.row,
      getAnchorColumn: () => position.col,
      getOffsetX: () => position.offsetX,
      getOffsetY: () => position.offsetY,
    };
  }

  modify(): EmbeddedChartBuilder {
    this.count('modify');
    return new EmbeddedChartBuilder(
      this.ctx,
      this.adapter,
      cloneChart(this.data),
    );
  }
}

export class EmbeddedChartBuilder {
  private readonly count;
  private readonly data: ChartData;

  constructor(
    private readonly ctx: EmulatorContext,
    private readonly adapter: ChartRangeAdapter,
    initial?: ChartData,
  ) {
    this.count = counterOf(ctx, 'EmbeddedChartBuilder');
    this.data = initial ?? {
      id: 0,
      type: ChartType.COLUMN,
      sources: [],
      options: {},
      position: {row: 1, col: 1, offsetX: 0, offsetY: 0},
    };
  }

  setChartType(type: string): this {
    this.count('setChartType');
    this.data.type = type;
    return this;
  }

  asPieChart(): this {
    this.count('asPieChart');
    this.data.type = ChartType.PIE;
    return this;
  }

  asBarChart(): this {
    this.count('asBarChart');
    this.data.type = ChartType.BAR;
    return this;
  }

  asColumnChart(): this {
    this.count('asColumnChart');
    this.data.type = ChartType.COLUMN;
    return this;
  }

  asLineChart(): this {
    this.count('asLineChart');
    this.data.type = ChartType.LINE;
    return this;
  }

  addRange(range: unknown): this {
    this.count('addRange');
    this.data.sources.push(this.adapter.toSource(range));
    return this;
  }

  clearRanges(): this {
    this.count('clearRanges');
    this.data.sources = [];
    return this;
  }

  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): this {
    this.count('setPosition');
    this.data.position = {
      row: anchorRowPos,
      col: anchorColPos,
      offsetX,
      offsetY,
    };
    return this;
  }

  setOption(option: string, value: unknown): this {
    this.count('setOption');
    this.data.options[option] = value;
    return this;
  }

  getChartType(): string {
    this.count('getChartType');
    return this.data.type;
  }

  getRanges(): unknown[] {
    this.count('getRanges');
    return this.data.sources.map(source => this.adapter.toRange(source));
  }

  build(): EmbeddedChart {
    this.count('build');
    return new EmbeddedChart(this.ctx, cloneChart(this.data), this.adapter);
  }
}
