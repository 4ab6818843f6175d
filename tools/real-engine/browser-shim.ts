// A google.script.run stand-in for a sidebar page in Chromium. Each server call goes through
// page.exposeFunction to the emulator, which runs the bundle's global function as Apps Script
// does for a sidebar. The result then goes to the page's success or failure handler.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Page} from 'playwright-core';
import type {Emulator} from '../emulator/index';

export interface ServerCall {
  name: string;
  argument: unknown;
  ok: boolean;
}

/**
 * Names google.script.run offers: the top-level functions of Code.js, except those whose name
 * ends with "_", which Apps Script keeps private.
 */
export function serverFunctionNames(buildDir: string): string[] {
  const source = readFileSync(join(buildDir, 'Code.js'), 'utf8');
  return [...source.matchAll(/^function ([A-Za-z_$][\w$]*)\s*\(/gm)]
    .map(match => match[1])
    .filter(name => !name.endsWith('_'));
}

/** Browser side: builds google.script.run from the names, forwarding to window.__nq57Server. */
const SHIM = `function (names) {
  function runner(success, failure, userObject) {
    var target = {
      withSuccessHandler: function (handler) { return runner(handler, failure, userObject); },
      withFailureHandler: function (handler) { return runner(success, handler, userObject); },
      withUserObject: function (object) { return runner(success, failure, object); }
    };
    names.forEach(function (name) {
      target[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        window.__nq57Server(name, JSON.stringify(args)).then(function (reply) {
          if (reply.ok) { if (success) success(reply.value, userObject); }
          else if (failure) failure(new Error(reply.message), userObject);
        });
      };
    });
    return target;
  }
  window.google = {script: {run: runner(null, null, undefined), host: {close: function () {}}}};
}`;

/**
 * Installs the stand-in in every document the page loads and returns the log of calls, which
 * grows as the page calls the server. Arguments and results pass through JSON, since
 * google.script.run also accepts and returns only plain values.
 */
export async function installScriptRun(
  page: Page,
  emu: Emulator,
  names: string[],
): Promise<ServerCall[]> {
  const calls: ServerCall[] = [];
  await page.exposeFunction('__nq57Server', (name: string, json: string) => {
    const args = JSON.parse(json) as unknown[];
    try {
      // NOTE: emu.run passes one argument (its `event`) to the function, so calls with more
      // arguments are rejected here rather than silently truncated.
      if (args.length > 1)
        throw new Error(
          `${name} was called with ${args.length} arguments; the emulator passes at most one.`,
        );
      const result = emu.run(name, {
        kind: 'scriptRun',
        event: args[0] as object | undefined,
      });
      calls.push({name, argument: args[0], ok: true});
      const value =
        result === undefined ? null : JSON.parse(JSON.stringify(result));
      return {ok: true, value};
    } catch (error) {
      calls.push({name, argument: args[0], ok: false});
      return {
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      };
    }
  });
  await page.addInitScript(`(${SHIM})(${JSON.stringify(names)})`);
  return calls;
}
