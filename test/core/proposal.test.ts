/**
 * Reading one proposal (src/core/proposal.ts, issue #31), word by word: every label, type word, unit
 * and total row the recognition rules list (docs/DEVELOPING.md, decision 44) read on a sheet of its
 * own, and the words next to them that must not be read as them. The fixtures (test/tools/catalogue)
 * read whole workbooks; these hold each alternative, which a fixture rarely uses.
 */
import type { SheetGrid } from "../../src/core/check";
import { type Proposal, proposalTypeOf, readProposal, unitOf } from "../../src/core/proposal";

/** A proposal sheet: the rows above the table, a header of years, and the table's rows. */
function sheet(above: unknown[][], header: unknown[], rows: unknown[][], name = "Forslag"): SheetGrid {
  return { name, values: [...above, header, ...rows] };
}

const HEADER = ["1.000 kr. 2026 p/l", null, 2026, 2027];
const TOTAL = ["Samlet økonomisk påvirkning", null, -100, -200];

function read(grid: SheetGrid): Proposal {
  const p = readProposal(grid);
  if (p === null) throw new Error("no proposal");
  return p;
}

const totals = (p: Proposal) => p.years.map((y) => [y.year, y.total.toNumber(), y.permanent.toNumber(), y.oneOff.toNumber()]);

describe("the fields by their labels (issue #31)", () => {
  it.each([
    ["number", ["Nr.", "Nr", "NR.", "Nummer", "Forslagsnr.", "Forslagsnr", "Forslagsnummer", "Forslag nr.", "Forslag nr", "Løbenr.", "Løbenr", "ID"]],
    ["title", ["Forslagets titel", "Titel", "Overskrift", "Forslagets navn", "Navn på forslag"]],
    ["committee", ["Udvalg", "Fagudvalg", "Politisk udvalg", "Ansvarligt udvalg", "Udvalgsområde"]],
    ["area", ["Styringsområde", "Bevillingsområde"]],
  ] as const)("%s: each label, alone with its value in the next cell, or before it after a colon", (field, labels) => {
    for (const label of labels) {
      expect({ label, got: read(sheet([[label, null, "Værdi A"]], HEADER, [TOTAL]))[field] }).toEqual({ label, got: "Værdi A" });
      expect({ label, got: read(sheet([[`${label}: Værdi B`]], HEADER, [TOTAL]))[field] }).toEqual({ label, got: "Værdi B" });
      expect({ label, got: read(sheet([[`${label} :  Værdi C `]], HEADER, [TOTAL]))[field] }).toEqual({ label, got: "Værdi C" });
    }
  });

  it("takes the type from its field (Type, Forslagstype, Type af forslag), else from the sheet's heading", () => {
    for (const label of ["Type", "Forslagstype", "Type af forslag", "TYPE"]) {
      expect({ label, type: read(sheet([[label, "Effektivisering"]], HEADER, [TOTAL])).type }).toEqual({ label, type: "effektivisering" });
    }
    for (const [heading, type] of [
      ["Investeringsforslag", "investering"],
      ["Effektiviseringsforslag 2026", "effektivisering"],
      ["Prioriteringsforslag", "prioritering"],
      ["Reduktionsforslag", "prioritering"],
      ["Besparelsesforslag", "prioritering"],
      ["Udvidelsesforslag", "udvidelse"],
      ["Indsatsplan for skolerne", "udvidelse"],
      ["Noget andet", null],
    ] as const) {
      expect({ heading, type: read(sheet([[heading]], HEADER, [TOTAL])).type }).toEqual({ heading, type });
    }
    // The heading is the sheet's first text, wherever it stands.
    expect(read(sheet([[null, 7, "Investeringsforslag"], ["Noget andet"]], HEADER, [TOTAL])).type).toBe("investering");
    // A field that says no type the rules know falls back to the heading.
    expect(read(sheet([["Investeringsforslag"], ["Type", "Andet"]], HEADER, [TOTAL])).type).toBe("investering");
  });

  it("a label's value is the next non-blank cell, a number as its text, but not the next label", () => {
    expect(read(sheet([["Nr.", null, "", 17]], HEADER, [TOTAL])).number).toBe("17");
    const p = read(sheet([["Nr.", "Udvalg", "Socialudvalget"]], HEADER, [TOTAL]));
    expect([p.number, p.committee]).toEqual([null, "Socialudvalget"]);
    expect(read(sheet([["Nr.", "   "]], HEADER, [TOTAL])).number).toBeNull();
    // Spaces, a blank, a hole, a truth value and an empty text after the label are no value: the next cell is.
    // eslint-disable-next-line no-sparse-arrays
    expect(read(sheet([["Nr.", "  ", undefined, , true, "", "A-7"]], HEADER, [TOTAL])).number).toBe("A-7");
    expect(read(sheet([["Nr.:", "A-8"]], HEADER, [TOTAL])).number).toBe("A-8");
    // The first of a field on the sheet is the field; a later one is not.
    expect(read(sheet([["Nr.", "A-1"], ["Nr.", "A-2"]], HEADER, [TOTAL])).number).toBe("A-1");
    // A label on the table's own header row is not read as a field.
    expect(read(sheet([], ["Udvalg", "Socialudvalget", 2026, 2027], [TOTAL])).committee).toBeNull();
  });

  it("says what it did not find, and reads no proposal from a sheet without a table of two years or from a catalogue", () => {
    expect(read(sheet([], [null, null, 2026, 2027], [["Samlet økonomisk påvirkning", null, 1, 2]])).missing).toEqual(["number", "title", "committee", "area", "type", "priceLevel", "unit"]);
    expect(read(sheet([], HEADER, [["Noget", null, 1, 2]])).missing).toContain("amounts");
    expect(readProposal({ name: "x", values: [["Forside"], [2026]] })).toBeNull();
    expect(readProposal({ name: "x", values: [] })).toBeNull();
    expect(readProposal({ name: "x", values: [["Katalog over budgetforslag"], ["1.000 kr. 2026 p/l", null, 2026, 2027], TOTAL] })).toBeNull();
  });
});

