// Reads the free-text "Thời gian" / "Thời hạn" of a task or indicator into a
// start date, a due date, a recurrence and phases.
//
// Rules, in the order they apply:
// - A leading "Thời gian:", "Thời hạn:", "Thời gian thực hiện:", "Thời gian
//   hoàn thành:" or "Tiến độ:" is dropped, and so is end punctuation.
// - Text in parentheses is a remark. It is read only to refine a recurring
//   phrase ("Thường xuyên (hàng tuần)" is weekly), otherwise ignored
//   ("Cả năm 2026 (lồng ghép …)" is the year 2026).
// - Every other word must be understood. One unknown word makes the phrase
//   unreadable, so "Theo chương trình năm 2026", "QĐ", "Theo quy định" and
//   "Sau khi có hướng dẫn của tỉnh" get a problem, not the year they mention.
// - Periods: "Quý II" / "Quý 2" / "quý III/2026", "Tháng 10", "tháng 3/2026",
//   "6 tháng đầu năm" / "6 tháng cuối năm", "Năm 2026", "Cả năm", dates
//   "30/6/2026", "15-08-2026", "15.08.2026", and "10/10" (year from context).
//   A period spans its first to its last day. A range ("Quý II-IV", "Quý I –
//   Quý IV", "tháng 9-10/2026", "từ … đến …") spans the first day of its
//   start to the last day of its end.
// - A period without a year takes the next year written after it in the
//   phrase ("Quý I–II/2026", "Quý III–IV năm 2026"), else the last one written
//   before it, else the plan year. A range start so placed after its end
//   moves to the year before ("Quý IV - Quý I/2027" starts in Q4 2026).
// - Deadlines: a date alone, or "đến …", "cuối …", "trước <date>", gives a due
//   date and no start. "trước <period>" is due the day before that period.
//   "trước 30/6/2026" is taken as "by 30/6/2026", as plans use it.
// - Phases: periods separated by ',', ';' or 'và' ("Thí điểm từ Quý II, nhân
//   rộng Quý III–IV năm 2026") are listed in `phases`, labelled by their
//   words ("Thí điểm"), or by their period when they have none. The reading
//   starts with the first phase and is due at the end of the latest.
// - Recurrence: "Hàng/Hằng/Mỗi/Theo tuần|tháng|quý|năm" and "Thường xuyên",
//   "Liên tục", "TX" (continuous). The most frequent one named wins. A
//   recurring phrase is ongoing: due is null and a period it names
//   ("Thường xuyên trong năm 2026") only sets its start.
// - Anything else, the empty text included, has due null, recurrence 'none'
//   and a Vietnamese `problem` saying what to write instead.

import {CivilDate, Recurrence, TimeReading} from './model';
import {addDays} from './calendar';
import {cleanText} from './vietnamese';
import {Token, tokenize} from './time-phrase-tokens';
import {
  Span,
  UnreadablePhrase,
  describeSpan,
  readSpans,
  spanDue,
  spanStart,
} from './time-phrase-spans';

const EXAMPLES = '"Quý III/2026" hoặc "30/09/2026"';

const RECURRENCE_FREQUENCY: Recurrence[] = [
  'weekly',
  'monthly',
  'quarterly',
  'yearly',
  'continuous',
];

/**
 * Reads a "Thời gian" phrase; `planYear` fills in periods written without a
 * year. A phrase that cannot be read comes back with a `problem`.
 */
export function readTimePhrase(text: string, planYear: number): TimeReading {
  const reading: TimeReading = {
    text,
    start: null,
    due: null,
    recurrence: 'none',
    phases: [],
    problem: null,
  };
  const phrase = cleanText(text)
    .replace(
      /^(?:thời gian|thời hạn|tiến độ)(?:\s+(?:thực hiện|hoàn thành))?\s*:\s*/iu,
      '',
    )
    .replace(/[\s.,;:]+$/u, '');
  if (phrase === '') {
    reading.problem =
      'Chưa ghi thời hạn: hãy ghi rõ, ví dụ "Quý III/2026", "30/09/2026" hoặc "Hằng tháng".';
    return reading;
  }

  const remarks = [...phrase.matchAll(/\(([^()]*)\)/gu)].map(m => m[1]);
  const tokens = tokenize(phrase.replace(/\([^()]*\)/gu, ' '));
  try {
    if (tokens.some(token => token.kind === 'unknown')) {
      throw new UnreadablePhrase(reasonForUnknownWords(phrase));
    }
    const spans = readSpans(tokens, planYear);
    const mainRecurrence = strongestRecurrence(tokens);

    if (mainRecurrence !== 'none') {
      const remarkTokens = remarks.flatMap(remark =>
        tokenize(cleanText(remark)),
      );
      reading.recurrence = strongestRecurrence([...tokens, ...remarkTokens]);
      reading.start = spans.length > 0 ? spanStart(spans[0]) : null;
      return reading;
    }
    if (spans.length === 0) throw new UnreadablePhrase('');

    Object.assign(reading, datesOf(spans));
  } catch (error) {
    if (!(error instanceof UnreadablePhrase)) throw error;
    const reason = error.message ? ` ${error.message}` : '';
    reading.problem = `Không đọc được thời hạn "${text.trim()}"${reason}: hãy ghi rõ, ví dụ ${EXAMPLES}.`;
  }
  return reading;
}

function datesOf(spans: Span[]): Pick<TimeReading, 'start' | 'due' | 'phases'> {
  const dues = spans.map(spanDue);
  const starts = spans.map(spanStart);
  for (let i = 0; i < spans.length; i++) {
    if (starts[i] !== null && starts[i]! > dues[i]) {
      throw new UnreadablePhrase(
        'vì thời điểm kết thúc đứng trước thời điểm bắt đầu',
      );
    }
  }

  const start = starts.every(s => s !== null)
    ? [...(starts as CivilDate[])].sort()[0]
    : null;
  const due = [...dues].sort()[dues.length - 1];
  const phases =
    spans.length < 2
      ? []
      : spans.map((span, i) => ({
          label: span.labels.join(' ') || describeSpan(span),
          // A phase given only a deadline starts when the one before it ends.
          start: starts[i] ?? (i > 0 ? addDays(dues[i - 1], 1) : dues[i]),
          due: dues[i],
        }));
  return {start, due, phases};
}

function strongestRecurrence(tokens: Token[]): Recurrence {
  const named = new Set(
    tokens.flatMap(token =>
      token.kind === 'recurrence' ? [token.recurrence] : [],
    ),
  );
  return (
    RECURRENCE_FREQUENCY.find(recurrence => named.has(recurrence)) ?? 'none'
  );
}

/** Explains the two kinds of phrase that name no date on purpose. */
function reasonForUnknownWords(phrase: string): string {
  const lower = phrase.toLowerCase();
  if (/^(?:sau|khi|chờ)\s/u.test(lower)) {
    return 'vì thời hạn phụ thuộc một việc chưa có ngày';
  }
  if (/^(?:theo|căn cứ)\s|^qđ(?![\p{L}])|quy định/u.test(lower)) {
    return 'vì chỉ dẫn chiếu chương trình, kế hoạch hoặc quy định mà không nêu ngày';
  }
  return '';
}
