// Copying a whole emulated spreadsheet, as "Make a copy" does: tabs with contents, formats,
// merges, rules, charts, protections and named ranges. Triggers are not part of it.

import type {EmuSpreadsheet} from './spreadsheet';
import {SheetData} from './model';

function copyLayout(from: SheetData, to: SheetData): void {
  to.maxRows = from.maxRows;
  to.maxColumns = from.maxColumns;
  to.frozenRows = from.frozenRows;
  to.frozenColumns = from.frozenColumns;
  to.tabColor = from.tabColor;
  to.hidden = from.hidden;
  to.meta = from.meta.map(cells =>
    (cells ?? []).map(meta => (meta ? {...meta} : undefined)),
  );
  to.columnWidths = [...from.columnWidths];
  to.rowHeights = [...from.rowHeights];
  to.hiddenColumns = [...from.hiddenColumns];
  to.hiddenRows = [...from.hiddenRows];
  to.merges = from.merges.map(rect => ({...rect}));
}

export function copySpreadsheet(
  source: EmuSpreadsheet,
  target: EmuSpreadsheet,
): void {
  const from = source.emuState;
  const to = target.emuState;
  const placeholder = to.sheets[0];

  const pairs = new Map<SheetData, SheetData>();
  from.sheets.forEach((sheet, index) => {
    pairs.set(sheet, target.emuAddSheet(sheet.name, index));
  });
  to.engine.removeSheet(placeholder.engineId);
  to.sheets = to.sheets.filter(sheet => sheet !== placeholder);

  const mapped = (sheet: unknown) =>
    pairs.get(sheet as SheetData) ?? (sheet as SheetData);
  for (const [original, copy] of pairs) {
    copyLayout(original, copy);
    const contents = from.engine.serialized(original.engineId);
    if (contents.length > 0)
      to.engine.setContents(copy.engineId, 0, 0, contents);
    copy.conditionalRules = original.conditionalRules.map(rule => ({
      ...rule,
      values: [...rule.values],
      style: {...rule.style},
      rects: rule.rects.map(rect => ({...rect})),
      sheet: mapped(rule.sheet),
    }));
    copy.charts = original.charts.map(chart => ({
      ...chart,
      options: {...chart.options},
      position: {...chart.position},
      sources: chart.sources.map(s => ({
        sheet: mapped(s.sheet),
        rect: {...s.rect},
      })),
    }));
  }

  to.protections = from.protections.map(protection => ({
    ...protection,
    sheet: mapped(protection.sheet),
    rect: protection.rect ? {...protection.rect} : null,
    editors: protection.editors ? new Set(protection.editors) : null,
    unprotected: protection.unprotected.map(rect => ({...rect})),
  }));
  to.nextProtectionId = from.nextProtectionId;
  to.nextChartId = from.nextChartId;
  to.editors = [...from.editors];
  to.timeZone = from.timeZone;
  to.locale = from.locale;

  for (const {name, reference} of source.emuNamedRanges) {
    if (reference) target.emuState.engine.addNamedRange(name, reference);
    if (reference) target.emuRegisterName(name);
  }

  to.engine.recalculate();
}