describe("type words and units", () => {
  it.each([
    ["investering", "investering"],
    ["Investeringsforslag", "investering"],
    ["effektivisering", "effektivisering"],
    ["prioritering", "prioritering"],
    ["reduktion", "prioritering"],
    ["besparelse", "prioritering"],
    ["råderum", "prioritering"],
    ["udvidelse", "udvidelse"],
    ["ønske", "udvidelse"],
    ["merudgift", "udvidelse"],
    ["EFFEKTIVISERING", "effektivisering"],
    ["andet", null],
  ])("%s is %s", (word, type) => {
    expect(proposalTypeOf(word)).toBe(type);
  });

  it.each([
    ["mio. kr.", "1000"],
    ["Mio kr", "1000"],
    ["mill. kr.", "1000"],
    ["mil kr", "1000"],
    ["millioner kroner", "1000"],
    ["mio.kr.", "1000"],
    ["mill.kr", "1000"],
    ["1.000 kr.", "1"],
    ["1.000kr.", "1"],
    ["t.kr.", "1"],
    ["1000 kr", "1"],
    ["t. kr.", "1"],
    ["tkr.", "1"],
    ["tusind kroner", "1"],
    ["kr.", "0.001"],
    ["Beløb i kr", "0.001"],
    ["kroner", null],
    ["DKK", null],
    ["", null],
  ])("%p is %p (1.000 kr. per unit)", (header, unit) => {
    expect(unitOf(header)?.toString() ?? null).toBe(unit);
  });

  it("scales the amounts by the table's unit, found in its header or in a row above it", () => {
    expect(totals(read(sheet([], ["mio. kr. 2026 p/l", null, 2026, 2027], [["Samlet økonomisk påvirkning", null, -1.5, 2]])))).toEqual([
      [2026, -1500, -1500, 0],
      [2027, 2000, 2000, 0],
    ]);
    const above = read(sheet([["Beløb i kr."], ["2026-priser"]], [null, null, 2026, 2027], [["Samlet økonomisk påvirkning", null, -1500, 2000]]));
    expect([above.unit?.toString(), above.priceYear, totals(above)[0]]).toEqual(["0.001", 2026, [2026, -1.5, -1.5, 0]]);
    // The first unit above, in any cell of any row; the header's words across its cells ("Beløb i" | "kr").
    expect(read(sheet([["Forslag"], ["Note", "Beløb i mio. kr."], ["Beløb i kr."]], [null, null, 2026, 2027], [TOTAL])).unit?.toString()).toBe("1000");
    expect(read(sheet([], ["Beløb i", "kr", 2026, 2027], [TOTAL])).unit?.toString()).toBe("0.001");
    // A unit below the table is not the table's.
    const below = read(sheet([], [null, null, 2026, 2027], [TOTAL, ["Note: tal i mio. kr."]]));
    expect([below.unit, below.missing.includes("unit"), totals(below)[0]]).toEqual([null, true, [2026, -100, -100, 0]]);
  });
});

