/** Jest runs TypeScript through @swc/jest; `npm run check` does the type-checking. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {'^.+\\.(t|j)sx?$': ['@swc/jest']},
  // Real-engine checks need LibreOffice and Chromium; .ci/run starts them separately.
  globalSetup: '<rootDir>/test/global-setup.mjs',
  testPathIgnorePatterns: ['/node_modules/', '/test/real-engine/'],
};
