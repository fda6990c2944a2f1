/**
 * PAYBACK's and PAYBACK.DISCOUNTED's fast paths at their edges, one by one (src/core/paybackFast.ts):
 * where each must decide itself and where it must leave the range to the exact path, always with the
 * exact path's answer beside it. The property tests (properties.test.ts) hold the paths equal over
 * random ranges; these hold each guard at the value that makes it matter, which random ranges rarely
 * hit (the limits 2^50 and 2^-1000, the sums past 1e250, a ragged range, a blank after the payback).
 */
import { numberGrid } from "../../src/core/grid";
import { flowsByYear, payback } from "../../src/core/payback";
import {
  answerBound,
  decimalsOf,
  factorError,
  fastDiscountedPayback,
  type FastPayback,
  fastPayback,
  growth,
  pairProductBound,
  pairSpread,
  pairYearBound,
  roundedUp,
  roundingRoom,
  sumBound,
  sureDouble,
  yearBound,
} from "../../src/core/paybackFast";
import Decimal from "decimal.js";
import { paybackDiscountedExact } from "../../src/functions/defs";
import { messages } from "../../src/core/messages";
import fc from "fast-check";
import { runs } from "../support/mutation";

/** The exact path's word on a range: the number, the reason for none, or the error. */
function exactPayback(grid: unknown, fractional: boolean, extendLast: boolean): string {
  const cells = numberGrid("flows", grid);
  if (!cells.ok) return `error: ${cells.failure.message.en}`;
  const r = payback(flowsByYear(cells.value.cells), { fractional, extendLast });
  return r.ok ? String(r.value.toNumber()) : r.failure.message.en;
}

function exactDiscounted(grid: unknown, rate: number, fractional: boolean, extendLast: boolean): string {
  try {
    return String(paybackDiscountedExact(grid as unknown[][], rate, fractional, extendLast));
  } catch (error) {
    return (error as Error).message;
  }
}

/** The fast path's answer in the exact path's words; undefined stays undefined. */
function words(q: FastPayback): string | undefined {
  if (q === undefined) return undefined;
  if (q === "notPaidBack") return messages.notPaidBack().en;
  if (q === "nothing") return messages.noFlows("flows").en;
  return String(q);
}

/** PAYBACK's fast path on a range: what it said (undefined: left to the exact path), checked against the exact path. */
function simple(grid: unknown, fractional = false, extendLast = false): string | undefined {
  const said = words(fastPayback(grid, fractional, extendLast));
  if (said !== undefined) expect(said).toBe(exactPayback(grid, fractional, extendLast));
  return said;
}

/** PAYBACK.DISCOUNTED's fast path likewise. */
function discounted(grid: unknown, rate: number, fractional = false, extendLast = false): string | undefined {
  const said = words(fastDiscountedPayback(grid, rate, fractional, extendLast));
  if (said !== undefined) expect(exactDiscounted(grid, rate, fractional, extendLast)).toContain(said);
  return said;
}

const LIMIT = 2 ** 50;

describe("decimalsOf: the fewest decimals that give the double, within 2^50", () => {
  it("takes integers below 2^50 either side, and not 2^50 itself", () => {
    expect([decimalsOf(LIMIT - 1), decimalsOf(-(LIMIT - 1)), decimalsOf(-5), decimalsOf(0)]).toEqual([0, 0, 0, 0]);
    expect([decimalsOf(LIMIT), decimalsOf(-LIMIT), decimalsOf(2 ** 60)]).toEqual([-1, -1, -1]);
  });

  it("finds 1 to 6 decimals either side of 0, and refuses 7 or a scaled value past 2^50", () => {
    expect([0.5, -0.5, 0.25, -0.125, 0.1234, -0.12345, 0.123456].map(decimalsOf)).toEqual([1, 1, 2, 3, 4, 5, 6]);
    expect([0.1234567, -1e-7, 2 ** 49 + 0.5, -(2 ** 49 + 0.5)].map(decimalsOf)).toEqual([-1, -1, -1, -1]);
    // 2^50 / 10 − 0,1 is 1 decimal below the limit.
    expect(decimalsOf(112589990684262.3)).toBe(1);
  });
});

