/**
 * A workbook that stays true all year (issue #26): a result sheet keeps the model it was written for,
 * follows the pupil table as Excel would (rows added, deleted, re-sorted, a cost corrected), and says
 * in the sheet, by built-in functions, when it no longer covers the list; nothing becomes #REF!.
 */
import type { HyperFormula } from "hyperformula";
import { parseCell } from "../../src/core/address";
import { Dec } from "../../src/core/decimal";
import { DEFAULT_PROFILES } from "../../src/core/profiles";
import { guessColumns, pupilResults } from "../../src/core/pupils";
import { unwrap } from "../../src/core/result";
import { incentiveModel } from "../../src/core/segregation";
import { serialOf } from "../../src/core/dates";
import { MODEL_SHEET, RESULT_CELLS } from "../../src/sheets/layouts";
import { AGREEING_READS_MS, applyModel, type ApplyRequest, compareModels, readTable, writeBudget, writeChanges } from "../../src/office/workbook";
import { CHANGES_CELLS } from "../../src/sheets/changes";
import { checkWrittenSheets, updateWrittenSheet, watchTables } from "../../src/office/writtenSheets";
import { workbook } from "../../tools/engine";
import { fakeContext, type FakeWorkbookData } from "../../tools/dev/fakeExcel";
import { messyRows, pupilBook } from "../../tools/dev/pupilList";
import { resolveStructured, shiftReferences } from "../../tools/dev/references";
import { againstCore, cell } from "../support/resultSheet";
import { PUPILS, pupilRows } from "../../tools/seeds";

const [HEDENSTED, PROPOSAL] = DEFAULT_PROFILES;
const RESULT = "Resultat 2023-24";

async function request(data: FakeWorkbookData, extra: Partial<ApplyRequest> = {}): Promise<ApplyRequest> {
  const list = await readTable(fakeContext(data), "Elevliste");
  return { list, mapping: guessColumns(list.headers), schoolYear: 2023, resultName: RESULT, ...extra };
}

function evaluate(data: FakeWorkbookData): HyperFormula {
  return workbook(data.toSheets(true), [...data.names].map(([name, expression]) => ({ name, expression })));
}

/** The pupil list as the table now holds it (what the pane would read again). */
function listNow(data: FakeWorkbookData): unknown[][] {
  const table = data.tables.find((t) => t.name === "Elevliste");
  const [from, to] = (table?.address ?? "").split(":").map(parseCell);
  return (data.toSheets().Elever ?? []).slice(from.row + 1, to.row + 1).map((row) => row.slice(from.column, to.column + 1).map((v) => v ?? null));
}

describe("a result sheet keeps the model it was written for", () => {
  it("applying the proposal beside it leaves Hedensted's figures on the first sheet; each says its model, year, list and date", async () => {
    const data = pupilBook(pupilRows(PUPILS), "B2");
    await applyModel(fakeContext(data), await request(data, { writtenOn: { serial: serialOf(2026, 12, 6), shown: "06-12-2026" } }));
    const second = await applyModel(fakeContext(data), await request(data, { profile: PROPOSAL.name, whenTaken: "newName" }));
    expect(second).toMatchObject({ kind: "done", sheet: `${RESULT} (2)` });
    const hf = evaluate(data);
    expect(cell(hf, MODEL_SHEET, "C5")).toBe(PROPOSAL.name); // the model sheet's choice moved on
    const { mapping } = await request(data);
    againstCore(hf, RESULT, listNow(data), mapping, HEDENSTED, PUPILS.length);
    againstCore(hf, `${RESULT} (2)`, listNow(data), mapping, PROPOSAL, PUPILS.length);
    expect(cell(hf, RESULT, "A1")).toBe("Incitamentsmodel: Hedensted 2022/23 · skoleår 2023/24 · Elevliste · skrevet 06-12-2026");
    expect(cell(hf, `${RESULT} (2)`, RESULT_CELLS.for.model)).toBe(PROPOSAL.name);
    expect(data.sheet(RESULT)?.peek(1, 1)?.formula).toBe('="Hedensted 2022/23"'); // pinned, not =Model_Valgt
  });

  it("editing its profile on the model sheet moves it; choosing another profile does not", async () => {
    const data = pupilBook(pupilRows(PUPILS), "B2");
    await applyModel(fakeContext(data), await request(data));
    data.put(MODEL_SHEET, "C5", [[PROPOSAL.name]]);
    data.put(MODEL_SHEET, "D7", [[200000]]); // Hedensted's threshold lowered
    const { mapping } = await request(data);
    againstCore(evaluate(data), RESULT, listNow(data), mapping, { ...HEDENSTED, threshold: 200000 }, PUPILS.length);
  });

  it("the budget written from it keeps its model too", async () => {
    const data = pupilBook(pupilRows(PUPILS), "B2");
    const req = await request(data);
    await applyModel(fakeContext(data), req);
    await writeBudget(fakeContext(data), { resultSheet: RESULT, list: req.list, mapping: req.mapping, devolved: 1000000, name: "Budget" });
    const before = cell(evaluate(data), "Budget", "B4");
    data.put(MODEL_SHEET, "C5", [[PROPOSAL.name]]);
    expect(cell(evaluate(data), "Budget", "B4")).toBe(before);
  });
});

