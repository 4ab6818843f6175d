// Reads the "Cấu hình" tab over the plan's defaults, row by row by label.
import {PlanConfig} from '../core/model';
import {cellText, CellIssue, readEmailList} from './cells';
import {CONFIG_ROWS} from './config-rows';
import {each} from './row-reader';
import {CONFIG_TAB} from './schema';
import {headerKey} from './table';

/** Reads Cấu hình over `defaults`: a row that is missing or unreadable keeps the default. */
export function readConfig(
  values: unknown[][],
  defaults: PlanConfig,
): {config: PlanConfig; issues: CellIssue[]} {
  const config: PlanConfig = {...defaults};
  const byLabel = new Map(
    CONFIG_ROWS.map(entry => [headerKey(entry.label), entry]),
  );
  const target = config as unknown as Record<string, unknown>;
  const read = each(CONFIG_TAB, values, reader => {
    const entry = byLabel.get(headerKey(reader.text('setting')));
    if (!entry) return null;
    const raw = reader.raw('value');
    if (raw === '' || raw === null || raw === undefined) return null;
    if (entry.kind === 'number') {
      const number = reader.number('value');
      if (number !== null) target[entry.field] = number;
    } else if (entry.kind === 'date') {
      const date = reader.date('value', config.timeZone);
      if (date !== null) target[entry.field] = date;
    } else if (entry.kind === 'emailList') {
      const {valid, invalid} = readEmailList(raw);
      for (const address of invalid) {
        reader.report(
          'value',
          `"${address}" ở dòng "${entry.label}" không phải địa chỉ email hợp lệ.`,
        );
      }
      target[entry.field] = valid;
    } else if (entry.kind === 'time') {
      const text = timeOfDay(raw, config.timeZone);
      if (/^([01]?\d|2[0-3]):[0-5]\d$/.test(text))
        target[entry.field] = text.padStart(5, '0');
      else
        reader.report(
          'value',
          `"${text}" không phải giờ hợp lệ. Hãy nhập theo dạng HH:mm, ví dụ 14:00.`,
        );
    } else if (entry.field === 'signerTitle') {
      // The signature block has two printed lines, typed in one cell as "line 1 / line 2".
      target[entry.field] = reader.text('value').replace(/\s+\/\s+/g, '\n');
    } else {
      target[entry.field] = reader.text('value');
    }
    return null;
  });
  return {config, issues: read.issues};
}

/**
 * Reads a time of day typed in Cấu hình: text "14:00" (kept as text by a leading
 * apostrophe) or a time value, which Sheets hands back as a Date on 30/12/1899 in the zone.
 */
function timeOfDay(raw: unknown, timeZone: string): string {
  if (Object.prototype.toString.call(raw) === '[object Date]') {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(raw as Date);
    const part = (type: string) => parts.find(p => p.type === type)?.value;
    return `${part('hour')}:${part('minute')}`;
  }
  return cellText(raw).replace(/^'/, '');
}
