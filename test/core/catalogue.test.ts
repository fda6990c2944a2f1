import { buildCatalogue, catalogueJson, type CatalogueSource } from "../../src/core/catalogue";
import { checkSheet, type SheetGrid } from "../../src/core/check";
import { Dec } from "../../src/core/decimal";
import { readProposal } from "../../src/core/proposal";
import { type TemplateKind, templateLayout } from "../../src/sheets/templates";
import { registerFunctions, workbook } from "../../tools/engine";
import { TABEL_1 } from "../../tools/seeds";
import { sourceFunctions } from "../../tools/sourceFunctions";

const { metadata, registry } = sourceFunctions();
registerFunctions(metadata, registry);

/** A filled template as a formula engine computes it: the sheet the catalogue reads. */
function computed(kind: TemplateKind, sheet: string, filled = true): SheetGrid {
  const layout = templateLayout(kind, sheet, { firstYear: 2025, years: 4, priceYear: 2025, filled });
  const hf = workbook({ [sheet]: layout.cells.map((row) => [...row]) });
  const values = hf.getSheetValues(0);
  hf.destroy();
  return { name: sheet, values };
}

const source = (file: string, grid: SheetGrid): CatalogueSource => {
  const proposal = readProposal(grid);
  if (proposal === null) throw new Error(`no proposal on ${grid.name}`);
  return { file, proposal, findings: checkSheet(grid) };
};

describe("reading proposals from the templates (issue #31)", () => {
  it("seed 000's filled investment template: 625; 1.080; 500; −1.000; −1.000; −1.000 in 1.000 kr. 2023 p/l, 2022–2027, payback 6", () => {
    const p = readProposal(computed("investment", "Investeringsforslag"))!;
    expect(p.years.map((y) => [y.year, y.total.toNumber()])).toEqual(TABEL_1.years.map((y, i) => [y, TABEL_1.total[i]]));
    expect(p.priceYear).toBe(2023);
    expect(p.type).toBe("investering");
    expect(p.title).toBe("Øget tilbageslusning fra specialundervisningstilbud");
    expect(p.statedPayback).toBe(6);
    expect(p.years.map((y) => y.permanent.toNumber())).toEqual([0, -420, -1000, -1000, -1000, -1000]);
    expect(p.years.map((y) => y.oneOff.toNumber())).toEqual([625, 1500, 1500, 0, 0, 0]);
    expect(p.area).toBe("Service");
  });

  it("the catalogue of the three filled templates at 2023 p/l", () => {
    const sources = [source("a.xlsx", computed("investment", "Investeringsforslag")), source("b.xlsx", computed("prioritisation", "Prioriteringsforslag")), source("c.xlsx", computed("initiatives", "Indsatsplan"))];
    const index = new Map([[2020, new Dec(100)], [2022, new Dec(104.2)], [2023, new Dec(108.5)]]);
    const c = buildCatalogue(sources, { priceYear: 2023, index, targets: new Map() });
    console.log(JSON.stringify(catalogueJson(c), null, 1));
  });
});