describe("PAYBACK's fast path at its edges", () => {
  it("decides a row, a column and a block of budget amounts, integers and decimals", () => {
    expect(simple([[625, 1080, 500, -1000, -1000, -1000]], true)).toBe("5.205");
    expect(simple([[625], [1080], [500], [-1000], [-1000], [-1000]], true)).toBe("5.205");
    expect(simple([[625, 1080.5, 500], [0, -1000.25, -1500]], true)).toBe(String(2 + 705.25 / 1000));
    expect(simple([[1, 0.5, -2]])).toBe("3");
    expect(simple([[0.5, 1, -2]])).toBe("3");
    // A cell with as many decimals as those before it, and a cell with fewer after more.
    expect(simple([[0.5, 0.5, -1.5, 0.25]])).toBe("3");
  });

  it("counts the last year of the range once when extending it (the savings after the range)", () => {
    // 100 owed, 10 saved a year: 90 left after the range, 9 more years.
    expect(simple([[100, -10]], false, true)).toBe("11");
    expect(simple([[100], [-10]], false, true)).toBe("11");
    expect(simple([[100, -10], [0, 0]], false, true)).toBe("11");
    expect(simple([[100, -10]], true, true)).toBe("11");
    expect(simple([[100, -30]], true, true)).toBe(String(4 + 1 / 3));
  });

  it("after the payback, still requires numbers or blanks in the rest of a row", () => {
    expect(simple([[100, -200, null, "", undefined, 5]])).toBe("2");
    expect(simple([[100, -200, "x"]])).toBeUndefined();
    expect(simple([[100, -200, Number.NaN]])).toBeUndefined();
    expect(simple([[100, -200, Number.POSITIVE_INFINITY]])).toBeUndefined();
  });

  it("reads blanks as 0 in a row and in a block", () => {
    expect(simple([[100, null, "", undefined, -200]])).toBe("5");
    expect(simple([[100, null], ["", -200]])).toBe("2");
    // A year of blanks before the first flow is not a year of the payback.
    expect(simple([[null, 100], [undefined, -200]])).toBe("1");
    expect(simple([[null, 100, 0], [undefined, 0, -200]])).toBe("2");
    // Cumulative exactly 0 pays back, in a block as in a row.
    expect(simple([[100, -100], [0, 0]])).toBe("2");
    expect(simple([[100, -100]])).toBe("2");
  });

  it("leaves what is not a range of numbers to the exact path: text, a ragged block, an empty range", () => {
    for (const unsure of [[["100", -200]], [[100], [-200, 5]], [[100, 5], [-200]], [[100, 5], "x"], [], [[]], ["x"], 5, null]) {
      expect(simple(unsure)).toBeUndefined();
    }
  });

  it("takes flows and sums up to 2^50 − 1 and leaves 2^50 to the exact path, in a row and in a block", () => {
    expect(simple([[LIMIT - 1, -(LIMIT - 1)]])).toBe("2");
    expect(simple([[LIMIT - 1], [-(LIMIT - 1)]])).toBe("2");
    expect(simple([[LIMIT - 1, 0], [0, -(LIMIT - 1)]])).toBe("2");
    expect(simple([[LIMIT, -LIMIT]])).toBeUndefined();
    expect(simple([[-LIMIT, 1]])).toBeUndefined();
    // The sum reaches 2^50 though no flow does.
    expect(simple([[LIMIT / 2, LIMIT / 2, -1]])).toBeUndefined();
    expect(simple([[LIMIT / 2, LIMIT / 2], [0, 0]])).toBeUndefined();
    expect(simple([[LIMIT / 2, LIMIT / 2 - 1], [0, 0]])).toBe(messages.notPaidBack().en);
    expect(simple([[-(LIMIT / 2), 0], [-(LIMIT / 2), 1]])).toBeUndefined();
    // A year's flow over the rows reaches 2^50.
    expect(simple([[LIMIT / 2, -1], [LIMIT / 2, 0]])).toBeUndefined();
    expect(simple([[-(LIMIT / 2), 1], [-(LIMIT / 2), 0]])).toBeUndefined();
  });

  it("sums a year over many rows without passing 2^50 on the way (nine rows of 2^50 − 1 would round past 2^53)", () => {
    // Found by mutation testing: the year's sum came back to 0 instead of 1, and the range "not paid back".
    const big = 2 ** 50 - 1;
    const grid = [...Array.from({ length: 9 }, () => [big, 0]), ...Array.from({ length: 9 }, () => [-big, 0]), [1, -1]];
    expect(exactPayback(grid, true, false)).toBe("2");
    expect(simple(grid, true)).toBeUndefined();
    expect(simple([[big, 0], [-big, 0], [1, -1]], true)).toBe("2");
  });

  it("leaves a block with a cell of 7 decimals or past 2^50 to the exact path", () => {
    expect(simple([[100, 0.1234567], [0, -200]])).toBeUndefined();
    expect(simple([[100, 0], [0.0000001, -200]])).toBeUndefined();
    expect(simple([[100, 2 ** 60], [0, -200]])).toBeUndefined();
    expect(simple([[100, 0.123456], [0, -200]])).toBe("2");
  });

  it("leaves a cell that a later cell's decimals scale past 2^50 to the exact path, where the scaled sum would be off", () => {
    // 999.999.999.999 × 10^6 is not a double: the year's flow of 1 kr. would come out ±64 millionths off.
    const grid = [
      [999999999999, -2000000],
      [-999999999998, 0.000001],
    ];
    expect(simple(grid, true)).toBeUndefined();
    expect(exactPayback(grid, true, false)).toBe(String(1 + 1 / 1999999.999999));
    // In a row: a cumulative rescaled past 2^50 by a later decimal.
    expect(simple([[999999999999, 0.000001, -999999999999.5]], true)).toBeUndefined();
    expect(simple([[999999999, 0.000001, -999999999.5]], true)).toBe(exactPayback([[999999999, 0.000001, -999999999.5]], true, false));
  });

  it("gives the fraction where numerator and cumulative stay exact, and leaves the rest to the exact path", () => {
    expect(simple([[2 ** 49, -(2 ** 49) - 1]], true)).toBe(exactPayback([[2 ** 49, -(2 ** 49) - 1]], true, false));
    // j · −flow past 2^53: the numerator is no longer exact.
    const long = [[2 ** 40, ...Array.from({ length: 9000 }, () => 0), -(2 ** 40) - 1]];
    expect(simple(long, true)).toBeUndefined();
    expect(simple(long, false)).toBe("9002");
    expect(simple([[2 ** 40, ...Array.from({ length: 10 }, () => 0), -(2 ** 40) - 1]], true)).toBe(exactPayback([[2 ** 40, ...Array.from({ length: 10 }, () => 0), -(2 ** 40) - 1]], true, false));
  });
});

