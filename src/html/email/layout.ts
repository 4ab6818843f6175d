// The shared email frame: a centred 640px table with inline styles only,
// because Gmail drops <style> blocks in some clients and ignores classes.
import {safeHtml, SafeHtml} from '../escape';

/** Subject and both bodies of one email. MailApp takes `text` as body and `html` as htmlBody. */
export interface EmailParts {
  subject: string;
  html: string;
  text: string;
}

export const FONT = 'font-family:Arial,Helvetica,sans-serif';
export const TEXT_COLOR = '#1f1f1f';
export const MUTED_COLOR = '#5f6368';
export const BORDER_COLOR = '#d0d4d9';

export interface EmailFrame {
  /** Shown in the header bar, e.g. "Nhắc báo cáo tuần 24". */
  title: string;
  /** Sender line under the title, e.g. "Đảng ủy xã Bắc Hà". */
  sender: string;
  /** Hidden preview text that inbox lists show after the subject. */
  preview: string;
  body: SafeHtml;
  /** Closing note in small print. */
  footer: string;
}

/** Wraps an email body in the shared frame and returns a whole HTML document. */
export function emailDocument(frame: EmailFrame): string {
  const page = safeHtml`<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${frame.title}</title>
</head>
<body style="margin:0;padding:0;background:#f1f3f4">
<div style="display:none;max-height:0;overflow:hidden">${frame.preview}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f1f3f4">
<tr><td align="center" style="padding:16px 8px">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:640px;background:#ffffff;border:1px solid ${BORDER_COLOR};border-collapse:collapse">
<tr><td style="${FONT};background:#0b4f8a;color:#ffffff;padding:16px 20px">
<div style="font-size:20px;font-weight:bold;line-height:1.3">${frame.title}</div>
<div style="font-size:14px;line-height:1.4;padding-top:4px">${frame.sender}</div>
</td></tr>
<tr><td style="${FONT};font-size:15px;line-height:1.5;color:${TEXT_COLOR};padding:16px 20px">
${frame.body}
</td></tr>
<tr><td style="${FONT};font-size:12px;line-height:1.5;color:${MUTED_COLOR};padding:12px 20px;border-top:1px solid ${BORDER_COLOR}">${frame.footer}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
  return page.markup.normalize('NFC');
}
