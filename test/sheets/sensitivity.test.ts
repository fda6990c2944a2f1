/**
 * The sensitivity sheet as a finance officer sees it (src/sheets/sensitivity.ts): its words, the
 * cells to type in, how each figure is shown, the chart and what is filled down and read back.
 * Its figures are held against the core in test/office/workbook.test.ts (every point, mark and the
 * calibrated value, in the formula engine); here what the figures carry with them.
 */
import { SENSITIVITY_CELLS, sensitivitySheet } from "../../src/sheets/sensitivity";
import { followsResult, KRONER } from "../../src/sheets/layouts";
import { ZERO_HIDDEN } from "../../src/sheets/style";

const at = (solveFor: "cap" | "threshold" | "share", target: number | null = 40000000) =>
  sensitivitySheet("Følsomhed 2023-24", "Resultat 2023-24", 7, 3, { solveFor, start: 150000, step: 10000, points: 4, target });

describe("the sensitivity sheet", () => {
  it("says what it varies in its title, its header and its chart, and labels every input", () => {
    const cap = at("cap");
    expect(cap.cells.slice(0, 8).map((row) => row[0])).toEqual([
      "Følsomhed: skolernes betaling efter loftet (tærskel = loft)",
      "Fra",
      "Trin",
      "Til (sidste punkt)",
      "Mål: skolernes samlede betaling (kr.)",
      "Modellens værdi nu",
      "Kalibreret til målet",
      "Udgift × andel i alt (kr.)",
    ]);
    expect(cap.cells[SENSITIVITY_CELLS.header]).toEqual(["Loft (kr.)", "Punkt", "Skolernes betaling (kr.)", "Forvaltningens betaling (kr.)", "Modellen nu", "Kalibreret"]);
    expect(cap.chart).toEqual({ range: "B10:F14", title: "Skolernes og forvaltningens betaling efter loftet (tærskel = loft)", type: "LineMarkers" });
    expect([at("threshold").cells[0][0], at("threshold").cells[SENSITIVITY_CELLS.header][0]]).toEqual(["Følsomhed: skolernes betaling efter tærsklen", "Tærskel (kr.)"]);
    expect([at("share").cells[0][0], at("share").cells[SENSITIVITY_CELLS.header][0]]).toEqual(["Følsomhed: skolernes betaling efter skolens andel over tærsklen", "Skolens andel"]);
  });

  it("holds the range and the target typed in, or leaves the target for the user", () => {
    const cap = at("cap");
    expect([1, 2, 4].map((r) => cap.cells[r][1])).toEqual([150000, 10000, 40000000]);
    expect(at("cap", null).cells[4][1]).toBeNull();
    expect(cap.cells[3][1]).toBe("=ROUND($B$2+3*$B$3,4)");
    expect(cap.style?.inputs).toEqual(["B2:B3", "B5"]);
  });

  it("takes the amounts × shares from the result sheet's total row and says under it whether that sheet still covers the list", () => {
    const cap = at("cap");
    expect(cap.cells[SENSITIVITY_CELLS.liableTotal]).toEqual(["Udgift × andel i alt (kr.)", "='Resultat 2023-24'!$L$11"]);
    expect(cap.cells[SENSITIVITY_CELLS.liableTotal + 1]).toEqual([followsResult("Resultat 2023-24", 7).line]);
  });

  it("shows kroner with øre, the cap and threshold in whole kroner and the share as a percentage", () => {
    expect(at("cap").numberFormats).toEqual([
      { address: "B2:B4", format: ZERO_HIDDEN.whole },
      { address: "B5", format: ZERO_HIDDEN.whole },
      { address: "B6:B7", format: ZERO_HIDDEN.whole },
      { address: "C6:C7", format: KRONER },
      { address: "B8", format: KRONER },
      { address: "A11:A14", format: ZERO_HIDDEN.whole },
      { address: "C11:F14", format: KRONER },
    ]);
    expect(at("share").numberFormats.filter((f) => f.format === "0.00%").map((f) => f.address)).toEqual(["B2:B4", "B6:B7", "A11:A14"]);
  });

  it("bolds its title and header, frames its two tables, fills the points down and reads the whole sheet back", () => {
    const cap = at("cap");
    expect(cap.bold).toEqual(["A1", "A10:F10"]);
    expect(cap.style).toMatchObject({ headers: ["A10:F10"], tables: ["A2:C8", "A10:F14"], freezeRows: 10, printTitleRows: "$1:$10" });
    expect(cap.style?.widths[0]).toBeGreaterThanOrEqual(33);
    expect(cap.style?.widths.slice(1).every((w) => w >= 14)).toBe(true);
    expect([cap.fill, cap.readBack, cap.names, cap.sheet]).toEqual([{ row: 10, rows: 4, columns: 6 }, ["A1:F14"], [], "Følsomhed 2023-24"]);
    // Every point's row is the first with its relative references moved down (ROW() gives the value), so Excel fills them down.
    const points = cap.cells.slice(SENSITIVITY_CELLS.firstPoint);
    expect(points).toHaveLength(4);
    points.forEach((row, k) => {
      expect(row[0]).toBe("=ROUND($B$2+(ROW()-11)*$B$3,4)");
      expect(row[1]).toBe(`=""&A${11 + k}`);
      expect(row[3]).toBe(`=ROUND($B$8-C${11 + k},2)`);
    });
  });
});
