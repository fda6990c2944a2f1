/**
 * A written workbook outside Excel (issue #26): saved as .xlsx and recalculated by LibreOffice, a
 * second spreadsheet engine that knows none of the add-in's functions, the result sheet's coverage
 * line and control still compute, from built-in functions and the table's structured references.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { recalculated } from "../support/libreoffice";
import ExcelJS from "exceljs";
import { parseCell } from "../../src/core/address";
import { guessColumns } from "../../src/core/pupils";
import { serialOf } from "../../src/core/dates";
import { RESULT_CELLS } from "../../src/sheets/layouts";
import { applyModel, readTable } from "../../src/office/workbook";
import { fakeContext, type FakeWorkbookData } from "../../tools/dev/fakeExcel";
import { pupilBook } from "../../tools/dev/pupilList";
import { PUPILS, pupilRows } from "../../tools/seeds";

const dir = mkdtempSync(path.join(tmpdir(), "lo-year-"));
const recalculatedIn = (file: string, sheet: string) => recalculated(file, sheet, dir);

/** The in-memory workbook as an .xlsx file: every cell's formula or value, the pupil table, the names. */
async function save(data: FakeWorkbookData, file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  for (const sheet of data.sheets) {
    const ws = book.addWorksheet(sheet.name);
    const tables = data.tables.filter((t) => t.sheet === sheet.name);
    const inTable = (r: number, c: number) =>
      tables.some((t) => {
        const [a, b] = t.address.split(":").map(parseCell);
        return r >= a.row && r <= b.row && c >= a.column && c <= b.column;
      });
    for (const [key, cell] of sheet.cells) {
      const [r, c] = key.split(",").map(Number);
      if (inTable(r, c)) continue;
      const target = ws.getCell(r + 1, c + 1);
      if (cell.formula !== null) target.value = { formula: cell.formula.slice(1) } as ExcelJS.CellFormulaValue;
      else if (cell.value !== "") target.value = cell.value as ExcelJS.CellValue;
    }
    for (const t of tables) {
      const [a, b] = t.address.split(":").map(parseCell);
      const grid = Array.from({ length: b.row - a.row + 1 }, (_r, r) => Array.from({ length: b.column - a.column + 1 }, (_c, c) => sheet.peek(a.row + r, a.column + c)?.value ?? null));
      const [headers, ...rows] = grid;
      ws.addTable({ name: t.name, ref: t.address.split(":")[0], headerRow: true, columns: headers.map((h) => ({ name: String(h) })), rows });
    }
  }
  for (const [name, formula] of data.names) book.definedNames.add(formula.slice(1), name);
  await book.xlsx.writeFile(file);
}


const at = (grid: string[][], address: string) => {
  const { row, column } = parseCell(address);
  return grid[row]?.[column];
};

describe("the result sheet's coverage outside Excel (LibreOffice, no add-in)", () => {
  it("computes the coverage line and the control: covered when written, FALSE with the warning once the table has grown", async () => {
    const data = pupilBook(pupilRows(PUPILS), "B2");
    const list = await readTable(fakeContext(data), "Elevliste");
    const outcome = await applyModel(fakeContext(data), { list, mapping: guessColumns(list.headers), schoolYear: 2023, resultName: "Resultat" });
    expect(outcome).toMatchObject({ kind: "done" });
    const control = `${String.fromCharCode(65 + RESULT_CELLS.summaryColumn + 1)}${RESULT_CELLS.firstDataRow + 3 + 2}`; // below the totals of three schools

    const covered = path.join(dir, "dækket.xlsx");
    await save(data, covered);
    const before = recalculatedIn(covered, "Resultat");
    expect(at(before, RESULT_CELLS.for.inList)).toBe(String(PUPILS.length));
    expect(at(before, RESULT_CELLS.for.covers)).toBe("TRUE");
    expect(at(before, RESULT_CELLS.for.line)).toBe(`Arket dækker listen: ${PUPILS.length} elever i Elevliste.`);

    const context = fakeContext(data);
    context.workbook.tables.getItem("Elevliste").rows.add(undefined, [["N1", "Ny Skole", 250000, serialOf(2023, 8, 15), "", "", ""]]);
    await context.sync();
    const grown = path.join(dir, "vokset.xlsx");
    await save(data, grown);
    const after = recalculatedIn(grown, "Resultat");
    expect(at(after, RESULT_CELLS.for.inList)).toBe(String(PUPILS.length + 1));
    expect(at(after, RESULT_CELLS.for.covers)).toBe("FALSE");
    expect(at(after, RESULT_CELLS.for.line)).toBe(
      `ADVARSEL: Elever i Elevliste: ${PUPILS.length + 1} · på dette ark: ${PUPILS.length}. Arket dækker ikke listen: skriv det igen (Opdatér i Specialøkonomi).`,
    );
    expect(at(after, control)).toBe("FALSE");
    // What needs the add-in is #NAME? there, as a colleague without it sees it.
    expect(at(after, `G${RESULT_CELLS.firstDataRow + 1}`)).toBe("#NAME?");
  }, 150000);
});
