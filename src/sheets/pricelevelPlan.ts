/**
 * Converting a proposal table from one price level to another (issue #4): which cells get which
 * formula. Pure; the pane reads the selected range's formulas, shows what will change, and writes.
 */

import { isFiniteNumber } from "../core/grid";
import { priceLevelIn, withPriceLevelYear } from "../core/labels";

export interface PriceLevelPlan {
  /** The new formulas, null where a cell stays as it is (Excel leaves it). */
  readonly formulas: (string | number | null)[][];
  /** Cells converted. */
  readonly changed: number;
  /** The price level the table stated, if it did. */
  readonly statedYear: number | null;
  /**
   * The tables in the range: each starts at a row that states a price level or heads years (the two
   * side by side count once). More than one: nothing is planned; the pane asks for one table at a time.
   */
  readonly tables: number;
  /** The years the index table must have an index for: the two levels and any a converted cell started from. */
  readonly yearsNeeded: readonly number[];
}

const isYear = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 1900 && v <= 2199;
const WRAPPED = /^=PRICELEVEL\((-?[0-9.eE+-]+),(\d{4}),(\d{4}),([^)]+)\)$/i;

/** A row of year headings: two or more cells holding consecutive years, left to right. Never converted. */
function yearHeadings(row: readonly unknown[]): number[] | null {
  const columns = row.map((v, c) => (isYear(v) ? c : -1)).filter((c) => c >= 0);
  if (columns.length < 2) return null;
  const years = columns.map((c) => row[c] as number);
  return years.every((y, i) => i === 0 || y === years[i - 1] + 1) ? columns : null;
}

/**
 * Plans the conversion of a range (its `formulas`, as Excel gives them) from `fromYear` to `toYear`
 * with the index table named `indexName`, for one table:
 * - the row that states the price level has its year replaced (text stays text);
 * - below it, in its year columns (or everywhere, when the range states none), each number becomes
 *   =PRICELEVEL(number, from, to, index); a cell converted before is re-pointed, and converting back
 *   to its original year gives the plain number again; other formulas (totals) are left to recompute;
 * - a row of year headings is never converted;
 * - a range holding two tables (two statements or two rows of year headings) is not planned at all.
 */
export function planPriceLevel(formulas: readonly (readonly unknown[])[], fromYear: number, toYear: number, indexName: string): PriceLevelPlan {
  const out: (string | number | null)[][] = formulas.map((row) => row.map(() => null));
  const statements = formulas.map((row) => row.findIndex((v) => typeof v === "string" && !v.startsWith("=") && priceLevelIn(v) !== null));
  const headings = formulas.map(yearHeadings);
  // Each table starts at a statement or a row of year headings; one right under the other is the same table.
  const starts = formulas.map((_row, r) => statements[r] >= 0 || headings[r] !== null).map((start, r, all) => start && all[r - 1] !== true);
  const tables = starts.filter(Boolean).length;
  const headerRow = statements.findIndex((c) => c >= 0);
  const statedText = headerRow >= 0 ? (formulas[headerRow][statements[headerRow]] as string) : null;
  const stated = statedText === null ? null : priceLevelIn(statedText);
  const statedYear = stated?.year ?? null;
  const needed = new Set<number>([fromYear, toYear]);
  if (tables > 1) return { formulas: out, changed: 0, statedYear, tables, yearsNeeded: [...needed] };
  if (statedText !== null && stated !== null) out[headerRow][statements[headerRow]] = withPriceLevelYear(statedText, stated, toYear);
  // The year columns: of the headings on the statement's row or right under it.
  // Without a statement, the first row of headings (the only one: two are two tables, returned above).
  const near = headings.slice(headerRow, headerRow + 2).findIndex((h) => h !== null);
  const headingRow = headerRow === -1 ? headings.findIndex((h) => h !== null) : near === -1 ? -1 : headerRow + near;
  const yearColumns = headingRow >= 0 ? headings[headingRow] : headerRow >= 0 ? [] : null;
  // The amounts are below the statement and its headings.
  const firstAmountRow = Math.max(headerRow, headingRow) + 1;
  let changed = 0;
  formulas.forEach((row, r) => {
    if (r < firstAmountRow || headings[r] !== null) return;
    row.forEach((v, c) => {
      if (yearColumns !== null && !yearColumns.includes(c)) return;
      if (isFiniteNumber(v)) {
        if (fromYear === toYear) return;
        out[r][c] = `=PRICELEVEL(${v},${fromYear},${toYear},${indexName})`;
        changed += 1;
        return;
      }
      const m = typeof v === "string" ? WRAPPED.exec(v.replace(/\s/g, "")) : null;
      if (m === null) return;
      const [, amount, original] = m;
      needed.add(Number(original));
      out[r][c] = Number(original) === toYear ? Number(amount) : `=PRICELEVEL(${amount},${original},${toYear},${indexName})`;
      changed += 1;
    });
  });
  return { formulas: out, changed, statedYear, tables, yearsNeeded: [...needed].sort((a, b) => a - b) };
}
