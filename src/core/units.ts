// Resolves the unit names written in lead and coordinating columns ("VP ĐU",
// "Phòng VH-XH; Công an xã", "Các cơ quan, đơn vị liên quan") to unit codes.
//
// A mention is looked up in this order, and the first hit wins:
// 1. the whole text, then its parts split at ';', then ',', then ' và ', so
//    names that contain "và" ("Ban Quản lý Di tích và Chợ Văn hóa Bắc Hà")
//    still match whole;
// 2. a unit's code, name or alias, compared after normaliseUnitName;
// 3. the generic "every unit" phrases ("Các đơn vị", "Các cơ quan đơn vị",
//    "Các cơ quan, đơn vị liên quan", "Các cơ quan đơn vị theo lĩnh vực", "Đơn vị"),
//    which name every unit of the commune but not the outside partners;
// 4. the same text without a leading "các" or a trailing "xã …" ("các thôn",
//    "Trung tâm Dịch vụ tổng hợp xã Bắc Hà");
// 5. for a part that cannot be split further, steps 2 and 4 again with
//    diacritics, spaces and dashes removed ("VP DU", "Tổ CNSCD", "VPĐU").
// A part that matches nothing is tried once more joined to the part before
// it ("các thôn, bản" as "các thôn bản"). Keys that two units share resolve
// to neither, and the mention is returned as unknown, never dropped.

import {Unit} from './model';
import {cleanText, normaliseTonePlacement, stripDiacritics} from './vietnamese';

/**
 * Code prefix of partners outside the commune's apparatus (telecom operators, cooperatives,
 * households). The plan gives them coordinating roles, but "every unit" does not include them.
 */
export const PARTNER_CODE_PREFIX = 'DT-';

/** Returns whether the unit is an outside partner rather than a commune unit. */
export function isPartnerCode(code: string): boolean {
  return code.startsWith(PARTNER_CODE_PREFIX);
}

/** Lookup tables for unit mentions; build once and reuse for many rows. */
export interface UnitNameIndex {
  /** Every commune unit's code (partners left out), in the order of the unit list. */
  codes: string[];
  /** Normalised name → unit code, or null when two units share the name. */
  byKey: Map<string, string | null>;
  /** The same keys without diacritics, spaces and dashes. */
  byFoldedKey: Map<string, string | null>;
  /** Names written for two or more units, which therefore resolve to none. */
  conflicts: Array<{name: string; codes: string[]}>;
  /** Results by column text, because a plan repeats the same few columns. */
  memo: Map<string, ResolvedUnits>;
}

export interface ResolvedUnits {
  /** Codes of the units named, without repeats, or every commune unit's code when `all`. */
  codes: string[];
  /** True when the text names every unit ("Các đơn vị"). */
  all: boolean;
  /** Mentions that match no unit, trimmed but otherwise as written. */
  unknown: string[];
}

type Hit = {code: string} | {all: true};

/** Distinct column texts remembered per index; the memo restarts when full. */
const MEMO_LIMIT = 10_000;

const SEPARATORS = [/[;\n]/u, /,/u, /\s+và\s+/iu];

/**
 * Returns the key under which a unit name is compared. The key is NFC, lower
 * case, with the tone of "oa"/"oe"/"uy" on its first vowel ("hoá" as "hóa").
 * Every dash and '&' becomes '-' with no spaces around it, spaces are single,
 * and the ends carry no punctuation. So "Phòng Văn hoá – Xã hội" and "phòng
 * văn hóa-xã hội" share a key.
 */
export function normaliseUnitName(text: string): string {
  const lower = normaliseTonePlacement(cleanText(text).toLowerCase());
  return lower
    .replace(/\s*[-&]\s*/g, '-')
    .replace(/^[\s.,;:]+|[\s.,;:]+$/g, '');
}

/** Splits a column into unit mentions at ';', ',' and ' và ', dropping empty ones. */
export function splitUnitList(text: string): string[] {
  return cleanMentions(text)
    .split(/[;,\n]|\s+và\s+/iu)
    .map(mention => mention.trim())
    .filter(mention => normaliseUnitName(mention) !== '');
}

/**
 * Builds the lookup tables for `units`. Names are a unit's code, name and
 * aliases, and each also without a trailing "xã …" or a leading "các".
 * A written name shared by two units is reported in `conflicts`. A derived
 * name shared by two units is not reported, but it resolves to neither unit
 * unless one of them writes it.
 */
