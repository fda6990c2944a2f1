import fc from "fast-check";
import { runs } from "../support/mutation";
import { allocate } from "../../src/core/allocate";
import { Dec } from "../../src/core/decimal";
import { numberGrid } from "../../src/core/grid";
import { messages } from "../../src/core/messages";
import { discountedPayback, discountedPaybackExact, flowsByYear, payback } from "../../src/core/payback";
import { fastDiscountedPayback, fastPayback } from "../../src/core/paybackFast";
import { liableFraction } from "../../src/core/placement";
import { convertPriceLevel, priceIndex } from "../../src/core/pricelevel";
import { type Result, unwrap } from "../../src/core/result";
import { centralPayment, incentiveModel, type IncentiveModel, schoolPayment } from "../../src/core/segregation";
import {
  paybackDiscounted,
  paybackDiscountedExact,
  paybackPeriod,
  priceLevel,
  segregationCentral,
  segregationCentralExact,
  segregationLiable,
  segregationLiableExact,
  segregationPayment,
  segregationPaymentExact,
} from "../../src/functions/defs";
import { fastCentralPayment, fastLiable, fastSchoolPayment } from "../../src/core/segregationFast";

const RUNS = runs(1000);

/** Kroner with øre, as budgets hold them: up to 10 mio. kr. */
const kroner = fc.integer({ min: 0, max: 1_000_000_000 }).map((ore) => ore / 100);
/** Any finite, non-negative double, including the awkward ones. */
const anyCost = fc.oneof(kroner, fc.double({ min: 0, max: 1e12, noNaN: true, noDefaultInfinity: true }));
const model = fc
  .tuple(kroner, kroner, fc.integer({ min: 0, max: 100 }))
  .map(([a, b, pct]): IncentiveModel => unwrap(incentiveModel(Math.min(a, b), Math.max(a, b), pct / 100)));
/** Model parameters as a user types them: kroner, and a share in whole hundredths of a per cent. */
const modelArgs = fc
  .tuple(kroner, kroner, fc.integer({ min: 0, max: 10000 }))
  .map(([a, b, s]) => [Math.min(a, b), Math.max(a, b), s / 10000] as const);
/** A model with any share at all, 1e-300 included. */
const anyModel = fc
  .tuple(kroner, kroner, fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([a, b, s]): IncentiveModel => unwrap(incentiveModel(Math.min(a, b), Math.max(a, b), s)));

const value = <T>(r: Result<T>): T => unwrap(r);

describe("invariants of the incentive model (DOMAIN.md §2)", () => {
  it("0 ≤ school payment ≤ cost", () => {
    fc.assert(
      fc.property(anyCost, model, (cost, m) => {
        const school = value(schoolPayment(cost, m));
        return school.gte(0) && school.lte(cost);
      }),
      RUNS,
    );
  });

  it("the school payment is non-decreasing in the cost", () => {
    fc.assert(
      fc.property(anyCost, anyCost, model, (a, b, m) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        return value(schoolPayment(low, m)).lte(value(schoolPayment(high, m)));
      }),
      RUNS,
    );
  });

  it("school + administration = cost, exactly, whatever the share", () => {
    fc.assert(
      fc.property(anyCost, fc.oneof(model, anyModel), (cost, m) => value(schoolPayment(cost, m)).plus(value(centralPayment(cost, m))).eq(cost)),
      RUNS,
    );
  });

  it("through Excel's boundary too: SEGREGATION.PAYMENT + SEGREGATION.CENTRAL = cost for kroner amounts", () => {
    fc.assert(
      fc.property(kroner, modelArgs, (cost, [t, c, s]) => {
        const school = segregationPayment(cost, t, c, s);
        const central = segregationCentral(cost, t, c, s);
        return school >= 0 && school <= cost && new Dec(school).plus(central).eq(cost);
      }),
      RUNS,
    );
  });
});

