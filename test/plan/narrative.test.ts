import {builtInNarrative, builtInTasks} from '../../src/plan/task-list';
import {fixtureNarrative} from './fixture';

const items = builtInNarrative();
const source = fixtureNarrative();
const tasks = builtInTasks();

function fieldOf(fields: string[], label: string): string {
  const line = fields.find(field => field.startsWith(label)) ?? '';
  return line
    .slice(line.indexOf(':') + 1)
    .trim()
    .replace(/[.;]$/, '');
}

describe('section III narrative', () => {
  test('item count matches the plan', () => {
    expect(items).toHaveLength(source.length);
  });

  test.each(source.map((item, index) => [index, item] as const))(
    'item %i matches the plan',
    (index, item) => {
      expect(items[index].bullets.map(bullet => bullet.text)).toEqual(
        item.bullets,
      );
      expect(items[index].fields).toEqual(item.fields);
    },
  );

  test('each bullet lands in one task', () => {
    for (const item of items) {
      for (const bullet of item.bullets) {
        const holders = tasks.filter(
          task =>
            task.content === bullet.text || task.detail.includes(bullet.text),
        );
        expect(holders.map(task => task.code)).toEqual([bullet.code]);
      }
    }
  });

  test('mapped detail keeps the fields', () => {
    for (const item of items) {
      for (const bullet of item.bullets.filter(b => !b.newRow)) {
        const task = tasks.find(t => t.code === bullet.code);
        const expected = [bullet.text, ...item.fields].join('\n');
        expect(task?.detail).toContain(expected);
      }
    }
  });

  test('new tasks take the fields', () => {
    const added = items.flatMap(item =>
      item.bullets.filter(b => b.newRow).map(bullet => ({item, bullet})),
    );
    expect(added).toHaveLength(3);
    for (const {item, bullet} of added) {
      const task = tasks.find(t => t.code === bullet.code);
      expect(task?.content).toBe(bullet.text);
      expect(task?.detail).toBe('');
      expect(task?.leadText).toBe(fieldOf(item.fields, 'Chủ trì'));
      expect(task?.coordinatingText).toBe(fieldOf(item.fields, 'Phối hợp'));
      expect(task?.timeText).toBe(fieldOf(item.fields, 'Thời gian'));
      expect(task?.product).toBe(fieldOf(item.fields, 'Sản phẩm'));
    }
  });

  test('3.6 has no product', () => {
    const task = tasks.find(t => t.code === '3.6');
    expect(task?.leadText).toBe('Phòng Văn hóa – Xã hội');
    expect(task?.timeText).toBe('Quý I–II/2026');
    expect(task?.product).toBe('');
  });

  test('rows without narrative', () => {
    const withoutDetail = tasks
      .filter(task => task.detail === '' && task.note === '')
      .map(task => task.code);
    expect(withoutDetail).toEqual([
      '1.3',
      '2.3',
      '3.2',
      '3.3',
      '4.2',
      '4.3',
      '4.4',
      '8.4',
      '8.5',
    ]);
  });
});
