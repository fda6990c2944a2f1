/**
 * What a module settles when it is loaded — the add-in's decimals, the wider decimals ALLOCATE and the
 * school's part use, the calibration's words — held by tests that load the module themselves
 * (`jest.isolateModulesAsync`). A test that imports at the top of its file runs those lines before
 * any test does, so mutation testing cannot tell them from the file's other imports (DEVELOPING,
 * "Mutation testing": the module-level survivors); here each runs inside the test that judges it.
 */
import { fresh } from "../support/mutation";

type DecimalModule = typeof import("../../src/core/decimal");


describe("what each module settles as it loads", () => {
  it("a zip's bounds: 128 MB inflated at most, a bomb's ratio from 1 MB a part", async () => {
    const [{ centralDirectory }, { part, zip }] = await fresh(() => Promise.all([import("../../src/core/zip"), import("../support/hostile")]));
    const declaring = (size: number, stored: number) => centralDirectory(zip([{ ...part("x.xml", "x"), size, data: Buffer.alloc(stored) }]));
    expect(Array.isArray(declaring(128 * 1024 * 1024, 1024 * 1024))).toBe(true);
    expect(declaring(128 * 1024 * 1024 + 1, 1024 * 1024)).toEqual({ kind: "tooLarge", size: 128 * 1024 * 1024 + 1 });
    expect(Array.isArray(declaring(1024 * 1024, 10))).toBe(true);
    expect(declaring(1024 * 1024 + 1, 10)).toMatchObject({ kind: "bomb" });
  });

  it("the add-in's decimals: 40 digits, half away from zero, no exponent in a text", async () => {
    const { Dec }: DecimalModule = await fresh(() => import("../../src/core/decimal"));
    expect(new Dec(1).div(3).toString()).toBe(`0.${"3".repeat(40)}`);
    expect(new Dec("0.125").toDecimalPlaces(2).toString()).toBe("0.13");
    expect(new Dec("-0.125").toDecimalPlaces(2).toString()).toBe("-0.13");
    expect(new Dec("1e-39").toString()).toBe(`0.${"0".repeat(38)}1`);
    expect(new Dec("1e39").toString()).toBe(`1${"0".repeat(39)}`);
  });

  it("ALLOCATE's 400 digits: 1,2345678901234567e300 kr. by 1, 2 and 3 in whole kroner, the parts adding up", async () => {
    const [{ allocate }, { Dec }] = await fresh(() => Promise.all([import("../../src/core/allocate"), import("../../src/core/decimal")]));
    const r = allocate(new Dec("1.2345678901234567e300"), [[new Dec(1)], [new Dec(2)], [new Dec(3)]]);
    if (!r.ok) throw new Error(r.failure.message.en);
    const parts = r.value.map((row) => BigInt(row[0].toFixed()));
    // In integers (BigInt): 1/6, 2/6 and 3/6 of the 301-digit total, the krone left over to the largest remainder.
    const n = BigInt;
    const total = n("12345678901234567") * n(10) ** n(284);
    const ks = [n(1), n(2), n(3)];
    const whole = ks.map((k) => (total * k) / n(6));
    const remainders = ks.map((k) => (total * k) % n(6));
    const largest = remainders.indexOf(remainders.reduce((a, b) => (b > a ? b : a)));
    expect(total - whole.reduce((a, b) => a + b, n(0))).toBe(n(1));
    expect(parts).toEqual(whole.map((w, i) => (i === largest ? w + n(1) : w)));
  });

  it("the school's part in 1.000 digits: a share of 1,2…e-25 leaves the administration's part exact", async () => {
    const [{ centralPayment, incentiveModel, schoolPayment }, { Dec }] = await fresh(() => Promise.all([import("../../src/core/segregation"), import("../../src/core/decimal")]));
    const model = incentiveModel(0, 1e15, 1.234567890123e-25);
    if (!model.ok) throw new Error(model.failure.message.en);
    const school = schoolPayment(300000.123456789, model.value);
    const central = centralPayment(300000.123456789, model.value);
    if (!school.ok || !central.ok) throw new Error("no parts");
    const Wide = Dec.clone({ precision: 200 });
    expect(new Wide(school.value).plus(central.value).eq("300000.123456789")).toBe(true);
  });

  it("the words SEGREGATION.CALIBRATE and the pane use for what is solved", async () => {
    const { SOLVED_WORDS } = await fresh(() => import("../../src/core/budget"));
    expect(SOLVED_WORDS).toEqual({ cap: { da: "loft", en: "cap" }, threshold: { da: "tærskel", en: "threshold" }, share: { da: "andel", en: "share" } });
  });

  it("PAYBACK.DISCOUNTED's digits: the exact scan's and the bounded scan's (60, rounded outwards) decide a sum 10^-70 from 0", async () => {
    const [{ discountedPayback, discountedPaybackExact }, { Dec }] = await fresh(() => Promise.all([import("../../src/core/payback"), import("../../src/core/decimal")]));
    const W = Dec.clone({ precision: 200 });
    const f20 = new W("1.035").pow(20);
    // A cost of 1, then twenty years on a saving of 1,035^20 ∓ 10^-70: short of paying back by 10^-70, or past it.
    const flows = (delta: string) => [new Dec(1), ...Array.from({ length: 19 }, () => new Dec(0)), new Dec(f20.plus(delta).neg())];
    const said = (r: { ok: boolean; value?: { toString(): string } }) => (r.ok ? String(r.value) : "not paid back");
    for (const scan of [discountedPayback, discountedPaybackExact]) {
      expect(said(scan(flows("-1e-70"), new Dec("0.035")))).toBe("not paid back");
      expect(said(scan(flows("1e-70"), new Dec("0.035")))).toBe("21");
    }
    // A cost whose product with 1,035 has 42 digits, rounded half up to 40 it is 3·10^-40 too large:
    // the saving 10^-45 beyond it pays back in year 2, which only a lower bound rounded down can see.
    const cost = new W("1.23456789012345678901234567890123456702");
    const saving = cost.times("1.035").plus("1e-45").neg();
    expect(said(discountedPayback([new Dec(cost.toString()), new Dec(saving.toString())], new Dec("0.035")))).toBe("2");
  });

  it("the fast paths' units: a double's 2^-53, the least 2^-1000 they take, the double-double's 2^-106", async () => {
    const { fastDiscountedPayback } = await fresh(() => import("../../src/core/paybackFast"));
    // Decided in doubles (a bound of a few units of 2^-53 is far below 1.000's sums), at a rate and a flow of 2^-1000.
    expect(fastDiscountedPayback([[1000, -600, -600]], 0.035, false, false)).toBe(3);
    expect(fastDiscountedPayback([[1000, 2 ** -1000, -2000]], 2 ** -1000, false, false)).toBe(3);
    // The fraction in double-doubles: decided, to the exact path's last digit.
    const fraction = fastDiscountedPayback([[1000, -600, -600]], 0.035, true, false);
    expect(typeof fraction).toBe("number");
    expect(fraction).toBe(2.750375); // 2 + 435 × 1,035 / 600
  });
});
