/**
 * The self-test (issue #13) on the in-memory Excel: every check passes on an Excel that behaves as
 * documented, in English and in Danish; each fault of a misbehaving Excel shows ✗ on its own line.
 */
import { FUNCTIONS } from "../../src/functions/defs";
import { ENGLISH_EXCEL, type ExcelHost, excelHost } from "../../src/office/host";
import { type HostAbout, runSelfTest } from "../../src/office/selfTest";
import { fakeContext, FakeWorkbookData } from "../../tools/dev/fakeExcel";
import { asHost, type HostMode } from "../../tools/dev/hostExcel";
import { sourceCalculator } from "../../tools/sourceFunctions";

const calculator = sourceCalculator();
const ABOUT: HostAbout = {
  host: "Excel",
  platform: "OfficeOnline",
  version: "16.0.19000.20000",
  displayLanguage: "da-DK",
  requirements: { "ExcelApi 1.4": true, "ExcelApi 1.9": true, "CustomFunctionsRuntime 1.2": true },
};

function excel(mode: HostMode): FakeWorkbookData {
  const data = asHost(new FakeWorkbookData(), mode);
  data.calculator = calculator;
  data.busyReads = 1;
  data.put("Mit ark", "A1", [["Mine tal", 42]]);
  return data;
}
const statuses = (report: Awaited<ReturnType<typeof runSelfTest>>) => Object.fromEntries(report.checks.map((c) => [c.id, c.status]));

describe.each(["en", "da"] as const)("in %s Excel", (mode) => {
  const host: ExcelHost = { ...ENGLISH_EXCEL, functionNames: mode };

  it("every check passes, says what it saw, and the workbook is as it was", async () => {
    const data = excel(mode);
    const before = JSON.stringify({ sheets: data.toSheets(), names: [...data.names] });
    const report = await runSelfTest(fakeContext(data), host, ABOUT);
    expect(report.checks.filter((c) => c.status !== "ok")).toEqual([]);
    expect(report.checks.map((c) => c.id)).toEqual([
      "requirements",
      "calculation",
      "calculationState",
      "structuredReferences",
      // Every defined function, in the definitions' order: a new one is not done until the self-test writes it too.
      ...FUNCTIONS.map((f) => `function:${f.id}`),
      "invariantNames",
      "names",
      "unknownFunction",
      "sumproductText",
      "functionNames",
      "textStaysText",
      "autoFill",
      "nullCells",
      "chart",
      "look",
      "freezePanes",
      "dataValidation",
      "formulasLocal",
      "cleanup",
    ]);
    const saw = Object.fromEntries(report.checks.map((c) => [c.id, c.saw]));
    expect(saw["function:PAYBACK"]).toBe(mode === "da" ? "=TILBAGEBETALINGSTID(A1:F1) → 6" : "=PAYBACK(A1:F1) → 6");
    // Figures and words as the host's Excel shows them (issue 27, observation 6: it said 272497.5 and "2 reads" in Danish Excel).
    expect(saw.formulasLocal).toBe(mode === "da" ? "=AFRUND(1,25;1) → =ROUND(1.25,1) → 1,3" : "=ROUND(1.25,1) → =ROUND(1.25,1) → 1.3");
    expect(saw.calculation).toBe(mode === "da" ? "2 læsninger" : "2 reads"); // #BUSY! once, then the answers
    expect(saw["function:SEGREGATION.PAYMENT"]).toMatch(mode === "da" ? /→ 272\.497,5$/ : /→ 272,497\.5$/);
    expect(saw["function:SEGREGATION.LIABLE"]).toMatch(mode === "da" ? /→ 0,5027322404$/ : /→ 0\.5027322404$/);
    expect(saw.invariantNames).toBe("=PAYBACK(A1:F1)");
    expect(saw.calculationState).toBe("Done");
    expect(saw.structuredReferences).toBe("ROWS → 2, INDEX(…;2) → 3");
    expect(saw.textStaysText).toBe("'=1+1 → =1+1, '0042 → 0042, +5 → 5");
    // Danish Excel knows our functions by their Danish names only (office-js #891); English Excel by the English.
    expect(saw.functionNames).toBe(mode === "da" ? "PAYBACK → #NAME? (engelske navne), TILBAGEBETALINGSTID → 6 (danske navne)" : "PAYBACK → 6 (English names), TILBAGEBETALINGSTID → #NAME? (Danish names)");
    expect(JSON.stringify({ sheets: data.toSheets(), names: [...data.names], tables: data.tables })).toBe(JSON.stringify({ ...JSON.parse(before), tables: [] }));
  });

  it.each([
    ["autoFillWithoutShift", "autoFill"],
    ["nullOverwrites", "nullCells"],
    ["localRoundTrip", "formulasLocal"],
    ["noCharts", "chart"],
    ["plainFormats", "look"],
    ["noFreezePanes", "freezePanes"],
    ["noValidation", "dataValidation"],
    ["keepsQuote", "textStaysText"],
  ] as const)("an Excel with the fault %s shows ✗ on the line %s, and only there", async (fault, line) => {
    const data = excel(mode);
    data.faults[fault] = true;
    const report = await runSelfTest(fakeContext(data), host, ABOUT);
    const failed = report.checks.filter((c) => c.status === "failed").map((c) => c.id);
    if (fault !== "localRoundTrip") {
      expect(failed).toEqual([line]);
    } else if (mode === "en") {
      expect(failed).toEqual([]); // in English Excel formulasLocal is the invariant formula anyway
    } else {
      // The writer puts our Danish names in through formulasLocal: with it broken, the functions fail too.
      expect(failed).toEqual([...failed.filter((id) => id.startsWith("function:")), line]);
      expect(failed).toContain(line);
    }
  });
});

it("an Excel whose functions file is Danish, taken for English, shows ✗ on every function line (#NAME?)", async () => {
  const report = await runSelfTest(fakeContext(excel("da")), { ...ENGLISH_EXCEL, functionNames: "en" }, ABOUT);
  const failed = report.checks.filter((c) => c.status === "failed");
  expect(failed.map((c) => c.id).filter((id) => id.startsWith("function:"))).toEqual(FUNCTIONS.map((f) => `function:${f.id}`));
  expect(failed.find((c) => c.id === "function:PAYBACK")?.saw).toBe("=PAYBACK(A1:F1) → #NAME?");
});

it("an Excel without ExcelApi 1.9: autoFill is not applicable, and the rest passes", async () => {
  const data = excel("da");
  data.requirementSets = ["ExcelApi 1.4", "CustomFunctionsRuntime 1.2"];
  const report = await runSelfTest(fakeContext(data), excelHost("da", (name, version) => data.supports(`${name} ${version}`)), { ...ABOUT, requirements: { ...ABOUT.requirements, "ExcelApi 1.9": false } });
  expect(statuses(report)).toMatchObject({ autoFill: "notApplicable", freezePanes: "notApplicable", dataValidation: "notApplicable", look: "ok", requirements: "ok", "function:PAYBACK": "ok", cleanup: "ok" });
});

it("an Excel without the custom functions runtime fails the requirements line", async () => {
  const report = await runSelfTest(fakeContext(excel("en")), { ...ENGLISH_EXCEL, functionNames: "en" }, { ...ABOUT, requirements: { "ExcelApi 1.4": true, "ExcelApi 1.9": true } });
  expect(report.checks[0]).toEqual({ id: "requirements", status: "failed", saw: "ExcelApi 1.4 ✓, ExcelApi 1.7 ✗, ExcelApi 1.8 ✗, ExcelApi 1.9 ✓, CustomFunctionsRuntime 1.2 ✗" });
});
