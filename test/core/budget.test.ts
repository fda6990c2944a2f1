/**
 * The schools' budget under a model (DOMAIN.md §7): the total of a list, each school's net, and
 * calibration of the cap, the threshold or the share to a target, with §7's worked examples by name
 * and properties over random lists.
 */
import fc from "fast-check";
import { runs } from "../support/mutation";
import { calibrate, calibrateUnder, exactTotal, type ListPupil, listPupils, listTotal, modelAt, pupilsOfResults, schoolBudgets, sensitivity, sensitivityPoints, SOLVED_WORDS, type Solved, stepOf } from "../../src/core/budget";
import { Dec } from "../../src/core/decimal";
import { numberGrid } from "../../src/core/grid";
import { messages } from "../../src/core/messages";
import { DEFAULT_PROFILES } from "../../src/core/profiles";
import { guessColumns, pupilResults } from "../../src/core/pupils";
import { invalid, type Result, unwrap } from "../../src/core/result";
import { PUPILS, pupilRows } from "../../tools/seeds";
import { HEDENSTED_2022_23, type IncentiveModel, incentiveModel } from "../../src/core/segregation";

const HEDENSTED = unwrap(incentiveModel(HEDENSTED_2022_23.threshold, HEDENSTED_2022_23.cap, HEDENSTED_2022_23.schoolShare));
const pupils = (costs: number[], liable?: number[]): ListPupil[] =>
  costs.map((k, i) => ({ cost: new Dec(k), liable: new Dec(liable?.[i] ?? 1) }));
const outcome = (r: Result<unknown>): string => (r.ok ? "ok" : `${r.failure.kind}: ${r.failure.message.en}`);
const COSTS = [150000, 200000, 250000, 400000];

describe("the total of a list under a model (§7)", () => {
  it("762.077: Hedensted 2022/23, costs 150.000, 200.000, 250.000, 400.000 liable 1, 1, ½, 1", () => {
    expect(listTotal(pupils(COSTS, [1, 1, 0.5, 1]), HEDENSTED).toString()).toBe("762077");
  });

  it("rounds a half øre away from zero (issue #30): one pupil at 0,125 kr., liable 1, totals 0,13", () => {
    expect(listTotal(pupils([0.125], [1]), HEDENSTED).toString()).toBe("0.13");
    expect(listTotal(pupils([0.125, 0.375], [1, 1]), HEDENSTED).toString()).toBe("0.51"); // 0,13 + 0,38, never 0,12 + 0,38
  });

  it("rounds each pupil's payment to øre before the sum, as the result sheet does", () => {
    // 280.000 × 184/366: 272.497,50 × 0,50273… = 136.992,81… per pupil, three times.
    const l = 184 / 366;
    const each = new Dec(272497.5).times(l).toDecimalPlaces(2);
    expect(listTotal(pupils([280000, 280000, 280000], [l, l, l]), HEDENSTED).toString()).toBe(each.times(3).toString());
  });

  it("reads a cost range and a liable range of its shape: a blank cost is no pupil, a blank liable cell is 1", () => {
    const costs = unwrap(numberGrid("costs", [[150000], [null], [250000]]));
    const liable = unwrap(numberGrid("liable", [[null], [0.5], [0.5]]));
    expect(unwrap(listPupils(costs, liable)).map((p) => [p.cost.toNumber(), p.liable.toNumber()])).toEqual([
      [150000, 1],
      [250000, 0.5],
    ]);
    expect(outcome(listPupils(costs, unwrap(numberGrid("liable", [[1, 1]]))))).toBe("invalid: liable: the range has 1 × 2 cells; expected the shape of costs (3 × 1)");
    // Either side of the shape alone differing is refused too, in both languages.
    const shape = listPupils(costs, unwrap(numberGrid("liable", [[1], [1]])));
    expect(shape.ok ? "" : shape.failure.message.da).toBe("liable: området har 2 × 1 celler; forventede samme form som udgifter (3 × 1)");
    expect(outcome(listPupils(costs, unwrap(numberGrid("liable", [[1, 1], [1, 1], [1, 1]]))))).toBe("invalid: liable: the range has 3 × 2 cells; expected the shape of costs (3 × 1)");
    expect(outcome(listPupils(costs, unwrap(numberGrid("liable", [[1], [1.5], [1]]))))).toBe(
      "invalid: liable: the cell at row 2, column 1 holds 1.5; expected a number from 0 to 1",
    );
    expect(outcome(listPupils(unwrap(numberGrid("costs", [[-1]])), null))).toBe("invalid: costs: the cell at row 1, column 1 holds -1; expected a number ≥ 0");
  });
});

