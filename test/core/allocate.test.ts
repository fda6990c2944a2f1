import { allocate } from "../../src/core/allocate";
import { Dec } from "../../src/core/decimal";
import { type Result, unwrap } from "../../src/core/result";
import { SAFETY_NET, SKOLEFLEKS } from "../../tools/seeds";

const column = (values: readonly number[]): Dec[][] => values.map((v) => [new Dec(v)]);
const parts = (r: Result<Dec[][]>): string[] => unwrap(r).flat().map(String);
const outcome = (r: Result<unknown>): string => (r.ok ? "ok" : `${r.failure.kind}: ${r.failure.message.en}`);

describe("ALLOCATE's rule: largest remainder, exact to the krone (DOMAIN.md §1, §2, §6)", () => {
  it("seed 004: the SkoleFleks pool of 25 × 200.000 = 5 mio. kr. is funded 2,5 + 2,5", () => {
    expect(SKOLEFLEKS.pupils * SKOLEFLEKS.tariff).toBe(SKOLEFLEKS.pool);
    expect(parts(allocate(new Dec(SKOLEFLEKS.pool), column([1, 1])))).toEqual(SKOLEFLEKS.funding.map(String));
  });

  it("seed 003: the safety net of 19,4 mio. kr. splits 6,5 + 3 + 9,9 by those keys", () => {
    const total = new Dec(SAFETY_NET.current.total).times(1e6);
    expect(parts(allocate(total, column(SAFETY_NET.current.parts)))).toEqual(["6500000", "3000000", "9900000"]);
  });

  it("100 kr. over three equal keys: 34 + 33 + 33, the tie to the earliest", () => {
    expect(parts(allocate(new Dec(100), column([1, 1, 1])))).toEqual(["34", "33", "33"]);
  });

  it("gives leftover units to the largest remainders, not the earliest", () => {
    // 10 × 1/6, 10 × 2/6, 10 × 3/6 = 1,67 / 3,33 / 5: the 0,67 remainder wins.
    expect(parts(allocate(new Dec(10), column([1, 2, 3])))).toEqual(["2", "3", "5"]);
  });

  it("splits to øre with decimals 2, and to thousands with −3", () => {
    expect(parts(allocate(new Dec(1), column([1, 1, 1]), 2))).toEqual(["0.34", "0.33", "0.33"]);
    expect(parts(allocate(new Dec(10000), column([1, 1, 1]), -3))).toEqual(["4000", "3000", "3000"]);
  });

  it("keeps the keys' shape, blank (0) keys getting 0", () => {
    const keys = [[new Dec(1), new Dec(0)], [new Dec(3), new Dec(0)]];
    expect(unwrap(allocate(new Dec(7), keys)).map((row) => row.map(String))).toEqual([["2", "0"], ["5", "0"]]);
  });

  it("splits a negative total symmetrically", () => {
    expect(parts(allocate(new Dec(-100), column([1, 1, 1])))).toEqual(["-34", "-33", "-33"]);
  });

  it("sums exactly for a total near Excel's largest number", () => {
    const total = new Dec(1.7e308);
    const split = unwrap(allocate(total, column([1, 1, 1]))).flat();
    expect(split.reduce((s, p) => s.plus(p), new Dec(0)).eq(total)).toBe(true);
  });

  it.each([
    ["a negative key", new Dec(100), column([1, -1]), 0, "invalid: keys: the key at row 2, column 1 is negative (-1); expected numbers ≥ 0"],
    ["keys summing to 0", new Dec(100), column([0, 0]), 0, "invalid: keys: the keys sum to 0; at least one key must be greater than 0"],
    ["a total finer than decimals", new Dec(100.5), column([1, 1]), 0, "invalid: total: 100.5 has more decimals than decimals (0) allows; round the total or raise decimals"],
  ])("refuses %s", (_what, total, keys, decimals, message) => {
    expect(outcome(allocate(total, keys, decimals))).toBe(message);
  });
});

describe("ALLOCATE's edges (issue #30: mutation testing)", () => {
  it("equal remainders favour the earlier key: 2 kr. by 1, 1, 1 is 1, 1, 0; 1 kr. is 1, 0, 0", () => {
    const parts = (total: number) => unwrap(allocate(new Dec(total), [[new Dec(1)], [new Dec(1)], [new Dec(1)]])).map((r) => r[0].toNumber());
    expect([parts(2), parts(1)]).toEqual([
      [1, 1, 0],
      [1, 0, 0],
    ]);
  });

  it("every digit counts: 1,2345678901234567e300 kr. (near Excel's largest number) by 1, 2 and 3 equals the same split in whole integers (BigInt)", () => {
    const got = unwrap(allocate(new Dec("1.2345678901234567e300"), [[new Dec(1)], [new Dec(2)], [new Dec(3)]])).map((r) => r[0].toFixed());
    const n = BigInt;
    // The reference: 301 digits of kroner, divided in integers, then the largest remainders.
    const units = n("12345678901234567") * n(10) ** n(284);
    const ks = [n(1), n(2), n(3)];
    const sum = ks.reduce((s, k) => s + k, n(0));
    const whole = ks.map((k) => (units * k) / sum);
    const rest = ks.map((k, i) => ({ r: (units * k) % sum, i })).sort((x, y) => (y.r > x.r ? 1 : y.r < x.r ? -1 : x.i - y.i));
    let left = units - whole.reduce((s, w) => s + w, n(0));
    for (const { i } of rest) {
      if (left === n(0)) break;
      whole[i] += n(1);
      left -= n(1);
    }
    expect(got).toEqual(whole.map((w) => w.toString()));
  });
});