describe("invariants of ALLOCATE", () => {
  const keys = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0, max: 1e6, noNaN: true })), {
    minLength: 1,
    maxLength: 30,
  });
  const decimals = fc.integer({ min: -3, max: 4 });

  it("the parts sum exactly to the total, one part per key, each off its exact share by less than one unit", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), keys, decimals, (units, ks, d) => {
        fc.pre(ks.some((k) => k > 0));
        const total = new Dec(units).times(new Dec(10).pow(-d));
        const parts = value(allocate(total, ks.map((k) => [new Dec(k)]), d)).flat();
        const sum = ks.reduce((s, k) => s.plus(k), new Dec(0));
        const unit = new Dec(10).pow(-d);
        return (
          parts.length === ks.length &&
          parts.reduce((s, p) => s.plus(p), new Dec(0)).eq(total) &&
          parts.every((p, i) => p.minus(total.times(ks[i]).div(sum)).abs().lt(unit)) &&
          parts.every((p) => p.div(unit).isInteger())
        );
      }),
      RUNS,
    );
  });
});

describe("PAYBACK's fast path (integers in doubles) against the exact Decimal path", () => {
  /** Amounts as sheets hold them: whole, øre, thousands with decimals, the odd 6-decimal figure, blanks. */
  const amount = fc.oneof(
    fc.integer({ min: -5000, max: 5000 }),
    fc.integer({ min: -100_000_000, max: 100_000_000 }).map((ore) => ore / 100),
    fc.integer({ min: -9_999_999, max: 9_999_999 }).map((x) => x / 1e6),
    fc.constantFrom(null, 0, -0),
  );
  const grid = fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 12 }))
    .chain(([rows, columns]) => fc.array(fc.array(amount, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }));
  const exact = (cells: unknown[][], fractional: boolean, extendLast: boolean): string => {
    const r = payback(flowsByYear(value(numberGrid("flows", cells)).cells), { fractional, extendLast });
    return r.ok ? String(r.value.toNumber() === 0 ? 0 : r.value.toNumber()) : r.failure.message.en;
  };
  const fast = (cells: unknown[][], fractional: boolean, extendLast: boolean): string => {
    const q = fastPayback(cells, fractional, extendLast);
    if (q === "notPaidBack") return messages.notPaidBack().en;
    if (q === "nothing") return messages.noFlows("flows").en;
    return String(q);
  };

  it("gives the same answer, or the same reason for none, on every range it takes, and takes them all", () => {
    fc.assert(
      fc.property(grid, fc.boolean(), fc.boolean(), (cells, fractional, extendLast) => {
        expect(fast(cells, fractional, extendLast)).toBe(exact(cells, fractional, extendLast));
      }),
      runs(5000),
    );
  });

  it("takes the seed's Tabel 1 and budget amounts, and leaves to the exact path what it cannot be sure of", () => {
    expect(fastPayback([[625, 1080, 500, -1000, -1000, -1000]], true, false)).toBe(5.205);
    expect(fastPayback([[0.1, 0.2, -0.3]], false, false)).toBe(3);
    for (const unsure of [[[1e-7, -1]], [[2 ** 52, -1]], [[1, "x"]], [[1, true]], [[1], [2, 3]], [], [[]], 5]) {
      expect(fastPayback(unsure, true, true)).toBeUndefined();
    }
  });
});

