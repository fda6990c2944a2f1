/**
 * No user text becomes a formula, a number or a date, anywhere the pane writes (issue #28): a
 * profile's name is written as text whatever it looks like, and read back the same; a pupil list on a
 * sheet named like a cell, a truth value or an R1C1 reference is referred to with quotes. Each write
 * ties out against the exact core in the in-memory Excel, evaluated by a formula engine.
 */
import { literal, textCell, unquoted } from "../../src/core/cellText";
import { qualified, sheetRef } from "../../src/core/address";
import { DEFAULT_PROFILES } from "../../src/core/profiles";
import { guessColumns } from "../../src/core/pupils";
import { MODEL_SHEET } from "../../src/sheets/layouts";
import { applyModel, compareModels, readModel, readTable, saveProfile, writeBudget } from "../../src/office/workbook";
import { fakeContext, type FakeWorkbookData } from "../../tools/dev/fakeExcel";
import { pupilBook } from "../../tools/dev/pupilList";
import { HEADERS, PUPILS, pupilRows } from "../../tools/seeds";
import { sourceCalculator } from "../../tools/sourceFunctions";
import { FakeWorkbookData as Workbook } from "../../tools/dev/fakeExcel";
import { parseCell, rangeAddress } from "../../src/core/address";

/** Names Excel would otherwise take for a formula, a number, a date, a truth value; or that carry a quote. */
const HOSTILE_NAMES = ['=HYPERLINK("http://evil","Klik")', '=HYPERLINK("http://evil";"Klik")', "0042", "-5", "+x", "-x", "TRUE", "falsk", "1/2", "'quoted", "Model = 2", "maj 24"];

describe("text as a cell takes it (core/cellText.ts)", () => {
  it("quotes what Excel would parse and leaves plain words alone", () => {
    expect(["Ballerup", "Eget forslag", "Økonomi og Løn", "kr."].map(literal)).toEqual(["Ballerup", "Eget forslag", "Økonomi og Løn", "kr."]);
    for (const text of [...HOSTILE_NAMES, "  mellemrum"]) expect(literal(text)).toBe(`'${text}`);
    expect(["Hedensted 2022/23", "TRUE", "Sand"].map(literal)).toEqual(["'Hedensted 2022/23", "'TRUE", "'Sand"]);
    for (const text of HOSTILE_NAMES) expect(unquoted(literal(text))).toBe(text);
    expect([textCell("=1000"), textCell("'x"), textCell("0042")]).toEqual(["'=1000", "''x", "0042"]);
  });

  it("quotes a sheet name Excel would read as a cell, an R1C1 reference or a truth value", () => {
    expect(["Elever", "Ark_1", "Elevliste2023"].map(sheetRef)).toEqual(["Elever", "Ark_1", "Elevliste2023"]);
    expect(["A1", "XFD1048576", "ab12", "R", "C", "R1C1", "RC", "r2c3", "C12", "TRUE", "false", "1A", "x y", "x'y"].map(sheetRef)).toEqual([
      "'A1'",
      "'XFD1048576'",
      "'ab12'",
      "'R'",
      "'C'",
      "'R1C1'",
      "'RC'",
      "'r2c3'",
      "'C12'",
      "'TRUE'",
      "'false'",
      "'1A'",
      "'x y'",
      "'x''y'",
    ]);
    expect(qualified("x'y", "A1")).toBe("'x''y'!A1");
  });
});

describe("the in-memory Excel enters text as Excel does (Office docs, Range.values)", () => {
  it("'=', '+' and '-' start a formula unless the rest is a number; a quote keeps text; numeric text is a number; TRUE a truth value", async () => {
    const data = new Workbook();
    data.calculator = sourceCalculator();
    data.put("Ark", "A1", [[null]]);
    const context = fakeContext(data);
    const range = context.workbook.worksheets.getItem("Ark").getRange("A1:H1");
    range.values = [["+5", "-5", "+A2", "-x", "'=1", "0042", "TRUE", "'0042"]];
    await context.sync();
    const read = context.workbook.worksheets.getItem("Ark").getRange("A1:H1").load("values, formulas");
    await context.sync();
    expect(read.formulas[0]).toEqual([5, -5, "=+A2", "=-x", "=1", 42, true, "0042"]);
    expect(read.values[0].slice(0, 2)).toEqual([5, -5]);
    expect(read.values[0].slice(4)).toEqual(["=1", 42, true, "0042"]);
  });
});

