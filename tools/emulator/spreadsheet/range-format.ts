// The formatting half of Range: colours, fonts, alignment, wrapping, notes and borders.

import {BorderData, CellMeta} from './model';
import {RangeValues} from './range-values';

export const WrapStrategy = {
  WRAP: 'WRAP',
  OVERFLOW: 'OVERFLOW',
  CLIP: 'CLIP',
} as const;

export const BorderStyle = {
  DOTTED: 'DOTTED',
  DASHED: 'DASHED',
  SOLID: 'SOLID',
  SOLID_MEDIUM: 'SOLID_MEDIUM',
  SOLID_THICK: 'SOLID_THICK',
  DOUBLE: 'DOUBLE',
} as const;

/** Defaults the getters return for a cell without the attribute, as Sheets reports them. */
const DEFAULTS: Partial<Record<keyof CellMeta, unknown>> = {
  background: '#ffffff',
  fontWeight: 'normal',
  fontColor: '#000000',
  fontFamily: 'Arial',
  fontSize: 10,
  fontStyle: 'normal',
  fontLine: 'none',
  wrap: true,
  wrapStrategy: WrapStrategy.OVERFLOW,
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  note: '',
};

type Attribute = Exclude<
  keyof CellMeta,
  'validation' | 'border' | 'numberFormat'
>;

export class RangeFormats extends RangeValues {
  private setAll(method: string, key: Attribute, value: unknown): this {
    this.count(method);
    this.guard();
    this.cells((row, col) => {
      const meta = this.emuSheet.metaFor(row, col) as Record<string, unknown>;
      if (value === null || value === undefined) delete meta[key];
      else meta[key] = value;
    });
    return this;
  }

  private setEach(method: string, key: Attribute, values: unknown[][]): this {
    const rows = this.checkShape(method, values);
    this.count(method);
    this.guard();
    const {row: top, col: left} = this.emuRect;
    this.cells((row, col) => {
      const meta = this.emuSheet.metaFor(row, col) as Record<string, unknown>;
      const value = rows[row - top][col - left];
      if (value === null || value === undefined) delete meta[key];
      else meta[key] = value;
    });
    return this;
  }

  private attributeAt(key: Attribute, row: number, col: number): unknown {
    return this.emuSheet.metaAt(row, col)?.[key] ?? DEFAULTS[key];
  }

  private getOne(method: string, key: Attribute): unknown {
    this.count(method);
    return this.attributeAt(key, this.emuRect.row, this.emuRect.col);
  }

  private getEach(method: string, key: Attribute): unknown[][] {
    this.count(method);
    return this.cells((row, col) => this.attributeAt(key, row, col));
  }

  setBackground(color: string | null): this {
    return this.setAll('setBackground', 'background', color);
  }

  setBackgrounds(colors: (string | null)[][]): this {
    return this.setEach('setBackgrounds', 'background', colors);
  }

  getBackground(): string {
    return this.getOne('getBackground', 'background') as string;
  }

  getBackgrounds(): string[][] {
    return this.getEach('getBackgrounds', 'background') as string[][];
  }

  setFontWeight(weight: string | null): this {
    return this.setAll('setFontWeight', 'fontWeight', weight);
  }

  setFontWeights(weights: (string | null)[][]): this {
    return this.setEach('setFontWeights', 'fontWeight', weights);
  }

  getFontWeight(): string {
    return this.getOne('getFontWeight', 'fontWeight') as string;
  }

  getFontWeights(): string[][] {
    return this.getEach('getFontWeights', 'fontWeight') as string[][];
  }

  setFontColor(color: string | null): this {
    return this.setAll('setFontColor', 'fontColor', color);
  }

  setFontColors(colors: (string | null)[][]): this {
    return this.setEach('setFontColors', 'fontColor', colors);
  }

  getFontColor(): string {
    return this.getOne('getFontColor', 'fontColor') as string;
  }

  getFontColors(): string[][] {
    return this.getEach('getFontColors', 'fontColor') as string[][];
  }

  setFontFamily(family: string | null): this {
    return this.setAll('setFontFamily', 'fontFamily', family);
  }

  getFontFamily(): string {
    return this.getOne('getFontFamily', 'fontFamily') as string;
  }

  setFontSize(size: number): this {
    return this.setAll('setFontSize', 'fontSize', size);
  }

  getFontSize(): number {
    return this.getOne('getFontSize', 'fontSize') as number;
  }

  setFontStyle(style: string | null): this {
    return this.setAll('setFontStyle', 'fontStyle', style);
  }

