// DriveApp: an in-memory Drive of folders and files, readable by the runner through `emu`.

import {File, storeFile} from './drive-file';
import {
  DriveStore,
  Iterator,
  NOT_FOUND,
  check,
  type StoredItem,
} from './drive-store';
import type {ServiceEnv} from './env';
import {Exception} from './exception';

export {DriveStore, File};
export type {StoredFile, StoredItem} from './drive-store';

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
