import { valuesOf } from "../../src/core/cellText";
import type { HyperFormula } from "hyperformula";
import { Dec } from "../../src/core/decimal";
import { DEFAULT_PROFILES } from "../../src/core/profiles";
import { guessColumns } from "../../src/core/pupils";
import { qualified } from "../../src/core/address";
import { MODEL_CELLS, MODEL_NAMES, MODEL_SHEET, modelSheet, readProfiles, RESULT_CELLS, RESULT_PUPIL, resultSheet, type SheetLayout } from "../../src/sheets/layouts";
import { listTotal } from "../../src/core/budget";
import { unwrap } from "../../src/core/result";
import { incentiveModel } from "../../src/core/segregation";
import { serialOf } from "../../src/core/dates";
import { registerFunctions, workbook } from "../../tools/engine";
import { expected } from "../../tools/dev/pupilList";
import { HEADERS, type Pupil, PUPILS, pupilRows } from "../../tools/seeds";
import { sourceFunctions } from "../../tools/sourceFunctions";

const { metadata, registry } = sourceFunctions();
registerFunctions(metadata, registry);

/** A layout's cells as Excel holds them: a user's text without its quote prefix. */
function sheetCells(layout: SheetLayout): unknown[][] {
  return valuesOf(layout.cells);
}

function build(profileName = DEFAULT_PROFILES[0].name): { hf: HyperFormula; result: ReturnType<typeof resultSheet> } {
  const list = [HEADERS, ...pupilRows(PUPILS)];
  const model = modelSheet(DEFAULT_PROFILES, 2023, profileName);
  const schools = [...new Set(PUPILS.map((p) => p.school))];
  const result = resultSheet("Resultat 2023-24", { sheet: "Elever", headerRow: 0, firstColumn: 0, rows: PUPILS.length }, guessColumns(HEADERS), schools);
  const hf = workbook(
    { Elever: list, [MODEL_SHEET]: sheetCells(model), [result.sheet]: sheetCells(result) },
    model.names.map((n) => ({ name: n.name, expression: `=${qualified(MODEL_SHEET, n.address)}` })),
  );
  return { hf, result };
}

const at = (hf: HyperFormula, sheet: string, row: number, col: number): unknown => hf.getCellValue({ sheet: hf.getSheetId(sheet) ?? -1, row, col });

describe("the model sheet", () => {
  it("names the chosen profile's parameters, which follow the choice", () => {
    const { hf } = build();
    const value = (name: string) => hf.getNamedExpressionValue(name);
    expect(value(MODEL_NAMES.threshold)).toBe(264995);
    expect(value(MODEL_NAMES.cap)).toBe(287077);
    expect(value(MODEL_NAMES.schoolShare)).toBe(0.5);
    expect([MODEL_NAMES.netPlanning, MODEL_NAMES.netMoversIn, MODEL_NAMES.netYearEnd].map(value)).toEqual([6500000, 3000000, 9900000]);
    expect(value(MODEL_NAMES.schoolYear)).toBe(2023);
    const proposal = build(DEFAULT_PROFILES[1].name).hf;
    expect(proposal.getNamedExpressionValue(MODEL_NAMES.threshold)).toBe(180000);
    expect(proposal.getNamedExpressionValue(MODEL_NAMES.netPlanning)).toBe(10000000);
  });

  it("reads back the profiles it holds, and a profile a user added as a column", () => {
    const cells = sheetCells(modelSheet(DEFAULT_PROFILES, 2023));
    expect(readProfiles(cells)).toEqual(DEFAULT_PROFILES);
    cells[MODEL_CELLS.headerRow].push("Eget forslag");
    [200000, 250000, 0.4, 1, 2, 3].forEach((v, i) => cells[MODEL_CELLS.firstParameterRow + i].push(v));
    expect(readProfiles(cells)[2]).toEqual({ name: "Eget forslag", threshold: 200000, cap: 250000, schoolShare: 0.4, safetyNet: [1, 2, 3] });
  });
});