describe("a result sheet follows the pupil table as Excel does, or says it does not", () => {
  async function applied(rows: unknown[][]) {
    const data = pupilBook(rows, "B2");
    const req = await request(data);
    expect(await applyModel(fakeContext(data), req)).toMatchObject({ kind: "done" });
    return { data, mapping: req.mapping, written: rows.length };
  }

  it("three pupils added through the table (one at a new school), one deleted, one cost corrected: the sheet says it no longer covers the list", async () => {
    const { data, mapping, written } = await applied(pupilRows(PUPILS));
    const context = fakeContext(data);
    const table = context.workbook.tables.getItem("Elevliste");
    const d = serialOf;
    table.rows.add(undefined, [
      ["N1", "Hedensted Skole", 310000.37, d(2023, 8, 1), "", "", ""],
      ["N2", "Løsning Skole", 299934.57, d(2023, 9, 1), "", "", ""],
      ["N3", "Ny Skole", 250000, d(2023, 8, 15), "", "", ""],
    ]);
    table.rows.getItemAt(1).delete();
    context.workbook.worksheets.getItem("Elever").getRange("D3").values = [[222222.22]]; // the first pupil's cost corrected
    await context.sync();
    const rows = listNow(data);
    expect(rows.length).toBe(PUPILS.length + 2);
    expect(againstCore(evaluate(data), RESULT, rows, mapping, HEDENSTED, written)).toBe(false);
  });

  it("a deleted pupil (the table's row, or the sheet's row) leaves no #REF!, and the sheet still covers the list", async () => {
    const { data, mapping, written } = await applied(pupilRows(PUPILS));
    const context = fakeContext(data);
    context.workbook.tables.getItem("Elevliste").rows.getItemAt(2).delete();
    context.workbook.worksheets.getItem("Elever").getRange("5:5").delete("Up");
    await context.sync();
    const rows = listNow(data);
    expect(rows.length).toBe(PUPILS.length - 2);
    expect(againstCore(evaluate(data), RESULT, rows, mapping, HEDENSTED, written)).toBe(true);
  });

  it("a re-sorted list: every row follows its pupil", async () => {
    const { data, mapping, written } = await applied(pupilRows(PUPILS));
    const rows = listNow(data).reverse();
    data.put("Elever", "B3", rows);
    expect(againstCore(evaluate(data), RESULT, listNow(data), mapping, HEDENSTED, written)).toBe(true);
  });

  it("the messy 320-pupil list with odd-øre costs under a 50 % share: grown and shrunk, equal to the core where it covers", async () => {
    const { data, mapping, written } = await applied(messyRows(320));
    const context = fakeContext(data);
    const table = context.workbook.tables.getItem("Elevliste");
    table.rows.getItemAt(10).delete();
    table.rows.getItemAt(200).delete();
    await context.sync();
    expect(againstCore(evaluate(data), RESULT, listNow(data), mapping, HEDENSTED, written)).toBe(true);
    table.rows.add(undefined, [["Ny", "Stouby Skole", 299934.57, serialOf(2023, 8, 1), "", "", ""], ["Ny 2", "Stouby Skole", 287000.01, serialOf(2023, 8, 1), "", "", ""], ["Ny 3", "Stouby Skole", 270000.03, serialOf(2023, 8, 1), "", "", ""]]);
    await context.sync();
    expect(againstCore(evaluate(data), RESULT, listNow(data), mapping, HEDENSTED, written)).toBe(false);
  });
});

