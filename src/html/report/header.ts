// The Party document form around the report body: the header block, the
// title lines and the signature block with "Nơi nhận".
import type {QuarterlyReport} from '../../core/report-model';
import {joinHtml, safeHtml, SafeHtml} from '../escape';

/** Renders the two-column header: issuing body on the left, Party name and date on the right. */
export function documentHeader(report: QuarterlyReport): SafeHtml {
  const {header} = report;
  return safeHtml`<table class="header" role="presentation"><tr>
<td class="left"><div class="superior">${header.superiorBody}</div><div class="issuer">${header.issuingBody}</div><div class="star">*</div><div class="number">${header.numberText}</div></td>
<td class="right"><div class="party">ĐẢNG CỘNG SẢN VIỆT NAM</div><div class="place-date">${header.dateLine}</div></td>
</tr></table>`;
}

/** Strips a leading "BÁO CÁO", which the form prints on a line of its own. */
function subtitleOf(title: string): string {
  return title.replace(/^\s*BÁO CÁO\s*/u, '');
}

/** Renders "BÁO CÁO", the subject line and the "số liệu tính đến ngày" line. */
export function documentTitle(report: QuarterlyReport): SafeHtml {
  return safeHtml`<h1>BÁO CÁO</h1>
<div class="subtitle">${subtitleOf(report.header.title)}</div>
<div class="cutoff">(${report.period.cutoffText})</div>`;
}

/**
 * Splits the configured signer title into lines and puts "T/M BAN THƯỜNG VỤ"
 * first when the configuration leaves it out.
 */
export function signerLines(signerTitle: string): string[] {
  const lines = signerTitle
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line !== '');
  if (lines.length === 0) lines.push('BÍ THƯ');
  if (!/^T\/M\b/i.test(lines[0])) lines.unshift('T/M BAN THƯỜNG VỤ');
  return lines;
}

function capitalizeWords(text: string): string {
  return text
    .toLocaleLowerCase('vi')
    .replace(
      /(^|\s)(\S)/gu,
      (_, space, first) => space + first.toLocaleUpperCase('vi'),
    );
}

/**
 * Names the superior body's standing committee: "ĐẢNG BỘ TỈNH LÀO CAI"
 * becomes "Ban Thường vụ Tỉnh ủy Lào Cai". Other names are kept as typed.
 */
export function superiorRecipient(superiorBody: string): string {
  const name = superiorBody.replace(/\s+/g, ' ').trim();
  const match = /^ĐẢNG BỘ (TỈNH|THÀNH PHỐ) (.+)$/iu.exec(name);
  if (!match) return `Ban Thường vụ ${name}`;
  const level = /^tỉnh$/iu.test(match[1]) ? 'Tỉnh ủy' : 'Thành ủy';
  return `Ban Thường vụ ${level} ${capitalizeWords(match[2])}`;
}

/** Lines under "Nơi nhận:". */
export function recipientLines(report: QuarterlyReport): string[] {
  return [
    `${superiorRecipient(report.header.superiorBody)} (để báo cáo),`,
    'Các đồng chí Ủy viên Ban Chấp hành Đảng bộ,',
    'Các chi bộ, cơ quan, đơn vị,',
    'Lưu Văn phòng Đảng ủy.',
  ];
}

/** Renders "Nơi nhận:" on the left and the signer's title and name on the right. */
export function signatureBlock(report: QuarterlyReport): SafeHtml {
  const recipients = recipientLines(report).map(
    line => safeHtml`<div>- ${line}</div>`,
  );
  const titles = signerLines(report.header.signerTitle).map(
    line => safeHtml`<div>${line}</div>`,
  );
  return safeHtml`<table class="signature" role="presentation"><tr>
<td class="recipients"><div class="label">Nơi nhận:</div>${joinHtml(recipients)}</td>
<td class="signer">${joinHtml(titles)}<div class="space"></div><div>${report.header.signerName}</div></td>
</tr></table>`;
}
