// Scanner for "Thời gian" phrases: cuts cleaned Vietnamese text into the
// tokens that the time-phrase reader combines into periods.

import {CivilDate, Recurrence} from './model';
import {civilDate, romanToNumber} from './calendar';

export type Token =
  | {kind: 'recurrence'; raw: string; recurrence: Recurrence}
  | {kind: 'quarter'; raw: string; value: number}
  | {kind: 'month'; raw: string; value: number}
  | {kind: 'half'; raw: string; value: 1 | 2; year: number | null}
  /** "Cả năm", "trong năm": the whole year, taken from a following year or the plan year. */
  | {kind: 'wholeYear'; raw: string}
  /** A full date; `date` is null when the day does not exist ("31/02/2026"). */
  | {kind: 'date'; raw: string; date: CivilDate | null}
  /** "10/10": day and month, the year coming from elsewhere. */
  | {kind: 'dayMonth'; raw: string; day: number; month: number}
  /** "năm 2026" or a bare "2026". */
  | {kind: 'year'; raw: string; value: number}
  /** "/2026" written straight after a quarter or month. */
  | {kind: 'yearSuffix'; raw: string; value: number}
  /** A bare Roman or Arabic numeral, meaningful only as the end of a range ("Quý II-IV"). */
  | {kind: 'numeral'; raw: string; value: number}
  | {kind: 'rangeTo'; raw: string}
  | {kind: 'before'; raw: string}
  /** "cuối": by the end of the period that follows ("cuối năm 2026"). */
  | {kind: 'endOf'; raw: string}
  | {kind: 'separator'; raw: string}
  /** A word that names a phase ("Thí điểm", "nhân rộng"). */
  | {kind: 'label'; raw: string}
  /** A word that adds nothing to the dates ("từ", "ngày", "hoàn thành trong"). */
  | {kind: 'filler'; raw: string}
  | {kind: 'unknown'; raw: string};

interface Rule {
  pattern: RegExp;
  token: (match: RegExpExecArray) => Token;
}

/** Ends a word: the next character is not a letter or digit. */
const END = '(?![\\p{L}\\p{N}])';
const ROMAN = '(?:iv|iii|ii|i)';

const RECURRENCE_BY_WORD: Record<string, Recurrence> = {
  tuần: 'weekly',
  tháng: 'monthly',
  quý: 'quarterly',
  năm: 'yearly',
};

function rule(source: string, token: Rule['token']): Rule {
  return {pattern: new RegExp(source, 'iuy'), token};
}

// Order matters: the first rule that matches at a position wins, so longer
// and more specific forms come before the words they contain.
const RULES: Rule[] = [
  rule(
    `(?:định kỳ\\s+)?(?:hàng|hằng|mỗi|theo)\\s+(tuần|tháng|quý|năm)${END}`,
    m => ({
      kind: 'recurrence',
      raw: m[0],
      recurrence: RECURRENCE_BY_WORD[m[1].toLowerCase()],
    }),
  ),
  rule(`(?:thường xuyên|liên tục|tx)${END}`, m => ({
    kind: 'recurrence',
    raw: m[0],
    recurrence: 'continuous',
  })),
  rule(
    `(?:0?6|sáu)\\s+tháng\\s+(đầu|cuối)\\s+năm(?:\\s*(\\d{4}))?${END}`,
    m => ({
      kind: 'half',
      raw: m[0],
      value: m[1].toLowerCase() === 'đầu' ? 1 : 2,
      year: m[2] ? Number(m[2]) : null,
    }),
  ),
  rule(`(?:cả|trong|suốt)\\s+năm${END}`, m => ({kind: 'wholeYear', raw: m[0]})),
  rule(`(?:quý|q\\.?)\\s*(${ROMAN}|\\d{1,2})${END}`, m => ({
    kind: 'quarter',
    raw: m[0],
    value: numeralValue(m[1]),
  })),
  rule(`tháng\\s*(\\d{1,2})${END}`, m => ({
    kind: 'month',
    raw: m[0],
    value: Number(m[1]),
  })),
  rule(`(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})${END}`, m => ({
    kind: 'date',
    raw: m[0],
    date: civilDate(Number(m[4]), Number(m[3]), Number(m[1])),
  })),
  rule('(\\d{1,2})/(\\d{1,2})(?![\\p{L}\\p{N}/])', m => ({
    kind: 'dayMonth',
    raw: m[0],
    day: Number(m[1]),
    month: Number(m[2]),
  })),
  rule(`/\\s*(\\d{4})${END}`, m => ({
    kind: 'yearSuffix',
    raw: m[0],
    value: Number(m[1]),
  })),
  rule(`(?:năm\\s*)?(\\d{4})${END}`, m => ({
    kind: 'year',
    raw: m[0],
    value: Number(m[1]),
  })),
  rule(`(${ROMAN}|\\d{1,2})${END}`, m => ({
    kind: 'numeral',
    raw: m[0],
    value: numeralValue(m[1]),
  })),
  rule(`(?:-|(?:cho\\s+)?(?:đến|tới)${END})`, m => ({
    kind: 'rangeTo',
    raw: m[0],
  })),
  rule(`trước${END}`, m => ({kind: 'before', raw: m[0]})),
  rule(`cuối${END}`, m => ({kind: 'endOf', raw: m[0]})),
  rule(`(?:[,;+]|và${END})`, m => ({kind: 'separator', raw: m[0]})),
  rule(
    `(?:thí điểm|nhân rộng|mở rộng|triển khai|tổng kết|sơ kết|đánh giá|vận hành|khởi động|chuẩn bị|(?:giai đoạn|đợt|bước)\\s+${ROMAN}|(?:giai đoạn|đợt|bước)\\s+\\d{1,2})${END}`,
    m => ({kind: 'label', raw: m[0]}),
  ),
  rule(
    `(?:hoàn thành|chậm nhất|dự kiến|thực hiện|kết thúc|bắt đầu|từ|trong|ngày|hết|vào|là|xong)${END}`,
    m => ({kind: 'filler', raw: m[0]}),
  ),
  rule('[:.]', m => ({kind: 'filler', raw: m[0]})),
  rule('[^\\s,;]+', m => ({kind: 'unknown', raw: m[0]})),
];

/** Cuts `text` (already cleaned: NFC, dashes as '-', single spaces) into tokens. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;

  while (at < text.length) {
    if (text[at] === ' ') {
      at++;
      continue;
    }
    for (const {pattern, token} of RULES) {
      pattern.lastIndex = at;
      const match = pattern.exec(text);
      if (match && match[0].length > 0) {
        tokens.push(token(match));
        at += match[0].length;
        break;
      }
    }
  }
  return tokens;
}

function numeralValue(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : (romanToNumber(text) ?? NaN);
}
