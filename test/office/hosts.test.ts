/**
 * The writer in the Excel our users run (issue #13): Danish Excel, which knows the add-in's functions
 * by their Danish names only (office-js #891), and an Excel without Range.autoFill (ExcelApi < 1.9).
 */
import { guessColumns } from "../../src/core/pupils";
import { DEFAULT_PROFILES } from "../../src/core/profiles";
import { OUR_FUNCTIONS, usesOurFunctions } from "../../src/office/formulas";
import { ENGLISH_EXCEL, type ExcelHost, excelHost } from "../../src/office/host";
import { applyModel, compareModels, distributeSafetyNet, insertTemplate, readTable, writeFormulas } from "../../src/office/workbook";
import { fakeContext, FakeWorkbookData } from "../../tools/dev/fakeExcel";
import { asHost, DANISH_EXCEL, type HostMode } from "../../tools/dev/hostExcel";
import { FUNCTIONS } from "../../src/functions/defs";
import { type ExcelRunner, workbookGateway } from "../../src/office/gateway";
import { manyPupils, messyRows, pupilBook } from "../../tools/dev/pupilList";
import { HEADERS } from "../../tools/seeds";
import { sizeTest } from "../support/mutation";

const DANISH_HOST: ExcelHost = { ...ENGLISH_EXCEL, functionNames: "da" };
const ENGLISH_HOST: ExcelHost = { ...ENGLISH_EXCEL, functionNames: "en" };

function book(mode: HostMode, rows: unknown[][] = messyRows(320)): FakeWorkbookData {
  return asHost(pupilBook(rows), mode);
}

/** Every written cell that calls our functions, as formulasLocal and values give it. */
async function ourCells(data: FakeWorkbookData, sheet: string): Promise<{ local: string; value: unknown }[]> {
  const context = fakeContext(data);
  const range = context.workbook.worksheets.getItem(sheet).getUsedRange().load("formulas,formulasLocal,values");
  await context.sync();
  const found: { local: string; value: unknown }[] = [];
  range.formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      if (usesOurFunctions(formula)) found.push({ local: String(range.formulasLocal[r][c]), value: range.values[r][c] });
    }),
  );
  return found;
}

const ENGLISH_NAMES = new RegExp(`(^|[^A-Z.])(${OUR_FUNCTIONS.map((f) => f.id.replace(/\./g, "\\.")).join("|")})\\(`);

