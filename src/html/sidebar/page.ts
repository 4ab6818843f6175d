// The dashboard sidebar page, 300px wide, for HtmlService.createHtmlOutput.
import {raw, safeHtml, SafeHtml} from '../escape';
import {communeLabel} from '../format';
import type {SidebarData} from './data';
import {SidebarAction, sidebarScript} from './script';
import {SIDEBAR_CSS} from './style';

/** Action buttons in menu order; the first one only reloads the figures. */
const BUTTONS: Array<{
  action: SidebarAction;
  label: string;
  secondary?: boolean;
}> = [
  {action: 'sidebarData', label: 'Làm mới số liệu', secondary: true},
  {action: 'runWeeklyReminderNow', label: 'Gửi thư nhắc báo cáo tuần ngay'},
  {action: 'runWeeklySummaryNow', label: 'Gửi thư tổng hợp tuần ngay'},
  {action: 'createQuarterlyReport', label: 'Tạo báo cáo quý'},
  {action: 'checkSixClear', label: 'Kiểm tra “6 rõ”'},
];

function actionButtons(): SafeHtml {
  return safeHtml`${BUTTONS.map(
    button =>
      safeHtml`<button type="button" data-action="${button.action}"${button.secondary ? raw(' class="secondary"') : ''}>${button.label}</button>`,
  )}`;
}

/**
 * Renders the sidebar. With data, the page shows it at once; with null it
 * loads the figures through sidebarData() when it opens.
 */
export function renderSidebar(data: SidebarData | null): string {
  const page = safeHtml`<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<base target="_top">
<title>Tổng quan NQ57</title>
<style>${raw(SIDEBAR_CSS)}</style>
</head>
<body>
<header>
<h1>Tổng quan NQ57${data ? ` – ${communeLabel(data.communeName)}` : ''}</h1>
<p id="updated" class="muted">Đang tải số liệu…</p>
</header>
<main id="panels"></main>
<section class="actions" aria-labelledby="actions-title">
<h2 id="actions-title">Thao tác</h2>
${actionButtons()}
</section>
<div id="status" role="status" aria-live="polite"></div>
${sidebarScript(data)}
</body>
</html>
`;
  return page.markup.normalize('NFC');
}
