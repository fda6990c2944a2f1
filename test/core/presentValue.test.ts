import fc from "fast-check";
import { Dec } from "../../src/core/decimal";
import { discountFactor, type Discounting, exactPresentValue, presentValue, rateOfYear } from "../../src/core/presentValue";
import { unwrap } from "../../src/core/result";
import { runs } from "../support/mutation";

const flows = (xs: readonly number[]) => xs.map((x) => new Dec(x));
const ministry: Discounting = { kind: "ministry", after70: null };
const at = (rate: string): Discounting => ({ kind: "constant", rate: new Dec(rate) });
const pv = (xs: readonly number[], d: Discounting) => unwrap(presentValue(flows(xs), d)).toString();

describe("present value as the state computes it (DOMAIN.md §8)", () => {
  it("seed 000's flows at 3,5 %: −480,124489 (1.000 kr.), to 40 digits", () => {
    expect(pv([625, 1080, 500, -1000, -1000, -1000], at("0.035"))).toBe("-480.124489172351445162647689964238726786");
    // Within 35 years the ministry's rates are 3,5 %.
    expect(pv([625, 1080, 500, -1000, -1000, -1000], ministry)).toBe("-480.124489172351445162647689964238726786");
  });

  it("2.000 in year 0 and −100 in each of years 1–40 at the ministry's rates: −139,430215", () => {
    expect(pv([2000, ...Array<number>(40).fill(-100)], ministry)).toBe("-139.430214739952587346407079445219200325");
  });

  it("D(36) = 1,035⁻³⁵ · 1,025⁻¹ = 0,2926603528; D(35) = 1,035⁻³⁵; D(70) = 1,035⁻³⁵ · 1,025⁻³⁵", () => {
    const W = Dec.clone({ precision: 80 });
    const d = (t: number) => unwrap(discountFactor(t, ministry));
    expect(d(36).toFixed(10)).toBe("0.2926603528");
    expect(d(36).toString()).toBe(new Dec(new W(1).div(new W("1.035").pow(35).times("1.025"))).toSignificantDigits(40).toString());
    expect(d(35).toString()).toBe(new Dec(new W(1).div(new W("1.035").pow(35))).toSignificantDigits(40).toString());
    expect(d(70).toString()).toBe(new Dec(new W(1).div(new W("1.035").pow(35).times(new W("1.025").pow(35)))).toSignificantDigits(40).toString());
    expect(unwrap(discountFactor(0, ministry)).toString()).toBe("1");
  });

  it("the ministry's rate by year: 3,5 % to year 35, 2,5 % from 36 to 70, after that only the one given", () => {
    expect([1, 35, 36, 70].map((k) => rateOfYear(k, ministry)?.toString())).toEqual(["0.035", "0.035", "0.025", "0.025"]);
    expect(rateOfYear(71, ministry)).toBeNull();
    expect(rateOfYear(71, { kind: "ministry", after70: new Dec("0.015") })?.toString()).toBe("0.015");
    expect(rateOfYear(500, at("0.04"))?.toString()).toBe("0.04");
  });

  it("flows to year 70 need no rate after 70; to year 71 they do, and the message names it", () => {
    expect(presentValue(flows(Array<number>(71).fill(1)), ministry).ok).toBe(true);
    const refused = presentValue(flows(Array<number>(72).fill(1)), ministry);
    expect(refused.ok ? "" : refused.failure.message.en).toBe("rateAfter70: the flows run to year 71; the Finance Ministry's rate after year 70 is not set by its note of 7 January 2021 — give it (e.g. 0.015)");
    const given = unwrap(presentValue(flows([...Array<number>(71).fill(0), 1]), { kind: "ministry", after70: new Dec("0.015") }));
    expect(given.toString()).toBe(unwrap(discountFactor(70, ministry)).div("1.015").toString());
  });

  it("refuses a rate of −1 or below, and a rate after 70 of −1 or below, naming each", () => {
    const message = (d: Discounting) => {
      const r = presentValue(flows([1, 2]), d);
      return r.ok ? "" : r.failure.message.en;
    };
    expect(message(at("-1"))).toMatch(/^rate: expected a rate > -1/);
    expect(message(at("-1.5"))).toMatch(/^rate: /);
    expect(message({ kind: "ministry", after70: new Dec(-1) })).toMatch(/^rateAfter70: expected a rate > -1/);
    // A rate between −1 and 0 is a rate: D grows.
    expect(pv([0, 1], at("-0.5"))).toBe("2");
  });

  it("no flows, or one: the first year is undiscounted; −0 is 0", () => {
    expect(pv([], ministry)).toBe("0");
    expect(pv([-1000], at("0.9"))).toBe("-1000");
    expect(Object.is(unwrap(presentValue([new Dec(-0)], ministry)).toNumber(), 0)).toBe(true);
  });

  it("at 0 % the present value is the sum; at any rate it is Σ flowₜ / (1 + r)^t rounded once to 40 digits (a reference in 120 digits)", () => {
    const W = Dec.clone({ precision: 120 });
    const amount = fc.oneof(fc.integer({ min: -100000, max: 100000 }), fc.integer({ min: -10000000, max: 10000000 }).map((x) => x / 100));
    const rate = fc.oneof(fc.constantFrom("0", "0.035", "0.025", "0.04", "-0.5", "2"), fc.integer({ min: -999, max: 3000 }).map((x) => String(x / 1000)));
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 80 }), rate, (xs, r) => {
        const reference = xs.reduce((sum, x, t) => sum.plus(new W(x).div(new W(1).plus(r).pow(t))), new W(0));
        const got = unwrap(presentValue(flows(xs), at(r)));
        // The reference's 120 digits round to the same 40 unless the value sits on a rounding boundary.
        expect(got.minus(new Dec(reference).toSignificantDigits(40)).abs().lte(got.abs().times("1e-39"))).toBe(true);
        if (r === "0") expect(got.toString()).toBe(xs.reduce((s, x) => s.plus(x), new Dec(0)).toString());
        // The linear-time bounds give the exact sum's 40 digits, to the last.
        expect(got.toString()).toBe(exactPresentValue(flows(xs), [new Dec(0), ...xs.slice(1).map(() => new Dec(r))]).toString());
      }),
      runs(300),
    );
  });

  it("where the bounds cannot tell (a sum within 60 digits of 0), the exact sum decides", () => {
    // −1 + (3 + 3·10^-67) / 3 = 10^-67: the 60-digit bounds straddle it.
    const tiny = [new Dec(-1), new Dec(`3.${"0".repeat(66)}3`)];
    expect(unwrap(presentValue(tiny, at("2"))).toFixed()).toBe(`0.${"0".repeat(66)}1`);
    expect(pv([1, -1.035], at("0.035"))).toBe("0");
  });

  it("ends in time for every year Excel can hold in a row (16.384 years at a constant rate)", () => {
    const value = unwrap(presentValue(flows(Array<number>(16384).fill(-1)), at("0.035")));
    // Σ_{t<n} 1,035^-t = (1 − 1,035^-n) / (1 − 1/1,035), and 1,035^-16384 is below 10^-244.
    expect(value.toFixed(20)).toBe(new Dec(-1).div(new Dec(1).minus(new Dec(1).div("1.035"))).toFixed(20));
  });
});
