// Grammar of "Thời gian" phrases: combines tokens into periods and spans,
// gives every period its year, and turns spans into start and due dates.

import {CivilDate} from './model';
import {addDays, civilDate, lastDayOfMonth, quarterBounds} from './calendar';
import {Token} from './time-phrase-tokens';

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

type PeriodKind = 'quarter' | 'month' | 'half' | 'year' | 'date' | 'dayMonth';

interface Period {
  kind: PeriodKind;
  /** Quarter 1–4, month 1–12, half 1–2; unused for 'year' and 'date'. */
  value: number;
  /** Day of the month, for 'dayMonth' only. */
  day: number;
  /** The full date, for 'date' only. */
  date: CivilDate | null;
  year: number | null;
  /** True when the phrase itself gave the year. */
  explicitYear: boolean;
}

export interface Span {
  labels: string[];
  raws: string[];
  from: Period;
  to: Period;
  isRange: boolean;
  /** 'before': "trước …"; 'by': "đến …" or "cuối …", due with no start. */
  deadline: 'none' | 'before' | 'by';
}

/** Raised when a phrase cannot be read; the message is a Vietnamese reason starting with "vì", or empty. */
export class UnreadablePhrase extends Error {}

/** Groups tokens into spans and gives every period its year. */
export function readSpans(tokens: Token[], planYear: number): Span[] {
  const spans: Span[] = [];
  const periods: Period[] = [];
  let labels: string[] = [];
  let deadline: Span['deadline'] = 'none';
  let openRange: Span | null = null;
  let afterPeriod = false;

  const addPeriod = (period: Period, raw: string) => {
    if (openRange) {
      openRange.to = period;
      openRange.raws.push(raw);
      openRange = null;
    } else {
      spans.push({
        labels,
        raws: [raw],
        from: period,
        to: period,
        isRange: false,
        deadline,
      });
      labels = [];
      deadline = 'none';
    }
    periods.push(period);
    afterPeriod = true;
  };
  const lastPeriod = () => periods[periods.length - 1];
  const lastSpan = () => spans[spans.length - 1];

  for (const token of tokens) {
    switch (token.kind) {
      case 'filler':
        continue;
      case 'label':
        labels.push(token.raw);
        break;
      case 'recurrence':
        break;
      case 'separator':
        if (openRange) throw new UnreadablePhrase('');
        labels = [];
        deadline = 'none';
        break;
      case 'before':
        deadline = 'before';
        break;
      case 'endOf':
        deadline = 'by';
        break;
      case 'rangeTo':
        if (afterPeriod && !lastSpan().isRange) {
          openRange = lastSpan();
          openRange.isRange = true;
          openRange.raws.push('-');
        } else {
          deadline = 'by';
        }
        break;
      case 'yearSuffix':
      case 'year':
        if (afterPeriod && acceptsYear(lastPeriod())) {
          lastPeriod().year = token.value;
          lastPeriod().explicitYear = true;
          lastSpan().raws.push(token.raw);
          continue;
        }
        if (token.kind === 'yearSuffix') throw new UnreadablePhrase('');
        addPeriod(newPeriod('year', 0, token.value), token.raw);
        continue;
      case 'numeral':
        if (!openRange || !['quarter', 'month'].includes(openRange.from.kind)) {
          throw new UnreadablePhrase('');
        }
        addPeriod(
          checked(newPeriod(openRange.from.kind, token.value)),
          token.raw,
        );
        continue;
      default:
        addPeriod(checked(periodOf(token)), token.raw);
        continue;
    }
    afterPeriod = false;
  }

  if (openRange || (deadline !== 'none' && spans.length === 0)) {
    throw new UnreadablePhrase('');
  }
  resolveYears(periods, planYear);
  spans.forEach(rollRangeStartBack);
  return spans;
}

/**
 * Moves a range's start into the year before when only the end's year was
 * written and the range would otherwise end before it starts, so "Quý IV -
 * Quý I/2027" runs from Q4 2026 but "Quý IV - Quý II" stays unreadable.
 */
function rollRangeStartBack(span: Span): void {
  const {from, to} = span;
  if (!span.isRange || from.explicitYear || !to.explicitYear) return;
  if (from.year !== to.year) return;
  if (boundsOf(from).start > boundsOf(to).end) from.year = from.year! - 1;
}

