/**
 * Converting a proposal table from one price level to another (issue #4): which cells get which
 * formula. Pure; the pane reads the selected range's formulas, shows what will change, and writes.
 */

import { priceLevelIn, withPriceLevelYear } from "../core/labels";

export interface PriceLevelPlan {
  /** The new formulas, null where a cell stays as it is (Excel leaves it). */
  readonly formulas: (string | number | null)[][];
  /** Cells converted. */
  readonly changed: number;
  /** The price level the table stated, if it did. */
  readonly statedYear: number | null;
}

const isYear = (v: unknown): boolean => typeof v === "number" && Number.isInteger(v) && v >= 1900 && v <= 2199;
const WRAPPED = /^=PRICELEVEL\((-?[0-9.eE+-]+),(\d{4}),(\d{4}),([^)]+)\)$/i;

/**
 * Plans the conversion of a range (its `formulas`, as Excel gives them) from `fromYear` to `toYear`
 * with the index table named `indexName`:
 * - the row that states the price level has its year replaced (text stays text);
 * - below it, in its year columns (or everywhere, when the range states none), each number becomes
 *   =PRICELEVEL(number, from, to, index); a cell converted before is re-pointed, and converting back
 *   to its original year gives the plain number again; other formulas (totals) are left to recompute.
 */
export function planPriceLevel(formulas: readonly (readonly unknown[])[], fromYear: number, toYear: number, indexName: string): PriceLevelPlan {
  const out: (string | number | null)[][] = formulas.map((row) => row.map(() => null));
  let headerRow = -1;
  let statedYear: number | null = null;
  formulas.forEach((row, r) =>
    row.forEach((v, c) => {
      if (headerRow >= 0 || typeof v !== "string" || v.startsWith("=")) return;
      const stated = priceLevelIn(v);
      if (stated === null) return;
      headerRow = r;
      statedYear = stated.year;
      out[r][c] = withPriceLevelYear(v, stated, toYear);
    }),
  );
  const yearColumns = headerRow >= 0 ? formulas[headerRow].map((v, c) => (isYear(v) ? c : -1)).filter((c) => c >= 0) : null;
  let changed = 0;
  formulas.forEach((row, r) => {
    if (r <= headerRow) return;
    row.forEach((v, c) => {
      if (yearColumns !== null && !yearColumns.includes(c)) return;
      if (typeof v === "number" && Number.isFinite(v)) {
        if (fromYear === toYear) return;
        out[r][c] = `=PRICELEVEL(${v},${fromYear},${toYear},${indexName})`;
        changed += 1;
        return;
      }
      const m = typeof v === "string" ? WRAPPED.exec(v.replace(/\s+/g, "")) : null;
      if (m === null) return;
      const [, amount, original] = m;
      out[r][c] = Number(original) === toYear ? Number(amount) : `=PRICELEVEL(${amount},${original},${toYear},${indexName})`;
      changed += 1;
    });
  });
  return { formulas: out, changed, statedYear };
}
