import fc from "fast-check";
import { allocate } from "../../src/core/allocate";
import { Dec } from "../../src/core/decimal";
import { numberGrid } from "../../src/core/grid";
import { messages } from "../../src/core/messages";
import { discountedPayback, flowsByYear, payback } from "../../src/core/payback";
import { fastPayback } from "../../src/core/paybackFast";
import { liableFraction } from "../../src/core/placement";
import { convertPriceLevel, priceIndex } from "../../src/core/pricelevel";
import { type Result, unwrap } from "../../src/core/result";
import { centralPayment, incentiveModel, type IncentiveModel, schoolPayment } from "../../src/core/segregation";
import { paybackPeriod, priceLevel, segregationCentral, segregationPayment } from "../../src/functions/defs";

const RUNS = { numRuns: 1000 };

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
      { numRuns: 5000 },
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
