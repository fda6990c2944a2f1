/**
 * The catalogue sheet's layout (src/sheets/catalogue.ts, issue #31) as a budget controller reads it:
 * its words, where the user types (the price level, Med, the targets, the index), what is bold, frozen
 * and formatted, the row of a proposal with missing fields and findings, and a catalogue of nothing.
 * Its figures are held elsewhere: computed by two engines against the exact catalogue
 * (test/core/catalogue.test.ts, test/tools/catalogue.test.ts).
 */
import { cellAddress, rangeAddress } from "../../src/core/address";
import { buildCatalogue, type CatalogueSource, NO_COMMITTEE, NO_TYPE } from "../../src/core/catalogue";
import { Dec } from "../../src/core/decimal";
import type { Proposal } from "../../src/core/proposal";
import { catalogueLayout, FIELD_WORDS } from "../../src/sheets/catalogue";
import { ZERO_HIDDEN } from "../../src/sheets/style";

const year = (y: number, total: number) => ({ year: y, permanent: new Dec(total), oneOff: new Dec(0), total: new Dec(total) });

function proposal(fields: Partial<Proposal>): Proposal {
  return {
    sheet: "Forslag",
    number: "A-1",
    title: "Færre anbringelser",
    committee: "Socialudvalget",
    area: "Service",
    type: "effektivisering",
    priceYear: 2025,
    priceYears: [2025],
    unit: new Dec(1),
    years: [year(2026, -100), year(2027, -200)],
    statedPayback: null,
    missing: [],
    ...fields,
  };
}

const sources: CatalogueSource[] = [
  { file: "a.xlsx", proposal: proposal({}), findings: [] },
  {
    file: "b.xlsx",
    proposal: proposal({ sheet: "Ark2", number: null, committee: null, type: null, priceYear: 2026, years: [year(2026, 50)], missing: ["number", "committee", "type"] }),
    findings: [{ sheet: "Ark2", row: 3, column: 2, kind: "wrongSign", message: { da: "Fortegnet er forkert", en: "Wrong sign" } }],
  },
];
const index = new Map([
  [2025, new Dec(100)],
  [2026, new Dec(102)],
]);
/**
 * The layout, made inside each test that reads it: mutation testing counts what a test runs, and a
 * layout made as the file loads would be made before any test (DEVELOPING, "Mutation testing").
 */
function made() {
  const catalogue = buildCatalogue(sources, { priceYear: 2026, index, targets: new Map([["Socialudvalget", new Map([[2026, new Dec(-500)]])]]), excluded: new Set([1]) });
  const layout = catalogueLayout("Katalog", catalogue);
  const at = (row: number, column: number) => layout.cells[row]?.[column] ?? null;
  return { layout, at, header: layout.firstRow - 1 };
}

