// The Advanced Drive service (v3) on the shared stored Drive, and the manifest's scopes.

import {copyFileSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {FIXTURES, makeEmulator, servicesOf} from './helpers';

const FOLDER = 'application/vnd.google-apps.folder';
const DRIVE_FILE = 'https://www.googleapis.com/auth/drive.file';
const DRIVE = 'https://www.googleapis.com/auth/drive';

/** A build folder holding the fixture bundle and the given manifest. */
function buildDirWith(manifest: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'nq57-manifest-'));
  copyFileSync(join(FIXTURES, 'Code.js'), join(dir, 'Code.js'));
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify(manifest));
  return dir;
}

const WITH_DRIVE_SERVICE = {
  dependencies: {
    enabledAdvancedServices: [
      {userSymbol: 'Drive', serviceId: 'drive', version: 'v3'},
    ],
  },
};

function drive(manifest?: object) {
  const emulator = makeEmulator(
    manifest === undefined ? {} : {buildDir: buildDirWith(manifest)},
  );
  const services = servicesOf(emulator);
  return {emulator, Drive: services.Drive, Utilities: services.Utilities};
}

describe('Advanced Drive', () => {
  test('creates a folder and a file in it', () => {
    const {emulator, Drive, Utilities} = drive();
    const folder = Drive.Files.create({name: 'Báo cáo', mimeType: FOLDER});
    const file = Drive.Files.create(
      {name: 'BC.pdf', parents: [folder.id]},
      Utilities.newBlob('%PDF-1.4', 'application/pdf', 'x.pdf'),
      {fields: 'id,name,mimeType,webViewLink'},
    );
    expect(file.name).toBe('BC.pdf');
    expect(file.mimeType).toBe('application/pdf');
    expect(file.webViewLink).toBe(
      `https://drive.google.com/file/d/${file.id}/view?usp=drivesdk`,
    );
    const stored = emulator.emu.drive.listFiles();
    expect(stored.map(f => f.parentId)).toEqual([folder.id]);
    expect(stored[0].bytes.toString()).toBe('%PDF-1.4');
  });

  test('returns default fields without fields', () => {
    const {Drive} = drive();
    const folder = Drive.Files.create({name: 'A', mimeType: FOLDER});
    expect(Object.keys(folder).sort()).toEqual([
      'id',
      'kind',
      'mimeType',
      'name',
    ]);
  });

  test('update replaces content, keeps id', () => {
    const {emulator, Drive, Utilities} = drive();
    const file = Drive.Files.create(
      {name: 'a.html'},
      Utilities.newBlob('cũ', 'text/html', 'a.html'),
    );
    const updated = Drive.Files.update(
      {name: 'b.html'},
      file.id,
      Utilities.newBlob('mới', 'text/html', 'b.html'),
    );
    expect(updated.id).toBe(file.id);
    expect(Drive.Files.get(file.id, {alt: 'media'})).toBe('mới');
    expect(emulator.emu.drive.listFiles().map(f => f.name)).toEqual(['b.html']);
  });

  test('list filters by name, parent, trashed', () => {
    const {Drive, Utilities} = drive();
    const folder = Drive.Files.create({name: 'F', mimeType: FOLDER});
    const blob = () => Utilities.newBlob('x', 'text/plain', 'n');
    const inFolder = Drive.Files.create(
      {name: "Bà's.pdf", parents: [folder.id]},
      blob(),
    );
    Drive.Files.create({name: "Bà's.pdf"}, blob());
    const trashed = Drive.Files.create(
      {name: "Bà's.pdf", parents: [folder.id]},
      blob(),
    );
    Drive.Files.update({trashed: true}, trashed.id);
    const found = Drive.Files.list({
      q: `name = 'Bà\\'s.pdf' and '${folder.id}' in parents and trashed = false`,
      fields: 'files(id,name)',
    });
    expect(found.files).toEqual([{id: inFolder.id, name: "Bà's.pdf"}]);
  });

  test('list finds folders by mimeType', () => {
    const {Drive} = drive();
    const folder = Drive.Files.create({name: 'F', mimeType: FOLDER});
    Drive.Files.create({name: 'F', mimeType: 'text/plain'});
    const found = Drive.Files.list({
      q: `name = 'F' and mimeType = '${FOLDER}' and trashed = false`,
      fields: 'files(id)',
    });
    expect(found.files).toEqual([{id: folder.id}]);
  });

  test('list rejects an unknown clause', () => {
    const {Drive} = drive();
    expect(() => Drive.Files.list({q: "fullText contains 'x'"})).toThrow(
      'API call to drive.files.list failed with error: Invalid Value',
    );
  });

  test('get of a missing id fails', () => {
    const {Drive} = drive();
    expect(() => Drive.Files.get('1nothing')).toThrow(
      'API call to drive.files.get failed with error: File not found: 1nothing.',
    );
  });

  test('counts calls as Drive.Files.method', () => {
    const {emulator, Drive} = drive();
    Drive.Files.create({name: 'F', mimeType: FOLDER});
    Drive.Files.list({q: "name = 'F'"});
    expect(emulator.ctx.counter.byMethod()['Drive.Files.create']).toBe(1);
    expect(emulator.ctx.counter.byMethod()['Drive.Files.list']).toBe(1);
  });
});

describe('Drive scopes from the manifest', () => {
  const driveFileOnly = {
    ...WITH_DRIVE_SERVICE,
    oauthScopes: [DRIVE_FILE],
  };

  test('DriveApp needs full drive', () => {
    const {emulator} = drive(driveFileOnly);
    expect(() =>
      servicesOf(emulator).DriveApp.createFile('a.txt', 'x'),
    ).toThrow(
      `You do not have permission to call DriveApp.createFile. Required permissions: ${DRIVE}`,
    );
  });

  test('DriveApp works with full drive', () => {
    const {emulator} = drive({oauthScopes: [DRIVE]});
    const file = servicesOf(emulator).DriveApp.createFile('a.txt', 'x');
    expect(file.getName()).toBe('a.txt');
  });

  test('Advanced Drive works with drive.file', () => {
    const {Drive} = drive(driveFileOnly);
    expect(Drive.Files.create({name: 'F', mimeType: FOLDER}).name).toBe('F');
  });

  test('drive.file lists only files created here', () => {
    const {emulator, Drive} = drive(driveFileOnly);
    emulator.emu.drive.folders.set('1other', {
      id: '1other',
      name: 'F',
      parentId: emulator.emu.drive.rootId,
      trashed: false,
      created: 0,
      updated: 0,
    });
    const mine = Drive.Files.create({name: 'F', mimeType: FOLDER});
    const found = Drive.Files.list({q: "name = 'F'", fields: 'files(id)'});
    expect(found.files).toEqual([{id: mine.id}]);
  });

  test('Advanced Drive needs a Drive scope', () => {
    const {Drive} = drive({...WITH_DRIVE_SERVICE, oauthScopes: []});
    expect(() => Drive.Files.create({name: 'F'})).toThrow(
      'insufficient authentication scopes',
    );
  });

  test('no Drive global unless enabled', () => {
    const {emulator} = drive({oauthScopes: [DRIVE_FILE]});
    expect(servicesOf(emulator).Drive).toBeUndefined();
  });
});
