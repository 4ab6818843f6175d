// Report periods: the span a quarterly or year-end report covers, and the quarter to
// report on a given day.

import {
  daysBetween,
  formatViDate,
  quarterOf,
  reportingPeriod,
  type Quarter,
} from './calendar';
import type {CivilDate} from './model';
import type {
  QuarterChoice,
  ReportPeriod,
  ReportPeriodKind,
} from './report-model';

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const;

/** Weeks after a quarter's cut-off during which its report is still the likely one. */
export const DEFAULT_GRACE_WEEKS = 4;

/** Names a period in the middle of a sentence: "quý II năm 2026" or "năm 2026". */
export function periodPhrase(year: number, kind: ReportPeriodKind): string {
  if (kind === 'year') return `năm ${year}`;
  return `quý ${ROMAN_QUARTERS[kind - 1]} năm ${year}`;
}

/** Names a period as a heading: "Quý II năm 2026" or "Năm 2026". */
export function periodHeading(year: number, kind: ReportPeriodKind): string {
  const phrase = periodPhrase(year, kind);
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/**
 * Returns the period a report covers: a quarter runs from `cutoffDay` of the month before it
 * to the day before `cutoffDay` of its last month, and the year likewise from December of
 * the year before (Decree 09/2019/NĐ-CP).
 */
export function reportPeriod(
  year: number,
  kind: ReportPeriodKind,
  cutoffDay: number,
): ReportPeriod {
  const {from, to} = reportingPeriod(year, kind, cutoffDay);
  return {
    year,
    kind,
    start: from,
    end: to,
    label: periodHeading(year, kind),
    cutoffText: `số liệu tính đến ngày ${formatViDate(to)}`,
  };
}

/** Returns the quarter after the given one; the quarter after the year is Q1 of next year. */
export function nextQuarter(
  year: number,
  kind: ReportPeriodKind,
): {year: number; quarter: Quarter} {
  if (kind === 'year' || kind === 4) return {year: year + 1, quarter: 1};
  return {year, quarter: (kind + 1) as Quarter};
}

function previousQuarter(
  year: number,
  quarter: Quarter,
): {year: number; quarter: Quarter} {
  if (quarter === 1) return {year: year - 1, quarter: 4};
  return {year, quarter: (quarter - 1) as Quarter};
}

/**
 * Chooses the quarter to report on `today`. Once the current quarter's figures are cut off
 * (for a cut-off day of 15, after the 14th of its last month) it is that quarter. Before
 * then, within `graceWeeks` weeks after the previous quarter's cut-off, the previous quarter
 * is chosen and marked ambiguous, so the caller can ask; otherwise the current quarter.
 */
export function quarterToReport(
  today: CivilDate,
  cutoffDay: number,
  graceWeeks = DEFAULT_GRACE_WEEKS,
): QuarterChoice {
  const current = quarterOf(today);
  const currentEnd = reportingPeriod(
    current.year,
    current.quarter,
    cutoffDay,
  ).to;
  if (today > currentEnd) return {...current, ambiguous: false};

  const previous = previousQuarter(current.year, current.quarter);
  const previousEnd = reportingPeriod(
    previous.year,
    previous.quarter,
    cutoffDay,
  ).to;
  if (daysBetween(previousEnd, today) <= graceWeeks * 7) {
    return {...previous, ambiguous: true};
  }
  return {...current, ambiguous: false};
}
