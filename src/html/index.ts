// Public API of the HTML layer: emails, the quarterly report and the sidebar.
export type {EmailParts} from './email/layout';
export type {EmailOptions} from './email/shared';
export {reminderEmail, reminderSubject} from './email/reminder';
export {summaryEmail, summarySubject} from './email/summary';
export {quarterlyReportHtml, reportTitle} from './report/document';
export type {SidebarData, SidebarTask} from './sidebar/data';
export {sidebarDataFrom} from './sidebar/data';
export {renderSidebar} from './sidebar/page';
export {SIDEBAR_ACTIONS} from './sidebar/script';
export type {SidebarAction} from './sidebar/script';
