import { Dec, ZERO } from "./decimal";
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
 * Exact decimal arithmetic for the discounted scan. Dividing by (1 + rate)^j rarely terminates, so the
 * scan never divides: with factor f = 1 + rate it keeps S_J = Σ_{j≤J} flow_j × f^(J−j), which is the
 * cumulative discounted flow times f^J and has its sign. Its digits grow by those of f each year; the
 * precision leaves room for thousands of years.
 */
const Exact = Dec.clone({ precision: 100000 });
type Exact = InstanceType<typeof Exact>;

/** Digits of f^m beyond which the check of m repeated years falls back to 40-digit arithmetic. */
const EXACT_TAIL_DIGITS = 20000;

/**
 * The payback period of flows discounted at `rate` a year: the first year with a non-zero flow is
 * year 0 and undiscounted, year j is divided by (1 + rate)^j. Otherwise as {@link payback}.
 * The Finance Ministry's discount rate since 2021 is 3,5 % (0.035) for years 0-35.
 *
 * @param rate a fraction a year, rate > −1.
 * @returns as {@link payback}; `invalid` for rate ≤ −1. Whether and in which year the flows pay back
 *   is decided exactly; the fraction inside the year is exact to 40 digits.
 */
export function discountedPayback(flows: readonly Dec[], rate: Dec, options: PaybackOptions = {}): Result<Dec> {
  return scan(flows, rate, options, true);
}

/** {@link discountedPayback} by the exact scan alone: the reference the bounded scan is held to. */
export function discountedPaybackExact(flows: readonly Dec[], rate: Dec, options: PaybackOptions = {}): Result<Dec> {
  // Stryker disable next-line BooleanLiteral: equivalent, the bounded scan gives the exact scan's answers (the property test in properties.test.ts holds them equal)
  return scan(flows, rate, options, false);
}

function scan(flows: readonly Dec[], rate: Dec, options: PaybackOptions, bounded: boolean): Result<Dec> {
  if (rate.lte(-1)) return invalid(messages.rateTooLow(rate.toNumber()));
  const first = flows.findIndex((f) => !f.isZero());
  if (first < 0) return noAnswer(messages.noFlows("flows"));
  const [fractional, extendLast] = [options.fractional === true, options.extendLast === true];
  const years = flows.slice(first);
  // Where the bounds decide, the answer is theirs; else the exact scan decides.
  return (bounded ? boundedScan(years, rate, fractional, extendLast) : null) ?? exactScan(flows, years, rate, fractional, extendLast);
}

/** The scan in exact decimals: S_J's digits grow by those of 1 + rate each year. */
function exactScan(flows: readonly Dec[], years: readonly Dec[], rate: Dec, fractional: boolean, extendLast: boolean): Result<Dec> {
  const f = new Exact(1).plus(rate);

  let scaled: Exact = new Exact(0); // S_J
  for (let j = 0; j < years.length; j += 1) {
    const before = scaled;
    scaled = before.times(f).plus(years[j]);
    if (scaled.lte(0)) return ok(inside(j, before, f, years[j], fractional));
  }
  if (!extendLast) return noAnswer(messages.notPaidBack());
  return afterTheRange(scaled, years.length, f, flows[flows.length - 1], fractional);
}

/** Digits the bounded scan keeps: far beyond the 40 the answer's fraction is given in. */
const BOUND_DIGITS = 60;
const Down = Dec.clone({ precision: BOUND_DIGITS, rounding: Dec.ROUND_FLOOR });
const Up = Dec.clone({ precision: BOUND_DIGITS, rounding: Dec.ROUND_CEIL });

/**
 * The discounted scan in linear time (issue #18): S_J kept between a lower and an upper bound of
 * BOUND_DIGITS digits, each step rounded outwards (the factor 1 + rate too, where it has more digits),
 * so the true S_J always lies between them. Its sign is decided where the bounds agree on it; the year's
 * fraction is given where both bounds of S_{J−1}·f round to the same 40 digits, which the exact scan
 * would then round the exact value to, so the answer is the exact scan's to the last digit. Where the
 * bounds cannot tell (S_J within their width of 0, or the fraction's 40th digit undecided), or the
 * last flow repeats beyond the range, null: the exact scan decides. Each year costs four 60-digit
 * operations however many years came before, where the exact scan's numbers grow by the digits of
 * 1 + rate every year.
 */
