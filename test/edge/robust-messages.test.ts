// The messages for what people do to a shared spreadsheet that the add-on cannot work
// around: renamed or deleted headers and tabs, dates and numbers typed as text, merged cells,
// formula errors and unreadable time phrases. Each must name the tab, column and row and say
// what to do, and the add-on must not write over what is there.
import {
  at,
  click,
  columnOf,
  quietly,
  refresh,
  rows,
  setUp,
  SETUP,
  sheet,
  values,
} from './harness';

const TASKS = 'Nhiệm vụ';
const INDICATORS = 'Chỉ tiêu';

const NOW = at('2026-06-12', '15:00');

describe('an unreadable time phrase', () => {
  const emu = setUp(NOW);
  const row = rows(emu, TASKS)[2].row;
  quietly(emu, () => {
    const tab = sheet(emu, TASKS);
    tab
      .getRange(row, columnOf(emu, TASKS, 'timeText'))
      .setValue('Khi có chỉ đạo');
    for (const key of ['start', 'due', 'recurrence'])
      tab.getRange(row, columnOf(emu, TASKS, key)).setValue('');
  });
  const message = refresh(emu);

  test('names tab, column and row', () => {
    expect(message).toContain(
      `Tab "Nhiệm vụ", cột "Thời gian (theo kế hoạch)", dòng ${row}`,
    );
  });

  test('says rõ thời gian is missing', () => {
    expect(message).toContain('rõ thời gian');
  });
});

describe('a renamed header', () => {
  const emu = setUp(NOW);
  const column = columnOf(emu, TASKS, 'content');
  quietly(emu, () =>
    sheet(emu, TASKS).getRange(1, column).setValue('Nội dung'),
  );
  const before = values(emu, TASKS);
  const message = refresh(emu);

  test('names tab and column', () => {
    expect(message).toContain('Tab "Nhiệm vụ", cột "Nội dung nhiệm vụ"');
  });

  test('says what to do', () => {
    expect(message).toContain('Hãy đặt lại đúng tên tiêu đề');
  });

  test('writes nothing', () => {
    expect(values(emu, TASKS)).toEqual(before);
  });
});

describe('a deleted required column', () => {
  const emu = setUp(NOW);
  quietly(emu, () =>
    sheet(emu, TASKS).deleteColumn(columnOf(emu, TASKS, 'timeText')),
  );
  const before = values(emu, TASKS);
  const message = refresh(emu);

  test('names tab and column', () => {
    expect(message).toContain(
      'Tab "Nhiệm vụ", cột "Thời gian (theo kế hoạch)": Tab "Nhiệm vụ" không còn cột',
    );
  });

  test('writes nothing', () => {
    expect(values(emu, TASKS)).toEqual(before);
  });
});

describe('a renamed tab', () => {
  const emu = setUp(NOW);
  quietly(emu, () => sheet(emu, TASKS).setName('NV 2026'));
  const message = refresh(emu);

  test('names the new name', () => {
    expect(message).toContain('tab "NV 2026"');
  });

  test('refresh creates no empty tab', () => {
    expect(sheet(emu, TASKS)).toBeNull();
  });

  test('setup creates no empty tab', () => {
    click(emu, SETUP, 'OK');
    expect(sheet(emu, TASKS)).toBeNull();
  });
});

describe('a deleted tab', () => {
  const emu = setUp(NOW);
  quietly(emu, () => emu.workbook.deleteSheet(sheet(emu, 'Báo cáo tuần')));
  const message = refresh(emu);

  test('refresh reports it', () => {
    expect(message).toContain('Không tìm thấy tab "Báo cáo tuần"');
  });

  test('refresh does not create it', () => {
    expect(sheet(emu, 'Báo cáo tuần')).toBeNull();
  });

  test('setup creates it', () => {
    click(emu, SETUP, 'OK');
    expect(sheet(emu, 'Báo cáo tuần')).not.toBeNull();
  });
});

describe('values typed as text', () => {
  const emu = setUp(NOW);
  const task = rows(emu, TASKS)[4].row;
  const indicator = rows(emu, INDICATORS)[1].row;
  quietly(emu, () => {
    sheet(emu, TASKS)
      .getRange(task, columnOf(emu, TASKS, 'due'))
      .setValue("'30/06/2026");
    sheet(emu, INDICATORS)
      .getRange(indicator, columnOf(emu, INDICATORS, 'value1'))
      .setValue("'1.234,5");
  });
  const message = refresh(emu);

  test('text date names tab, column and row', () => {
    expect(message).toContain(
      `Tab "Nhiệm vụ", cột "Hạn hoàn thành", dòng ${task}: ô chứa chữ "30/06/2026"`,
    );
  });

  test('text number names tab, column and row', () => {
    expect(message).toContain(
      `Tab "Chỉ tiêu", cột "Giá trị hiện tại", dòng ${indicator}: ô chứa chữ "1.234,5"`,
    );
  });

  test('text date is kept', () => {
    expect(values(emu, TASKS)[task - 1][columnOf(emu, TASKS, 'due') - 1]).toBe(
      '30/06/2026',
    );
  });
});

describe('a merged cell', () => {
  const emu = setUp(NOW);
  const row = rows(emu, TASKS)[3].row;
  const person = columnOf(emu, TASKS, 'person');
  quietly(emu, () => sheet(emu, TASKS).getRange(row, person, 1, 2).merge());
  const before = values(emu, TASKS);
  const message = refresh(emu);

  test('names tab, column and row', () => {
    expect(message).toContain(
      `Tab "Nhiệm vụ", cột "Người phụ trách", dòng ${row}`,
    );
  });

  test('says how to unmerge', () => {
    expect(message).toContain('Hủy gộp');
  });

  test('writes nothing', () => {
    expect(values(emu, TASKS)).toEqual(before);
  });
});

describe('a formula error', () => {
  const emu = setUp(NOW);
  const row = rows(emu, TASKS)[5].row;
  quietly(emu, () =>
    sheet(emu, TASKS)
      .getRange(row, columnOf(emu, TASKS, 'person'))
      .setFormula("='Không có'!A1"),
  );
  const message = refresh(emu);

  test('names tab, column and row', () => {
    expect(message).toContain(
      `Tab "Nhiệm vụ", cột "Người phụ trách", dòng ${row}: ô đang báo lỗi công thức #REF!`,
    );
  });

  test('keeps the formula', () => {
    const formula = quietly(emu, () =>
      sheet(emu, TASKS)
        .getRange(row, columnOf(emu, TASKS, 'person'))
        .getFormula(),
    );
    expect(formula).toBe("='Không có'!A1");
  });
});

describe('a deleted units tab', () => {
  const emu = setUp(NOW);
  const before = rows(emu, TASKS).map(r => r.leadCodes);
  quietly(emu, () => emu.workbook.deleteSheet(sheet(emu, 'Đơn vị')));
  const message = refresh(emu);

  test('refresh reports it', () => {
    expect(message).toContain('Không tìm thấy tab "Đơn vị"');
  });

  test('lead codes are kept', () => {
    expect(rows(emu, TASKS).map(r => r.leadCodes)).toEqual(before);
  });
});
