/**
 * What a test does differently under `npm run mutate` (jest.mutate.config.js sets MUTATION_RUN): the
 * property tests take fewer runs from a fixed seed, and the tests of size (thousands of pupils,
 * responses of megabytes) stand aside — each mutant runs every test that covers it, and those judge
 * the batching, not the rules, which smaller tests hold as well.
 */
import fc from "fast-check";

export const mutating = process.env.MUTATION_RUN === "1";

/** A property's runs: `n` in the suite, at most 200 from a fixed seed under mutation. */
export function runs(n: number): { numRuns: number; seed?: number } {
  return mutating ? { numRuns: Math.min(n, 200), seed: 20261206 } : { numRuns: n };
}

/**
 * Modules loaded afresh inside the test that judges them (`jest.isolateModulesAsync`): what a module
 * settles as it loads (its tables, words, configuration) then runs while the test's mutant is active;
 * imported at a file's top it runs before any test, and mutation testing cannot judge it.
 */
export async function fresh<T>(load: () => Promise<T>): Promise<T> {
  let loaded: T | undefined;
  await jest.isolateModulesAsync(async () => {
    loaded = await load();
  });
  return loaded as T;
}

/** A test of size: run by `npm test`, skipped under mutation. */
export const sizeTest: jest.It = mutating ? it.skip : it;

if (mutating) fc.configureGlobal({ numRuns: 100, seed: 20261206 });
