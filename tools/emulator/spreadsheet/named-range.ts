// Named ranges. The formula engine stores them, so formulas can use the names and the engine
// moves them when rows, columns or tabs change. This class reads them back.

import type {EmulatorContext} from '../context';
import {GridRect, parseA1, quoteSheetName, rectA1, toRect} from './a1';
import {Exception, MESSAGES} from './errors';
import {SheetData} from './model';
import {counterOf} from './validation';

export interface NamedRangeHost {
  /** Returns the engine's current reference text for a name, e.g. 'Tab'!$A$1:$B$2. */
  referenceOf(name: string): string | null;
  sheetByName(name: string): SheetData | null;
  rename(oldName: string, newName: string): void;
  setReference(name: string, reference: string): void;
  remove(name: string): void;
  toRange(sheet: SheetData, rect: GridRect): unknown;
}

/** Builds the absolute reference text the engine stores for a range. */
export function absoluteReference(sheetName: string, rect: GridRect): string {
  const a1 = rectA1(rect)
    .split(':')
    .map(cell => cell.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'))
    .join(':');
  return `${quoteSheetName(sheetName)}!${a1}`;
}

/** Resolves a reference text to its sheet and rectangle; null after its cells were deleted. */
export function resolveReference(
  host: Pick<NamedRangeHost, 'sheetByName'>,
  reference: string,
): {sheet: SheetData; rect: GridRect} | null {
  const ref = parseA1(reference.replace(/^=/, ''));
  const sheet = ref?.sheetName ? host.sheetByName(ref.sheetName) : null;
  if (!ref || !sheet) return null;
  return {sheet, rect: toRect(ref, sheet.maxRows, sheet.maxColumns)};
}

export class NamedRange {
  private readonly count;

  constructor(
    ctx: EmulatorContext,
    private name: string,
    private readonly host: NamedRangeHost,
  ) {
    this.count = counterOf(ctx, 'NamedRange');
  }

  getName(): string {
    this.count('getName');
    return this.name;
  }

  setName(name: string): this {
    this.count('setName');
    this.host.rename(this.name, name);
    this.name = name;
    return this;
  }

  getRange(): unknown {
    this.count('getRange');
    const reference = this.host.referenceOf(this.name);
    const resolved = reference ? resolveReference(this.host, reference) : null;
    if (!resolved) throw new Exception(MESSAGES.rangeNotFound);
    return this.host.toRange(resolved.sheet, resolved.rect);
  }

  setRange(range: {emuSheet: SheetData; emuRect: GridRect}): this {
    this.count('setRange');
    this.host.setReference(
      this.name,
      absoluteReference(range.emuSheet.name, range.emuRect),
    );
    return this;
  }

  remove(): void {
    this.count('remove');
    this.host.remove(this.name);
  }
}
