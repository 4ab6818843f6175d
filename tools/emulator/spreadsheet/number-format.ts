// Display formatting of cell values with Sheets number-format patterns in the vi_VN locale:
// decimal comma, dot for thousands, dd/mm/yyyy dates, Vietnamese month and weekday names.

import {wallTimeFromSerial} from './time-zone';

/** The pattern getNumberFormat returns for a cell with the automatic format. */
// NOTE: Sheets returns this pattern for unformatted cells in observed scripts; unverified for vi_VN.
export const GENERAL_FORMAT = '0.###############';

export const DEFAULT_DATE_FORMAT = 'dd/mm/yyyy';
export const DEFAULT_DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm:ss';
export const DEFAULT_TIME_FORMAT = 'hh:mm:ss';

const DECIMAL_SEPARATOR = ',';
const GROUP_SEPARATOR = '.';

/** Removes quoted text and escaped characters, which never carry format codes. */
function codesOnly(pattern: string): string {
  return pattern.replace(/"[^"]*"/g, '').replace(/\\./g, '');
}

export function isGeneral(pattern: string | undefined): boolean {
  return !pattern || pattern === GENERAL_FORMAT || /^general$/i.test(pattern);
}

/** Tells whether a pattern shows a date or time, so the cell's value is a Date. */
export function isDateFormat(pattern: string | undefined): boolean {
  if (isGeneral(pattern) || pattern === '@') return false;
  const codes = codesOnly(pattern as string).split(';')[0];
  return /[dyhs]/i.test(codes) || /am\/pm/i.test(codes);
}

export function isTextFormat(pattern: string | undefined): boolean {
  return pattern === '@';
}

/** Formats a cell value as getDisplayValue would. */
export function formatValue(
  value: unknown,
  pattern: string | undefined,
): string {
  if (value === null || value === undefined || value === '') return '';
  // NOTE: whether Sheets in vi_VN shows booleans in Vietnamese is unverified.
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return formatText(value, pattern);
  if (typeof value !== 'number') return String(value);
  if (isGeneral(pattern) || pattern === '@') return formatGeneral(value);
  if (isDateFormat(pattern)) return formatDate(value, pattern as string);
  return formatNumber(value, pattern as string);
}

function formatText(value: string, pattern: string | undefined): string {
  const sections = pattern ? splitSections(pattern) : [];
  const textSection = sections[3];
  if (!textSection) return value;
  return textSection
    .split('@')
    .map(part => literalText(part))
    .join(value);
}

/** Formats a number with the automatic format: up to 10 significant digits. */
export function formatGeneral(value: number): string {
  if (!isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude >= 1e15 || magnitude < 1e-9)) {
    return value.toExponential(5).replace('.', DECIMAL_SEPARATOR).toUpperCase();
  }
  const rounded = Number(value.toPrecision(10));
  return String(rounded).replace('.', DECIMAL_SEPARATOR);
}

function splitSections(pattern: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '"') quoted = !quoted;
    if (char === '\\' && !quoted) {
      current += char + (pattern[i + 1] ?? '');
      i++;
      continue;
    }
    if (char === ';' && !quoted) {
      sections.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  sections.push(current);
  return sections;
}

/** Turns the literal parts of a pattern into text: quotes and escapes removed. */
function literalText(text: string): string {
  return text
    .replace(/"([^"]*)"/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/_./g, ' ')
    .replace(/\*./g, '');
}

