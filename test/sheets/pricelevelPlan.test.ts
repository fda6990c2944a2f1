import { planPriceLevel } from "../../src/sheets/pricelevelPlan";
import { registerFunctions, workbook } from "../../tools/engine";
import { sourceFunctions } from "../../tools/sourceFunctions";
import { TABEL_1 } from "../../tools/seeds";

const { metadata, registry } = sourceFunctions();
registerFunctions(metadata, registry);

const TABLE = [
  ["1.000 kr. 2023 p/l", "Styringsområde", 2022, 2023],
  ["Færre elever", "Service", null, -420],
  ["Koordinator", "Service", 625, 1500],
  ["I alt", null, "=SUM(C2:C3)", "=SUM(D2:D3)"],
];

describe("converting a table to another price level", () => {
  it("wraps the numbers in the year columns in PRICELEVEL, updates the statement, leaves totals and labels", () => {
    const plan = planPriceLevel(TABLE, 2023, 2022, "Prisindeks");
    expect(plan.statedYear).toBe(2023);
    expect(plan.changed).toBe(3);
    expect(plan.formulas).toEqual([
      ["1.000 kr. 2022 p/l", null, null, null],
      [null, null, null, "=PRICELEVEL(-420,2023,2022,Prisindeks)"],
      [null, null, "=PRICELEVEL(625,2023,2022,Prisindeks)", "=PRICELEVEL(1500,2023,2022,Prisindeks)"],
      [null, null, null, null],
    ]);
  });

  it.each([
    ["Beløb i 1.000 kr. (23-pl)", "Beløb i 1.000 kr. (22-pl)"],
    ["Pris- og lønniveau 2023", "Pris- og lønniveau 2022"],
    ["1.000 kr. 2023-priser", "1.000 kr. 2022-priser"],
    ["PL 2023, 1.000 kr.", "PL 2022, 1.000 kr."],
  ])("reads the statement %s as the check does (one pattern, src/core/labels.ts) and rewrites only its year", (stated, rewritten) => {
    const plan = planPriceLevel([[stated, 2022], ["x", 5]], 2023, 2022, "Prisindeks");
    expect({ year: plan.statedYear, text: plan.formulas[0][0] }).toEqual({ year: 2023, text: rewritten });
  });

  it("re-points a converted table, and converting back gives the plain numbers again", () => {
    const once = planPriceLevel(TABLE, 2023, 2022, "Prisindeks");
    const converted = TABLE.map((row, r) => row.map((v, c) => once.formulas[r][c] ?? v));
    expect(planPriceLevel(converted, 2022, 2021, "Prisindeks").formulas[1][3]).toBe("=PRICELEVEL(-420,2023,2021,Prisindeks)");
    const back = planPriceLevel(converted, 2022, 2023, "Prisindeks");
    expect(back.formulas[1][3]).toBe(-420);
    expect(back.formulas[0][0]).toBe("1.000 kr. 2023 p/l");
  });

  it("the written formulas compute the conversion, totals following", () => {
    const plan = planPriceLevel(TABLE, 2023, 2022, "Prisindeks");
    const converted = TABLE.map((row, r) => row.map((v, c) => plan.formulas[r][c] ?? v));
    const hf = workbook(
      { Tabel: converted, Indeks: [["År", "Indeks"], [2022, 104.2], [2023, 108.5]] },
      [{ name: "Prisindeks", expression: "=Indeks!$A$1:$B$3" }],
    );
    expect(hf.getCellValue({ sheet: 0, row: 2, col: 2 })).toBeCloseTo((625 * 104.2) / 108.5, 10);
    expect(hf.getCellValue({ sheet: 0, row: 3, col: 3 })).toBeCloseTo(((-420 + 1500) * 104.2) / 108.5, 10);
  });

  it("converts every number of a range that states no price level, with the year the user gives", () => {
    const plan = planPriceLevel([TABEL_1.total.slice(0, 2)], 2023, 2024, "Prisindeks");
    expect(plan.statedYear).toBeNull();
    expect(plan.formulas).toEqual([["=PRICELEVEL(625,2023,2024,Prisindeks)", "=PRICELEVEL(1080,2023,2024,Prisindeks)"]]);
  });

  it("two tables in one range (two p/l lines, two rows of year headings): nothing is planned, and the count says why (issue 27)", () => {
    const two = [...TABLE, [null, null, null, null], ["1.000 kr. 2023 p/l", "Styringsområde", 2022, 2023], ["Koordinator", "Service", 625, 1500]];
    const plan = planPriceLevel(two, 2023, 2022, "Prisindeks");
    expect({ tables: plan.tables, changed: plan.changed }).toEqual({ tables: 2, changed: 0 });
    expect(plan.formulas.flat().every((f) => f === null)).toBe(true);
  });

  it("a row of year headings under the p/l line is never converted, and the years the index needs are listed", () => {
    const table = [["1.000 kr. 2023 p/l", null, null], ["Post", 2022, 2023], ["Koordinator", 625, "=PRICELEVEL(1500,2021,2023,Prisindeks)"]];
    const plan = planPriceLevel(table, 2023, 2022, "Prisindeks");
    expect(plan.tables).toBe(1);
    expect(plan.formulas[1]).toEqual([null, null, null]);
    expect(plan.formulas[2]).toEqual([null, "=PRICELEVEL(625,2023,2022,Prisindeks)", "=PRICELEVEL(1500,2021,2022,Prisindeks)"]);
    expect(plan.yearsNeeded).toEqual([2021, 2022, 2023]);
  });
});

