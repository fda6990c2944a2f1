import { allocate } from "./allocate";
import { Dec, ONE, ZERO } from "./decimal";
import type { NumberGrid } from "./grid";
import { messages } from "./messages";
import { type ChosenModel, chosenRule, type ColumnMapping, type PupilResult, pupilResults } from "./pupils";
import { invalid, noAnswer, ok, type Result } from "./result";
import { type IncentiveModel, schoolPart } from "./segregation";

/*
 * The schools' budget under a model (DOMAIN.md §7): the total a list of pupils costs the schools,
 * each school's net (allocation + safety net − payments), and calibration of one parameter of the
 * model to a target total, found exactly from the breakpoints of the piecewise-linear total.
 */

/** A pupil as the total counts it: the annual cost and the liable fraction of the school year (§2). */
export interface ListPupil {
  readonly cost: Dec;
  readonly liable: Dec;
}

/**
 * The pupils of a cost range and a liable range of the same shape: a blank cost is no pupil, a blank
 * liable cell is 1 (the whole year). Costs must be ≥ 0 and liable fractions from 0 to 1.
 *
 * @param liable null: every pupil liable for the whole year.
 */
export function listPupils(costs: NumberGrid, liable: NumberGrid | null): Result<ListPupil[]> {
  // A negative cost is named at its cell before any question of the liable range's shape.
  for (let r = 0; r < costs.rows; r += 1) {
    const c = costs.cells[r].findIndex((cost) => cost.isNegative() && !cost.isZero());
    if (c >= 0) return invalid(messages.cellOutside("costs", { row: r + 1, column: c + 1 }, 0, null, costs.cells[r][c].toNumber()));
  }
  if (liable !== null && (liable.rows !== costs.rows || liable.columns !== costs.columns)) {
    return invalid(messages.shapeDiffers("liable", { da: "udgifter", en: "costs" }, liable.rows, liable.columns, costs.rows, costs.columns));
  }
  const pupils: ListPupil[] = [];
  for (let r = 0; r < costs.rows; r += 1) {
    for (let c = 0; c < costs.columns; c += 1) {
      const at = { row: r + 1, column: c + 1 };
      const cost = costs.cells[r][c];
      const l = liable === null || liable.blank[r][c] ? ONE : liable.cells[r][c];
      if (l.lt(0) || l.gt(1)) return invalid(messages.cellOutside("liable", at, 0, 1, l.toNumber()));
      if (!costs.blank[r][c]) pupils.push({ cost, liable: l });
    }
  }
  return ok(pupils);
}

/**
 * The pupils of a list's results as SEGREGATION.TOTAL reads them off the result sheet: the cost, and
 * the liable fraction as Excel holds SEGREGATION.LIABLE's answer in a cell (a binary double), so the
 * core's figure is the one the sheet's function computes.
 */
export function pupilsOfResults(results: readonly (PupilResult | null)[]): ListPupil[] {
  return results.filter((x): x is PupilResult => x !== null).map((x) => ({ cost: x.cost, liable: new Dec(x.share.toNumber()) }));
}

/**
 * The schools' total for a list under a model: Σ round(school(Kᵢ) · lᵢ, 2), each pupil's payment
 * rounded to øre as the result sheet rounds it (DOMAIN.md §7: Hedensted 2022/23, costs 150.000,
 * 200.000, 250.000, 400.000 liable 1, 1, ½, 1 → 762.077).
 */
export function listTotal(pupils: readonly ListPupil[], model: IncentiveModel): Dec {
  return sumOver(pupils, model, (part) => part.toDecimalPlaces(2));
}

/** The exact total before øre rounding: Σ school(Kᵢ) · lᵢ, the function calibration solves. */
export function exactTotal(pupils: readonly ListPupil[], model: IncentiveModel): Dec {
  return sumOver(pupils, model, (part) => part);
}

function sumOver(pupils: readonly ListPupil[], model: IncentiveModel, each: (part: Dec) => Dec): Dec {
  let total = ZERO;
  for (const p of pupils) total = total.plus(each(schoolPart(p.cost, model).times(p.liable)));
  return total;
}

/** The parameter calibration solves for: the cap as T = C = x ("maksimalt 180.000 kr."), the threshold, or the school share. */
export type Solved = "cap" | "threshold" | "share";

/** The word SEGREGATION.CALIBRATE takes for what it solves, in each language; the sheets (in Danish) write the Danish one. */
export const SOLVED_WORDS: Readonly<Record<Solved, { readonly da: string; readonly en: string }>> = {
  cap: { da: "loft", en: "cap" },
  threshold: { da: "tærskel", en: "threshold" },
  share: { da: "andel", en: "share" },
};

