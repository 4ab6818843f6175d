// The rows setup writes for a plan: one map of column key → value per row, for every tab
// that the plan fills. Setup adds only the rows whose key is not in the tab yet.
import {Plan} from '../core/model';
import {readTarget} from '../core/target';
import {readTimePhrase} from '../core/time-phrase';
import {CellValue, dateValue} from './cell-value';
import {CONFIG_ROWS} from './config-rows';
import {RECURRENCE_LABELS, STATUS_LABELS} from './labels';
import {TabKey} from './schema';

export type SeedRow = Map<string, CellValue>;

export function seedRows(plan: Plan, tab: TabKey): SeedRow[] {
  switch (tab) {
    case 'config':
      return configSeed(plan);
    case 'units':
      return plan.units.map(
        unit =>
          new Map<string, CellValue>([
            ['code', unit.code],
            ['name', unit.name],
            ['aliases', unit.aliases.join('; ')],
            ['head', unit.head],
            ['emails', unit.emails.join('; ')],
          ]),
      );
    case 'indicators':
      return indicatorSeed(plan);
    case 'budget':
      return plan.budget.map(
        line =>
          new Map<string, CellValue>([
            ['code', line.code],
            ['groupNo', line.groupNo],
            ['group', line.groupName],
            ['content', line.content],
            ['planned', line.plannedMillion],
            ['source', line.source],
            ['note', line.note],
            ['partOf', line.partOf],
          ]),
      );
    case 'tasks':
      return taskSeed(plan);
    default:
      return [];
  }
}

function configSeed(plan: Plan): SeedRow[] {
  return CONFIG_ROWS.map(entry => {
    const raw = plan.config[entry.field];
    let value: CellValue;
    if (entry.kind === 'date') value = dateValue(String(raw));
    else if (Array.isArray(raw)) value = raw.join('; ');
    else if (typeof raw === 'number') value = raw;
    // A leading apostrophe keeps "08:00" as text instead of a time of day.
    else if (entry.kind === 'time') value = `'${String(raw)}`;
    else value = String(raw).replace(/\n/g, ' / ');
    return new Map<string, CellValue>([
      ['setting', entry.label],
      ['value', value],
      ['help', entry.help],
    ]);
  });
}

function indicatorSeed(plan: Plan): SeedRow[] {
  return plan.indicators.map(indicator => {
    const target = readTarget(indicator.targetText);
    const deadline = readTimePhrase(
      indicator.deadlineText,
      plan.config.planYear,
    );
    const [first, second] = target.parts;
    return new Map<string, CellValue>([
      ['no', indicator.no],
      ['group', `${indicator.groupCode}. ${indicator.groupName}`],
      ['name', indicator.name],
      ['unitOfMeasure', indicator.unitOfMeasure],
      ['result2025', indicator.result2025],
      ['targetText', indicator.targetText],
      ['operator1', first ? first.operator : ''],
      ['threshold1', first ? first.value : ''],
      ['operator2', second ? second.operator : ''],
      ['threshold2', second ? second.value : ''],
      ['evidence', indicator.evidence],
      ['lead', indicator.leadText],
      ['coordinating', indicator.coordinatingText],
      ['deadlineText', indicator.deadlineText],
      ['due', dateValue(deadline.due)],
    ]);
  });
}

function taskSeed(plan: Plan): SeedRow[] {
  return plan.tasks.map(task => {
    const time = readTimePhrase(task.timeText, plan.config.planYear);
    return new Map<string, CellValue>([
      ['code', task.code],
      [
        'section',
        task.sectionCode ? `${task.sectionCode}. ${task.sectionName}` : '',
      ],
      ['group', `${task.groupNo}. ${task.groupName}`],
      ['content', task.content],
      ['detail', task.detail],
      ['lead', task.leadText],
      ['coordinating', task.coordinatingText],
      ['person', task.person],
      ['personEmail', task.personEmail],
      ['timeText', task.timeText],
      ['start', dateValue(time.start)],
      ['due', dateValue(time.due)],
      ['recurrence', RECURRENCE_LABELS[time.recurrence]],
      ['product', task.product],
      ['status', STATUS_LABELS.notStarted],
      ['progress', 0],
      ['note', task.note],
    ]);
  });
}
