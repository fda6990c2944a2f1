import { Dec, ONE, ZERO } from "./decimal";
import { messages } from "./messages";
import { invalid, noAnswer, ok, type Result } from "./result";

/**
 * Payback periods of investment proposals (DOMAIN.md §3, seed 000). Flows follow the sign convention
 * of §1: costs positive, savings negative, one value per year.
 */
export interface PaybackOptions {
  /** Interpolate linearly inside the payback year. @default false */
  readonly fractional?: boolean;
  /** Repeat the last year's flow after the last year, as a permanent change would. @default false */
  readonly extendLast?: boolean;
}

/**
 * The yearly flows of a range: a single row or a single column is one item's years; a block of
 * several rows and columns has items in rows and years in columns, summed per year.
 *
 * @param cells a rectangular, non-empty grid of exact amounts.
 */
export function flowsByYear(cells: readonly (readonly Dec[])[]): Dec[] {
  const rows = cells.length;
  const columns = rows === 0 ? 0 : cells[0].length;
  if (columns === 1) return cells.map((row) => row[0]);
  const totals: Dec[] = [];
  for (let c = 0; c < columns; c += 1) {
    let sum = ZERO;
    for (let r = 0; r < rows; r += 1) sum = sum.plus(cells[r][c]);
    totals.push(sum);
  }
  return totals;
}

/**
 * The payback period: years counted from the first year with a non-zero flow (year 1); the answer is
 * the first year k at whose end the cumulative flow is ≤ 0. Fractional: (k − 1) + cumulative(k − 1) /
 * −flow(k). Seed 000: 625, 1.080, 500, −1.000, −1.000, −1.000 → 6, fractional 5,205.
 *
 * @param flows one amount a year, any sign.
 * @returns years ≥ 0; `noAnswer` when every flow is zero ("nothing to pay back") or the cumulative
 *   flow stays positive ("not paid back"), the last year repeated forever when `extendLast`.
 */
export function payback(flows: readonly Dec[], options: PaybackOptions = {}): Result<Dec> {
  return discountedPayback(flows, ZERO, options);
}

/**
 * The payback period of flows discounted at `rate` a year: the first year with a non-zero flow is
 * year 0 and undiscounted, year j is divided by (1 + rate)^j. Otherwise as {@link payback}.
 * The Finance Ministry's discount rate since 2021 is 3,5 % (0.035) for years 0-35.
 *
 * @param rate a fraction a year, rate > −1.
 * @returns as {@link payback}; `invalid` for rate ≤ −1.
 */
export function discountedPayback(flows: readonly Dec[], rate: Dec, options: PaybackOptions = {}): Result<Dec> {
  if (rate.lte(-1)) return invalid(messages.rateTooLow(rate.toNumber()));
  const first = flows.findIndex((f) => !f.isZero());
  if (first < 0) return noAnswer(messages.noFlows("flows"));
  const factor = ONE.plus(rate); // year j is divided by factor^j
  const years = flows.slice(first).map((f, j) => (j === 0 || rate.isZero() ? f : f.div(factor.pow(j))));

  let cumulative = ZERO;
  for (let k = 1; k <= years.length; k += 1) {
    const previous = cumulative;
    const flow = years[k - 1];
    cumulative = cumulative.plus(flow);
    if (cumulative.lte(0)) return ok(answer(k, previous, flow, options.fractional === true));
  }
  if (options.extendLast !== true) return noAnswer(messages.notPaidBack());
  return afterTheRange(flows[flows.length - 1], years.length, cumulative, factor, options.fractional === true);
}

/** Year k, or inside it: (k − 1) + what was left to pay back / what year k paid back. */
function answer(k: number, before: Dec, flow: Dec, fractional: boolean): Dec {
  if (!fractional) return new Dec(k);
  return new Dec(k - 1).plus(before.div(flow.neg()));
}

/**
 * Payback when the last flow `last` repeats forever after `n` years that left `cumulative` > 0 to pay
 * back. Year n + i (i = 0, 1, …) brings last / factor^(n + i). With a = −last / factor^n and
 * v = 1 / factor, the first m years after the range pay back a·g(m), g(m) = Σ_{i<m} v^i, so the answer
 * is the least m with a·g(m) ≥ cumulative: found in closed form, then confirmed exactly.
 */
function afterTheRange(last: Dec, n: number, cumulative: Dec, factor: Dec, fractional: boolean): Result<Dec> {
  if (last.gte(0)) return noAnswer(messages.notPaidBack());
  const a = last.neg().div(factor.pow(n));
  const q = cumulative.div(a); // > 0: what is left, in units of the first extra year's payment
  const v = ONE.div(factor);
  const g = (m: number): Dec => (v.eq(1) ? new Dec(m) : ONE.minus(v.pow(m)).div(ONE.minus(v)));

  let m: number;
  if (v.eq(1)) {
    m = q.ceil().toNumber();
  } else if (v.lt(1)) {
    const room = ONE.minus(q.times(ONE.minus(v))); // v^m must fall to or below this
    if (room.lte(0)) return noAnswer(messages.notPaidBack()); // the repeated savings converge short of the debt
    m = Math.max(1, room.ln().div(v.ln()).ceil().toNumber());
  } else {
    m = Math.max(1, ONE.plus(q.times(v.minus(1))).ln().div(v.ln()).ceil().toNumber());
  }
  while (m > 1 && g(m - 1).gte(q)) m -= 1; // guard the closed form against its rounding, both ways
  while (g(m).lt(q)) m += 1;

  if (!fractional) return ok(new Dec(n + m));
  const before = cumulative.minus(a.times(g(m - 1)));
  const flow = a.times(v.pow(m - 1));
  return ok(new Dec(n + m - 1).plus(before.div(flow)));
}
