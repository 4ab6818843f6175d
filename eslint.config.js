// gts (Google TypeScript Style) with the project's output folders ignored; the build scripts
// and jest configuration are plain Node modules.
const gts = require('gts');
const globals = require('globals');

module.exports = [
  {ignores: ['build/', 'out/', 'coverage/', '.cache/', '**/node_modules/']},
  ...gts,
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {globals: {...globals.node}},
  },
];
