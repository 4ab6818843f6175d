import type {TaskState} from '../../src/core/model';
import {missingSixClear, missingSixClearLabels} from '../../src/core/six-clear';
import type {SixClearItem} from '../../src/core/report-model';
import {makeTask} from './factories';

describe('missingSixClear', () => {
  const cases: Array<[string, Partial<TaskState>, SixClearItem[]]> = [
    ['complete row', {}, []],
    ['no person', {person: ''}, ['person']],
    ['blank person', {person: '  '}, ['person']],
    ['no content', {content: ''}, ['content']],
    ['no lead unit', {leadUnits: []}, ['responsibility']],
    ['no due, no recurrence', {due: null}, ['time']],
    ['no due, recurring', {due: null, recurrence: 'weekly'}, []],
    ['no product', {product: ''}, ['result']],
    ['done without evidence', {status: 'done'}, ['evidence']],
    ['progress without evidence', {progress: 10}, ['evidence']],
    ['not started, no evidence', {progress: 0}, []],
    ['done with evidence', {status: 'done', evidenceLink: 'https://x'}, []],
    [
      'everything missing',
      {
        person: '',
        content: '',
        leadUnits: [],
        due: null,
        product: '',
        progress: 50,
      },
      ['person', 'content', 'responsibility', 'time', 'result', 'evidence'],
    ],
  ];

  test.each(cases)('%s', (_name, fields, expected) => {
    expect(missingSixClear(makeTask(fields))).toEqual(expected);
  });
});

describe('missingSixClearLabels', () => {
  test('person and time labels', () => {
    const task = makeTask({person: '', due: null});
    expect(missingSixClearLabels(task)).toEqual(['rõ người', 'rõ thời gian']);
  });

  test('evidence label', () => {
    const task = makeTask({status: 'done'});
    expect(missingSixClearLabels(task)).toEqual(['rõ minh chứng']);
  });

  test('responsibility, work, result labels', () => {
    const task = makeTask({leadUnits: [], content: '', product: ''});
    expect(missingSixClearLabels(task)).toEqual([
      'rõ việc',
      'rõ trách nhiệm',
      'rõ kết quả',
    ]);
  });
});
