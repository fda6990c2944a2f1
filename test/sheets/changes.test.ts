/**
 * The changes sheet (src/sheets/changes.ts) evaluated in the formula engine: each school's change
 * summed from its pupils' rows by formula equals the core's (src/core/changes.ts), before + change =
 * now checks TRUE, and the sheet's words, formats and places as a finance officer reads them.
 */
import { changesBetween, type PupilFigures } from "../../src/core/changes";
import { Dec } from "../../src/core/decimal";
import { unwrap } from "../../src/core/result";
import { valuesOf } from "../../src/core/cellText";
import { CHANGES_CELLS, changesSheet, KIND_WORDS } from "../../src/sheets/changes";
import { KRONER } from "../../src/sheets/layouts";
import { calculate } from "../../tools/engine";

const pupil = (id: string, school: string, cost: string, pays: string, central: string): PupilFigures => ({ id, school, cost: new Dec(cost), pays: new Dec(pays), central: new Dec(central) });

const before = [
  pupil("E1", "Hedensted Skole", "300000", "17502.50", "282497.50"),
  pupil("E2", "Løsning Skole", "250000", "0", "250000"),
  pupil("E3", "Løsning Skole", "400000", "68461.50", "331538.50"),
  pupil("E4", "Juelsminde Skole", "290000", "12502.50", "277497.50"),
];
const after = [
  pupil("E1", "Hedensted Skole", "310000", "22502.50", "287497.50"),
  pupil("E3", "Hedensted skole", "400000", "68461.50", "331538.50"),
  pupil("E4", "Juelsminde Skole", "290000", "12502.51", "277497.49"),
  pupil("E5", "Juelsminde Skole", "500000", "68461.50", "431538.50"),
];

