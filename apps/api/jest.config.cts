module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../coverage/apps/api',
  // API specs boot the real app against a real database (embedded PGlite, or Postgres when
  // TEST_DATABASE_URL is set); one worker, because specs truncate the shared database.
  globalSetup: '<rootDir>/../../libs/api/testing/jest-global-setup.cjs',
  globalTeardown: '<rootDir>/../../libs/api/testing/jest-global-teardown.cjs',
  maxWorkers: 1,
  testTimeout: 30000,
};
