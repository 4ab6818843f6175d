import {Unit} from '../../src/core/model';
import {
  buildUnitIndex,
  isPartnerCode,
  normaliseUnitName,
  resolveUnits,
  splitUnitList,
} from '../../src/core/units';

function unit(code: string, name: string, aliases: string[] = []): Unit {
  return {code, name, aliases, head: '', emails: []};
}

// A unit list shaped like a commune's, with the spellings its plan uses.
const UNITS: Unit[] = [
  unit('VPDU', 'Văn phòng Đảng ủy', ['VP ĐU', 'VP Đảng ủy']),
  unit('UBND', 'Ủy ban nhân dân xã', ['UBND xã']),
  unit('VPHDND', 'Văn phòng HĐND-UBND', ['VP HĐND&UBND']),
  unit('VHXH', 'Phòng Văn hóa – Xã hội', ['Phòng VH-XH', 'Phòng VHXXH']),
  unit('PKT', 'Phòng Kinh tế', ['Phòng KT']),
  unit('TTPVHCC', 'Trung tâm Phục vụ hành chính công', [
    'TTPVHCC',
    'Trung tâm PVHC công',
  ]),
  unit('TTDVTH', 'Trung tâm Dịch vụ tổng hợp', ['TT DVTH']),
  unit('CAX', 'Công an xã', ['CA xã', 'CA']),
  unit('BQLCHO', 'Ban Quản lý Di tích và Chợ Văn hóa Bắc Hà', ['BQL Chợ']),
  unit('THON', 'Các thôn', ['thôn', 'thôn bản']),
  unit('MTTQ', 'Ủy ban Mặt trận Tổ quốc xã', ['MTTQ', 'Mặt trận Tổ quốc']),
  unit('DOANTHE', 'Các đoàn thể', ['Đoàn thể']),
  unit('CNSCD', 'Tổ công nghệ số cộng đồng', ['Tổ CNSCĐ']),
  unit('BPCM', 'Các bộ phận chuyên môn', []),
];
const ALL_CODES = UNITS.map(u => u.code);

describe('normaliseUnitName', () => {
  test.each([
    ['Phòng Văn hóa – Xã hội', 'phòng văn hóa-xã hội'],
    ['Phòng Văn hoá - Xã hội', 'phòng văn hóa-xã hội'],
    ['Phòng Văn hóa -Xã hội', 'phòng văn hóa-xã hội'],
    ['VP HĐND & UBND', 'vp hđnd-ubnd'],
    ['VP HĐND—UBND', 'vp hđnd-ubnd'],
    ['  Uỷ ban  nhân dân xã. ', 'ủy ban nhân dân xã'],
    ['Ðảng ủy', 'ðảng ủy'],
    ['Co\u0302ng an xa\u0303', 'công an xã'],
  ])('%p', (text, expected) => {
    expect(normaliseUnitName(text)).toBe(expected);
  });
});

describe('splitUnitList', () => {
  test.each([
    ['CA xã, VP ĐU, các đơn vị', ['CA xã', 'VP ĐU', 'các đơn vị']],
    [
      'Văn phòng Đảng ủy; Phòng Kinh tế',
      ['Văn phòng Đảng ủy', 'Phòng Kinh tế'],
    ],
    ['Mặt trận Tổ quốc và các đoàn thể', ['Mặt trận Tổ quốc', 'các đoàn thể']],
    ['UBND xã,', ['UBND xã']],
    ['UBND xã (qua Phòng VH-XH)', ['UBND xã']],
    ['', []],
  ])('%p', (text, expected) => {
    expect(splitUnitList(text)).toEqual(expected);
  });
});

