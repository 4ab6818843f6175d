// RangeList: one call that applies the same change to several ranges of a sheet.

import type {EmulatorContext} from '../context';
import type {Range} from './range';

/** Range methods a RangeList forwards, each counted once as RangeList.<method>. */
const FORWARDED = [
  'activate',
  'breakApart',
  'clear',
  'clearContent',
  'clearDataValidations',
  'clearFormat',
  'clearNote',
  'insertCheckboxes',
  'setBackground',
  'setBorder',
  'setDataValidation',
  'setFontColor',
  'setFontFamily',
  'setFontLine',
  'setFontSize',
  'setFontStyle',
  'setFontWeight',
  'setFormula',
  'setHorizontalAlignment',
  'setNote',
  'setNumberFormat',
  'setValue',
  'setVerticalAlignment',
  'setWrap',
  'setWrapStrategy',
] as const;

export type RangeList = {getRanges(): Range[]} & {
  [method in (typeof FORWARDED)[number]]: (...args: unknown[]) => RangeList;
};

export function makeRangeList(
  ctx: EmulatorContext,
  ranges: Range[],
): RangeList {
  const list = {
    getRanges: () => {
      ctx.counter.record('RangeList.getRanges');
      return [...ranges];
    },
  } as RangeList;
  for (const method of FORWARDED) {
    list[method] = (...args: unknown[]) => {
      ctx.counter.record(`RangeList.${method}`);
      ctx.counter.uncounted(() => {
        for (const range of ranges) {
          (range[method] as (...values: unknown[]) => unknown).apply(
            range,
            args,
          );
        }
      });
      return list;
    };
  }
  return list;
}
