/**
 * The templates and the budget sheet whole, as the department and the budget office see them: every
 * cell (labels, inputs, formulas), number format, bold range, table, input, width, name, anchor and
 * read-back range, for each template blank and filled with its seed's figures. Their figures are held
 * against the seeds in templates.test.ts and test/office/; the words and places beside the figures are
 * held here against a reviewed snapshot (__snapshots__/templatesLayout.test.ts.snap): a change to one
 * shows as a diff to check against the seed document before `npx jest -u` takes it.
 */
import { budgetSheet } from "../../src/sheets/budget";
import { TEMPLATE_KINDS, templateLayout } from "../../src/sheets/templates";

describe("each template as written", () => {
  it.each(TEMPLATE_KINDS)("%s, blank for 2025-2028 in 2025 p/l and filled with its seed's figures", (kind) => {
    expect(templateLayout(kind, "Skabelon", { firstYear: 2025, years: 4, priceYear: 2025 })).toMatchSnapshot("blank");
    expect(templateLayout(kind, "Skabelon", { firstYear: 2025, years: 4, priceYear: 2025, filled: true })).toMatchSnapshot("filled");
  });

  it("a template of one year and of ten years", () => {
    expect(templateLayout("investment", "Skabelon", { firstYear: 2030, years: 1, priceYear: 2029 })).toMatchSnapshot("investment, one year");
    expect(templateLayout("prioritisation", "Skabelon", { firstYear: 2026, years: 10, priceYear: 2026 })).toMatchSnapshot("prioritisation, ten years");
  });
});

describe("the schools' budget sheet as written", () => {
  const schools = ["Hedensted Skole", "Løsning Skole", "Rask Mølle Skole"];
  it("for the model the result sheet was written for, with the devolved amount typed in or left to the user", () => {
    expect(budgetSheet("Skolernes budget", "Resultat 2023-24", 7, schools, 1000000)).toMatchSnapshot("A");
    expect(budgetSheet("Skolernes budget", "Resultat 2023-24", 7, schools, null)).toMatchSnapshot("A, amount left to the user");
  });

  it("beside a second model B", () => {
    expect(budgetSheet("Skolernes budget A og B", "Resultat 2023-24", 7, schools, 1000000, { profile: "Forslag: maks. 180.000", devolved: 1200000 })).toMatchSnapshot("A and B");
    expect(budgetSheet("Skolernes budget A og B", "Resultat 2023-24", 7, schools, null, { profile: "=Forslag", devolved: null })).toMatchSnapshot("A and B, amounts left to the user");
  });
});
