/**
 * Issue 27, observation 9: the templates the budget office sends out, opened where the add-in is not
 * (a department's Excel). Each template as `make-template` writes it, blank and filled with its seed's
 * figures, is recalculated by LibreOffice — a second spreadsheet engine that knows none of the
 * add-in's functions — and every cell is read:
 * - no cell shows #NAME? (nor any other error);
 * - a cell that needs one of our functions shows the note saying so, and so does a figure made from
 *   one (a total of allocations), rather than a sum that counts the note as 0;
 * - every other figure is the one the formula engine with the add-in's functions computes: the sums,
 *   the checks and the totals a department fills in hold without the add-in.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { recalculated } from "../support/libreoffice";
import { DetailedCellError } from "hyperformula";
import { main } from "../../tools/cli";
import { readXlsx } from "../../tools/xlsx";
import { registerFunctions, workbook } from "../../tools/engine";
import { sourceFunctions } from "../../tools/sourceFunctions";
import { TEMPLATE_KINDS, TEMPLATE_SHEET_NAMES } from "../../src/sheets/templates";
import { NEEDS_ADD_IN } from "../../src/sheets/withoutAddIn";
import { ERROR_VALUES } from "../../src/core/check";

const { metadata, registry } = sourceFunctions();
registerFunctions(metadata, registry);

const dir = mkdtempSync(path.join(tmpdir(), "lo-templates-"));
const recalculatedIn = (file: string, sheet: string) => recalculated(file, sheet, dir);


/** A formula's value as LibreOffice's CSV writes it: numbers unformatted, TRUE/FALSE, text as it is; a reference to a blank cell is 0, as in Excel. */
function asText(value: unknown): string {
  if (value === null || value === undefined) return "0";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(Number(value.toPrecision(15)));
  return String(value);
}

const OURS = /\b(PAYBACK|ALLOCATE|SUMCHECK|PRICELEVEL|SEGREGATION\.[A-Z]+|FULLYEAR|BUDGET\.SHARED)\(/i;

describe.each(TEMPLATE_KINDS)("the template %s where the add-in is not (LibreOffice)", (kind) => {
  it.each([false, true])("filled with the seed's figures: %s — no #NAME?, every figure that needs no add-in function as with it", async (filled) => {
    const file = path.join(dir, `${kind}-${filled ? "udfyldt" : "tom"}.xlsx`);
    const lines: string[] = [];
    expect(await main(["make-template", kind, file, ...(filled ? ["--filled"] : [])], (l) => lines.push(l))).toBe(0);
    const sheet = TEMPLATE_SHEET_NAMES[kind];
    const { sheets } = await readXlsx(file);
    const formulas = sheets[sheet];
    const withAddIn = workbook(sheets);
    const id = withAddIn.getSheetId(sheet) ?? -1;
    const outside = recalculatedIn(file, sheet);
    let checked = 0;
    let noted = 0;
    formulas.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (typeof cell !== "string" || !cell.startsWith("=")) return;
        const seen = outside[r]?.[c] ?? "";
        expect({ at: [r, c], seen }).not.toEqual({ at: [r, c], seen: expect.stringMatching(/^#|^Err:/) });
        expect(ERROR_VALUES).not.toContain(seen);
        const engine = withAddIn.getCellValue({ sheet: id, row: r, col: c });
        if (OURS.test(cell) && engine !== "") {
          // Computed only by our function: the note outside Excel with the add-in.
          expect({ at: [r, c], formula: cell, seen }).toEqual({ at: [r, c], formula: cell, seen: NEEDS_ADD_IN });
          noted += 1;
          return;
        }
        // A figure made from one only our functions compute says so too, rather than summing the note as 0.
        if (cell.includes(NEEDS_ADD_IN) && seen === NEEDS_ADD_IN) {
          noted += 1;
          return;
        }
        // A check's TRUE is 1 where the cell has a number format of its own (LibreOffice writes the number).
        const shown = typeof engine === "boolean" && /^[01]$/.test(seen) ? (seen === "1") === engine : false;
        if (!shown) expect({ at: [r, c], formula: cell, seen }).toEqual({ at: [r, c], formula: cell, seen: asText(engine instanceof DetailedCellError ? engine.value : engine) });
        checked += 1;
      }),
    );
    expect(checked + noted).toBeGreaterThan(0);
  }, 120000);
});
