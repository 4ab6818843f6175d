// Reads an indicator's target ("≥ 20", "100% thôn", "Rà soát 100%; xử lý ≥02
// thôn") and the current value staff type, and compares the two.
//
// Rules:
// - PDF artifacts are undone first: "$\geq 20$" is "≥ 20", "\leq" is "≤",
//   "\%" is "%". ASCII ">=" and "<=" are read as "≥" and "≤".
// - A target is one or more parts separated by ';'. A part that does not read
//   alone is split again at ", " before a word or at " và ". Every part must
//   be met.
// - A part is: label words, an operator, one number, '%' or unit words. The
//   operator is a sign (≥ ≤ > < =) or a word: "tối thiểu", "ít nhất", "không
//   dưới", "từ", "đạt" and a trailing "trở lên" mean ≥, "tối đa", "không
//   quá" and "trở xuống" mean ≤, "trên" means >, "dưới" means <. A bare
//   number means "at least" ("1.5", "100%").
// - "100% thôn" is 100 % (unit '%'), and the words after '%' join the label.
// - "01–02" (a range) means at least the lower bound.
// - "4 quý + năm" counts reports: four quarterly ones plus one yearly, ≥ 5.
// - Numbers are read the Vietnamese way (see parseViNumber): "0,7" is 0.7,
//   "2.788" is 2788, "1.5" is 1.5.

import {TargetOperator, TargetPart, TargetReading} from './model';
import {cleanText, parseViNumber} from './vietnamese';

const TARGET_HINT =
  'hãy ghi dạng "≥ 20", "100%", "≤ 5%" hoặc "Rà soát 100%; xử lý ≥ 02 thôn"';

const OPERATOR_WORDS: Array<[RegExp, TargetOperator]> = [
  [/^(?:tối thiểu|ít nhất|không dưới|không ít hơn|từ|đạt)$/iu, '>='],
  [/^(?:tối đa|không quá|không vượt quá|không nhiều hơn)$/iu, '<='],
  [/^(?:trên|hơn|lớn hơn)$/iu, '>'],
  [/^(?:dưới|nhỏ hơn|ít hơn)$/iu, '<'],
  [/^(?:bằng)$/iu, '='],
];
const OPERATOR_SIGNS: Record<string, TargetOperator> = {
  '≥': '>=',
  '≤': '<=',
  '>': '>',
  '<': '<',
  '=': '=',
};

const OPERATOR_WORD_SOURCE =
  'tối thiểu|ít nhất|không dưới|không ít hơn|từ|đạt|tối đa|không quá|không vượt quá|không nhiều hơn|trên|lớn hơn|hơn|dưới|nhỏ hơn|ít hơn|bằng';
const NUMBER_SOURCE = '\\d[\\d.,]*\\d|\\d';
const PART = new RegExp(
  '^(?<label>[^\\d≥≤<>=%]*?)\\s*' +
    `(?<operator>[≥≤<>=]|(?:${OPERATOR_WORD_SOURCE})(?![\\p{L}]))?\\s*` +
    `(?<number>${NUMBER_SOURCE})` +
    `(?:\\s*-\\s*(?<upper>${NUMBER_SOURCE}))?\\s*` +
    '(?<percent>%)?\\s*' +
    '(?<unit>[^\\d≥≤<>=%,;+]*?)\\s*' +
    '(?<suffix>trở lên|trở xuống)?$',
  'iu',
);

/** Reads a target as written in the plan; text that cannot be read comes back with a `problem`. */
export function readTarget(text: string): TargetReading {
  const cleaned = undoPdfArtifacts(cleanText(text)).replace(/[\s.;]+$/u, '');
  if (cleaned === '') {
    return {
      text,
      parts: [],
      problem: `Chưa ghi mức cần đạt: ${TARGET_HINT}.`,
    };
  }

  const parts = readReportCount(cleaned) ?? readParts(cleaned);
  if (parts === null) {
    return {
      text,
      parts: [],
      problem: `Không đọc được mức cần đạt "${text.trim()}": ${TARGET_HINT}.`,
    };
  }
  return {text, parts, problem: null};
}

/**
 * Reads what staff typed as a current value into one number per part of a
 * compound target ('100%; 2'), or returns a Vietnamese problem. '%' is
 * dropped, so "85%" is 85. Empty text gives no values and no problem.
 */
export function readValue(text: string): {
  values: number[];
  problem: string | null;
} {
  const cleaned = cleanText(text).replace(/[\s.;]+$/u, '');
  if (cleaned === '') return {values: [], problem: null};

  const values: number[] = [];
  for (const part of cleaned.split(';')) {
    const match =
      /^[^\d≥≤<>=]*?\s*(?<number>[+-]?\d[\d.,]*)\s*%?\s*[^\d≥≤<>=%]*$/u.exec(
        part.trim(),
      );
    const value = match ? parseViNumber(match.groups!.number) : null;
    if (value === null) {
      return {
        values: [],
        problem: `Không đọc được giá trị "${text.trim()}": hãy nhập một con số cho mỗi phần của chỉ tiêu, ví dụ "85", "85%", "0,75" hoặc "100%; 2".`,
      };
    }
    values.push(value);
  }
  return {values, problem: null};
}