describe("Excel's ROUND on the messy list", () => {
  it("has pupils whose payment is half an øre, where HyperFormula's own ROUND would give another øre than Excel and the core", () => {
    const rows = messyRows(320);
    const mapping = guessColumns(["Elev", "Betalende skole", "Årlig udgift", "Startdato", "Slutdato", "Kategori", "Tilflyttet"]);
    const model = unwrap(incentiveModel(HEDENSTED.threshold, HEDENSTED.cap, HEDENSTED.schoolShare));
    const results = pupilResults(rows, mapping, model, 2023);
    // The payment before rounding as Excel holds it (a double), for full-year pupils above the threshold.
    const halves = results.flatMap((x, i) => {
      const cost = rows[i][2] as number;
      if (x === null || !x.share.eq(1) || cost <= HEDENSTED.threshold || cost >= 309159) return [];
      const exact = new Dec(HEDENSTED.threshold).plus(new Dec(cost).minus(HEDENSTED.threshold).times(0.5));
      return exact.decimalPlaces() === 3 ? [{ double: exact.toNumber(), core: x.pays.toNumber() }] : [];
    });
    expect(halves.length).toBeGreaterThan(5);
    let own: unknown[] = [];
    jest.isolateModules(() => {
      const { HyperFormula } = require("hyperformula") as typeof import("hyperformula");
      const hf = HyperFormula.buildFromArray([halves.map((h) => `=ROUND(${h.double},2)`)], { licenseKey: "gpl-v3" });
      own = hf.getSheetValues(0)[0];
      hf.destroy();
    });
    const excel = workbook({ Sheet1: [halves.map((h) => `=ROUND(${h.double},2)`)] }).getSheetValues(0)[0];
    expect(excel).toEqual(halves.map((h) => h.core));
    expect(own.filter((v, k) => v !== halves[k].core).length).toBeGreaterThan(0);
  });
});

describe("the in-memory Excel's model of rows that move (tools/dev/references.ts)", () => {
  it.each([
    // Deleting row 5 of Elever: a reference to it is #REF!, below it moves up, a range shrinks.
    ["=Elever!C5", -1, "=#REF!"],
    ["=Elever!C6+Elever!$C$7", -1, "=Elever!C5+Elever!$C$6"],
    ["=SUM(Elever!$C$2:$C$9)", -1, "=SUM(Elever!$C$2:$C$8)"],
    ["=SUM(Elever!C5:C5)", -1, "=SUM(#REF!)"],
    ["=SUM(Elever!C2:C4)", -1, "=SUM(Elever!C2:C4)"],
    ["=\"Elever!C5\"&'Andet ark'!C5", -1, "=\"Elever!C5\"&'Andet ark'!C5"],
    // Inserting a row at 5: at and below move down, a range it falls inside grows.
    ["=Elever!C5", 1, "=Elever!C6"],
    ["=SUM(Elever!$C$2:$C$9)", 1, "=SUM(Elever!$C$2:$C$10)"],
    ["=SUM(Elever!C2:C4)", 1, "=SUM(Elever!C2:C4)"],
  ])("%s with a row %i at row 5 of Elever is %s", (formula, count, after) => {
    expect(shiftReferences(formula, "Resultat", { sheet: "Elever", row: 4, count })).toBe(after);
  });

  it("a structured reference is the column's data body as the table stands; names with [ ] # ' escaped", () => {
    const tables = [{ name: "Elevliste", sheet: "Elever", row: 1, column: 1, rows: 9, headers: ["Elev", "Årlig udgift", "Nr. [#]", "Skole's"] }];
    expect(resolveStructured("=SUM(Elevliste[Årlig udgift])+ROWS(Elevliste[[Elev]])", tables)).toBe("=SUM(Elever!$C$3:$C$11)+ROWS(Elever!$B$3:$B$11)");
    expect(resolveStructured("=Elevliste[[Nr. '['#']]]&Elevliste[[Skole''s]]&\"Elevliste[Elev]\"", tables)).toBe("=Elever!$D$3:$D$11&Elever!$E$3:$E$11&\"Elevliste[Elev]\"");
    expect(resolveStructured("=Elevliste[Ukendt]", tables)).toBe("=#REF!");
  });
});