  getFontStyle(): string {
    return this.getOne('getFontStyle', 'fontStyle') as string;
  }

  setFontLine(line: string | null): this {
    return this.setAll('setFontLine', 'fontLine', line);
  }

  setWrap(wrap: boolean): this {
    return this.setAll('setWrap', 'wrap', wrap);
  }

  getWrap(): boolean {
    return this.getOne('getWrap', 'wrap') as boolean;
  }

  setWrapStrategy(strategy: string): this {
    return this.setAll('setWrapStrategy', 'wrapStrategy', strategy);
  }

  getWrapStrategy(): string {
    return this.getOne('getWrapStrategy', 'wrapStrategy') as string;
  }

  setHorizontalAlignment(alignment: string | null): this {
    return this.setAll(
      'setHorizontalAlignment',
      'horizontalAlignment',
      alignment,
    );
  }

  getHorizontalAlignment(): string {
    return this.getOne(
      'getHorizontalAlignment',
      'horizontalAlignment',
    ) as string;
  }

  setVerticalAlignment(alignment: string | null): this {
    return this.setAll('setVerticalAlignment', 'verticalAlignment', alignment);
  }

  getVerticalAlignment(): string {
    return this.getOne('getVerticalAlignment', 'verticalAlignment') as string;
  }

  setNote(note: string | null): this {
    return this.setAll('setNote', 'note', note === '' ? null : note);
  }

  setNotes(notes: (string | null)[][]): this {
    // An empty note removes the note, as setNote('') does.
    const emptyToNull = (note: string | null) => (note === '' ? null : note);
    const cleaned = (notes ?? []).map(row => {
      if (!Array.isArray(row)) return row;
      return row.map(emptyToNull);
    });
    return this.setEach('setNotes', 'note', cleaned);
  }

  getNote(): string {
    return this.getOne('getNote', 'note') as string;
  }

  getNotes(): string[][] {
    return this.getEach('getNotes', 'note') as string[][];
  }

  setFontFamilies(families: (string | null)[][]): this {
    return this.setEach('setFontFamilies', 'fontFamily', families);
  }

  setFontSizes(sizes: (number | null)[][]): this {
    return this.setEach('setFontSizes', 'fontSize', sizes);
  }

  getFontSizes(): number[][] {
    return this.getEach('getFontSizes', 'fontSize') as number[][];
  }

  setFontStyles(styles: (string | null)[][]): this {
    return this.setEach('setFontStyles', 'fontStyle', styles);
  }

  setFontLines(lines: (string | null)[][]): this {
    return this.setEach('setFontLines', 'fontLine', lines);
  }

  setHorizontalAlignments(alignments: (string | null)[][]): this {
    return this.setEach(
      'setHorizontalAlignments',
      'horizontalAlignment',
      alignments,
    );
  }

  getHorizontalAlignments(): string[][] {
    return this.getEach(
      'getHorizontalAlignments',
      'horizontalAlignment',
    ) as string[][];
  }

  setVerticalAlignments(alignments: (string | null)[][]): this {
    return this.setEach(
      'setVerticalAlignments',
      'verticalAlignment',
      alignments,
    );
  }

  setWraps(wraps: (boolean | null)[][]): this {
    return this.setEach('setWraps', 'wrap', wraps);
  }

  getWraps(): boolean[][] {
    return this.getEach('getWraps', 'wrap') as boolean[][];
  }

  setWrapStrategies(strategies: (string | null)[][]): this {
    return this.setEach('setWrapStrategies', 'wrapStrategy', strategies);
  }

  /** Sets borders; null leaves a side unchanged and false removes it, as in Apps Script. */
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color: string | null = null,
    style: string | null = null,
  ): this {
    this.count('setBorder');
    this.guard();
    const {row: top0, col: left0, numRows, numCols} = this.emuRect;
    const lastRow = top0 + numRows - 1;
    const lastCol = left0 + numCols - 1;
    this.cells((row, col) => {
      const meta = this.emuSheet.metaFor(row, col);
      const border: BorderData = meta.border ?? {
        top: false,
        left: false,
        bottom: false,
        right: false,
        color: null,
        style: null,
      };
      const sides = {
        top: row === top0 ? top : horizontal,
        bottom: row === lastRow ? bottom : horizontal,
        left: col === left0 ? left : vertical,
        right: col === lastCol ? right : vertical,
      };
      for (const [side, value] of Object.entries(sides)) {
        if (value !== null) border[side as keyof typeof sides] = value;
      }
      if (color !== null) border.color = color;
      if (style !== null) border.style = style;
      meta.border = border;
    });
    return this;
  }
}
