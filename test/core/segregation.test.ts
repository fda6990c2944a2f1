import { Dec } from "../../src/core/decimal";
import { messages } from "../../src/core/messages";
import { checkProfile } from "../../src/core/profiles";
import { unwrap } from "../../src/core/result";
import {
  centralPayment,
  HEDENSTED_2022_23,
  incentiveModel,
  PROPOSAL_MAX_180000,
  schoolPayment,
} from "../../src/core/segregation";

const hedensted = unwrap(incentiveModel(HEDENSTED_2022_23.threshold, HEDENSTED_2022_23.cap, HEDENSTED_2022_23.schoolShare));
const proposal = unwrap(incentiveModel(PROPOSAL_MAX_180000.threshold, PROPOSAL_MAX_180000.cap, PROPOSAL_MAX_180000.schoolShare));
/** The test's own arithmetic, wide enough to add the two parts without rounding. */
const Wide = Dec.clone({ precision: 1000 });

describe("the incentive model's payment rule (DOMAIN.md §2, seed 003 Takstkatalog 2022/23)", () => {
  it.each([
    // cost, school, administration
    [200000, "200000", "0"], // below the threshold: the school pays all
    [264995, "264995", "0"], // exactly the threshold
    [280000, "272497.5", "7502.5"], // shared above the threshold
    [309158, "287076.5", "22081.5"], // just below the point where the cap binds
    [309159, "287077", "22082"], // the cap binds from 309.159
    [400000, "287077", "112923"], // capped
    [0, "0", "0"],
    [0.01, "0.01", "0"],
  ])("Hedensted 2022/23: cost %p → school %s, administration %s", (cost, school, administration) => {
    expect(unwrap(schoolPayment(cost, hedensted)).toString()).toBe(school);
    expect(unwrap(centralPayment(cost, hedensted)).toString()).toBe(administration);
  });

  it.each([
    [150000, "150000", "0"],
    [180000, "180000", "0"],
    [250000, "180000", "70000"],
    [400000, "180000", "220000"],
  ])("proposal 'maks. 180.000 kr.': cost %p → school %s, administration %s", (cost, school, administration) => {
    expect(unwrap(schoolPayment(cost, proposal)).toString()).toBe(school);
    expect(unwrap(centralPayment(cost, proposal)).toString()).toBe(administration);
  });

  it("is exact where binary floating point is not (0.1 + 0.2 kr. above a threshold of 0)", () => {
    const model = unwrap(incentiveModel(0, 1, 0.3));
    expect(unwrap(schoolPayment(0.7, model)).toString()).toBe("0.21");
    expect(unwrap(centralPayment(0.7, model)).toString()).toBe("0.49");
  });

  describe("invalid models and costs", () => {
    it.each([
      ["a negative threshold", -1, 287077, 0.5, "threshold"],
      ["a cap below the threshold", 264995, 264994, 0.5, "cap"],
      ["a share below 0", 264995, 287077, -0.1, "schoolShare"],
      ["a share above 1", 264995, 287077, 1.5, "schoolShare"],
    ])("refuses %s", (_what, threshold, cap, share, argument) => {
      const model = incentiveModel(threshold, cap, share);
      expect(model.ok).toBe(false);
      if (!model.ok) {
        expect(model.failure.kind).toBe("invalid");
        expect(model.failure.message.en.startsWith(`${argument}:`)).toBe(true);
        expect(model.failure.message.da.startsWith(`${argument}:`)).toBe(true);
      }
    });

    it("refuses a negative cost", () => {
      const payment = schoolPayment(-1, hedensted);
      expect(payment.ok).toBe(false);
      if (!payment.ok) expect(payment.failure.message.en).toMatch(/^cost: expected a number ≥ 0/);
    });

    it("accepts the edge models: cap = threshold, share 0 and share 1", () => {
      expect(unwrap(schoolPayment(300000, unwrap(incentiveModel(100, 100, 0.5)))).toString()).toBe("100");
      expect(unwrap(schoolPayment(300000, unwrap(incentiveModel(100, 1e9, 0)))).toString()).toBe("100");
      expect(unwrap(schoolPayment(300000, unwrap(incentiveModel(100, 1e9, 1)))).toString()).toBe("300000");
    });
  });
});

