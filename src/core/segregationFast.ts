/**
 * SEGREGATION.PAYMENT's, .CENTRAL's and .LIABLE's fast paths (issue #17): the same answers as the
 * exact Decimal path (segregation.ts, placement.ts), computed in integers held exactly in doubles
 * for the arguments a result sheet passes: amounts with at most 6 decimals, a share with at most 6,
 * dates as serials with no category, arrival or basis. Anything else (text, blanks where a value is
 * required, errors, out-of-range models, more decimals, huge amounts) returns `undefined` and goes
 * the exact way, which also words the error. A property test holds the two paths equal.
 *
 * Why it is exact. Payment: with K, T, C scaled to integers by 10^d and s by 10^e (decimalsOf, as
 * PAYBACK's fast path reads cells), T + s·(K − T) scaled by 10^(d+e) is T'·10^e + s'·(K' − T'), an
 * integer, computed exactly while every product and sum stays below 2^53 (checked: a product that
 * would pass 2^53 comes out ≥ 2^53 in doubles too). The answer is that integer ÷ 10^(d+e), one
 * division of exact doubles: the correctly rounded double of the exact value, which is what the exact
 * path's Decimal gives (its 40 digits hold the value exactly, and Number() of a decimal string rounds
 * correctly). Central: K'·10^e minus the scaled payment, likewise. Liable: days covered ÷ days in the
 * school year (365 or 366), both integers; the exact path rounds the quotient to 40 digits first, but
 * a quotient a/b with b ≤ 366 lies at least 1/(b·2^54) (relatively) from every midpoint between
 * doubles, far beyond 40 digits, so both round to the same double.
 */
import { daysCovered, daysIn, isDateSerial, schoolYearPeriod } from "./dates";
import { decimalsOf } from "./paybackFast";
import { HEDENSTED_2022_23 } from "./segregation";

/** 10^n, exact in a double, for n ≤ 12 (a scale is at most 6 decimals of an amount and 6 of a share). */
const SCALES = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12];
const SAFE = 2 ** 53;
const LIMIT = 2 ** 50;
const { floor, max, min, round } = Math;
const { isInteger } = Number;

/** A model argument as the exact path reads it: blank is the default; a finite number itself; anything else undefined. */
function argument(v: unknown, fallback: number): number | undefined {
  if (v === null || v === undefined || v === "") return fallback;
  // + 0: −0 reads as 0, as the exact path reads it.
  return typeof v === "number" && v - v === 0 ? v + 0 : undefined;
}

/**
 * A cost as the exact path reads it: a number ≥ 0 (−0 as 0); anything else undefined. NaN is not ≥ 0, and
 * +∞ is above every threshold and has no decimals (decimalsOf), so scaledParts leaves it to the exact path.
 */
function costOf(v: unknown): number | undefined {
  return typeof v === "number" && v >= 0 ? v + 0 : undefined;
}

/** The model's threshold, cap and share, blank as the defaults; undefined unless 0 ≤ T ≤ C and 0 ≤ s ≤ 1. */
function modelOf(threshold: unknown, cap: unknown, schoolShare: unknown): readonly [number, number, number] | undefined {
  const T = argument(threshold, HEDENSTED_2022_23.threshold);
  const C = argument(cap, HEDENSTED_2022_23.cap);
  const s = argument(schoolShare, HEDENSTED_2022_23.schoolShare);
  return T !== undefined && C !== undefined && s !== undefined && T >= 0 && C >= T && s >= 0 && s <= 1 ? [T, C, s] : undefined;
}

/** For a cost above the threshold: the school's part and the cost, both scaled by 10^scale, or undefined. */
function scaledParts(cost: number, [T, C, s]: readonly [number, number, number]): { school: number; cost: number; scale: number } | undefined {
  const [dK, dT, dC, e] = [decimalsOf(cost), decimalsOf(T), decimalsOf(C), decimalsOf(s)];
  if (dK < 0 || dT < 0 || dC < 0 || e < 0) return undefined;
  const d = max(dK, dT, dC);
  // Each cell v·10^d lies within a quarter of the integer it stands for (decimalsOf): rounding finds it.
  const [k, t, c] = [round(cost * SCALES[d]), round(T * SCALES[d]), round(C * SCALES[d])];
  const share = round(s * SCALES[e]);
  // Below 2^50 the scaled cost is within a fifth of its integer, so the rounding above found it. The
  // threshold is below the cost (t < k). The cap matters only below the cost too: a cap scaled past
  // 2^50, found or not, is above every figure below and the school's part is the shared amount.
  if (k >= LIMIT) return undefined;
  const up = SCALES[e];
  const kUp = k * up;
  if (kUp >= SAFE) return undefined;
  // Exact: share ≤ 10^e, so share·(k − t) ≤ t·10^e + share·(k − t) ≤ k·10^e < 2^53.
  const shared = t * up + share * (k - t);
  return { school: min(shared, c * up), cost: kUp, scale: d + e };
}

/** SEGREGATION.PAYMENT's answer, or undefined where the exact path must decide. */
export function fastSchoolPayment(cost: unknown, threshold: unknown, cap: unknown, schoolShare: unknown): number | undefined {
  const k = costOf(cost);
  const model = modelOf(threshold, cap, schoolShare);
  if (k === undefined || model === undefined) return undefined;
  // A cost up to the threshold is paid whole: the cost itself, whatever its digits.
  if (k <= model[0]) return k;
  const parts = scaledParts(k, model);
  return parts === undefined ? undefined : parts.school / SCALES[parts.scale];
}

/** SEGREGATION.CENTRAL's answer (the cost less the school's part), or undefined where the exact path must decide. */
export function fastCentralPayment(cost: unknown, threshold: unknown, cap: unknown, schoolShare: unknown): number | undefined {
  const k = costOf(cost);
  const model = modelOf(threshold, cap, schoolShare);
  if (k === undefined || model === undefined) return undefined;
  if (k <= model[0]) return 0;
  const parts = scaledParts(k, model);
  if (parts === undefined) return undefined;
  // The school's part is at most the cost: 0 at the least, never −0.
  return (parts.cost - parts.school) / SCALES[parts.scale];
}

/** A date argument as the exact path reads it: a serial's day, null when blank; undefined otherwise (NaN and ±∞ are out of range). */
function serial(v: unknown): number | null | undefined {
  if (v === null || v === undefined || v === "" || v === 0) return null;
  if (typeof v !== "number") return undefined;
  const day = floor(v);
  return isDateSerial(day) ? day : undefined;
}

/** A text argument left blank (Excel desktop passes a blank cell as 0). */
const blankText = (v: unknown): boolean => v === null || v === undefined || v === "" || v === 0;

/** SEGREGATION.LIABLE's answer for a pupil with no category, arrival or basis, or undefined where the exact path must decide. */
export function fastLiable(start: unknown, end: unknown, schoolYear: unknown, category: unknown, arrival: unknown, basis: unknown): number | undefined {
  if (!blankText(category) || !blankText(arrival) || !blankText(basis)) return undefined;
  // A blank start is the exact path's to word; a blank end is an open placement.
  const first = serial(start);
  const last = serial(end);
  if (first === undefined || first === null || last === undefined) return undefined;
  if (typeof schoolYear !== "number" || !isInteger(schoolYear) || schoolYear < 1900 || schoolYear > 9998) return undefined;
  if (last !== null && first > last) return undefined;
  const year = schoolYearPeriod(schoolYear);
  return daysCovered({ first, last: last ?? Number.POSITIVE_INFINITY }, year) / daysIn(year);
}
