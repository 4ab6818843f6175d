// Command-line options of the local runner. Dates and times are wall times in
// Asia/Ho_Chi_Minh, whatever the machine's zone.
import {wallTimeToInstant} from '../../src/core/calendar';

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface RunArgs {
  /** The moment the run is about, in ms since epoch. */
  date: number;
  /** Period mode: move the clock from `from` to `to`, firing triggers. */
  from: number | null;
  to: number | null;
  out: string;
  scenario: string | null;
  doubleFire: boolean;
}

export const USAGE = `Usage: npm start -- [--date YYYY-MM-DD[THH:mm]] [--out DIR]
       npm start -- --from YYYY-MM-DD --to YYYY-MM-DD [--scenario FILE] [--double-fire] [--out DIR]

  --date         the end of the run, in Asia/Ho_Chi_Minh (default: now); the run starts
                 Monday 07:00 of that week and goes on to Friday 15:00 if the date is earlier
  --from, --to   run every trigger over a period instead (both dates included)
  --scenario     JSON file of timed staff edits to apply during the period
  --double-fire  deliver every trigger event twice
  --out          output folder (default: out)`;

export class ArgsError extends Error {}

/** Reads "2026-06-12" or "2026-06-12T15:00" as an instant in Asia/Ho_Chi_Minh. */
export function parseWallTime(
  text: string,
  flag: string,
  endOfDay = false,
): number {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?$/.exec(text);
  if (!match) {
    throw new ArgsError(
      `${flag} "${text}" is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:mm, e.g. 2026-06-12T15:00.`,
    );
  }
  try {
    const time = match[2] ?? (endOfDay ? '23:59' : '00:00');
    return wallTimeToInstant(match[1], time, TIME_ZONE);
  } catch {
    throw new ArgsError(`${flag} "${text}" is not a valid date or time.`);
  }
}

export function parseArgs(argv: string[], now: number): RunArgs {
  const args: RunArgs = {
    date: now,
    from: null,
    to: null,
    out: 'out',
    scenario: null,
    doubleFire: false,
  };
  let dateGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--'))
        throw new ArgsError(`${flag} needs a value.`);
      return next;
    };
    switch (flag) {
      case '--date':
        args.date = parseWallTime(value(), flag);
        dateGiven = true;
        break;
      case '--from':
        args.from = parseWallTime(value(), flag);
        break;
      case '--to':
        args.to = parseWallTime(value(), flag, true);
        break;
      case '--out':
        args.out = value();
        break;
      case '--scenario':
        args.scenario = value();
        break;
      case '--double-fire':
        args.doubleFire = true;
        break;
      case '--help':
      case '-h':
        throw new ArgsError('');
      default:
        throw new ArgsError(`Unknown option "${flag}".`);
    }
  }
  if ((args.from === null) !== (args.to === null))
    throw new ArgsError('--from and --to go together.');
  if (args.from !== null && args.to !== null && args.from > args.to)
    throw new ArgsError('--from must not be after --to.');
  if (args.from !== null && dateGiven)
    throw new ArgsError('Use either --date or --from/--to, not both.');
  if (args.from === null && (args.scenario || args.doubleFire)) {
    throw new ArgsError(
      '--scenario and --double-fire need a period: add --from and --to.',
    );
  }
  return args;
}