describe("the fast paths of SEGREGATION.PAYMENT, .CENTRAL and .LIABLE (issue #17)", () => {
  /** What a call gives: the number, or the error's message. */
  const said = (f: () => number): string => {
    try {
      const n = f();
      return Object.is(n, -0) ? "-0" : String(n);
    } catch (error) {
      return `error: ${(error as Error).message}`;
    }
  };
  const blank = fc.constantFrom(undefined, null, "");
  const decimals = (max: number) => fc.tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max: 8 })).map(([m, d]) => m / 10 ** d);
  /** Amounts as sheets hold them and as they should not: øre, more decimals, huge, negative, text, blank. */
  const amount = fc.oneof(
    { arbitrary: kroner, weight: 4 },
    { arbitrary: fc.integer({ min: 0, max: 600000 }), weight: 4 },
    { arbitrary: decimals(2 ** 40), weight: 2 },
    { arbitrary: fc.double({ min: -1e6, max: 1e17, noNaN: true }), weight: 1 },
    { arbitrary: fc.constantFrom(1e15, 2 ** 50, 2 ** 53, -0, 0, 264995, 287077, 309159), weight: 1 },
    { arbitrary: fc.constantFrom("264995", "x", true, Number.POSITIVE_INFINITY, Number.NaN), weight: 1 },
  );
  const parameter = fc.oneof({ arbitrary: blank, weight: 2 }, { arbitrary: amount, weight: 3 });
  const share = fc.oneof(
    { arbitrary: blank, weight: 2 },
    { arbitrary: fc.integer({ min: 0, max: 10000 }).map((x) => x / 10000), weight: 3 },
    { arbitrary: fc.double({ min: -0.5, max: 1.5, noNaN: true }), weight: 1 },
    { arbitrary: fc.constantFrom(1e-300, 1 / 3, "0,5"), weight: 1 },
  );

  it("PAYMENT and CENTRAL: the same answer, or the same error, for every argument (10.000 runs each)", () => {
    fc.assert(
      fc.property(amount, parameter, parameter, share, (cost, t, c, s) => {
        expect(said(() => segregationPayment(cost, t, c, s))).toBe(said(() => segregationPaymentExact(cost, t, c, s)));
        expect(said(() => segregationCentral(cost, t, c, s))).toBe(said(() => segregationCentralExact(cost, t, c, s)));
      }),
      runs(10000),
    );
  });

  it("PAYMENT and CENTRAL: the fast path takes what a result sheet passes, and leaves the rest to the exact path", () => {
    expect([fastSchoolPayment(280000, undefined, undefined, undefined), fastCentralPayment(280000, null, null, null)]).toEqual([272497.5, 7502.5]);
    expect([fastSchoolPayment(400000, 264995, 287077, 0.5), fastCentralPayment(400000, 264995, 287077, 0.5)]).toEqual([287077, 112923]);
    expect(fastSchoolPayment(123456.78, 180000, 180000, 0.5)).toBe(123456.78);
    // A cap of −0 is a cap of 0, as the exact path reads it (found by a run of this test).
    expect(Object.is(fastSchoolPayment(0.01, 0, -0, 0), 0)).toBe(true);
    for (const unsure of [[-1], ["280000"], [280000, 300000, 200000], [280000, 0, 0, 2], [1e-7 + 280000], [2 ** 52]] as const) {
      expect(fastSchoolPayment(...(unsure as unknown as [unknown, unknown, unknown, unknown]))).toBeUndefined();
    }
  });

  const day = fc.integer({ min: 44000, max: 47000 });
  const date = fc.oneof({ arbitrary: day, weight: 6 }, { arbitrary: day.map((d) => d + 0.75), weight: 1 }, { arbitrary: fc.constantFrom(0, null, "", -5, 3e6, "2023-08-01"), weight: 1 });
  const year = fc.oneof({ arbitrary: fc.integer({ min: 2019, max: 2027 }), weight: 6 }, { arbitrary: fc.constantFrom(2023.5, 1899, "2023", null), weight: 1 });
  const text = fc.oneof({ arbitrary: blank, weight: 6 }, { arbitrary: fc.constantFrom(0, "tilflytter", "anbragt", "måneder", "dage", "x"), weight: 1 });

  it("LIABLE: the same answer, or the same error, for every argument (10.000 runs)", () => {
    fc.assert(
      fc.property(date, date, year, text, date, text, (start, end, y, category, arrival, basis) => {
        expect(said(() => segregationLiable(start, end, y, category, arrival, basis))).toBe(said(() => segregationLiableExact(start, end, y, category, arrival, basis)));
      }),
      runs(10000),
    );
  });

  it("LIABLE: the fast path takes a plain placement, and leaves categories, arrivals and bases to the exact path", () => {
    // 1 Aug 2023 (45139) to 31 Jan 2024 (45322): 184 of the school year's 366 days.
    expect(fastLiable(45139, 45322, 2023, null, null, null)).toBe(184 / 366);
    expect(fastLiable(45139, "", 2023, "", 0, undefined)).toBe(1);
    for (const unsure of [[45139, 45322, 2023, "tilflytter"], [45139, 45322, 2023, null, 45139], [45139, 45322, 2023, null, null, "måneder"], [45322, 45139, 2023], [0, 45139, 2023]] as const) {
      expect(fastLiable(...(unsure as unknown as [unknown, unknown, unknown, unknown, unknown, unknown]))).toBeUndefined();
    }
  });
});

