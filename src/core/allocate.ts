import { Dec, ZERO } from "./decimal";
import { messages } from "./messages";
import { invalid, ok, type Result } from "./result";

/**
 * Integer arithmetic on whole units needs every digit: a total near Excel's largest number (1,8e308)
 * split into øre has 311 digits before the decimal point, plus up to 17 of a key.
 */
const Wide = Dec.clone({ precision: 400 });

/**
 * Splits `total` in proportion to `keys`, rounded to `decimals`, so that the parts sum exactly to the
 * total: every part is first rounded towards zero, then the units left over go one each to the parts
 * with the largest remainders; equal remainders favour the earlier key (row by row, left to right).
 * A negative total is split as its absolute value and negated, so the rounding is symmetric.
 *
 * @param total any sign, with at most `decimals` decimals (else it cannot be split exactly).
 * @param keys a grid of weights ≥ 0, not all 0.
 * @param decimals whole number; 0 splits into kroner, 2 into øre, −3 into thousands.
 * @returns one part per key, in the keys' shape; `invalid` for a negative key, keys summing to 0, or a
 *   total finer than `decimals`.
 */
export function allocate(total: Dec, keys: readonly (readonly Dec[])[], decimals = 0): Result<Dec[][]> {
  const flat: Dec[] = [];
  for (let r = 0; r < keys.length; r += 1) {
    for (let c = 0; c < keys[r].length; c += 1) {
      const key = keys[r][c];
      if (key.isNegative() && !key.isZero()) return invalid(messages.negativeKey({ row: r + 1, column: c + 1 }, key.toNumber()));
      flat.push(key);
    }
  }
  const sum = flat.reduce((s, k) => s.plus(k), new Wide(0));
  if (sum.isZero()) return invalid(messages.keysSumZero());
  const unit = new Wide(10).pow(-decimals);
  const units = new Wide(total).abs().div(unit); // whole units of 10^-decimals to hand out
  if (!units.isInteger()) return invalid(messages.totalTooPrecise(total.toString(), decimals));

  const shares = flat.map((k) => units.times(k)); // exact: products of exact decimals
  const whole = shares.map((s) => s.divToInt(sum));
  const remainder = shares.map((s, i) => s.minus(whole[i].times(sum))); // exact, 0 ≤ r < sum
  let left = units.minus(whole.reduce((s, w) => s.plus(w), new Wide(0))).toNumber();
  const order = remainder
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => !r.isZero())
    // Equal remainders keep the earlier key first: listed in key order, and sort is stable (ES2019).
    .sort((x, y) => y.r.comparedTo(x.r));
  for (const { i } of order) {
    if (left <= 0) break;
    whole[i] = whole[i].plus(1);
    left -= 1;
  }
  const sign = total.isNegative() ? -1 : 1;
  const parts = whole.map((w) => (w.isZero() ? ZERO : new Dec(w.times(unit).times(sign))));
  let next = 0;
  return ok(keys.map((row) => row.map(() => parts[next++])));
}