describe("the pane knows the sheets it wrote (checkWrittenSheets, updateWrittenSheet)", () => {
  it("names a result sheet the grown list no longer fits, in 2 syncs; Opdatér rewrites it in place, the user's own cells kept, and it fits again", async () => {
    const data = pupilBook(pupilRows(PUPILS), "B2");
    const req = await request(data);
    await applyModel(fakeContext(data), req);
    await compareModels(fakeContext(data), { resultSheet: RESULT, list: req.list, mapping: req.mapping, a: HEDENSTED.name, b: PROPOSAL.name, name: "Sammenligning" });
    data.put(RESULT, "P2", [["Min egen note"]]); // the user's own cell, right of what the add-in wrote
    const checking = fakeContext(data);
    await expect(checkWrittenSheets(checking)).resolves.toEqual([
      { sheet: RESULT, kind: "result", state: "current", inList: 7, onSheet: 7, table: "Elevliste" },
      { sheet: "Sammenligning", kind: "compare", state: "current", inList: 7, onSheet: 7, table: "Elevliste" },
    ]);
    expect(checking.stats.syncs).toBe(2);

    const context = fakeContext(data);
    const table = context.workbook.tables.getItem("Elevliste");
    table.rows.add(undefined, [["N1", "Ny Skole", 250000, serialOf(2023, 8, 15), "", "", ""]]);
    table.rows.getItemAt(0).delete();
    table.rows.add(undefined, [["N2", "Hedensted Skole", 299934.57, serialOf(2023, 8, 1), "", "", ""]]);
    await context.sync();
    // The comparison says it in itself too (built-in functions: the result sheet's coverage and rows).
    expect(cell(evaluate(data), "Sammenligning", "A6")).toBe(
      "ADVARSEL: Resultat 2023-24 dækker ikke listen, eller er skrevet igen siden. Skriv dette ark igen (Opdatér i Specialøkonomi).",
    );
    const stale = await checkWrittenSheets(fakeContext(data));
    expect(stale.map((s) => [s.sheet, s.state, s.inList, s.onSheet])).toEqual([
      [RESULT, "list", 8, 6],
      ["Sammenligning", "list", 8, 6],
    ]);

    const position = data.sheets.findIndex((s) => s.name === RESULT);
    const updated = await updateWrittenSheet(fakeContext(data), RESULT);
    expect(updated).toMatchObject({ kind: "done", sheet: RESULT, tiedOut: { pupils: 8 } });
    expect(data.sheets.findIndex((s) => s.name === RESULT)).toBe(position);
    expect(data.sheet(RESULT)?.peek(1, 15)?.value).toBe("Min egen note");
    expect(data.sheet(RESULT)?.charts.length).toBe(1);
    expect(againstCore(evaluate(data), RESULT, listNow(data), req.mapping, HEDENSTED, 8)).toBe(true);
    // The comparison was written from the result sheet's old rows: it is named until it is updated too.
    expect((await checkWrittenSheets(fakeContext(data))).map((s) => [s.sheet, s.state])).toEqual([
      [RESULT, "current"],
      ["Sammenligning", "list"],
    ]);
    await expect(updateWrittenSheet(fakeContext(data), "Sammenligning")).resolves.toMatchObject({ kind: "done" });
    expect((await checkWrittenSheets(fakeContext(data))).map((s) => s.state)).toEqual(["current", "current"]);
    expect(cell(evaluate(data), "Sammenligning", "A6")).toBe("Følger Resultat 2023-24, som dækker listen: 8 elever.");
  });

  it("keeps the model it was written for when updated, whatever the model sheet has chosen since", async () => {
    const data = pupilBook(pupilRows(PUPILS), "B2");
    const req = await request(data);
    await applyModel(fakeContext(data), req);
    data.put(MODEL_SHEET, "C5", [[PROPOSAL.name]]);
    const context = fakeContext(data);
    context.workbook.tables.getItem("Elevliste").rows.add(undefined, [["N1", "Hedensted Skole", 300000.01, serialOf(2023, 8, 1), "", "", ""]]);
    await context.sync();
    await expect(updateWrittenSheet(fakeContext(data), RESULT)).resolves.toMatchObject({ kind: "done" });
    expect(againstCore(evaluate(data), RESULT, listNow(data), req.mapping, HEDENSTED, PUPILS.length + 1)).toBe(true);
    expect(cell(evaluate(data), MODEL_SHEET, "C5")).toBe(PROPOSAL.name); // the model sheet left alone
  });

  it("names a sheet whose model is no longer on the model sheet", async () => {
    const data = pupilBook(pupilRows(PUPILS), "B2");
    await applyModel(fakeContext(data), await request(data));
    data.put(MODEL_SHEET, "D4", [["Hedensted (gammel)"]]); // the profile renamed
    expect((await checkWrittenSheets(fakeContext(data))).map((s) => s.state)).toEqual(["model"]);
  });

  it("hears the pupil table change (Table.onChanged), and stops when told", async () => {
    const data = pupilBook(pupilRows(PUPILS), "B2");
    const heard: number[] = [];
    const stop = await watchTables(fakeContext(data), ["Elevliste"], () => heard.push(1), true);
    const context = fakeContext(data);
    context.workbook.worksheets.getItem("Elever").getRange("D3").values = [[123456]];
    await context.sync();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(heard.length).toBe(1);
    await stop();
    context.workbook.worksheets.getItem("Elever").getRange("D4").values = [[123456]];
    await context.sync();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(heard.length).toBe(1);
  });
});

