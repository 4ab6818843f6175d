import {
  checkIndicator,
  indicatorLine,
  indicatorStatus,
} from '../../src/core/indicator-status';
import type {IndicatorState} from '../../src/core/model';
import type {IndicatorStatus} from '../../src/core/report-model';
import {makeIndicator} from './factories';

const TODAY = '2026-06-12';

describe('indicatorStatus', () => {
  const cases: Array<[string, Partial<IndicatorState>, IndicatorStatus]> = [
    ['no value', {currentText: ''}, 'noValue'],
    ['blank value', {currentText: '  '}, 'noValue'],
    ['no value past due', {currentText: '', due: '2026-03-31'}, 'noValue'],
    ['meets target', {currentText: '20'}, 'met'],
    ['above target', {currentText: '25%'}, 'met'],
    ['below target', {currentText: '19'}, 'notMet'],
    ['below target, due today', {currentText: '19', due: TODAY}, 'notMet'],
    [
      'below target, past due',
      {currentText: '19', due: '2026-06-11'},
      'missed',
    ],
    ['below target, no due', {currentText: '19', due: null}, 'notMet'],
    ['decimal comma', {targetText: '≥ 0,7', currentText: '0,72'}, 'met'],
    [
      'two parts, one typed',
      {targetText: 'Rà soát 100%; xử lý ≥02 thôn', currentText: '100'},
      'noValue',
    ],
    [
      'two parts met',
      {targetText: 'Rà soát 100%; xử lý ≥02 thôn', currentText: '100%; 2'},
      'met',
    ],
    [
      'two parts, second short',
      {targetText: 'Rà soát 100%; xử lý ≥02 thôn', currentText: '100%; 1'},
      'notMet',
    ],
    ['unreadable value', {currentText: 'đang tổng hợp'}, 'notMet'],
    [
      'unreadable value, past due',
      {currentText: 'đang tổng hợp', due: '2026-03-31'},
      'missed',
    ],
  ];

  test.each(cases)('%s', (_name, fields, expected) => {
    expect(indicatorStatus(makeIndicator(fields), TODAY)).toBe(expected);
  });
});

describe('checkIndicator', () => {
  test('unreadable value has problem', () => {
    const check = checkIndicator(
      makeIndicator({currentText: 'đang tổng hợp'}),
      TODAY,
    );
    expect(check.problem).toContain('Không đọc được giá trị');
  });

  test('readable value has none', () => {
    const check = checkIndicator(makeIndicator({currentText: '12'}), TODAY);
    expect(check.problem).toBeNull();
  });
});

describe('indicatorLine', () => {
  const line = indicatorLine(
    makeIndicator({currentText: '12', due: '2026-03-31'}),
    TODAY,
  );

  test('missed label', () => {
    expect(line.statusLabel).toBe('Không đạt (quá hạn)');
  });

  test('keeps target as written', () => {
    expect(line.targetText).toBe('≥ 20');
  });

  test('keeps value as typed', () => {
    expect(line.currentText).toBe('12');
  });
});
