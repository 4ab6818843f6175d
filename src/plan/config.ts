// Settings of the built-in plan: plan 66-KH/ĐU of 28/01/2026 of the Bắc Hà commune Party
// Committee (Lào Cai province), with the defaults the Cấu hình tab starts from.

import {PlanConfig} from '../core/model';

/**
 * Returns the built-in plan's settings.
 *
 * The email addresses are placeholders on the reserved `.example` domain, so nothing is sent to
 * a real mailbox until the office types the real addresses in Cấu hình. The commune budget is 0
 * because the plan does not state it, so the ≥ 1 % check shows it as unknown until entered.
 */
export function builtInConfig(): PlanConfig {
  return {
    superiorBody: 'ĐẢNG BỘ TỈNH LÀO CAI',
    issuingBody: 'ĐẢNG ỦY XÃ BẮC HÀ',
    communeName: 'Bắc Hà',
    province: 'Lào Cai',
    place: 'Bắc Hà',
    planNumber: '66-KH/ĐU',
    planDate: '2026-01-28',
    planYear: 2026,
    timeZone: 'Asia/Ho_Chi_Minh',
    // The signature block's two lines, as the plan prints them.
    signerTitle: 'T/M BAN THƯỜNG VỤ\nBÍ THƯ',
    signerName: 'Nguyễn Duy Hòa',
    standingOfficeEmails: ['vpdu@bacha.example'],
    summaryRecipients: ['bcd@bacha.example', 'vpdu@bacha.example'],
    reminderTime: '08:00',
    deadlineTime: '14:00',
    quarterCutoffDay: 15,
    communeBudgetMillion: 0,
    nextReportNumber: 1,
    reportFolderName: 'Báo cáo NQ57',
  };
}