describe("PAYBACK.DISCOUNTED's fast path in whole years at its edges", () => {
  it("decides a row and a column, at 0 %, at the ministry's 3,5 % and at a negative rate", () => {
    expect(discounted([[1000, 500, -2000]], 0)).toBe("3");
    expect(discounted([[1000], [500], [-2000]], 0.035)).toBe("3");
    expect(discounted([[1000, -600, -600]], 0.035)).toBe("3");
    expect(discounted([[1000, -600, -600]], -0.5)).toBe("2");
  });

  it("takes a rate of 2^-1000 and leaves a smaller one, −1, NaN and infinity to the exact path", () => {
    expect(discounted([[1000, -600, -600]], 2 ** -1000)).toBe("3");
    expect(discounted([[1000, -600, -600]], -(2 ** -1000))).toBe("3");
    for (const rate of [2 ** -1001, -(2 ** -1001), -1, -2, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(discounted([[1000, -600, -600]], rate)).toBeUndefined();
    }
  });

  it("takes a flow of 2^-1000 and blanks, and leaves smaller flows, infinity and text to the exact path", () => {
    expect(discounted([[1000, 2 ** -1000, -2000]], 0.035)).toBe("3");
    expect(discounted([[1000, null, "", undefined, -2000]], 0.035)).toBe("5");
    expect(discounted([[1000], [null], [""], [-2000]], 0.035)).toBe("4");
    for (const cell of [2 ** -1001, Number.POSITIVE_INFINITY, Number.NaN, "x", true]) {
      expect(discounted([[1000, cell, -2000]], 0.035)).toBeUndefined();
      // After the payback too: the exact path requires every cell to be a number or blank.
      expect(discounted([[1000, -2000, cell]], 0.035)).toBeUndefined();
    }
    // A saving of 1e300: paid back that year, as the exact path says.
    expect(discounted([[1000, -1e300]], 0.035)).toBe("2");
  });

  it("says not paid back at the end of a row and of a column, and leaves a repeated last year to the exact path", () => {
    expect(discounted([[1000, -100]], 0)).toBe(messages.notPaidBack().en);
    expect(discounted([[1000], [-100]], 0)).toBe(messages.notPaidBack().en);
    expect(discounted([[1000, -100]], 0, false, true)).toBeUndefined();
    expect(discounted([[null, 0, ""]], 0.035)).toBe(messages.noFlows("flows").en);
  });

  it("leaves what is not one row or one column of cells to the exact path", () => {
    for (const unsure of [[[1000, -600], [-600, 0]], [[1000], [-600, 5], [-600]], [[1000], "x"], [[]], [], "x"]) {
      expect(discounted(unsure, 0.035)).toBeUndefined();
      expect(discounted(unsure, 0.035, true)).toBeUndefined();
    }
  });

  it("past 1e250, says not paid back only where every later flow together could not pay it back", () => {
    expect(discounted([[2e250, -1e250]], 0.035)).toBe(messages.notPaidBack().en);
    expect(discounted([[2e250, -1e250]], 0)).toBe(messages.notPaidBack().en);
    expect(discounted([[2e250], [-1e250]], 0.035)).toBe(messages.notPaidBack().en);
    expect(discounted([[2e250, null, "", -1e250]], 0.035)).toBe(messages.notPaidBack().en);
    // The later flows could pay it back; a rate below 0 shrinks it: the exact path decides (year 2).
    expect(discounted([[2e250, -3e250]], 0.035)).toBeUndefined();
    expect(discounted([[2e250, -1e250]], -0.5)).toBeUndefined();
    expect(exactDiscounted([[2e250, -1e250]], -0.5, false, false)).toBe("2");
    // A later cell that is not a number, and a last year repeated.
    expect(discounted([[2e250, -1e250, "x"]], 0.035)).toBeUndefined();
    expect(discounted([[2e250, -1e250]], 0.035, false, true)).toBeUndefined();
  });

  it("past 1e250, leaves the row to the exact path where the later flows come within the sum's bound of it", () => {
    // At 0 %: S = 2e250 after the first year, its bound e; the later flow y summed up as its bound says.
    const s = 2e250;
    const e = yearBound(0, growth(1, factorError(0)), 0, factorError(0), 0, s, s);
    expect(e).toBeGreaterThan(0);
    const within: number[] = [];
    for (let k = -12; k <= 12; k += 1) {
      const y = s * (1 + k * 2 ** -54);
      const rest = sumBound(y, 2);
      if (rest >= s - e && rest < s + e) within.push(y);
      // Outside the bound's reach either side: decided, or left to the exact path because y could pay it back.
      if (rest < s - e) expect(discounted([[s, -y]], 0)).toBe(messages.notPaidBack().en);
    }
    expect(within.length).toBeGreaterThan(0);
    for (const y of within) expect(discounted([[s, -y]], 0)).toBeUndefined();
  });
});

describe("PAYBACK.DISCOUNTED's fraction in double-doubles at its edges", () => {
  it("decides a row and a column of budget amounts, with the exact path's last digit", () => {
    expect(discounted([[1000, -600, -600]], 0.035, true)).toBe(exactDiscounted([[1000, -600, -600]], 0.035, true, false));
    expect(discounted([[1000], [-600], [-600]], 0.035, true)).toBe(exactDiscounted([[1000, -600, -600]], 0.035, true, false));
    expect(discounted([[625, 1080, 500, -1000, -1000, -1000]], 0.035, true)).toBeDefined();
    expect(discounted([[1000.5, null, -600.25, -600]], 0.04, true)).toBeDefined();
    expect(discounted([[-1000, 5]], 0.035, true)).toBe("0");
    // Twenty rows of whole thousands at 3,5 %: each decided where its answer's double is sure.
    for (let k = 1; k <= 20; k += 1) {
      const row = [1000 * k, -300, -400 - k, -500, -600 - 7 * k, -700];
      expect(discounted([row], 0.035, true)).toBeDefined();
    }
  });

  it("says not paid back and nothing to pay back, and leaves a repeated last year and text to the exact path", () => {
    expect(discounted([[1000, -100]], 0.035, true)).toBe(messages.notPaidBack().en);
    expect(discounted([[null, 0]], 0.035, true)).toBe(messages.noFlows("flows").en);
    expect(discounted([[1000, -100]], 0.035, true, true)).toBeUndefined();
    expect(discounted([[1000, "x", -2000]], 0.035, true)).toBeUndefined();
    expect(discounted([[1000, 0.1234567, -2000]], 0.035, true)).toBeUndefined();
  });

  it("takes a rate of 10^-15 and leaves a smaller one to the exact path", () => {
    expect(discounted([[1000, -600, -600]], 1e-15, true)).toBeDefined();
    expect(discounted([[1000, -600, -600]], 0, true)).toBeDefined();
    expect(discounted([[1000, -600, -600]], 1e-16, true)).toBeUndefined();
  });

  it("leaves a cell that another cell's decimals scale past 2^50 to the exact path, in the first year or a later one", () => {
    expect(discounted([[2 ** 49, -600.5, -(2 ** 49)]], 0.035, true)).toBeUndefined();
    expect(discounted([[1000.5, 2 ** 49, -(2 ** 50)]], 0.035, true)).toBeUndefined();
    expect(discounted([[1000.5, 2 ** 45, -(2 ** 46)]], 0.035, true)).toBeDefined();
    // Scaled by 10^6 an odd integer near 2^49 is no longer a double: read as one, a cost (above 2^50)
    // or a saving (below −2^50) would give these wrong in the last digit (4,04027945902851; 1,80779853797377).
    const cost = [611945701555473, 0, 0, 0, -151925005.03106];
    expect(discounted([cost], -0.99, true)).toBeUndefined();
    expect(exactDiscounted([cost], -0.99, true, false)).toBe("4.040279459028509");
    const saving = [999999999.999981, -371379726376449];
    expect(discounted([saving], 299999, true)).toBeUndefined();
    expect(exactDiscounted([saving], 299999, true, false)).toBe("1.8077985379737702");
  });

  it("multiplies by amounts near 2^50 exactly (Dekker's split of both factors): the exact path's last digit", () => {
    // A split of the flow that is no split (SPLIT / b for SPLIT · b) gave 1,7392647782718633, 1,3748173989098267, 1,6990871632933284.
    for (const [rate, row, answer] of [
      [0.035, [804191444433136, -1125899906842586], "1.739264778271863"],
      [-0.05, [329897685697423, -836147954508243], "1.374817398909827"],
      [0.5, [524734781351218, -1125899906842616], "1.6990871632933282"],
    ] as const) {
      expect(discounted([[...row]], rate, true)).toBe(answer);
      expect(exactDiscounted([[...row]], rate, true, false)).toBe(answer);
    }
  });

  it("leaves a sum within its bound of 0 to the exact path: 2^-70 after 70 years of 5·10^14, paid back three years later", () => {
    // Built backwards from S_70 = 2^-70 at f = 1,5: S_{k−1} = (S_k − x_k) / 1,5, each x_k the whole number
    // near S_k − 7,5·10^14 that keeps 2^(k−1)·S_{k−1} whole; S_0 = x_0. The double-doubles carry S_70
    // as 0 give or take 10^-17: taken as paid back in year 70, the answer would be 71.
    let n = BigInt(1);
    const xs: bigint[] = [];
    for (let k = 70; k >= 1; k -= 1) {
      const p = BigInt(2) ** BigInt(k);
      let x = n / p - BigInt(750_000_000_000_000);
      while ((n - p * x) % BigInt(3) !== BigInt(0)) x -= BigInt(1);
      xs.unshift(x);
      n = (n - p * x) / BigInt(3);
    }
    const row = [Number(n), ...xs.map(Number), 0, 0, -1];
    expect(row.every((x) => Number.isSafeInteger(x) && Math.abs(x) < 2 ** 50)).toBe(true);
    expect(exactDiscounted([row], 0.5, true, false)).toBe("73");
    expect(discounted([row], 0.5, true)).toBeUndefined();
    // In whole years the same: year 73, or the exact path's.
    expect([undefined, "73"]).toContain(discounted([row], 0.5, false));
  });

  it("takes a factor 1 + rate between 2^-20 and 2^20, not beyond", () => {
    expect(discounted([[1000, -600, -600]], 2 ** 20 - 1.5, true)).toBeDefined();
    expect(discounted([[1000, -600, -600]], 2 ** 20 - 1, true)).toBeUndefined();
    expect(discounted([[1000, -600, -6000000]], 2 ** -19 - 1, true)).toBeDefined();
    expect(discounted([[1000, -600, -6000000]], 2 ** -20 - 1, true)).toBeUndefined();
  });
});

describe("PAYBACK.DISCOUNTED's fast paths where the sum lands a few units of the last place from 0", () => {
  /**
   * A cost, some savings, and a last saving that takes the discounted sum to within a few units of a
   * double's last place of 0, as computed in doubles: the exact sum is then a hair either side of 0,
   * its sign beyond a double's reach. The fast path must leave each such row to the exact path or
   * give its answer; an error bound made any smaller (a term left out, a factor turned) decides some
   * of them wrong.
   */
  const nearTie = fc
    .tuple(
      fc.constantFrom(0.035, 0.025, 0.1, 1 / 3, 0.07, -0.05, 0),
      fc.integer({ min: 1, max: 1_000_000 }).map((c) => c / 100),
      fc.array(fc.integer({ min: -500_000, max: 0 }).map((x) => x / 100), { minLength: 0, maxLength: 12 }),
      fc.integer({ min: -4, max: 4 }),
    )
    .map(([rate, cost, savings, units]) => {
      const f = 1 + rate;
      let s = 0;
      for (const x of [cost, ...savings]) s = s * f + x;
      if (s <= 0) return null;
      const product = s * f;
      const ulp = 2 ** (Math.floor(Math.log2(Math.abs(product))) - 52);
      return { rate, row: [cost, ...savings, -product + units * ulp] };
    })
    .filter((x): x is { rate: number; row: number[] } => x !== null);

  it("in whole years and in the fraction: the exact path's answer or none (2.000 runs)", () => {
    let decided = 0;
    fc.assert(
      fc.property(nearTie, ({ rate, row }) => {
        for (const fractional of [false, true]) if (discounted([row], rate, fractional) !== undefined) decided += 1;
      }),
      runs(2000),
    );
    // Not every row is left to the exact path: the sums a unit or more from 0 on the far side are decided.
    expect(decided).toBeGreaterThan(0);
  });
});

describe("the fast paths' error bounds: each rounded up, and only just", () => {
  /** Enough digits for products of doubles between 2^-200 and 2^200 exactly. */
  const X = Decimal.clone({ precision: 1000 });
  const u = new X(2).pow(-53);

  /** A double's exact binary value (decimal.js reads a number as its shortest decimal, which is not). */
  function exact(x: number): Decimal {
    let m = x;
    let e = 0;
    while (!Number.isInteger(m)) {
      m *= 2;
      e -= 1;
    }
    return new X(BigInt(m).toString()).times(new X(2).pow(e));
  }

  /** A double between 2^-60 and 2^60 either side of 0, or 0. */
  const double = fc.oneof(
    fc.tuple(fc.integer({ min: -60, max: 60 }), fc.double({ min: 1, max: 2, maxExcluded: true, noNaN: true }), fc.boolean()).map(([k, m, negative]) => (negative ? -1 : 1) * m * 2 ** k),
    fc.constantFrom(0, 1, -1, 0.035, 1e-15, 2 ** 49),
  );
  const positive = double.map(Math.abs);

  /** The bound's double against the formula's exact value at the same doubles: not below it, and within `slack` (64) units of its last place above. */
  function holds(bound: number, formula: Decimal, slack = 64): void {
    const b = exact(bound);
    if (formula.isZero()) {
      expect(bound).toBe(0);
      return;
    }
    expect(b.gte(formula)).toBe(true);
    expect(b.lte(formula.times(u.times(slack).plus(1)))).toBe(true);
  }

  const abs = (x: number): Decimal => exact(x).abs();
  const runsOf = runs(300);

  it("the factor's error u·(|1 + r| + |r|) and what the bound grows by each year, |f| + df", () => {
    fc.assert(
      fc.property(double, (r) => {
        fc.pre(r > -1);
        holds(factorError(r), u.times(exact(r).plus(1).abs().plus(abs(r))));
      }),
      runsOf,
    );
    fc.assert(
      fc.property(positive, positive, (f, df) => holds(growth(f, df), exact(f).plus(exact(df)))),
      runsOf,
    );
  });

  it("a whole year's bound E·grow + |S|·df + u·(|S·f| + |x| + |S'|), and a sum of n cells rounded up by n·u", () => {
    fc.assert(
      fc.property(positive, positive, double, positive, double, double, double, (e, grow, s, df, product, x, next) =>
        holds(yearBound(e, grow, s, df, product, x, next), exact(e).times(exact(grow)).plus(abs(s).times(exact(df))).plus(u.times(abs(product).plus(abs(x)).plus(abs(next))))),
      ),
      runsOf,
    );
    fc.assert(
      fc.property(positive, fc.integer({ min: 1, max: 100_000 }), (sum, n) => holds(sumBound(sum, n), exact(sum).times(u.times(n).plus(1)), 2 * n + 64)),
      runsOf,
    );
  });

  it("the double-double year: |f| rounded up past f's low part, E·|f| + |S|·|f|·40u² + (|x| + |S'|)·16u², the spread |lo| + E, the product's E·|f| + |S|·|f|·40u²", () => {
    const u2 = u.pow(2);
    fc.assert(fc.property(double, (f) => holds(roundedUp(Math.abs(f)), abs(f).times(u.plus(1)))), runsOf);
    fc.assert(
      fc.property(positive, positive, double, double, double, (e, fAbs, sh, x, nh) =>
        holds(pairYearBound(e, fAbs, sh, x, nh), exact(e).times(exact(fAbs)).plus(abs(sh).times(exact(fAbs)).times(u2.times(40))).plus(abs(x).plus(abs(nh)).times(u2.times(16)))),
      ),
      runsOf,
    );
    fc.assert(fc.property(double, positive, (sl, e) => holds(pairSpread(sl, e), abs(sl).plus(exact(e)))), runsOf);
    fc.assert(
      fc.property(positive, positive, double, (be, fAbs, bh) => holds(pairProductBound(be, fAbs, bh), exact(be).times(exact(fAbs)).plus(abs(bh).times(exact(fAbs)).times(u2.times(40))))),
      runsOf,
    );
  });

  it("the answer's bound E_P/|x| + (|q| + j)·32u² + |a|·10^-38", () => {
    const u2 = u.pow(2);
    const nonzero = double.filter((x) => x !== 0);
    fc.assert(
      fc.property(positive, nonzero, double, fc.integer({ min: 0, max: 1000 }), double, (eP, dv, q, j, a) =>
        holds(answerBound(eP, dv, q, j, a), exact(eP).div(abs(dv)).plus(abs(q).plus(j).times(u2.times(32))).plus(abs(a).times(new X(10).pow(-38)))),
      ),
      runsOf,
    );
  });

  it("the rounding room of a double: half its last place, a quarter just below a power of two", () => {
    const before = (x: number): number => x - 2 ** (Math.floor(Math.log2(x)) - 53) * (Number.isInteger(Math.log2(x)) ? 1 : 2);
    for (const [ah, al, room] of [
      [1, 0, 2 ** -53],
      [1, 2 ** -80, 2 ** -53],
      [1, -(2 ** -80), 2 ** -54],
      [1.5, -(2 ** -80), 2 ** -53],
      [4, -(2 ** -80), 2 ** -52],
      [4, 0, 2 ** -51],
      [4, 2 ** -80, 2 ** -51],
      // Just below a power of two, where Math.log2 rounds up to the power's exponent.
      [4 - 2 ** -51, 0, 2 ** -52],
      [before(2 ** 40), -(2 ** -80), 2 ** -14],
      [3.25, 0, 2 ** -52],
      [0.75, 0, 2 ** -54],
      [1000.5, -(2 ** -80), 2 ** -44],
    ] as const)
      expect([ah, al, roundingRoom(ah, al)]).toEqual([ah, al, room]);
    // Random doubles: half the distance to the next double up.
    fc.assert(
      fc.property(positive.filter((x) => x > 0), (ah) => {
        const bits = new DataView(new ArrayBuffer(8));
        bits.setFloat64(0, ah);
        bits.setBigUint64(0, bits.getBigUint64(0) + BigInt(1));
        expect(roundingRoom(ah, 0)).toBe((bits.getFloat64(0) - ah) / 2);
      }),
      runsOf,
    );
  });

  it("answers the double only where the answer and its bound lie inside its rounding room", () => {
    const room = 2 ** -53;
    expect(sureDouble(1, 0, 0)).toBe(1);
    expect(sureDouble(1, room / 2, room / 4)).toBe(1);
    // |lo| + E at the room, either way round: not sure.
    expect(sureDouble(1, room / 2, room / 2)).toBeUndefined();
    expect(sureDouble(1, -room / 4, room / 4)).toBeUndefined();
    expect(sureDouble(1, room / 4, room / 2)).toBe(1);
    expect(sureDouble(1, room / 4, (room * 3) / 4)).toBeUndefined();
    expect(sureDouble(2.5, -room, room / 2)).toBe(2.5);
  });
});