export function buildUnitIndex(units: readonly Unit[]): UnitNameIndex {
  const byKey = new Map<string, string | null>();
  const conflicts = new Map<string, Set<string>>();

  for (const unit of units) {
    for (const name of [unit.code, unit.name, ...unit.aliases]) {
      const key = normaliseUnitName(name);
      if (key === '') continue;
      const existing = byKey.get(key);
      if (existing === undefined) {
        byKey.set(key, unit.code);
      } else if (existing !== unit.code) {
        byKey.set(key, null);
        const codes = conflicts.get(key) ?? new Set(existing ? [existing] : []);
        conflicts.set(key, codes.add(unit.code));
      }
    }
  }

  // Derived names never override a written one.
  const derived = new Map<string, string | null>();
  for (const [key, code] of byKey) {
    if (code === null) continue;
    for (const variant of variantsOf(key).slice(1)) {
      if (byKey.has(variant)) continue;
      addOrMarkShared(derived, variant, code);
    }
  }
  derived.forEach((code, key) => byKey.set(key, code));

  const byFoldedKey = new Map<string, string | null>();
  byKey.forEach((code, key) => {
    if (code !== null) addOrMarkShared(byFoldedKey, foldKey(key), code);
  });

  return {
    codes: units.map(unit => unit.code).filter(code => !isPartnerCode(code)),
    byKey,
    byFoldedKey,
    conflicts: [...conflicts].map(([name, codes]) => ({
      name,
      codes: [...codes],
    })),
    memo: new Map(),
  };
}

// NOTE: an index is cached per array object. A unit list changed in place
// after the first call is therefore not seen, so build a new array or index.
const cachedIndexes = new WeakMap<readonly Unit[], UnitNameIndex>();

/**
 * Resolves the units named in a lead or coordinating column. Pass the index
 * from buildUnitIndex when resolving many rows.
 */
export function resolveUnits(
  text: string,
  units: readonly Unit[] | UnitNameIndex,
): ResolvedUnits {
  const index = indexFor(units);
  let result = index.memo.get(text);
  if (!result) {
    result = resolveUncached(text, index);
    if (index.memo.size >= MEMO_LIMIT) index.memo.clear();
    index.memo.set(text, result);
  }
  // Copies, so a caller that edits its result cannot change the memo.
  return {...result, codes: [...result.codes], unknown: [...result.unknown]};
}

function resolveUncached(text: string, index: UnitNameIndex): ResolvedUnits {
  const codes = new Set<string>();
  const unknown: string[] = [];
  let all = false;

  for (const outcome of resolvePart(cleanMentions(text), 0, index)) {
    if (typeof outcome === 'string') unknown.push(outcome);
    else if ('all' in outcome) all = true;
    else codes.add(outcome.code);
  }
  return {codes: all ? [...index.codes] : [...codes], all, unknown};
}

/** Resolves `text` whole, else split at SEPARATORS[level]; unknown parts are strings. */
function resolvePart(
  text: string,
  level: number,
  index: UnitNameIndex,
  wholeTried = false,
): Array<Hit | string> {
  const trimmed = text
    .trim()
    .replace(/^[.,;:]+|[.,;:]+$/g, '')
    .trim();
  if (trimmed === '') return [];

  const hit = wholeTried ? null : lookUp(trimmed, index, false);
  if (hit) return [hit];

  const parts =
    level < SEPARATORS.length ? trimmed.split(SEPARATORS[level]) : [trimmed];
  if (parts.length === 1) {
    if (level < SEPARATORS.length - 1) {
      return resolvePart(trimmed, level + 1, index, true);
    }
    // Only text that cannot be split further is compared without
    // diacritics, because folding is the slowest step.
    return [lookUp(trimmed, index, true) ?? trimmed];
  }

  const outcomes: Array<Hit | string> = [];
  let previous = '';
  for (const part of parts) {
    let found = resolvePart(part, level + 1, index);
    if (found.length === 1 && typeof found[0] === 'string' && previous) {
      const joined = lookUpJoined(`${previous} ${part.trim()}`, index);
      if (joined) found = [joined];
    }
    outcomes.push(...found);
    previous = part.trim();
  }
  return outcomes;
}