describe("each school's net (§7)", () => {
  it("1.000.000 by 300 / 200 / 100 → 500.000 / 333.333 / 166.667; payments 400.000 / 350.000 / 100.000 → +100.000 / −16.667 / +66.667, municipality +150.000", () => {
    const budget = unwrap(
      schoolBudgets(new Dec(1000000), [
        { school: "A", key: new Dec(300), payments: new Dec(400000) },
        { school: "B", key: new Dec(200), payments: new Dec(350000) },
        { school: "C", key: new Dec(100), payments: new Dec(100000) },
      ]),
    );
    expect(budget.schools.map((s) => s.allocation.toString())).toEqual(["500000", "333333", "166667"]);
    expect(budget.schools.map((s) => s.net.toString())).toEqual(["100000", "-16667", "66667"]);
    expect(budget.municipality.toString()).toBe("150000");
  });

  it("adds each school's safety-net share", () => {
    const budget = unwrap(schoolBudgets(new Dec(100), [{ school: "A", key: new Dec(1), payments: new Dec(150), safetyNet: new Dec(60) }]));
    expect(budget.schools[0].net.toString()).toBe("10");
  });
});

describe("calibration (§7)", () => {
  const calibrated = (r: Result<{ value: Dec; total: Dec }>) => {
    const { value, total } = unwrap(r);
    return [value.toString(), total.toString()];
  };

  it("the cap for 700.000: between 150.000 and 200.000 the total is 150.000 + 3x → 183.333, total 699.999", () => {
    expect(calibrated(calibrate(pupils(COSTS), new Dec(700000), "cap", HEDENSTED))).toEqual(["183333", "699999"]);
  });

  it("the threshold for 887.077 with C = 287.077 and s = ½ → 250.000; 500.000 at T = 0", () => {
    expect(calibrated(calibrate(pupils(COSTS), new Dec(887077), "threshold", HEDENSTED))).toEqual(["250000", "887077"]);
    expect(calibrated(calibrate(pupils(COSTS), new Dec(500000), "threshold", HEDENSTED))).toEqual(["0", "500000"]);
  });

  it("the share with T = 200.000, C = 287.077: 750.000 at s = 0, 862.077 at ½, 887.077 at 1", () => {
    const fixed = unwrap(incentiveModel(200000, 287077, 0.5));
    expect(calibrated(calibrate(pupils(COSTS), new Dec(750000), "share", fixed))).toEqual(["0", "750000"]);
    expect(calibrated(calibrate(pupils(COSTS), new Dec(862077), "share", fixed))).toEqual(["0.5", "862077"]);
    expect(calibrated(calibrate(pupils(COSTS), new Dec(887077), "share", fixed))).toEqual(["1", "887077"]);
  });

  it("a target out of reach has no answer, and the message gives the range", () => {
    expect(outcome(calibrate(pupils(COSTS), new Dec(1000001), "cap", HEDENSTED))).toBe(
      "noAnswer: the target 1,000,001.00 kr. cannot be reached by changing the cap; the schools' total can be from 0.00 to 1,000,000.00 kr.",
    );
    expect(outcome(calibrate(pupils(COSTS), new Dec(499999), "threshold", HEDENSTED))).toBe(
      "noAnswer: the target 499,999.00 kr. cannot be reached by changing the threshold; the schools' total can be from 500,000.00 to 887,077.00 kr.",
    );
  });
});

/** Random lists: costs in kroner (some with øre), liable fractions as SEGREGATION.LIABLE gives them. */
const list = fc.array(
  fc.record({
    cost: fc.oneof(fc.integer({ min: 0, max: 1_200_000 }), fc.integer({ min: 0, max: 120_000_000 }).map((ore) => ore / 100)),
    liable: fc.oneof(fc.constant(1), fc.integer({ min: 0, max: 366 }).map((d) => d / 366)),
  }),
  { minLength: 1, maxLength: 40 },
);
const model = fc
  .tuple(fc.integer({ min: 0, max: 400000 }), fc.integer({ min: 0, max: 200000 }), fc.integer({ min: 0, max: 100 }))
  .map(([t, extra, s]) => unwrap(incentiveModel(t, t + extra, s / 100)));
const solved = fc.constantFrom<Solved>("cap", "threshold", "share");

