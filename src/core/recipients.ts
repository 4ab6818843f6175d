// Checks of the configured email addresses, listed in the weekly summary so the standing
// office can fix them.

import type {PlanConfig, Unit} from './model';
import type {RecipientProblem} from './report-model';

// One "@", no spaces, and a dot in the domain: enough to catch typing slips. Whether the
// mailbox exists is only known when mail bounces.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Problem text for an address that is not a valid email address. */
export const INVALID_ADDRESS = 'Địa chỉ email không hợp lệ';

/** Problem text for an owner with no address at all. */
export const MISSING_ADDRESS = 'Chưa có địa chỉ email';

/** Tells whether `address` looks like a valid email address. */
export function isValidEmail(address: string): boolean {
  return EMAIL.test(address.trim());
}

function checkList(
  owner: string,
  addresses: readonly string[],
  problems: RecipientProblem[],
): void {
  const given = addresses.filter(address => address.trim() !== '');
  if (given.length === 0) {
    problems.push({owner, address: '', problem: MISSING_ADDRESS});
    return;
  }
  for (const address of given) {
    if (!isValidEmail(address)) {
      problems.push({owner, address, problem: INVALID_ADDRESS});
    }
  }
}

/**
 * Lists missing and invalid addresses of the standing office, the summary recipients and
 * the units in `unitCodes` (the units that get reminders), in that order.
 */
export function findRecipientProblems(
  config: Pick<PlanConfig, 'standingOfficeEmails' | 'summaryRecipients'>,
  units: readonly Unit[],
  unitCodes: ReadonlySet<string>,
): RecipientProblem[] {
  const problems: RecipientProblem[] = [];

  checkList('Văn phòng Đảng ủy', config.standingOfficeEmails, problems);
  checkList('Người nhận báo cáo tuần', config.summaryRecipients, problems);
  for (const unit of units) {
    if (unitCodes.has(unit.code)) checkList(unit.name, unit.emails, problems);
  }
  return problems;
}
