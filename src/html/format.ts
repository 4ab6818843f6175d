// Vietnamese number and date text for templates. Dates arrive as CivilDate
// strings "YYYY-MM-DD", so no time zone is involved here.
import type {CivilDate} from '../core/model';

interface DateParts {
  day: string;
  month: string;
  year: string;
}

function parts(date: CivilDate): DateParts | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? {year: match[1], month: match[2], day: match[3]} : null;
}

/**
 * Formats "2026-06-08" as "08/06/2026". Text that is not a CivilDate is
 * returned unchanged, so a badly typed date shows as typed instead of
 * stopping the whole email or report.
 */
export function viDate(date: CivilDate): string {
  const p = parts(date);
  return p ? `${p.day}/${p.month}/${p.year}` : date;
}

/** Formats "08/06–12/06/2026", or with both years when the range crosses a year. */
export function viDateRange(from: CivilDate, to: CivilDate): string {
  const start = parts(from);
  const end = parts(to);
  if (!start || !end) return `${viDate(from)}–${viDate(to)}`;
  const head =
    start.year === end.year
      ? `${start.day}/${start.month}`
      : `${start.day}/${start.month}/${start.year}`;
  return `${head}–${end.day}/${end.month}/${end.year}`;
}

/** Formats with Vietnamese grouping, "2.788" and "1.234,5", keeping at most `decimals` decimals. */
export function viNumber(value: number, decimals = 1): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [whole, fraction] = rounded.toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const trimmed = fraction ? fraction.replace(/0+$/, '') : '';
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return sign + grouped + (trimmed ? `,${trimmed}` : '');
}

/** Formats a 0–1 share as "12,5%", or "–" when the share is unknown. */
export function viPercent(share: number | null): string {
  return share === null ? '–' : `${viNumber(share * 100, 1)}%`;
}

/** Returns "xã Bắc Hà" for "Bắc Hà"; a name that already starts with "xã" is kept. */
export function communeLabel(name: string): string {
  return /^xã\s/i.test(name) ? name : `xã ${name}`;
}