/** A random case's pupils, the solved parameter's greatest value, the exact total at its least, and a target in øre somewhere in the reachable range. */
function reachable(raw: readonly { cost: number; liable: number }[], fixed: IncentiveModel, solveFor: Solved, where: number) {
  const ps = pupils(raw.map((p) => p.cost), raw.map((p) => p.liable));
  const hi = solveFor === "cap" ? ps.reduce((m, p) => Dec.max(m, p.cost), new Dec(0)) : solveFor === "threshold" ? fixed.cap : new Dec(1);
  const [low, high] = [exactTotal(ps, modelAt(solveFor, new Dec(0), fixed)), exactTotal(ps, modelAt(solveFor, hi, fixed))];
  return { ps, hi, low, target: low.plus(high.minus(low).times(where)).toDecimalPlaces(2, Dec.ROUND_DOWN) };
}

describe("sensitivity (§7)", () => {
  const list = pupils(COSTS);
  const liableTotal = new Dec(1000000);
  it("the cap from 150.000 to 300.000 by 10.000: 16 points, T = C = x; at 180.000 the schools pay 150.000 + 3 × 180.000 and the administration the rest", () => {
    const points = unwrap(sensitivity(list, liableTotal, "cap", HEDENSTED, new Dec(150000), new Dec(300000), new Dec(10000)));
    expect(points.length).toBe(16);
    const at180 = points.find((p) => p.value.eq(180000));
    expect([at180?.total.toString(), at180?.administration.toString()]).toEqual(["690000", "310000"]);
    expect(points.map((p) => p.total.toNumber())).toEqual([...points.map((p) => p.total.toNumber())].sort((x, y) => x - y));
  });

  it("the share by 0.1 from 0 to 1: the values are 0, 0.1, … 1 exactly (no 0.30000000000000004), 750.000 at 0 and 887.077 at 1 with T = 200.000", () => {
    const model = unwrap(incentiveModel(200000, 287077, 0.5));
    const points = unwrap(sensitivity(list, liableTotal, "share", model, new Dec(0), new Dec(1), new Dec("0.1")));
    expect(points.map((p) => p.value.toString())).toEqual(["0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1"]);
    expect([points[0].total.toString(), points[5].total.toString(), points[10].total.toString()]).toEqual(["750000", "862077", "887077"]);
  });

  it.each([
    ["a threshold above the cap", "threshold", 150000, 300000, 10000],
    ["a share above 1", "share", 0, 1.5, 0.1],
    ["a step of 0", "cap", 150000, 300000, 0],
    ["an end before the start", "cap", 300000, 150000, 10000],
    ["201 points", "cap", 0, 200000, 1000],
    ["a negative start", "cap", -10000, 100000, 10000],
    ["a step below 0 (even from a start to itself)", "cap", 150000, 150000, -10000],
  ] as const)("%s has no table, and says what to choose", (_what, solveFor, start, end, step) => {
    const r = sensitivity(list, liableTotal, solveFor, HEDENSTED, new Dec(start), new Dec(end), new Dec(step));
    expect(outcome(r)).toMatch(/^invalid: Choose the (cap|threshold|school share) from 0.* a step above 0 and at most 200 points$/);
  });
});

describe("the words SEGREGATION.CALIBRATE takes (issue #30: mutation testing)", () => {
  it("loft, tærskel, andel in Danish; cap, threshold, share in English: what users type, and what the sheets write", () => {
    // Read at run time: the function's table of words is built when its module loads, which Stryker cannot trace to a test.
    expect(SOLVED_WORDS).toEqual({ cap: { da: "loft", en: "cap" }, threshold: { da: "tærskel", en: "threshold" }, share: { da: "andel", en: "share" } });
  });
});

describe("sensitivity's bounds (issue #30: mutation testing)", () => {
  it("a range of one point (start = end) and one of exactly 200 points have a table", () => {
    expect(unwrap(sensitivityPoints("cap", HEDENSTED, new Dec(150000), new Dec(150000), new Dec(10000)))).toBe(1);
    expect(unwrap(sensitivityPoints("cap", HEDENSTED, new Dec(0), new Dec(199000), new Dec(1000)))).toBe(200);
    expect(sensitivityPoints("cap", HEDENSTED, new Dec(0), new Dec(200000), new Dec(1000)).ok).toBe(false);
  });
});