describe("PAYBACK.DISCOUNTED's bounded scan (issue #18)", () => {
  const outcome = (r: Result<Dec>): string => (r.ok ? r.value.toString() : `${r.failure.kind}: ${r.failure.message.en}`);
  const flow = fc.oneof(
    { arbitrary: fc.integer({ min: -5000, max: 5000 }), weight: 4 },
    { arbitrary: fc.integer({ min: -500000, max: 500000 }).map((x) => x / 100), weight: 2 },
    { arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }), weight: 1 },
    { arbitrary: fc.constant(0), weight: 1 },
  );
  const rate = fc.oneof(
    fc.constantFrom(0, 0.035, 0.04, 1e-300, -0.5, 0.1, 2),
    fc.integer({ min: -900, max: 1000 }).map((x) => x / 1000),
    fc.double({ min: -0.99, max: 3, noNaN: true }),
  );

  it("gives the exact scan's answer, or its reason for none, to the last digit (5.000 runs)", () => {
    fc.assert(
      fc.property(fc.array(flow, { minLength: 1, maxLength: 40 }), rate, fc.boolean(), fc.boolean(), (xs, r, fractional, extendLast) => {
        const flows = xs.map((x) => new Dec(x));
        const options = { fractional, extendLast };
        expect(outcome(discountedPayback(flows, new Dec(r), options))).toBe(outcome(discountedPaybackExact(flows, new Dec(r), options)));
      }),
      runs(5000),
    );
  });

  it("PAYBACK.DISCOUNTED's whole-year answer in doubles: the exact function's answer or error for every row (10.000 runs)", () => {
    const said = (f: () => number): string => {
      try {
        return String(f());
      } catch (error) {
        return `error: ${(error as Error).message}`;
      }
    };
    const cell = fc.oneof({ arbitrary: flow, weight: 8 }, { arbitrary: fc.constantFrom(null, "", "x", true, 1e-320), weight: 1 });
    const shape = fc.array(cell, { minLength: 1, maxLength: 30 }).chain((xs) => fc.constantFrom([xs], xs.map((x) => [x])));
    const option = fc.constantFrom(undefined, null, false, true, 1, "x");
    const anyRate = fc.oneof({ arbitrary: rate, weight: 8 }, { arbitrary: fc.constantFrom(-1, -2, null, "0,035", 1e-320), weight: 1 });
    fc.assert(
      fc.property(shape, anyRate, option, option, (grid, r, fractional, extendLast) => {
        expect(said(() => paybackDiscounted(grid, r, fractional, extendLast))).toBe(said(() => paybackDiscountedExact(grid, r, fractional, extendLast)));
      }),
      runs(10000),
    );
  });

  it("the fraction in double-doubles (issue #29): decides almost every row of budget amounts, always the exact function's answer (10.000 runs)", () => {
    const amount = fc.oneof({ arbitrary: fc.integer({ min: -5000, max: 5000 }), weight: 4 }, { arbitrary: fc.integer({ min: -500000, max: 500000 }).map((x) => x / 100), weight: 2 });
    // A cost first and savings after it, so that most rows pay back inside the range.
    const row = fc.tuple(fc.integer({ min: 1, max: 100000 }), fc.array(amount, { minLength: 1, maxLength: 40 })).map(([cost, rest]) => [cost, ...rest.map((x) => -Math.abs(x))]);
    const budgetRate = fc.oneof(fc.constantFrom(0.035, 0.025, 0.04, 0.1, -0.05, 0.5), fc.integer({ min: -900, max: 1000 }).map((x) => x / 1000));
    let decided = 0;
    let tried = 0;
    fc.assert(
      fc.property(row, budgetRate, (xs, r) => {
        tried += 1;
        const fast = fastDiscountedPayback([xs], r, true, false);
        if (fast !== undefined) decided += 1;
        if (typeof fast === "number") expect(fast).toBe(paybackDiscountedExact([xs], r, true, false));
        else if (fast === "notPaidBack") expect(() => paybackDiscountedExact([xs], r, true, false)).toThrow(messages.notPaidBack().en);
      }),
      runs(10000),
    );
    expect(decided / tried).toBeGreaterThan(0.95);
  });

  it("the fraction in double-doubles over 10.000 years: the exact answer, where the Decimal scan needs a second", () => {
    // 1 mio. owed at 0,01 % a year, 9 saved each year (less than the interest), 3 mia. in the last year.
    const years = 10000;
    const row = [1e6, ...Array.from({ length: years - 2 }, () => -9), -3e9];
    const fast = fastDiscountedPayback([row], 0.0001, true, false);
    expect(typeof fast).toBe("number");
    expect(fast).toBe(paybackDiscountedExact([row], 0.0001, true, false));
    expect(Math.floor(fast as number)).toBe(years - 1);
    // A column, and with øre.
    expect(fastDiscountedPayback(row.map((x) => [x / 100]), 0.0001, true, false)).toBe(fast);
  });

  it("leaves to the exact path what 32 digits cannot decide: a debt kept level by its interest for 20.000 years at 3,5 %", () => {
    // Each year's error is multiplied by 1,035 while the debt stays 1.000: after 20.000 years the
    // answer depends on digit 298. Only the exact scan knows it.
    const row = [1000, ...Array.from({ length: 19998 }, () => -35), -2000];
    expect(fastDiscountedPayback([row], 0.035, true, false)).toBeUndefined();
  });

  it("in doubles, leaves to the exact path a cumulative flow that binary rounding puts a hair from 0", () => {
    // 0,1 + 0,2 − 0,3 is 0 in decimals, 5,6e-17 in doubles: paid back in year 3 all the same.
    expect(fastDiscountedPayback([[0.1, 0.2, -0.3]], 0, false, false)).toBeUndefined();
    expect(paybackDiscounted([[0.1, 0.2, -0.3]], 0)).toBe(3);
    expect(paybackDiscounted([[0.1], [0.2], [-0.3]], 0)).toBe(3);
    expect(fastDiscountedPayback([[1000, 500, -2000]], 0.035, false, false)).toBe(3);
  });

  it("in doubles, decides 100.000 years whose discounted sum outgrows the largest double: never paid back, as the bounded scan says", () => {
    const row = [1e9, ...Array.from({ length: 99999 }, () => -1)];
    expect(fastDiscountedPayback([row], 0.035, false, false)).toBe("notPaidBack");
    expect(fastDiscountedPayback([row], 0.035, false, true)).toBeUndefined();
    expect(fastDiscountedPayback([[...row.slice(0, 50000), "x"]], 0.035, false, false)).toBeUndefined();
    const bounded = discountedPayback(row.map((x) => new Dec(x)), new Dec(0.035));
    expect(bounded.ok ? "paid back" : bounded.failure.message.en).toBe(messages.notPaidBack().en);
  });

  it("decides where the cumulative flow is exactly 0, and where it misses 0 by a hair (the exact scan decides those)", () => {
    for (const [xs, r] of [
      [[100, -103.5], 0.035],
      [[-1, 1.035, -0.0000001], 0.035],
      [[1e6, -1e6 * 1.035 + 1e-9], 0.035],
      [[100, -50, -50], 0],
    ] as const) {
      const flows = xs.map((x) => new Dec(x));
      for (const fractional of [false, true]) {
        expect(outcome(discountedPayback(flows, new Dec(r), { fractional }))).toBe(outcome(discountedPaybackExact(flows, new Dec(r), { fractional })));
      }
    }
  });
});

