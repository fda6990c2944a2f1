import { Dec, ZERO } from "./decimal";
import type { NumberGrid } from "./grid";

/**
 * Do the items add up to the total, allowing for displayed rounding (DOMAIN.md §6)? Each of the n
 * non-blank items and the total may each be off by half a unit of the last shown decimal, so
 * |Σ items − total| ≤ (n + 1) × ½ × 10^−decimals. Without `decimals` the comparison is exact in
 * decimal arithmetic (0,1 + 0,2 = 0,3 holds).
 *
 * Ballerup, day treatment 2014: the districts' displayed FTE sum to 30,3 against a displayed total of
 * 30,4; with one decimal the difference 0,1 is within the tolerance, as it must be.
 *
 * @param items numbers; blank cells count neither in the sum nor in n.
 * @param decimals whole number of decimals shown, or null for an exact check.
 */
export function sumCheck(items: NumberGrid, total: Dec, decimals: number | null): boolean {
  let sum = ZERO;
  let n = 0;
  for (let r = 0; r < items.rows; r += 1) {
    for (let c = 0; c < items.columns; c += 1) {
      if (items.blank[r][c]) continue;
      sum = sum.plus(items.cells[r][c]);
      n += 1;
    }
  }
  const difference = sum.minus(total).abs();
  if (decimals === null) return difference.isZero();
  const tolerance = new Dec(n + 1).times("0.5").times(new Dec(10).pow(-decimals));
  return difference.lte(tolerance);
}

/** Decimals of a number as typed (its shortest decimal spelling): 30.4 → 1, 760332 → 0, 0.125 → 3. */
export function typedDecimals(value: number): number {
  // Stryker disable next-line StringLiteral: equivalent, Number("") is 0 as Number("0") is
  const [mantissa, exponent = "0"] = String(Math.abs(value)).split("e");
  const fraction = mantissa.split(".")[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/**
 * Do the items add up to the total, each figure as typed (a table in Excel's General format, e.g.
 * typed from a PDF whose figures were rounded)? Each figure may be off by half a unit of its own last
 * decimal: |Σ items − total| ≤ Σ ½ × 10^−decimals(x) over the items and the total. Ballerup 2014:
 * six districts in whole kroner (±0,5 each) against 9.033.262,2 (±0,05) allow 3,05 kr.
 *
 * @param items finite numbers (blank cells left out beforehand).
 */
export function sumCheckAsTyped(items: readonly number[], total: number): boolean {
  const sum = items.reduce((s, x) => s.plus(new Dec(x)), ZERO);
  const half = (x: number) => new Dec(5).times(new Dec(10).pow(-typedDecimals(x) - 1));
  const tolerance = [...items, total].reduce((t, x) => t.plus(half(x)), ZERO);
  return sum.minus(total).abs().lte(tolerance);
}