describe("calibration, where the øre rounding decides (issue #30: mutation testing)", () => {
  const one = (cost: string) => [{ cost: new Dec(cost), liable: new Dec(1) }];
  const answer = (r: Result<{ value: Dec; total: Dec }>) => (r.ok ? [r.value.value.toString(), r.value.total.toString()] : outcome(r));

  it("a target past the exact total at the greatest value that only the øre rounding reaches: one pupil at 100,005 kr., the cap for 100,008 → 100 (total 100)", () => {
    // At the greatest cap (100,005) the exact total is 100,005 and the shown one 100,01: over the target, so a whole krone under.
    expect(answer(calibrate(one("100.005"), new Dec("100.008"), "cap", HEDENSTED))).toEqual(["100", "100"]);
  });

  it("where even the least value shows over the target: one pupil at 0,125 kr. under T = 100 pays 0,13 at any share; the share for 0,127 has no answer", () => {
    expect(answer(calibrate(one("0.125"), new Dec("0.127"), "share", unwrap(incentiveModel(100, 1000, 0))))).toBe("noAnswer: the target 0.127 kr. cannot be reached by changing the school share; the schools' total can be from 0.13 to 0.13 kr.");
  });

  it("an overshoot of many steps: 1.000 pupils at 0,005 kr. (each shown as 0,01) and one at 1 mio.; the cap for 105 is 95, not a step or two under 100", () => {
    const ps = [...Array.from({ length: 1000 }, () => ({ cost: new Dec("0.005"), liable: new Dec(1) })), { cost: new Dec(1000000), liable: new Dec(1) }];
    // The exact total at x ≥ 0,005 is 5 + x; shown, 10 + x.
    expect(answer(calibrate(ps, new Dec(105), "cap", HEDENSTED))).toEqual(["95", "105"]);
  });

  it("the share above the total at s = 1 has no answer (the share's range ends at 1): one pupil at 110 kr., T = 100, the share for 111", () => {
    expect(answer(calibrate(one("110"), new Dec(111), "share", unwrap(incentiveModel(100, 1000, 0))))).toMatch(/^noAnswer: .* from 100.00 to 110.00 kr\.$/);
  });

  it("the share where C = T (every pupil pays at most the threshold, whatever the share): the least share, 0", () => {
    expect(answer(calibrate(one("150"), new Dec(100), "share", unwrap(incentiveModel(100, 100, 0.5))))).toEqual(["0", "100"]);
  });
});

describe("the pane's calibration of the chosen profile (issue #30: mutation testing)", () => {
  const HEADERS = ["Elev", "Betalende skole", "Årlig udgift", "Startdato", "Slutdato", "Kategori", "Tilflyttet"];
  const rows = pupilRows(PUPILS);
  const mapping = guessColumns(HEADERS);
  const model = { profiles: DEFAULT_PROFILES, selected: DEFAULT_PROFILES[1].name, schoolYear: 2023 };

  it("is SEGREGATION.CALIBRATE over the result sheet of the profile chosen (not the first), and nothing without a valid choice", () => {
    const p = DEFAULT_PROFILES[1];
    const rule = unwrap(incentiveModel(p.threshold, p.cap, p.schoolShare));
    const target = new Dec(700000);
    const expected = unwrap(calibrate(pupilsOfResults(pupilResults(rows, mapping, rule, 2023)), target, "threshold", rule));
    expect(unwrap(calibrateUnder(rows, mapping, model, target, "threshold") ?? invalid(messages.notPaidBack()))).toEqual(expected);
    const first = unwrap(incentiveModel(DEFAULT_PROFILES[0].threshold, DEFAULT_PROFILES[0].cap, DEFAULT_PROFILES[0].schoolShare));
    expect(expected).not.toEqual(unwrap(calibrate(pupilsOfResults(pupilResults(rows, mapping, first, 2023)), target, "threshold", first)));
    expect(calibrateUnder(rows, mapping, { ...model, selected: "Findes ikke" }, target)).toBeNull();
    expect(calibrateUnder(rows, mapping, { ...model, schoolYear: null }, target)).toBeNull();
    expect(calibrateUnder(rows, mapping, { ...model, profiles: [{ ...DEFAULT_PROFILES[1], cap: 1 }] }, target)).toBeNull();
  });

  it("reads the pupils off the results, leaving out the rows that are no pupil", () => {
    const [one] = pupilResults(rows, mapping, HEDENSTED, 2023).filter((x) => x !== null);
    expect(pupilsOfResults([null, one, null]).map((p) => [p.cost.toString(), p.liable.toString()])).toEqual([[one.cost.toString(), String(one.share.toNumber())]]);
  });
});

