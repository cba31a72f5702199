const { spawnSync } = require('node:child_process');

// The coverage floor assumes the Redis suites ran. Without Redis they are skipped (with a line saying
// why) and the floor would fail the run for that alone, so it only applies where Redis is there, or
// where it is required (REQUIRE_REDIS=1, as in .ci/run).
const redisAvailable =
  Boolean(process.env.REDIS_URL) || spawnSync('redis-server', ['--version']).status === 0;
const enforceCoverage = redisAvailable || process.env.REQUIRE_REDIS === '1';

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testRegex: '.*\\.(spec|e2e-spec)\\.ts$',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    // jose is ESM-only: ts-jest transpiles it to CommonJS along with our TypeScript.
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: { allowJs: true, isolatedModules: true } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(jose)/)'],
  collectCoverage: true,
  // Entry points run as their own process or thread, where Jest does not instrument them.
  collectCoverageFrom: ['src/**/*.ts', '!src/**/*.spec.ts', '!src/main.ts', '!src/nlp/thread/nlu.worker.ts'],
  coverageReporters: ['text-summary', 'lcov'],
  coverageThreshold: enforceCoverage
    ? { global: { lines: 85, statements: 85, functions: 80, branches: 70 } }
    : undefined,
  // Generous: a boot trains the NLU (10–30 s on this 2-core machine, slower with two suites at once).
  testTimeout: 120000,
  // Integration suites start their own redis-server and HTTP fakes; two workers fit two cores.
  maxWorkers: 2,
};
