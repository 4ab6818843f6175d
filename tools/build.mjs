// Bundles src/ into build/Code.js for Apps Script and copies the manifest and HTML files.
//
// Apps Script calls menu items and triggers by global function name, so every export of the
// entry module becomes a real top-level `function` that forwards to the bundled module.
import * as esbuild from 'esbuild';
import {
  copyFileSync,
  mkdirSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'src/edge/main.ts');
const globalName = 'NQ57';

const shared = {
  entryPoints: [entry],
  bundle: true,
  target: 'es2020',
  platform: 'neutral',
  charset: 'utf8',
  legalComments: 'none',
  write: false,
  logLevel: 'warning',
};

/** The bound script by default; NQ57_TARGET=addon bundles the editor add-on variant. */
const defaultAddon = process.env.NQ57_TARGET === 'addon';

/** Names exported by the entry module, read from esbuild's metafile. */
async function entryExports(options) {
  const result = await esbuild.build({
    ...options,
    format: 'esm',
    metafile: true,
  });
  const output = Object.values(result.metafile.outputs)[0];
  return output.exports.filter(name => name !== 'default').sort();
}

function stub(name) {
  return `function ${name}() {\n  return ${globalName}.${name}.apply(this, arguments);\n}\n`;
}

/**
 * Builds into `outDir` (build/ by default). `addon` selects the editor add-on variant: its
 * menu sits under Extensions and one hourly clock trigger replaces the Friday and daily ones.
 */
export async function build({
  outDir = join(root, 'build'),
  addon = defaultAddon,
} = {}) {
  const options = {...shared, define: {NQ57_AS_ADDON: String(addon)}};
  const names = await entryExports(options);
  const result = await esbuild.build({...options, format: 'iife', globalName});
  const code = result.outputFiles[0].text + '\n' + names.map(stub).join('\n');

  rmSync(outDir, {recursive: true, force: true});
  mkdirSync(outDir, {recursive: true});
  writeFileSync(join(outDir, 'Code.js'), code, 'utf8');
  copyFileSync(join(root, 'appsscript.json'), join(outDir, 'appsscript.json'));

  const htmlDir = join(root, 'src/html');
  const htmlFiles = readdirSync(htmlDir).filter(file => file.endsWith('.html'));
  for (const file of htmlFiles)
    copyFileSync(join(htmlDir, file), join(outDir, file));

  return {names, bytes: Buffer.byteLength(code, 'utf8'), htmlFiles};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // `--out DIR` builds elsewhere than build/, e.g. the add-on variant for a test.
  const at = process.argv.indexOf('--out');
  const options = at > 0 ? {outDir: resolve(process.argv[at + 1])} : {};
  const {names, bytes, htmlFiles} = await build(options);
  console.log(
    `build/Code.js: ${bytes} bytes, ${names.length} global functions; ` +
      `${htmlFiles.length} HTML files`,
  );
}