/**
 * Looks up two parts joined again ("các thôn, bản" as "các thôn bản"), as written or
 * without a leading "các", but never without a trailing "xã …": that variant would turn
 * "CA xã, Phòng Ma" into "CA" and drop the unknown "Phòng Ma".
 */
function lookUpJoined(mention: string, index: UnitNameIndex): Hit | null {
  const key = normaliseUnitName(mention);
  for (const variant of [key, key.replace(/^các\s+/u, '')]) {
    const code =
      index.byKey.get(variant) ?? index.byFoldedKey.get(foldKey(variant));
    if (code !== undefined) return code === null ? null : {code};
  }
  return null;
}

function lookUp(
  mention: string,
  index: UnitNameIndex,
  folded: boolean,
): Hit | null {
  const key = normaliseUnitName(mention);
  if (key === '') return null;

  const written = index.byKey.get(key);
  if (written !== undefined) return written === null ? null : {code: written};
  if (meansEveryUnit(key)) return {all: true};

  for (const variant of variantsOf(key).slice(1)) {
    const code = index.byKey.get(variant);
    if (code !== undefined) return code === null ? null : {code};
  }
  if (!folded) return null;
  for (const variant of variantsOf(key)) {
    const code = index.byFoldedKey.get(foldKey(variant));
    if (code !== undefined) return code === null ? null : {code};
  }
  return null;
}

const GENERIC_UNIT = '(?:cơ quan|đơn vị|ban|ngành|phòng)';
const EVERY_UNIT = new RegExp(
  `^${GENERIC_UNIT}(?:(?:\\s*,\\s*|\\s+và\\s+|\\s*-\\s*|\\s+)(?:các\\s+)?${GENERIC_UNIT})*$`,
  'u',
);

/**
 * Tells whether a normalised mention names every unit: "các đơn vị", "các cơ
 * quan đơn vị", "các cơ quan, đơn vị liên quan theo hướng dẫn của cấp trên",
 * "các cơ quan đơn vị theo lĩnh vực" (each unit in its own field), "đơn vị".
 * It must contain "cơ quan" or "đơn vị", so "các ban" alone is not one.
 */
function meansEveryUnit(key: string): boolean {
  const core = key
    .replace(
      /\s+theo\s+(?:hướng dẫn|chỉ đạo|yêu cầu|lĩnh vực|chức năng|nhiệm vụ).*$/u,
      '',
    )
    .replace(/\s+(?:có\s+)?liên quan$|\s+trực thuộc$/u, '')
    .replace(/^(?:tất cả|toàn bộ)\s+/u, '')
    .replace(/^các\s+/u, '');
  return /cơ quan|đơn vị/u.test(core) && EVERY_UNIT.test(core);
}

/** Returns `key` followed by its forms without a leading "các" and a trailing "xã …". */
function variantsOf(key: string): string[] {
  const variants = [key];
  const withoutCac = key.replace(/^các\s+/u, '');
  for (const base of withoutCac === key ? [key] : [key, withoutCac]) {
    if (base !== key) variants.push(base);
    const withoutCommune = base.replace(/\s+xã(?:\s+[^,;]*)?$/u, '');
    if (withoutCommune !== base && withoutCommune !== '') {
      variants.push(withoutCommune);
    }
  }
  return variants;
}

function foldKey(key: string): string {
  return stripDiacritics(key).replace(/[\s-]+/g, '');
}

function addOrMarkShared(
  map: Map<string, string | null>,
  key: string,
  code: string,
): void {
  const existing = map.get(key);
  if (existing === undefined) map.set(key, code);
  else if (existing !== code) map.set(key, null);
}

/** Returns NFC text with remarks in parentheses removed ("UBND xã (qua Phòng VH-XH)"). */
function cleanMentions(text: string): string {
  return text.normalize('NFC').replace(/\([^()]*\)/gu, ' ');
}

function indexFor(units: readonly Unit[] | UnitNameIndex): UnitNameIndex {
  if (!Array.isArray(units)) return units as UnitNameIndex;
  const list = units as readonly Unit[];
  let index = cachedIndexes.get(list);
  if (!index) {
    index = buildUnitIndex(list);
    cachedIndexes.set(list, index);
  }
  return index;
}
