// A country-sized plan must still give a summary under Gmail's 200 KB body limit: the lists
// are cut and the rest counted, with the spreadsheet for the full picture.
import {summaryEmail} from '../../../src/html/email/summary';
import {visibleText} from '../checks';
import {SPREADSHEET_URL, weeklySummary} from '../fixtures';

const BODY_LIMIT = 200 * 1024;
// Gmail shows "[Message clipped]" above about 102 KB of HTML.
const GMAIL_CLIP_BYTES = 102 * 1024;

function countrySummary() {
  const summary = weeklySummary();
  const task = summary.overdueByUnit[0].tasks[0];
  const units = Array.from({length: 3000}, (_, i) => ({
    code: `DV${i}`,
    name: `Ủy ban nhân dân xã số ${i}`,
  }));
  return {
    ...summary,
    overdueByUnit: units.slice(0, 300).map(unit => ({
      unit,
      tasks: Array.from({length: 40}, (_, i) => ({...task, code: `9.${i}`})),
    })),
    reporting: {...summary.reporting, notReported: units},
  };
}

describe('summary of 3,000 units', () => {
  const {html, text} = summaryEmail(countrySummary(), {
    spreadsheetUrl: SPREADSHEET_URL,
  });

  test('fits the body limit', () => {
    const bytes = Buffer.byteLength(html) + Buffer.byteLength(text);
    expect(bytes).toBeLessThan(BODY_LIMIT);
  });

  test('stays unclipped in Gmail', () => {
    expect(Buffer.byteLength(html)).toBeLessThan(GMAIL_CLIP_BYTES);
  });

  test('counts the units left out', () => {
    expect(visibleText(html)).toContain(
      '… và 290 đơn vị khác có nhiệm vụ quá hạn, xem đầy đủ trên bảng tính.',
    );
    expect(text).toContain('và 2900 đơn vị khác');
  });

  test('counts the tasks left out of a unit', () => {
    expect(visibleText(html)).toContain(
      '… và 35 nhiệm vụ quá hạn khác của đơn vị, xem đầy đủ trên bảng tính.',
    );
  });
});
