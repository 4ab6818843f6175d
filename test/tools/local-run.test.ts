// npm start's contract: the files it writes for the built-in plan on 2026-06-12 15:00.
import {spawnSync} from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {simpleParser} from 'mailparser';

const root = resolve(__dirname, '../..');

function runner(args: string[]) {
  return spawnSync(
    process.execPath,
    ['tools/ts-run.mjs', 'tools/run/main.ts', ...args],
    {
      cwd: root,
      encoding: 'utf8',
      env: {...process.env, TZ: 'America/New_York'},
    },
  );
}

describe('local run on 2026-06-12 15:00', () => {
  const out = mkdtempSync(join(tmpdir(), 'nq57-run-'));
  const result = runner(['--date', '2026-06-12T15:00', '--out', out]);
  const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));

  test('exits cleanly', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  test('writes the workbook', () => {
    expect(existsSync(join(out, 'workbook.xlsx'))).toBe(true);
  });

  test('reports the date used', () => {
    expect(summary.date).toBe('2026-06-12T15:00+07:00');
  });

  test('flags exactly the Quý I tasks nobody closed', () => {
    expect(summary.overdueTaskCodes).toEqual(['1.4', '3.1', '4.1']);
  });

  test('counts tasks by timeliness', () => {
    const total = Object.values(
      summary.tasksByTimeliness as Record<string, number>,
    ).reduce((a, b) => a + b, 0);
    expect(total).toBe(37);
    expect(summary.tasksByTimeliness['Quá hạn']).toBe(3);
  });

  test('sends one reminder per lead unit and one summary', () => {
    const kinds = (summary.emails as Array<{kind: string; to: string[]}>).map(
      mail => mail.kind,
    );
    const reminders = summary.emails.filter(
      (mail: {kind: string}) => mail.kind === 'reminder',
    );
    const recipients = new Set(
      reminders.map((mail: {to: string[]}) => mail.to.join(',')),
    );
    expect(kinds.filter(kind => kind === 'summary')).toHaveLength(1);
    expect(recipients.size).toBe(reminders.length);
    expect(reminders.length).toBeGreaterThan(0);
  });

  test('counts service calls by service', () => {
    expect(summary.serviceCalls.SpreadsheetApp).toBeGreaterThan(0);
    expect(summary.serviceCalls.MailApp).toBeGreaterThan(0);
  });

  test('writes real MIME with HTML copies', async () => {
    const files = readdirSync(join(out, 'mail'));
    const emls = files.filter(file => file.endsWith('.eml'));
    expect(emls.length).toBe(summary.emails.length);
    expect(files.filter(file => file.endsWith('.html')).length).toBe(
      emls.length,
    );
    const parsed = await simpleParser(readFileSync(join(out, 'mail', emls[0])));
    expect(parsed.subject).toMatch(/^\[NQ57\] Nhắc báo cáo tuần 24/);
    expect(parsed.html).toContain('Nhắc báo cáo');
    expect(parsed.text).toContain('14:00');
  });
});

describe('local run options', () => {
  test('a bad date exits non-zero and says what is accepted', () => {
    const result = runner(['--date', '12/06/2026']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('YYYY-MM-DD');
  });

  test('rerun replaces earlier output', () => {
    const out = mkdtempSync(join(tmpdir(), 'nq57-rerun-'));
    mkdirSync(join(out, 'mail'));
    writeFileSync(join(out, 'mail', 'mail-999.eml'), 'old');
    writeFileSync(join(out, 'BC Quý I năm 2026.pdf'), 'old');
    writeFileSync(join(out, 'reminder.png'), 'old');
    writeFileSync(join(out, 'notes.txt'), 'kept');

    const result = runner(['--date', '2026-06-12T15:00', '--out', out]);
    expect(result.status).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    const emls = readdirSync(join(out, 'mail')).filter(file =>
      file.endsWith('.eml'),
    );
    expect(emls).toHaveLength(summary.emails.length);
    expect(emls).not.toContain('mail-999.eml');
    expect(existsSync(join(out, 'BC Quý I năm 2026.pdf'))).toBe(false);
    expect(existsSync(join(out, 'notes.txt'))).toBe(true);
    const screenshots = summary.screenshots as string[];
    expect(existsSync(join(out, 'reminder.png'))).toBe(
      screenshots.includes('reminder.png'),
    );
  });
});
