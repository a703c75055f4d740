// Mutation testing of the engine: `npm run mutation` (slow, so not part of .ci/run).
// Each mutant is a small change to src/engine; a test must fail for it to count as killed.
// docs/testing.md says how to run a part of it, and what the last run measured.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: ['src/engine/**/*.ts'],
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.mts' },
  // The vitest runner measures which tests reach each mutant and runs only those.
  coverageAnalysis: 'perTest',
  // The machine has two cores shared with other work: one mutant at a time.
  concurrency: 1,
  // A mutant in code that runs as the test files load (tables, constants, calls in a describe block)
  // needs the whole suite for itself, about 15 s each: they are reported as ignored, not run.
  ignoreStatic: true,
  // A later run tests again only the mutants whose code or tests changed.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: 'reports/.stryker-tmp',
  ignorePatterns: ['reports', 'dist', 'coverage', 'test-results', 'main.js', 'bench/.build', 'example-vault/.obsidian/plugins'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  // A test that hangs on a mutant (a loop that no longer ends) counts as killing it after this long.
  timeoutMS: 10000,
};