describe("invariants of PAYBACK", () => {
  const flows = fc.array(fc.integer({ min: -5000, max: 5000 }), { minLength: 1, maxLength: 25 });
  const outcome = (r: Result<Dec>): string => (r.ok ? r.value.toString() : r.failure.message.en);

  it("leading zero years change nothing, with or without interpolation and extension", () => {
    fc.assert(
      fc.property(flows, fc.integer({ min: 1, max: 10 }), fc.boolean(), fc.boolean(), (f, zeros, fractional, extendLast) => {
        const plain = f.map((x) => new Dec(x));
        const padded = [...Array.from({ length: zeros }, () => new Dec(0)), ...plain];
        return outcome(payback(plain, { fractional, extendLast })) === outcome(payback(padded, { fractional, extendLast }));
      }),
      RUNS,
    );
  });

  it("the same through Excel's boundary, with blanks as the leading years", () => {
    fc.assert(
      fc.property(flows, fc.integer({ min: 1, max: 10 }), (f, zeros) => {
        const run = (row: unknown[]): string => {
          try {
            return String(paybackPeriod([row], true));
          } catch (error) {
            return (error as Error).message;
          }
        };
        return run(f) === run([...Array.from({ length: zeros }, () => null), ...f]);
      }),
      RUNS,
    );
  });

  it("the interpolated answer lies inside the payback year, which lies inside the flows", () => {
    fc.assert(
      fc.property(flows, (f) => {
        const whole = payback(f.map((x) => new Dec(x)));
        const fractional = payback(f.map((x) => new Dec(x)), { fractional: true });
        if (!whole.ok || !fractional.ok) return whole.ok === fractional.ok;
        const yearsCounted = f.length - f.findIndex((x) => x !== 0);
        return (
          fractional.value.gte(whole.value.minus(1)) && fractional.value.lte(whole.value) && whole.value.lte(yearsCounted)
        );
      }),
      RUNS,
    );
  });

  it("discounting at rate 0 is no discounting", () => {
    fc.assert(
      fc.property(flows, fc.boolean(), fc.boolean(), (f, fractional, extendLast) => {
        const d = f.map((x) => new Dec(x));
        return outcome(payback(d, { fractional, extendLast })) === outcome(discountedPayback(d, new Dec(0), { fractional, extendLast }));
      }),
      RUNS,
    );
  });

  it("a positive rate never pays back sooner", () => {
    fc.assert(
      fc.property(flows, fc.integer({ min: 1, max: 200 }), (f, permille) => {
        const d = f.map((x) => new Dec(x));
        const plain = payback(d);
        const discounted = discountedPayback(d, new Dec(permille).div(1000));
        if (!discounted.ok) return true;
        return plain.ok && plain.value.lte(discounted.value);
      }),
      RUNS,
    );
  });
});