/** The model with the solved parameter at `value`, the others as `fixed` has them. */
export function modelAt(solveFor: Solved, value: Dec, fixed: IncentiveModel): IncentiveModel {
  if (solveFor === "cap") return { threshold: value, cap: value, schoolShare: fixed.schoolShare };
  if (solveFor === "threshold") return { ...fixed, threshold: value };
  return { ...fixed, schoolShare: value };
}

/** Where a pupil's contribution to the exact total changes from one line a + b·x to another. */
interface Bend {
  readonly at: Dec;
  /** `at` as a number, to sort by: a comparison of numbers is far cheaper than of decimals. */
  readonly key: number;
  readonly dA: Dec;
  readonly dB: Dec;
}

/**
 * Each pupil's school(K) as a function of the solved parameter is continuous, piecewise linear and
 * non-decreasing with at most one bend; its first piece (a, b) and its bend, scaled by the liable
 * fraction. Start: the line at the parameter's least value.
 */
function lines(pupils: readonly ListPupil[], solveFor: Solved, fixed: IncentiveModel): { a: Dec; b: Dec; bends: Bend[] } {
  let a = ZERO;
  let b = ZERO;
  const bends: Bend[] = [];
  const { threshold: T, cap: C, schoolShare: s } = fixed;
  const rest = ONE.minus(s);
  const MINUS_ONE = ONE.neg();
  // The first piece a0 + b0·x, and where it bends by dA, dB (to a0 + dA + (b0 + dB)·x); zeros are skipped.
  const piece = (l: Dec, a0: Dec | null, b0: Dec | null, at: Dec | null, dA: Dec, dB: Dec) => {
    const whole = l.eq(ONE); // most pupils are liable all year: no products to take
    if (a0 !== null) a = a.plus(whole ? a0 : l.times(a0));
    if (b0 !== null) b = b.plus(whole ? b0 : l.times(b0));
    if (at !== null) bends.push({ at, key: at.toNumber(), dA: whole ? dA : l.times(dA), dB: whole ? dB : l.times(dB) });
  };
  for (const { cost: K, liable: l } of pupils) {
    // Equivalent if removed (written down in docs/DEVELOPING.md): such a pupil's pieces are all zero,
    // or a slope and a bend at 0 that the pass to the least value (0) takes back. Saves the work.
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, see the comment above
    if (l.isZero() || K.isZero()) continue;
    if (solveFor === "cap") {
      // min(K, x): x up to K, then K.
      piece(l, null, ONE, K, K, MINUS_ONE);
    } else if (solveFor === "threshold") {
      const sK = s.times(K);
      if (K.lte(C)) {
        // sK + (1 − s)·T below T = K, then K.
        piece(l, sK, rest, K, K.minus(sK), rest.neg());
      } else if (
        // Stryker disable next-line ConditionalExpression: equivalent, the else piece below bends at (C − sK)/(1 − s) ≤ 0, taken back by the pass to 0
        sK.gte(C)
      ) {
        piece(l, C, null, null, ZERO, ZERO);
      } else {
        // min(C, sK + (1 − s)·T): bends where it reaches C.
        piece(l, sK, rest, C.minus(sK).div(rest), C.minus(sK), rest.neg());
      }
    } else if (K.lte(T)) {
      piece(l, K, null, null, ZERO, ZERO);
    } else if (
      // Stryker disable next-line ConditionalExpression: equivalent, C ≥ T in every model, and at C = T the piece below bends at 0, taken back by the pass to 0
      C.lte(T)
    ) {
      piece(l, C, null, null, ZERO, ZERO);
    } else {
      // min(C, T + s·(K − T)): reaches C before s = 1 only where K > C.
      const above = K.minus(T);
      piece(l, T, above, K.gt(C) ? C.minus(T).div(above) : null, C.minus(T), above.neg());
    }
  }
  return { a, b, bends };
}

/** The parameter's range: the cap from 0 to the largest cost, the threshold from 0 to the cap, the share from 0 to 1. */
function range(pupils: readonly ListPupil[], solveFor: Solved, fixed: IncentiveModel): [Dec, Dec] {
  if (solveFor === "cap") return [ZERO, pupils.reduce((m, p) => Dec.max(m, p.cost), ZERO)];
  if (solveFor === "threshold") return [ZERO, fixed.cap];
  return [ZERO, ONE];
}

/** The step an answer is rounded down to: whole kroner for the cap and threshold, 4 decimals for the share. */
export function stepOf(solveFor: Solved): Dec {
  return solveFor === "share" ? new Dec("0.0001") : ONE;
}

