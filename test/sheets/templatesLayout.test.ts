/**
 * The templates and the budget sheet whole, as the department and the budget office see them: every
 * cell (labels, inputs, formulas), number format, bold range, table, input, width, name, anchor and
 * read-back range, for each template blank and filled with its seed's figures. Their figures are held
 * against the seeds in templates.test.ts and test/office/; the words and places beside the figures are
 * held here against a reviewed snapshot (__snapshots__/templatesLayout.test.ts.snap): a change to one
 * shows as a diff to check against the seed document before `npx jest -u` takes it.
 */
import { BUDGET_CELLS } from "../../src/sheets/budget";
import { TEMPLATE_KINDS } from "../../src/sheets/templates";
import { fresh } from "../support/mutation";

/**
 * The modules loaded inside each test: their seed figures, words and places are module-level tables,
 * which mutation testing can only judge where the module loads inside the test (DEVELOPING, the
 * module-level survivors).
 */
async function loaded() {
  const [templates, budget] = await fresh(() => Promise.all([import("../../src/sheets/templates"), import("../../src/sheets/budget")]));
  return { templateLayout: templates.templateLayout, budgetSheet: budget.budgetSheet };
}

describe("each template as written", () => {
  it.each(TEMPLATE_KINDS)("%s, blank for 2025-2028 in 2025 p/l and filled with its seed's figures", async (kind) => {
    const { templateLayout } = await loaded();
    expect(templateLayout(kind, "Skabelon", { firstYear: 2025, years: 4, priceYear: 2025 })).toMatchSnapshot("blank");
    expect(templateLayout(kind, "Skabelon", { firstYear: 2025, years: 4, priceYear: 2025, filled: true })).toMatchSnapshot("filled");
  });

  it("a template of one year and of ten years", async () => {
    const { templateLayout } = await loaded();
    expect(templateLayout("investment", "Skabelon", { firstYear: 2030, years: 1, priceYear: 2029 })).toMatchSnapshot("investment, one year");
    expect(templateLayout("prioritisation", "Skabelon", { firstYear: 2026, years: 10, priceYear: 2026 })).toMatchSnapshot("prioritisation, ten years");
  });
});

describe("the schools' budget sheet as written", () => {
  const schools = ["Hedensted Skole", "Løsning Skole", "Rask Mølle Skole"];
  it("for the model the result sheet was written for, with the devolved amount typed in or left to the user", async () => {
    const { budgetSheet } = await loaded();
    expect(budgetSheet("Skolernes budget", "Resultat 2023-24", 7, schools, 1000000)).toMatchSnapshot("A");
    expect(budgetSheet("Skolernes budget", "Resultat 2023-24", 7, schools, null)).toMatchSnapshot("A, amount left to the user");
  });

  it("beside a second model B", async () => {
    const { budgetSheet } = await loaded();
    expect(budgetSheet("Skolernes budget A og B", "Resultat 2023-24", 7, schools, 1000000, { profile: "Forslag: maks. 180.000", devolved: 1200000 })).toMatchSnapshot("A and B");
    expect(budgetSheet("Skolernes budget A og B", "Resultat 2023-24", 7, schools, null, { profile: "=Forslag", devolved: null })).toMatchSnapshot("A and B, amounts left to the user");
  });
});

describe("the templates' tables and the B columns' fill", () => {
  it("the sheet names the command line writes, and the templates without years or a price level", async () => {
    const templates = await fresh(() => import("../../src/sheets/templates"));
    expect(templates.TEMPLATE_SHEET_NAMES).toEqual({
      investment: "Investeringsforslag",
      prioritisation: "Prioriteringsforslag",
      initiatives: "Indsatsplan",
      skolefleks: "SkoleFleks",
      budget: "Skolernes budget",
    });
    expect(templates.WITHOUT_YEARS).toEqual(["skolefleks", "budget"]);
  });

  it("B's per-pupil formulas are filled down from the first row where there are two pupils or more, not for one", async () => {
    const { budgetSheet } = await loaded();
    const b = { profile: "Forslag: maks. 180.000", devolved: 1200000 };
    expect(budgetSheet("Budget", "Resultat", 1, ["A"], 1000000, b).fill).toBeUndefined();
    expect(budgetSheet("Budget", "Resultat", 2, ["A"], 1000000, b).fill).toMatchObject({ rows: 2, columns: 2 });
    expect(budgetSheet("Budget", "Resultat", 7, ["A"], 1000000).fill).toBeUndefined();
  });

  it("the school columns fit the longest school name, which the widths cannot measure in a formula", async () => {
    const { budgetSheet } = await loaded();
    const long = "Den Kommunale Ungdomsskoles Specialundervisningscenter Vest"; // 59 characters
    const b = { profile: "Forslag", devolved: 1200000 };
    const [a, ab] = [budgetSheet("Budget", "Resultat", 2, ["A", long], 1000000), budgetSheet("Budget", "Resultat", 2, [long, "A"], 1000000, b)];
    const { pupilColumn } = BUDGET_CELLS.b; // B's payments per pupil, right of the A-and-B table
    expect(a.style?.widths[0]).toBeGreaterThanOrEqual(long.length);
    expect(ab.style?.widths[0]).toBeGreaterThanOrEqual(long.length);
    expect(ab.style?.widths[pupilColumn]).toBeGreaterThanOrEqual(long.length);
    // Short names: the labels above set the first column, not the names.
    expect(budgetSheet("Budget", "Resultat", 2, ["A", "B"], 1000000).style?.widths[0]).toBeLessThan(long.length);
  });
});
