// Texts and helpers both emails share.
import {safeHtml, SafeHtml} from '../escape';
import {linkButton, note} from './components';

/** Options every email function takes. */
export interface EmailOptions {
  /** Link to the tracking spreadsheet; the only link the email carries. */
  spreadsheetUrl: string;
  /** Sender line under the title; defaults to "Văn phòng Đảng ủy". */
  senderName?: string;
}

export const DEFAULT_SENDER = 'Văn phòng Đảng ủy';

/** Collapses line breaks and runs of spaces, as a mail subject must be one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().normalize('NFC');
}

export function standardFooter(): string {
  return (
    'Thư gửi tự động từ công cụ theo dõi thực hiện Nghị quyết số 57-NQ/TW. ' +
    'Nếu thông tin chưa đúng, đề nghị cập nhật trên bảng tính hoặc liên hệ Văn phòng Đảng ủy.'
  );
}

/** Formats the spreadsheet link as a plain-text line. */
export function spreadsheetBlock(url: string): string {
  return `Mở bảng tính theo dõi: ${url}`;
}

/** Renders the spreadsheet button and the same link as text for clients that block buttons. */
export function spreadsheetLink(url: string): SafeHtml {
  // The address is one long word, so it may break anywhere to fit a 640 px screen.
  const address = safeHtml`<span style="word-break:break-all">${url}</span>`;
  return safeHtml`${linkButton('Mở bảng tính theo dõi', url)}${note(safeHtml`Nếu nút không mở được, sao chép đường dẫn sau vào trình duyệt: ${address}`)}`;
}

/** Rows shown per list in an email; the rest are counted in a footnote. */
export const MAX_ROWS = 30;

/** Splits a list into the rows an email shows and a note on the rest ('' when none). */
export function limitRows<T>(items: readonly T[]): {shown: T[]; more: string} {
  const hidden = items.length - MAX_ROWS;
  return {
    shown: items.slice(0, MAX_ROWS),
    more:
      hidden > 0 ? `… và ${hidden} mục khác, xem đầy đủ trên bảng tính.` : '',
  };
}
