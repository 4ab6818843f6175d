// Protected ranges and sheets: the Protection class and what it stores.

import type {EmulatorContext} from '../context';
import {GridRect, rectContains} from './a1';
import {Exception, MESSAGES} from './errors';
import type {SheetData} from './model';
import {counterOf} from './validation';

export const ProtectionType = {RANGE: 'RANGE', SHEET: 'SHEET'} as const;

export interface ProtectionData {
  id: number;
  type: keyof typeof ProtectionType;
  sheet: SheetData;
  /** The protected rectangle; null for a whole-sheet protection. */
  rect: GridRect | null;
  description: string;
  warningOnly: boolean;
  /**
   * Emails allowed to edit. null means "mirror the spreadsheet's editors", which is how
   * Apps Script documents a new protection until the script changes its editors.
   */
  editors: Set<string> | null;
  domainEdit: boolean;
  /** Rectangles left editable inside a sheet protection. */
  unprotected: GridRect[];
  removed: boolean;
}

/** Services of the spreadsheet that a Protection uses. */
export interface ProtectionHost {
  owner(): string;
  /** The user running the script, or the owner when no one is known. */
  currentUser(): string;
  fileEditors(): string[];
  remove(protection: ProtectionData): void;
  toRange(sheet: SheetData, rect: GridRect): unknown;
  toRect(range: unknown): {sheet: SheetData; rect: GridRect};
}

function emailOf(user: unknown): string {
  if (typeof user === 'string') return user.toLowerCase();
  const withEmail = user as {getEmail?: () => string};
  return String(withEmail?.getEmail?.() ?? user).toLowerCase();
}

function domainOf(email: string): string {
  return email.slice(email.indexOf('@') + 1);
}

/** Tells whether `user` may edit cells under this protection (ignoring warning-only). */
export function protectionAllows(
  protection: ProtectionData,
  host: ProtectionHost,
  user: string,
): boolean {
  const email = user.toLowerCase();
  if (email === host.owner().toLowerCase()) return true;
  const editors = protection.editors ?? new Set(host.fileEditors());
  if (editors.has(email)) return true;
  return protection.domainEdit && domainOf(email) === domainOf(host.owner());
}

/** Tells whether the protection covers a cell (sheet protections minus unprotected areas). */
export function protectionCovers(
  protection: ProtectionData,
  row: number,
  col: number,
): boolean {
  if (protection.rect) return rectContains(protection.rect, row, col);
  return !protection.unprotected.some(rect => rectContains(rect, row, col));
}

/** Builds a User object as Protection.getEditors returns them. */
export function makeUser(ctx: EmulatorContext, email: string): object {
  const count = counterOf(ctx, 'User');
  return {
    getEmail: () => {
      count('getEmail');
      return email;
    },
    toString: () => email,
  };
}

export class Protection {
  private readonly count;

  constructor(
    private readonly ctx: EmulatorContext,
    readonly data: ProtectionData,
    private readonly host: ProtectionHost,
  ) {
    this.count = counterOf(ctx, 'Protection');
  }

  private editorSet(): Set<string> {
    this.data.editors ??= new Set(this.host.fileEditors());
    return this.data.editors;
  }

  getDescription(): string {
    this.count('getDescription');
    return this.data.description;
  }

  setDescription(description: string): this {
    this.count('setDescription');
    this.data.description = description;
    return this;
  }

  isWarningOnly(): boolean {
    this.count('isWarningOnly');
    return this.data.warningOnly;
  }

  setWarningOnly(warningOnly: boolean): this {
    this.count('setWarningOnly');
    this.data.warningOnly = warningOnly;
    return this;
  }

  getProtectionType(): string {
    this.count('getProtectionType');
    return this.data.type;
  }

  getRange(): unknown {
    this.count('getRange');
    const sheet = this.data.sheet;
    const rect = this.data.rect ?? {
      row: 1,
      col: 1,
      numRows: sheet.maxRows,
      numCols: sheet.maxColumns,
    };
    return this.host.toRange(sheet, rect);
  }

  setRange(range: unknown): this {
    this.count('setRange');
    const located = this.host.toRect(range);
    this.data.sheet = located.sheet;
    this.data.rect = {...located.rect};
    return this;
  }

  getUnprotectedRanges(): unknown[] {
    this.count('getUnprotectedRanges');
    return this.data.unprotected.map(rect =>
      this.host.toRange(this.data.sheet, rect),
    );
  }

  setUnprotectedRanges(ranges: unknown[]): this {
    this.count('setUnprotectedRanges');
    if (this.data.type === 'SHEET') {
      this.data.unprotected = ranges.map(range => ({
        ...this.host.toRect(range).rect,
      }));
    }
    return this;
  }

  getEditors(): object[] {
    this.count('getEditors');
    const emails = new Set([this.host.owner(), ...this.editorSet()]);
    return [...emails].map(email => makeUser(this.ctx, email));
  }

  addEditor(user: unknown): this {
    this.count('addEditor');
    this.editorSet().add(emailOf(user));
    return this;
  }

  addEditors(emails: string[]): this {
    this.count('addEditors');
    for (const email of emails) this.editorSet().add(emailOf(email));
    return this;
  }

  removeEditor(user: unknown): this {
    this.count('removeEditor');
    this.removeEmails([emailOf(user)]);
    return this;
  }

  removeEditors(users: unknown[]): this {
    this.count('removeEditors');
    this.removeEmails(users.map(emailOf));
    return this;
  }

  /** Removes editors, keeping the owner and the current user as Apps Script documents. */
  private removeEmails(emails: string[]): void {
    const protectedEmails = new Set([
      this.host.owner().toLowerCase(),
      this.host.currentUser().toLowerCase(),
    ]);
    const editors = this.editorSet();
    // NOTE: Apps Script is documented not to remove these two; whether it throws is
    // unverified, so the emulator skips them silently.
    for (const email of emails)
      if (!protectedEmails.has(email)) editors.delete(email);
  }

  canEdit(): boolean {
    this.count('canEdit');
    return protectionAllows(this.data, this.host, this.host.currentUser());
  }

  canDomainEdit(): boolean {
    this.count('canDomainEdit');
    return this.data.domainEdit;
  }

  setDomainEdit(editable: boolean): this {
    this.count('setDomainEdit');
    if (this.ctx.account === 'consumer')
      throw new Exception(MESSAGES.domainEdit);
    this.data.domainEdit = editable;
    return this;
  }

  remove(): void {
    this.count('remove');
    this.host.remove(this.data);
  }
}
