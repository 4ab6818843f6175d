import {builtInConfig} from '../../src/plan/config';
import {fixtureLines} from './fixture';

const config = builtInConfig();
const text = fixtureLines().join('\n');

describe('built-in config', () => {
  test('plan number in appendices', () => {
    expect(config.planNumber).toBe('66-KH/ĐU');
    expect(text).toContain('kế hoạch số 66-KH/ĐU ngày 28/01/2026');
    expect(config.planDate).toBe('2026-01-28');
    expect(config.planYear).toBe(2026);
  });

  test('signer as printed', () => {
    expect(text).toContain('**T/M BAN THƯỜNG VỤ  \nBÍ THƯ**');
    expect(config.signerTitle).toBe('T/M BAN THƯỜNG VỤ\nBÍ THƯ');
    expect(text).toContain(`**${config.signerName}**`);
  });

  test('commune named in the plan', () => {
    expect(text).toContain(`Đảng ủy xã ${config.communeName}`);
    expect(config.issuingBody).toBe('ĐẢNG ỦY XÃ BẮC HÀ');
    expect(config.superiorBody).toBe('ĐẢNG BỘ TỈNH LÀO CAI');
  });

  test('weekly deadline matches the plan', () => {
    expect(text).toContain('trước 14h thứ Sáu');
    expect(config.deadlineTime).toBe('14:00');
    expect(config.reminderTime).toBe('08:00');
  });

  test('addresses on the example domain', () => {
    const addresses = [
      ...config.standingOfficeEmails,
      ...config.summaryRecipients,
    ];
    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses.filter(a => !a.endsWith('.example'))).toEqual([]);
  });

  test('unknown budget is zero', () => {
    expect(config.communeBudgetMillion).toBe(0);
  });
});