function boundedScan(years: readonly Dec[], rate: Dec, fractional: boolean, extendLast: boolean): Result<Dec> | null {
  const [fLo, fHi] = [new Down(1).plus(rate), new Up(1).plus(rate)];
  let lo = new Down(0);
  let hi = new Up(0);
  for (let j = 0; j < years.length; j += 1) {
    const [beforeLo, beforeHi] = [lo, hi];
    // A bound times the factor's bound that keeps it a bound: the smaller factor for a positive lower bound.
    lo = lo.times(lo.isNegative() ? fHi : fLo).plus(years[j]);
    hi = hi.times(hi.isNegative() ? fLo : fHi).plus(years[j]);
    if (lo.gt(0)) continue;
    // Where the bounds straddle 0, null leaves the year to the exact scan.
    if (!hi.lte(0)) return null;
    if (!fractional) return ok(new Dec(j + 1));
    const low = new Dec(beforeLo.times(beforeLo.isNegative() ? fHi : fLo));
    const high = new Dec(new Up(beforeHi).times(beforeHi.isNegative() ? fLo : fHi));
    return low.eq(high) ? ok(new Dec(j).plus(low.div(years[j].neg()))) : null;
  }
  return extendLast ? null : noAnswer(messages.notPaidBack());
}

/** Payback in year J (0-based), or inside it: J + cumulative before / what year J paid back. */
function inside(j: number, before: Exact, f: Exact, flow: Dec, fractional: boolean): Dec {
  if (!fractional) return new Dec(j + 1);
  return new Dec(j).plus(new Dec(before.times(f)).div(flow.neg()));
}

/**
 * Payback when the last flow L repeats forever after n years that left S = S_{n−1} > 0. After m more
 * years S_{n−1+m} = S·f^m + L·(f^m − 1)/(f − 1). With rate r = f − 1 > 0 the repeated savings, summed
 * forever, reach the debt only if S·r + L < 0 (equal: only in the limit, never). The least m comes
 * from the closed form in 40 digits and is confirmed exactly while the digits of f^m stay reasonable.
 */
function afterTheRange(scaled: Exact, n: number, f: Exact, last: Dec, fractional: boolean): Result<Dec> {
  if (last.gte(0)) return noAnswer(messages.notPaidBack());
  const r = f.minus(1);
  const L = new Exact(last);
  // S·r + L, exact: below 0 the debt shrinks however far the years run.
  const gap = scaled.times(r).plus(L);
  if (r.gt(0) && gap.gte(0)) return noAnswer(messages.notPaidBack());

  let m: number;
  if (r.isZero()) {
    m = new Dec(scaled).div(last.neg()).ceil().toNumber();
  } else {
    // S_{n−1+m} ≤ 0 ⇔ f^m ≥ (L/r) / (S + L/r) = L / (S·r + L): the quotient of two exact numbers, taken
    // in 40 digits. (S + L/r itself in 40 digits cancels its digits away where S·r + L is tiny: a
    // payback 2.648 years out came out 2.746, beyond what the steps below correct.) With r > 0 both
    // are negative and |L| > |S·r + L|; with r < 0 both are negative and |L| < |S·r + L|: the
    // logarithms' signs agree, m > 0.
    m = new Dec(L).div(new Dec(gap)).ln().div(new Dec(f).ln()).ceil().toNumber();
  }
  m = Math.max(1, m);
  // tail(0) is S itself: f^0 = 1 and the repeated sum (f^0 − 1)/(f − 1) = 0.
  const tail = (k: number): Dec | Exact => {
    // Stryker disable next-line ArithmeticOperator: equivalent, each of these makes the sum smaller, so tail computes exactly more often (exact is the reference); it only costs time
    const exact = f.sd() * k + scaled.sd() + L.sd() < EXACT_TAIL_DIGITS;
    const F = exact ? f : new Dec(f);
    const fk = F.pow(k);
    const sum = r.isZero() ? new Dec(k) : fk.minus(1).div(F.minus(1));
    return (exact ? scaled : new Dec(scaled)).times(fk).plus((exact ? L : new Dec(L)).times(sum));
  };
  // The closed form's ceiling is the year or, where the exact value is a whole year and its 40 digits
  // round up, one beyond it: start a year earlier and step up, exactly, to the first year paid back.
  m = Math.max(1, m - 1);
  // The bound keeps the loop finite should the closed form be further off; one or two steps decide.
  for (let step = 0; step < 8 && tail(m).gt(0); step += 1) m += 1;

  if (!fractional) return ok(new Dec(n + m));
  const before = tail(m - 1);
  return ok(new Dec(n + m - 1).plus(new Dec(before).times(new Dec(f)).div(last.neg())));
}
