// An upgrade that read only some columns must still append below every row in use, so a row
// whose data sits in the columns it did not read is never written over.
import {builtInPlan} from '../../src/plan';
import {TASKS_TAB} from '../../src/workbook/schema';
import {seedRows} from '../../src/workbook/seed';
import {planTabUpgrade} from '../../src/workbook/upgrade';

const HEADER = TASKS_TAB.columns.map(column => column.header);
const blank = () => new Array(HEADER.length).fill('');
const seed = seedRows(builtInPlan(), 'tasks');
const deadline = {hour: 14, minute: 0};

test('appends after the last row with data in the columns read', () => {
  const first = blank();
  first[0] = 'X.1';
  const plan = planTabUpgrade(TASKS_TAB, [HEADER, first, blank()], seed, {
    deadline,
  });
  expect(plan.appendAt).toBe(3);
  expect(plan.append.length).toBe(seed.length);
});

test('appends below the rows in use when the read left columns out', () => {
  const first = blank();
  first[0] = 'X.1';
  const plan = planTabUpgrade(TASKS_TAB, [HEADER, first, blank()], seed, {
    deadline,
    rowsInUse: 3,
  });
  expect(plan.appendAt).toBe(4);
});
