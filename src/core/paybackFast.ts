/**
 * PAYBACK's fast path: the same answers as {@link payback} (payback.ts), computed in integers held
 * exactly in doubles, for the ranges budget sheets hold: numbers with at most 6 decimals whose sums
 * stay below 2^50. A recalculation of a sheet with 100.000 PAYBACK rows then costs about what a
 * plain loop costs, instead of a Decimal per cell. Anything else (text, errors, more decimals, huge
 * amounts) returns `undefined` and goes the exact way, which also words the error.
 *
 * Why it is exact: a cell v that equals m / 10^d for an integer |m| < 2^50 is, as decimal.js reads it
 * (the shortest decimal that round-trips), exactly m / 10^d; below 2^50 doubles are 4 per 10^-d apart,
 * so no shorter decimal rounds to v. Sums of safe integers are exact while they stay safe (checked).
 * The one division is of two safe integers, so the answer is the correctly rounded double of the
 * exact quotient.
 */
import { Dec } from "./decimal";

const SCALES = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];
// The builtins this hot path calls, bound once: a global lookup costs far more than the arithmetic in
// a host whose global object is intercepted (Node's vm, which tests and benchmarks load the bundle in).
const { round, abs, ceil, max } = Math;
const { isArray } = Array;
const { isInteger, isNaN, isSafeInteger, NaN: NOT_A_NUMBER } = Number;
const LIMIT = 2 ** 50;

/** What the fast path found: a number of years, nothing to pay back, not paid back, or "ask the exact path". */
export type FastPayback = number | "nothing" | "notPaidBack" | undefined;

/** The fewest decimals d ≤ 6 with v the double nearest m / 10^d, |m| < 2^50; −1 when there are none. */
export function decimalsOf(v: number): number {
  if (isInteger(v)) return v < LIMIT && v > -LIMIT ? 0 : -1;
  for (let d = 1; d < SCALES.length; d += 1) {
    const m = round(v * SCALES[d]);
    if (m >= LIMIT || m <= -LIMIT) return -1;
    if (m / SCALES[d] === v) return d;
  }
  return -1;
}

/**
 * A cell scaled to an integer (blank is 0); NaN when beyond 2^50. Only called on cells decimalsOf
 * accepted: v·10^d is then within a quarter of the integer it stands for, so rounding finds it.
 */
function scaled(v: unknown, scale: number): number {
  if (typeof v !== "number") return 0;
  const m = round(v * scale);
  return m < LIMIT && m > -LIMIT ? m : NOT_A_NUMBER;
}

/**
 * @param grid the range as Excel passes it: rows of cells.
 * @returns as described at {@link FastPayback}; `undefined` whenever it cannot be sure.
 */
export function fastPayback(grid: unknown, fractional: boolean, extendLast: boolean): FastPayback {
  if (!isArray(grid) || !isArray(grid[0])) return undefined;
  const rows = grid.length;
  const columns = (grid[0] as unknown[]).length;
  if (columns === 0) return undefined;
  if (rows === 1) return line(grid[0] as unknown[], fractional, extendLast);
  if (columns === 1) {
    const values: unknown[] = [];
    for (let r = 0; r < rows; r += 1) {
      const row: unknown = grid[r];
      if (!isArray(row) || row.length !== 1) return undefined;
      values.push(row[0]);
    }
    return line(values, fractional, extendLast);
  }
  return block(grid, rows, columns, fractional, extendLast);
}

/**
 * One row or column of years, in one pass as a plain loop would: integers need no scaling; the first
 * cell with decimals rescales what was summed so far. After the payback year the rest is only checked
 * to be numbers or blank, as the exact path requires of every cell.
 */
