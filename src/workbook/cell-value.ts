// Values the workbook layer asks the edge to write. Dates stay civil dates here; the edge turns
// them into the Date objects Apps Script expects, in the spreadsheet's time zone.
import {CivilDate} from '../core/model';

export interface CivilDateValue {
  civilDate: CivilDate;
}

export interface InstantValue {
  instant: number;
}

/** A string starting with "=" is written as a formula, as Range.setValues does. */
export type CellValue =
  string | number | boolean | CivilDateValue | InstantValue;

export const dateValue = (date: CivilDate | null): CellValue =>
  date === null ? '' : {civilDate: date};

export const instantValue = (instant: number | null): CellValue =>
  instant === null ? '' : {instant};

export function isCivilDateValue(value: unknown): value is CivilDateValue {
  return typeof value === 'object' && value !== null && 'civilDate' in value;
}

export function isInstantValue(value: unknown): value is InstantValue {
  return typeof value === 'object' && value !== null && 'instant' in value;
}
