// Utilities: formatDate, sleep on the emulated clock, blobs, base64, digests, formatString.

import {createHash} from 'node:crypto';
import {makeEmulator, servicesOf} from './helpers';

function utilities() {
  const emulator = makeEmulator();
  return {emulator, Utilities: servicesOf(emulator).Utilities};
}

describe('Utilities.formatDate', () => {
  test('Hanoi wall time', () => {
    const {Utilities} = utilities();
    const date = new Date('2026-06-12T07:00:00Z');
    expect(
      Utilities.formatDate(date, 'Asia/Ho_Chi_Minh', 'EEEE dd/MM/yyyy HH:mm'),
    ).toBe('Friday 12/06/2026 14:00');
  });

  test('string date rejected', () => {
    const {Utilities} = utilities();
    expect(() =>
      Utilities.formatDate('2026-06-12', 'Asia/Ho_Chi_Minh', 'yyyy'),
    ).toThrow(
      "The parameters (string,string,string) don't match the method signature for Utilities.formatDate.",
    );
  });

  test('unknown zone falls back to GMT', () => {
    const {Utilities} = utilities();
    expect(
      Utilities.formatDate(
        new Date('2026-06-12T07:00:00Z'),
        'Nowhere/City',
        'HH:mm',
      ),
    ).toBe('07:00');
  });
});

describe('Utilities.sleep', () => {
  test('advances the clock', () => {
    const {emulator, Utilities} = utilities();
    const before = emulator.ctx.clock.now();
    Utilities.sleep(1500);
    expect(emulator.ctx.clock.now() - before).toBe(1500);
  });

  test('over 300000 ms rejected', () => {
    const {Utilities} = utilities();
    expect(() => Utilities.sleep(300001)).toThrow(
      'Invalid argument: milliseconds',
    );
  });
});

describe('Utilities blobs and bytes', () => {
  test('newBlob round trip', () => {
    const {Utilities} = utilities();
    const blob = Utilities.newBlob('Đảng ủy', 'text/plain', 'a.txt');
    expect(blob.getDataAsString()).toBe('Đảng ủy');
    expect(blob.getContentType()).toBe('text/plain');
    expect(blob.getName()).toBe('a.txt');
    expect(blob.setName('b.txt').getName()).toBe('b.txt');
  });

  test('bytes are signed', () => {
    const {Utilities} = utilities();
    const bytes = Utilities.newBlob('đ').getBytes();
    expect(bytes).toEqual([-60, -111]);
    expect(Utilities.newBlob(bytes).getDataAsString()).toBe('đ');
  });

  test('base64 round trip', () => {
    const {Utilities} = utilities();
    const encoded = Utilities.base64Encode('Bắc Hà');
    expect(encoded).toBe(Buffer.from('Bắc Hà').toString('base64'));
    const decoded = Utilities.base64Decode(encoded);
    expect(Utilities.newBlob(decoded).getDataAsString()).toBe('Bắc Hà');
  });

  test('web-safe base64', () => {
    const {Utilities} = utilities();
    expect(Utilities.base64EncodeWebSafe([-5, -1])).toBe('-_8=');
  });

  test('SHA-256 digest', () => {
    const {Utilities} = utilities();
    const digest = Utilities.computeDigest(
      Utilities.DigestAlgorithm.SHA_256,
      'abc',
    );
    const expected = createHash('sha256').update('abc').digest();
    expect(
      Buffer.from(digest.map((b: number) => b & 0xff)).equals(expected),
    ).toBe(true);
  });

  test('MD5 digest length', () => {
    const {Utilities} = utilities();
    expect(
      Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, 'abc'),
    ).toHaveLength(16);
  });

  test('uuid is version 4', () => {
    const {Utilities} = utilities();
    expect(Utilities.getUuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  test('html blob to pdf', () => {
    const {Utilities} = utilities();
    const pdf = Utilities.newBlob(
      '<h1>Báo cáo</h1>',
      'text/html',
      'bao-cao.html',
    ).getAs('application/pdf');
    expect(pdf.getContentType()).toBe('application/pdf');
    expect(pdf.getName()).toBe('bao-cao.pdf');
    expect(pdf.getDataAsString('ISO-8859-1').startsWith('%PDF-1.4')).toBe(true);
  });

  test('unsupported conversion', () => {
    const {Utilities} = utilities();
    expect(() =>
      Utilities.newBlob('x', 'text/plain').getAs('image/png'),
    ).toThrow('Converting from text/plain to image/png is not supported.');
  });
});

describe('Utilities.formatString', () => {
  const cases: [string, unknown[], string][] = [
    ['%s có %d nhiệm vụ', ['Xã', 5], 'Xã có 5 nhiệm vụ'],
    ['%05d', [42], '00042'],
    ['%.2f', [3.14159], '3.14'],
    ['%-4s|', ['ab'], 'ab  |'],
    ['%+d', [3], '+3'],
    ['100%%', [], '100%'],
    ['%x', [255], 'ff'],
  ];
  test.each(cases)('%s', (template, args, expected) => {
    const {Utilities} = utilities();
    expect(Utilities.formatString(template, ...args)).toBe(expected);
  });
});
