// Pushes build/ with clasp once .clasp.json names a real Apps Script project.
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';

const PLACEHOLDER = 'REPLACE_WITH_YOUR_SCRIPT_ID';
const config = JSON.parse(readFileSync('.clasp.json', 'utf8'));

if (!config.scriptId || config.scriptId === PLACEHOLDER) {
  console.error(
    ".clasp.json has no script id yet. Copy the id of the spreadsheet's Apps Script " +
      'project (Extensions → Apps Script → Project Settings) into "scriptId" in .clasp.json, ' +
      'or delete .clasp.json and create a new bound project with ' +
      '`npx clasp create --type sheets --title "NQ57" --rootDir build`. ' +
      'Then run `npm run push` again.',
  );
  process.exit(1);
}
if (config.rootDir !== 'build') {
  console.error(
    `.clasp.json must have "rootDir": "build" (found ${config.rootDir}).`,
  );
  process.exit(1);
}

// `--check-only` validates .clasp.json before the slow checks and tests run.
if (process.argv.includes('--check-only')) process.exit(0);

const result = spawnSync('npx', ['clasp', 'push', '--force'], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
