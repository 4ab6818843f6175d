// DriveApp: an in-memory Drive of folders and files, readable by the runner through `emu`.

import {Blob, convertBlob} from './blob';
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

const NOT_FOUND =
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

class Iterator<T> {
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

function check(env: ServiceEnv, className: string, method: string): void {
  record(env.ctx, className, method);
  requireAuthorization(
    env.ctx,
    `${className === 'DriveApp' ? 'DriveApp' : 'DriveApp.' + className}.${method}`,
    SCOPES.drive,
  );
}

export class File {
  constructor(
    private readonly env: ServiceEnv,
    private readonly file: StoredFile,
  ) {}

  getId(): string {
    check(this.env, 'File', 'getId');
    return this.file.id;
  }
  getName(): string {
    check(this.env, 'File', 'getName');
    return this.file.name;
  }
  setName(name: string): File {
    check(this.env, 'File', 'setName');
    this.file.name = String(name);
    this.file.updated = this.env.ctx.clock.now();
    return this;
  }
  getUrl(): string {
    check(this.env, 'File', 'getUrl');
    return `https://drive.google.com/file/d/${this.file.id}/view?usp=drivesdk`;
  }
  getMimeType(): string {
    check(this.env, 'File', 'getMimeType');
    return this.file.mimeType;
  }
  getSize(): number {
    check(this.env, 'File', 'getSize');
    return this.file.bytes.length;
  }
  getDateCreated(): Date {
    check(this.env, 'File', 'getDateCreated');
    return new this.env.ctx.DateClass(this.file.created);
  }
  getLastUpdated(): Date {
    check(this.env, 'File', 'getLastUpdated');
    return new this.env.ctx.DateClass(this.file.updated);
  }
  getBlob(): Blob {
    check(this.env, 'File', 'getBlob');
    return new Blob(
      this.env,
      this.file.bytes,
      this.file.mimeType,
      this.file.name,
    );
  }
  getAs(contentType: string): Blob {
    check(this.env, 'File', 'getAs');
    return convertBlob(
      this.env,
      this.file.bytes,
      this.file.mimeType,
      this.file.name,
      contentType,
    );
  }
  setContent(content: string): File {
    check(this.env, 'File', 'setContent');
    this.file.bytes = Buffer.from(String(content), 'utf8');
    this.file.updated = this.env.ctx.clock.now();
    return this;
  }
  setTrashed(trashed: boolean): File {
    check(this.env, 'File', 'setTrashed');
    this.file.trashed = Boolean(trashed);
    return this;
  }
  isTrashed(): boolean {
    check(this.env, 'File', 'isTrashed');
    return this.file.trashed;
  }
}

/** Stores a file from a Blob or from (name, content[, mimeType]) under `parentId`. */
function storeFile(
  env: ServiceEnv,
  store: DriveStore,
  parentId: string,
  args: unknown[],
): File {
  let name: string;
  let mimeType: string;
  let bytes: Buffer;
  if (args[0] instanceof Blob) {
    const blob = args[0];
    bytes = Buffer.from(blob.emuBytes());
    name = env.ctx.counter.uncounted(() => blob.getName()) ?? 'Untitled';
    mimeType =
      env.ctx.counter.uncounted(() => blob.getContentType()) ??
      'application/octet-stream';
  } else {
    name = String(args[0]);
    bytes = Buffer.from(String(args[1] ?? ''), 'utf8');
    mimeType = args[2] === undefined ? 'text/plain' : String(args[2]);
  }
  const now = env.ctx.clock.now();
  const file: StoredFile = {
    id: store.newId(),
    name,
    parentId,
    trashed: false,
    created: now,
    updated: now,
    mimeType,
    bytes,
  };
  store.files.set(file.id, file);
  return new File(env, file);
}

export class Folder {
  constructor(
    private readonly env: ServiceEnv,
    private readonly store: DriveStore,
    private readonly folder: StoredItem,
  ) {}

  private children<T extends StoredItem>(
    items: Iterable<T>,
    name?: string,
  ): T[] {
    return [...items].filter(
      item =>
        item.parentId === this.folder.id &&
        !item.trashed &&
        (name === undefined || item.name === name),
    );
  }

