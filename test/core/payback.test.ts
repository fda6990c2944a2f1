import { Dec } from "../../src/core/decimal";
import { discountedPayback, flowsByYear, payback, type PaybackOptions } from "../../src/core/payback";
import type { Result } from "../../src/core/result";
import { ISU01, TABEL_1 } from "../../tools/seeds";

const decs = (values: readonly (number | null)[]): Dec[] => values.map((v) => new Dec(v ?? 0));
const years = (r: Result<Dec>): string => {
  if (!r.ok) throw new Error(`expected an answer, got ${r.failure.kind}: ${r.failure.message.en}`);
  return r.value.toString();
};
const failure = (r: Result<Dec>): string => (r.ok ? `answer ${r.value.toString()}` : `${r.failure.kind}: ${r.failure.message.en}`);

/** Payback by brute force in binary floating point, extending the last flow year by year: the reference. */
function reference(flows: number[], rate: number, options: PaybackOptions = {}): number | null {
  const first = flows.findIndex((f) => f !== 0);
  if (first < 0) return null;
  const rest = flows.slice(first);
  let cumulative = 0;
  for (let j = 0; j < 100000; j += 1) {
    if (j >= rest.length && !options.extendLast) return null;
    const flow = (j < rest.length ? rest[j] : rest[rest.length - 1]) / (1 + rate) ** j;
    const before = cumulative;
    cumulative += flow;
    if (cumulative <= 0) return options.fractional ? j + before / -flow : j + 1;
  }
  return null;
}

describe("PAYBACK's rule (DOMAIN.md §3)", () => {
  describe("seed 000, Tabel 1", () => {
    it("total economic impact pays back in year 6", () => {
      expect(years(payback(decs(TABEL_1.total)))).toBe(String(TABEL_1.payback));
    });

    it("and in 5,205 years interpolated (5 + 205/1.000)", () => {
      expect(years(payback(decs(TABEL_1.total), { fractional: true }))).toBe(String(TABEL_1.paybackFractional));
    });

    it("the Service rows as a block (items in rows, years in columns) give the same 6", () => {
      const block = [decs(TABEL_1.fewerPupils), decs(TABEL_1.coordinator)];
      expect(flowsByYear(block).map(String)).toEqual(TABEL_1.total.map(String));
      expect(years(payback(flowsByYear(block)))).toBe("6");
    });

    it("a column of years is read as one item", () => {
      const column = TABEL_1.total.map((v) => [new Dec(v)]);
      expect(years(payback(flowsByYear(column)))).toBe("6");
    });

    it("the table cut after 2026 is not paid back, unless the permanent change continues", () => {
      const cut = decs(TABEL_1.total.slice(0, 5));
      expect(failure(payback(cut))).toBe("noAnswer: not paid back within the period");
      expect(years(payback(cut, { extendLast: true }))).toBe("6");
      expect(years(payback(cut, { extendLast: true, fractional: true }))).toBe("5.205");
    });
  });

  it("seed 002, ISU01 net change 300 / −300 / −600 / −600 pays back in year 2", () => {
    expect(years(payback(decs(ISU01.net)))).toBe("2");
    expect(years(payback(decs(ISU01.net), { fractional: true }))).toBe("2");
  });

  it("counts years from the first non-zero year", () => {
    expect(years(payback(decs([0, 0, ...TABEL_1.total])))).toBe("6");
    expect(years(payback(decs([null, null, ...TABEL_1.total]), { fractional: true }))).toBe("5.205");
  });

  it("a saving without an investment is paid back in its first year (0 years interpolated)", () => {
    expect(years(payback(decs(TABEL_1.fewerPupils)))).toBe("1");
    expect(years(payback(decs(TABEL_1.fewerPupils), { fractional: true }))).toBe("0");
  });

  it("a cumulative flow of exactly 0 pays back at the end of that year", () => {
    expect(years(payback(decs([100, -50, -50, 10])))).toBe("3");
    expect(years(payback(decs([100, -50, -50, 10]), { fractional: true }))).toBe("3");
  });

  it("is exact in decimal: 0.1 + 0.2 − 0.3 is 0, paid back in year 3", () => {
    expect(years(payback(decs([0.1, 0.2, -0.3])))).toBe("3");
  });

  it("a flow that turns positive again after payback keeps the first payback year", () => {
    expect(years(payback(decs([100, -150, 500])))).toBe("2");
  });

  describe("no answer", () => {
    it("all zero or empty: nothing to pay back", () => {
      expect(failure(payback(decs([0, null, 0])))).toBe("noAnswer: flows: every year is zero or blank; there is nothing to pay back");
      expect(payback([]).ok).toBe(false);
    });

    it("never turning negative: not paid back", () => {
      expect(failure(payback(decs([625, 1500, 1500])))).toBe("noAnswer: not paid back within the period");
    });

    it("extending a last year that saves nothing cannot pay back", () => {
      expect(failure(payback(decs([100, -10, 0]), { extendLast: true }))).toBe("noAnswer: not paid back within the period");
      expect(failure(payback(decs([100, -10, 5]), { extendLast: true }))).toBe("noAnswer: not paid back within the period");
    });
  });

  it.each([
    [[100, -10], 11, 11],
    [[1000, -300], 5, 4 + 100 / 300],
    [[625, 1080, 500, -1000], 6, 5.205],
  ])("extends the last year: %p → %p (%p interpolated)", (flows, whole, fractional) => {
    expect(years(payback(decs(flows), { extendLast: true }))).toBe(String(whole));
    expect(Number(years(payback(decs(flows), { extendLast: true, fractional: true })))).toBeCloseTo(fractional, 12);
  });
});

