// A whole quarter through `npm start` with double fires and injected send failures: exactly
// one reminder per unit and one summary per Friday, each listed in summary.json.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';

interface ListedEmail {
  sentAt: string;
  kind: string;
  to: string[];
  subject: string;
}

const root = resolve(__dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'nq57-quarter-'));
let summary: {emails: ListedEmail[]; executions: Array<{ok: boolean}>};

beforeAll(() => {
  execFileSync(
    process.execPath,
    [
      'tools/ts-run.mjs',
      'tools/run/main.ts',
      '--from',
      '2026-04-01',
      '--to',
      '2026-06-30',
      '--double-fire',
      '--scenario',
      'test/fixtures/scenarios/quarter.json',
      '--out',
      out,
    ],
    {cwd: root, stdio: 'pipe'},
  );
  summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
}, 600_000);

/** The 13 Fridays of 1 April – 30 June 2026. */
const FRIDAYS = [
  '2026-04-03',
  '2026-04-10',
  '2026-04-17',
  '2026-04-24',
  '2026-05-01',
  '2026-05-08',
  '2026-05-15',
  '2026-05-22',
  '2026-05-29',
  '2026-06-05',
  '2026-06-12',
  '2026-06-19',
  '2026-06-26',
];

function ofKind(kind: string): ListedEmail[] {
  return summary.emails.filter(email => email.kind === kind);
}

describe('quarter run with double fire', () => {
  test('one summary per Friday', () => {
    const days = ofKind('summary').map(email => email.sentAt.slice(0, 10));
    expect(days).toEqual(FRIDAYS);
  });

  test('summaries go after 14:00', () => {
    for (const email of ofKind('summary'))
      expect(email.sentAt.slice(11, 16) >= '14:00').toBe(true);
  });

  test('one reminder per unit per week', () => {
    const seen = new Set<string>();
    for (const email of ofKind('reminder')) {
      expect(seen.has(email.subject)).toBe(false);
      seen.add(email.subject);
    }
    expect(seen.size).toBe(ofKind('reminder').length);
  });

  test('every Friday reminds the same units', () => {
    const unitsByWeek = new Map<string, number>();
    for (const email of ofKind('reminder')) {
      const week = /tuần (\d+)/i.exec(email.subject)?.[1] ?? '';
      unitsByWeek.set(week, (unitsByWeek.get(week) ?? 0) + 1);
    }
    expect(unitsByWeek.size).toBe(FRIDAYS.length);
    const counts = new Set(unitsByWeek.values());
    expect(Math.min(...counts)).toBeGreaterThan(5);
    // The failed send of 15/05 is finished by the resume run, so no week has fewer.
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  test('reminders go out on Fridays', () => {
    for (const email of ofKind('reminder'))
      expect(FRIDAYS).toContain(email.sentAt.slice(0, 10));
  });

  test('each email lists sentAt kind to subject', () => {
    expect(summary.emails.length).toBeGreaterThan(FRIDAYS.length * 6);
    for (const email of summary.emails) {
      expect(email.sentAt).toMatch(/^2026-0[4-6]-\d\dT\d\d:\d\d\+07:00$/);
      expect(['reminder', 'summary']).toContain(email.kind);
      expect(email.to.length).toBeGreaterThan(0);
      expect(email.subject).toMatch(/^\[NQ57\] /);
    }
  });

  test('every email is written out', () => {
    const files = readdirSync(join(out, 'mail')).filter(f =>
      f.endsWith('.eml'),
    );
    expect(files).toHaveLength(summary.emails.length);
  });

  test('no trigger run failed', () => {
    expect(summary.executions.filter(run => !run.ok)).toEqual([]);
  });
});
