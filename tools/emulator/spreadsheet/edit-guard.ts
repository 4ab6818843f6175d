// Protection of ranges against scripts: a script runs as a person, and Apps Script rejects its
// writes to cells that person may not edit, as the Sheets UI would.

import {GridRect, rectContains, rectsIntersect} from './a1';
import {Exception} from './errors';
import {mapCells} from './grid';
import {SheetData} from './model';
import {ProtectionData, protectionAllows} from './protection';
import {WorkbookState} from './state';

// The Sheets API returns this text for writes to protected cells, and the Sheets UI shows it.
// NOTE: that Apps Script throws the same text is assumed.
export const PROTECTED_EDIT =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

function covers(protection: ProtectionData, rect: GridRect): boolean {
  if (protection.rect) return rectsIntersect(protection.rect, rect);
  if (protection.unprotected.length === 0) return true;
  return mapCells(rect, (row, col) =>
    protection.unprotected.every(open => !rectContains(open, row, col)),
  ).some(cells => cells.some(Boolean));
}

/** Throws when the script's user may not edit `rect`; warning-only protections let it pass. */
export function guardScriptEdit(
  state: WorkbookState,
  sheet: SheetData,
  rect: GridRect | null,
): void {
  const user = state.scriptUser();
  const host = state.protectionHost;
  if (!user || !host) return;
  for (const protection of state.protections) {
    if (protection.sheet !== sheet || protection.warningOnly) continue;
    const hit = rect ? covers(protection, rect) : protection.rect === null;
    if (hit && !protectionAllows(protection, host, user)) {
      throw new Exception(PROTECTED_EDIT);
    }
  }
}