describe("checking a profile a user typed", () => {
  const base = { name: "Eget", threshold: 100, cap: 200, schoolShare: 0.5, safetyNet: [1, 2, 3] as const };
  it.each([
    ["a blank name", { ...base, name: "  " }, /^name:/],
    ["a cap below the threshold", { ...base, cap: 50 }, /^cap:/],
    ["a share of 150 %", { ...base, schoolShare: 1.5 }, /^schoolShare:/],
    ["a negative safety net", { ...base, safetyNet: [1, -2, 3] as const }, /^safetyNet:/],
    ["a missing number", { ...base, threshold: Number.NaN }, /^threshold:/],
    // Looked up by name with MATCH, a name must not hold its wildcards.
    ["a name with a wildcard", { ...base, name: "B*" }, /^The model's name "B\*" must not contain \*, \? or ~/],
    ["a name with a question mark", { ...base, name: "Model?" }, /must not contain/],
    ["a name with a tilde", { ...base, name: "~x" }, /must not contain/],
  ])("refuses %s", (_what, profile, message) => {
    const r = checkProfile(profile);
    expect(r.ok ? "ok" : r.failure.message.en).toMatch(message);
  });

  it("names the parameter that is no number, each in turn, and takes a safety net of 0", () => {
    const said = (profile: typeof base | Record<string, unknown>) => {
      const r = checkProfile(profile as typeof base);
      return r.ok ? "ok" : r.failure.message.en.split(":")[0];
    };
    expect([said({ ...base, cap: Infinity }), said({ ...base, schoolShare: Number.NaN }), said({ ...base, safetyNet: [1, 2, Infinity] })]).toEqual(["cap", "schoolShare", "safetyNet"]);
    expect(said({ ...base, safetyNet: [0, 0, 0] })).toBe("ok");
    expect(said({ ...base, safetyNet: [0, 0, -0.01] })).toBe("safetyNet");
  });

  it("names the safety net whichever of its three parts is wrong, and a wildcard name as the user meant it, trimmed", () => {
    const said = (safetyNet: readonly [number, number, number]) => {
      const r = checkProfile({ ...base, safetyNet });
      return r.ok ? "ok" : r.failure.message.en;
    };
    expect([said([NaN, 2, 3]), said([1, NaN, 3]), said([1, 2, NaN])]).toEqual([1, 2, 3].map(() => messages.notNumber("safetyNet", NaN).en));
    expect([said([-1, 2, 3]), said([1, -2, 3]), said([1, 2, -3])]).toEqual([-1, -2, -3].map((v) => messages.atLeast("safetyNet", 0, v).en));
    const r = checkProfile({ ...base, name: "  B* " });
    expect(r.ok ? null : r.failure.message).toEqual(messages.profileNameWildcard("B*"));
  });

  it("accepts a sound profile and trims its name", () => {
    expect(checkProfile({ ...base, name: " Eget " })).toEqual({ ok: true, value: base });
    expect(checkProfile({ ...base, name: "Øvelse 2024" }).ok).toBe(true);
    // Written as text whatever it looks like (issue #28): a formula, a number, a date are names too.
    for (const name of ['=HYPERLINK("http://evil";"Klik")', "0042", "1/2", "-5", "+x", "TRUE", "'quoted"]) expect(checkProfile({ ...base, name }).ok).toBe(true);
  });
});

describe("exact to the last digit (issue #30: mutation testing)", () => {
  it("the school's and the administration's parts add up to the cost exactly, however many digits the share gives them", () => {
    // A share of 1,2…e-25: the school's part is tiny and reaches 10^-45, the administration's keeps the cost's kroner too (over 50 digits).
    for (const share of [0.1234567890123, 1.234567890123e-25]) {
      const model = unwrap(incentiveModel(0, 1e15, share));
      for (const cost of [300000.123456789, 987654.321, 1e-9]) {
        const school = unwrap(schoolPayment(cost, model));
        const central = unwrap(centralPayment(cost, model));
        expect(new Wide(school).plus(central).eq(cost)).toBe(true);
        expect(central.toString().replace(/\D/g, "").length).toBeGreaterThan(20);
      }
    }
  });

  it("the add-in's decimals: 40 digits, half an øre away from zero, never written with an exponent", () => {
    expect(new Dec(1).div(3).toString()).toBe(`0.${"3".repeat(40)}`);
    expect(new Dec("0.125").toDecimalPlaces(2).toString()).toBe("0.13");
    expect(new Dec("-0.125").toDecimalPlaces(2).toString()).toBe("-0.13");
    expect([new Dec("1e-30").toString(), new Dec("1e30").toString()]).toEqual([`0.${"0".repeat(29)}1`, `1${"0".repeat(30)}`]);
  });

  it("a result that is not ok, unwrapped, throws an UnexpectedFailure with the failure's message", () => {
    expect(() => unwrap(incentiveModel(-1, 0, 0))).toThrow(expect.objectContaining({ name: "UnexpectedFailure" }));
  });
});
