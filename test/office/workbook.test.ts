import { checkPupils, guessColumns, listSchools, summarise } from "../../src/core/pupils";
import { incentiveModel } from "../../src/core/segregation";
import { COMPARE_CELLS, MODEL_NAMES, MODEL_SHEET, RESULT_CELLS, resultSheet, SAFETY_NET_CELLS } from "../../src/sheets/layouts";
import { templateLayout } from "../../src/sheets/templates";
import { allocate } from "../../src/core/allocate";
import { DEFAULT_PROFILES } from "../../src/core/profiles";
import { unwrap } from "../../src/core/result";
import {
  applyModel,
  type ApplyRequest,
  compareModels,
  distributeSafetyNet,
  freeSheetName,
  writeBudget,
  writeSensitivity,
  insertTemplate,
  listTables,
  readSelection,
  readSheetsForCheck,
  readTable,
  saveProfile,
} from "../../src/office/workbook";
import { checkWorkbook } from "../../src/core/check";
import { agrees } from "../../src/office/tieOut";
import { workbook } from "../../tools/engine";
import { fakeContext, FakeWorkbookData, REQUEST_LIMIT_BYTES } from "../../tools/dev/fakeExcel";
import { Dec } from "../../src/core/decimal";
import { calibrate, listTotal, pupilsOfResults, schoolBudgets, sensitivity } from "../../src/core/budget";
import { SENSITIVITY_CELLS } from "../../src/sheets/sensitivity";
import { pupilResults } from "../../src/core/pupils";
import { BUDGET_CELLS } from "../../src/sheets/budget";
import { expected, manyPupils, messyRows, pupilBook } from "../../tools/dev/pupilList";
import { HEADERS, type Pupil, PUPILS, pupilRows } from "../../tools/seeds";
import { sourceCalculator } from "../../tools/sourceFunctions";
import { sizeTest } from "../support/mutation";

/** Where the sheets put their figures, read from the sheet designs (0-based rows and columns). */
const RESULT = { first: RESULT_CELLS.firstDataRow, col: (key: keyof typeof RESULT_CELLS.summary) => RESULT_CELLS.summaryColumn + RESULT_CELLS.summary[key] };
const COMPARE = { first: COMPARE_CELLS.firstPupilRow, col: (key: keyof typeof COMPARE_CELLS.summary) => COMPARE_CELLS.summaryColumn + COMPARE_CELLS.summary[key] };
const NET = { first: SAFETY_NET_CELLS.firstSchoolRow, share: SAFETY_NET_CELLS.school.share };

const calculator = sourceCalculator();
const listTotalOf = (...args: Parameters<typeof listTotal>) => listTotal(...args).toNumber();

/**
 * A workbook with a pupil list as an Excel table "Elevliste" on sheet "Elever", from B2, calculated
 * as Excel calculates: by a formula engine, with custom functions answering #BUSY! on the first read.
 */
function book(pupils: readonly Pupil[] = PUPILS): FakeWorkbookData {
  return pupilBook(pupilRows(pupils), "B2");
}

async function request(data: FakeWorkbookData, extra: Partial<ApplyRequest> = {}): Promise<ApplyRequest> {
  const list = await readTable(fakeContext(data), "Elevliste");
  const mapping = guessColumns(list.headers);
  return { list, mapping, schoolYear: 2023, resultName: "Resultat 2023-24", ...extra };
}

/** The schools a request's list has, as the sheets list them. */
const schoolsOf = (req: ApplyRequest): string[] => listSchools(req.list.rows, req.mapping).map((s) => s.name);

/** The fake workbook evaluated by a formula engine, names included. */
function evaluate(data: FakeWorkbookData) {
  const names = [...data.names].map(([name, formula]) => ({ name, expression: formula }));
  return workbook(data.toSheets(true), names);
}

describe("reading the pupil list", () => {
  it("lists the workbook's tables and reads one with its place in the sheet, in one sync each", async () => {
    const data = book();
    const context = fakeContext(data);
    await expect(listTables(context)).resolves.toEqual([{ name: "Elevliste", sheet: "Elever" }]);
    const list = await readTable(context, "Elevliste");
    expect(context.stats.syncs).toBe(2);
    expect(list.location).toEqual({ sheet: "Elever", headerRow: 1, firstColumn: 1, rows: PUPILS.length, table: { name: "Elevliste", headers: HEADERS } });
    expect(list.headers).toEqual(HEADERS);
    expect(checkPupils(list.rows, guessColumns(list.headers))).toEqual([]);
  });

  it("reads a selected range with headers the same way", async () => {
    const data = book();
    data.selected = `Elever!B2:H${PUPILS.length + 2}`;
    const list = await readSelection(fakeContext(data));
    expect(list.location.firstColumn).toBe(1);
    expect(list.rows).toHaveLength(PUPILS.length);
  });
});

