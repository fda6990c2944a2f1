/**
 * "Opdatér add-in-formler" (issue #13): cells with our functions that Excel does not compute — stored
 * in a file as plain `PAYBACK(…)` or Excel's `_xldudf_…` form (Excel-Custom-Functions #108, office-js
 * #2568), or written by their English names in Danish Excel (#891) — are found and entered again.
 */
import { ENGLISH_EXCEL, type ExcelHost } from "../../src/office/host";
import { findStaleFormulas, repairFormulas } from "../../src/office/repair";
import { fakeContext, FakeWorkbookData } from "../../tools/dev/fakeExcel";
import { asHost, type HostMode, ourFormulaCells } from "../../tools/dev/hostExcel";
import { sourceCalculator } from "../../tools/sourceFunctions";

const calculator = sourceCalculator();
const FLOWS = [625, 1080, 500, -1000, -1000, -1000];

function book(mode: HostMode): FakeWorkbookData {
  const data = asHost(new FakeWorkbookData(), mode);
  data.calculator = calculator;
  data.busyReads = 1;
  data.put("Tabel 1", "A1", [FLOWS, [625, 1080, 500, 0, 0, 0]]);
  return data;
}

describe.each(["en", "da"] as const)("in %s Excel", (mode) => {
  const host: ExcelHost = { ...ENGLISH_EXCEL, functionNames: mode };

  it("finds the cells of ours that show #NAME?, leaves an honest #N/A alone, and enters them again so they compute", async () => {
    const data = book(mode);
    data.put("Tabel 1", "H1", [["=_xldudf_PAYBACK(A1:F1)"], ["=[2]!_xldudf_SEGREGATION_PAYMENT(280000)"], ["=PAYBACK(A2:F2)"]]); // the last: not paid back, #N/A
    if (mode === "da") {
      // Written by its English name through `formulas` in Danish Excel: unknown there (#891).
      const context = fakeContext(data);
      context.workbook.worksheets.getItem("Tabel 1").getRange("H4").formulas = [["=ROUND(SEGREGATION.CENTRAL(400000),0)"]];
      await context.sync();
    }
    const stale = await findStaleFormulas(fakeContext(data));
    expect(stale.map((s) => [s.sheet, s.row, s.column, s.shows])).toEqual([
      ["Tabel 1", 0, 7, "#NAME?"],
      ["Tabel 1", 1, 7, expect.stringMatching(/^#/)],
      ...(mode === "da" ? [["Tabel 1", 3, 7, "#NAME?"]] : []),
    ]);
    const outcome = await repairFormulas(fakeContext(data), stale, host);
    expect(outcome).toMatchObject({ repaired: stale.length, still: [] });
    const cells = await ourFormulaCells(data);
    expect(cells.map((c) => [c.at, c.value])).toEqual([
      ["Tabel 1!R1C8", 6],
      ["Tabel 1!R2C8", 272497.5],
      ["Tabel 1!R3C8", "#N/A"],
      ...(mode === "da" ? [["Tabel 1!R4C8", 112923]] : []),
    ]);
    if (mode === "da") expect(cells[0].local).toBe("=TILBAGEBETALINGSTID(A1:F1)");
    await expect(findStaleFormulas(fakeContext(data))).resolves.toEqual([]);
  });

  it("on a protected sheet: named before anything is written, nothing half done; after unprotecting, mended (issue #29, office-js #6611)", async () => {
    const data = book(mode);
    data.put("Tabel 1", "H1", [["=_xldudf_PAYBACK(A1:F1)"]]);
    data.put("Beskyttet ark", "A1", [[625, 1080, 500, -1000, -1000, -1000, null, "=_xldudf_PAYBACK(A1:F1)"]]);
    const sheet = data.sheet("Beskyttet ark");
    if (sheet === undefined) throw new Error("no sheet");
    sheet.protected = true;
    const stale = await findStaleFormulas(fakeContext(data));
    expect(stale.map((s) => s.sheet)).toEqual(["Tabel 1", "Beskyttet ark"]);
    const before = JSON.stringify(data.toSheets());
    await expect(repairFormulas(fakeContext(data), stale, host)).resolves.toEqual({ protectedSheets: ["Beskyttet ark"], repaired: 0, still: [], syncs: 1 });
    expect(JSON.stringify(data.toSheets())).toBe(before); // not even the unprotected sheet's cell
    sheet.protected = false;
    await expect(repairFormulas(fakeContext(data), stale, host)).resolves.toMatchObject({ protectedSheets: [], repaired: 2, still: [] });
  });

  it("finds nothing in a workbook whose formulas compute", async () => {
    const data = book(mode);
    await expect(findStaleFormulas(fakeContext(data))).resolves.toEqual([]);
  });
});

it("says which cells still do not compute: the add-in not loaded at all", async () => {
  const data = book("en");
  data.put("Tabel 1", "H1", [["=_xldudf_PAYBACK(A1:F1)"]]);
  data.customIds = []; // an Excel that has not registered the add-in's functions
  const calculatorWithout = data.calculator;
  data.calculator = async (sheets, names) => {
    const renamed = Object.fromEntries(Object.entries(sheets).map(([n, rows]) => [n, rows.map((r) => r.map((v) => (typeof v === "string" ? v.replace(/PAYBACK\(/g, "NOTLOADED(") : v)))]));
    return calculatorWithout!(renamed, names);
  };
  const stale = await findStaleFormulas(fakeContext(data));
  const outcome = await repairFormulas(fakeContext(data), stale, { ...ENGLISH_EXCEL, functionNames: "en" });
  expect(outcome).toMatchObject({ repaired: 0, still: [{ at: "Tabel 1!H1", shows: "#NAME?" }] });
});