function line(values: readonly unknown[], fractional: boolean, extendLast: boolean): FastPayback {
  const n = values.length;
  let decimals = 0;
  let scale = 1;
  let cumulative = 0;
  let counted = 0;
  let flow = 0;
  for (let i = 0; i < n; i += 1) {
    const v = values[i];
    if (typeof v === "number") {
      if (isInteger(v)) {
        flow = decimals === 0 ? v : v * scale;
      } else {
        const d = decimalsOf(v);
        if (d === -1) return undefined;
        // (At d = decimals a rescaling would be by 10^0 = 1: `>=` is an equivalent mutant here.)
        if (d > decimals) {
          cumulative *= SCALES[d - decimals];
          decimals = d;
          scale = SCALES[d];
        }
        flow = round(v * scale);
      }
      // A flow of 2^50 or more takes the cumulative past 2^50, which is refused below; NaN fails here.
      if (!(flow > -LIMIT)) return undefined;
    } else if (v === null || v === undefined || v === "") {
      flow = 0;
    } else {
      return undefined;
    }
    if (counted === 0 && flow === 0) continue;
    const before = cumulative;
    cumulative += flow;
    // Never below −2^50: before is positive and flow above −2^50.
    if (!(cumulative < LIMIT)) return undefined;
    if (cumulative <= 0) {
      // (Cells i − 1 and i were read, cell n is undefined, a blank: `i - 1` and `k <= n` are equivalent mutants here.)
      for (let k = i + 1; k < n; k += 1) {
        const rest = values[k];
        if (typeof rest === "number" ? rest - rest !== 0 : !(rest === null || rest === undefined || rest === "")) return undefined;
      }
      return inside(counted, before, flow, fractional);
    }
    counted += 1;
  }
  return afterTheRange(counted, cumulative, flow, fractional, extendLast);
}

/** Items in rows, years in columns: the decimals first, then the years summed over the rows. */
function block(grid: readonly unknown[], rows: number, columns: number, fractional: boolean, extendLast: boolean): FastPayback {
  let decimals = 0;
  for (let r = 0; r < rows; r += 1) {
    const row: unknown = grid[r];
    if (!isArray(row) || row.length !== columns) return undefined;
    // (Cell `columns` is undefined, a blank: `c <= columns` is an equivalent mutant here.)
    for (let c = 0; c < columns; c += 1) {
      const v: unknown = row[c];
      if (v === null || v === undefined || v === "") continue;
      if (typeof v !== "number") return undefined;
      const d = decimalsOf(v);
      if (d === -1) return undefined;
      decimals = max(decimals, d);
    }
  }
  const cells = grid as unknown[][];
  const scale = SCALES[decimals];
  let cumulative = 0;
  let counted = 0;
  let flow = 0;
  for (let y = 0; y < columns; y += 1) {
    flow = 0;
    // Each partial sum below 2^50 (NaN fails too), so the next is below 2^51 and exact: past 2^53
    // a sum of nine rows would round, and cancel back into range wrong.
    for (let r = 0; r < rows; r += 1) {
      flow += scaled(cells[r][y], scale);
      if (!(abs(flow) < LIMIT)) return undefined;
    }
    if (counted === 0 && flow === 0) continue;
    const before = cumulative;
    cumulative += flow;
    // Never below −2^50: before is positive and flow above −2^50.
    if (!(cumulative < LIMIT)) return undefined;
    if (cumulative <= 0) return inside(counted, before, flow, fractional);
    counted += 1;
  }
  return afterTheRange(counted, cumulative, flow, fractional, extendLast);
}

/** Not paid back within the range: nothing at all, not paid back, or the last year's saving repeated. */
function afterTheRange(counted: number, cumulative: number, last: number, fractional: boolean, extendLast: boolean): FastPayback {
  if (counted === 0) return "nothing";
  if (!extendLast || last >= 0) return "notPaidBack";
  // After m more years the cumulative is S + m·L ≤ 0.
  const m = max(1, ceil(cumulative / -last));
  return inside(counted + m - 1, cumulative + (m - 1) * last, last, fractional);
}

/** Paid back in year j + 1 (0-based j), or j + before / −flow inside it. */
function inside(j: number, before: number, flow: number, fractional: boolean): number | undefined {
  if (!fractional) return j + 1;
  // before is a cumulative, below 2^50; the numerator can pass 2^53 over many years.
  const numerator = j * -flow + before;
  return isSafeInteger(numerator) ? numerator / -flow : undefined;
}

const UNIT = 2 ** -53;
const U2 = UNIT * UNIT;
const HUGE = 1e250;
const TINY = 2 ** -1000;

/**
 * PAYBACK.DISCOUNTED's whole-year answer in doubles (issue #18), where it can be sure: S_J = S_{J−1}·f
 * + flow_J is computed in doubles beside a bound E_J on its distance from the exact S_J of the cells'
 * decimals (each cell and the rate read as the shortest decimal that gives the double, as decimal.js
 * reads them: within half an ulp, u·|x|). The bound adds, each year, the carried error times f, the
 * factor's error times |S|, the product's and the sum's rounding and the flow's reading, each at most
 * u times its size, and is itself rounded up. Where |S_J| exceeds it the sign is the exact one; else
 * undefined, and the exact path decides. Fractional answers and a last year repeated past the range
 * always go the exact way (their digits need more than a double).
 */