describe("applying the model", () => {
  it("creates the model sheet and its names, writes the result sheet with a chart and ties it out, in 4 syncs", async () => {
    const data = book();
    const context = fakeContext(data);
    const outcome = await applyModel(context, await request(data));
    expect(outcome).toMatchObject({ kind: "done", sheet: "Resultat 2023-24", createdModel: true, syncs: 4, tiedOut: { pupils: PUPILS.length } });
    expect(context.stats.syncs).toBe(4); // look; write and read back (#BUSY!); read again; rename
    expect(data.sheets.filter((s) => s.visibility !== "VeryHidden").map((s) => s.name)).toEqual(["Elever", MODEL_SHEET, "Resultat 2023-24"]);
    expect([...data.names.keys()].sort()).toEqual(Object.values(MODEL_NAMES).sort());
    expect(data.sheet("Resultat 2023-24")?.charts).toEqual([{ type: "BarClustered", source: expect.stringMatching(/!I7:J10$/), title: "Skolens betaling pr. skole", name: "Specialøkonomi" }]);
    expect(data.activeSheet).toBe("Resultat 2023-24");
  });

  it("the formulas it wrote give each school exactly what the rules give", async () => {
    const data = book();
    await applyModel(fakeContext(data), await request(data));
    const hf = evaluate(data);
    const sheet = hf.getSheetId("Resultat 2023-24") ?? -1;
    const schools = [...new Set(PUPILS.map((p) => p.school))];
    schools.forEach((school, k) => {
      const mine = PUPILS.filter((p) => p.school === school).map((p) => expected(p));
      const total = (f: (e: ReturnType<typeof expected>) => Dec) => mine.reduce((s, e) => s.plus(f(e)), new Dec(0)).toNumber();
      const row = RESULT.first + k;
      expect((["school", "pays", "central", "liable"] as const).map((key) => hf.getCellValue({ sheet, row, col: RESULT.col(key) }))).toEqual([
        school,
        total((e) => e.school),
        total((e) => e.central),
        total((e) => e.liable),
      ]);
    });
    expect(hf.getCellValue({ sheet, row: RESULT.first + schools.length + 1, col: RESULT.col("pays") })).toBe(true); // SUMCHECK
  });

  it("keeps an existing model sheet: the user's edits stay the single source", async () => {
    const data = book();
    await applyModel(fakeContext(data), await request(data));
    data.put(MODEL_SHEET, "D7", [[200000]]); // the user lowers Hedensted's threshold
    const second = await applyModel(fakeContext(data), await request(data, { whenTaken: "newName" }));
    expect(second).toMatchObject({ kind: "done", sheet: "Resultat 2023-24 (2)", createdModel: false });
    const hf = evaluate(data);
    expect(hf.getNamedExpressionValue(MODEL_NAMES.threshold)).toBe(200000);
  });

  describe("never overwrites without asking", () => {
    it("asks when the result sheet's name is taken, and writes nothing", async () => {
      const data = book();
      data.put("Resultat 2023-24", "A1", [["Mine egne tal", 42]]);
      const before = JSON.stringify(data.toSheets());
      const outcome = await applyModel(fakeContext(data), await request(data));
      expect(outcome).toEqual({ kind: "nameTaken", name: "Resultat 2023-24", freeName: "Resultat 2023-24 (2)", syncs: 1 });
      expect(JSON.stringify(data.toSheets())).toBe(before);
    });

    it("writes under the free name when told to", async () => {
      const data = book();
      data.put("Resultat 2023-24", "A1", [["Mine egne tal", 42]]);
      const outcome = await applyModel(fakeContext(data), await request(data, { whenTaken: "newName" }));
      expect(outcome).toMatchObject({ kind: "done", sheet: "Resultat 2023-24 (2)" });
      expect(data.toSheets()["Resultat 2023-24"]).toEqual([["Mine egne tal", 42]]);
    });

    it("replaces the sheet only when the user said replace", async () => {
      const data = book();
      data.put("Resultat 2023-24", "A1", [["Mine egne tal", 42]]);
      const outcome = await applyModel(fakeContext(data), await request(data, { whenTaken: "replace" }));
      expect(outcome).toMatchObject({ kind: "done", sheet: "Resultat 2023-24" });
      expect(data.toSheets()["Resultat 2023-24"][RESULT_CELLS.headerRow][0]).toBe("Elev");
      expect(data.sheets.filter((s) => s.visibility !== "VeryHidden").map((s) => s.name)).toEqual(["Elever", MODEL_SHEET, "Resultat 2023-24"]);
    });
  });

  it.each([2, 3])("leaves the workbook as it was when sync %i fails", async (failing) => {
    const data = book();
    const before = JSON.stringify({ sheets: data.toSheets(), names: [...data.names] });
    const context = fakeContext(data);
    context.failAtSync = failing;
    const outcome = await applyModel(context, await request(data));
    expect(outcome).toMatchObject({ kind: "failed", error: expect.stringContaining("injected") });
    expect(JSON.stringify({ sheets: data.toSheets(), names: [...data.names] })).toBe(before);
  });

  it("Excel's fill writes exactly the formulas the layout spells out, row by row", async () => {
    const data = book();
    const req = await request(data, { writtenOn: { serial: 46362, shown: "06-12-2026" } });
    await applyModel(fakeContext(data), req);
    const layout = resultSheet("Resultat 2023-24", req.list.location, req.mapping, schoolsOf(req), { serial: 46362, shown: "06-12-2026" });
    const written = data.toSheets()["Resultat 2023-24"];
    // What it was written for is pinned: the model's name and the school year as constants.
    const pinned = new Map<string, string | number>([["1,1", '="Hedensted 2022/23"'], ["1,3", 2023]]);
    layout.cells.forEach((row, r) => row.forEach((cell, c) => expect({ r, c, cell: written[r][c] }).toEqual({ r, c, cell: pinned.get(`${r},${c}`) ?? cell })));
    expect(layout.cells[1].slice(1, 4)).toEqual(["=Model_Valgt", "Skoleår", "=Model_Skoleår"]);
    expect(data.sheet("Resultat 2023-24")?.peek(RESULT.first + 6, RESULT_CELLS.pupil.pays)?.numberFormat).toBe("#,##0.00");
  });

  sizeTest("10.000 pupils take the same 4 syncs as 7, read back and tied out, every request under 5 MB", async () => {
    const data = book(manyPupils(10000));
    const context = fakeContext(data);
    const outcome = await applyModel(context, await request(data));
    expect(outcome).toMatchObject({ kind: "done", syncs: 4, tiedOut: { pupils: 10000 } });
    expect(context.stats.syncs).toBe(4);
    // The fill keeps the sheet's requests small; the largest is the pupils' figures kept for "what changed" (~48 bytes a pupil).
    expect(context.stats.requestBytes.slice(0, -1).every((bytes) => bytes < 64 * 1024)).toBe(true);
    expect(Math.max(...context.stats.requestBytes)).toBeLessThan(1024 * 1024);
    expect(Math.max(...context.stats.responseBytes)).toBeLessThan(REQUEST_LIMIT_BYTES); // and the read-back's response
    expect(REQUEST_LIMIT_BYTES).toBe(5 * 1024 * 1024);
    const written = data.toSheets()["Resultat 2023-24"];
    expect(written.length).toBe(RESULT.first + 10000);
    // The last pupil is the list's 10.000th by position: the same formula as the first, filled down.
    const position = `ROW()-${RESULT.first}`;
    const at = (column: string) => `INDEX(Elevliste[[${column}]],${position})`;
    const liable = `=IF(${position}>$B$4,0,SEGREGATION.LIABLE(${at("Startdato")},${at("Slutdato")},$D$2,${at("Kategori")},${at("Tilflyttet")}))`;
    expect([written[RESULT.first][3], written[RESULT.first + 9999][3]]).toEqual([liable, liable]);
  }, 60000);
});