describe("the changes sheet", () => {
  const changes = unwrap(changesBetween(before, after));
  // Made inside each test, not as the file loads: a mutation run activates its mutant per test, so a
  // sheet made before the first test would be the unmutated one (docs/DEVELOPING.md, Mutation testing).
  const written = () => {
    const layout = changesSheet("Ændringer 2023-24", "Ændringer i Resultat 2023-24", changes);
    const values = calculate({ [layout.sheet]: valuesOf(layout.cells) })[layout.sheet];
    const school = (k: number, c: number) => values[CHANGES_CELLS.firstRow + k][CHANGES_CELLS.schoolColumn + c];
    return { layout, values, school };
  };

  it("lists every changed pupil with its kind in words and the figures before and now", () => {
    const { values } = written();
    expect(values[0][0]).toBe("Ændringer i Resultat 2023-24");
    expect(values[1][0]).toBe("5 ændringer; tallene før er dem, projektmappen gemte, da arket sidst blev skrevet.");
    expect(written().layout.cells.slice(0, 3)).toEqual([["Ændringer i Resultat 2023-24"], ["5 ændringer; tallene før er dem, projektmappen gemte, da arket sidst blev skrevet."], []]);
    expect(values[CHANGES_CELLS.headerRow].slice(0, 10)).toEqual(["Ændring", "Elev", "Skole før", "Skole nu", "Udgift før", "Udgift nu", "Skolens betaling før", "Skolens betaling nu", "Forvaltningens betaling før", "Forvaltningens betaling nu"]);
    const rows = values.slice(CHANGES_CELLS.firstRow, CHANGES_CELLS.firstRow + 4).map((row) => row.slice(0, 10));
    expect(rows).toEqual([
      ["Ændret udgift", "E1", "Hedensted Skole", "Hedensted Skole", 300000, 310000, 17502.5, 22502.5, 282497.5, 287497.5],
      ["Afsluttet", "E2", "Løsning Skole", "", 250000, "", 0, "", 250000, ""],
      ["Skiftet skole", "E3", "Løsning Skole", "Hedensted skole", 400000, 400000, 68461.5, 68461.5, 331538.5, 331538.5],
      ["Anden ændring", "E4", "Juelsminde Skole", "Juelsminde Skole", 290000, 290000, 12502.5, 12502.51, 277497.5, 277497.49],
    ]);
    expect(values[CHANGES_CELLS.firstRow + 4].slice(0, 2)).toEqual(["Ny elev", "E5"]);
    expect(KIND_WORDS).toEqual({ new: "Ny elev", ended: "Afsluttet", moved: "Skiftet skole", cost: "Ændret udgift", other: "Anden ændring" });
  });

  it("sums each school's change from its pupils' rows by formula, as the core does, and checks before + change = now", () => {
    const { layout, values, school } = written();
    expect(values[CHANGES_CELLS.headerRow].slice(CHANGES_CELLS.schoolColumn)).toEqual(["Skole", "Skolens betaling før", "Ændring", "Skolens betaling nu", "Stemmer", "Forvaltningens betaling før", "Ændring (forvaltning)", "Forvaltningens betaling nu", "Stemmer (forvaltning)"]);
    expect(changes.schools.map((s) => s.school)).toEqual(["Hedensted Skole", "Løsning Skole", "Juelsminde Skole"]);
    changes.schools.forEach((s, k) => {
      expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((c) => school(k, c))).toEqual([
        s.school,
        s.paysBefore.toNumber(),
        s.paysChange.toNumber(),
        s.paysAfter.toNumber(),
        true,
        s.centralBefore.toNumber(),
        s.centralChange.toNumber(),
        s.centralAfter.toNumber(),
        true,
      ]);
    });
    // The sums run over the pupils' rows exactly (5 to 9), the school named in its own row.
    const formula = String(layout.cells[CHANGES_CELLS.firstRow + 2][CHANGES_CELLS.change]);
    expect(formula.match(/\$[A-Z]+\$\d+:\$[A-Z]+\$\d+/g)).toEqual(["$D$5:$D$9", "$H$5:$H$9", "$C$5:$C$9", "$G$5:$G$9"]);
    expect(formula).toContain("$L7");
    // Hedensted: E1's 5.000 more and E3 moved in; Løsning: E2 ended and E3 moved out; Juelsminde: E4's øre and E5.
    expect(changes.schools.map((s) => s.paysChange.toNumber())).toEqual([5000 + 68461.5, -68461.5, 0.01 + 68461.5]);
  });

  it("a figure typed over on the sheet makes its school's check FALSE", () => {
    const { layout } = written();
    const cells = valuesOf(layout.cells).map((row) => [...row]);
    cells[CHANGES_CELLS.firstRow][CHANGES_CELLS.schoolColumn + 3] = 1;
    cells[CHANGES_CELLS.firstRow + 1][CHANGES_CELLS.schoolColumn + 7] = 1;
    const altered = calculate({ Ark: cells }).Ark;
    expect([CHANGES_CELLS.check, CHANGES_CELLS.centralCheck].map((c) => altered[CHANGES_CELLS.firstRow][c])).toEqual([false, true]);
    expect([CHANGES_CELLS.check, CHANGES_CELLS.centralCheck].map((c) => altered[CHANGES_CELLS.firstRow + 1][c])).toEqual([true, false]);
  });

  it("shows kroner with øre, bolds its title and headers, frames its two tables and reads the schools back", () => {
    const { layout } = written();
    expect(layout.numberFormats).toEqual([
      { address: "E5:J9", format: KRONER },
      { address: "M5:O7", format: KRONER },
      { address: "Q5:S7", format: KRONER },
    ]);
    expect(layout.bold).toEqual(["A1", "A4:T4"]);
    expect(layout.readBack).toEqual(["L5:T7"]);
    expect(layout.style).toMatchObject({ headers: ["A4:J4", "L4:T4"], tables: ["A4:J9", "L4:T7"], freezeRows: 4 });
    expect(layout.names).toEqual([]);
  });

  it("one change is one 'ændring', and no change still frames one empty row", () => {
    const one = changesSheet("Ændringer", "Titel", unwrap(changesBetween(before.slice(0, 1), [])));
    expect(one.cells[1][0]).toBe("1 ændring; tallene før er dem, projektmappen gemte, da arket sidst blev skrevet.");
    const none = changesSheet("Ændringer", "Titel", unwrap(changesBetween(before, before)));
    expect(none.cells[1][0]).toBe("0 ændringer; tallene før er dem, projektmappen gemte, da arket sidst blev skrevet.");
    expect(none.numberFormats[0].address).toBe("E5:J5");
    expect(none.style?.tables[0]).toBe("A4:J5");
    // One pupil moved: one pupil row, two school rows, the second's pupil columns blank.
    const moved = changesSheet("Ændringer", "Titel", unwrap(changesBetween(before.slice(0, 1), [{ ...before[0], school: "Løsning Skole" }])));
    expect(moved.cells[CHANGES_CELLS.firstRow + 1].slice(0, CHANGES_CELLS.schoolColumn + 1)).toEqual([...Array<null>(CHANGES_CELLS.schoolColumn).fill(null), "=\"Løsning Skole\""]);
    expect(moved.style?.tables).toEqual(["A4:J5", "L4:T6"]);
    // A long pupil id or school name widens its column.
    const long = changesSheet("Ændringer", "Titel", unwrap(changesBetween([pupil("E".repeat(30), "S".repeat(40), "1", "0", "1")], [])));
    expect(long.style?.widths[1]).toBeGreaterThanOrEqual(35);
    expect(long.style?.widths[CHANGES_CELLS.schoolColumn]).toBeGreaterThanOrEqual(46);
  });
});
