// The sidebar's browser script. It renders the panels from SidebarData,
// both from the data embedded at render time and from sidebarData() on
// refresh, and calls the server through google.script.run.
//
// Every value goes through esc() before it reaches innerHTML, and status
// messages are set with textContent, so typed text cannot become markup.
import {jsonForScript, raw, SafeHtml} from '../escape';
import {REPORTING_LABEL, REPORTING_TONE, TIMELINESS_TONE} from '../status';
import type {SidebarData} from './data';

/** Server functions the sidebar may call, with its busy and done messages; the edge layer defines them. */
export const SIDEBAR_ACTIONS = {
  sidebarData: {busy: 'Đang tải số liệu…', done: 'Đã làm mới số liệu.'},
  jumpToTask: {busy: 'Đang mở nhiệm vụ…', done: 'Đã chọn dòng của nhiệm vụ.'},
  runWeeklyReminderNow: {
    busy: 'Đang gửi thư nhắc báo cáo…',
    done: 'Đã gửi thư nhắc báo cáo.',
  },
  runWeeklySummaryNow: {
    busy: 'Đang gửi thư tổng hợp tuần…',
    done: 'Đã gửi thư tổng hợp tuần.',
  },
  createQuarterlyReport: {
    busy: 'Đang tạo báo cáo quý…',
    done: 'Đã tạo báo cáo quý.',
  },
  checkSixClear: {
    busy: 'Đang kiểm tra “6 rõ”…',
    done: 'Đã kiểm tra xong “6 rõ”.',
  },
};

export type SidebarAction = keyof typeof SIDEBAR_ACTIONS;

// Plain JavaScript in ES5 syntax that runs in the browser as written, because
// esbuild never sees the inside of this string.
const CLIENT_CODE = `
  var ENTITIES = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};
  function esc(value) {
    return String(value).replace(/[&<>"']/g, function (c) { return ENTITIES[c]; });
  }

  function countsHtml(data) {
    var rows = data.counts.map(function (entry) {
      var tone = TIMELINESS_TONE[entry.timeliness] || 'neutral';
      return '<li class="count"><span class="badge ' + esc(tone) + '">' + esc(entry.label) +
        '</span><strong>' + esc(entry.count) + '</strong></li>';
    });
    return '<section aria-labelledby="counts-title"><h2 id="counts-title">Nhiệm vụ theo tiến độ (' +
      esc(data.totalTasks) + ')</h2><ul>' + rows.join('') + '</ul></section>';
  }

  function overdueHtml(data) {
    var title = '<h2 id="overdue-title">Nhiệm vụ quá hạn (' + esc(data.overdue.length) + ')</h2>';
    if (data.overdue.length === 0) {
      return '<section aria-labelledby="overdue-title">' + title + '<p>Không có nhiệm vụ quá hạn.</p></section>';
    }
    var items = data.overdue.map(function (task) {
      return '<li><button type="button" class="task" data-code="' + esc(task.code) + '">' +
        '<span class="code">' + esc(task.code) + '</span> – ' + esc(task.content) +
        '<span class="meta">' + esc(task.unitName) + ' · ' + esc(task.person) + '</span>' +
        '<span class="meta">Hạn ' + esc(task.dueText) + ' · quá ' + esc(task.daysLate) + ' ngày</span>' +
        '</button></li>';
    });
    return '<section aria-labelledby="overdue-title">' + title +
      '<p class="muted">Chọn một nhiệm vụ để mở dòng của nó trên trang tính.</p><ul>' + items.join('') + '</ul></section>';
  }

  function reportingHtml(data) {
    var parts = ['onTime', 'late', 'notReported'].map(function (status) {
      var units = data.reporting[status] || [];
      var names = units.length > 0 ? units.map(function (unit) { return esc(unit.name); }).join(', ') : 'không có';
      return '<p><span class="badge ' + esc(REPORTING_TONE[status]) + '">' + esc(REPORTING_LABEL[status]) +
        ' (' + esc(units.length) + ')</span></p><p class="units">' + names + '</p>';
    });
    return '<section aria-labelledby="reporting-title"><h2 id="reporting-title">Tình hình báo cáo tuần</h2>' +
      '<p class="muted">' + esc(data.weekLabel) + ', hạn nộp ' + esc(data.deadlineText) + '</p>' +
      parts.join('') + '</section>';
  }

  function show(data) {
    document.getElementById('updated').textContent = 'Số liệu lúc ' + data.updatedText;
    document.getElementById('panels').innerHTML = countsHtml(data) + overdueHtml(data) + reportingHtml(data);
  }

  function setStatus(text, isError) {
    var status = document.getElementById('status');
    status.textContent = text;
    status.className = isError ? 'error' : '';
  }

  function setBusy(busy) {
    var buttons = document.querySelectorAll('button');
    for (var i = 0; i < buttons.length; i++) buttons[i].disabled = busy;
  }

  function call(name, argument) {
    var server = window.google && window.google.script && window.google.script.run;
    if (!server) {
      setStatus('Chức năng này chỉ dùng được khi mở từ Google Trang tính.', true);
      return;
    }
    setBusy(true);
    setStatus(ACTIONS[name].busy, false);
    var runner = server
      .withSuccessHandler(function (result) {
        setBusy(false);
        if (name === 'sidebarData') show(typeof result === 'string' ? JSON.parse(result) : result);
        setStatus(typeof result === 'string' && name !== 'sidebarData' && result ? result : ACTIONS[name].done, false);
      })
      .withFailureHandler(function (error) {
        setBusy(false);
        setStatus('Không thực hiện được: ' + (error && error.message ? error.message : String(error)), true);
      });
    if (argument === undefined) runner[name](); else runner[name](argument);
  }

  document.addEventListener('click', function (event) {
    var button = event.target && event.target.closest ? event.target.closest('button') : null;
    if (!button || button.disabled) return;
    var code = button.getAttribute('data-code');
    var action = button.getAttribute('data-action');
    if (code !== null) call('jumpToTask', code);
    else if (action !== null && Object.prototype.hasOwnProperty.call(ACTIONS, action)) call(action);
  });

  if (DATA) show(DATA); else call('sidebarData');
`;

/** Builds the <script> element with the data and the tables it needs embedded as JSON. */
export function sidebarScript(data: SidebarData | null): SafeHtml {
  const constants = [
    `var DATA = ${jsonForScript(data).markup};`,
    `var ACTIONS = ${jsonForScript(SIDEBAR_ACTIONS).markup};`,
    `var TIMELINESS_TONE = ${jsonForScript(TIMELINESS_TONE).markup};`,
    `var REPORTING_TONE = ${jsonForScript(REPORTING_TONE).markup};`,
    `var REPORTING_LABEL = ${jsonForScript(REPORTING_LABEL).markup};`,
  ].join('\n  ');
  return raw(
    `<script>\n(function () {\n  'use strict';\n  ${constants}\n${CLIENT_CODE}})();\n</script>`,
  );
}
