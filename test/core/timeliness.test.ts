import type {TaskState, Timeliness} from '../../src/core/model';
import {
  TIMELINESS_LABELS,
  daysLate,
  isCompleted,
  timelinessOf,
} from '../../src/core/timeliness';
import {makeTask} from './factories';

const TODAY = '2026-06-12';
const LINK = 'https://drive.example/bb.pdf';

describe('timelinessOf', () => {
  const cases: Array<[string, Partial<TaskState>, Timeliness | null]> = [
    ['due today', {due: '2026-06-12'}, 'dueSoon'],
    ['due in 7 days', {due: '2026-06-19'}, 'dueSoon'],
    ['due in 8 days', {due: '2026-06-20'}, 'onTrack'],
    ['due yesterday', {due: '2026-06-11'}, 'overdue'],
    ['no due, no recurrence', {due: null}, 'undated'],
    [
      'recurring with due',
      {recurrence: 'monthly', due: '2026-03-31'},
      'ongoing',
    ],
    ['recurring without due', {recurrence: 'continuous', due: null}, 'ongoing'],
    [
      'done without evidence, past due',
      {status: 'done', due: '2026-03-31', completedOn: '2026-03-01'},
      'overdue',
    ],
    [
      'done without evidence, not due',
      {status: 'done', due: '2026-12-31'},
      'onTrack',
    ],
    [
      'done on due day',
      {
        status: 'done',
        evidenceLink: LINK,
        due: '2026-03-31',
        completedOn: '2026-03-31',
      },
      'doneOnTime',
    ],
    [
      'done a day late',
      {
        status: 'done',
        evidenceLink: LINK,
        due: '2026-03-31',
        completedOn: '2026-04-01',
      },
      'doneLate',
    ],
    [
      'done without due',
      {
        status: 'done',
        evidenceLink: LINK,
        due: null,
        completedOn: '2026-05-01',
      },
      'doneOnTime',
    ],
    [
      'done without date',
      {
        status: 'done',
        evidenceLink: LINK,
        due: '2026-03-31',
        completedOn: null,
      },
      'doneOnTime',
    ],
    [
      'done recurring',
      {
        status: 'done',
        evidenceLink: LINK,
        recurrence: 'weekly',
        completedOn: '2026-06-01',
      },
      'doneOnTime',
    ],
    [
      'evidence but in progress',
      {status: 'inProgress', evidenceLink: LINK, due: '2026-06-01'},
      'overdue',
    ],
    [
      'blank evidence link',
      {status: 'done', evidenceLink: '   ', due: '2026-06-01'},
      'overdue',
    ],
    ['paused past due', {status: 'paused', due: '2026-06-01'}, 'overdue'],
    ['cancelled past due', {status: 'cancelled', due: '2026-06-01'}, null],
  ];

  test.each(cases)('%s', (_name, fields, expected) => {
    expect(timelinessOf(makeTask(fields), TODAY)).toBe(expected);
  });
});

describe('daysLate', () => {
  const cases: Array<[string, Partial<TaskState>, number]> = [
    ['overdue by 12 days', {due: '2026-05-31'}, 12],
    ['due today', {due: '2026-06-12'}, 0],
    ['on track', {due: '2026-09-30'}, 0],
    [
      'done late by 10 days',
      {
        status: 'done',
        evidenceLink: LINK,
        due: '2026-03-31',
        completedOn: '2026-04-10',
      },
      10,
    ],
    [
      'done on time',
      {
        status: 'done',
        evidenceLink: LINK,
        due: '2026-03-31',
        completedOn: '2026-03-20',
      },
      0,
    ],
    ['recurring past due', {recurrence: 'monthly', due: '2026-03-31'}, 0],
    ['cancelled past due', {status: 'cancelled', due: '2026-03-31'}, 0],
    ['overdue across year', {due: '2025-12-31'}, 163],
  ];

  test.each(cases)('%s', (_name, fields, expected) => {
    expect(daysLate(makeTask(fields), TODAY)).toBe(expected);
  });
});

describe('isCompleted', () => {
  test('needs evidence', () => {
    expect(isCompleted(makeTask({status: 'done'}))).toBe(false);
  });

  test('done with evidence', () => {
    expect(isCompleted(makeTask({status: 'done', evidenceLink: LINK}))).toBe(
      true,
    );
  });
});

describe('TIMELINESS_LABELS', () => {
  test('labels are NFC Vietnamese', () => {
    for (const label of Object.values(TIMELINESS_LABELS)) {
      expect(label).toBe(label.normalize('NFC'));
    }
  });

  test('overdue label', () => {
    expect(TIMELINESS_LABELS.overdue).toBe('Quá hạn');
  });

  test('due soon label', () => {
    expect(TIMELINESS_LABELS.dueSoon).toBe('Sắp đến hạn (≤ 7 ngày)');
  });
});
