/**
 * A written workbook outside Excel (issue #26): saved as .xlsx and recalculated by LibreOffice, a
 * second spreadsheet engine that knows none of the add-in's functions, the result sheet's coverage
 * line and control still compute, from built-in functions and the table's structured references.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
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

/** LibreOffice's computed values of one sheet, recalculated on load (EXCEL.md, "Real engines we can run here"). */
function recalculated(file: string, sheet: string): string[][] {
  const profile = mkdtempSync(path.join(tmpdir(), "lo-profile-"));
  mkdirSync(path.join(profile, "user"), { recursive: true });
  const always = (group: string) => `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${group}" oor:op="fuse"><value>0</value></prop></item>`;
  writeFileSync(
    path.join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${always("OOXMLRecalcMode")}${always("ODFRecalcMode")}</oor:items>`,
  );
  const out = mkdtempSync(path.join(dir, "csv-"));
  // Comma-separated, quoted text, UTF-8 (76), every sheet in its own file (-1).
  const result = spawnSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", out, file], { encoding: "utf8", timeout: 120000 });
  if (result.error) throw new Error(`LibreOffice could not run (apt-get install libreoffice-calc-nogui): ${result.error.message}`);
  const text = readFileSync(path.join(out, `${path.basename(file, ".xlsx")}-${sheet}.csv`), "utf8");
  return text.split("\n").map((line) => (line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? []).map((f) => f.replace(/,$/, "").replace(/^"|"$/g, "").replace(/""/g, '"')));
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
    const before = recalculated(covered, "Resultat");
    expect(at(before, RESULT_CELLS.for.inList)).toBe(String(PUPILS.length));
    expect(at(before, RESULT_CELLS.for.covers)).toBe("TRUE");
    expect(at(before, RESULT_CELLS.for.line)).toBe(`Arket dækker listen: ${PUPILS.length} elever i Elevliste.`);

    const context = fakeContext(data);
    context.workbook.tables.getItem("Elevliste").rows.add(undefined, [["N1", "Ny Skole", 250000, serialOf(2023, 8, 15), "", "", ""]]);
    await context.sync();
    const grown = path.join(dir, "vokset.xlsx");
    await save(data, grown);
    const after = recalculated(grown, "Resultat");
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