describe("the catalogue sheet's layout (issue #31)", () => {
  it("says what it is, its price level to edit, and how to read it", () => {
    const { layout } = made();
    expect(layout.cells[0]).toEqual(["Katalog over budgetforslag"]);
    expect(layout.cells[1]).toEqual(["Prisniveau (p/l)", 2026, null, "Beløb i 1.000 kr. i prisniveauet i B2. Med: Ja tæller med i totalerne. Prisniveau, Med, indeks og mål kan rettes; formlerne følger."]);
    expect(layout.priceCell).toEqual({ row: 1, column: 1 });
  });

  it("heads its columns in Danish: the source, the converted years, the paybacks, present value, what is missing, the findings", () => {
    const { layout, header } = made();
    expect(layout.cells[header]).toEqual(["Med", "Nr.", "Titel", "Udvalg", "Type", "Styringsområde", "Fil", "Ark", "Eget p/l", "Faktor", 2026, 2027, "Tilbagebetalingstid", "Diskonteret 3,5 %", "Nutidsværdi (FM)", "Mangler", "Fund"]);
    expect(layout.firstYearColumn).toBe(10);
    expect(layout.columns).toEqual({ included: 0, payback: 12, paybackDiscounted: 13, presentValue: 14 });
  });

  it("a proposal's row (text as text: a number that starts with a minus keeps its quote): Med as chosen, its own fields, the missing ones in words, the findings counted and joined", () => {
    const { layout, at } = made();
    const [first, second] = [layout.firstRow, layout.firstRow + 1];
    expect([at(first, 0), at(first, 1), at(first, 2), at(first, 3), at(first, 4), at(first, 5), at(first, 6), at(first, 7), at(first, 8)]).toEqual(["Ja", "'A-1", "Færre anbringelser", "Socialudvalget", "effektivisering", "Service", "a.xlsx", "Forslag", 2025]);
    expect([at(second, 0), at(second, 1), at(second, 3), at(second, 4), at(second, 8)]).toEqual(["Nej", null, null, null, 2026]);
    expect(at(first, 15)).toBeNull();
    expect(at(second, 15)).toBe(`${FIELD_WORDS.number}, ${FIELD_WORDS.committee}, ${FIELD_WORDS.type}`);
    // Quoted as literal() quotes a text Excel could read as something else ("1: …" as a time).
    expect(at(second, 16)).toBe("'1: Ark2!C4: Fortegnet er forkert");
    expect(at(first, 16)).toBeNull();
    // The second proposal has no 2027: blank there, not a formula.
    expect(at(second, 11)).toBeNull();
    expect(String(at(first, 10))).toMatch(/^=IF\(J\d+="","",IF\(I\d+=\$B\$2,/);
    expect(String(at(first, 9))).toMatch(/^=IF\(I\d+=\$B\$2,1,IFERROR\(VLOOKUP\(\$B\$2,/);
  });

  it("the missing fields' words", () => {
    expect(FIELD_WORDS).toEqual({ number: "nr.", title: "titel", committee: "udvalg", area: "styringsområde", type: "type", priceLevel: "prisniveau", unit: "enhed", amounts: "beløb" });
  });

  it("totals over Med = Ja, per committee and per type, the targets, the index and the proposals' own amounts, each under its heading", () => {
    const { layout, at } = made();
    expect(at(layout.totalRow, 0)).toBe("I alt (Med = Ja)");
    expect(at(layout.totalRow + 1, 0)).toBe("Pr. udvalg");
    // The proposal left out (Med = Nej) has no committee: no "(intet udvalg)" line for it.
    expect([...layout.committeeRows.keys()]).toEqual(["Socialudvalget"]);
    for (const [name, row] of layout.committeeRows) expect(at(row, 0)).toBe(name);
    const typeHeading = Math.min(...layout.typeRows.values()) - 1;
    expect(at(typeHeading, 0)).toBe("Pr. type");
    for (const [name, row] of layout.typeRows) expect(at(row, 0)).toBe(name);
    const targetsHeading = layout.targetRows[0] - 1;
    expect(layout.cells[targetsHeading]).toEqual(["Udvalgenes mål", "År", "Mål", "Forslagenes sum", "Forskel (over 0: ikke nok fundet)"]);
    expect(layout.cells[layout.targetRows[0]].slice(0, 3)).toEqual(["Socialudvalget", 2026, -500]);
    expect(layout.targetColumns).toEqual({ target: 2, sum: 3, gap: 4 });
    const indexHeading = layout.cells.findIndex((row) => row[0] === "Indeks (pris- og lønskøn)");
    expect(layout.cells[indexHeading]).toEqual(["Indeks (pris- og lønskøn)", "Indeks"]);
    expect(layout.cells.slice(indexHeading + 1, indexHeading + 3)).toEqual([
      [2025, 100],
      [2026, 102],
    ]);
    const ownHeading = layout.cells.findIndex((row) => row[0] === "Forslagenes beløb i egne prisniveauer (1.000 kr.)");
    expect(layout.cells[ownHeading]).toEqual(["Forslagenes beløb i egne prisniveauer (1.000 kr.)", 2026, 2027]);
    expect(layout.cells.slice(ownHeading + 1)).toEqual([
      ["'A-1 Forslag", -100, -200],
      ["'Ark2", 50, null],
    ]);
  });

  it("where the user types, what is bold, frozen and formatted", () => {
    const { layout, header } = made();
    const last = layout.firstRow + 1;
    const indexFirst = layout.cells.findIndex((row) => row[0] === "Indeks (pris- og lønskøn)") + 1;
    expect(layout.style?.inputs).toEqual([cellAddress(1, 1), rangeAddress(layout.firstRow, 0, 2, 1), rangeAddress(layout.targetRows[0], 2, 1, 1), rangeAddress(indexFirst, 1, 2, 1)]);
    expect(layout.style?.freezeRows).toBe(header + 1);
    expect(layout.style?.headers[0]).toBe(rangeAddress(header, 0, 1, 17));
    expect(layout.bold).toEqual(["A1", rangeAddress(header, 0, 1, 17), rangeAddress(layout.totalRow, 0, 1, 12)]);
    expect(layout.numberFormats).toEqual([
      { address: rangeAddress(layout.firstRow, 10, 2, 2), format: ZERO_HIDDEN.whole },
      { address: rangeAddress(layout.totalRow, 10, layout.targetRows[0] - 1 - layout.totalRow - 1, 2), format: ZERO_HIDDEN.whole },
      { address: rangeAddress(layout.firstRow, 14, 2, 1), format: ZERO_HIDDEN.whole },
    ]);
    expect(layout.style?.tables[0]).toBe(rangeAddress(header, 0, last - header + 1, 17));
  });

  it("a catalogue of no proposals says so on its one row", () => {
    const empty = catalogueLayout("Katalog", buildCatalogue([], { priceYear: 2026, index: null, targets: new Map() }));
    expect(empty.cells[empty.firstRow]).toEqual(["Ingen forslag læst"]);
  });
});

describe("the catalogue sheet's formulas and ranges, as the user reads them (issue #31)", () => {
  /**
   * Three proposals, all with Med = Ja: one at 2025 p/l with a finding of the budget check and a
   * number another uses; one without number, title (an empty text), committee or type; one without
   * price level or amounts. No targets.
   */
  function three() {
    const sources3: CatalogueSource[] = [
      { file: "a.xlsx", proposal: proposal({}), findings: [{ sheet: "Forslag", row: 3, column: 2, kind: "wrongSign", message: { da: "Fortegnet er forkert", en: "Wrong sign" } }] },
      { file: "b.xlsx", proposal: proposal({ sheet: "Ark2", number: null, title: "", committee: null, type: null, priceYear: 2026, years: [year(2026, 50)] }), findings: [] },
      { file: "c.xlsx", proposal: proposal({ sheet: "Ark3", committee: "Kultur- og Fritidsudvalget", priceYear: null, years: [] }), findings: [] },
    ];
    return catalogueLayout("Katalog", buildCatalogue(sources3, { priceYear: 2026, index, targets: new Map() }));
  }

  it("a proposal's formulas: the factor, each year converted from its own amount below, the present value; none where nothing is to convert", () => {
    const layout = three();
    const lookup = (year: string) => `VLOOKUP(${year},$A$20:$B$21,2,FALSE)`;
    expect(layout.cells[4].slice(9, 12)).toEqual([
      `=IF(I5=$B$2,1,IFERROR(${lookup("$B$2")}/${lookup("I5")},""))`,
      `=IF(J5="","",IF(I5=$B$2,B24,B24*${lookup("$B$2")}/${lookup("I5")}))`,
      `=IF(J5="","",IF(I5=$B$2,C24,C24*${lookup("$B$2")}/${lookup("I5")}))`,
    ]);
    expect(layout.cells[4][14]).toBe('=IF(J5="","",IFERROR(PRESENTVALUE(K5:L5),IF(ERROR.TYPE(PRESENTVALUE(K5:L5))=5,"Beregnes med tilføjelsesprogrammet Specialøkonomi",PRESENTVALUE(K5:L5))))');
    // Two findings, counted and joined; a finding of the catalogue's own has no cell.
    expect(layout.cells[4][16]).toBe("'2: Forslag!C4: Fortegnet er forkert · Forslagsnummeret A-1 bruges også af c.xlsx (Ark3)");
    expect(layout.cells[6][16]).toBe("'1: Forslagsnummeret A-1 bruges også af a.xlsx (Forslag)");
    // An empty title is a blank cell; no price level: no factor; no amounts: no years, no present value.
    expect(layout.cells[5][2]).toBeNull();
    expect([layout.cells[6][8], layout.cells[6][9], layout.cells[6][10], layout.cells[6][11], layout.cells[6][14]]).toEqual([null, null, null, null, null]);
  });

  it("the totals: SUMPRODUCT over Med = Ja, per committee by the name in column A (blank for the unnamed), per type likewise", () => {
    const layout = three();
    const sum = (k: string, condition = "") => `=SUMPRODUCT(--($A$5:$A$7="Ja"),${condition}$${k}$5:$${k}$7)`;
    expect(layout.totalRow).toBe(8);
    expect(layout.cells[8].slice(10)).toEqual([sum("K"), sum("L")]);
    expect([...layout.committeeRows]).toEqual([
      ["Socialudvalget", 10],
      [NO_COMMITTEE, 11],
    ]);
    expect(layout.cells[10].slice(10)).toEqual([sum("K", "--($D$5:$D$7=$A$11),"), sum("L", "--($D$5:$D$7=$A$11),")]);
    expect(layout.cells[11].slice(10)).toEqual([sum("K", '--($D$5:$D$7=""),'), sum("L", '--($D$5:$D$7=""),')]);
    expect([...layout.typeRows]).toEqual([
      ["effektivisering", 13],
      [NO_TYPE, 14],
    ]);
    expect(layout.cells[13].slice(10)).toEqual([sum("K", "--($E$5:$E$7=$A$14),"), sum("L", "--($E$5:$E$7=$A$14),")]);
    expect(layout.cells[14].slice(10)).toEqual([sum("K", '--($E$5:$E$7=""),'), sum("L", '--($E$5:$E$7=""),')]);
  });

  it("blank rows between the parts; the index in year order with every price level stated; the ranges styled, formatted and read back", () => {
    const layout = three();
    for (const blank of [2, 7, 15, 17, 21]) expect({ blank, row: layout.cells[blank] }).toEqual({ blank, row: [] });
    expect(layout.cells[16][0]).toBe("Udvalgenes mål");
    expect(layout.cells.slice(18, 21)).toEqual([
      ["Indeks (pris- og lønskøn)", "Indeks"],
      [2025, 100],
      [2026, 102],
    ]);
    expect(layout.targetRows).toEqual([]);
    expect(layout.style?.inputs).toEqual(["B2", "A5:A7", "B20:B21"]);
    expect(layout.style?.headers).toEqual(["A4:Q4", "A17:E17", "A19:B19", "A23:C23"]);
    expect(layout.style?.tables).toEqual(["A4:Q7", "A9:L15", "A19:B21", "A23:C26"]);
    expect(layout.numberFormats).toEqual([
      { address: "K5:L7", format: ZERO_HIDDEN.whole },
      { address: "K9:L15", format: ZERO_HIDDEN.whole },
      { address: "O5:O7", format: ZERO_HIDDEN.whole },
    ]);
    expect(layout.bold).toEqual(["A1", "A4:Q4", "A9:L9"]);
    expect(layout.readBack).toEqual(["K5:L7", "K9:L15"]);
  });

  it("the index table takes the given index's years in order and adds a stated price level it lacks (blank, to fill in)", () => {
    const unordered = new Map([
      [2026, new Dec(102)],
      [2024, new Dec(97)],
    ]);
    const layout = catalogueLayout("Katalog", buildCatalogue(sources, { priceYear: 2026, index: unordered, targets: new Map() }));
    const at = layout.cells.findIndex((row) => row[0] === "Indeks (pris- og lønskøn)");
    expect(layout.cells.slice(at + 1, at + 4)).toEqual([
      [2024, 97],
      [2025, null],
      [2026, 102],
    ]);
  });

  it("targets: several, their sum looked up in the committee's line by year, 0 for a committee without a line; all read back", () => {
    const targets = new Map([
      ["Socialudvalget", new Map([[2026, new Dec(-500)], [2027, new Dec(-50)]])],
      ["Teknik- og Miljøudvalget", new Map([[2026, new Dec(-3)]])],
    ]);
    const layout = catalogueLayout("Katalog", buildCatalogue(sources, { priceYear: 2026, index, targets, excluded: new Set([1]) }));
    // Proposals in rows 5–6, totals from row 8, Socialudvalget's line row 10, the targets' header row 14.
    expect(layout.targetRows).toEqual([14, 15, 16]);
    expect(layout.cells.slice(14, 17)).toEqual([
      ["Socialudvalget", 2026, -500, "=IFERROR(INDEX($K$10:$L$10,1,MATCH($B$15,$K$4:$L$4,0)),0)", "=D15-C15"],
      ["Socialudvalget", 2027, -50, "=IFERROR(INDEX($K$10:$L$10,1,MATCH($B$16,$K$4:$L$4,0)),0)", "=D16-C16"],
      ["Teknik- og Miljøudvalget", 2026, -3, "=0", "=D17-C17"],
    ]);
    expect(layout.style?.inputs).toContain("C15:C17");
    expect(layout.readBack).toEqual(["K5:L6", "K8:L12", "D15:E17"]);
  });
});