export function fastDiscountedPayback(grid: unknown, rate: number, fractional: boolean, extendLast: boolean): FastPayback {
  // An infinite rate makes the first year's sum NaN, refused there.
  if (!(rate > -1) || (rate !== 0 && abs(rate) < TINY)) return undefined;
  if (!isArray(grid)) return undefined;
  if (fractional) {
    const line = lineOf(grid);
    return line === undefined ? undefined : fastDiscountedFraction(line, rate, extendLast);
  }
  const rows = grid.length;
  const top: unknown = grid[0];
  if (!isArray(top) || top.length === 0) return undefined;
  // One row, or one column: the years one after another, read in place.
  // A column's rows, the top one among them, are checked to be one cell each as they are read.
  const column = rows > 1;
  const n = column ? rows : top.length;
  const f = 1 + rate;
  const df = factorError(rate);
  const grow = growth(f, df);
  let s = 0;
  let e = 0;
  let started = false;
  let year = 0;
  let answer: FastPayback = extendLast ? undefined : "notPaidBack";
  for (let i = 0; i < n; i += 1) {
    let v: unknown;
    if (column) {
      const row: unknown = grid[i];
      if (!isArray(row) || row.length !== 1) return undefined;
      v = row[0];
    } else {
      v = top[i];
    }
    let x: number;
    if (typeof v === "number") {
      // Not below 2^-1000: there a double's neighbours are no longer u·|x| apart.
      if (v - v !== 0 || (v !== 0 && abs(v) < TINY)) return undefined;
      x = v;
    } else if (v === null || v === undefined || v === "") {
      x = 0;
    } else {
      return undefined;
    }
    // Once decided, the rest is only checked to be numbers or blank, as the exact path requires.
    if (answer !== "notPaidBack" && answer !== undefined) continue;
    if (!started) {
      if (x === 0) continue;
      started = true;
    }
    const product = s * f;
    const next = product + x;
    e = yearBound(e, grow, s, df, product, x, next);
    s = next;
    year += 1;
    // NaN from an infinite rate (∞·0). An infinite sum is decided as any other: past HUGE below, or
    // −∞ paid back; an infinite bound with a finite sum leaves the year to the exact path.
    if (isNaN(s)) return undefined;
    if (s > HUGE) {
      // About to pass the largest double: with f ≥ 1, S_K ≥ f^(K−J)·(S_J − Σ_{i>J} |x_i|), so once S_J
      // exceeds what every later flow together could take off, the flows never pay back.
      const rest = restAbs(column ? grid : [top], column, i + 1, n);
      return f >= 1 && rest !== undefined && s - e > rest && !extendLast ? "notPaidBack" : undefined;
    }
    if (s - e > 0) continue;
    if (s + e > 0) return undefined;
    answer = year;
  }
  return started ? answer : "nothing";
}

/*
 * The bounds' arithmetic, one formula each, every one rounded up: its double is never below the
 * formula's exact value at the same doubles (a few roundings of at most u each, covered by the factor
 * 1 + k·u). Exported for the test that holds each to its exact value, from above and closely.
 */

/** |f − (1 + rate)| for f = 1 + rate in doubles, the rate read as decimal.js reads it: u·(|1 + rate| + |rate|). */
export function factorError(rate: number): number {
  return UNIT * (abs(1 + rate) + abs(rate)) * (1 + 8 * UNIT);
}

/** What the carried bound grows by each year: |f| + its error. */
export function growth(f: number, df: number): number {
  return (f + df) * (1 + 4 * UNIT);
}

/** E_J = E_{J−1}·grow + |S_{J−1}|·df + u·(|S_{J−1}·f| + |x_J| + |S_J|). */
export function yearBound(e: number, grow: number, s: number, df: number, product: number, x: number, next: number): number {
  return (e * grow + abs(s) * df + UNIT * (abs(product) + abs(x) + abs(next))) * (1 + 16 * UNIT);
}

/** A sum of n absolute values in doubles, rounded up past its n roundings. */
export function sumBound(sum: number, n: number): number {
  return sum * (1 + 2 * n * UNIT);
}

/** A double rounded up past one rounding of its own. */
export function roundedUp(x: number): number {
  return x * (1 + 2 * UNIT);
}

