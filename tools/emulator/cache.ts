// CacheService: short-lived strings that expire on the emulated clock.

import {record, type ServiceEnv} from './env';
import {Exception, rejectAuthModeNone} from './exception';

export const MAX_CACHE_KEY_LENGTH = 250;
export const MAX_CACHE_VALUE_BYTES = 100 * 1024;
export const MAX_CACHE_TTL_SECONDS = 21600;
const DEFAULT_TTL_SECONDS = 600;

interface Entry {
  value: string;
  expiresAt: number;
}

export class Cache {
  constructor(
    private readonly env: ServiceEnv,
    private readonly entries: Map<string, Entry>,
  ) {}

  private count(method: string): void {
    record(this.env.ctx, 'Cache', method);
    rejectAuthModeNone(this.env.ctx);
  }

  private checkKey(key: string): string {
    const text = String(key);
    // NOTE: Google documents the 250-character limit but not the error text.
    if (text.length > MAX_CACHE_KEY_LENGTH)
      throw new Exception('Argument too large: key');
    return text;
  }

  private entry(key: string, value: unknown, ttl: number): [string, Entry] {
    const text = String(value);
    if (Buffer.byteLength(text) > MAX_CACHE_VALUE_BYTES) {
      throw new Exception('Argument too large: value');
    }
    // NOTE: Google calls the expiry a hint between 1 and 21600 s; out-of-range values are
    // rejected here, which is stricter than Apps Script may be.
    if (!(ttl >= 1 && ttl <= MAX_CACHE_TTL_SECONDS)) {
      throw new Exception(
        `Invalid argument: expirationInSeconds must be between 1 and ${MAX_CACHE_TTL_SECONDS}.`,
      );
    }
    return [
      this.checkKey(key),
      {value: text, expiresAt: this.env.ctx.clock.now() + ttl * 1000},
    ];
  }

  private read(key: string): string | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= this.env.ctx.clock.now()) {
      this.entries.delete(key);
      return null;
    }
    return entry.value;
  }

  get(key: string): string | null {
    this.count('get');
    return this.read(this.checkKey(key));
  }

  getAll(keys: string[]): Record<string, string> {
    this.count('getAll');
    const found: Record<string, string> = {};
    for (const key of keys) {
      const value = this.read(this.checkKey(key));
      if (value !== null) found[key] = value;
    }
    return found;
  }

  put(
    key: string,
    value: unknown,
    expirationInSeconds = DEFAULT_TTL_SECONDS,
  ): void {
    this.count('put');
    const [name, entry] = this.entry(key, value, expirationInSeconds);
    this.entries.set(name, entry);
  }

  putAll(
    values: Record<string, unknown>,
    expirationInSeconds = DEFAULT_TTL_SECONDS,
  ): void {
    this.count('putAll');
    const prepared = Object.entries(values).map(([key, value]) =>
      this.entry(key, value, expirationInSeconds),
    );
    for (const [name, entry] of prepared) this.entries.set(name, entry);
  }

  remove(key: string): void {
    this.count('remove');
    this.entries.delete(this.checkKey(key));
  }

  removeAll(keys: string[]): void {
    this.count('removeAll');
    for (const key of keys) this.entries.delete(this.checkKey(key));
  }
}

export function createCacheService(env: ServiceEnv) {
  const script = new Map<string, Entry>();
  const document = new Map<string, Entry>();
  const users = new Map<string, Map<string, Entry>>();
  const count = (method: string) => {
    record(env.ctx, 'CacheService', method);
    rejectAuthModeNone(env.ctx);
  };
  return {
    getScriptCache: () => (count('getScriptCache'), new Cache(env, script)),
    getDocumentCache: () => (
      count('getDocumentCache'),
      new Cache(env, document)
    ),
    getUserCache(): Cache {
      count('getUserCache');
      const email = env.effectiveUser();
      if (!users.has(email)) users.set(email, new Map());
      return new Cache(env, users.get(email)!);
    },
  };
}
