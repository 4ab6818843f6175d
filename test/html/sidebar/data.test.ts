import {sidebarDataFrom} from '../../../src/html/sidebar/data';
import {CAX, taskLine, VPDU, weeklySummary} from '../fixtures';

describe('sidebarDataFrom', () => {
  const shared = taskLine({code: '2.2', daysLate: 5, leadUnits: [VPDU, CAX]});
  const summary = weeklySummary({
    overdueByUnit: [
      {unit: CAX, tasks: [shared, taskLine({code: '4.1', daysLate: 90})]},
      {unit: VPDU, tasks: [shared]},
    ],
  });
  const data = sidebarDataFrom(summary, '12/06/2026 15:00');

  test('lists a shared task once', () => {
    expect(data.overdue.map(task => task.code)).toEqual(['4.1', '2.2']);
  });

  test('names every lead unit', () => {
    expect(data.overdue[1].unitName).toBe('Văn phòng Đảng ủy, Công an xã');
  });

  test('keeps week and counts', () => {
    expect(data.weekLabel).toBe('Tuần 24 (08/06–14/06/2026)');
    expect(data.counts).toBe(summary.counts);
    expect(data.updatedText).toBe('12/06/2026 15:00');
  });

  test('survives a JSON round trip', () => {
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });
});
