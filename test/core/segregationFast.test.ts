/**
 * The fast paths' edges, one by one (src/core/segregationFast.ts): where each takes an argument itself
 * and where it must leave it to the exact path, with the exact path's answer beside it. The property
 * tests (properties.test.ts) hold the two paths equal over random arguments; these hold the guards at
 * the values that make each one matter, which random arguments rarely hit.
 */
import { MAX_SERIAL, MIN_SERIAL } from "../../src/core/dates";
import { fastCentralPayment, fastLiable, fastSchoolPayment } from "../../src/core/segregationFast";
import { segregationCentralExact, segregationLiableExact, segregationPaymentExact } from "../../src/functions/defs";

type Model = [cost: unknown, threshold: unknown, cap: unknown, share: unknown];
type Placement = [start: unknown, end: unknown, schoolYear: unknown, category?: unknown, arrival?: unknown, basis?: unknown];

/** The fast path's payment and central part, each checked against the exact path's. */
function payments(...args: Model): [number | undefined, number | undefined] {
  const school = fastSchoolPayment(...args);
  const central = fastCentralPayment(...args);
  if (school !== undefined) expect(school).toBe(segregationPaymentExact(...args));
  if (central !== undefined) expect(central).toBe(segregationCentralExact(...args));
  return [school, central];
}

function liable(...args: Placement): number | undefined {
  const [start, end, schoolYear, category, arrival, basis] = args;
  const fast = fastLiable(start, end, schoolYear, category, arrival, basis);
  if (fast !== undefined) expect(fast).toBe(segregationLiableExact(start, end, schoolYear, category, arrival, basis));
  return fast;
}

describe("SEGREGATION.PAYMENT's and .CENTRAL's fast path at its edges", () => {
  it("takes a blank model argument, as Excel passes it (empty text too), as the default model", () => {
    expect(payments(280000, "", "", "")).toEqual([272497.5, 7502.5]);
    expect(payments(280000, null, undefined, "")).toEqual([272497.5, 7502.5]);
  });

  it("takes a cost of 0, and a school share of exactly 1 or 0", () => {
    expect(payments(0, 264995, 287077, 0.5)).toEqual([0, 0]);
    expect(payments(280000, 264995, 287077, 1)).toEqual([280000, 0]);
    expect(payments(400000, 264995, 287077, 1)).toEqual([287077, 112923]);
    expect(payments(280000, 264995, 287077, 0)).toEqual([264995, 15005]);
  });

  it("pays a cost at the threshold whole, whatever its digits (no scaling needed)", () => {
    // Seven decimals: more than the scaled path takes, yet the answer is the cost itself.
    expect(payments(0.1234567, 0.1234567, 1, 0.5)).toEqual([0.1234567, 0]);
    expect(payments(264995, 264995, 287077, 0.5)).toEqual([264995, 0]);
  });

  it("leaves a threshold or a cap with more than six decimals to the exact path", () => {
    expect(payments(280000, 264995.1234567, 287077, 0.5)).toEqual([undefined, undefined]);
    expect(payments(300000, 264995, 287077.1234567, 0.5)).toEqual([undefined, undefined]);
    expect(payments(280000.1234567, 264995, 287077, 0.5)).toEqual([undefined, undefined]);
    expect(payments(280000, 264995, 287077, 0.1234567)).toEqual([undefined, undefined]);
  });

  it("leaves a cost scaled past 2^50 to the exact path (its rounding is no longer sure), whatever the model's size", () => {
    // 2^49 kr. scaled by the threshold's decimal: 2^49·10 ≥ 2^50, with a small threshold, cap and a share of 1.
    expect(payments(2 ** 49, 0.5, 1, 1)).toEqual([undefined, undefined]);
    // Just below: 2^49 / 10 scaled by 10 is below 2^50 and is taken.
    expect(payments(2 ** 46, 0.5, 1, 1)).toEqual([1, 2 ** 46 - 1]);
  });

  it("leaves a cost whose product with the share's scale reaches 2^53 to the exact path", () => {
    // 9,1·10^14 · 10 ≥ 2^53 (a share with one decimal), though the cost alone is below 2^50.
    expect(payments(9.1e14, 0, 1, 0.5)).toEqual([undefined, undefined]);
    expect(payments(9.1e13, 0, 1, 0.5)).toEqual([1, 9.1e13 - 1]);
  });

  it("takes a cap scaled past 2^50: it is above the cost, and the school's part is the shared amount", () => {
    // The cap 2^49 scaled by the cost's decimal passes 2^50 and 2^53 with the share's; the answer stays exact.
    expect(payments(0.5, 0, 2 ** 49, 1)).toEqual([0.5, 0]);
    expect(payments(0.5, 0, 2 ** 49, 0.5)).toEqual([0.25, 0.25]);
    expect(payments(1, 0, 9.1e14, 0.5)).toEqual([0.5, 0.5]);
  });

  it("caps the school's part at the cap, and at a cap equal to the shared amount gives that amount", () => {
    // T + s·(K − T) = 100 + 0,5·(300 − 100) = 200 = C.
    expect(payments(300, 100, 200, 0.5)).toEqual([200, 100]);
    expect(payments(300, 100, 199.99, 0.5)).toEqual([199.99, 100.01]);
    expect(payments(300, 100, 200.01, 0.5)).toEqual([200, 100]);
  });

  it("gives answers scaled by up to 12 decimals back exactly", () => {
    expect(payments(0.000003, 0.000001, 0.000003, 0.000001)).toEqual([0.000001000002, 0.000001999998]);
    const [school, central] = payments(280.000001, 264.995, 287.077, 0.333333);
    expect([typeof school, typeof central]).toEqual(["number", "number"]);
  });
});

describe("SEGREGATION.LIABLE's fast path at its edges", () => {
  // 1 Aug 2023 is serial 45139; the school year 2023/24 has 366 days.
  it("takes a blank end, as Excel passes it (null, nothing, empty text, or 0 from a desktop cell), as an open placement", () => {
    for (const end of [null, undefined, "", 0]) expect(liable(45139, end, 2023)).toBe(1);
  });

  it("leaves a blank or non-number start to the exact path, which words it", () => {
    for (const start of [null, undefined, "", 0, "45139", true]) expect(liable(start, 45322, 2023)).toBeUndefined();
  });

  it("takes the first and the last serial Excel has, and no day beyond", () => {
    expect(liable(MIN_SERIAL, 45139, 2023)).toBe(1 / 366);
    expect(liable(45139, MAX_SERIAL, 2023)).toBe(1);
    expect(liable(45139, MAX_SERIAL + 1, 2023)).toBeUndefined();
    expect(liable(-1, 45139, 2023)).toBeUndefined();
    expect(liable(45139, Number.POSITIVE_INFINITY, 2023)).toBeUndefined();
    expect(liable(Number.NaN, 45139, 2023)).toBeUndefined();
  });

  it("takes a one-day placement, and leaves an end before the start to the exact path", () => {
    expect(liable(45139, 45139, 2023)).toBe(1 / 366);
    expect(liable(45140, 45139, 2023)).toBeUndefined();
  });

  it("takes the school years 1900 to 9998, and no other", () => {
    // 1 Aug 1900 is serial 214; the school year 1900/01 has 365 days.
    expect(liable(214, 214, 1900)).toBe(1 / 365);
    expect(liable(45139, null, 9998)).toBe(1);
    for (const year of [1899, 9999, 2023.5, "2023"]) expect(liable(45139, null, year)).toBeUndefined();
  });

  it("gives 0 for a placement outside the school year", () => {
    expect(liable(45139, 45200, 2024)).toBe(0);
  });
});