describe("Opdatér that does not tie out", () => {
  it("leaves the sheet as it was, and names the cell", async () => {
    const data = pupilBook(pupilRows(PUPILS), "B2");
    await applyModel(fakeContext(data), await request(data));
    const context = fakeContext(data);
    context.workbook.tables.getItem("Elevliste").rows.add(undefined, [["N1", "Hedensted Skole", 300000.01, serialOf(2023, 8, 1), "", "", ""]]);
    await context.sync();
    const before = JSON.stringify(data.toSheets());
    data.beforeRead = (book) => book.put(`${RESULT} (i gang)`, "J8", [["=1"]]);
    const outcome = await updateWrittenSheet(fakeContext(data), RESULT);
    expect(outcome).toMatchObject({ kind: "failed", message: { da: expect.stringContaining("J8 (Hedensted Skole, skolens betaling): 1 på arket") } });
    expect(JSON.stringify(data.toSheets())).toBe(before);
  });
});

describe("what changed since last time (Ændringer)", () => {
  it("3 new pupils (one at a new school), 1 ended, 1 cost corrected: listed when the sheet is updated, and the sheet of them ties out per school", async () => {
    const data = pupilBook(messyRows(320), "B2");
    const req = await request(data);
    await applyModel(fakeContext(data), req);
    const context = fakeContext(data);
    const table = context.workbook.tables.getItem("Elevliste");
    table.rows.add(undefined, [
      ["Ny 1", "Hedensted Skole", 299934.57, serialOf(2023, 8, 1), "", "", ""],
      ["Ny 2", "Stouby Skole", 287000.01, serialOf(2023, 9, 1), "", "", ""],
      ["Ny 3", "Ny Skole", 250000.03, serialOf(2023, 8, 15), "", "", ""],
    ]);
    table.rows.getItemAt(4).delete(); // "Elev 5" ended
    context.workbook.worksheets.getItem("Elever").getRange("D13").values = [[301234.57]]; // "Elev 12" (row 13 once "Elev 5" is gone): the cost corrected
    await context.sync();
    const updated = await updateWrittenSheet(fakeContext(data), RESULT);
    expect(updated).toMatchObject({ kind: "done" });
    const changes = updated.changes;
    if (changes === undefined) throw new Error("no changes");
    expect(changes.pupils.map((c) => [c.kind, c.id])).toEqual([
      ["ended", "Elev 5"],
      ["cost", "Elev 12"],
      ["new", "Ny 1"],
      ["new", "Ny 2"],
      ["new", "Ny 3"],
    ]);
    // Before + change = now per school, and now is the updated sheet's summary, by name.
    const hf = evaluate(data);
    const { summaryColumn: s, summary: t, firstDataRow: first } = RESULT_CELLS;
    const onSheet = new Map<string, unknown>();
    for (let k = 0; cell(hf, RESULT, `${String.fromCharCode(65 + s)}${first + k + 1}`) !== "I alt"; k += 1) {
      onSheet.set(String(hf.getCellValue({ sheet: hf.getSheetId(RESULT) ?? -1, row: first + k, col: s })), hf.getCellValue({ sheet: hf.getSheetId(RESULT) ?? -1, row: first + k, col: s + t.pays }));
    }
    for (const school of changes.schools) {
      expect(school.paysBefore.plus(school.paysChange).eq(school.paysAfter)).toBe(true);
      expect({ school: school.school, now: onSheet.get(school.school) ?? 0 }).toEqual({ school: school.school, now: school.paysAfter.toNumber() });
    }
    expect(changes.schools.find((x) => x.school === "Ny Skole")?.paysBefore.toNumber()).toBe(0);

    const written = await writeChanges(fakeContext(data), { resultSheet: RESULT, schoolYear: 2023, changes, since: changes.since, writtenOn: { serial: serialOf(2026, 12, 6), shown: "06-12-2026" } });
    expect(written).toMatchObject({ kind: "done", sheet: "Ændringer 2023-24 (06-12-2026)", tiedOut: { cells: 5 * changes.schools.length } });
    const sheet = evaluate(data);
    const at = (row: number, col: number) => sheet.getCellValue({ sheet: sheet.getSheetId("Ændringer 2023-24 (06-12-2026)") ?? -1, row, col });
    changes.schools.forEach((school, k) => {
      expect([at(CHANGES_CELLS.firstRow + k, CHANGES_CELLS.change), at(CHANGES_CELLS.firstRow + k, CHANGES_CELLS.check), at(CHANGES_CELLS.firstRow + k, CHANGES_CELLS.centralCheck)]).toEqual([school.paysChange.toNumber(), true, true]);
    });
  }, 30000);
});

