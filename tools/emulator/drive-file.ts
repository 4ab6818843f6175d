// DriveApp's File, and storing a new file from a Blob or from text.

import {Blob, convertBlob} from './blob';
import type {ServiceEnv} from './env';
import {check, type DriveStore, type StoredFile} from './drive-store';

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
export function storeFile(
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
