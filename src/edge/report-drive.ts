// Saves the report's PDF and HTML in the Drive folder named in Cấu hình, through the Advanced
// Drive service (v3): it works with the drive.file scope, which DriveApp's createFile does not.
// A file already saved for the same period is updated in place, so its id and link stay.

/** The part of a Drive API v3 File resource the add-on reads. */
export interface DriveFile {
  id: string;
  name?: string;
  trashed?: boolean;
  webViewLink?: string;
}

interface DriveFilesApi {
  create(
    resource: object,
    mediaData?: GoogleAppsScript.Base.Blob,
    optionalArgs?: object,
  ): DriveFile;
  update(
    resource: object,
    fileId: string,
    mediaData?: GoogleAppsScript.Base.Blob,
    optionalArgs?: object,
  ): DriveFile;
  get(fileId: string, optionalArgs?: object): DriveFile;
  list(optionalArgs: object): {files?: DriveFile[]};
}

const FOLDER_MIME_TYPE = 'application/vnd.google-apps.folder';
const FILE_FIELDS = 'id,name,trashed,webViewLink';
const FOLDER_PROPERTY = 'report:folder';

function files(): DriveFilesApi {
  const service =
    typeof Drive === 'undefined'
      ? undefined
      : (Drive as unknown as {Files?: DriveFilesApi} | undefined);
  if (!service?.Files) {
    throw new Error(
      'Dịch vụ Drive nâng cao (Drive API v3) chưa được bật cho dự án Apps Script. ' +
        'Hãy bật "Drive API" trong mục Dịch vụ của trình chỉnh sửa Apps Script rồi thử lại.',
    );
  }
  return service.Files;
}

/** Quotes a value for a Drive query: backslash and apostrophe are escaped. */
function queryString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Returns the file with this id unless it is missing or in the trash. */
function existing(id: string | null): DriveFile | null {
  if (!id) return null;
  try {
    const file = files().get(id, {fields: FILE_FIELDS});
    return file.trashed ? null : file;
  } catch (error) {
    // Drive returns "File not found" both for a deleted file and for one the add-on cannot see.
    console.warn(`Report file ${id} is gone: ${String(error)}`);
    return null;
  }
}

function findByName(name: string, extra: string): DriveFile | null {
  const found = files().list({
    q: `name = ${queryString(name)} and ${extra} and trashed = false`,
    fields: `files(${FILE_FIELDS})`,
  });
  return found.files?.[0] ?? null;
}

/**
 * Returns the report folder: the one whose id the document remembers while it keeps the name
 * from Cấu hình, else one of that name the add-on can see, else a new one in My Drive.
 */
export function reportFolder(name: string): DriveFile {
  const properties = PropertiesService.getDocumentProperties();
  const remembered = existing(properties.getProperty(FOLDER_PROPERTY));
  const folder =
    (remembered && remembered.name === name ? remembered : null) ??
    findByName(name, `mimeType = ${queryString(FOLDER_MIME_TYPE)}`) ??
    files().create({name, mimeType: FOLDER_MIME_TYPE}, undefined, {
      fields: FILE_FIELDS,
    });
  properties.setProperty(FOLDER_PROPERTY, folder.id);
  return folder;
}

/**
 * Saves `blob` as `name` in `folderId`: over the file `knownId` when it still exists, else over
 * a file of that name in the folder, else as a new file. Returns the file with its link.
 */
export function saveFile(
  folderId: string,
  name: string,
  blob: GoogleAppsScript.Base.Blob,
  knownId: string | null,
): DriveFile {
  const target =
    existing(knownId) ??
    findByName(name, `${queryString(folderId)} in parents`);
  if (target)
    return files().update({name}, target.id, blob, {fields: FILE_FIELDS});
  return files().create({name, parents: [folderId]}, blob, {
    fields: FILE_FIELDS,
  });
}