describe("PAYBACK.DISCOUNTED's rule", () => {
  it("at rate 0 is PAYBACK", () => {
    expect(years(discountedPayback(decs(TABEL_1.total), new Dec(0)))).toBe("6");
    expect(years(discountedPayback(decs(TABEL_1.total), new Dec(0), { fractional: true }))).toBe("5.205");
  });

  it("seed 000 at the Finance Ministry's 3,5 %: still year 6, later inside it", () => {
    const rate = new Dec("0.035");
    expect(years(discountedPayback(decs(TABEL_1.total), rate))).toBe("6");
    const fractional = Number(years(discountedPayback(decs(TABEL_1.total), rate, { fractional: true })));
    expect(fractional).toBeCloseTo(reference([...TABEL_1.total], 0.035, { fractional: true }) as number, 10);
    expect(fractional).toBeGreaterThan(5.205);
  });

  it("discounts from the first non-zero year, which is year 0", () => {
    const rate = new Dec("0.035");
    const plain = years(discountedPayback(decs(TABEL_1.total), rate, { fractional: true }));
    expect(years(discountedPayback(decs([0, 0, ...TABEL_1.total]), rate, { fractional: true }))).toBe(plain);
  });

  it("is exact where the discount factors divide evenly: 100, −103,5 at 3,5 % pays back in year 2", () => {
    expect(years(discountedPayback(decs([100, -103.5]), new Dec("0.035")))).toBe("2");
    expect(years(discountedPayback(decs([100, -103.5]), new Dec("0.035"), { fractional: true }))).toBe("2");
  });

  it.each([
    [[1000, -100], 0.05],
    [[1000, -100], 0.01],
    [[1000, -100], -0.02],
    [[625, 1080, 500, -1000, -1000], 0.035],
    [[500, 500, -30], 0.035], // the tail converges to 828 < 1.000: never
    [[500, 500, -40], 0.035], // converges to 1.104 > 1.000: slowly
    [[1, -2], 1], // exactly 0 in the first extra year: 1 − 2/2 = 0
    [[3, -2], 0.5],
    [[5, -2], 0.5], // converges to exactly 4 < 5: never
  ])("extends the last year in closed form as brute force does: %p at %p", (flows, rate) => {
    const whole = reference(flows, rate, { extendLast: true });
    const fractional = reference(flows, rate, { extendLast: true, fractional: true });
    if (whole === null) {
      expect(failure(discountedPayback(decs(flows), new Dec(rate), { extendLast: true }))).toBe(
        "noAnswer: not paid back within the period",
      );
      return;
    }
    expect(Number(years(discountedPayback(decs(flows), new Dec(rate), { extendLast: true })))).toBe(whole);
    expect(Number(years(discountedPayback(decs(flows), new Dec(rate), { extendLast: true, fractional: true })))).toBeCloseTo(
      fractional as number,
      9,
    );
  });

  it("is exact where the discounted cumulative flow is exactly 0 but 1/3 is not a finite decimal", () => {
    // 1 − 1/3 − 6/9 = 0 at 200 %: paid back at the end of year 3, exactly 3 interpolated.
    expect(years(discountedPayback(decs([1, -1, -6]), new Dec(2)))).toBe("3");
    expect(years(discountedPayback(decs([1, -1, -6]), new Dec(2), { fractional: true }))).toBe("3");
    expect(discountedPayback(decs([1, -1, -5.999]), new Dec(2)).ok).toBe(false);
  });

  it("savings that converge short of the investment are never paid back", () => {
    // Σ 100 / 1,1^j for j ≥ 1 is 1.000, less than 1.100 however long it runs.
    expect(failure(discountedPayback(decs([1100, -100]), new Dec("0.1"), { extendLast: true }))).toBe(
      "noAnswer: not paid back within the period",
    );
  });

  it("savings that converge to exactly the investment are never paid back either", () => {
    // Σ 100 / 1,1^j for j ≥ 1 is exactly 1.000: reached only in the limit.
    expect(failure(discountedPayback(decs([1000, -100]), new Dec("0.1"), { extendLast: true }))).toBe(
      "noAnswer: not paid back within the period",
    );
  });

  it("refuses a rate of −1 or below", () => {
    expect(failure(discountedPayback(decs([1, -1]), new Dec(-1)))).toMatch(/^invalid: rate: expected a rate > -1/);
    expect(discountedPayback(decs([1, -1]), new Dec(-0.999)).ok).toBe(true);
  });
});