describe("free sheet names", () => {
  it.each([
    ["Resultat", [], "Resultat"],
    ["Resultat", ["resultat"], "Resultat (2)"],
    ["Resultat", ["Resultat", "Resultat (2)"], "Resultat (3)"],
    ["A".repeat(40), ["A".repeat(31)], `${"A".repeat(27)} (2)`],
  ])("%s with %p taken → %s", (wanted, taken, free) => {
    expect(freeSheetName(wanted, taken)).toBe(free);
  });
});

describe("comparing two models and sharing the safety net", () => {
  async function applied() {
    const data = book();
    const req = await request(data);
    await applyModel(fakeContext(data), req);
    return { data, req };
  }

  it("compares Hedensted 2022/23 with 'maks. 180.000' per school, the difference and the administration's side", async () => {
    const { data, req } = await applied();
    const [a, b] = DEFAULT_PROFILES;
    const context = fakeContext(data);
    const outcome = await compareModels(context, { resultSheet: "Resultat 2023-24", list: req.list, mapping: req.mapping, a: a.name, b: b.name, name: "Sammenligning 2023-24" });
    expect(outcome).toMatchObject({ kind: "done", sheet: "Sammenligning 2023-24", syncs: 4 });
    const hf = evaluate(data);
    const sheet = hf.getSheetId("Sammenligning 2023-24") ?? -1;
    let total = new Dec(0);
    schoolsOf(req).forEach((school, k) => {
      const mine = PUPILS.filter((p) => p.school === school);
      const diff = mine.reduce((s, p) => s.plus(expected(p, b).school).minus(expected(p, a).school), new Dec(0));
      total = total.plus(diff);
      expect((["school", "difference"] as const).map((key) => hf.getCellValue({ sheet, row: COMPARE.first + k, col: COMPARE.col(key) }))).toEqual([school, diff.toNumber()]);
    });
    const totalRow = COMPARE.first + schoolsOf(req).length;
    expect(hf.getCellValue({ sheet, row: totalRow, col: COMPARE.col("difference") })).toBe(total.toNumber());
    expect(hf.getCellValue({ sheet, row: totalRow + 1, col: COMPARE.col("difference") })).toBe(total.neg().toNumber());
    expect(data.sheet("Sammenligning 2023-24")?.charts[0]?.title).toBe("Forskel i skolens betaling (B − A)");
  });

  it.each([
    ["payments", (school: string) => PUPILS.filter((p) => p.school === school).reduce((s, p) => s.plus(expected(p).school), new Dec(0))],
    ["pupils", (school: string) => new Dec(PUPILS.filter((p) => p.school === school).length)],
  ] as const)("shares the planning part of the safety net by %s, exact to the krone", async (key, keyOf) => {
    const { data, req } = await applied();
    const outcome = await distributeSafetyNet(fakeContext(data), { resultSheet: "Resultat 2023-24", list: req.list, mapping: req.mapping, part: 0, key, name: "Sikkerhedsnet" });
    expect(outcome).toMatchObject({ kind: "done", sheet: "Sikkerhedsnet" });
    const hf = evaluate(data);
    const sheet = hf.getSheetId("Sikkerhedsnet") ?? -1;
    const keys = schoolsOf(req).map((s) => [keyOf(s)]);
    const parts = unwrap(allocate(new Dec(6500000), keys)).flat();
    expect(schoolsOf(req).map((_s, k) => hf.getCellValue({ sheet, row: NET.first + k, col: NET.share }))).toEqual(parts.map((p) => p.toNumber()));
    expect(hf.getCellValue({ sheet, row: NET.first + schoolsOf(req).length, col: NET.share })).toBe(6500000);
    expect(hf.getCellValue({ sheet, row: NET.first + schoolsOf(req).length + 1, col: NET.share })).toBe(true);
  });

  it("the deficit key without a budget is refused, nothing written (issue 27, observation 5: it used to split by payment and call it deficit)", async () => {
    const { data, req } = await applied();
    const sheets = data.sheets.map((x) => x.name);
    const outcome = await distributeSafetyNet(fakeContext(data), { resultSheet: "Resultat 2023-24", list: req.list, mapping: req.mapping, part: 2, key: "deficit", name: "Sikkerhedsnet" });
    expect(outcome).toMatchObject({ kind: "failed", message: { da: expect.stringMatching(/ikke skrevet et budget/) } });
    expect(data.sheets.map((x) => x.name)).toEqual(sheets);
  });

  it("shares by deficit: what a school pays beyond its budget, the budget sheet's allocation to it (live)", async () => {
    const { data, req } = await applied();
    const devolved = 1000000;
    expect(await writeBudget(fakeContext(data), { resultSheet: "Resultat 2023-24", list: req.list, mapping: req.mapping, devolved, name: "Budget" })).toMatchObject({ kind: "done" });
    const budget = { sheet: "Budget", devolved, withB: false };
    const outcome = await distributeSafetyNet(fakeContext(data), { resultSheet: "Resultat 2023-24", list: req.list, mapping: req.mapping, part: 2, key: "deficit", budget, name: "Sikkerhedsnet" });
    expect(outcome).toMatchObject({ kind: "done" });
    const hf = evaluate(data);
    const sheet = hf.getSheetId("Sikkerhedsnet") ?? -1;
    const schools = schoolsOf(req);
    const pays = schools.map((s) => PUPILS.filter((p) => p.school === s).reduce((t, p) => t.plus(expected(p).school), new Dec(0)));
    const allocations = unwrap(allocate(new Dec(devolved), schools.map((s) => [new Dec(PUPILS.filter((p) => p.school === s).length)]))).flat();
    expect(schools.map((_s, k) => hf.getCellValue({ sheet, row: NET.first + k, col: SAFETY_NET_CELLS.school.budget }))).toEqual(allocations.map((a) => a.toNumber()));
    const deficits = pays.map((p, k) => Dec.max(0, p.minus(allocations[k])));
    const parts = unwrap(allocate(new Dec(9900000), deficits.map((d) => [d]))).flat();
    expect(schools.map((_s, k) => hf.getCellValue({ sheet, row: NET.first + k, col: NET.share }))).toEqual(parts.map((p) => p.toNumber()));
  });
});

