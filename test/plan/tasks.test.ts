import {NEW_TASK_NOTE, builtInTasks} from '../../src/plan/task-list';
import {fixtureTasks} from './fixture';

const tasks = builtInTasks();
const source = fixtureTasks();
const sourceCodes = new Set(source.map(row => row.cells[0]));

describe('built-in tasks', () => {
  test('Phụ lục III has 34 rows', () => {
    expect(source).toHaveLength(34);
  });

  test('every Phụ lục III row kept', () => {
    const codes = tasks.map(task => task.code);
    expect(codes.filter(code => sourceCodes.has(code))).toEqual([
      ...sourceCodes,
    ]);
  });

  test('codes are unique', () => {
    const codes = tasks.map(task => task.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  test.each(source.map(row => [row.cells[0], row] as const))(
    'task %s matches its row',
    (code, row) => {
      const task = tasks.find(t => t.code === code);
      expect(task).toBeDefined();
      const [, content, lead, coordinating, time, product, note] = row.cells;
      expect(task?.sectionCode).toBe(row.sectionCode);
      expect(task?.sectionName).toBe(row.sectionName);
      expect(task?.groupNo).toBe(row.groupNo);
      expect(task?.groupName).toBe(row.groupName);
      expect(task?.content).toBe(content);
      expect(task?.leadText).toBe(lead);
      expect(task?.coordinatingText).toBe(coordinating);
      expect(task?.timeText).toBe(time);
      expect(task?.product).toBe(product);
      expect(task?.note).toBe(note);
    },
  );

  test('new tasks continue their group', () => {
    const added = tasks.filter(task => !sourceCodes.has(task.code));
    expect(added.map(task => task.code)).toEqual(['3.6', '5.4', '8.6']);
    for (const task of added) {
      const [groupNo, index] = task.code.split('.');
      const previous = `${groupNo}.${Number(index) - 1}`;
      const position = tasks.indexOf(task);
      expect(task.groupNo).toBe(groupNo);
      expect(tasks[position - 1].code).toBe(previous);
      expect(task.note).toBe(NEW_TASK_NOTE);
    }
  });

  test('tasks follow code order', () => {
    const keys = tasks.map(task => task.code.split('.').map(Number));
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(keys).toEqual(sorted);
  });

  test('persons are left empty', () => {
    expect(tasks.filter(task => task.person !== '')).toEqual([]);
    expect(tasks.filter(task => task.personEmail !== '')).toEqual([]);
  });
});
