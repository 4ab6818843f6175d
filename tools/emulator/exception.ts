// Errors as Apps Script throws them: scripts see `Exception: <message>` in the execution log.

import type {EmulatorContext} from './context';

/** An error whose name matches what Apps Script prints before the message. */
export class Exception extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

export const SCOPES = {
  sendMail: 'https://www.googleapis.com/auth/script.send_mail',
  scriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  drive: 'https://www.googleapis.com/auth/drive',
} as const;

/**
 * Throws the error Apps Script raises when an execution without full authorization (a simple
 * trigger runs in LIMITED mode) calls a service that needs the OAuth scope `scope`.
 */
export function requireAuthorization(
  ctx: EmulatorContext,
  method: string,
  scope: string,
): void {
  const mode = ctx.execution?.authMode ?? 'FULL';
  if (mode === 'FULL') return;
  if (mode === 'NONE') throw noAuthorizationError();
  throw new Exception(
    `You do not have permission to call ${method}. Required permissions: ${scope}`,
  );
}

/**
 * Throws when the running execution is in AuthMode.NONE, where only menus, Logger and
 * Utilities work: an add-on installed but not yet used in this document.
 */
export function rejectAuthModeNone(ctx: EmulatorContext): void {
  if (ctx.execution?.authMode === 'NONE') throw noAuthorizationError();
}

// NOTE: Google does not document the text for AuthMode.NONE; this is the message Apps Script
// shows when a script needs an authorization that the user has not granted.
function noAuthorizationError(): Exception {
  return new Exception('Authorization is required to perform that action.');
}
