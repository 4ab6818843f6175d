// The SpreadsheetApp global and the Charts global of the emulator.

import type {EmulatorContext} from '../context';
import {ChartType} from './charts';
import {
  BooleanCriteria,
  ConditionalFormatRuleBuilder,
} from './conditional-format';
import {Exception} from './errors';
import {ProtectionType} from './protection';
import {Range} from './range';
import {BorderStyle, WrapStrategy} from './range-format';
import {EmuSpreadsheet} from './spreadsheet';
import {DataValidationBuilder, DataValidationCriteria} from './validation';

export interface SpreadsheetHooks {
  /**
   * Returns the Ui object of the other half of the emulator. SpreadsheetApp.getUi() throws
   * instead when a time-driven or installable trigger is running.
   */
  getUi(): object;
  /**
   * Returns the email the running script acts as (Session.getEffectiveUser), or null when
   * unknown. Optional: without it, only menu runs are checked against protections.
   */
  effectiveUser?(): string | null;
}

const UI_CONTEXT_ERROR =
  'Cannot call SpreadsheetApp.getUi() from this context.';

export const Dimension = {COLUMNS: 'COLUMNS', ROWS: 'ROWS'} as const;

export function buildSpreadsheetApp(
  ctx: EmulatorContext,
  hooks: SpreadsheetHooks,
  workbook: EmuSpreadsheet,
): object {
  const count = (method: string) =>
    ctx.counter.record(`SpreadsheetApp.${method}`);
  const describeRange = (range: unknown) => {
    if (!(range instanceof Range))
      throw new Exception('Invalid argument: range');
    return {sheetName: range.emuSheet.name, rect: {...range.emuRect}, range};
  };
  const rangeAdapter = {
    toRect: (range: unknown) => {
      const located = describeRange(range);
      return {sheet: (range as Range).emuSheet, rect: located.rect};
    },
    toRange: (
      sheet: unknown,
      rect: {row: number; col: number; numRows: number; numCols: number},
    ) =>
      workbook.emuState.wrapRange(
        (sheet as Range['emuSheet'] | null) ?? workbook.emuState.active(),
        rect,
      ),
  };
  return {
    ProtectionType,
    DataValidationCriteria,
    WrapStrategy,
    BorderStyle,
    BooleanCriteria,
    Dimension,
    getActiveSpreadsheet() {
      count('getActiveSpreadsheet');
      return workbook;
    },
    getActive() {
      count('getActive');
      return workbook;
    },
    getActiveSheet() {
      count('getActiveSheet');
      return workbook.emuState.wrapSheet(workbook.emuState.active());
    },
    getActiveRange() {
      count('getActiveRange');
      return ctx.counter.uncounted(() => workbook.getActiveRange());
    },
    setActiveSheet(sheet: {activate(): unknown}) {
      count('setActiveSheet');
      ctx.counter.uncounted(() => sheet.activate());
      return sheet;
    },
    getUi() {
      count('getUi');
      const kind = ctx.execution?.kind;
      if (kind === 'timeTrigger' || kind === 'installableTrigger') {
        throw new Exception(UI_CONTEXT_ERROR);
      }
      return hooks.getUi();
    },
    /** Writes are applied at once in the emulator, so flush has nothing to wait for. */
    flush() {
      count('flush');
    },
    newDataValidation() {
      count('newDataValidation');
      return new DataValidationBuilder(ctx, undefined, describeRange);
    },
    newConditionalFormatRule() {
      count('newConditionalFormatRule');
      return new ConditionalFormatRuleBuilder(ctx, rangeAdapter);
    },
    openById(id: string) {
      count('openById');
      if (id !== workbook.emuState.id) {
        // NOTE: Apps Script's text for an unknown or inaccessible id is unverified.
        throw new Exception(
          'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
        );
      }
      return workbook;
    },
    openByUrl(url: string) {
      count('openByUrl');
      if (!url.includes(workbook.emuState.id)) {
        throw new Exception(
          'Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.',
        );
      }
      return workbook;
    },
  };
}

/** Builds the Charts global with the ChartType enum; charts are built from Sheet.newChart(). */
export function buildCharts(ctx: EmulatorContext): object {
  void ctx;
  return {ChartType};
}