describe('resolveUnits', () => {
  test.each([
    ['Văn phòng Đảng ủy', ['VPDU']],
    ['VP ĐU', ['VPDU']],
    ['vp đảng ủy', ['VPDU']],
    ['VPDU', ['VPDU']],
    ['CA xã, VP ĐU', ['CAX', 'VPDU']],
    ['Phòng VH-XH, VP ĐU', ['VHXH', 'VPDU']],
    ['Phòng VHXXH', ['VHXH']],
    ['Phòng Văn hoá – Xã hội', ['VHXH']],
    ['Phòng Văn hóa -Xã hội.', ['VHXH']],
    ['VP HĐND-UBND', ['VPHDND']],
    ['Văn phòng HĐND & UBND', ['VPHDND']],
    ['Trung tâm PVHC công', ['TTPVHCC']],
    ['Trung tâm Phục vụ hành chính công xã', ['TTPVHCC']],
    ['trung tâm dịch vụ tổng hợp xã Bắc Hà', ['TTDVTH']],
    ['Ban Quản lý Di tích và Chợ Văn hóa Bắc Hà', ['BQLCHO']],
    ['Phòng Kinh tế và Công an xã', ['PKT', 'CAX']],
    [
      'Mặt trận Tổ quốc và các đoàn thể, các thôn, bản',
      ['MTTQ', 'DOANTHE', 'THON'],
    ],
    ['Ủy ban nhân dân', ['UBND']],
    ['Uỷ ban nhân dân xã', ['UBND']],
    ['VP DU', ['VPDU']],
    ['VPĐU', ['VPDU']],
    ['Tổ CNSCD', ['CNSCD']],
    ['Các bộ phận chuyên môn', ['BPCM']],
    ['Công an xã; Công an xã', ['CAX']],
    ['UBND xã (qua Phòng VH-XH)', ['UBND']],
  ])('%p', (text, codes) => {
    const resolved = resolveUnits(text, UNITS);
    expect(resolved.codes).toEqual(codes);
    expect(resolved.all).toBe(false);
    expect(resolved.unknown).toEqual([]);
  });

  test.each([
    'Các cơ quan đơn vị',
    'Các cơ quan đơn vị.',
    'các đơn vị',
    'Các đơn vị',
    'Đơn vị',
    'Các cơ quan, đơn vị liên quan',
    'Các cơ quan, đơn vị',
    'các đơn vị liên quan',
    'Công an xã; các cơ quan, đơn vị liên quan theo hướng dẫn của cấp trên.',
    'Phòng Kinh tế, các cơ quan đơn vị',
    'tất cả các cơ quan, đơn vị',
    'Các cơ quan đơn vị theo lĩnh vực',
  ])('every unit %p', text => {
    const resolved = resolveUnits(text, UNITS);
    expect(resolved.all).toBe(true);
    expect(resolved.codes).toEqual(ALL_CODES);
    expect(resolved.unknown).toEqual([]);
  });

  test.each([
    ['Nhà mạng, thôn', ['THON'], ['Nhà mạng']],
    [
      'Doanh nghiệp viễn thông VNPT Bắc Hà',
      [],
      ['Doanh nghiệp viễn thông VNPT Bắc Hà'],
    ],
    ['Các ban', [], ['Các ban']],
    ['Phòng VH – XH, HTX', ['VHXH'], ['HTX']],
    ['Hội Phụ nữ và Hội Nông dân', [], ['Hội Phụ nữ', 'Hội Nông dân']],
    ['CA xã, Phòng Ma', ['CAX'], ['Phòng Ma']],
  ])('unknown in %p', (text, codes, unknown) => {
    const resolved = resolveUnits(text, UNITS);
    expect(resolved.codes).toEqual(codes);
    expect(resolved.unknown).toEqual(unknown);
    expect(resolved.all).toBe(false);
  });

  test.each(['', '  ', ' ; , '])('empty %p', text => {
    expect(resolveUnits(text, UNITS)).toEqual({
      codes: [],
      all: false,
      unknown: [],
    });
  });

  test('repeat call ignores edited result', () => {
    const index = buildUnitIndex(UNITS);
    resolveUnits('VP ĐU', index).codes.push('EDITED');
    expect(resolveUnits('VP ĐU', index).codes).toEqual(['VPDU']);
  });

  test('accepts a built index', () => {
    const index = buildUnitIndex(UNITS);
    expect(resolveUnits('VP ĐU, CA xã', index).codes).toEqual(['VPDU', 'CAX']);
  });
});

describe('partners', () => {
  const withPartners = [
    ...UNITS,
    unit('DT-VNPT', 'VNPT Bắc Hà', ['VNPT']),
    unit('DT-HTX', 'Hợp tác xã', ['HTX']),
  ];

  test('every unit leaves partners out', () => {
    const resolved = resolveUnits('Các đơn vị', withPartners);
    expect(resolved.codes).toEqual(ALL_CODES);
  });

  test('partner named alone resolves', () => {
    const resolved = resolveUnits('VNPT, HTX', withPartners);
    expect(resolved.codes).toEqual(['DT-VNPT', 'DT-HTX']);
  });

  test('isPartnerCode reads the prefix', () => {
    expect(isPartnerCode('DT-VNPT')).toBe(true);
    expect(isPartnerCode('VPDU')).toBe(false);
  });
});

describe('buildUnitIndex', () => {
  const shared = [
    unit('A', 'Phòng A', ['Phòng chung']),
    unit('B', 'Phòng B', ['phòng chung']),
  ];

  test('reports a shared alias', () => {
    expect(buildUnitIndex(shared).conflicts).toEqual([
      {name: 'phòng chung', codes: ['A', 'B']},
    ]);
  });

  test('shared alias resolves to none', () => {
    const resolved = resolveUnits('Phòng chung', shared);
    expect(resolved.codes).toEqual([]);
    expect(resolved.unknown).toEqual(['Phòng chung']);
  });

  test('written name beats derived name', () => {
    // "Công an xã" also yields "công an", which another unit writes itself.
    const units = [unit('CAX', 'Công an xã'), unit('CA', 'Công an')];
    expect(resolveUnits('Công an', units).codes).toEqual(['CA']);
    expect(resolveUnits('Công an xã', units).codes).toEqual(['CAX']);
  });

  test('resolves 100,000 rows quickly', () => {
    const many = Array.from({length: 40}, (_, i) =>
      unit(`U${i}`, `Đơn vị số ${i}`, [`ĐV${i}`, `Phòng ${i}`]),
    );
    const index = buildUnitIndex(many);
    const started = Date.now();
    let resolved = 0;
    let unknown = 0;
    for (let row = 0; row < 100_000; row++) {
      // The row number makes every text distinct, so no result is reused.
      const text = `ĐV${row % 40}, Phòng ${(row + 1) % 40}; Tổ ${row}`;
      const result = resolveUnits(text, index);
      resolved += result.codes.length;
      unknown += result.unknown.length;
    }
    expect(resolved).toBe(200_000);
    expect(unknown).toBe(100_000);
    // Measured at about 2 s under jest in the development container.
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