/** The double-double year's E_J = E·|f| + |S|·|f|·40u² + (|x| + |S_J|)·16u². */
export function pairYearBound(e: number, fAbs: number, sh: number, x: number, nh: number): number {
  return (e * fAbs + abs(sh) * fAbs * (40 * U2) + (abs(x) + abs(nh)) * (16 * U2)) * (1 + 8 * UNIT);
}

/** How far the double-double S may be from its high part: |lo| + E. */
export function pairSpread(sl: number, e: number): number {
  return (abs(sl) + e) * (1 + 4 * UNIT);
}

/** The bound on S_{J−1}·f as a double-double: E·|f| + |S|·|f|·40u². */
export function pairProductBound(be: number, fAbs: number, bh: number): number {
  return (be * fAbs + abs(bh) * fAbs * (40 * U2)) * (1 + 8 * UNIT);
}

/** The bound on the answer a = j + P / −x: E_P / |x| + (|q| + j)·32u², and room for the exact path's 40 digits (|a|·10^−38). */
export function answerBound(eP: number, dv: number, q: number, j: number, a: number): number {
  return (eP / abs(dv) + (abs(q) + j) * (32 * U2) + abs(a) * 1e-38) * (1 + 8 * UNIT);
}

/** The double ah where the answer ah + al, known within eA, surely rounds to it; else undefined. */
export function sureDouble(ah: number, al: number, eA: number): number | undefined {
  return abs(al) + eA < roundingRoom(ah, al) ? ah : undefined;
}

/**
 * The rounding interval of the double ah > 0 as ah + al: half its ulp either side, a quarter below
 * a power of two (where the next double down is half as far).
 */
export function roundingRoom(ah: number, al: number): number {
  // The binary exponent from the double's bits, as it is stored: Math.log2 rounds up to the next
  // exponent just below a power of two, and engines need not make it exact at one. For ah > 0 the
  // sign bit is 0, so the top 16 bits shifted by 4 are the biased exponent (0 for a subnormal ah,
  // whose half-ulp 2^-1075 rounds to 0 as 2^-1076 does).
  BITS.setFloat64(0, ah);
  const exponent = (BITS.getUint16(0) >>> 4) - 1023;
  let half = 2 ** (exponent - 53);
  if (ah === 2 ** exponent && al < 0) half /= 2;
  return half;
}

const BITS = new DataView(new ArrayBuffer(8));

/** One row, or one column, of a range as a list of its cells; undefined for anything else. */
function lineOf(grid: readonly unknown[]): readonly unknown[] | undefined {
  const top: unknown = grid[0];
  if (!isArray(top) || top.length === 0) return undefined;
  if (grid.length === 1) return top;
  // The top row is checked below with the others: one cell each.
  const column: unknown[] = [];
  for (const row of grid) {
    if (!isArray(row) || row.length !== 1) return undefined;
    column.push(row[0]);
  }
  return column;
}

/** Σ |x| over the cells from `from` on, rounded up (infinite or NaN where a cell is); undefined where a cell is text or another value. */
function restAbs(grid: readonly unknown[], column: boolean, from: number, n: number): number | undefined {
  let sum = 0;
  for (let i = from; i < n; i += 1) {
    const row: unknown = grid[column ? i : 0];
    if (!isArray(row)) return undefined;
    const v: unknown = row[column ? 0 : i];
    if (typeof v === "number") {
      // An infinite or NaN cell makes the sum so: no S exceeds it, and the exact path decides.
      sum += abs(v);
    } else if (!(v === null || v === undefined || v === "")) {
      return undefined;
    }
  }
  return sumBound(sum, n);
}

/*
 * PAYBACK.DISCOUNTED's fraction in double-doubles (issue #29): about 32 digits, a few dozen flops a
 * year, against the Decimal scan's ~50 µs. S_J = S_{J−1}·f + x_J is carried as an unevaluated sum of
 * two doubles beside a bound E on its distance from the exact S_J, with f = 1 + rate the decimal
 * rate's exact value as two doubles (f's own error ≤ 2^−104·f) and the flows scaled by 10^d to
 * integers (exact; the payback is the same for flows scaled alike). Each year's error is bounded by
 * the textbook bounds of the double-double product and sum (taken at four times their size) plus the
 * carried bound times f. The year is decided where the bound decides S's sign, as for whole years.
 * The answer j + S_{J−1}·f / −x_J is then known within ~10^−27 of itself: where that interval lies
 * inside the rounding interval of one double, with room for the exact path's own 40-digit roundings,
 * that double is the exact path's answer as Excel gets it. Else, and for a last year repeated past the
 * range, undefined: the exact path decides.
 */
