// Utilities: dates in any IANA zone, sleep on the emulated clock, blobs, digests and base64.

import {createHash, createHmac} from 'node:crypto';
import {Blob} from './blob';
import {bytesOf, nodeEncoding, toBuffer, toSignedBytes} from './bytes';
import {record, type ServiceEnv} from './env';
import {Exception} from './exception';
import {formatString} from './format-string';
import {formatSimpleDate} from './simple-date-format';
import {isKnownTimeZone} from './time-zone';

export const MAX_SLEEP_MS = 300000;

const DIGESTS: Record<string, string> = {
  MD2: 'md2',
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function signatureError(method: string, args: unknown[]): Exception {
  const types = args.map(a => (isDate(a) ? 'Date' : typeof a)).join(',');
  return new Exception(
    `The parameters (${types}) don't match the method signature for Utilities.${method}.`,
  );
}

export function createUtilities(env: ServiceEnv) {
  const {ctx} = env;
  const count = (method: string) => record(ctx, 'Utilities', method);

  return {
    Charset: {US_ASCII: 'US_ASCII', UTF_8: 'UTF_8'},
    DigestAlgorithm: Object.fromEntries(Object.keys(DIGESTS).map(k => [k, k])),

    formatDate(date: Date, timeZone: string, format: string): string {
      count('formatDate');
      if (
        !isDate(date) ||
        typeof timeZone !== 'string' ||
        typeof format !== 'string'
      ) {
        throw signatureError('formatDate', [date, timeZone, format]);
      }
      // NOTE: Java falls back to GMT for an unknown zone id; Apps Script appears to do the same.
      const zone = isKnownTimeZone(timeZone) ? timeZone : 'GMT';
      return formatSimpleDate(date.getTime(), zone, format);
    },

    formatString(template: string, ...args: unknown[]): string {
      count('formatString');
      return formatString(template, args);
    },

    sleep(milliseconds: number): void {
      count('sleep');
      if (!(milliseconds >= 0) || milliseconds > MAX_SLEEP_MS) {
        // NOTE: the reference gives the 300000 ms maximum but not the error text.
        throw new Exception(
          `Invalid argument: milliseconds. The maximum is ${MAX_SLEEP_MS}.`,
        );
      }
      ctx.clock.advance(milliseconds);
    },

    getUuid(): string {
      count('getUuid');
      return env.random.uuid();
    },

    newBlob(
      data: string | number[],
      contentType?: string,
      name?: string,
    ): Blob {
      count('newBlob');
      const bytes =
        typeof data === 'string' ? Buffer.from(data, 'utf8') : toBuffer(data);
      return new Blob(env, bytes, contentType ?? null, name ?? null);
    },

    base64Encode(data: string | number[], charset?: string): string {
      count('base64Encode');
      return bytesOf(data, charset).toString('base64');
    },

    base64EncodeWebSafe(data: string | number[], charset?: string): string {
      count('base64EncodeWebSafe');
      return bytesOf(data, charset)
        .toString('base64')
        .replace(/\+/g, '-')
        .replace(/\//g, '_');
    },

    base64Decode(encoded: string, charset?: string): number[] {
      count('base64Decode');
      nodeEncoding(charset);
      return toSignedBytes(Buffer.from(encoded, 'base64'));
    },

    base64DecodeWebSafe(encoded: string, charset?: string): number[] {
      count('base64DecodeWebSafe');
      nodeEncoding(charset);
      return toSignedBytes(Buffer.from(encoded, 'base64url'));
    },

    computeDigest(
      algorithm: string,
      value: string | number[],
      charset?: string,
    ): number[] {
      count('computeDigest');
      const name = DIGESTS[algorithm];
      if (!name)
        throw new Exception(`Invalid argument: algorithm ${algorithm}`);
      const hash = createHash(name).update(bytesOf(value, charset)).digest();
      return toSignedBytes(hash);
    },

    computeHmacSha256Signature(
      value: string | number[],
      key: string | number[],
    ): number[] {
      count('computeHmacSha256Signature');
      const mac = createHmac('sha256', bytesOf(key))
        .update(bytesOf(value))
        .digest();
      return toSignedBytes(mac);
    },
  };
}
