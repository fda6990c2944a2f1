/**
 * The formulas the templates carry for an Excel without the add-in (src/sheets/withoutAddIn.ts),
 * evaluated in a formula engine: the note where a function is unknown (#NAME?), the function's own
 * answer or error where it is known, and SUMCHECK's rule in Excel's own functions at its edges.
 * (test/tools/templatesWithoutAddIn.test.ts runs the written templates in LibreOffice.)
 */
import { NEEDS_ADD_IN, orNote, sumCheckFormula, unlessNoted } from "../../src/sheets/withoutAddIn";
import { calculate, registerFunctions } from "../../tools/engine";
import { sourceFunctions } from "../../tools/sourceFunctions";

const { metadata, registry } = sourceFunctions();
registerFunctions(metadata, registry);

/** The value of one formula over a row of cells in A1… of its own sheet, the formula in the row below. */
function value(formula: string, cells: readonly unknown[] = []): unknown {
  return calculate({ Ark: [[...cells], [`=${formula}`]] }).Ark[1][0];
}

describe("a figure only the add-in computes", () => {
  it("shows the note where Excel does not know the function, and the answer or its own error where it does", () => {
    expect(value(orNote("FINDESIKKE.FUNKTION(1)"))).toBe(NEEDS_ADD_IN);
    expect(value(orNote("SEGREGATION.PAYMENT(300000)"))).toBe(value("SEGREGATION.PAYMENT(300000)"));
    expect(value(orNote("SEGREGATION.PAYMENT(-1)"))).toBe("#VALUE!");
    expect(value(orNote("1/0"))).toBe("#DIV/0!");
    expect(value(orNote("A1*2", "A1"), [21])).toBe(42);
    // The call asked for its error is the second argument: an unknown one gives the note even where the formula computes.
    expect(value(orNote("A1*2", "FINDESIKKE.FUNKTION(A1)"), [21])).toBe(42);
    expect(value(orNote("A1/0", "FINDESIKKE.FUNKTION(A1)"), [21])).toBe(NEEDS_ADD_IN);
    expect(NEEDS_ADD_IN).toBe("Beregnes med tilføjelsesprogrammet Specialøkonomi");
  });

  it("a figure made from such a cell shows the note too, and is computed where no cell shows it", () => {
    expect(value(unlessNoted("A1:B1", "SUM(A1:B1)"), [NEEDS_ADD_IN, 5])).toBe(NEEDS_ADD_IN);
    expect(value(unlessNoted("A1:B1", "SUM(A1:B1)"), [4, 5])).toBe(9);
    expect(value(unlessNoted("A1:B1", "SUM(A1:B1)"), ["Beregnes", 5])).toBe(5);
  });
});

describe("SUMCHECK's rule in Excel's own functions", () => {
  it("exactly: the items' sum is the total, 0,1 + 0,2 against 0,3 included", () => {
    expect(value(sumCheckFormula("A1:B1", "C1"), [0.1, 0.2, 0.3])).toBe(true);
    expect(value(sumCheckFormula("A1:B1", "C1"), [1, 2, 3.01])).toBe(false);
    expect(value(sumCheckFormula("A1:B1", "C1"), [1, 2, 2.99])).toBe(false);
  });

  it("with decimals shown: within half a unit of the last decimal for each of the items and the total, not beyond", () => {
    // Two items and the total at one decimal: (2 + 1) · 0,05 = 0,15.
    expect(value(sumCheckFormula("A1:B1", "C1", 1), [1, 2, 3.15])).toBe(true);
    expect(value(sumCheckFormula("A1:B1", "C1", 1), [1, 2, 2.85])).toBe(true);
    expect(value(sumCheckFormula("A1:B1", "C1", 1), [1, 2, 3.16])).toBe(false);
    expect(value(sumCheckFormula("A1:B1", "C1", 1), [1, 2, 2.84])).toBe(false);
    // At no decimals: (2 + 1) · 0,5 = 1,5.
    expect(value(sumCheckFormula("A1:B1", "C1", 0), [1, 2, 4.5])).toBe(true);
    expect(value(sumCheckFormula("A1:B1", "C1", 0), [1, 2, 4.6])).toBe(false);
    // A blank item is no figure: (1 + 1) · 0,05 = 0,1.
    expect(value(sumCheckFormula("A1:B1", "C1", 1), [null, 2, 2.1])).toBe(true);
    expect(value(sumCheckFormula("A1:B1", "C1", 1), [null, 2, 2.11])).toBe(false);
  });
});
