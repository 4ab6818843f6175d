// The stored Drive behind DriveApp: folders, files, iterators and the authorization check.

import {record, type ServiceEnv} from './env';
import {Exception, SCOPES, requireAuthorization} from './exception';

export interface StoredItem {
  id: string;
  name: string;
  /** Null for the root folder. */
  parentId: string | null;
  trashed: boolean;
  created: number;
  updated: number;
}

export interface StoredFile extends StoredItem {
  mimeType: string;
  bytes: Buffer;
}

export const NOT_FOUND =
  'No item with the given ID could be found. Possibly because you have not edited this ' +
  'item or you do not have permission to access it.';
const ID_ALPHABET =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** The stored Drive, shared by every DriveApp object. */
export class DriveStore {
  readonly folders = new Map<string, StoredItem>();
  readonly files = new Map<string, StoredFile>();
  readonly rootId: string;

  constructor(private readonly env: ServiceEnv) {
    this.rootId = this.newId();
    const now = env.ctx.clock.now();
    this.folders.set(this.rootId, {
      id: this.rootId,
      name: 'My Drive',
      parentId: null,
      trashed: false,
      created: now,
      updated: now,
    });
  }

  newId(): string {
    return '1' + this.env.random.string(32, ID_ALPHABET);
  }

  /** Files not in the trash, in creation order, for the runner and tests. */
  listFiles(): StoredFile[] {
    return [...this.files.values()].filter(file => !file.trashed);
  }
}

export class Iterator<T> {
  private index = 0;

  constructor(
    private readonly env: ServiceEnv,
    private readonly className: string,
    private readonly items: T[],
  ) {}

  hasNext(): boolean {
    record(this.env.ctx, this.className, 'hasNext');
    return this.index < this.items.length;
  }

  next(): T {
    record(this.env.ctx, this.className, 'next');
    if (this.index >= this.items.length) {
      throw new Exception(
        'Cannot retrieve the next object: iterator has reached the end.',
      );
    }
    return this.items[this.index++];
  }
}

export function check(
  env: ServiceEnv,
  className: string,
  method: string,
): void {
  record(env.ctx, className, method);
  requireAuthorization(
    env.ctx,
    `${className === 'DriveApp' ? 'DriveApp' : 'DriveApp.' + className}.${method}`,
    SCOPES.drive,
  );
}