const SPLIT = 134217729; // 2^27 + 1: Dekker's split

/** a·b exactly as hi + lo (Dekker), for |a|, |b| far from overflow. */
function twoProd(a: number, b: number): [number, number] {
  const p = a * b;
  const ca = SPLIT * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = SPLIT * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

/** a + b exactly as hi + lo (Knuth). */
function twoSum(a: number, b: number): [number, number] {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

/** 1 + rate as two doubles, rate read as decimal.js reads it; null where that would not be exact. */
function factorOf(rate: number): [number, number] | null {
  if (rate !== 0 && abs(rate) < 1e-15) return null;
  const f = new Wide(rate).plus(1);
  const fh = f.toNumber();
  if (!(fh > 2 ** -20 && fh < 2 ** 20)) return null;
  // fh's exact binary value: an integer m times 2^e, |e| ≤ 73 here, so Wide holds it exactly.
  let m = fh;
  let e = 0;
  while (!isInteger(m)) {
    m *= 2;
    e -= 1;
  }
  const binary = new Wide(m).times(new Wide(2).pow(e));
  return [fh, f.minus(binary).toNumber()];
}

/** Enough digits for 1 + rate and a double's exact binary value in this range. */
// Stryker disable next-line ObjectLiteral: equivalent, Dec's 40 digits hold 1 + rate exactly for |rate| ≥ 10^-15 (32 digits at most); fh's binary value rounded at 10^-40 moves f's low part far less than the 2^-104·f the bounds allow
const Wide = Dec.clone({ precision: 160 });

/** The exact path's answer for a fractional discounted payback on one row or column of numbers, or undefined. */
function fastDiscountedFraction(values: readonly unknown[], rate: number, extendLast: boolean): FastPayback {
  let d = 0;
  for (const v of values) {
    if (typeof v === "number") {
      const dv = decimalsOf(v);
      if (dv < 0) return undefined;
      d = max(d, dv);
    } else if (!(v === null || v === undefined || v === "")) return undefined;
  }
  const factor = factorOf(rate);
  if (factor === null) return undefined;
  const [fh, fl] = factor;
  const fAbs = roundedUp(abs(fh));
  const scale = SCALES[d];
  let [sh, sl] = [0, 0];
  let e = 0;
  let started = false;
  let j = 0;
  for (const v of values) {
    const x = scaled(v, scale);
    if (!started) {
      if (x === 0) continue;
      started = true;
    }
    const [bh, bl, be] = [sh, sl, e];
    // P = S·f: (sh + sl)(fh + fl), its error ≤ 4·(8u²)|S||f| + |S|·2^−104·f.
    const [ph, pe] = twoProd(sh, fh);
    const [p1, p2] = twoSum(ph, pe + (sh * fl + sl * fh));
    // S' = P + x.
    const [s1, s2] = twoSum(p1, x);
    const [nh, nl] = twoSum(s1, s2 + p2);
    e = pairYearBound(e, fAbs, sh, x, nh);
    [sh, sl] = [nh, nl];
    // NaN (a cell scaled past 2^50 is NaN, and so is every sum after it) or past HUGE: the exact path.
    // The bound's terms are never negative, so it is NaN only where S is; infinite, it decides nothing below.
    if (!(abs(sh) <= HUGE)) return undefined;
    const spread = pairSpread(sl, e);
    if (sh - spread > 0) {
      j += 1;
      continue;
    }
    if (sh + spread > 0) return undefined;
    // Paid back in year j (0-based): j + S_{J−1}·f / −x.
    if (j === 0) return 0;
    const [qh, qe] = twoProd(bh, fh);
    const [P, Pl] = twoSum(qh, qe + (bh * fl + bl * fh));
    const eP = pairProductBound(be, fAbs, bh);
    const dv = -x;
    const q1 = P / dv;
    const [m1, m2] = twoProd(q1, dv);
    const [r1, r2] = twoSum(P, -m1);
    const q2 = (r1 + (r2 - m2 + Pl)) / dv;
    const [a1, a2] = twoSum(j, q1);
    const [ah, al] = twoSum(a1, a2 + q2);
    const eA = answerBound(eP, dv, q1, j, ah);
    return sureDouble(ah, al, eA);
  }
  if (!started) return "nothing";
  return extendLast ? undefined : "notPaidBack";
}