describe("calibration's exact value (issue #30: mutation testing)", () => {
  const near = (x: Dec, y: Dec) => x.minus(y).abs().lte(y.abs().plus(1).times("1e-30"));

  it("the share with a pupil under the threshold: costs 50 and 150, T = 100, C = 1.000; the total is 150 + 50·s, so 175 at s = 0,5 exactly", () => {
    const found = unwrap(calibrate(pupils([50, 150]), new Dec(175), "share", unwrap(incentiveModel(100, 1000, 0))));
    expect([found.value.toString(), found.exact.toString(), found.total.toString()]).toEqual(["0.5", "0.5", "175"]);
  });

  it("two bends one number apart as doubles but not as decimals are taken in their order: the exact value is where the exact total is the target", () => {
    // Threshold solved, C = 1.000, s = ½: each pupil's line bends where T reaches its cost. The two
    // costs differ in the 20th digit, so their bends have one key; listed larger first.
    const [k1, k2] = [new Dec("100.00000000000000001"), new Dec("100.00000000000000002")];
    const ps = [k2, k1].map((cost) => ({ cost, liable: new Dec(1) }));
    const fixed = unwrap(incentiveModel(0, 1000, 0.5));
    const wanted = k1.plus("0.000000000000000005"); // between the two bends
    const target = exactTotal(ps, modelAt("threshold", wanted, fixed));
    const found = unwrap(calibrate(ps, target, "threshold", fixed));
    expect(found.exact.toString()).toBe(wanted.toString());
    expect(found.value.toString()).toBe("100");
  });

  it("over random lists: the exact total at the exact value is the target, and the answer is at most the exact value (1.000 runs)", () => {
    fc.assert(
      fc.property(list, model, solved, fc.double({ min: 0, max: 1, noNaN: true }), (raw, fixed, solveFor, where) => {
        const { ps, low, target } = reachable(raw, fixed, solveFor, where);
        const answer = calibrate(ps, target, solveFor, fixed);
        if (!answer.ok) return;
        const { value, exact } = answer.value;
        expect(value.lte(exact)).toBe(true);
        if (target.lte(low)) expect(exact.isZero()).toBe(true);
        else expect(near(exactTotal(ps, modelAt(solveFor, exact, fixed)), target)).toBe(true);
        // The smallest such value: a little under it, the exact total is under the target.
        if (target.gt(low) && exact.gt(0)) expect(exactTotal(ps, modelAt(solveFor, exact.minus("1e-9"), fixed)).lt(target)).toBe(true);
      }),
      runs(1000),
    );
  });
});

