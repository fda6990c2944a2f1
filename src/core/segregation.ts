import { Dec } from "./decimal";
import { messages } from "./messages";
import { invalid, ok, type Result } from "./result";

/**
 * An incentive model (DOMAIN.md §2): the school pays the cost up to `threshold`, a `schoolShare` of
 * the part above it, and never more than `cap`. Amounts in kr. a year.
 */
export interface IncentiveModel {
  readonly threshold: Dec;
  readonly cap: Dec;
  readonly schoolShare: Dec;
}

/** Hedensted's tariff catalogue, school year 2022/23 (seed 003); the 50 % share is DOMAIN.md's decision. */
export const HEDENSTED_2022_23 = {
  threshold: 264995,
  cap: 287077,
  schoolShare: 0.5,
} as const;

/** The proposed model "maks. 180.000 kr." (seed 003, slide "Til løsningsmodel 2"). */
export const PROPOSAL_MAX_180000 = {
  threshold: 180000,
  cap: 180000,
  schoolShare: 0.5,
} as const;

/**
 * Checks a model's parameters.
 *
 * @param threshold kr., 0 ≤ threshold.
 * @param cap kr., threshold ≤ cap.
 * @param schoolShare fraction, 0 ≤ schoolShare ≤ 1.
 * @returns the model, or `invalid` naming the first parameter out of range.
 */
export function incentiveModel(threshold: number, cap: number, schoolShare: number): Result<IncentiveModel> {
  if (threshold < 0) return invalid(messages.atLeast("threshold", 0, threshold));
  if (cap < threshold) return invalid(messages.capBelowThreshold(cap, threshold));
  if (schoolShare < 0 || schoolShare > 1) return invalid(messages.between("schoolShare", 0, 1, schoolShare));
  return ok({ threshold: new Dec(threshold), cap: new Dec(cap), schoolShare: new Dec(schoolShare) });
}

/**
 * The school's part of a special offer's annual cost (DOMAIN.md §2):
 * `cost` if cost ≤ threshold, else `min(cap, threshold + schoolShare × (cost − threshold))`.
 *
 * @param cost kr. a year, cost ≥ 0.
 * @returns exact; 0 ≤ result ≤ cost, non-decreasing in cost. `invalid` for a negative cost.
 */
export function schoolPayment(cost: number, model: IncentiveModel): Result<Dec> {
  if (cost < 0) return invalid(messages.atLeast("cost", 0, cost));
  return ok(schoolPart(new Dec(cost), model));
}

/** {@link schoolPayment} of a cost already checked (≥ 0): the rule itself, once. */
export function schoolPart(cost: Dec, model: IncentiveModel): Dec {
  if (cost.lte(model.threshold)) return cost;
  const shared = model.threshold.plus(model.schoolShare.times(cost.minus(model.threshold)));
  return Dec.min(model.cap, shared);
}

/**
 * Subtraction keeps every digit however far apart the exponents (a share of 1e-40 of one øre): the
 * two parts must add up to the cost exactly, not to 40 digits.
 */
const Wide = Dec.clone({ precision: 1000 });

/**
 * The administration's part: `cost − schoolPayment(cost)`, exact, so the two parts add up to the cost.
 *
 * @param cost kr. a year, cost ≥ 0.
 */
export function centralPayment(cost: number, model: IncentiveModel): Result<Dec> {
  const school = schoolPayment(cost, model);
  if (!school.ok) return school;
  return ok(new Dec(new Wide(cost).minus(school.value)));
}
