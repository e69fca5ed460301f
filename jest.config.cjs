/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': '<rootDir>/scripts/jest-esbuild-transform.cjs' },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.cjs'],
  globalSetup: '<rootDir>/test/global-setup.cjs',
  testTimeout: 30000,
};
