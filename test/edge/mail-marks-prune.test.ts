// Mail marks stay in the document properties only while they guard a week, because the
// store holds 500 KB in all and the "Thư đã gửi" tab keeps the history.
import {at, rows, setUp} from './harness';

function markWeeks(properties: Map<string, string>): string[] {
  const weeks = [...properties.keys()]
    .filter(key => key.startsWith('mail:'))
    .map(key => key.slice('mail:'.length).split('|')[0]);
  return [...new Set(weeks)].sort();
}

describe('mail marks over weeks', () => {
  const emu = setUp(at('2026-06-08', '09:00'));
  emu.advanceTo(at('2026-07-03', '23:00'));
  const properties = emu.emu.properties.document;

  test('keep this week and last', () => {
    expect(markWeeks(properties)).toEqual(['2026-06-22', '2026-06-29']);
  });

  test('ledger keeps every week', () => {
    const weeks = new Set(
      rows(emu, 'Thư đã gửi').map(r => String(r.key).split('|')[0]),
    );
    expect([...weeks].sort()).toEqual([
      '2026-06-08',
      '2026-06-15',
      '2026-06-22',
      '2026-06-29',
    ]);
  });
});
