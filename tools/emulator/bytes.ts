// Conversions between Apps Script byte arrays (signed Java bytes) and Node buffers.

import {Exception} from './exception';

/** Turns numbers in -128..255 into bytes; Apps Script hands out bytes as -128..127. */
export function toBuffer(bytes: ArrayLike<number>): Buffer {
  return Buffer.from(Array.from(bytes, b => b & 0xff));
}

export function toSignedBytes(buffer: Uint8Array): number[] {
  return Array.from(buffer, b => (b << 24) >> 24);
}

/** Maps an Apps Script or Java charset name to a Node encoding. */
export function nodeEncoding(charset?: string): BufferEncoding {
  const name = (charset ?? 'UTF-8').toUpperCase().replace(/[-_]/g, '');
  if (name === 'UTF8') return 'utf8';
  if (name === 'USASCII' || name === 'ASCII') return 'ascii';
  if (name === 'ISO88591' || name === 'LATIN1') return 'latin1';
  if (name === 'UTF16LE') return 'utf16le';
  throw new Exception(`Unsupported charset: ${charset}`);
}

/** Encodes a string or a byte array as the bytes Apps Script would hash or encode. */
export function bytesOf(data: unknown, charset?: string): Buffer {
  if (typeof data === 'string') return Buffer.from(data, nodeEncoding(charset));
  if (Array.isArray(data) || data instanceof Uint8Array) {
    return toBuffer(data as ArrayLike<number>);
  }
  throw new Exception(
    `The parameters (${typeof data}) don't match the method signature.`,
  );
}