describe("the result sheet, evaluated from the formulas the pane writes", () => {
  const { hf, result } = build();
  const sheet = result.sheet;

  it("gives every pupil the rules' liable share and payments", () => {
    PUPILS.forEach((p, i) => {
      const e = expected(p);
      const row = RESULT_CELLS.firstDataRow + i;
      expect({ pupil: p.name, share: at(hf, sheet, row, 3), school: at(hf, sheet, row, 5), central: at(hf, sheet, row, 6) }).toEqual({
        pupil: p.name,
        share: e.share.toNumber(),
        school: e.school.toNumber(),
        central: e.central.toNumber(),
      });
    });
  });

  it("sums per school exactly as the rules give, number by number", () => {
    for (const [school, row] of result.summaryRows) {
      const mine = PUPILS.filter((p) => p.school === school).map((p) => expected(p));
      const sum = (f: (e: ReturnType<typeof expected>) => Dec) => mine.reduce((s, e) => s.plus(f(e)), new Dec(0)).toNumber();
      expect({ school, pays: at(hf, sheet, row, 9), central: at(hf, sheet, row, 10), liable: at(hf, sheet, row, 11), pupils: at(hf, sheet, row, 12) }).toEqual({
        school,
        pays: sum((e) => e.school),
        central: sum((e) => e.central),
        liable: sum((e) => e.liable),
        pupils: mine.length,
      });
    }
  });

  it("the worked examples show through: Hedensted pays 200.000 + 272.497,50, Løsning the cap plus 184/366 of it", () => {
    expect(at(hf, sheet, result.summaryRows.get("Hedensted Skole") ?? -1, 9)).toBe(472497.5);
    expect(at(hf, sheet, result.summaryRows.get("Løsning Skole") ?? -1, 9)).toBe(287077 + Number((287077 * 184 / 366).toFixed(2)));
  });

  it("totals tie out: school + administration = Σ cost × liable, and SUMCHECK says so", () => {
    const total = result.totalRow;
    const [pays, central, liable] = [9, 10, 11].map((c) => at(hf, sheet, total, c) as number);
    expect(new Dec(pays).plus(central).eq(liable)).toBe(true);
    expect(at(hf, sheet, total + 1, 9)).toBe(true);
    expect(at(hf, sheet, total, 12)).toBe(PUPILS.length);
  });

  it("has no error anywhere", () => {
    const values = hf.getSheetValues(hf.getSheetId(sheet) ?? -1).flat();
    expect(values.filter((v) => typeof v === "object" && v !== null)).toEqual([]);
  });

  it("titles itself with the model and school year it is written for, and the list", () => {
    expect(at(hf, sheet, 0, 0)).toBe("Incitamentsmodel: Hedensted 2022/23 · skoleår 2023/24 · Elever!A1");
  });
});

describe("the result sheet under the proposal 'maks. 180.000'", () => {
  it("changes every payment when the model sheet's choice changes", () => {
    const { hf, result } = build(DEFAULT_PROFILES[1].name);
    const row = result.summaryRows.get("Hedensted Skole") ?? -1;
    const mine = PUPILS.filter((p) => p.school === "Hedensted Skole").map((p) => expected(p, DEFAULT_PROFILES[1]));
    expect(at(hf, result.sheet, row, 9)).toBe(mine.reduce((s, e) => s.plus(e.school), new Dec(0)).toNumber());
    expect(at(hf, result.sheet, row, 9)).toBe(360000);
  });
});

describe("half an øre on the result sheet (issue #30)", () => {
  it("a pupil at 0,125 kr. for the whole school year: the school pays 0,13 and the total is 0,13, as the core says", () => {
    const pupil: Pupil = { name: "Ø1", school: "Øre Skole", cost: 0.125, start: serialOf(2023, 8, 1) };
    const list = [HEADERS, ...pupilRows([pupil])];
    const model = modelSheet(DEFAULT_PROFILES, 2023);
    const result = resultSheet("Resultat", { sheet: "Elever", headerRow: 0, firstColumn: 0, rows: 1 }, guessColumns(HEADERS), ["Øre Skole"]);
    const hf = workbook({ Elever: list, [MODEL_SHEET]: sheetCells(model), Resultat: sheetCells(result) }, model.names.map((n) => ({ name: n.name, expression: `=${qualified(MODEL_SHEET, n.address)}` })));
    const pays = RESULT_CELLS.summaryColumn + RESULT_CELLS.summary.pays;
    expect([at(hf, "Resultat", RESULT_CELLS.firstDataRow, RESULT_PUPIL.at.pays), at(hf, "Resultat", RESULT_CELLS.firstDataRow, pays)]).toEqual([0.13, 0.13]);
    expect(listTotal([{ cost: new Dec(0.125), liable: new Dec(1) }], unwrap(incentiveModel(DEFAULT_PROFILES[0].threshold, DEFAULT_PROFILES[0].cap, DEFAULT_PROFILES[0].schoolShare))).toString()).toBe("0.13");
  });
});
