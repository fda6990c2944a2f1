import { Dec, ZERO } from "./decimal";
import { messages } from "./messages";
import { invalid, ok, type Result } from "./result";

/** A blank cell as Excel or a formula engine hands it over: null, undefined or the empty string. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/** A cell that holds a number to count with: a finite number (not NaN, not ±Infinity, not text). */
export function isFiniteNumber(value: unknown): value is number {
  // Number.isFinite never converts: text, logicals and null are false (a typeof before it could not change the answer).
  return Number.isFinite(value);
}

/** A range of numbers: blank cells count as 0 and are remembered, so counts can leave them out. */
export interface NumberGrid {
  readonly cells: Dec[][];
  readonly blank: boolean[][];
  readonly rows: number;
  readonly columns: number;
}

/**
 * Reads a range whose cells must be numbers or blank (blank = 0). Text, booleans, error values, NaN
 * and ±Infinity are refused with the cell's position, never read as 0.
 *
 * @param arg the argument's name, for messages.
 * @param grid a rectangular array of rows, at least one cell; a lone value is a 1×1 range.
 */
export function numberGrid(arg: string, grid: unknown): Result<NumberGrid> {
  const rowsIn = Array.isArray(grid) ? grid : [[grid]];
  if (rowsIn.length === 0) return invalid(messages.emptyRange(arg));
  const rowList = rowsIn.map((row: unknown) => (Array.isArray(row) ? row : [row]));
  const columns = rowList[0].length;
  if (columns === 0) return invalid(messages.emptyRange(arg));
  const cells: Dec[][] = [];
  const blank: boolean[][] = [];
  for (let r = 0; r < rowList.length; r += 1) {
    const row = rowList[r];
    if (row.length !== columns) return invalid(messages.notRectangular(arg));
    const cellRow: Dec[] = [];
    const blankRow: boolean[] = [];
    for (let c = 0; c < columns; c += 1) {
      const value: unknown = row[c];
      const at = { row: r + 1, column: c + 1 };
      if (isBlank(value)) {
        cellRow.push(ZERO);
        blankRow.push(true);
      } else if (typeof value !== "number") {
        return invalid(messages.cellNotNumber(arg, at, value));
      } else if (!Number.isFinite(value)) {
        return invalid(messages.cellNotFinite(arg, at, value));
      } else {
        cellRow.push(new Dec(value));
        blankRow.push(false);
      }
    }
    cells.push(cellRow);
    blank.push(blankRow);
  }
  return ok({ cells, blank, rows: rowList.length, columns });
}