describe("calibration's properties (1.000 runs each)", () => {
  it("the total at the answer ≤ target ≤ the total one step above it (unless at the range's end)", () => {
    fc.assert(
      fc.property(list, model, solved, fc.double({ min: 0, max: 1, noNaN: true }), (raw, fixed, solveFor, where) => {
        const { ps, hi, target } = reachable(raw, fixed, solveFor, where);
        const answer = calibrate(ps, target, solveFor, fixed);
        if (!answer.ok) {
          // Only where øre rounding puts even the least value over the target.
          expect(listTotal(ps, modelAt(solveFor, new Dec(0), fixed)).gt(target)).toBe(true);
          return;
        }
        const { value, total } = answer.value;
        expect(total.toString()).toBe(listTotal(ps, modelAt(solveFor, value, fixed)).toString());
        expect(total.lte(target)).toBe(true);
        // Above the least value, the exact total is at most the target too.
        if (value.gt(0)) expect(exactTotal(ps, modelAt(solveFor, value, fixed)).lte(target)).toBe(true);
        // One step up reaches the target: exactly, or (where øre rounding moved the answer down) as the total shows it.
        const above = value.plus(stepOf(solveFor));
        if (above.lte(hi)) {
          const model = modelAt(solveFor, above, fixed);
          expect(exactTotal(ps, model).gte(target) || listTotal(ps, model).gt(target)).toBe(true);
        }
      }),
      { ...runs(1000), seed: -431360999 },
    );
  });

  it("a target the rounded totals skip over: the answer is the last step whose shown total is at most the target", () => {
    // Share solved, T = 4, C = 28.408, s from 0: at 0,9997 the exact total is 27.943,38996 but the
    // øre-rounded total 27.943,40, past the target 27.943,39; 0,9996 shows 27.941,06.
    const ps = [
      { cost: new Dec(0.02), liable: new Dec(0.25136612021857924) },
      { cost: new Dec(28417), liable: new Dec(0.9726775956284153) },
      { cost: new Dec(133), liable: new Dec(0.00819672131147541) },
      { cost: new Dec(28417), liable: new Dec(0.01092896174863388) },
    ];
    const { value, total } = unwrap(calibrate(ps, new Dec("27943.39"), "share", unwrap(incentiveModel(4, 28408, 0))));
    expect([value.toString(), total.toString()]).toEqual(["0.9996", "27941.06"]);
  });

  it("answers are rounded down to the step (issue #30): one pupil at 110 kr., T = 100, C = 1.000, the share for 100,0005 is 0, not 0,0001", () => {
    const ps = [{ cost: new Dec(110), liable: new Dec(1) }];
    const fixed = unwrap(incentiveModel(100, 1000, 0));
    const { value, total } = unwrap(calibrate(ps, new Dec("100.0005"), "share", fixed));
    expect([value.toString(), total.toString()]).toEqual(["0", "100"]);
    // And every answer is a whole step: the cap to the krone, the share to 4 decimals.
    expect(unwrap(calibrate(ps, new Dec("105.55"), "share", fixed)).value.toString()).toBe("0.555");
    expect(unwrap(calibrate([{ cost: new Dec("650855.81"), liable: new Dec(1) }, { cost: new Dec(1000), liable: new Dec(1) }], new Dec("651855.80"), "cap", unwrap(incentiveModel(0, 0, 0)))).value.toString()).toBe("650855");
  });

  it("the step search ends however the range lies on the step grid (issue #30): an end not on a whole step, a target at either end (1.000 runs)", () => {
    // Costs with øre, so the cap's range ends off the grid of whole kroner; targets at and around both ends.
    const costs = fc.array(fc.integer({ min: 1, max: 100_000_000 }).map((x) => new Dec(x).div(100)), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(costs, fc.constantFrom("cap", "threshold", "share") as fc.Arbitrary<Solved>, fc.integer({ min: -3, max: 3 }), fc.boolean(), (cs, solveFor, offset, atTop) => {
        const ps = cs.map((cost) => ({ cost, liable: new Dec(1) }));
        const top = ps.reduce((m, p) => Dec.max(m, p.cost), new Dec(0));
        const fixed = unwrap(incentiveModel(0, solveFor === "threshold" ? top.toNumber() : 0, solveFor === "share" ? 0 : 0.5));
        const hi = solveFor === "cap" ? top : solveFor === "threshold" ? fixed.cap : new Dec(1);
        const end = listTotal(ps, modelAt(solveFor, atTop ? hi : new Dec(0), fixed));
        const target = end.plus(new Dec(offset).div(100));
        const answer = calibrate(ps, target, solveFor, fixed);
        if (!answer.ok) return;
        const { value, total } = answer.value;
        expect(value.mod(stepOf(solveFor)).isZero()).toBe(true);
        expect(total.lte(target)).toBe(true);
      }),
      runs(1000),
    );
  });

  it("allocations sum exactly to the devolved amount, and the municipality's net is the sum of the schools' nets", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000_000 }),
        fc.array(fc.record({ key: fc.integer({ min: 0, max: 1000 }), payments: fc.integer({ min: 0, max: 5_000_000 }), net: fc.integer({ min: 0, max: 1_000_000 }) }), { minLength: 1, maxLength: 30 }),
        (devolved, rows) => {
          fc.pre(rows.some((r) => r.key > 0));
          const budget = unwrap(
            schoolBudgets(
              new Dec(devolved),
              rows.map((r, k) => ({ school: `S${k}`, key: new Dec(r.key), payments: new Dec(r.payments), safetyNet: new Dec(r.net) })),
            ),
          );
          const sum = (f: (s: (typeof budget.schools)[number]) => Dec) => budget.schools.reduce((t, s) => t.plus(f(s)), new Dec(0));
          expect(sum((s) => s.allocation).toString()).toBe(String(devolved));
          expect(budget.municipality.toString()).toBe(sum((s) => s.net).toString());
          expect(budget.municipality.toString()).toBe(new Dec(devolved).plus(sum((s) => s.safetyNet)).minus(sum((s) => s.payments)).toString());
        },
      ),
      runs(1000),
    );
  });
});
