// gts (Google TypeScript Style) with the project's output folders ignored.
const gts = require('gts');

module.exports = [
  {ignores: ['build/', 'out/', 'coverage/', '.cache/', '**/node_modules/']},
  ...gts,
];
