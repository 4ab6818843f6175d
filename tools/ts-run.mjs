// Runs a TypeScript tool (the local runner, the benchmark) by bundling it with esbuild into
// node_modules/.cache first, since Node 20 cannot run TypeScript directly.
import * as esbuild from 'esbuild';
import {spawnSync} from 'node:child_process';
import {mkdirSync, rmSync} from 'node:fs';
import {basename, dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('Usage: node tools/ts-run.mjs <tool.ts> [arguments]');
  process.exit(2);
}

const cacheDir = join(root, 'node_modules/.cache/nq57');
mkdirSync(cacheDir, {recursive: true});
// One file per process, so runs started at the same time do not overwrite each other.
const outfile = join(cacheDir, `${basename(entry, '.ts')}-${process.pid}.cjs`);
await esbuild.build({
  entryPoints: [resolve(entry)],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile,
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
});
let result;
try {
  result = spawnSync(
    process.execPath,
    ['--enable-source-maps', outfile, ...args],
    {stdio: 'inherit'},
  );
} finally {
  rmSync(outfile, {force: true});
}
process.exit(result.status ?? 1);