/** A calibration's answer: the value, and the schools' total (øre-rounded per pupil) at it. */
export interface Calibration {
  readonly value: Dec;
  readonly total: Dec;
  /**
   * The smallest exact value whose exact total reaches the target, before the rounding down to the
   * step and the øre rounding: where the lines between the bends meet the target (the range's least
   * value where the target is at most its total, its greatest where only the øre rounding reaches it).
   */
  readonly exact: Dec;
}

/**
 * The value of one parameter that makes the schools' total equal `target` (DOMAIN.md §7): the
 * smallest exact value whose exact total is the target, found on the line between two bends (one
 * sort and one pass, no iteration), then rounded down to the step, so the schools never pay more than
 * the target; the total at the returned value is given beside it. A target outside the totals at
 * the parameter's least and greatest value has no answer, and the message gives that range.
 *
 * Worked example: costs 150.000, 200.000, 250.000, 400.000, target 700.000, the cap → 183.333 with
 * total 699.999.
 */
export function calibrate(pupils: readonly ListPupil[], target: Dec, solveFor: Solved, fixed: IncentiveModel): Result<Calibration> {
  const [lo, hi] = range(pupils, solveFor, fixed);
  const { a, b, bends } = lines(pupils, solveFor, fixed);
  // By the number first; two decimals that are one number are compared as decimals.
  bends.sort((x, y) => x.key - y.key || x.at.comparedTo(y.at));
  let [A, B] = [a, b];
  let i = 0;
  const pass = (to: Dec) => {
    for (; i < bends.length && bends[i].at.lte(to); i += 1) {
      A = A.plus(bends[i].dA);
      B = B.plus(bends[i].dB);
    }
  };
  pass(lo);
  const low = A.plus(B.times(lo));
  // The range as the total shows it (øre-rounded per pupil), for the answer at an end and the message.
  const shown = (value: Dec) => listTotal(pupils, modelAt(solveFor, value, fixed));
  const outOfReach = () => noAnswer<Calibration>(messages.targetOutOfReach(target, shown(lo), shown(hi), solveFor));
  if (target.lte(low)) {
    // Already at the least value; its øre-rounded total may still be at most the target.
    const total = shown(lo);
    return total.lte(target) ? ok({ value: lo, total, exact: lo }) : outOfReach();
  }
  let exact: Dec | null = null;
  let at = lo;
  for (;;) {
    const next = i < bends.length && bends[i].at.lt(hi) ? bends[i].at : hi;
    const end = A.plus(B.times(next));
    if (end.gte(target)) {
      exact = B.isZero() ? next : Dec.max(at, target.minus(A).div(B));
      break;
    }
    if (next.eq(hi)) break;
    pass(next);
    at = next;
  }
  // Beyond the exact total at the greatest value: only its øre rounding can still reach the target.
  if (exact === null) {
    if (shown(hi).lt(target)) return outOfReach();
    exact = hi;
  }
  const step = stepOf(solveFor);
  // exact ≤ hi (the target is at most the end of the piece it lies on), so the value is in the range.
  let value = exact.div(step).floor().times(step);
  let total = listTotal(pupils, modelAt(solveFor, value, fixed));
  if (total.gt(target)) {
    // Each pupil's payment is rounded to øre: their sum may pass the target by a few øre where the
    // exact total does not. The rounded total is non-decreasing too: search down for the last whole
    // step under, among the whole steps k·step from the range's first (0) to the value's. Bounded by
    // construction (issue #30): k are integers, `above` (the value's step) always over the target
    // and `below` not, and each turn halves a gap of at least 2, so it ends in log2(steps) turns.
    const at = (k: Dec) => listTotal(pupils, modelAt(solveFor, k.times(step), fixed));
    let [below, above] = [lo.div(step).ceil(), value.div(step)];
    if (at(below).gt(target)) return outOfReach();
    while (above.minus(below).gt(1)) {
      const mid = below.plus(above).div(2).floor();
      if (at(mid).gt(target)) above = mid;
      else below = mid;
    }
    value = below.times(step);
    total = at(below);
  }
  return ok({ value, total, exact });
}

/** A point of a sensitivity table: the parameter's value, the schools' total at it and the administration's part. */
export interface SensitivityPoint {
  readonly value: Dec;
  readonly total: Dec;
  readonly administration: Dec;
}

/** The most points a sensitivity table has: a chart of more says no more, and each is a total over the whole list. */
export const MOST_POINTS = 200;

