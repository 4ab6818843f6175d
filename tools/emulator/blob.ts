// Blob: bytes with a content type and a name, as Utilities, HtmlService and DriveApp return.

import {bytesOf, nodeEncoding, toBuffer, toSignedBytes} from './bytes';
import {record, type ServiceEnv} from './env';
import {Exception} from './exception';
import {renderPdf} from './pdf';

const PDF = 'application/pdf';

// NOTE: the text of the conversion quota error is not documented; this follows the pattern of
// the other daily-quota errors.
const PDF_QUOTA_ERROR =
  'Service invoked too many times for one day: document conversion.';

function renamed(name: string | null, extension: string): string | null {
  if (name === null) return null;
  return name.replace(/\.[^.]*$/, '') + '.' + extension;
}

export class Blob {
  private bytes: Buffer;

  constructor(
    private readonly env: ServiceEnv,
    data: Uint8Array | string,
    private contentType: string | null = null,
    private name: string | null = null,
  ) {
    this.bytes =
      typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
  }

  /** Returns the stored bytes without counting a call, for the emulator and tests. */
  emuBytes(): Buffer {
    return this.bytes;
  }

  getBytes(): number[] {
    record(this.env.ctx, 'Blob', 'getBytes');
    return toSignedBytes(this.bytes);
  }

  setBytes(data: number[]): Blob {
    record(this.env.ctx, 'Blob', 'setBytes');
    this.bytes = toBuffer(data);
    return this;
  }

  getDataAsString(charset?: string): string {
    record(this.env.ctx, 'Blob', 'getDataAsString');
    return this.bytes.toString(nodeEncoding(charset));
  }

  setDataFromString(text: string, charset?: string): Blob {
    record(this.env.ctx, 'Blob', 'setDataFromString');
    this.bytes = bytesOf(text, charset);
    return this;
  }

  getContentType(): string | null {
    record(this.env.ctx, 'Blob', 'getContentType');
    return this.contentType;
  }

  setContentType(contentType: string): Blob {
    record(this.env.ctx, 'Blob', 'setContentType');
    this.contentType = contentType;
    return this;
  }

  getName(): string | null {
    record(this.env.ctx, 'Blob', 'getName');
    return this.name;
  }

  setName(name: string): Blob {
    record(this.env.ctx, 'Blob', 'setName');
    this.name = name;
    return this;
  }

  isGoogleType(): boolean {
    record(this.env.ctx, 'Blob', 'isGoogleType');
    return false;
  }

  getBlob(): Blob {
    record(this.env.ctx, 'Blob', 'getBlob');
    return this;
  }

  copyBlob(): Blob {
    record(this.env.ctx, 'Blob', 'copyBlob');
    return new Blob(this.env, this.bytes, this.contentType, this.name);
  }

  /** Converts the blob; only HTML to PDF is supported, as the add-on needs nothing else. */
  getAs(contentType: string): Blob {
    record(this.env.ctx, 'Blob', 'getAs');
    return convertBlob(
      this.env,
      this.bytes,
      this.contentType,
      this.name,
      contentType,
    );
  }
}

/** Converts bytes of type `from` to `to`, counting HTML-to-PDF conversions against the quota. */
export function convertBlob(
  env: ServiceEnv,
  bytes: Buffer,
  from: string | null,
  name: string | null,
  to: string,
): Blob {
  if (to === from) return new Blob(env, bytes, from, name);
  if (to === PDF && from === 'text/html') {
    if (env.pdfConversions.remaining() <= 0)
      throw new Exception(PDF_QUOTA_ERROR);
    env.pdfConversions.consume(1);
    return new Blob(
      env,
      renderPdf(bytes.toString('utf8')),
      PDF,
      renamed(name, 'pdf'),
    );
  }
  throw new Exception(`Converting from ${from} to ${to} is not supported.`);
}
