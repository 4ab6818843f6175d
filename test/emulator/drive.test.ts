// DriveApp: in-memory folders and files, iterators and the stored files the runner reads.

import {makeEmulator, servicesOf} from './helpers';

function drive() {
  const emulator = makeEmulator();
  return {
    emulator,
    DriveApp: servicesOf(emulator).DriveApp,
    Utilities: servicesOf(emulator).Utilities,
  };
}

describe('DriveApp', () => {
  test('file from blob in a folder', () => {
    const {emulator, DriveApp, Utilities} = drive();
    const folder = DriveApp.createFolder('Báo cáo NQ57');
    const file = folder.createFile(
      Utilities.newBlob('%PDF-1.4', 'application/pdf', 'BC quý II.pdf'),
    );
    expect(file.getName()).toBe('BC quý II.pdf');
    expect(file.getMimeType()).toBe('application/pdf');
    expect(file.getSize()).toBe(8);
    expect(file.getUrl()).toBe(
      `https://drive.google.com/file/d/${file.getId()}/view?usp=drivesdk`,
    );
    const stored = emulator.emu.drive.listFiles();
    expect(stored).toHaveLength(1);
    expect(stored[0].parentId).toBe(folder.getId());
    expect(stored[0].bytes.toString()).toBe('%PDF-1.4');
  });

  test('file from name and content', () => {
    const {DriveApp} = drive();
    const file = DriveApp.createFile('ghi-chu.txt', 'Nội dung', 'text/plain');
    expect(file.getBlob().getDataAsString()).toBe('Nội dung');
    file.setContent('Mới');
    expect(DriveApp.getFileById(file.getId()).getBlob().getDataAsString()).toBe(
      'Mới',
    );
  });

  test('iterators by name', () => {
    const {DriveApp} = drive();
    DriveApp.createFolder('A');
    DriveApp.createFolder('A');
    const folders = DriveApp.getFoldersByName('A');
    let count = 0;
    while (folders.hasNext()) {
      folders.next();
      count++;
    }
    expect(count).toBe(2);
    expect(() => folders.next()).toThrow('iterator has reached the end');
  });

  test('folder lists its files', () => {
    const {DriveApp} = drive();
    const folder = DriveApp.createFolder('F');
    folder.createFile('a.txt', 'a');
    folder.createFile('b.txt', 'b');
    expect(folder.getFilesByName('b.txt').next().getName()).toBe('b.txt');
    expect(DriveApp.getFilesByName('a.txt').hasNext()).toBe(true);
  });

  test('trashed files are hidden', () => {
    const {emulator, DriveApp} = drive();
    const file = DriveApp.createFile('a.txt', 'a');
    file.setTrashed(true);
    expect(file.isTrashed()).toBe(true);
    expect(DriveApp.getFilesByName('a.txt').hasNext()).toBe(false);
    expect(emulator.emu.drive.listFiles()).toHaveLength(0);
  });

  test('unknown id', () => {
    const {DriveApp} = drive();
    expect(() => DriveApp.getFileById('nope')).toThrow(
      'No item with the given ID could be found',
    );
  });

  test('root folder', () => {
    const {DriveApp} = drive();
    expect(DriveApp.getRootFolder().getName()).toBe('My Drive');
  });

  test('refused in a simple trigger', () => {
    const {emulator, DriveApp} = drive();
    emulator.ctx.execution = {
      functionName: 'onEdit',
      kind: 'simpleTrigger',
      authMode: 'LIMITED',
      activeUser: '',
      startedAt: emulator.ctx.clock.now(),
    };
    expect(() => DriveApp.createFile('a', 'b')).toThrow(
      'You do not have permission to call DriveApp.createFile',
    );
  });
});