describe("a profile's name is text, whatever it looks like", () => {
  const base = { threshold: 200000, cap: 250000, schoolShare: 0.4, safetyNet: [1000000, 2000000, 3000000] as const };

  /** The model sheet's header cells and C5 as Excel holds them: their formulas and values. */
  function modelCells(data: FakeWorkbookData, address: string) {
    const { row, column } = parseCell(address);
    const cell = data.sheet(MODEL_SHEET)?.peek(row, column);
    return { formula: cell?.formula ?? null, value: cell?.value };
  }

  it.each(HOSTILE_NAMES)("%s: saved as text in the header and the choice, read back the same, applied, compared and budgeted, each tied out", async (name) => {
    const data = pupilBook();
    const profile = { name, ...base };
    // Saved where there is no model sheet (the sheet is created) and again (the column edited).
    await expect(saveProfile(fakeContext(data), profile, 2023)).resolves.toEqual({ kind: "saved", profiles: [...DEFAULT_PROFILES, profile] });
    await expect(saveProfile(fakeContext(data), { ...profile, cap: 260000 }, 2023)).resolves.toMatchObject({ kind: "saved" });
    expect(modelCells(data, "F4")).toEqual({ formula: null, value: name });
    expect(modelCells(data, "C5")).toEqual({ formula: null, value: name });
    const model = await readModel(fakeContext(data), { selected: name, schoolYear: 2023 });
    expect(model.profiles.map((p) => p.name)).toEqual([...DEFAULT_PROFILES.map((p) => p.name), name]);
    expect(model.selected).toBe(name);

    const list = await readTable(fakeContext(data), "Elevliste");
    const mapping = guessColumns(list.headers);
    const applied = await applyModel(fakeContext(data), { list, mapping, schoolYear: 2023, resultName: "Resultat", profile: name });
    expect(applied).toMatchObject({ kind: "done", tiedOut: { pupils: PUPILS.length } });
    const after = { resultSheet: "Resultat", list, mapping };
    await expect(compareModels(fakeContext(data), { ...after, a: name, b: DEFAULT_PROFILES[0].name, name: "Sammenligning" })).resolves.toMatchObject({ kind: "done", tiedOut: {} });
    await expect(compareModels(fakeContext(data), { ...after, a: DEFAULT_PROFILES[1].name, b: name, name: "Sammenligning 2" })).resolves.toMatchObject({ kind: "done", tiedOut: {} });
    await expect(writeBudget(fakeContext(data), { ...after, devolved: 40000000, b: { profile: name, devolved: 39000000 }, name: "Budget" })).resolves.toMatchObject({ kind: "done", tiedOut: {} });
    // Nothing the pane wrote calls what the name spells: outside text constants no formula holds it.
    for (const sheet of data.sheets) for (const cell of sheet.cells.values()) expect((cell.formula ?? "").replace(/"(?:[^"]|"")*"/g, '""')).not.toMatch(/HYPERLINK/);
  }, 60000);
});

describe("a pupil list on a sheet named like a reference", () => {
  it.each(["A1", "TRUE", "R1C1", "RC", "C3", "x'y z", "2023"])("on a sheet named %s: applied and tied out", async (sheet) => {
    const data = pupilBook();
    // The list moved to a sheet of that name, its table with it.
    const rows = [HEADERS, ...pupilRows(PUPILS)];
    data.put(sheet, "A1", rows);
    data.tables.length = 0;
    data.tables.push({ name: "Elevliste", sheet, address: rangeAddress(0, 0, rows.length, HEADERS.length) });
    data.sheets.splice(data.sheets.findIndex((s) => s.name === "Elever"), 1);
    const list = await readTable(fakeContext(data), "Elevliste");
    expect(list.location.sheet).toBe(sheet);
    const mapping = guessColumns(list.headers);
    const outcome = await applyModel(fakeContext(data), { list, mapping, schoolYear: 2023, resultName: "Resultat", profile: DEFAULT_PROFILES[0].name });
    expect(outcome).toMatchObject({ kind: "done", tiedOut: { pupils: PUPILS.length } });
  });

  it("the same from a selected range (no table): the reference to the list is quoted", async () => {
    const data = pupilBook();
    const rows = [HEADERS, ...pupilRows(PUPILS)];
    data.put("A1", "B2", rows);
    data.tables.length = 0;
    data.selected = `'A1'!B2:${rangeAddress(1, 1, rows.length, HEADERS.length).split(":")[1]}`;
    const { readSelection } = await import("../../src/office/workbook");
    const list = await readSelection(fakeContext(data));
    expect(list.location.sheet).toBe("A1");
    const outcome = await applyModel(fakeContext(data), { list, mapping: guessColumns(list.headers), schoolYear: 2023, resultName: "Resultat", profile: DEFAULT_PROFILES[0].name });
    expect(outcome).toMatchObject({ kind: "done", tiedOut: { pupils: PUPILS.length } });
  });
});