describe("saving a profile on the model sheet", () => {
  const mine = { name: "Eget forslag", threshold: 200000, cap: 250000, schoolShare: 0.4, safetyNet: [1000000, 2000000, 3000000] as const };

  it("creates the model sheet with the defaults and the new profile where there is none", async () => {
    const data = book();
    const outcome = await saveProfile(fakeContext(data), mine, 2023);
    expect(outcome).toEqual({ kind: "saved", profiles: [...DEFAULT_PROFILES, mine] });
    expect([...data.names.keys()].sort()).toEqual(Object.values(MODEL_NAMES).sort());
    data.put(MODEL_SHEET, "C5", [["Eget forslag"]]);
    expect(evaluate(data).getNamedExpressionValue(MODEL_NAMES.threshold)).toBe(200000);
  });

  it("adds a column for a new name and edits the column of a known one", async () => {
    const data = book();
    await applyModel(fakeContext(data), await request(data));
    await saveProfile(fakeContext(data), mine, 2023);
    const edited = { ...DEFAULT_PROFILES[0], threshold: 250000 };
    const outcome = await saveProfile(fakeContext(data), edited, 2023);
    expect(outcome).toEqual({ kind: "saved", profiles: [edited, DEFAULT_PROFILES[1], mine] });
    expect(evaluate(data).getNamedExpressionValue(MODEL_NAMES.threshold)).toBe(250000);
  });

  it("answers 'full' when columns D to Z are taken", async () => {
    const data = book();
    await applyModel(fakeContext(data), await request(data));
    for (let i = 0; i < 21; i += 1) await saveProfile(fakeContext(data), { ...mine, name: `Model ${i}` }, 2023);
    await expect(saveProfile(fakeContext(data), { ...mine, name: "En for meget" }, 2023)).resolves.toEqual({ kind: "full" });
    await expect(saveProfile(fakeContext(data), { ...mine, name: "Model 3", cap: 260000 }, 2023)).resolves.toMatchObject({ kind: "saved" });
  });
});

