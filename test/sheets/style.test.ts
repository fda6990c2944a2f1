/**
 * How a written sheet's look follows from its cells (src/sheets/style.ts), held on small sheets
 * worked out by hand: the column widths (which texts must fit, figures, the limits), the computed
 * cells as few rectangles, and what a layout leaves unsaid.
 */
import { sheetStyle, widthInPoints, widthOf } from "../../src/sheets/style";
import type { CellInput } from "../../src/sheets/layouts";

describe("a column's width in characters", () => {
  it("is a text's letters at 1,1 each, rounded up, and 2 to spare", () => {
    expect(widthOf("")).toBe(2);
    expect(widthOf("Skole")).toBe(8); // ⌈5,5⌉ + 2
    expect(widthOf("Betaling")).toBe(11); // ⌈8,8⌉ + 2
    expect(widthOf("Tærskel (kr.)")).toBe(17); // ⌈14,3⌉ + 2
    // Ten letters are 11 digits, not 12 (10 × 1,1 in doubles is a hair above 11).
    expect(widthOf("Skoleandel")).toBe(13);
    expect(widthOf("x".repeat(50))).toBe(57);
  });

  it("in points: 7 pixels a digit and 5 of padding, at 96 dpi, to the hundredth", () => {
    expect(widthInPoints(10)).toBe(56.25);
    expect(widthInPoints(8.43)).toBe(48.01);
    expect(widthInPoints(0)).toBe(3.75);
  });
});

describe("a sheet's style from its cells", () => {
  const cells: CellInput[][] = [
    // A title runs on into the empty cell beside it: it need not fit its column.
    ["Incitamentsmodel for skoleåret 2023-24, skrevet af tilføjelsesprogrammet", null, null],
    ["Skole", "Udgift", "Nr", null, null],
    ["A", 1234567.89, "=B3*2", "=C3+1", null],
    ["Hedensted Skole", -5, "=B4*2", 7, "=D4"],
    // Outside the tables: a text with a filled cell beside it must fit; one at the row's end need not.
    ["Note", "En bemærkning der løber ud i de tomme celler til højre"],
  ];

  it("makes each column as wide as the texts that must fit and the figures, between 10 and 60 characters", () => {
    const style = sheetStyle(cells, { headers: ["A2:C2"], tables: ["A2:C4"] });
    // A: "Hedensted Skole" ⌈16,5⌉ + 2 = 19 (the title does not count). B: 1.234.568 rounded, 7 digits + 4 = 11
    // ("Udgift" 9, −5 six). C: "Nr" 5, below 10. D: 7 is 5, below 10. E: only a formula, Excel's standard width.
    expect(style.widths).toEqual([19, 11, 10, 10]);
  });

  it("counts a text in a table even at its row's end, and holds a column to what `atLeast` and `minWidth` say", () => {
    const long = "x".repeat(80);
    const style = sheetStyle([["Kort", long]], { headers: [], tables: ["A1:B1"], atLeast: { 0: 25, 2: 12 }, minWidth: 4 });
    expect(style.widths).toEqual([25, 60, 12]);
    expect(sheetStyle([["Nr", 1]], { headers: [], tables: ["A1:B1"], minWidth: 4 }).widths).toEqual([5, 5]);
    // Outside a table, a text at a row's end does not widen its column.
    expect(sheetStyle([["Nr", long]], { headers: [], tables: [] }).widths).toEqual([10]);
    expect(sheetStyle([["Nr", long]], { headers: [], tables: ["A1"] }).widths).toEqual([10]);
    expect(sheetStyle([["Nummer to", "x"]], { headers: [], tables: [] }).widths).toEqual([12]);
  });

  it("joins the formula cells inside the tables into rectangles: runs in a row, merged with the same run below", () => {
    expect(sheetStyle(cells, { headers: ["A2:C2"], tables: ["A2:C4"] }).computed).toEqual(["C3:C4"]);
    expect(sheetStyle(cells, { headers: ["A2:E2"], tables: ["A2:E4"] }).computed).toEqual(["C3:D3", "C4", "E4"]);
    const grid: CellInput[][] = [
      ["Overskrift", "a", "b", "c", "d"],
      [1, "=1", "=2", 2, "=3"],
      [1, "=1", "=2", "=x", "=3"],
      [1, "=1", 2, 3, "=3"],
      [1, "=1", 2, 3, "=3"],
    ];
    expect(sheetStyle(grid, { headers: ["A1:E1"], tables: ["A1:E5"] }).computed).toEqual(["B2:C2", "E2", "B3:E3", "B4:B5", "E4:E5"]);
    // Only inside the tables, each table on its own; text that is not a formula is not computed.
    expect(sheetStyle(grid, { headers: [], tables: ["B2:B3", "E4:E5"] }).computed).toEqual(["B2:B3", "E4:E5"]);
    expect(sheetStyle([["=A", "tekst", "=B"]], { headers: [], tables: [] }).computed).toEqual([]);
  });

  it("freezes and prints the header rows it is told, and leaves inputs and drop-downs empty where none are said", () => {
    const bare = sheetStyle([["a"]], { headers: ["A1"], tables: ["A1"] });
    expect({ ...bare, widths: [] }).toEqual({ headers: ["A1"], inputs: [], computed: [], tables: ["A1"], widths: [], freezeRows: 0, validations: [], printTitleRows: null });
    const validations = [{ address: "C5", source: { sheet: null, address: "$D$4:$Z$4" } }];
    const full = sheetStyle([["a"]], { headers: ["A1"], tables: ["A1"], inputs: ["C5:C6"], freezeRows: 5, validations });
    expect([full.inputs, full.freezeRows, full.printTitleRows, full.validations]).toEqual([["C5:C6"], 5, "$1:$5", validations]);
  });
});