describe("invariants of PRICELEVEL", () => {
  const index = fc.integer({ min: 1, max: 100000 }).map((i) => i / 100);
  // Any double but the subnormal ones below 1e-300, which a double cannot carry through a conversion.
  const amounts = fc.double({ min: -1e12, max: 1e12, noNaN: true }).filter((x) => x === 0 || Math.abs(x) > 1e-300);

  it("round-trips: converting there and back gives the amount again, to 35 digits", () => {
    fc.assert(
      fc.property(amounts, index, index, (amount, a, b) => {
        const table = value(priceIndex([[2022, a], [2023, b]]));
        const there = value(convertPriceLevel(new Dec(amount), 2022, 2023, table));
        const back = value(convertPriceLevel(there, 2023, 2022, table));
        return amount === 0 ? back.isZero() : back.minus(amount).div(amount).abs().lt("1e-35");
      }),
      RUNS,
    );
  });

  it("and through Excel's boundary, where each way is a double, to 1e-15 relative", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), index, index, (amount, a, b) => {
        const table = [["År", "Indeks"], [2022, a], [2023, b]];
        const back = priceLevel(priceLevel(amount, 2022, 2023, table), 2023, 2022, table);
        return amount === 0 ? back === 0 : Math.abs((back - amount) / amount) < 1e-15;
      }),
      RUNS,
    );
  });
});

describe("invariants of SEGREGATION.LIABLE", () => {
  const day = fc.integer({ min: 43000, max: 47000 }); // 2017 – 2028

  it("is between 0 and 1, and splitting a placement in two adds up", () => {
    fc.assert(
      fc.property(day, day, day, fc.integer({ min: 2017, max: 2027 }), (a, b, c, year) => {
        const [s, m, e] = [a, b, c].sort((x, y) => x - y);
        fc.pre(m < e);
        const whole = value(liableFraction({ start: s, end: e }, year));
        const first = value(liableFraction({ start: s, end: m }, year));
        const second = value(liableFraction({ start: m + 1, end: e }, year));
        return whole.gte(0) && whole.lte(1) && first.plus(second).minus(whole).abs().lt("1e-35");
      }),
      RUNS,
    );
  });
});