describe("inserting a proposal template", () => {
  it("writes the investment proposal with live formulas that give seed 000's payback of 6, under a free name", async () => {
    const data = book();
    data.put("Investeringsforslag", "A1", [["Mit eget ark"]]);
    const context = fakeContext(data);
    const outcome = await insertTemplate(context, {
      kind: "investment",
      options: { firstYear: 2022, years: 6, priceYear: 2023, filled: true },
      name: "Investeringsforslag",
    });
    expect(outcome).toMatchObject({ kind: "done", sheet: "Investeringsforslag (2)", syncs: 4 }); // look; write and read back our cells (#BUSY!); read again; rename
    expect(data.toSheets().Investeringsforslag).toEqual([["Mit eget ark"]]);
    const hf = evaluate(data);
    const sheet = hf.getSheetId("Investeringsforslag (2)") ?? -1;
    const layout = templateLayout("investment", "x", { firstYear: 2022, years: 6, priceYear: 2023, filled: true });
    const { row, column } = layout.anchors.paybackService;
    expect(hf.getCellValue({ sheet, row, col: column })).toBe(6);
  });
});

describe("every written sheet ties out against the core (issue #12)", () => {
  /** A messy list (spaces, case, numeric codes, pattern characters) as the table "Elevliste". */
  function messyBook(): FakeWorkbookData {
    const data = new FakeWorkbookData();
    data.calculator = calculator;
    data.busyReads = 1;
    const rows = messyRows(320);
    data.put("Elever", "A1", [HEADERS, ...rows]);
    data.tables.push({ name: "Elevliste", sheet: "Elever", address: `A1:G${rows.length + 1}` });
    return data;
  }

  it("a messy list of 320 pupils and 12 schools: the result, comparison and safety-net sheets equal the core, evaluated by the formula engine", async () => {
    const data = messyBook();
    const req = await request(data);
    expect(checkPupils(req.list.rows, req.mapping)).toEqual([]);
    const schools = listSchools(req.list.rows, req.mapping);
    expect(schools.length).toBe(12);
    expect(schools.map((s) => s.name)).toEqual(expect.arrayContaining(["101", "102", "Skole*Nord", "Nord?", "<Vest Skole", ">Øst Skole"]));

    const applied = await applyModel(fakeContext(data), req);
    expect(applied).toMatchObject({ kind: "done", tiedOut: { pupils: 320 } });
    const [a, b] = DEFAULT_PROFILES;
    const compared = await compareModels(fakeContext(data), { resultSheet: "Resultat 2023-24", list: req.list, mapping: req.mapping, a: a.name, b: b.name, name: "Sammenligning 2023-24" });
    expect(compared).toMatchObject({ kind: "done" });
    const shared = await distributeSafetyNet(fakeContext(data), { resultSheet: "Resultat 2023-24", list: req.list, mapping: req.mapping, part: 0, key: "payments", name: "Sikkerhedsnet 2023-24" });
    expect(shared).toMatchObject({ kind: "done" });

    // Independently of the pane's own read-back: the formula engine's figures against the core's.
    const hf = evaluate(data);
    const value = (sheet: string, row: number, col: number) => hf.getCellValue({ sheet: hf.getSheetId(sheet) ?? -1, row, col });
    const modelA = unwrap(incentiveModel(a.threshold, a.cap, a.schoolShare));
    const modelB = unwrap(incentiveModel(b.threshold, b.cap, b.schoolShare));
    const summaryA = summarise(req.list.rows, req.mapping, modelA, 2023);
    const summaryB = summarise(req.list.rows, req.mapping, modelB, 2023);
    const total = (xs: readonly { pays: Dec }[]) => xs.reduce((s, x) => s.plus(x.pays), new Dec(0));
    summaryA.forEach((line, k) => {
      expect((["school", "pays", "central", "liable", "pupils"] as const).map((key) => value("Resultat 2023-24", RESULT.first + k, RESULT.col(key)))).toEqual([
        line.school,
        line.pays.toNumber(),
        line.central.toNumber(),
        line.liable.toNumber(),
        line.pupils,
      ]);
      expect((["school", "difference"] as const).map((key) => value("Sammenligning 2023-24", COMPARE.first + k, COMPARE.col(key)))).toEqual([line.school, summaryB[k].pays.minus(line.pays).toNumber()]);
    });
    expect(summaryA.reduce((n, line) => n + line.pupils, 0)).toBe(320);
    expect(value("Resultat 2023-24", RESULT.first + 12, RESULT.col("pays"))).toBe(total(summaryA).toNumber());
    expect(value("Resultat 2023-24", RESULT.first + 12, RESULT.col("pupils"))).toBe(320);
    expect(value("Sammenligning 2023-24", COMPARE.first + 12, COMPARE.col("difference"))).toBe(total(summaryB).minus(total(summaryA)).toNumber());
    const shares = unwrap(allocate(new Dec(a.safetyNet[0]), summaryA.map((line) => [line.pays]))).flat();
    expect(summaryA.map((_line, k) => value("Sikkerhedsnet 2023-24", NET.first + k, NET.share))).toEqual(shares.map((x) => x.toNumber()));

    // The schools' budget: 40 mio. kr. devolved by each school's pupils; the cap at which they pay it.
    const budgeted = await writeBudget(fakeContext(data), { resultSheet: "Resultat 2023-24", list: req.list, mapping: req.mapping, devolved: 40000000, name: "Skolernes budget 2023-24" });
    expect(budgeted).toMatchObject({ kind: "done", tiedOut: { cells: expect.any(Number) } });
    const hf2 = evaluate(data);
    const valueAt = (row: number, col: number) => hf2.getCellValue({ sheet: hf2.getSheetId("Skolernes budget 2023-24") ?? -1, row, col });
    const netShares = unwrap(allocate(new Dec(a.safetyNet[0]), summaryA.map((line) => [new Dec(line.pupils)]))).flat();
    const budget = unwrap(
      schoolBudgets(
        new Dec(40000000),
        summaryA.map((line, k) => ({ school: line.school, key: new Dec(line.pupils), payments: line.pays, safetyNet: netShares[k] })),
      ),
    );
    budget.schools.forEach((line, k) => {
      const at = BUDGET_CELLS.school;
      expect([at.school, at.net, at.allocation, at.safetyNet, at.payments].map((c) => valueAt(BUDGET_CELLS.firstSchoolRow + k, c))).toEqual([
        line.school,
        line.net.toNumber(),
        line.allocation.toNumber(),
        line.safetyNet.toNumber(),
        line.payments.toNumber(),
      ]);
    });
    const pupils = pupilsOfResults(pupilResults(req.list.rows, req.mapping, modelA, 2023));
    const cap = unwrap(calibrate(pupils, new Dec(40000000), "cap", modelA));
    const v = BUDGET_CELLS.valueColumn;
    expect([BUDGET_CELLS.total, BUDGET_CELLS.resultTotal, BUDGET_CELLS.cap, BUDGET_CELLS.totalAtCap].map((r) => valueAt(r, v))).toEqual([
      total(summaryA).toNumber(),
      true,
      cap.value.toNumber(),
      cap.total.toNumber(),
    ]);
    expect(valueAt(BUDGET_CELLS.firstSchoolRow + 13, BUDGET_CELLS.school.net)).toBe(budget.municipality.toNumber());

    // Beside model B with 45 mio. kr. devolved: each school's net under B and the change from A, the winners and losers.
    const both = await writeBudget(fakeContext(data), {
      resultSheet: "Resultat 2023-24",
      list: req.list,
      mapping: req.mapping,
      devolved: 40000000,
      b: { profile: b.name, devolved: 45000000 },
      name: "Skolernes budget A og B",
    });
    expect(both).toMatchObject({ kind: "done", tiedOut: { cells: expect.any(Number) } });
    const hf3 = evaluate(data);
    const ab = (row: number, col: number) => hf3.getCellValue({ sheet: hf3.getSheetId("Skolernes budget A og B") ?? -1, row, col });
    const budgetB = unwrap(
      schoolBudgets(
        new Dec(45000000),
        summaryB.map((line, k) => ({ school: line.school, key: new Dec(summaryA[k].pupils), payments: line.pays, safetyNet: netShares[k] })),
      ),
    );
    const at = BUDGET_CELLS.b.school;
    budgetB.schools.forEach((line, k) => {
      expect([at.school, at.change, at.net, at.netB, at.allocationB, at.paymentsB].map((c) => ab(BUDGET_CELLS.firstSchoolRow + k, c))).toEqual([
        line.school,
        line.net.minus(budget.schools[k].net).toNumber(),
        budget.schools[k].net.toNumber(),
        line.net.toNumber(),
        line.allocation.toNumber(),
        line.payments.toNumber(),
      ]);
    });
    expect(ab(BUDGET_CELLS.firstSchoolRow + 13, at.netB)).toBe(budgetB.municipality.toNumber());
    expect(ab(BUDGET_CELLS.firstSchoolRow + 13, at.change)).toBe(budgetB.municipality.minus(budget.municipality).toNumber());
    expect(ab(BUDGET_CELLS.b.total, BUDGET_CELLS.b.valueColumn)).toBe(total(summaryB).toNumber());
    expect(data.sheet("Skolernes budget A og B")?.charts[0]).toMatchObject({ title: "Ændring i skolernes netto (B − A)", source: expect.stringMatching(/!A9:B21$/) });
  }, 30000);

  it.each([
    ["cap", 150000, 10000, 16, 40000000],
    ["threshold", 150000, 10000, 14, 40000000],
    ["share", 0, 0.05, 21, 47000000],
  ] as const)("the sensitivity of the messy list to the %s from %d by %d (%d points): every point, mark and the calibrated value equal the core in the formula engine", async (solveFor, start, step, points, target) => {
    const data = messyBook();
    const req = await request(data);
    expect(await applyModel(fakeContext(data), req)).toMatchObject({ kind: "done" });
    const range = { solveFor, start, step, points, target };
    const written = await writeSensitivity(fakeContext(data), { resultSheet: "Resultat 2023-24", list: req.list, mapping: req.mapping, range, name: "Følsomhed 2023-24" });
    expect(written).toMatchObject({ kind: "done", tiedOut: { cells: 3 + 2 + 5 * points } });
    const hf = evaluate(data);
    const at = (row: number, col: number) => hf.getCellValue({ sheet: hf.getSheetId("Følsomhed 2023-24") ?? -1, row, col });
    const [a] = DEFAULT_PROFILES;
    const model = unwrap(incentiveModel(a.threshold, a.cap, a.schoolShare));
    const results = pupilResults(req.list.rows, req.mapping, model, 2023);
    const pupils = pupilsOfResults(results);
    const liableTotal = results.reduce((t, x) => (x === null ? t : t.plus(x.liable)), new Dec(0));
    const expectedPoints = unwrap(sensitivity(pupils, liableTotal, solveFor, model, new Dec(start), new Dec(start).plus(new Dec(step).times(points - 1)), new Dec(step)));
    const P = SENSITIVITY_CELLS.point;
    expectedPoints.forEach((p, k) => {
      const row = SENSITIVITY_CELLS.firstPoint + k;
      expect([P.value, P.total, P.administration].map((c) => at(row, c))).toEqual([p.value.toNumber(), p.total.toNumber(), p.administration.toNumber()]);
    });
    const calibrated = unwrap(calibrate(pupils, new Dec(target), solveFor, model));
    expect([at(SENSITIVITY_CELLS.calibrated, 1), at(SENSITIVITY_CELLS.calibrated, 2)]).toEqual([calibrated.value.toNumber(), calibrated.total.toNumber()]);
    // Each mark is one point of its series: the rest are #N/A, which a line chart leaves out.
    const marks = (c: number) => expectedPoints.filter((_p, k) => typeof at(SENSITIVITY_CELLS.firstPoint + k, c) === "number").length;
    expect(marks(P.now)).toBe(1);
    // Issue 27, observation 4: the model's value now is the model as it is (threshold below the cap),
    // the result sheet's own schools' total, not the point T = C = its cap on the curve.
    const resultSheetId = hf.getSheetId("Resultat 2023-24") ?? -1;
    let totalRow = RESULT.first;
    while (hf.getCellValue({ sheet: resultSheetId, row: totalRow, col: RESULT.col("school") }) !== "I alt") totalRow += 1;
    const resultTotal = hf.getCellValue({ sheet: resultSheetId, row: totalRow, col: RESULT.col("pays") });
    expect(at(SENSITIVITY_CELLS.now, 2)).toBe(resultTotal);
    expect(at(SENSITIVITY_CELLS.now, 2)).toBe(listTotalOf(pupils, model));
    const nowRow = expectedPoints.findIndex((_p, k) => typeof at(SENSITIVITY_CELLS.firstPoint + k, P.now) === "number");
    expect(at(SENSITIVITY_CELLS.firstPoint + nowRow, P.now)).toBe(resultTotal);
    const last = start + (points - 1) * step;
    const inRange = calibrated.value.toNumber() > start - step / 2 && calibrated.value.toNumber() <= last + step / 2;
    expect([solveFor, marks(P.calibrated)]).toEqual([solveFor, inRange ? 1 : 0]);
    if (solveFor !== "threshold") expect(inRange).toBe(true);
    expect(data.sheet("Følsomhed 2023-24")?.charts[0]).toMatchObject({ type: "LineMarkers" });
  }, 30000);

  it("a formula altered between writing and reading back: the pane names the school and the cell, and the workbook is as it was", async () => {
    const data = book();
    const before = JSON.stringify({ sheets: data.toSheets(), names: [...data.names] });
    const req = await request(data);
    // Someone (or something) changes Løsning Skole's payment formula while the sheet is written.
    data.beforeRead = (book) => book.put("Resultat 2023-24 (i gang)", "J9", [["=ROUND(SUMPRODUCT(--($B$8:$B$14=$I9),$F$8:$F$14),2)+1"]]);
    const outcome = await applyModel(fakeContext(data), req);
    expect(outcome).toMatchObject({ kind: "failed" });
    if (outcome.kind !== "failed") return;
    expect(outcome.message?.da).toBe(
      "Arket Resultat 2023-24 stemmer ikke med beregningen i 3 celler: J9 (Løsning Skole, skolens betaling): 431.400,86 på arket, 431.399,86 beregnet; " +
        "J11 (I alt, skolens betaling): 1.153.898,36 på arket, 1.153.897,36 beregnet; J12 (I alt, kontrol): FALSK på arket, SAND beregnet",
    );
    expect(JSON.stringify({ sheets: data.toSheets(), names: [...data.names] })).toBe(before);
  });

  it("holds the tie-out to the øre (issue #30): a formula altered by +0,01 is named and undone; agrees() refuses 0,01 either way", async () => {
    expect([agrees(new Dec("431399.86"), 431399.87), agrees(new Dec("431399.86"), 431399.85), agrees(new Dec("431399.86"), 431399.86), agrees(new Dec("0.13"), 0.125)]).toEqual([false, false, true, false]);
    const data = book();
    const before = JSON.stringify({ sheets: data.toSheets(), names: [...data.names] });
    const req = await request(data);
    data.beforeRead = (book) => book.put("Resultat 2023-24 (i gang)", "J9", [["=ROUND(SUMPRODUCT(--($B$8:$B$14=$I9),$F$8:$F$14),2)+0.01"]]);
    const outcome = await applyModel(fakeContext(data), req);
    expect(outcome).toMatchObject({ kind: "failed", message: { da: expect.stringContaining("J9 (Løsning Skole, skolens betaling): 431.399,87 på arket, 431.399,86 beregnet") } });
    expect(JSON.stringify({ sheets: data.toSheets(), names: [...data.names] })).toBe(before);
  });

  it("puts the model sheet's choices back when a sheet that changed them does not tie out", async () => {
    const data = book();
    await applyModel(fakeContext(data), await request(data));
    const before = JSON.stringify({ sheets: data.toSheets(), names: [...data.names] });
    const req = await request(data, { whenTaken: "newName", schoolYear: 2024, profile: DEFAULT_PROFILES[1].name });
    data.beforeRead = (book) => book.put("Resultat 2023-24 (2) (i gang)", "K8", [[0]]);
    const outcome = await applyModel(fakeContext(data), req);
    expect(outcome).toMatchObject({ kind: "failed", message: { en: expect.stringContaining("K8 (Hedensted Skole, administration pays): 0 on the sheet, 120,000 computed") } });
    expect(JSON.stringify({ sheets: data.toSheets(), names: [...data.names] })).toBe(before);
  });

  it("keeps the model sheet's choices when none is given, and ties out under them", async () => {
    const data = book();
    await applyModel(fakeContext(data), await request(data));
    data.put(MODEL_SHEET, "C5", [[DEFAULT_PROFILES[1].name], [2024]]); // the user chose in the sheet
    const outcome = await applyModel(fakeContext(data), await request(data, { whenTaken: "replace", schoolYear: undefined }));
    expect(outcome).toMatchObject({ kind: "done", model: { selected: DEFAULT_PROFILES[1].name, schoolYear: 2024 } });
    expect(data.toSheets()[MODEL_SHEET][4][2]).toBe(DEFAULT_PROFILES[1].name);
    expect(data.toSheets()[MODEL_SHEET][5][2]).toBe(2024);
  });

  it("waits while Excel shows #BUSY!, and gives up with a message after the time allowed, the workbook as it was", async () => {
    jest.useFakeTimers({ doNotFake: ["nextTick", "setImmediate"] });
    try {
      const data = book();
      data.busyReads = 1_000_000; // custom functions that never finish
      const before = JSON.stringify({ sheets: data.toSheets(), names: [...data.names] });
      const pending = applyModel(fakeContext(data), await request(data));
      let outcome: Awaited<typeof pending> | undefined;
      void pending.then((o) => (outcome = o));
      for (let t = 0; t < 120 && outcome === undefined; t += 1) await jest.advanceTimersByTimeAsync(1000);
      expect(outcome).toMatchObject({ kind: "failed", message: { da: "Excel regnede stadig på arket Resultat 2023-24 efter 60 sekunder, så tallene kunne ikke kontrolleres" } });
      expect(JSON.stringify({ sheets: data.toSheets(), names: [...data.names] })).toBe(before);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe("reading the workbook for the check", () => {
  sizeTest("reads a workbook of over 5 MB in slices, each response under 4 MB, and misses nothing at its end", async () => {
    const data = new FakeWorkbookData();
    const years = [2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029];
    const rows: unknown[][] = [["1.000 kr. 2023 p/l", ...years]];
    for (let r = 0; r < 40000; r += 1) rows.push([`Post ${r + 1} med en lang forklarende tekst om hvad den dækker`, ...years.map((_y, i) => 1000 + r * 7 + i + 0.25)]);
    rows.push([], ["Færre elever", ...years.map(() => -420)], ["Samlet varig ændring", ...years.map((_y, i) => (i === 7 ? -400 : -420))]);
    data.put("Stor", "A1", rows);
    data.put("Lille", "B2", [["1.000 kr. 2023 p/l", 2022, 2023], ["Udvidelse", 600, 600], ["I alt", 600, 600]]);
    const context = fakeContext(data);
    const sheets = await readSheetsForCheck(context, "workbook");
    const total = context.stats.responseBytes.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(REQUEST_LIMIT_BYTES);
    expect(context.stats.syncs).toBeGreaterThan(3);
    expect(Math.max(...context.stats.responseBytes)).toBeLessThan(4 * 1024 * 1024);
    expect(sheets.map((s) => [s.name, s.values.length])).toEqual([
      ["Stor", rows.length],
      ["Lille", 4],
    ]);
    expect(sheets[1].values[2]).toEqual(["", "Udvidelse", 600, 600]);
    expect(checkWorkbook(sheets).map((f) => [f.kind, f.sheet, f.row, f.column])).toEqual([["totalMismatch", "Stor", rows.length - 1, 8]]);
  }, 60000);
});
