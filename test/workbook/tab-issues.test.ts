// Messages for missing, renamed tabs and merged cells.
import {INDICATORS_TAB, LOG_TAB, TASKS_TAB} from '../../src/workbook/schema';
import {
  findRenamedTab,
  mergedCellIssue,
  missingTabIssue,
} from '../../src/workbook/tab-issues';
import {describeIssue} from '../../src/workbook/table';

const taskHeader = TASKS_TAB.columns.map(column => column.header);

describe('findRenamedTab', () => {
  test('finds tasks under another name', () => {
    const sheets = [
      {name: 'Trang tính1', header: []},
      {name: 'NV cũ', header: ['Cột riêng', ...taskHeader]},
    ];
    expect(findRenamedTab(TASKS_TAB, sheets)).toBe('NV cũ');
  });

  test('an empty sheet is no match', () => {
    expect(
      findRenamedTab(LOG_TAB, [{name: 'Trang tính1', header: []}]),
    ).toBeNull();
  });

  test('a known tab is no match', () => {
    expect(
      findRenamedTab(TASKS_TAB, [{name: 'Chỉ tiêu', header: taskHeader}]),
    ).toBeNull();
  });

  test('another tab is no match', () => {
    const header = INDICATORS_TAB.columns.map(column => column.header);
    expect(findRenamedTab(TASKS_TAB, [{name: 'X', header}])).toBeNull();
  });
});

describe('messages', () => {
  test('renamed tab says how to rename back', () => {
    const line = describeIssue(missingTabIssue(TASKS_TAB, 'NV cũ'));
    expect(line).toContain('Hãy đổi tên tab "NV cũ" lại thành "Nhiệm vụ"');
  });

  test('missing tab says how to restore', () => {
    const line = describeIssue(missingTabIssue(TASKS_TAB, null));
    expect(line).toContain('Không tìm thấy tab "Nhiệm vụ"');
  });

  test('merged area names column and row', () => {
    const issue = mergedCellIssue(TASKS_TAB, taskHeader, {
      row: 7,
      column: 3,
      numRows: 2,
      numColumns: 2,
    });
    expect(describeIssue(issue)).toContain(
      `Tab "Nhiệm vụ", cột "${taskHeader[2]}", dòng 7: các ô C7:D8 đang được gộp`,
    );
  });
});