describe("in Danish Excel", () => {
  it("the model, comparison, safety net, a template and a price-level conversion hold our functions by their Danish names, and compute", async () => {
    const data = book("da");
    const list = await readTable(fakeContext(data), "Elevliste");
    const mapping = guessColumns(list.headers);
    const context = fakeContext(data);
    const applied = await applyModel(context, { list, mapping, schoolYear: 2023, resultName: "Resultat 2023-24" }, DANISH_HOST);
    expect(applied).toMatchObject({ kind: "done", tiedOut: { pupils: 320 } });
    expect(context.stats.syncs).toBe(5); // look; write; our names in Danish and fill, read back (#BUSY!); read again; rename
    const [a, b] = DEFAULT_PROFILES;
    await expect(compareModels(fakeContext(data), { resultSheet: "Resultat 2023-24", list, mapping, a: a.name, b: b.name, name: "Sammenligning 2023-24" }, DANISH_HOST)).resolves.toMatchObject({ kind: "done" });
    await expect(distributeSafetyNet(fakeContext(data), { resultSheet: "Resultat 2023-24", list, mapping, part: 0, key: "pupils", name: "Sikkerhedsnet 2023-24" }, DANISH_HOST)).resolves.toMatchObject({ kind: "done" });
    await expect(insertTemplate(fakeContext(data), { kind: "investment", options: { firstYear: 2022, years: 6, priceYear: 2023, filled: true }, name: "Investeringsforslag" }, DANISH_HOST)).resolves.toMatchObject({ kind: "done" });
    data.put("Tabel", "A1", [[-420, 1000]]);
    await writeFormulas(fakeContext(data), "Tabel", "A1:B1", [["=PRICELEVEL(-420,2023,2022,{2022,104.2;2023,108.5})", null]], DANISH_HOST);

    for (const sheet of ["Resultat 2023-24", "Sammenligning 2023-24", "Sikkerhedsnet 2023-24", "Investeringsforslag", "Tabel"]) {
      const cells = await ourCells(data, sheet);
      expect({ sheet, cells: cells.length > 0 }).toEqual({ sheet, cells: true });
      const english = cells.filter((cell) => ENGLISH_NAMES.test(cell.local));
      const unknown = cells.filter((cell) => cell.value === "#NAME?");
      expect({ sheet, english, unknown }).toEqual({ sheet, english: [], unknown: [] });
    }
    const [liable] = await ourCells(data, "Resultat 2023-24");
    // The list's columns by structured reference, the pupil by position; Danish names and separators.
    expect(liable.local).toBe(
      "=HVIS(RÆKKE()-7>$B$4;0;SEGREGERING.BETALINGSPLIGT(INDEKS(Elevliste[[Startdato]];RÆKKE()-7);INDEKS(Elevliste[[Slutdato]];RÆKKE()-7);$D$2;INDEKS(Elevliste[[Kategori]];RÆKKE()-7);INDEKS(Elevliste[[Tilflyttet]];RÆKKE()-7)))",
    );
    const [payback] = (await ourCells(data, "Investeringsforslag")).filter((c) => c.local.includes("TILBAGEBETALINGSTID"));
    expect(payback.value).toBe(6);
  }, 60000);

  it("an Excel taken for English gets our English names, shows #NAME?, and the write is refused and undone (office-js #891)", async () => {
    const data = book("da", messyRows(30));
    const before = JSON.stringify(data.toSheets());
    const list = await readTable(fakeContext(data), "Elevliste");
    const outcome = await applyModel(fakeContext(data), { list, mapping: guessColumns(list.headers), schoolYear: 2023, resultName: "Resultat 2023-24" }, ENGLISH_HOST);
    expect(outcome).toMatchObject({ kind: "failed", message: { da: expect.stringMatching(/^Excel kender ikke tilføjelsesprogrammets funktioner i arket Resultat 2023-24 \(#NAVN\? i D8, F8/) } });
    expect(JSON.stringify(data.toSheets())).toBe(before);
  });

  it("a template's #NAME? is caught too, though a template is not tied out", async () => {
    const data = book("da", messyRows(3));
    const outcome = await insertTemplate(fakeContext(data), { kind: "skolefleks", options: { firstYear: 2024, years: 1, priceYear: 2024, filled: true }, name: "SkoleFleks" }, ENGLISH_HOST);
    expect(outcome).toMatchObject({ kind: "failed", message: { en: expect.stringContaining("#NAME? at C8, C9") } });
    expect(data.sheets.filter((s) => s.visibility !== "VeryHidden").map((s) => s.name)).toEqual(["Elever"]);
  });
});

describe("names Excel actually knows (issue #29): the gateway tries the other language's names once, and keeps them", () => {
  const runner = (data: FakeWorkbookData) => {
    let runs = 0;
    const run = <T,>(work: (context: Excel.RequestContext) => Promise<T>) => {
      runs += 1;
      return work(fakeContext(data) as unknown as Excel.RequestContext);
    };
    return { run: run as ExcelRunner, runs: () => runs };
  };

  it("a Danish Excel that loaded the English functions file: Danish names give #NAME?, undone; the English names tie out and are kept", async () => {
    const data = pupilBook(messyRows(30));
    data.customIds = FUNCTIONS.map((f) => f.id);
    // Danish Excel (Danish built-ins, `;`) whose add-in functions are known by their English names.
    data.locale = { ...DANISH_EXCEL, customs: Object.fromEntries(FUNCTIONS.map((f) => [f.id, f.id])) };
    const { run, runs } = runner(data);
    const gateway = workbookGateway(run, DANISH_HOST);
    const list = await gateway.readTable("Elevliste");
    const mapping = guessColumns(list.headers);
    await expect(gateway.applyModel({ list, mapping, schoolYear: 2023, resultName: "Resultat 2023-24" })).resolves.toMatchObject({ kind: "done", tiedOut: { pupils: 30 } });
    expect(gateway.functionNames()).toBe("en");
    expect((await ourCells(data, "Resultat 2023-24")).filter((c) => c.value === "#NAME?")).toEqual([]);
    // Remembered: the next write goes straight to the names Excel knows (one run, not two).
    const before = runs();
    const [a, b] = DEFAULT_PROFILES;
    await expect(gateway.compareModels({ resultSheet: "Resultat 2023-24", list, mapping, a: a.name, b: b.name, name: "Sammenligning" })).resolves.toMatchObject({ kind: "done" });
    expect(runs() - before).toBe(1);
    // The self-test says which names this Excel knows, and that the pane writes those.
    const report = await gateway.selfTest({ host: "Excel", platform: "PC", version: "16", displayLanguage: "da-DK", requirements: {} });
    expect(report.checks.find((c) => c.id === "functionNames")).toEqual({ id: "functionNames", status: "ok", saw: "PAYBACK → 6 (engelske navne), TILBAGEBETALINGSTID → #NAME? (danske navne)" });
  }, 60000);

  it("an English Excel given the Danish functions file: English names give #NAME?, undone; the Danish names tie out and are kept", async () => {
    const data = book("da", messyRows(30));
    const { run } = runner(data);
    const gateway = workbookGateway(run, ENGLISH_HOST);
    const list = await gateway.readTable("Elevliste");
    const outcome = await gateway.applyModel({ list, mapping: guessColumns(list.headers), schoolYear: 2023, resultName: "Resultat 2023-24" });
    expect(outcome).toMatchObject({ kind: "done", tiedOut: { pupils: 30 } });
    expect(gateway.functionNames()).toBe("da");
    const cells = await ourCells(data, "Resultat 2023-24");
    expect(cells.filter((c) => ENGLISH_NAMES.test(c.local) || c.value === "#NAME?")).toEqual([]);
    await expect(gateway.insertTemplate({ kind: "investment", options: { firstYear: 2022, years: 6, priceYear: 2023, filled: true }, name: "Investeringsforslag" })).resolves.toMatchObject({ kind: "done" });
  }, 60000);

  it("an Excel that knows neither (the add-in not loaded): both tried, the first failure said, the workbook as it was", async () => {
    const data = book("da", messyRows(3));
    // Neither name is the add-in's: as if it were not loaded.
    data.locale = { ...DANISH_EXCEL, customs: Object.fromEntries(FUNCTIONS.map((f) => [f.id, `IKKE.INDLAEST.${f.id.replace(/\./g, "")}`])) };
    const before = JSON.stringify(data.toSheets());
    const gateway = workbookGateway(runner(data).run, DANISH_HOST);
    const list = await gateway.readTable("Elevliste");
    await expect(gateway.applyModel({ list, mapping: guessColumns(list.headers), schoolYear: 2023, resultName: "R" })).resolves.toMatchObject({ kind: "failed", unknownFunctions: true, message: { da: expect.stringMatching(/^Excel kender ikke tilføjelsesprogrammets funktioner/) } });
    expect(gateway.functionNames()).toBe("da");
    expect(JSON.stringify(data.toSheets())).toBe(before);
  }, 60000);
});

describe("in an Excel without Range.autoFill (ExcelApi below 1.9)", () => {
  sizeTest.each(["en", "da"] as const)("writes every row itself, in requests under the limit, and ties out (%s)", async (mode) => {
    const data = book(mode, []);
    const pupils = manyPupils(3000);
    data.put("Elever", "A1", [HEADERS, ...pupils.map((p) => [p.name, p.school, p.cost, p.start, p.end ?? null, p.category ?? null, p.arrival ?? null])]);
    data.tables.splice(0, 1, { name: "Elevliste", sheet: "Elever", address: `A1:G${pupils.length + 1}` });
    data.requirementSets = ["ExcelApi 1.8", "CustomFunctionsRuntime 1.2"];
    const list = await readTable(fakeContext(data), "Elevliste");
    const context = fakeContext(data);
    const outcome = await applyModel(context, { list, mapping: guessColumns(list.headers), schoolYear: 2023, resultName: "Resultat 2023-24" }, excelHost(mode, (name, version) => data.supports(`${name} ${version}`)));
    expect(outcome).toMatchObject({ kind: "done", tiedOut: { pupils: 3000 } });
    expect(Math.max(...context.stats.requestBytes)).toBeLessThan(4.5 * 1024 * 1024);
    expect(Math.max(...context.stats.responseBytes)).toBeLessThan(4.5 * 1024 * 1024);
  }, 60000);

  it("the in-memory Excel refuses autoFill there, as such an Excel has none", async () => {
    const data = book("en", messyRows(5));
    data.requirementSets = ["ExcelApi 1.8"];
    const list = await readTable(fakeContext(data), "Elevliste");
    const outcome = await applyModel(fakeContext(data), { list, mapping: guessColumns(list.headers), schoolYear: 2023, resultName: "Resultat 2023-24" }, ENGLISH_HOST);
    expect(outcome).toMatchObject({ kind: "failed", error: expect.stringContaining("ApiNotFound") });
  });
});