function formatNumber(value: number, pattern: string): string {
  const sections = splitSections(pattern);
  let section = sections[0];
  let number = value;
  if (value < 0 && sections[1] !== undefined) {
    section = sections[1];
    number = -value;
  } else if (value === 0 && sections[2] !== undefined) {
    section = sections[2];
  }
  const first = section.search(/[0#?]/);
  if (first < 0) return literalText(section);
  let last = first;
  for (let i = first; i < section.length; i++) {
    if ('0#?,.'.includes(section[i])) last = i;
    else break;
  }
  const prefix = literalText(section.slice(0, first));
  const suffix = literalText(section.slice(last + 1));
  const digits = section.slice(first, last + 1);
  if (section.includes('%')) number *= 100;
  const body = formatDigits(Math.abs(number), digits);
  const sign = number < 0 ? '-' : '';
  return `${sign}${prefix}${body}${suffix}`;
}

function formatDigits(magnitude: number, digits: string): string {
  const dot = digits.indexOf('.');
  const integerPart = dot < 0 ? digits : digits.slice(0, dot);
  const fractionPart = dot < 0 ? '' : digits.slice(dot + 1);
  const grouped = integerPart.includes(',');
  const minInteger = (integerPart.match(/0/g) ?? []).length;
  const maxFraction = (fractionPart.match(/[0#?]/g) ?? []).length;
  const minFraction = (fractionPart.match(/0/g) ?? []).length;
  const fixed = magnitude.toFixed(maxFraction);
  const [whole, fraction = ''] = fixed.split('.');
  let integer = whole === '0' && minInteger === 0 ? '' : whole;
  integer = integer.padStart(minInteger, '0');
  if (grouped)
    integer = integer.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP_SEPARATOR);
  let shownFraction = fraction;
  while (shownFraction.length > minFraction && shownFraction.endsWith('0')) {
    shownFraction = shownFraction.slice(0, -1);
  }
  if (shownFraction === '') return integer;
  return `${integer}${DECIMAL_SEPARATOR}${shownFraction}`;
}

interface DateToken {
  kind: 'literal' | 'code' | 'ampm' | 'fraction';
  text: string;
}

function tokenizeDate(pattern: string): DateToken[] {
  const tokens: DateToken[] = [];
  let i = 0;
  while (i < pattern.length) {
    const char = pattern[i];
    const lower = char.toLowerCase();
    if (char === '"') {
      const end = pattern.indexOf('"', i + 1);
      const stop = end < 0 ? pattern.length : end;
      tokens.push({kind: 'literal', text: pattern.slice(i + 1, stop)});
      i = stop + 1;
    } else if (char === '\\') {
      tokens.push({kind: 'literal', text: pattern[i + 1] ?? ''});
      i += 2;
    } else if (/^am\/pm/i.test(pattern.slice(i))) {
      tokens.push({kind: 'ampm', text: 'AM/PM'});
      i += 5;
    } else if ('dmyhs'.includes(lower)) {
      let end = i;
      while (end < pattern.length && pattern[end].toLowerCase() === lower)
        end++;
      tokens.push({kind: 'code', text: pattern.slice(i, end).toLowerCase()});
      i = end;
    } else if (char === '.' && pattern[i + 1] === '0') {
      let end = i + 1;
      while (pattern[end] === '0') end++;
      tokens.push({kind: 'fraction', text: pattern.slice(i + 1, end)});
      i = end;
    } else if (char === '[' || char === ']') {
      i++;
    } else {
      tokens.push({kind: 'literal', text: char});
      i++;
    }
  }
  return markMinutes(tokens);
}

/** Renames 'm' codes next to hours or seconds to 'M' (minutes), as Sheets reads them. */
function markMinutes(tokens: DateToken[]): DateToken[] {
  const codes = tokens.filter(token => token.kind === 'code');
  codes.forEach((token, index) => {
    if (!token.text.startsWith('m') || token.text.length > 2) return;
    const before = codes[index - 1]?.text ?? '';
    const after = codes[index + 1]?.text ?? '';
    if (before.startsWith('h') || after.startsWith('s')) {
      token.text = token.text.toUpperCase();
    }
  });
  return tokens;
}

const pad = (value: number, width: number) =>
  String(value).padStart(width, '0');

function formatDate(serial: number, pattern: string): string {
  const wall = new Date(wallTimeFromSerial(serial));
  const tokens = tokenizeDate(splitSections(pattern)[0]);
  const twelveHour = tokens.some(token => token.kind === 'ampm');
  const hours = wall.getUTCHours();
  return tokens
    .map(token => {
      if (token.kind === 'literal') return token.text;
      if (token.kind === 'ampm') return hours < 12 ? 'SA' : 'CH';
      if (token.kind === 'fraction') {
        const fraction = wall.getUTCMilliseconds() / 1000;
        return DECIMAL_SEPARATOR + fraction.toFixed(token.text.length).slice(2);
      }
      return dateCode(token.text, wall, twelveHour);
    })
    .join('');
}

function dateCode(code: string, wall: Date, twelveHour: boolean): string {
  const hours = wall.getUTCHours();
  const shownHours = twelveHour ? hours % 12 || 12 : hours;
  const width = Math.min(code.length, 2);
  switch (code[0]) {
    case 'd':
      if (code.length >= 4) return weekdayName(wall, 'long');
      if (code.length === 3) return weekdayName(wall, 'short');
      return pad(wall.getUTCDate(), width);
    case 'm':
      if (code.length >= 4) return `tháng ${wall.getUTCMonth() + 1}`;
      if (code.length === 3) return `thg ${wall.getUTCMonth() + 1}`;
      return pad(wall.getUTCMonth() + 1, width);
    case 'M':
      return pad(wall.getUTCMinutes(), width);
    case 'y':
      return code.length <= 2
        ? pad(wall.getUTCFullYear() % 100, 2)
        : String(wall.getUTCFullYear());
    case 'h':
      return pad(shownHours, width);
    case 's':
      return pad(wall.getUTCSeconds(), width);
    default:
      return code;
  }
}

function weekdayName(wall: Date, style: 'long' | 'short'): string {
  return new Intl.DateTimeFormat('vi-VN', {
    weekday: style,
    timeZone: 'UTC',
  }).format(wall);
}
