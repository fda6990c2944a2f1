import { Dec } from "./decimal";
import { messages } from "./messages";
import { invalid, ok, type Result } from "./result";

/**
 * Present value as the state computes it (samfundsøkonomisk nutidsværdi, fixed prices; DOMAIN.md §8):
 * PV = Σₜ flowₜ · D(t) for t = 0, 1, …, with D(0) = 1 and D(t) = Πₖ₌₁..ₜ 1 / (1 + rₖ).
 *
 * The Finance Ministry's term structure (documentation note of 7 January 2021): rₖ = 3,5 % for
 * k ≤ 35 and 2,5 % for 36 ≤ k ≤ 70, real. Our sources do not confirm a rate after year 70 (the
 * ministry's earlier statements say 1,5 %), so flows beyond year 70 need it as an argument.
 */
export const MINISTRY_2021 = {
  /** The rate in years 1–35. */
  first: "0.035",
  /** The rate in years 36–70. */
  second: "0.025",
  /** The last year of the first rate, and of the second. */
  firstUntil: 35,
  secondUntil: 70,
} as const;

/** How the flows are discounted: one rate every year, or the ministry's term structure (with a rate after year 70 if given). */
export type Discounting = { readonly kind: "constant"; readonly rate: Dec } | { readonly kind: "ministry"; readonly after70: Dec | null };

/** The rate rₖ of year k ≥ 1, or null where the term structure gives none (after year 70 without one). */
export function rateOfYear(k: number, discounting: Discounting): Dec | null {
  if (discounting.kind === "constant") return discounting.rate;
  if (k <= MINISTRY_2021.firstUntil) return new Dec(MINISTRY_2021.first);
  if (k <= MINISTRY_2021.secondUntil) return new Dec(MINISTRY_2021.second);
  return discounting.after70;
}

/**
 * Exact arithmetic for the sum: Σ flowₜ·D(t) over a common denominator Πₖ(1 + rₖ) keeps every digit
 * (products of decimals end), and one division at the end gives the 40 digits. The digits grow by those
 * of 1 + rₖ a year: 1,035^70 has 211, so the precision leaves room for thousands of years.
 */
const Exact = Dec.clone({ precision: 1e9 });

/** Digits of the bounds: far beyond the 40 the answer is given in. */
const BOUND_DIGITS = 60;
const Down = Dec.clone({ precision: BOUND_DIGITS, rounding: Dec.ROUND_FLOOR });
const Up = Dec.clone({ precision: BOUND_DIGITS, rounding: Dec.ROUND_CEIL });

/**
 * The present value in linear time: backwards, V = flowₜ + V / (1 + rₜ₊₁), kept between a lower and an
 * upper bound of 60 digits, each step rounded outwards (1 + r > 0, so dividing keeps the order). Where
 * both bounds round to the same 40 digits, that is the exact value's rounding; else null, and the exact
 * sum decides. The rates were checked by the caller.
 */
function boundedPresentValue(flows: readonly Dec[], rates: readonly Dec[]): Dec | null {
  let lo = new Down(0);
  let hi = new Up(0);
  for (let t = flows.length - 1; t >= 0; t -= 1) {
    if (t < flows.length - 1) {
      const [gLo, gHi] = [new Down(1).plus(rates[t + 1]), new Up(1).plus(rates[t + 1])];
      lo = lo.div(lo.isNegative() ? gLo : gHi);
      hi = hi.div(hi.isNegative() ? gHi : gLo);
    }
    lo = lo.plus(flows[t]);
    hi = hi.plus(flows[t]);
  }
  const [low, high] = [new Dec(lo).plus(0), new Dec(hi).plus(0)];
  return low.eq(high) ? low : null;
}

/**
 * The present value of `flows` (year 0 first, undiscounted), exact to the add-in's 40 digits.
 *
 * @param flows one amount a year; blank years are 0.
 * @returns `invalid` for a rate of −1 or below (any year), or flows beyond year 70 under the term
 *   structure without a rate after 70.
 */
export function presentValue(flows: readonly Dec[], discounting: Discounting): Result<Dec> {
  if (discounting.kind === "constant" && discounting.rate.lte(-1)) return invalid(messages.rateTooLow(discounting.rate.toNumber()));
  if (discounting.kind === "ministry" && discounting.after70 !== null && discounting.after70.lte(-1)) return invalid(messages.rateAfter70TooLow(discounting.after70.toNumber()));
  const rates: Dec[] = [new Dec(0)];
  for (let t = 1; t < flows.length; t += 1) {
    const rate = rateOfYear(t, discounting);
    if (rate === null) return invalid(messages.noRateAfter70(flows.length - 1));
    rates.push(rate);
  }
  return ok(boundedPresentValue(flows, rates) ?? exactPresentValue(flows, rates));
}

/** The present value over a common denominator, every digit kept: the reference the bounds are held to. */
export function exactPresentValue(flows: readonly Dec[], rates: readonly Dec[]): Dec {
  // Horner over the years: N_t = N_{t−1}·(1 + r_t) + flow_t is Σ flow_j·Π_{j<k≤t}(1 + r_k); P_t = Π_{k≤t}(1 + r_k).
  let numerator = new Exact(flows.length === 0 ? 0 : flows[0]);
  let denominator = new Exact(1);
  for (let t = 1; t < flows.length; t += 1) {
    const factor = new Exact(1).plus(rates[t]);
    numerator = numerator.times(factor).plus(flows[t]);
    denominator = denominator.times(factor);
  }
  // One division, correctly rounded to 40 digits; + 0 makes a −0 (a first flow of −0) 0.
  return new Dec(numerator).div(new Dec(denominator)).plus(0);
}

/** D(t): the discount factor of year t, to 40 digits (D(36) = 1,035⁻³⁵ · 1,025⁻¹ = 0,2926603528…). */
export function discountFactor(t: number, discounting: Discounting): Result<Dec> {
  const flows = Array.from({ length: t + 1 }, (_, i) => new Dec(i === t ? 1 : 0));
  return presentValue(flows, discounting);
}