describe("the total, its parts and the stated payback", () => {
  it.each([
    ["Samlet varig ændring"],
    ["Varige ændringer i alt"],
    ["I alt varige ændringer"],
    ["Samlede varige ændringer"],
  ])("the permanent part's row %p", (label) => {
    const p = read(sheet([], HEADER, [[label, null, -300, -300], ["Samlede implementeringsomkostninger", null, 200, 100], TOTAL]));
    expect(totals(p)).toEqual([
      [2026, -100, -300, 200],
      [2027, -200, -300, 100],
    ]);
  });

  it.each([
    ["Samlede implementeringsomkostninger"],
    ["Implementeringsomkostninger i alt"],
    ["I alt implementering"],
    ["Engangsudgifter i alt"],
    ["Samlede engangsudgifter"],
    ["I alt engangsudgifter"],
  ])("the one-off part's row %p; the permanent part the total less it", (label) => {
    expect(totals(read(sheet([], HEADER, [[label, null, 50, 0], TOTAL])))).toEqual([
      [2026, -100, -150, 50],
      [2027, -200, -200, 0],
    ]);
  });

  it.each([["Samlet ændring (netto)"], ["Netto"], ["Nettoændring i alt"], ["Samlet nettoændring"]])("a net total %p where no economic effect row is", (label) => {
    expect(totals(read(sheet([], HEADER, [["Besparelse", null, -10, -20], [label, null, -10, -20], ["I alt", null, 99, 99]])))[0]).toEqual([2026, -10, -10, 0]);
  });

  it("else the table's last total row with amounts; the economic effect row before any", () => {
    expect(totals(read(sheet([], HEADER, [["I alt", null, 1, 1], ["Post", null, 5, 5], ["Total", null, 7, 7], ["I alt", null, null, null]])))[0]).toEqual([2026, 7, 7, 0]);
    expect(totals(read(sheet([], HEADER, [["Netto", null, 3, 3], TOTAL])))[0]).toEqual([2026, -100, -100, 0]);
  });

  it("stops at the next table of years that has a label, so its rows are not this proposal's", () => {
    const p = read(sheet([], HEADER, [["Post", null, 1, 2], ["Tabel 2", null, 2026, 2027], TOTAL]));
    expect(p.missing).toContain("amounts");
    // A repeated header without a label is still this table.
    expect(read(sheet([], HEADER, [[null, null, 2026, 2027], TOTAL])).missing).not.toContain("amounts");
  });

  it("a row's label is its first text, in whatever column; an amount that is no finite number counts as 0", () => {
    expect(totals(read(sheet([], HEADER, [[null, "Samlet økonomisk påvirkning", -100, -200]])))[0]).toEqual([2026, -100, -100, 0]);
    for (const odd of ["n/a", Infinity, NaN, true]) {
      expect({ odd, got: totals(read(sheet([], HEADER, [["Samlet økonomisk påvirkning", null, odd, -200]]))) }).toEqual({ odd, got: [[2026, 0, 0, 0], [2027, -200, -200, 0]] });
    }
  });

  it("the stated payback: the total economy's row, else the first payback row; its first number after the label", () => {
    const rows = [TOTAL, ["Tilbagebetalingstid baseret på serviceeffektivisering", null, 6], ["Tilbagebetalingstid baseret på totaløkonomi", null, 5.5]];
    expect(read(sheet([], HEADER, rows)).statedPayback).toBe(5.5);
    expect(read(sheet([], HEADER, rows.slice(0, 2))).statedPayback).toBe(6);
    expect(read(sheet([], HEADER, [TOTAL, ["Tilbagebetalingstid", null, null]])).statedPayback).toBeNull();
  });

  it("the area from the table's Styringsområde column, over the rows with amounts that are no total or sub-item", () => {
    const p = read(
      sheet([], ["1.000 kr. 2026 p/l", "Styringsområde", 2026, 2027], [
        ["Færre elever", "Service", -1, -1],
        ["heraf løn", "Løn", -1, -1],
        ["Anlæg", "Anlæg", 5, 0],
        ["Overskrift", "Overførsler", null, null],
        ["I alt", "Total", 4, -1],
      ]),
    );
    expect(p.area).toBe("Service, Anlæg");
    // The column whose header is exactly "Styringsområde", in column A too; "heraf" only at a label's start.
    const exact = read(
      sheet([], ["1.000 kr. 2026 p/l", "Note om styringsområde", "Styringsområde (gl.)", "Styringsområde", 2026, 2027], [
        ["Post", "a", "b", "Service", -1, -1],
        ["Tilskud, heraf statsligt", "a", "b", "Overførsler", 1, 1],
        ["I alt", null, null, null, 0, 0],
      ]),
    );
    expect(exact.area).toBe("Service, Overførsler");
    expect(read(sheet([], ["Styringsområde", "1.000 kr. 2026 p/l", 2026, 2027], [["Service", "Post", 1, 1], ["I alt", null, 1, 1]])).area).toBe("Service");
    // The column there but blank: no area, and the proposal says so.
    const blank = read(sheet([], ["1.000 kr. 2026 p/l", "Styringsområde", 2026, 2027], [["Post", null, 1, 1], ["I alt", "", 1, 1]]));
    expect([blank.area, blank.missing.includes("area")]).toEqual([null, true]);
    // A field says it first.
    expect(read(sheet([["Styringsområde: Overførsler"]], ["1.000 kr. 2026 p/l", "Styringsområde", 2026, 2027], [["Post", "Service", 1, 1], ["I alt", null, 1, 1]])).area).toBe("Overførsler");
  });

  it("the price level: the header's, else the first on the sheet; every distinct one listed", () => {
    const p = read(sheet([["Noter i 2025 p/l"], ["og igen 2025-priser"]], ["1.000 kr. 2026 p/l", null, 2026, 2027], [TOTAL, ["2024-priser"]]));
    expect([p.priceYear, p.priceYears]).toEqual([2026, [2025, 2026, 2024]]);
    expect(read(sheet([["Beløb i 2025 p/l"]], [null, null, 2026, 2027], [TOTAL])).priceYear).toBe(2025);
  });
});