/** Where a parameter's values may lie in a sensitivity table: the share from 0 to 1, the threshold up to the cap. */
export function parameterRange(solveFor: Solved, fixed: IncentiveModel): [Dec, Dec | null] {
  if (solveFor === "share") return [ZERO, ONE];
  if (solveFor === "threshold") return [ZERO, fixed.cap];
  return [ZERO, null];
}

/** How many points a range from `start` by `step` up to `end` has: the last point is the last at most `end`. */
export function pointCount(start: Dec, end: Dec, step: Dec): number {
  return step.gt(0) && end.gte(start) ? end.minus(start).div(step).floor().toNumber() + 1 : 0;
}

/** How many points a sensitivity range has, or why it has none: outside the parameter's range, a step of 0, too many points. */
export function sensitivityPoints(solveFor: Solved, fixed: IncentiveModel, start: Dec, end: Dec, step: Dec): Result<number> {
  const [least, greatest] = parameterRange(solveFor, fixed);
  const n = pointCount(start, end, step);
  if (n < 1 || n > MOST_POINTS || start.lt(least) || (greatest !== null && end.gt(greatest))) {
    return invalid(messages.sensitivityRange(solveFor, least, greatest, MOST_POINTS));
  }
  return ok(n);
}

/**
 * The schools' total and the administration's part over a range of one parameter (DOMAIN.md §7,
 * "Sensitivity"), as the sensitivity sheet computes each point: the value start + k · step rounded
 * to 4 decimals, the total by SEGREGATION.TOTAL, the administration's part as the list's
 * cost × share (`liableTotal`, the result sheet's) less the schools' total.
 */
export function sensitivity(
  pupils: readonly ListPupil[],
  liableTotal: Dec,
  solveFor: Solved,
  fixed: IncentiveModel,
  start: Dec,
  end: Dec,
  step: Dec,
): Result<SensitivityPoint[]> {
  const count = sensitivityPoints(solveFor, fixed, start, end, step);
  if (!count.ok) return count;
  const n = count.value;
  return ok(
    Array.from({ length: n }, (_x, k) => {
      const value = start.plus(step.times(k)).toDecimalPlaces(4);
      const total = listTotal(pupils, modelAt(solveFor, value, fixed));
      return { value, total, administration: liableTotal.minus(total) };
    }),
  );
}

/** A school's budget under a model: what it is given, its safety-net share, what it pays, and the net. */
export interface SchoolBudget {
  readonly school: string;
  readonly allocation: Dec;
  readonly safetyNet: Dec;
  readonly payments: Dec;
  /** allocation + safetyNet − payments: positive, the school keeps money; negative, it must find it. */
  readonly net: Dec;
}

/**
 * Each school's net (DOMAIN.md §7): the devolved amount split by the key exact to the krone
 * (ALLOCATE's largest remainder), plus its safety-net share, minus its payments; and the
 * municipality's net, B + safety net − Σ payments, which is the sum of the schools' nets.
 * Worked example: 1.000.000 by 300 / 200 / 100, payments 400.000 / 350.000 / 100.000 → nets
 * +100.000 / −16.667 / +66.667, municipality +150.000.
 */
export function schoolBudgets(
  devolved: Dec,
  schools: readonly { readonly school: string; readonly key: Dec; readonly payments: Dec; readonly safetyNet?: Dec }[],
): Result<{ schools: SchoolBudget[]; municipality: Dec }> {
  const parts = allocate(devolved, [schools.map((s) => s.key)], 0);
  if (!parts.ok) return parts;
  const budgets = schools.map((s, k) => {
    const allocation = parts.value[0][k];
    const safetyNet = s.safetyNet ?? ZERO;
    return { school: s.school, allocation, safetyNet, payments: s.payments, net: allocation.plus(safetyNet).minus(s.payments) };
  });
  return ok({ schools: budgets, municipality: budgets.reduce((sum, s) => sum.plus(s.net), ZERO) });
}

/**
 * The pane's calibration of the chosen profile to a target (DOMAIN.md §7): the value of one parameter
 * at which the list's schools pay at most `target` (the cap as T = C = x; the others with the
 * profile's other parameters), as SEGREGATION.CALIBRATE computes it over the result sheet; null
 * where the model sheet's choice is incomplete.
 */
export function calibrateUnder(
  rows: readonly (readonly unknown[])[],
  mapping: ColumnMapping,
  model: ChosenModel,
  target: Dec,
  solveFor: Solved = "cap",
): Result<Calibration> | null {
  const chosen = chosenRule(model);
  if (chosen === null) return null;
  return calibrate(pupilsOfResults(pupilResults(rows, mapping, chosen.rule, chosen.schoolYear)), target, solveFor, chosen.rule);
}