function periodOf(token: Token): Period {
  switch (token.kind) {
    case 'quarter':
    case 'month':
      return newPeriod(token.kind, token.value);
    case 'half':
      return newPeriod('half', token.value, token.year);
    case 'wholeYear':
      return newPeriod('year', 0);
    case 'date': {
      if (token.date === null) {
        throw new UnreadablePhrase(`vì ngày ${token.raw} không có trong lịch`);
      }
      const period = newPeriod('date', 0, Number(token.date.slice(0, 4)));
      period.date = token.date;
      return period;
    }
    case 'dayMonth': {
      const period = newPeriod('dayMonth', token.month);
      period.day = token.day;
      return period;
    }
    default:
      throw new UnreadablePhrase('');
  }
}

function newPeriod(
  kind: PeriodKind,
  value: number,
  year: number | null = null,
): Period {
  return {kind, value, day: 0, date: null, year, explicitYear: year !== null};
}

function checked(period: Period): Period {
  if (period.kind === 'quarter' && !(period.value >= 1 && period.value <= 4)) {
    throw new UnreadablePhrase('vì một năm chỉ có 4 quý');
  }
  if (
    ['month', 'dayMonth'].includes(period.kind) &&
    !(period.value >= 1 && period.value <= 12)
  ) {
    throw new UnreadablePhrase(`vì không có tháng ${period.value}`);
  }
  return period;
}

/** Tells whether a year written after `period` qualifies it: not when it already has one. */
function acceptsYear(period: Period): boolean {
  return period.kind !== 'date' && !period.explicitYear;
}

/** Gives every period without a year the next year written, else the last, else the plan year. */
function resolveYears(periods: Period[], planYear: number): void {
  const written = periods.map(p => (p.explicitYear ? p.year : null));
  periods.forEach((period, i) => {
    if (period.year !== null) return;
    const later = written.slice(i + 1).find(year => year !== null);
    const earlier = written
      .slice(0, i)
      .reverse()
      .find(year => year !== null);
    period.year = later ?? earlier ?? planYear;
  });

  // Four digits allow year 0000, which civil-date arithmetic rejects.
  const outOfRange = periods.find(
    p => p.year! < MIN_YEAR || p.year! > MAX_YEAR,
  );
  if (outOfRange) {
    throw new UnreadablePhrase(`vì năm ${outOfRange.year} không hợp lệ`);
  }
}

function boundsOf(period: Period): {start: CivilDate; end: CivilDate} {
  const year = period.year!;
  const yyyy = String(year).padStart(4, '0');
  switch (period.kind) {
    case 'quarter':
      return quarterBounds(year, period.value as 1 | 2 | 3 | 4);
    case 'month': {
      const mm = String(period.value).padStart(2, '0');
      return {
        start: `${yyyy}-${mm}-01`,
        end: lastDayOfMonth(year, period.value),
      };
    }
    case 'half':
      return period.value === 1
        ? {start: `${yyyy}-01-01`, end: `${yyyy}-06-30`}
        : {start: `${yyyy}-07-01`, end: `${yyyy}-12-31`};
    case 'year':
      return {start: `${yyyy}-01-01`, end: `${yyyy}-12-31`};
    case 'date':
      return {start: period.date!, end: period.date!};
    case 'dayMonth': {
      const date = civilDate(year, period.value, period.day);
      if (date === null) {
        throw new UnreadablePhrase(
          `vì ngày ${period.day}/${period.value}/${year} không có trong lịch`,
        );
      }
      return {start: date, end: date};
    }
  }
}

function isDay(period: Period): boolean {
  return period.kind === 'date' || period.kind === 'dayMonth';
}

export function spanStart(span: Span): CivilDate | null {
  if (span.deadline !== 'none' || (!span.isRange && isDay(span.from)))
    return null;
  return boundsOf(span.from).start;
}

export function spanDue(span: Span): CivilDate {
  const bounds = boundsOf(span.to);
  if (span.deadline === 'before' && !isDay(span.to))
    return addDays(bounds.start, -1);
  return bounds.end;
}

export function describeSpan(span: Span): string {
  const text = span.raws.join(' ').replace(/ \//g, '/');
  const hasYear = span.from.explicitYear || span.to.explicitYear;
  return hasYear ? text : `${text}/${span.to.year}`;
}
