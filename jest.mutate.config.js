/**
 * Jest for mutation testing (`npm run mutate`, stryker.config.json): the suites that hold the rules,
 * the sheets, the functions and the tie-out, without the browser, the built command, the dist checks,
 * LibreOffice and the pane's screens (each mutant runs the tests that cover it; those need a build,
 * a browser or jsdom, and judge the bundle or the screens, not the mutated rules).
 */
const base = require("./jest.config");

// Read by test/support/mutation.ts: fewer property runs, the tests of size skipped.
process.env.MUTATION_RUN = "1";

module.exports = {
  ...base,
  // Stryker's node environment (which test covers which mutant), stopping a mutant's run at its first failing test.
  testEnvironment: require("path").join(__dirname, "test/support/bailEnvironment.js"),
  // The file that failed last, then the quickest first (bail makes the first failing test the end of a run).
  testSequencer: require("path").join(__dirname, "test/support/fastFirstSequencer.js"),
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/browser/", "<rootDir>/test/tools/", "<rootDir>/test/dist/", "<rootDir>/test/manifest/", "<rootDir>/test/tmp/", "<rootDir>/test/lint/", "<rootDir>/test/taskpane/"],
};