describe("the price-level plan at its edges (mutation testing, issue #30)", () => {
  it("year headings are two or more consecutive years from 1900 to 2199, left to right", () => {
    const converts = (headings: unknown[]) => planPriceLevel([headings, headings.map(() => 10)], 2023, 2024, "I").changed;
    expect([converts([1900, 1901]), converts([2198, 2199])]).toEqual([2, 2]);
    // Not headings: one year, a gap, out of range, backwards, a fraction: the row is converted as numbers.
    expect([converts([2023]), converts([2022, 2024]), converts([1899, 1900]), converts([2199, 2200]), converts([2023, 2022]), converts([2022.5, 2023.5])]).toEqual([2, 4, 4, 4, 4, 4]);
  });

  it("a statement without year headings on its row or right under it converts nothing; headings two rows down are not its", () => {
    expect(planPriceLevel([["1.000 kr. 2023 p/l"], ["Post", 5]], 2023, 2024, "I").changed).toBe(0);
    expect(planPriceLevel([["1.000 kr. 2023 p/l"], [null, null], ["Post", 2022, 2023], ["x", 1, 2]], 2023, 2024, "I").changed).toBe(0);
    expect(planPriceLevel([["1.000 kr. 2023 p/l", 2022, 2023], ["x", 1, 2]], 2023, 2024, "I").changed).toBe(2);
    // Without a statement, the first row of headings gives the columns; the rows above it are left.
    expect(planPriceLevel([["x", 7, 7], ["Post", 2022, 2023], ["x", 1, 2]], 2023, 2024, "I").formulas.map((row) => row.map((f) => f !== null))).toEqual([
      [false, false, false],
      [false, false, false],
      [false, true, true],
    ]);
  });

  it("two tables by their statements alone (column A, no year headings) or by their year headings alone: nothing planned, the years still named", () => {
    const byStatements = planPriceLevel([["1.000 kr. 2023 p/l"], ["x", 5], [null], ["1.000 kr. 2024 p/l"], ["y", 6]], 2023, 2022, "I");
    expect([byStatements.tables, byStatements.changed, byStatements.yearsNeeded]).toEqual([2, 0, [2023, 2022]]);
    const byHeadings = planPriceLevel([[null, 2022, 2023], ["x", 1, 2], [null], [null, 2022, 2023], ["y", 3, 4]], 2023, 2024, "I");
    expect([byHeadings.tables, byHeadings.changed]).toEqual([2, 0]);
    // A statement in column A with its headings right under it is one table.
    expect(planPriceLevel([["1.000 kr. 2023 p/l"], [null, 2022, 2023], ["x", 1, 2]], 2023, 2024, "I")).toMatchObject({ tables: 1, changed: 2 });
  });

  it("a title above the table is no statement; headings above the statement, or repeated under its own, are not its year columns", () => {
    expect(planPriceLevel([["Forslag 7"], [null], ["1.000 kr. 2023 p/l", 2022, 2023], ["x", 1, 2]], 2023, 2024, "I")).toMatchObject({ tables: 1, changed: 2, statedYear: 2023 });
    expect(planPriceLevel([[null, 2022, 2023], ["1.000 kr. 2023 p/l"], ["x", 1, 2]], 2023, 2024, "I")).toMatchObject({ tables: 1, changed: 0 });
    expect(planPriceLevel([["1.000 kr. 2023 p/l", 2022, 2023], [null, 2022, 2023], ["x", 1, 2]], 2023, 2024, "I")).toMatchObject({ tables: 1, changed: 2 });
    // A statement with no headings converts no row, however many follow.
    expect(planPriceLevel([["1.000 kr. 2023 p/l"], ["Post", 5], ["x", 6]], 2023, 2024, "I").changed).toBe(0);
  });

  it("a formula that mentions a price level is no statement, and text or infinity in a year column stays", () => {
    const plan = planPriceLevel([['="1.000 kr. 2023 p/l"', "x"], ["x", Infinity], ["y", "5"]], 2023, 2024, "I");
    expect([plan.statedYear, plan.changed]).toEqual([null, 0]);
  });

  it("to the same year: numbers stay, a converted cell goes back to its number", () => {
    const plan = planPriceLevel([["1.000 kr. 2023 p/l", 2022, 2023], ["x", 5, 6], ["y", "=PRICELEVEL(7,2023,2021,I)", null]], 2023, 2023, "I");
    expect(plan.formulas.slice(1)).toEqual([[null, null, null], [null, 7, null]]);
    expect([plan.changed, plan.yearsNeeded]).toEqual([1, [2023]]);
  });

  it("reads a converted cell however it is spaced and cased, with a negative or decimal amount", () => {
    const plan = planPriceLevel([["1.000 kr. 2023 p/l", 2022, 2023, 2024], ["x", "= pricelevel( -1.5e3 , 2021 , 2023 , Indeks )", "=PRICELEVEL(0.25,2020,2023,Indeks)", "=PRICELEVEL(1,2020,2023)"]], 2023, 2025, "Indeks");
    expect(plan.formulas[1]).toEqual([null, "=PRICELEVEL(-1.5e3,2021,2025,Indeks)", "=PRICELEVEL(0.25,2020,2025,Indeks)", null]);
    expect(plan.yearsNeeded).toEqual([2020, 2021, 2023, 2025]);
  });
});
