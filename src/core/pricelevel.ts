import { Dec } from "./decimal";
import { isBlank } from "./grid";
import { messages } from "./messages";
import { invalid, noAnswer, ok, type Result } from "./result";

/** A price index by year (KL's "pris- og lønskøn"); data the user keeps in the workbook. */
export type PriceIndex = ReadonlyMap<number, Dec>;

/**
 * Reads a two-column range of year and index. Rows whose first cell is not a number (headers, notes,
 * blank rows) are skipped; a year row with a blank index is a year without an index yet. Excel
 * desktop hands blank cells over as 0, so a year of 0 is a blank row and an index of 0 a blank index.
 *
 * @returns `invalid` when the range is empty or does not have two columns, a year is not whole, an index is not a
 *   number > 0, or a year appears twice with different indices.
 */
export function priceIndex(table: unknown): Result<PriceIndex> {
  const rows = Array.isArray(table) ? table : [[table]];
  if (rows.length === 0) return invalid(messages.emptyRange("indexTable"));
  const index = new Map<number, Dec>();
  for (let r = 0; r < rows.length; r += 1) {
    const row: unknown = rows[r];
    const cells: unknown[] = Array.isArray(row) ? row : [row];
    if (cells.length !== 2) return invalid(messages.indexTableShape(cells.length));
    const [year, value] = cells;
    if (typeof year !== "number" || !Number.isFinite(year) || year === 0) continue;
    if (!Number.isInteger(year)) return invalid(messages.indexYearNotInteger({ row: r + 1, column: 1 }, year));
    if (isBlank(value) || value === 0) continue;
    // An index of 0 was read as blank just above, so "< 0" and "<= 0" cannot differ here.
    // Stryker disable next-line EqualityOperator
    if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
      return invalid(messages.indexValueInvalid(year, value));
    }
    const known = index.get(year);
    if (known !== undefined && !known.eq(value)) return invalid(messages.indexYearTwice(year));
    index.set(year, new Dec(value));
  }
  return ok(index);
}

/**
 * Converts an amount from one price level to another: amount × index(toYear) / index(fromYear).
 *
 * @param amount kr. or 1.000 kr., any sign (savings are negative).
 * @returns exact to 40 digits; `noAnswer` naming the year the index lacks.
 */
export function convertPriceLevel(amount: Dec, fromYear: number, toYear: number, index: PriceIndex): Result<Dec> {
  const from = index.get(fromYear);
  if (from === undefined) return noAnswer(messages.indexMissing("fromYear", fromYear));
  const to = index.get(toYear);
  if (to === undefined) return noAnswer(messages.indexMissing("toYear", toYear));
  if (fromYear === toYear) return ok(amount);
  return ok(amount.times(to).div(from));
}
