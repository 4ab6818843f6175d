// Loads the bundle build/Code.js through gas-local into a vm context with the services.

import {resolve} from 'node:path';
import {runInContext, runInNewContext, type Context} from 'node:vm';
// gas-local ships no type declarations.

const gas = require('gas-local') as {
  require(
    folder: string,
    globals: object,
    options: {filter(path: string): boolean},
  ): Context;
};

export class BundleLoader {
  private current: Context | null = null;
  private loaded = false;

  constructor(
    private readonly buildDir: string,
    private readonly globals: () => Record<string, unknown>,
  ) {}

  /**
   * Creates a fresh context and runs Code.js in it. Apps Script runs a project's global code
   * again at the start of every execution, so nothing survives from one run to the next.
   */
  fresh(): Context {
    const bundle = resolve(this.buildDir, 'Code.js');
    this.current = gas.require(
      this.buildDir,
      {...this.globals()},
      {
        filter: path => resolve(path) === bundle,
      },
    );
    this.loaded = true;
    return this.current;
  }

  isLoaded(): boolean {
    return this.loaded;
  }

  /** Returns the context of the latest load or execution, or null before load(). */
  context(): Context | null {
    return this.current;
  }

  hasFunction(name: string): boolean {
    return typeof this.current?.[name] === 'function';
  }

  /** Evaluates source in the latest context, or in an empty one before any load. */
  evaluate(source: string): unknown {
    if (this.current) return runInContext(source, this.current);
    return runInNewContext(source, {});
  }
}
