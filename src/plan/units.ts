// Units of the built-in plan: every commune unit and outside partner that plan 66-KH/ĐU names,
// with every spelling the plan uses for it as an alias.

import {Unit} from '../core/model';

/**
 * Code prefix of partners outside the commune's apparatus (telecom operators, cooperatives,
 * farming and business households). The plan gives them coordinating roles, but they do not
 * report weekly, so they have no email addresses and reminders do not reach them.
 */
export const PARTNER_CODE_PREFIX = 'DT-';

/** Returns whether the unit is an outside partner rather than a commune unit. */
export function isPartner(unit: Pick<Unit, 'code'>): boolean {
  return unit.code.startsWith(PARTNER_CODE_PREFIX);
}

// Placeholder mailboxes on the reserved `.example` domain; the office types the real ones.
const EMAIL_DOMAIN = 'bacha.example';

function communeUnit(code: string, name: string, aliases: string[]): Unit {
  const mailbox = code.toLowerCase();
  return {
    code,
    name,
    aliases,
    head: '',
    emails: [`${mailbox}@${EMAIL_DOMAIN}`],
  };
}

function partner(code: string, name: string, aliases: string[]): Unit {
  return {
    code: PARTNER_CODE_PREFIX + code,
    name,
    aliases,
    head: '',
    emails: [],
  };
}

/**
 * Returns the built-in plan's units, commune units first.
 *
 * Aliases keep the plan's own typos ("Phòng VHXXH") so that its columns resolve as written.
 * The plan's "Các đơn vị" and "Các cơ quan đơn vị" mean every unit; the unit-name reader handles
 * them, so they are not aliases here.
 */
export function builtInUnits(): Unit[] {
  return [
    communeUnit('VPDU', 'Văn phòng Đảng ủy', [
      'VP ĐU',
      'VP Đảng ủy',
      'VPĐU',
      'Văn phòng Đảng ủy xã',
    ]),
    communeUnit('UBKT', 'Ủy ban Kiểm tra Đảng ủy', [
      'UBKT ĐU',
      'UBKT',
      'Ủy ban Kiểm tra',
    ]),
    communeUnit('BXDD', 'Ban Xây dựng Đảng', ['Ban Xây dựng Đảng Đảng ủy']),
    communeUnit('UBND', 'Ủy ban nhân dân xã', ['UBND xã', 'UBND']),
    communeUnit('VPHDND', 'Văn phòng HĐND-UBND', [
      'VP HĐND&UBND',
      'VP HĐND-UBND',
      'Văn phòng HĐND & UBND xã',
      'Văn phòng HĐND-UBND xã',
    ]),
    communeUnit('VHXH', 'Phòng Văn hóa – Xã hội', [
      'Phòng VH-XH',
      'Phòng VHXXH',
      'VH-XH',
      'Phòng Văn hóa -Xã hội',
      'Phòng VHXH',
    ]),
    communeUnit('PKT', 'Phòng Kinh tế', ['Phòng KT']),
    communeUnit('TTPVHCC', 'Trung tâm Phục vụ hành chính công', [
      'TTPVHCC',
      'Trung tâm PVHC công',
      'Trung tâm HC công',
      'Trung tâm Phục vụ hành chính công xã',
      'Bộ phận một cửa',
    ]),
    communeUnit('TTDVTH', 'Trung tâm Dịch vụ tổng hợp', [
      'TT DVTH',
      'Trung tâm Dịch vụ tổng hợp xã Bắc Hà',
    ]),
    communeUnit('CAX', 'Công an xã', ['CA', 'CA xã']),
    communeUnit('BQLCHO', 'Ban Quản lý Di tích và Chợ Văn hóa Bắc Hà', [
      'BQL Chợ',
      'Ban Quản lý chợ',
    ]),
    communeUnit('THON', 'Các thôn', ['thôn', 'thôn bản']),
    communeUnit('MTTQ', 'Ủy ban Mặt trận Tổ quốc xã', [
      'MTTQ',
      'MTTQ xã',
      'Mặt trận Tổ quốc',
      'Ủy ban Mặt trận Tổ quốc',
    ]),
    communeUnit('DOANTHE', 'Các đoàn thể', [
      'Đoàn thể',
      'các tổ chức chính trị – xã hội',
    ]),
    communeUnit('DTN', 'Đoàn Thanh niên', ['Đoàn TN']),
    communeUnit('HPN', 'Hội Phụ nữ', []),
    communeUnit('HND', 'Hội Nông dân', []),
    communeUnit('HCCB', 'Hội Cựu chiến binh', []),
    communeUnit('CNSCD', 'Tổ công nghệ số cộng đồng', [
      'Tổ CNSCĐ',
      'CNSCĐ',
      'Tổ CNSCD',
      'Các Tổ công nghệ số cộng đồng',
    ]),
    communeUnit('TUPHAP', 'Bộ phận Tư pháp', ['Tư pháp']),
    communeUnit('BPCM', 'Các bộ phận chuyên môn', ['Bộ phận']),
    partner('VIENTHONG', 'Doanh nghiệp viễn thông', ['Nhà mạng']),
    partner('VNPT', 'VNPT Bắc Hà', [
      'VNPT',
      'Doanh nghiệp viễn thông VNPT Bắc Hà',
    ]),
    partner('VIETTEL', 'Viettel Bắc Hà', ['Viettel']),
    partner('HTX', 'Hợp tác xã', ['HTX', 'các HTX']),
    partner('THT', 'Tổ hợp tác', []),
    partner('HONONGDAN', 'Hộ nông dân', []),
    partner('HOKD', 'Hộ kinh doanh', ['các hộ kinh doanh', 'hộ KD']),
  ];
}
