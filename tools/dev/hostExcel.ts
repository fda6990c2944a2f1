/**
 * The in-memory Excel as the two hosts our users run (issue #13): English Excel, and Danish Excel,
 * whose formulasLocal speaks Danish (HyperFormula's Danish function names, corrected where Excel's
 * differ: CHAR is TEGN; `;` between arguments, decimal comma, SAND/FALSK) and which knows the
 * add-in's functions by their Danish names only (functions-da.json; office-js #891).
 */
import daDK from "hyperformula/i18n/languages/daDK";
import { FUNCTIONS } from "../../src/functions/defs";
import { usesOurFunctions } from "../../src/office/formulas";
import type { FakeLocale, FakeWorkbookData } from "./fakeExcel";

export type HostMode = "en" | "da";

/** Danish Excel's spelling, as a FakeLocale. */
export const DANISH_EXCEL: FakeLocale = {
  builtins: { ...(daDK.functions as Record<string, string>), CHAR: "TEGN", TRUE: "SAND", FALSE: "FALSK" },
  customs: Object.fromEntries(FUNCTIONS.map((f) => [f.id, f.da.name])),
  argumentSeparator: ";",
  decimalSeparator: ",",
  logicals: ["SAND", "FALSK"],
};

/** Makes a workbook behave as the host of `mode`. */
export function asHost(data: FakeWorkbookData, mode: HostMode): FakeWorkbookData {
  data.customIds = FUNCTIONS.map((f) => f.id);
  data.locale = mode === "da" ? DANISH_EXCEL : null;
  return data;
}

/**
 * Every cell of the workbook whose formula calls one of the add-in's functions: where, its formula as
 * formulasLocal gives it, and its value once calculated.
 */
export async function ourFormulaCells(data: FakeWorkbookData): Promise<{ at: string; local: string; value: unknown }[]> {
  await data.calculate();
  const found: { at: string; local: string; value: unknown }[] = [];
  for (const sheet of data.sheets) {
    for (const [key, cell] of sheet.cells) {
      if (cell.formula === null || !usesOurFunctions(`=${cell.formula.replace(/^=/, "")}`)) continue;
      const [r, c] = key.split(",").map(Number);
      const busy = sheet.busyLeft;
      sheet.busyLeft = 0; // the value once Excel has finished
      found.push({ at: `${sheet.name}!R${r + 1}C${c + 1}`, local: data.localFormula(cell), value: data.valueOf(sheet, r, c) });
      sheet.busyLeft = busy;
    }
  }
  return found;
}

/** A formula that names one of the add-in's functions by its English id. */
export const ENGLISH_NAME = new RegExp(`(^|[^A-Za-z0-9_.])(${FUNCTIONS.map((f) => f.id.replace(/\./g, "\\.")).join("|")})\\(`);
