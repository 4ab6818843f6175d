// The Advanced Drive service (Drive API v3 as the global `Drive`), backed by the same stored
// Drive as DriveApp, so the runner and tests see its files through `emu.drive`.

import {GoogleJsonResponseException, parseQuery} from './advanced-drive-query';
import {Blob} from './blob';
import {DriveStore, type StoredFile, type StoredItem} from './drive-store';
import {record, type ServiceEnv} from './env';
import {Exception, SCOPES, requireAuthorization} from './exception';
import {declares, DRIVE_FILE_SCOPE, type Manifest} from './manifest';

export const FOLDER_MIME_TYPE = 'application/vnd.google-apps.folder';

type DriveResource = Record<string, unknown>;
type Item = StoredItem | StoredFile;

const isFile = (item: Item): item is StoredFile => 'bytes' in item;

/** Splits "id,files(id,name),nextPageToken" at top-level commas. */
function splitFields(fields: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of fields) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else {
      current += char;
    }
  }
  if (current.trim() !== '') parts.push(current.trim());
  return parts;
}

const DEFAULT_FILE_FIELDS = ['kind', 'id', 'name', 'mimeType'];

export function createAdvancedDrive(
  env: ServiceEnv,
  store: DriveStore,
  manifest: Manifest,
) {
  // With only drive.file, the API returns the files this project created and no others.
  const createdHere = new Set<string>();
  const fullAccess =
    manifest.oauthScopes === null ||
    manifest.oauthScopes.includes(SCOPES.drive);

  const check = (method: string): void => {
    record(env.ctx, 'Drive.Files', method);
    requireAuthorization(env.ctx, `Drive.Files.${method}`, DRIVE_FILE_SCOPE);
    if (!declares(manifest, DRIVE_FILE_SCOPE) && !fullAccess) {
      // NOTE: the exact text for a call beyond the granted scopes is not documented; this is
      // the Drive API's usual "insufficient scopes" reason.
      throw new GoogleJsonResponseException(
        method,
        'Request had insufficient authentication scopes.',
      );
    }
  };

  const visible = (item: Item): boolean =>
    fullAccess || createdHere.has(item.id);

  const find = (method: string, id: string): Item => {
    const item = store.files.get(id) ?? store.folders.get(id);
    if (!item || !visible(item))
      throw new GoogleJsonResponseException(method, `File not found: ${id}.`);
    return item;
  };

  const valueOf = (item: Item, field: string): unknown => {
    const folder = !isFile(item);
    switch (field) {
      case 'kind':
        return 'drive#file';
      case 'id':
      case 'name':
      case 'trashed':
        return item[field];
      case 'mimeType':
        return folder ? FOLDER_MIME_TYPE : item.mimeType;
      case 'parents':
        return item.parentId === null ? [] : [item.parentId];
      case 'size':
        return folder ? undefined : String(item.bytes.length);
      case 'createdTime':
        return new Date(item.created).toISOString();
      case 'modifiedTime':
        return new Date(item.updated).toISOString();
      case 'webViewLink':
        return folder
          ? `https://drive.google.com/drive/folders/${item.id}`
          : `https://drive.google.com/file/d/${item.id}/view?usp=drivesdk`;
      default:
        return undefined;
    }
  };

  const ALL_FIELDS = [
    ...DEFAULT_FILE_FIELDS,
    'parents',
    'trashed',
    'size',
    'createdTime',
    'modifiedTime',
    'webViewLink',
  ];

  const resourceOf = (item: Item, fields: string[]): DriveResource => {
    const wanted = fields.includes('*') ? ALL_FIELDS : fields;
    const resource: DriveResource = {};
    for (const field of wanted) {
      const value = valueOf(item, field);
      if (value !== undefined) resource[field] = value;
    }
    return resource;
  };

  const fieldsOf = (optionalArgs: unknown): string[] => {
    const fields = (optionalArgs as {fields?: unknown} | undefined)?.fields;
    return typeof fields === 'string'
      ? splitFields(fields)
      : DEFAULT_FILE_FIELDS;
  };

  const blobParts = (blob: unknown): {bytes: Buffer; type: string | null} => {
    if (!(blob instanceof Blob)) {
      throw new Exception(
        'The parameters do not match the method signature for Drive.Files: mediaData must be a Blob.',
      );
    }
    return env.ctx.counter.uncounted(() => ({
      bytes: Buffer.from(blob.emuBytes()),
      type: blob.getContentType(),
    }));
  };

  const Files = {
    create(
      resource: DriveResource,
      mediaData?: unknown,
      optionalArgs?: unknown,
    ): DriveResource {
      check('create');
      const parents = (resource.parents as string[] | undefined) ?? [];
      const parentId = parents[0] ?? store.rootId;
      if (parentId !== store.rootId) find('create', parentId);
      const now = env.ctx.clock.now();
      const base: StoredItem = {
        id: store.newId(),
        name: String(resource.name ?? 'Untitled'),
        parentId,
        trashed: false,
        created: now,
        updated: now,
      };
      let item: Item;
      if (resource.mimeType === FOLDER_MIME_TYPE && mediaData === undefined) {
        store.folders.set(base.id, base);
        item = base;
      } else {
        const media =
          mediaData === undefined
            ? {bytes: Buffer.alloc(0), type: null}
            : blobParts(mediaData);
        const file: StoredFile = {
          ...base,
          mimeType: String(
            resource.mimeType ?? media.type ?? 'application/octet-stream',
          ),
          bytes: media.bytes,
        };
        store.files.set(file.id, file);
        item = file;
      }
      createdHere.add(item.id);
      return resourceOf(item, fieldsOf(optionalArgs));
    },

    get(fileId: string, optionalArgs?: unknown): DriveResource | string {
      check('get');
      const item = find('get', String(fileId));
      if ((optionalArgs as {alt?: string} | undefined)?.alt === 'media') {
        if (!isFile(item))
          throw new GoogleJsonResponseException(
            'get',
            'Only files with binary content can be downloaded.',
          );
        return item.bytes.toString('utf8');
      }
      return resourceOf(item, fieldsOf(optionalArgs));
    },

    update(
      resource: DriveResource,
      fileId: string,
      mediaData?: unknown,
      optionalArgs?: unknown,
    ): DriveResource {
      check('update');
      const item = find('update', String(fileId));
      if (resource.name !== undefined) item.name = String(resource.name);
      if (resource.trashed !== undefined)
        item.trashed = Boolean(resource.trashed);
      if (mediaData !== undefined) {
        if (!isFile(item))
          throw new GoogleJsonResponseException(
            'update',
            'A folder has no content to replace.',
          );
        const media = blobParts(mediaData);
        item.bytes = media.bytes;
        if (resource.mimeType === undefined && media.type !== null)
          item.mimeType = media.type;
      }
      if (isFile(item) && resource.mimeType !== undefined)
        item.mimeType = String(resource.mimeType);
      item.updated = env.ctx.clock.now();
      return resourceOf(item, fieldsOf(optionalArgs));
    },

    list(optionalArgs?: unknown): DriveResource {
      check('list');
      const args = (optionalArgs ?? {}) as {q?: string; fields?: string};
      const matches = parseQuery(args.q ?? '');
      const items: Item[] = [
        ...store.folders.values(),
        ...store.files.values(),
      ].filter(
        item =>
          item.parentId !== null &&
          visible(item) &&
          matches(item, valueOf(item, 'mimeType') as string),
      );
      const listFields =
        args.fields === undefined
          ? ['kind', 'incompleteSearch', `files(${DEFAULT_FILE_FIELDS})`]
          : splitFields(args.fields);
      const result: DriveResource = {};
      for (const field of listFields) {
        if (field === 'kind') result.kind = 'drive#fileList';
        if (field === 'incompleteSearch') result.incompleteSearch = false;
        const nested = /^files(?:\((.*)\))?$/.exec(field);
        if (nested) {
          const inner =
            nested[1] === undefined ? ALL_FIELDS : splitFields(nested[1]);
          result.files = items.map(item => resourceOf(item, inner));
        }
      }
      // NOTE: every match comes back on one page; the emulator never sets nextPageToken.
      return result;
    },

    remove(fileId: string): void {
      check('remove');
      const item = find('remove', String(fileId));
      store.files.delete(item.id);
      store.folders.delete(item.id);
    },
  };

  return {Files};
}
