// Rules every email body must follow, as jest assertions.
import {nestingError, urlsIn} from '../checks';
import {SPREADSHEET_URL} from '../fixtures';

export function expectGmailSafe(markup: string): void {
  expect(markup).not.toMatch(/<style/i);
  expect(markup).not.toMatch(/<script/i);
  expect(markup).not.toMatch(/<img/i);
  expect(markup).not.toMatch(/<link/i);
  expect(markup).not.toMatch(/\sclass=/i);
  expect(markup).toContain('max-width:640px');
  expect(nestingError(markup)).toBeNull();
  expect(urlsIn(markup).filter(url => url !== SPREADSHEET_URL)).toEqual([]);
  expect(markup).toBe(markup.normalize('NFC'));
}
