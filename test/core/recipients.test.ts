import {
  INVALID_ADDRESS,
  MISSING_ADDRESS,
  findRecipientProblems,
  isValidEmail,
} from '../../src/core/recipients';
import {makeConfig, makeUnit} from './factories';

describe('isValidEmail', () => {
  const cases: Array<[string, boolean]> = [
    ['vpdu@bacha.laocai.gov.vn', true],
    [' vpdu@example.com ', true],
    ['vpdu@', false],
    ['vpdu.example.com', false],
    ['vp du@example.com', false],
    ['vpdu@example', false],
    ['', false],
  ];

  test.each(cases)('%s', (address, expected) => {
    expect(isValidEmail(address)).toBe(expected);
  });
});

describe('findRecipientProblems', () => {
  const config = makeConfig({
    standingOfficeEmails: ['vpdu@example.com'],
    summaryRecipients: [],
  });
  const units = [
    makeUnit('VPDU', {emails: ['vpdu@example.com']}),
    makeUnit('CAX', {name: 'Công an xã', emails: ['ca@', 'ca@example.com']}),
    makeUnit('PKT', {name: 'Phòng Kinh tế', emails: [' ']}),
    makeUnit('MTTQ', {emails: []}),
  ];
  const problems = findRecipientProblems(
    config,
    units,
    new Set(['VPDU', 'CAX', 'PKT']),
  );

  test('lists each problem once', () => {
    expect(problems).toEqual([
      {owner: 'Người nhận báo cáo tuần', address: '', problem: MISSING_ADDRESS},
      {owner: 'Công an xã', address: 'ca@', problem: INVALID_ADDRESS},
      {owner: 'Phòng Kinh tế', address: '', problem: MISSING_ADDRESS},
    ]);
  });

  test('skips units without reminders', () => {
    expect(problems.map(p => p.owner)).not.toContain('Đơn vị MTTQ');
  });
});
