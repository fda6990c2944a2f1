/*
 * Issue 27, observation 6: the sheets are Danish, and a Danish formula carries no English word where
 * the function takes the Danish one: SEGREGATION.CALIBRATE's "loft", "tærskel", "andel".
 */
import { budgetSheet } from "../../src/sheets/budget";
import { sensitivitySheet } from "../../src/sheets/sensitivity";
import { SOLVED_WORDS } from "../../src/core/budget";

const formulas = (cells: readonly (readonly unknown[])[]) => cells.flat().filter((v): v is string => typeof v === "string" && v.startsWith("="));

describe("the words inside the sheets' formulas", () => {
  it.each(["cap", "threshold", "share"] as const)("the sensitivity to the %s calibrates with the Danish word", (solveFor) => {
    const layout = sensitivitySheet("Følsomhed", "Resultat", 7, 3, { solveFor, start: 0, step: 0.25, points: 5, target: 1000000 });
    const calibrating = formulas(layout.cells).filter((f) => f.includes("SEGREGATION.CALIBRATE"));
    expect(calibrating.length).toBe(1);
    expect(calibrating[0]).toContain(`"${SOLVED_WORDS[solveFor].da}"`);
    expect(formulas(layout.cells).join(" ")).not.toMatch(/"(cap|threshold|share)"/);
  });

  it("the budget's cap at which the schools pay what is devolved: \"loft\"", () => {
    const layout = budgetSheet("Budget", "Resultat", 7, ["A", "B", "C"], 1000000);
    expect(formulas(layout.cells).join(" ")).toContain('"loft"');
    expect(formulas(layout.cells).join(" ")).not.toMatch(/"(cap|threshold|share)"/);
  });
});