  getId(): string {
    check(this.env, 'Folder', 'getId');
    return this.folder.id;
  }
  getName(): string {
    check(this.env, 'Folder', 'getName');
    return this.folder.name;
  }
  getUrl(): string {
    check(this.env, 'Folder', 'getUrl');
    return `https://drive.google.com/drive/folders/${this.folder.id}`;
  }
  createFile(...args: unknown[]): File {
    check(this.env, 'Folder', 'createFile');
    return storeFile(this.env, this.store, this.folder.id, args);
  }
  createFolder(name: string): Folder {
    check(this.env, 'Folder', 'createFolder');
    const now = this.env.ctx.clock.now();
    const folder: StoredItem = {
      id: this.store.newId(),
      name: String(name),
      parentId: this.folder.id,
      trashed: false,
      created: now,
      updated: now,
    };
    this.store.folders.set(folder.id, folder);
    return new Folder(this.env, this.store, folder);
  }
  getFiles(): Iterator<File> {
    check(this.env, 'Folder', 'getFiles');
    const files = this.children(this.store.files.values()).map(
      f => new File(this.env, f),
    );
    return new Iterator(this.env, 'FileIterator', files);
  }
  getFilesByName(name: string): Iterator<File> {
    check(this.env, 'Folder', 'getFilesByName');
    const files = this.children(this.store.files.values(), name).map(
      f => new File(this.env, f),
    );
    return new Iterator(this.env, 'FileIterator', files);
  }
  getFolders(): Iterator<Folder> {
    check(this.env, 'Folder', 'getFolders');
    const folders = this.children(this.store.folders.values()).map(
      f => new Folder(this.env, this.store, f),
    );
    return new Iterator(this.env, 'FolderIterator', folders);
  }
  getFoldersByName(name: string): Iterator<Folder> {
    check(this.env, 'Folder', 'getFoldersByName');
    const folders = this.children(this.store.folders.values(), name).map(
      f => new Folder(this.env, this.store, f),
    );
    return new Iterator(this.env, 'FolderIterator', folders);
  }
  setTrashed(trashed: boolean): Folder {
    check(this.env, 'Folder', 'setTrashed');
    this.folder.trashed = Boolean(trashed);
    return this;
  }
  isTrashed(): boolean {
    check(this.env, 'Folder', 'isTrashed');
    return this.folder.trashed;
  }
}

export function createDriveApp(env: ServiceEnv, store: DriveStore) {
  const root = () => new Folder(env, store, store.folders.get(store.rootId)!);
  const anywhere = <T extends StoredItem>(items: Iterable<T>, name: string) =>
    [...items].filter(item => item.name === name && !item.trashed);
  return {
    getRootFolder(): Folder {
      check(env, 'DriveApp', 'getRootFolder');
      return root();
    },
    createFolder(name: string): Folder {
      check(env, 'DriveApp', 'createFolder');
      return env.ctx.counter.uncounted(() => root().createFolder(name));
    },
    createFile(...args: unknown[]): File {
      check(env, 'DriveApp', 'createFile');
      return storeFile(env, store, store.rootId, args);
    },
    getFolderById(id: string): Folder {
      check(env, 'DriveApp', 'getFolderById');
      const folder = store.folders.get(id);
      if (!folder) throw new Exception(NOT_FOUND);
      return new Folder(env, store, folder);
    },
    getFileById(id: string): File {
      check(env, 'DriveApp', 'getFileById');
      const file = store.files.get(id);
      if (!file) throw new Exception(NOT_FOUND);
      return new File(env, file);
    },
    getFilesByName(name: string): Iterator<File> {
      check(env, 'DriveApp', 'getFilesByName');
      const files = anywhere(store.files.values(), name).map(
        f => new File(env, f),
      );
      return new Iterator(env, 'FileIterator', files);
    },
    getFoldersByName(name: string): Iterator<Folder> {
      check(env, 'DriveApp', 'getFoldersByName');
      const folders = anywhere(store.folders.values(), name).map(
        f => new Folder(env, store, f),
      );
      return new Iterator(env, 'FolderIterator', folders);
    },
  };
}
