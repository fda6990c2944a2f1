/**
 * The in-memory Excel as the two hosts our users run (issue #13): English Excel, and Danish Excel,
 * whose formulasLocal speaks Danish (HyperFormula's Danish function names, corrected where Excel's
 * differ: CHAR is TEGN; `;` between arguments, decimal comma, SAND/FALSK) and which knows the
 * add-in's functions by their Danish names only (functions-da.json; office-js #891).
 */
import daDK from "hyperformula/i18n/languages/daDK";
import { DANISH } from "../../src/functions/danish";
import type { FakeLocale, FakeWorkbookData } from "./fakeExcel";

export type HostMode = "en" | "da";

/** Danish Excel's spelling, as a FakeLocale. */
export const DANISH_EXCEL: FakeLocale = {
  builtins: { ...(daDK.functions as Record<string, string>), CHAR: "TEGN", TRUE: "SAND", FALSE: "FALSK" },
  customs: Object.fromEntries(Object.entries(DANISH).map(([id, f]) => [id, f.name])),
  argumentSeparator: ";",
  decimalSeparator: ",",
  logicals: ["SAND", "FALSK"],
};

/** Makes a workbook behave as the host of `mode`. */
export function asHost(data: FakeWorkbookData, mode: HostMode): FakeWorkbookData {
  data.customIds = Object.keys(DANISH);
  data.locale = mode === "da" ? DANISH_EXCEL : null;
  return data;
}
