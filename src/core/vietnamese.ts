// Vietnamese text helpers shared by the readers: dash and space clean-up,
// folding keys for matching, and numbers written the Vietnamese way.

/** Hyphen, non-breaking hyphen, figure dash, en dash, em dash, bar, minus. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D-]/g;

/**
 * Returns `text` in NFC with every dash turned into '-', runs of white space
 * (non-breaking spaces included) turned into one space, and ends trimmed.
 * Letter case is kept, so the result can still be shown.
 */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(DASHES, '-')
    .replace(/[\s\u00A0\u200B]+/g, ' ')
    .trim();
}

/** Removes tone and vowel marks and turns đ/Đ into d/D ("Đảng ủy" → "Dang uy"). */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

// Old-style spelling puts the tone on the second vowel of an open "oa", "oe"
// or "uy" syllable ("hoá", "uỷ"), and the new style puts it on the first
// ("hóa", "ủy"). Both are in daily use, so keys map the old style to the new.
const OLD_TONE_PLACEMENT: Record<string, string> = {
  oá: 'óa',
  oà: 'òa',
  oả: 'ỏa',
  oã: 'õa',
  oạ: 'ọa',
  oé: 'óe',
  oè: 'òe',
  oẻ: 'ỏe',
  oẽ: 'õe',
  oẹ: 'ọe',
  uý: 'úy',
  uỳ: 'ùy',
  uỷ: 'ủy',
  uỹ: 'ũy',
  uỵ: 'ụy',
};
const OLD_TONE_SYLLABLE_END = new RegExp(
  `(${Object.keys(OLD_TONE_PLACEMENT).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/**
 * Moves the tone of open "oa", "oe" and "uy" syllables to the first vowel.
 * Expects lower-case NFC text. The result is a matching key, not a spelling
 * to show: "quý" becomes "qúy" on both sides of a comparison.
 */
export function normaliseTonePlacement(text: string): string {
  return text.replace(OLD_TONE_SYLLABLE_END, old => OLD_TONE_PLACEMENT[old]);
}

/**
 * Reads a number written the Vietnamese way, or null when `text` is not one
 * number. Rules, decided so that every form in a plan reads one way:
 * - with both '.' and ',' the one written last is the decimal mark and the
 *   other groups thousands ("1.234,5" and "1,234.5" are 1234.5);
 * - a single ',' is a decimal comma ("0,7", "1,5");
 * - a single '.' followed by exactly three digits, after an integer part of
 *   1–3 digits not starting with 0, groups thousands ("2.788" is 2788);
 *   any other single '.' is a decimal point ("1.5", "97.4", "0.750");
 * - a mark used twice or more groups thousands ("1.234.567"), and every
 *   group after the first must then have three digits.
 * Leading zeros are allowed ("02" is 2). A leading '-' or '+' sets the sign.
 */
export function parseViNumber(text: string): number | null {
  const match = /^([+-]?)(\d[\d.,]*)$/.exec(text.trim());
  if (!match || /[.,]$/.test(match[2])) return null;

  const sign = match[1] === '-' ? -1 : 1;
  const body = match[2];
  const dots = countOf(body, '.');
  const commas = countOf(body, ',');
  let integer: string;
  let fraction = '';

  if (dots > 0 && commas > 0) {
    const decimalMark =
      body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    const groupMark = decimalMark === '.' ? ',' : '.';
    const at = body.lastIndexOf(decimalMark);
    if (countOf(body, decimalMark) > 1) return null;
    integer = ungroup(body.slice(0, at), groupMark);
    fraction = body.slice(at + 1);
    if (integer === '' || fraction.includes(groupMark)) return null;
  } else if (dots + commas === 0) {
    integer = body;
  } else {
    const mark = dots > 0 ? '.' : ',';
    const [head, tail] = [
      body.slice(0, body.indexOf(mark)),
      body.slice(body.indexOf(mark) + 1),
    ];
    const groupsThousands =
      dots + commas > 1 ||
      (mark === '.' && /^[1-9]\d{0,2}$/.test(head) && /^\d{3}$/.test(tail));
    if (groupsThousands) {
      integer = ungroup(body, mark);
    } else {
      integer = head;
      fraction = tail;
    }
  }

  if (!/^\d+$/.test(integer) || !/^\d*$/.test(fraction)) return null;
  return sign * Number(fraction ? `${integer}.${fraction}` : integer);
}

function countOf(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** Removes group marks, or returns '' when the groups are not 1–3 digits then threes. */
function ungroup(text: string, mark: string): string {
  if (!text.includes(mark)) return text;
  const groups = text.split(mark);
  const valid =
    /^\d{1,3}$/.test(groups[0]) &&
    groups.slice(1).every(g => /^\d{3}$/.test(g));
  return valid ? groups.join('') : '';
}
