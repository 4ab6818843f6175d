// Budget totals of Phụ lục II and the plan's share of the commune budget (≥ 1 % rule).
//
// Lines with a non-empty partOf (7.1 and 7.2 detail line 7 in the built-in plan) are shown
// but never added to totals, so that an amount is not counted twice.

import type {BudgetState} from './model';
import type {BudgetSummary} from './report-model';

/** Minimum share of the commune's total spending for science, innovation and digital work. */
export const MIN_COMMUNE_SHARE = 0.01;

// Amounts are in million VND with at most a few decimals; rounding the sums removes
// binary floating-point noise such as 0.1 + 0.2 = 0.30000000000000004.
function roundAmount(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function formatPercent(share: number): string {
  return (Math.round(share * 10000) / 100).toString().replace('.', ',') + '%';
}

function onePercentSentence(
  share: number | null,
  meets: boolean | null,
): string {
  if (share === null || meets === null) {
    return 'Chưa có tổng chi ngân sách xã nên chưa đánh giá được tỷ lệ bố trí tối thiểu 1%.';
  }
  const shareText = formatPercent(share);
  return meets
    ? `Kinh phí dự kiến bằng ${shareText} tổng chi ngân sách xã, đạt mức tối thiểu 1%.`
    : `Kinh phí dự kiến bằng ${shareText} tổng chi ngân sách xã, chưa đạt mức tối thiểu 1%.`;
}

/**
 * Sums planned and spent amounts over the top-level lines and checks the plan against
 * ≥ 1 % of `communeBudgetMillion`; a commune budget of 0 or less means unknown.
 */
export function summarizeBudget(
  lines: readonly BudgetState[],
  communeBudgetMillion: number,
): BudgetSummary {
  let planned = 0;
  let spent = 0;
  for (const line of lines) {
    if (line.partOf.trim() !== '') continue;
    planned += line.plannedMillion;
    spent += line.spentMillion;
  }
  const plannedTotal = roundAmount(planned);
  const spentTotal = roundAmount(spent);

  const known = communeBudgetMillion > 0;
  const shareOfCommuneBudget = known
    ? plannedTotal / communeBudgetMillion
    : null;
  const meetsOnePercent =
    shareOfCommuneBudget === null
      ? null
      : shareOfCommuneBudget >= MIN_COMMUNE_SHARE;

  return {
    lines: lines.map(line => ({
      code: line.code,
      groupNo: line.groupNo,
      groupName: line.groupName,
      content: line.content,
      plannedMillion: line.plannedMillion,
      spentMillion: line.spentMillion,
      source: line.source,
      note: line.note,
      partOf: line.partOf,
    })),
    plannedTotal,
    spentTotal,
    spentShare: plannedTotal > 0 ? spentTotal / plannedTotal : null,
    communeBudgetMillion: known ? communeBudgetMillion : 0,
    shareOfCommuneBudget,
    meetsOnePercent,
    onePercentText: onePercentSentence(shareOfCommuneBudget, meetsOnePercent),
  };
}
