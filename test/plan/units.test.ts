import {
  PARTNER_CODE_PREFIX,
  builtInUnits,
  isPartner,
} from '../../src/plan/units';

const units = builtInUnits();

/** Folds case, dashes, "&" and spaces the way staff vary them ("VP HĐND&UBND", "VP HĐND - UBND"). */
function fold(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212&-]/g, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Folds like `fold` and drops tone and vowel marks too, as a lenient matcher might. */
function foldMarks(text: string): string {
  return fold(text).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
}

/** Returns the keys that map to more than one unit under `key`. */
function collisions(key: (text: string) => string): string[] {
  const owners = new Map<string, Set<string>>();
  for (const unit of units) {
    for (const name of [unit.code, unit.name, ...unit.aliases]) {
      const folded = key(name);
      owners.set(folded, (owners.get(folded) ?? new Set()).add(unit.code));
    }
  }
  return [...owners]
    .filter(([, codes]) => codes.size > 1)
    .map(([name]) => name);
}

describe('built-in units', () => {
  test('codes are unique', () => {
    const codes = units.map(unit => unit.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  test('aliases do not collide', () => {
    expect(collisions(fold)).toEqual([]);
  });

  test('aliases differ without marks', () => {
    expect(collisions(foldMarks)).toEqual([]);
  });

  test('plan spellings are aliases', () => {
    const byCode = new Map(units.map(unit => [unit.code, unit]));
    const expected: Array<[string, string[]]> = [
      ['VPDU', ['VP ĐU', 'VP Đảng ủy', 'VPĐU', 'Văn phòng Đảng ủy xã']],
      [
        'VHXH',
        ['Phòng VH-XH', 'Phòng VHXXH', 'VH-XH', 'Phòng Văn hóa -Xã hội'],
      ],
      ['CAX', ['CA', 'CA xã']],
      ['TTPVHCC', ['TTPVHCC', 'Trung tâm PVHC công', 'Trung tâm HC công']],
      ['UBKT', ['UBKT ĐU']],
      ['VPHDND', ['VP HĐND&UBND', 'VP HĐND-UBND']],
      ['PKT', ['Phòng KT']],
      ['TTDVTH', ['TT DVTH']],
      ['BQLCHO', ['BQL Chợ']],
      ['CNSCD', ['Tổ CNSCĐ', 'CNSCĐ']],
      ['DTN', ['Đoàn TN']],
      ['DT-VIENTHONG', ['Nhà mạng']],
    ];
    for (const [code, aliases] of expected) {
      const folded = (byCode.get(code)?.aliases ?? []).map(fold);
      for (const alias of aliases) {
        expect(folded).toContain(fold(alias));
      }
    }
  });

  test('partners carry the prefix', () => {
    const partners = units.filter(isPartner).map(unit => unit.code);
    expect(partners).toEqual([
      'DT-VIENTHONG',
      'DT-VNPT',
      'DT-VIETTEL',
      'DT-HTX',
      'DT-THT',
      'DT-HONONGDAN',
      'DT-HOKD',
    ]);
    expect(partners.every(code => code.startsWith(PARTNER_CODE_PREFIX))).toBe(
      true,
    );
  });

  test('partners have no mailbox', () => {
    expect(units.filter(isPartner).flatMap(unit => unit.emails)).toEqual([]);
  });

  test('commune units have example mailboxes', () => {
    const communeUnits = units.filter(unit => !isPartner(unit));
    expect(communeUnits.filter(unit => unit.emails.length !== 1)).toEqual([]);
    const addresses = communeUnits.flatMap(unit => unit.emails);
    expect(addresses.filter(a => !/^[a-z]+@bacha\.example$/.test(a))).toEqual(
      [],
    );
  });

  test('heads are left empty', () => {
    expect(units.filter(unit => unit.head !== '')).toEqual([]);
  });
});
