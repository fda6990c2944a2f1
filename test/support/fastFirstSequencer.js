/**
 * The order of test files in `npm run mutate`: the file that failed last (it likely kills the next
 * mutant of the same code too), then the quickest first. Jest's own order runs the slowest first,
 * which keeps a full Jest run short on many workers, but Stryker runs in band and stops a mutant at
 * its first failing test (test/support/bailEnvironment.js), so the quick unit suites should go first.
 */
const Sequencer = require("@jest/test-sequencer").default;

class FastFirst extends Sequencer {
  sort(tests) {
    const known = (test) => ({ failed: this.hasFailed(test), time: this.time(test) ?? Number.POSITIVE_INFINITY });
    return tests
      .map((test) => ({ test, ...known(test) }))
      .sort((a, b) => Number(b.failed) - Number(a.failed) || a.time - b.time || (a.test.path < b.test.path ? -1 : 1))
      .map(({ test }) => test);
  }
}

module.exports = FastFirst;