/**
 * Compares a current value with a target. Values go to parts by position.
 * Fewer values than parts is 'notMet' when a typed one misses its part and
 * 'noValue' otherwise, and more values than parts is 'unreadable'.
 * NOTE: a value is compared as typed: a percentage target with "0,85" typed
 * reads 0.85, not 85 %.
 */
export function evaluateTarget(
  target: TargetReading,
  current: string,
): 'met' | 'notMet' | 'noValue' | 'unreadable' {
  if (target.problem !== null || target.parts.length === 0) return 'unreadable';

  const {values, problem} = readValue(current);
  if (problem !== null || values.length > target.parts.length) {
    return 'unreadable';
  }
  if (values.length === 0) return 'noValue';

  if (values.some((value, i) => !meets(target.parts[i], value))) {
    return 'notMet';
  }
  return values.length < target.parts.length ? 'noValue' : 'met';
}

/** Tells whether `value` meets `part`, allowing for binary rounding ("0,7" against "≥ 0,7"). */
export function meets(part: TargetPart, value: number): boolean {
  const tolerance = 1e-9 * Math.max(1, Math.abs(part.value));
  switch (part.operator) {
    case '>=':
      return value >= part.value - tolerance;
    case '<=':
      return value <= part.value + tolerance;
    case '>':
      return value > part.value + tolerance;
    case '<':
      return value < part.value - tolerance;
    case '=':
      return Math.abs(value - part.value) <= tolerance;
  }
}

function undoPdfArtifacts(text: string): string {
  return text
    .replace(/\\geq?(?![a-z])/gi, '≥')
    .replace(/\\leq?(?![a-z])/gi, '≤')
    .replace(/\\%/g, '%')
    .replace(/\$/g, '')
    .replace(/>=|=>/g, '≥')
    .replace(/<=|=</g, '≤')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reads "4 quý + năm" (four quarterly reports plus a yearly one) as "≥ 5". */
function readReportCount(text: string): TargetPart[] | null {
  const terms = text.split('+').map(term => term.trim());
  if (terms.length < 2) return null;

  let count = 0;
  for (const term of terms) {
    const match = /^(\d{1,2})?\s*(?:báo cáo\s+)?(quý|tháng|năm|lần)$/iu.exec(
      term,
    );
    if (!match) return null;
    count += match[1] ? Number(match[1]) : 1;
  }
  return [{label: text, operator: '>=', value: count, unit: ''}];
}

function readParts(text: string): TargetPart[] | null {
  const parts: TargetPart[] = [];
  for (const piece of text.split(';')) {
    const part = readPart(piece);
    if (part) {
      parts.push(part);
      continue;
    }
    const smaller = piece.split(/,\s*(?=\p{L})|\s+và\s+/u).map(readPart);
    if (smaller.length < 2 || smaller.some(p => p === null)) return null;
    parts.push(...(smaller as TargetPart[]));
  }
  return parts;
}

function readPart(text: string): TargetPart | null {
  const match = PART.exec(text.trim());
  if (!match) return null;
  const groups = match.groups!;

  const value = parseViNumber(groups.number);
  const upper = groups.upper ? parseViNumber(groups.upper) : null;
  if (value === null || (groups.upper && (upper === null || upper < value))) {
    return null;
  }
  const operator = operatorOf(
    groups.operator,
    groups.suffix,
    Boolean(groups.upper),
  );
  if (operator === null) return null;

  const label = groups.label.trim();
  const words = groups.unit.trim();
  if (groups.percent) {
    return {
      label: [label, words].filter(Boolean).join(' '),
      operator,
      value,
      unit: '%',
    };
  }
  return {label, operator, value, unit: words};
}

function operatorOf(
  written: string | undefined,
  suffix: string | undefined,
  isRange: boolean,
): TargetOperator | null {
  const fromSuffix: TargetOperator | null = !suffix
    ? null
    : /^trở lên$/iu.test(suffix)
      ? '>='
      : '<=';
  let fromWritten: TargetOperator | null = null;
  if (written) {
    fromWritten =
      OPERATOR_SIGNS[written] ??
      OPERATOR_WORDS.find(([pattern]) => pattern.test(written))![1];
  }

  // A range has no operator of its own ("01–02" is at least 1).
  if (isRange && (fromWritten ?? fromSuffix) !== null && fromWritten !== '>=') {
    return null;
  }
  if (fromSuffix && fromWritten && fromWritten !== fromSuffix) {
    // "từ 95% trở lên" agrees; "tối đa 5 trở lên" contradicts itself.
    return /^từ$/iu.test(written!) ? fromSuffix : null;
  }
  return fromSuffix ?? fromWritten ?? '>=';
}
