import type { HyperFormula } from "hyperformula";
import { type TemplateKind, TEMPLATE_KINDS, templateLayout } from "../../src/sheets/templates";
import { registerFunctions, workbook } from "../../tools/engine";
import { INITIATIVES, ISU01, SKOLEFLEKS, TABEL_1 } from "../../tools/seeds";
import { sourceFunctions } from "../../tools/sourceFunctions";

const { metadata, registry } = sourceFunctions();
registerFunctions(metadata, registry);

/** A template written and evaluated in a formula engine, with its anchors. */
function evaluated(kind: TemplateKind, filled = true) {
  const layout = templateLayout(kind, "Skabelon", { firstYear: 2025, years: 4, priceYear: 2025, filled });
  const hf = workbook({ Skabelon: layout.cells.map((row) => [...row]) });
  const at = (name: string, offset = 0): unknown => {
    const a = layout.anchors[name];
    return hf.getCellValue({ sheet: 0, row: a.row, col: a.column + offset });
  };
  const row = (name: string, n: number) => Array.from({ length: n }, (_x, i) => at(name, i));
  return { layout, hf, at, row };
}

const errorsIn = (hf: HyperFormula): unknown[] =>
  hf
    .getSheetValues(0)
    .flat()
    .filter((v) => typeof v === "object" && v !== null);

describe("the proposal templates, filled with their seed's figures, reproduce the seed", () => {
  it("investeringsforslag (seed 000): total 625 / 1.080 / 500 / −1.000 …, payback 6 on service and on total economy", () => {
    const { at, row, layout } = evaluated("investment");
    expect(row("total", 6)).toEqual([...TABEL_1.total]);
    expect(row("service", 6)).toEqual([...TABEL_1.total]);
    expect(at("paybackService")).toBe(TABEL_1.payback);
    expect(at("paybackTotal")).toBe(TABEL_1.payback);
    expect(layout.cells[4][0]).toBe("1.000 kr. 2023 p/l");
    expect(layout.cells[4].slice(2)).toEqual([2022, 2023, 2024, 2025, 2026, 2027]);
  });

  it("prioriteringsforslag ISU01 (seed 002): efficiency = places × 600, net 300 / −300 / −600 / −600", () => {
    const { row } = evaluated("prioritisation");
    expect(row("efficiency", 4)).toEqual([...ISU01.efficiency]);
    expect(row("net", 4)).toEqual([...ISU01.net]);
    expect(row("staff", 4)).toEqual([1, 1, 1, 1]);
  });

  it("indsatsplan (seed 001): totals 34,3 / 31,7 / 30,7 / 29,7, and the sub-items tie out", () => {
    const { row } = evaluated("initiatives");
    expect((row("total", 4) as number[]).map((v) => Number(v.toFixed(10)))).toEqual([...INITIATIVES.totals]);
    expect(row("check0", 4)).toEqual([true, true, true, true]);
    expect(row("check1", 4)).toEqual([true, true, true, true]);
  });

  it("SkoleFleks (seed 004): 25 × 200.000 = 5 mio. kr., funded 2,5 + 2,5 mio.", () => {
    const { at, hf } = evaluated("skolefleks");
    expect(at("pool")).toBe(SKOLEFLEKS.pool);
    expect([at("funding"), hf.getCellValue({ sheet: 0, row: 8, col: 2 })]).toEqual([...SKOLEFLEKS.funding]);
    expect(at("check")).toBe(true);
  });

  it("skolernes budget (DOMAIN.md §7): 1.000.000 by 300 / 200 / 100 → 500.000 / 333.333 / 166.667; payments 400.000 / 350.000 / 100.000 → nets +100.000 / −16.667 / +66.667, municipality +150.000", () => {
    const { at, hf, layout } = evaluated("budget");
    const first = layout.anchors.firstSchool.row;
    const line = (k: number) => [0, 1, 2, 3, 4, 5].map((col) => hf.getCellValue({ sheet: 0, row: first + k, col }));
    expect([line(0), line(1), line(2)]).toEqual([
      ["Skole A", 300, 400000, 500000, "", 100000],
      ["Skole B", 200, 350000, 333333, "", -16667],
      ["Skole C", 100, 100000, 166667, "", 66667],
    ]);
    // The rows not filled in show nothing.
    expect(line(3)).toEqual([null, null, null, "", "", ""]);
    expect([at("total"), at("municipality"), at("check")]).toEqual([150000, 150000, true]);
  });

  it.each(TEMPLATE_KINDS)("%s: no error anywhere when filled", (kind) => {
    expect(errorsIn(evaluated(kind).hf)).toEqual([]);
  });
});

describe("blank templates", () => {
  it("take the chosen years and price level", () => {
    const { layout } = evaluated("investment", false);
    expect(layout.cells[4]).toEqual(["1.000 kr. 2025 p/l", "Styringsområde", 2025, 2026, 2027, 2028]);
  });

  it("answer #N/A 'nothing to pay back' until amounts are typed in, and compute once they are", () => {
    const { layout, hf, at } = evaluated("investment", false);
    expect(at("paybackTotal")).toMatchObject({ value: "#N/A" });
    const first = 6; // the first permanent row
    hf.setCellContents({ sheet: 0, row: first, col: 2 }, [[-100, -100, -100, -100]]);
    const impl = layout.cells.findIndex((r) => r[0] === "Implementeringsomkostninger") + 1;
    hf.setCellContents({ sheet: 0, row: impl, col: 2 }, [[250]]);
    expect(at("paybackTotal")).toBe(3);
  });

  it.each(TEMPLATE_KINDS)("%s: evaluates without errors other than the paybacks' #N/A", (kind) => {
    const errors = errorsIn(evaluated(kind, false).hf) as { value: string; message: string }[];
    expect(errors.filter((e) => !(e.value === "#N/A" && /nothing to pay back|every year is zero/.test(e.message)))).toEqual([]);
  });
});
