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
const SCALES = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];
const LIMIT = 2 ** 50;

/** What the fast path found: a number of years, nothing to pay back, not paid back, or "ask the exact path". */
export type FastPayback = number | "nothing" | "notPaidBack" | undefined;

/** The fewest decimals d ≤ 6 with v the double nearest m / 10^d, |m| < 2^50; −1 when there are none. */
function decimalsOf(v: number): number {
  for (let d = 0; d < SCALES.length; d += 1) {
    const m = Math.round(v * SCALES[d]);
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
  const m = Math.round(v * scale);
  return m < LIMIT && m > -LIMIT ? m : Number.NaN;
}

/**
 * @param grid the range as Excel passes it: rows of cells.
 * @returns as described at {@link FastPayback}; `undefined` whenever it cannot be sure.
 */
export function fastPayback(grid: unknown, fractional: boolean, extendLast: boolean): FastPayback {
  if (!Array.isArray(grid) || grid.length === 0 || !Array.isArray(grid[0])) return undefined;
  const rows = grid.length;
  const columns = (grid[0] as unknown[]).length;
  if (columns === 0) return undefined;
  let decimals = 0;
  for (let r = 0; r < rows; r += 1) {
    const row: unknown = grid[r];
    if (!Array.isArray(row) || row.length !== columns) return undefined;
    for (let c = 0; c < columns; c += 1) {
      const v: unknown = row[c];
      if (v === null || v === undefined || v === "") continue;
      if (typeof v !== "number") return undefined;
      const d = decimalsOf(v);
      if (d < 0) return undefined;
      if (d > decimals) decimals = d;
    }
  }
  const cells = grid as unknown[][];
  const scale = SCALES[decimals];
  const years = columns === 1 ? rows : columns;

  let cumulative = 0;
  let counted = 0; // years since the first with a flow
  let flow = 0;
  for (let y = 0; y < years; y += 1) {
    flow = 0;
    if (columns === 1) flow = scaled(cells[y][0], scale);
    else for (let r = 0; r < rows; r += 1) flow += scaled(cells[r][y], scale);
    if (!Number.isSafeInteger(flow) || Math.abs(flow) >= LIMIT) return undefined;
    if (counted === 0 && flow === 0) continue;
    const before = cumulative;
    cumulative += flow;
    if (!Number.isSafeInteger(cumulative) || Math.abs(cumulative) >= LIMIT) return undefined;
    if (cumulative <= 0) return inside(counted, before, flow, fractional);
    counted += 1;
  }
  if (counted === 0) return "nothing";
  if (!extendLast || flow >= 0) return "notPaidBack";
  // The last year's saving repeats: after m more years the cumulative is S + m·L ≤ 0.
  const m = Math.max(1, Math.ceil(cumulative / -flow));
  return inside(counted + m - 1, cumulative + (m - 1) * flow, flow, fractional);
}

/** Paid back in year j + 1 (0-based j), or j + before / −flow inside it. */
function inside(j: number, before: number, flow: number, fractional: boolean): number | undefined {
  if (!fractional) return j + 1;
  const numerator = j * -flow + before;
  return Number.isSafeInteger(numerator) && Number.isSafeInteger(before) ? numerator / -flow : undefined;
}
