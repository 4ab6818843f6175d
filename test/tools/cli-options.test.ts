// The local runner's options: dates in Asia/Ho_Chi_Minh and clear errors for bad input.
import {ArgsError, parseArgs} from '../../tools/run/args';

const NOW = Date.UTC(2026, 5, 1);

describe('runner options', () => {
  test('reads --date as Hanoi wall time', () => {
    const args = parseArgs(['--date', '2026-06-12T15:00'], NOW);
    expect(new Date(args.date).toISOString()).toBe('2026-06-12T08:00:00.000Z');
  });

  test('defaults to now and out/', () => {
    const args = parseArgs([], NOW);
    expect(args.date).toBe(NOW);
    expect(args.out).toBe('out');
  });

  test.each([
    [['--date', '12/06/2026'], /not a date/],
    [['--date', '2026-02-30'], /not a valid date/],
    [['--date'], /needs a value/],
    [['--when', 'x'], /Unknown option/],
    [['--from', '2026-06-01'], /go together/],
    [['--from', '2026-06-30', '--to', '2026-06-01'], /must not be after/],
    [['--double-fire'], /need a period/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv as string[], NOW)).toThrow(ArgsError);
    expect(() => parseArgs(argv as string[], NOW)).toThrow(message as RegExp);
  });

  test('reads a period with its last day whole', () => {
    const args = parseArgs(['--from', '2026-06-01', '--to', '2026-06-30'], NOW);
    expect(new Date(args.to!).toISOString()).toBe('2026-06-30T16:59:00.000Z');
  });
});