describe("the read-back waits for Excel to finish, not only for #BUSY! to go (office-js #4152, #6930, #3319)", () => {
  async function grown() {
    const data = pupilBook(pupilRows(PUPILS), "B2");
    await applyModel(fakeContext(data), await request(data));
    const context = fakeContext(data);
    context.workbook.worksheets.getItem("Elever").getRange("D3").values = [[222222.22]]; // a cost corrected: every figure of that pupil moves
    context.workbook.tables.getItem("Elevliste").rows.add(undefined, [["N1", "Hedensted Skole", 300000.01, serialOf(2023, 8, 1), "", "", ""]]);
    await context.sync();
    evaluate(data); // (the workbook as calculated so far)
    return data;
  }

  it("updating in place while Excel shows the old values: waits for calculationState 'Done', then ties out", async () => {
    const data = await grown();
    data.staleReads = 2; // existing cells show their old values for two reads
    const context = fakeContext(data);
    const outcome = await updateWrittenSheet(context, RESULT);
    expect(outcome).toMatchObject({ kind: "done", tiedOut: { pupils: PUPILS.length + 1 } });
  });

  it("where calculationState stays 'Pending': two reads a second apart that agree", async () => {
    const data = await grown();
    data.staleReads = 2;
    data.faults.calculationPending = true;
    const started = Date.now();
    await expect(updateWrittenSheet(fakeContext(data), RESULT)).resolves.toMatchObject({ kind: "done" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(AGREEING_READS_MS);
  });

  it("old values that never go, and no state to say so: not called checked — the cells that differ are named", async () => {
    const data = await grown();
    data.staleReads = 1_000_000;
    data.faults.calculationPending = true;
    const outcome = await updateWrittenSheet(fakeContext(data), RESULT);
    expect(outcome).toMatchObject({ kind: "failed", message: { da: expect.stringMatching(/^Arket Resultat 2023-24 stemmer ikke med beregningen/) } });
  });
});
