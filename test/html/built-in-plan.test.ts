// Renders every template from the domain's own output for the built-in plan,
// so a change in the report-model data that breaks a template fails here.
import type {
  BudgetState,
  IndicatorState,
  TaskState,
  WeeklyReport,
} from '../../src/core/model';
import {buildQuarterlyReport} from '../../src/core/quarterly';
import {readTimePhrase} from '../../src/core/time-phrase';
import {resolveUnits} from '../../src/core/units';
import {buildReminders, buildWeeklySummary} from '../../src/core/weekly';
import {
  quarterlyReportHtml,
  reminderEmail,
  renderSidebar,
  sidebarDataFrom,
  summaryEmail,
} from '../../src/html';
import {builtInPlan} from '../../src/plan';
import {nestingError, tagCount, urlsIn, visibleText} from './checks';
import {HOSTILE, SPREADSHEET_URL} from './fixtures';

const plan = builtInPlan();
const today = '2026-06-12';
const options = {spreadsheetUrl: SPREADSHEET_URL};

const tasks: TaskState[] = plan.tasks.map((task, i) => {
  const time = readTimePhrase(task.timeText, plan.config.planYear);
  return {
    ...task,
    content: i === 0 ? HOSTILE : task.content,
    row: i + 2,
    start: time.start,
    due: time.due,
    recurrence: time.recurrence,
    status: 'notStarted',
    progress: 0,
    evidenceLink: '',
    completedOn: null,
    updatedAt: null,
    updatedBy: '',
    leadUnits: resolveUnits(task.leadText, plan.units).codes,
    coordinatingUnits: resolveUnits(task.coordinatingText, plan.units).codes,
  };
});
const indicators: IndicatorState[] = plan.indicators.map((indicator, i) => ({
  ...indicator,
  row: i + 2,
  currentText: '',
  currentEvidence: '',
  due: null,
}));
const budget: BudgetState[] = plan.budget.map((line, i) => ({
  ...line,
  row: i + 2,
  spentMillion: 0,
}));
const reports: WeeklyReport[] = [
  {
    row: 2,
    weekStart: '2026-06-08',
    unitCode: plan.units[0].code,
    taskCode: '1.4',
    result: 'Đã họp',
    difficulties: HOSTILE,
    proposals: HOSTILE,
    reporter: 'Lò Thị Mai',
    submittedAt: null,
  },
];
const input = {config: plan.config, units: plan.units, tasks, reports, today};

describe('built-in plan reminders', () => {
  const reminders = buildReminders(input);

  test('render for every unit', () => {
    expect(reminders.length).toBeGreaterThan(0);
    for (const reminder of reminders) {
      const email = reminderEmail(reminder, options);
      expect(email.subject).toMatch(
        /^\[NQ57\] Nhắc báo cáo tuần 24 \(08\/06–12\/06\/2026\) – \S/,
      );
      expect(nestingError(email.html)).toBeNull();
      expect(email.html).not.toContain('<script');
    }
  });
});

describe('built-in plan summary', () => {
  const summary = buildWeeklySummary({
    ...input,
    indicators,
    previous: null,
    recipientProblems: [],
  });
  const email = summaryEmail(summary, options);

  test('has the week subject', () => {
    expect(email.subject).toBe('[NQ57] Tổng hợp tuần 24 (08/06–14/06/2026)');
  });

  test('lists the Quý I tasks as overdue', () => {
    const start = email.text.indexOf('2. Nhiệm vụ quá hạn');
    const end = email.text.indexOf('3. Nhiệm vụ đến hạn');
    const overdue = email.text.slice(start, end);
    for (const code of ['1.4', '3.1', '4.1']) {
      expect(overdue).toContain(`Mã: ${code}; Nội dung:`);
    }
    expect(overdue).not.toContain('Mã: 2.2;');
  });

  test('is well-formed', () => {
    expect(nestingError(email.html)).toBeNull();
  });

  test('links only to the spreadsheet', () => {
    expect(urlsIn(email.html).filter(url => url !== SPREADSHEET_URL)).toEqual(
      [],
    );
  });

  test('feeds the sidebar', () => {
    const page = renderSidebar(sidebarDataFrom(summary, '12/06/2026 15:00'));
    expect(nestingError(page)).toBeNull();
  });
});

describe('built-in plan quarterly report', () => {
  const report = buildQuarterlyReport({
    ...input,
    indicators,
    budget,
    year: 2026,
    kind: 2,
  });
  const html = quarterlyReportHtml(report);

  test('is well-formed', () => {
    expect(nestingError(html)).toBeNull();
  });

  test('states the cut-off', () => {
    expect(visibleText(html)).toContain('(số liệu tính đến ngày 14/06/2026)');
  });

  test('has both charts', () => {
    expect(tagCount(html, 'svg')).toBe(2);
  });

  test('escapes typed text', () => {
    expect(html).not.toContain('<script');
    expect(visibleText(html)).toContain(HOSTILE);
  });

  test('lists every task in the appendix', () => {
    for (const task of plan.tasks) {
      expect(html).toContain(`<td class="center">${task.code}</td>`);
    }
  });
});
