import Decimal from "decimal.js";

/**
 * The one Decimal constructor of the add-in. Every kroner computation goes through it; the global
 * `Decimal.set` is never touched, so a workbook's other code cannot change our rounding.
 *
 * - precision 40 significant digits: exact for any sum or product of Excel numbers (≤ 17 digits each)
 *   that the rules need, and far beyond a double for the divisions that cannot be exact (1/3).
 * - rounding ROUND_HALF_UP: half away from zero, the Danish convention for money (DOMAIN.md §1).
 * - toExpNeg/toExpPos wide, so `toString()` never switches to exponential notation in messages.
 */
export const Dec = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});

export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);