describe("payback with the last year repeated, against the same years written out (issue #30's mutants)", () => {
  const said = (r: Result<Dec>) => (r.ok ? r.value.toString() : r.failure.kind);

  it("an empty range has no years", () => {
    expect(flowsByYear([])).toEqual([]);
  });

  it("paid back exactly on a year's end after the range (S·f^m + L·(f^m − 1)/r = 0), for m = 1 to 40 at 100 % and 50 %: the closed form's year, corrected where its 40 digits land beside it", () => {
    // At f = 2: S = −7L/8 pays back exactly in m = 3; generally S = L·(1 − f^m)/(r·f^m) for any m.
    for (const [rate, f] of [["1", 2], ["0.5", 1.5]] as const) {
      for (let m = 1; m <= 40; m += 1) {
        const L = new Dec(-8);
        const fm = new Dec(f).pow(m);
        const S = L.times(new Dec(1).minus(fm)).div(new Dec(rate).times(fm));
        // One year of range whose scaled cumulative is S, then L repeated.
        const flows = [S, L];
        const repeated = discountedPayback(flows, new Dec(rate), { extendLast: true });
        const written = discountedPayback([...flows, ...Array.from({ length: m + 2 }, () => L)], new Dec(rate));
        expect({ rate, m, got: said(repeated) }).toEqual({ rate, m, got: said(written) });
        const repeatedF = discountedPayback(flows, new Dec(rate), { extendLast: true, fractional: true });
        const writtenF = discountedPayback([...flows, ...Array.from({ length: m + 2 }, () => L)], new Dec(rate), { fractional: true });
        expect({ rate, m, got: said(repeatedF) }).toEqual({ rate, m, got: said(writtenF) });
      }
    }
  });

  it("a payback decided below the 60th digit: −1 then 1,035^20 + 10^-70 twenty years on is never paid back; 1,035^20 − 10^-70 is, in year 21", () => {
    const W = Dec.clone({ precision: 200 });
    const exactF20 = new W("1.035").pow(20);
    expect(exactF20.sd()).toBeGreaterThan(60);
    const flows = (delta: string) => [new Dec(-1), ...Array.from({ length: 19 }, () => new Dec(0)), new Dec(exactF20.plus(delta))];
    // The first flow is a saving: year 0 pays back at once. Start with a cost instead.
    const cost = (delta: string) => flows(delta).map((x) => x.neg());
    expect(said(discountedPayback(cost("-1e-70"), new Dec("0.035")))).toBe("noAnswer");
    expect(said(discountedPayback(cost("1e-70"), new Dec("0.035")))).toBe("21");
  });
});

describe("a repeated saving that reaches the debt after thousands of years (issue #30: found by its mutants)", () => {
  it("is the year the same years written out give: S·r + L tiny, so S + L/r cancels in 40 digits", () => {
    const rate = new Dec("0.035");
    // L = −0,035 − 10^-41 (40 digits): S·r + L = −1,035·10^-41 after the range, a payback in year 2.648
    // (a scan with 200 digits says so too); S + L/r in 40 digits was −10^-41, not −2,96·10^-40, and the
    // answer 2.746. And 10^-30 off, about 1.950 years.
    for (const [L, expected] of [["-0.03500000000000000000000000000000000000001", "2648"], ["-0.035000000000000000000000000000001", null]] as const) {
      const last = new Dec(L);
      expect(last.toString()).toBe(L);
      const repeated = years(discountedPayback([new Dec(1), last], rate, { extendLast: true }));
      const written = years(discountedPayback([new Dec(1), ...Array.from({ length: 3000 }, () => last)], rate));
      expect({ L, repeated }).toEqual({ L, repeated: written });
      if (expected !== null) expect(repeated).toBe(expected);
      const fraction = years(discountedPayback([new Dec(1), last], rate, { extendLast: true, fractional: true }));
      const writtenFraction = years(discountedPayback([new Dec(1), ...Array.from({ length: 3000 }, () => last)], rate, { fractional: true }));
      expect({ L, fraction }).toEqual({ L, fraction: writtenFraction });
    }
  });
});
