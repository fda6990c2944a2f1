import { NEEDS_ADD_IN } from "../sheets/withoutAddIn";
import { boxOf, cellAddress } from "../core/address";
import { Batch, loadSlices, payloadBytes } from "./batch";
import { usesOurFunctions, withHostNames } from "./formulas";
import { ENGLISH_EXCEL, type ExcelHost } from "./host";

/*
 * "Opdatér add-in-formler" (issue #13): cells with our functions that Excel does not compute. A file
 * written outside Excel (exceljs: make-template, the sample) stores `PAYBACK(…)`, where Excel itself
 * stores `_xldudf_…`; such a formula can open as an unknown function and stay #NAME? until it is
 * entered again (Excel-Custom-Functions #108), and another add-in can turn the stored form into
 * `[2]!_xldudf_…` (office-js #2568). Entering the formula again, in the host's names, mends it.
 */

/** A cell of ours Excel does not compute: where, its formula as `formulas` gives it, what it shows. */
export interface StaleCell {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly formula: string;
  readonly shows: string;
}

/** A cell, estimated for the response budget: its formula and value in JSON. */
const BYTES_PER_CELL = 96;

/** Is a cell of ours stale: an unknown name, or Excel's stored form showing an error? */
function stale(formula: unknown, value: unknown): boolean {
  if (!usesOurFunctions(formula) || typeof value !== "string") return false;
  return value === "#NAME?" || value === NEEDS_ADD_IN || (/_xldudf_/i.test(String(formula)) && value.startsWith("#"));
}

/**
 * Every cell of the workbook with one of our functions that shows #NAME? (or, in Excel's stored
 * `_xldudf_` form, any error). Reads each used range's formulas and values in row slices under the
 * request limit: two syncs, one more per ~4 MB.
 */
export async function findStaleFormulas(context: Excel.RequestContext): Promise<StaleCell[]> {
  const batch = new Batch(context);
  const sheets = context.workbook.worksheets.load("items/name");
  await batch.sync();
  const used = sheets.items.map((sheet) => ({ sheet, range: sheet.getUsedRange().load("address") }));
  await batch.sync();
  const slices: { sheet: string; row: number; column: number; range: Excel.Range }[] = [];
  for (const { sheet, range } of used) {
    for (const { box, range: slice } of await loadSlices(batch, sheet, boxOf(range.address), "formulas,values", BYTES_PER_CELL)) {
      slices.push({ sheet: sheet.name, row: box.row, column: box.column, range: slice });
    }
  }
  await batch.sync();
  return slices.flatMap(({ sheet, row, column, range }) =>
    range.formulas.flatMap((cells, r) =>
      cells.flatMap((formula, c) => {
        const value = range.values[r][c];
        return stale(formula, value) ? [{ sheet, row: row + r, column: column + c, formula: String(formula), shows: String(value) }] : [];
      }),
    ),
  );
}

export interface RepairOutcome {
  /**
   * Sheets among the cells' that are protected (office-js #6611: a formula cannot be entered there):
   * where there is one, nothing was written.
   */
  readonly protectedSheets: readonly string[];
  /** Cells entered again that now compute. */
  readonly repaired: number;
  /** Cells still not computing, by address ("Ark!B7"), with what they show. */
  readonly still: readonly { readonly at: string; readonly shows: string }[];
  readonly syncs: number;
}

/** How long the repair waits for Excel to compute what it entered again. */
const CALCULATION_TIMEOUT_MS = 60000;

/**
 * Enters each stale cell's formula again, our functions in the names the host knows (English through
 * `formulas`; in Danish Excel then through `formulasLocal`, as the writer does), in requests under the
 * limit; then reads the cells back and says which compute now. What the cell computes is unchanged:
 * only the spelling of our function names is.
 */
export async function repairFormulas(context: Excel.RequestContext, cells: readonly StaleCell[], host: ExcelHost = ENGLISH_EXCEL): Promise<RepairOutcome> {
  const batch = new Batch(context);
  // A protected sheet refuses the formulas (office-js #6611): found and named before anything is
  // written, so the repair is all or nothing.
  const sheets = [...new Set(cells.map((cell) => cell.sheet))].map((name) => context.workbook.worksheets.getItem(name).load("name,protection/protected"));
  await batch.sync();
  const protectedSheets = sheets.filter((sheet) => sheet.protection.protected).map((sheet) => sheet.name);
  if (protectedSheets.length > 0) return { protectedSheets, repaired: 0, still: [], syncs: batch.syncs };
  const ranges = cells.map((cell) => context.workbook.worksheets.getItem(cell.sheet).getRange(cellAddress(cell.row, cell.column)));
  for (const [i, cell] of cells.entries()) {
    const formula = withHostNames(cell.formula, "en");
    await batch.reserve(payloadBytes(formula));
    ranges[i].formulas = [[formula]];
    if (host.functionNames !== "en") ranges[i].load("formulasLocal");
  }
  await batch.sync();
  if (host.functionNames !== "en") {
    for (const range of ranges) {
      const local = withHostNames(String(range.formulasLocal[0][0]), host.functionNames);
      await batch.reserve(payloadBytes(local));
      range.formulasLocal = [[local]];
    }
  }
  let values = await readValues(batch, ranges);
  const started = Date.now();
  for (let wait = 0; values.some((v) => v === "#BUSY!") && Date.now() - started < CALCULATION_TIMEOUT_MS; wait = Math.min(1000, wait * 2 + 100)) {
    await new Promise((resolve) => setTimeout(resolve, wait));
    values = await readValues(batch, ranges);
  }
  const still = cells.flatMap((cell, i) => (stale(withHostNames(cell.formula, "en"), values[i]) || values[i] === "#BUSY!" ? [{ at: `${cell.sheet}!${cellAddress(cell.row, cell.column)}`, shows: String(values[i]) }] : []));
  return { protectedSheets: [], repaired: cells.length - still.length, still, syncs: batch.syncs };
}

async function readValues(batch: Batch, ranges: readonly Excel.Range[]): Promise<unknown[]> {
  for (const range of ranges) {
    await batch.reserve(BYTES_PER_CELL);
    range.load("values");
  }
  await batch.sync();
  return ranges.map((range) => range.values[0][0]);
}
