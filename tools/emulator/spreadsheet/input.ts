// Reading of typed text as Sheets does in the vi_VN locale: numbers with a decimal comma,
// dd/mm/yyyy dates, percentages, TRUE/FALSE and formulas.

import {serialFromWallTime} from './time-zone';

export type ParsedInput =
  | {kind: 'empty'}
  | {kind: 'formula'; formula: string}
  | {kind: 'value'; value: number | boolean | string; format?: string};

const INTEGER = /^[+-]?\d+$/;
const VI_DECIMAL = /^[+-]?\d+,\d+$/;
const VI_GROUPED = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;
const PERCENT = /^([+-]?\d+(?:,\d+)?)\s*%$/;
const VI_DATE =
  /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

function viNumber(text: string): number {
  return Number(text.replace(/\./g, '').replace(',', '.'));
}

function dateSerial(
  year: number,
  month: number,
  day: number,
  time: (string | undefined)[],
): number | null {
  const [hours, minutes, seconds] = time.map(part => Number(part ?? 0));
  if (month < 1 || month > 12 || day < 1 || hours > 23 || minutes > 59) {
    return null;
  }
  const wall = Date.UTC(year, month - 1, day, hours, minutes, seconds);
  if (new Date(wall).getUTCDate() !== day) return null;
  return serialFromWallTime(wall);
}

/** Reads "14:00" or "8:05:30" as a time of day: a fraction of a day with a time format. */
function parseTime(text: string): ParsedInput | null {
  const match = TIME.exec(text);
  if (!match) return null;
  const [hours, minutes, seconds] = [match[1], match[2], match[3]].map(part =>
    Number(part ?? 0),
  );
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const value = (hours * 3600 + minutes * 60 + seconds) / 86_400;
  const format = match[3] === undefined ? 'hh:mm' : 'hh:mm:ss';
  return {kind: 'value', value, format};
}

function parseDate(text: string): ParsedInput | null {
  const vi = VI_DATE.exec(text);
  const iso = vi ? null : ISO_DATE.exec(text);
  if (!vi && !iso) return null;
  const [year, month, day] = vi
    ? [Number(vi[3]), Number(vi[2]), Number(vi[1])]
    : [Number(iso![1]), Number(iso![2]), Number(iso![3])];
  const match = (vi ?? iso) as RegExpExecArray;
  const time = [match[4], match[5], match[6]];
  const serial = dateSerial(year, month, day, time);
  if (serial === null) return null;
  const format = match[4] === undefined ? 'dd/mm/yyyy' : 'dd/mm/yyyy hh:mm:ss';
  return {kind: 'value', value: serial, format};
}

/**
 * Reads text as a person typing it into a cell would have it read. With `asText` (the cell's
 * format is '@') everything but a formula stays text.
 */
// NOTE: '1.5' stays text here; Sheets in vi_VN may read it as a date or a number, so columns
// of codes such as "1.1" need the '@' format in the real spreadsheet too.
export function parseInput(text: string, asText = false): ParsedInput {
  if (text === '') return {kind: 'empty'};
  if (text.startsWith('=') && text.length > 1) {
    return {kind: 'formula', formula: text};
  }
  if (asText) return {kind: 'value', value: text};
  const trimmed = text.trim();
  if (INTEGER.test(trimmed)) return {kind: 'value', value: Number(trimmed)};
  if (VI_DECIMAL.test(trimmed) || VI_GROUPED.test(trimmed)) {
    return {kind: 'value', value: viNumber(trimmed)};
  }
  const percent = PERCENT.exec(trimmed);
  if (percent) {
    const decimals = percent[1].includes(',') ? '0.00%' : '0%';
    return {kind: 'value', value: viNumber(percent[1]) / 100, format: decimals};
  }
  if (/^(true|false)$/i.test(trimmed)) {
    return {kind: 'value', value: trimmed.toUpperCase() === 'TRUE'};
  }
  return (
    parseDate(trimmed) ?? parseTime(trimmed) ?? {kind: 'value', value: text}
  );
}
