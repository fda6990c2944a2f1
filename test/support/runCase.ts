import { ANSWERS, type Case, FAILURES } from "./contract";
import type { Registry } from "../../tools/engine";

/** Runs the contract's cases against a registry of associated functions (sources or the built bundle). */
export function describeContract(registry: () => Registry): void {
  const run = (c: Case): unknown => {
    const fn = registry().get(c.id);
    if (fn === undefined) throw new Error(`${c.id} is not registered`);
    return fn(...c.args);
  };

  describe("answers DOMAIN.md's worked examples", () => {
    it.each(ANSWERS.map((c) => [`${c.id}: ${c.what}`, c] as const))("%s", (_name, c) => {
      expect(run(c)).toEqual(c.expected);
    });
  });

  describe("answers bad input and no answer with Excel's errors", () => {
    it.each(FAILURES.map((c) => [`${c.id}: ${c.what}`, c] as const))("%s", (_name, c) => {
      let thrown: unknown;
      try {
        run(c);
      } catch (error) {
        thrown = error;
      }
      const { code, message } = (thrown ?? {}) as { code?: string; message?: string };
      expect({ code, message }).toEqual({ code: c.expected.code, message: expect.stringMatching(c.expected.message) });
    });
  });
}
