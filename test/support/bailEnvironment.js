/**
 * The Jest environment of `npm run mutate`: Stryker's node environment (per-test coverage), plus bail
 * within one mutant's run — after the first failing test the mutant is killed, so the tests after it,
 * in this file and the next, are skipped (Jest has no programmatic bail: jest#11766). A module-level
 * mark, shared across test files because Stryker runs Jest in band; keyed by the active mutant, so
 * the dry run (no mutant) and the next mutant run everything.
 */
const { TestEnvironment } = require("jest-environment-node");
const { mixinJestEnvironment } = require("@stryker-mutator/jest-runner");

const ACTIVE = "__STRYKER_ACTIVE_MUTANT__";
let killed; // the mutant that a test has already failed on

class BailOnFirstFailure extends TestEnvironment {
  async handleTestEvent(event) {
    // A skipped test (it.skip, a size test under mutation, or skipped here) gets test_start but no
    // test_done, so Stryker would leave it as the running test and count the next file's imports as
    // its coverage: a static mutant then "survives" by running only that skipped test. Clear it.
    if (event.name === "test_skip" || event.name === "test_todo") {
      const context = this.global[this.global.__strykerGlobalNamespace__ ?? "__stryker__"];
      if (context) context.currentTestId = undefined;
    }
    const mutant = process.env[ACTIVE];
    if (mutant === undefined) return;
    if (event.name === "test_start" && killed === mutant) event.test.mode = "skip";
    if (event.name === "test_done" && event.test.errors.length > 0) killed = mutant;
  }
}

module.exports = mixinJestEnvironment(BailOnFirstFailure);
