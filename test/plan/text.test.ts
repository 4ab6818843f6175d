import {builtInPlan} from '../../src/plan';

/** Collects every string in a value, with the path that leads to it. */
function stringsOf(value: unknown, path: string): Array<[string, string]> {
  if (typeof value === 'string') {
    return [[path, value]];
  }
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => stringsOf(item, `${path}[${index}]`));
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      stringsOf(item, `${path}.${key}`),
    );
  }
  return [];
}

const strings = stringsOf(builtInPlan(), 'plan');

describe('built-in plan text', () => {
  test('plan has text', () => {
    expect(strings.length).toBeGreaterThan(500);
  });

  test('every string is NFC', () => {
    const notNfc = strings.filter(([, text]) => text.normalize('NFC') !== text);
    expect(notNfc).toEqual([]);
  });

  test('no LaTeX dollar signs', () => {
    expect(strings.filter(([, text]) => text.includes('$'))).toEqual([]);
  });

  test('no backslashes', () => {
    expect(strings.filter(([, text]) => text.includes('\\'))).toEqual([]);
  });

  test('no markdown bold markers', () => {
    expect(strings.filter(([, text]) => text.includes('**'))).toEqual([]);
  });

  test('no stray outer spaces', () => {
    expect(strings.filter(([, text]) => text !== text.trim())).toEqual([]);
  });

  test('fresh copy on each call', () => {
    const first = builtInPlan();
    first.tasks[0].content = 'changed';
    first.units[0].aliases.push('changed');
    const second = builtInPlan();
    expect(second.tasks[0].content).not.toBe('changed');
    expect(second.units[0].aliases).not.toContain('changed');
  });
});
