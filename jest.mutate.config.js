/**
 * Jest for mutation testing (`npm run mutate`, stryker.config.json): the suites that hold the rules,
 * the sheets, the functions and the tie-out, without the browser, the built command, the dist checks,
 * LibreOffice and the pane's screens (each mutant runs the tests that cover it; those need a build,
 * a browser or jsdom, and judge the bundle or the screens, not the mutated rules).
 */
const base = require("./jest.config");

module.exports = {
  ...base,
  // Stryker's own node environment reports which test covers which mutant (perTest coverage).
  testEnvironment: "@stryker-mutator/jest-runner/jest-env/node",
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/browser/", "<rootDir>/test/tools/", "<rootDir>/test/dist/", "<rootDir>/test/manifest/", "<rootDir>/test/tmp/", "<rootDir>/test/lint/", "<rootDir>/test/taskpane/"],
};
