// PropertiesService: string stores that outlive executions, the add-on's memory.

import {record, type ServiceEnv} from './env';
import {Exception, rejectAuthModeNone} from './exception';

export const MAX_PROPERTY_VALUE_BYTES = 9 * 1024;
export const MAX_PROPERTY_STORE_BYTES = 500 * 1024;

const STORE_QUOTA_ERROR =
  'You have exceeded the property storage quota. Please remove some properties and try again.';
// NOTE: the text for one oversized value is seen in public reports, not in Google's reference.
const VALUE_TOO_LARGE_ERROR = 'Argument too large: value';

function storeBytes(entries: Map<string, string>): number {
  let total = 0;
  for (const [key, value] of entries) {
    total += Buffer.byteLength(key) + Buffer.byteLength(value);
  }
  return total;
}

export class Properties {
  constructor(
    private readonly env: ServiceEnv,
    /** The stored entries, shared with the emulator so tests can read them uncounted. */
    readonly entries: Map<string, string>,
  ) {}

  private count(method: string): void {
    record(this.env.ctx, 'Properties', method);
    rejectAuthModeNone(this.env.ctx);
  }

  /** Replaces the store with `next` when every value and the total fit the limits. */
  private commit(next: Map<string, string>): void {
    for (const value of next.values()) {
      if (Buffer.byteLength(value) > MAX_PROPERTY_VALUE_BYTES) {
        throw new Exception(VALUE_TOO_LARGE_ERROR);
      }
    }
    if (storeBytes(next) > MAX_PROPERTY_STORE_BYTES) {
      throw new Exception(STORE_QUOTA_ERROR);
    }
    this.entries.clear();
    for (const [key, value] of next) this.entries.set(key, value);
  }

  getProperty(key: string): string | null {
    this.count('getProperty');
    return this.entries.get(String(key)) ?? null;
  }

  setProperty(key: string, value: unknown): Properties {
    this.count('setProperty');
    const next = new Map(this.entries);
    next.set(String(key), String(value));
    this.commit(next);
    return this;
  }

  setProperties(
    values: Record<string, unknown>,
    deleteAllOthers = false,
  ): Properties {
    this.count('setProperties');
    const next = deleteAllOthers
      ? new Map<string, string>()
      : new Map(this.entries);
    for (const [key, value] of Object.entries(values))
      next.set(key, String(value));
    this.commit(next);
    return this;
  }

  getProperties(): Record<string, string> {
    this.count('getProperties');
    return Object.fromEntries(this.entries);
  }

  getKeys(): string[] {
    this.count('getKeys');
    return [...this.entries.keys()];
  }

  deleteProperty(key: string): Properties {
    this.count('deleteProperty');
    this.entries.delete(String(key));
    return this;
  }

  deleteAllProperties(): Properties {
    this.count('deleteAllProperties');
    this.entries.clear();
    return this;
  }
}

/** The three stores; user stores are kept per effective user. */
export class PropertyStores {
  readonly script = new Map<string, string>();
  readonly document = new Map<string, string>();
  private readonly users = new Map<string, Map<string, string>>();

  user(email: string): Map<string, string> {
    let store = this.users.get(email);
    if (!store) {
      store = new Map();
      this.users.set(email, store);
    }
    return store;
  }
}

export function createPropertiesService(
  env: ServiceEnv,
  stores: PropertyStores,
) {
  const count = (method: string) => {
    record(env.ctx, 'PropertiesService', method);
    rejectAuthModeNone(env.ctx);
  };
  return {
    getScriptProperties(): Properties {
      count('getScriptProperties');
      return new Properties(env, stores.script);
    },
    getDocumentProperties(): Properties {
      count('getDocumentProperties');
      return new Properties(env, stores.document);
    },
    getUserProperties(): Properties {
      count('getUserProperties');
      return new Properties(env, stores.user(env.effectiveUser()));
    },
  };
}
