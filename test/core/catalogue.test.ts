import fc from "fast-check";
import { buildCatalogue, catalogueJson, type CatalogueSource, indexFromSheet, NO_COMMITTEE, proposalsIn, targetsFromSheet } from "../../src/core/catalogue";
import { messages } from "../../src/core/messages";
import { runs } from "../support/mutation";
import { checkSheet, type SheetGrid } from "../../src/core/check";
import { Dec } from "../../src/core/decimal";
import { type Proposal, readProposal } from "../../src/core/proposal";
import { catalogueLayout } from "../../src/sheets/catalogue";
import { agrees, CATALOGUE_WITHIN, catalogueTieOut, differences } from "../../src/office/tieOut";
import { cellAddress } from "../../src/core/address";
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

  it("the catalogue of the three filled templates at 2023 p/l: each converted exactly, totals their sum, a proposal left out by Med out of every total", () => {
    const sources = [source("a.xlsx", computed("investment", "Investeringsforslag")), source("b.xlsx", computed("prioritisation", "Prioriteringsforslag")), source("c.xlsx", computed("initiatives", "Indsatsplan"))];
    const index = new Map([[2020, new Dec(100)], [2022, new Dec(104.2)], [2023, new Dec(108.5)]]);
    const c = buildCatalogue(sources, { priceYear: 2023, index, targets: new Map([["(intet udvalg)", new Map([[2023, new Dec(-5000)]])]]) });
    // ISU01 in 2022 p/l: 300 × 108,5 / 104,2, the product first.
    expect(c.rows[1].years?.get(2022)?.toString()).toBe(new Dec(300).times("108.5").div("104.2").toString());
    // The initiative plan in mio. kr.: 34,3 mio. = 34.300 (1.000 kr.) in 2020 p/l.
    expect(c.rows[2].years?.get(2020)?.toDecimalPlaces(6).toString()).toBe(new Dec("34.3").times(1000).times("108.5").div(100).toDecimalPlaces(6).toString());
    for (const year of c.years) {
      const sum = c.rows.reduce((s, r) => s.plus(r.years?.get(year) ?? 0), new Dec(0));
      expect(c.totals.overall.get(year)?.toString()).toBe(sum.toString());
    }
    expect(c.targets[0].gap.toString()).toBe(c.totals.overall.get(2023)!.minus(-5000).toString());
    const without = buildCatalogue(sources, { priceYear: 2023, index, targets: new Map(), excluded: new Set([2]) });
    expect(without.totals.overall.get(2020)?.toString()).toBe("0");
    expect(without.totals.byType.has("udvidelse")).toBe(false);
    const json = catalogueJson(c) as { proposals: { years: Record<string, number> }[]; totals: Record<string, number> };
    expect(json.proposals[0].years).toEqual({ 2022: 625, 2023: 1080, 2024: 500, 2025: -1000, 2026: -1000, 2027: -1000 });
    // Seed 000's parts: the permanent changes and the coordinator (implementation).
    expect(c.rows[0].permanent && [...c.rows[0].permanent.values()].map((d) => d.toNumber())).toEqual([0, -420, -1000, -1000, -1000, -1000]);
    expect(c.rows[0].oneOff && [...c.rows[0].oneOff.values()].map((d) => d.toNumber())).toEqual([625, 1500, 1500, 0, 0, 0]);
  });

  it("the sheet as a formula engine computes it ties out; an amount or a total one øre off is named, half an øre is within", () => {
    const sources = [source("a.xlsx", computed("investment", "Investeringsforslag")), source("b.xlsx", computed("prioritisation", "Prioriteringsforslag"))];
    const index = new Map([[2022, new Dec(104.2)], [2023, new Dec(108.5)]]);
    const c = buildCatalogue(sources, { priceYear: 2023, index, targets: new Map([["(intet udvalg)", new Map([[2023, new Dec(-5000)]])]]) });
    const layout = catalogueLayout("Katalog", c);
    const hf = workbook({ Katalog: layout.cells.map((row) => [...row]) });
    const values = hf.getSheetValues(0).map((row) => row.map((v) => v ?? ""));
    hf.destroy();
    const { checks } = catalogueTieOut(layout, c);
    const at = (v: unknown[][]) => (row: number, column: number) => v[row]?.[column] ?? "";
    expect(differences(checks, at(values))).toEqual([]);
    // Every figure the issue names: the converted amounts, the totals per year, per committee and type, the target's sum and gap.
    expect(checks.length).toBe(2 * c.years.length + c.years.length * (1 + layout.committeeRows.size + layout.typeRows.size) + 2);
    const shifted = (row: number, column: number, by: number) => values.map((r, i) => r.map((v, j) => (i === row && j === column ? (v as number) + by : v)));
    const converted = { row: layout.firstRow + 1, column: layout.firstYearColumn };
    expect(differences(checks, at(shifted(converted.row, converted.column, 0.000004)))).toEqual([]);
    expect(differences(checks, at(shifted(converted.row, converted.column, 0.00001))).map((d) => d.address)).toEqual([cellAddress(converted.row, converted.column)]);
    expect(differences(checks, at(shifted(layout.totalRow, layout.firstYearColumn + 1, -0.00001))).map((d) => d.address)).toEqual([cellAddress(layout.totalRow, layout.firstYearColumn + 1)]);
    expect(differences(checks, at(shifted(layout.targetRows[0], layout.targetColumns.gap, 0.00001))).map((d) => d.address)).toEqual([cellAddress(layout.targetRows[0], layout.targetColumns.gap)]);
    // Each difference is named as the controller finds it on the sheet: the proposal (or total, committee, type) and the year.
    const named = (row: number, column: number) => differences(checks, at(shifted(row, column, 1))).map((d) => [d.address, d.what.da, d.what.en]);
    const [y0, y1] = [c.years[0], c.years[1]];
    const proposal = c.rows[1].proposal.number ?? c.rows[1].sheet;
    expect(named(converted.row, converted.column)).toEqual([[cellAddress(converted.row, converted.column), `${proposal}, ${y0}`, `${proposal}, ${y0}`]]);
    expect(named(layout.totalRow, layout.firstYearColumn + 1)).toEqual([[cellAddress(layout.totalRow, layout.firstYearColumn + 1), `I alt, ${y1}`, `I alt, ${y1}`]]);
    const [[committee, committeeRow]] = [...layout.committeeRows];
    const [[type, typeRow]] = [...layout.typeRows];
    expect(named(committeeRow, layout.firstYearColumn)).toEqual([[cellAddress(committeeRow, layout.firstYearColumn), `${committee}, ${y0}`, `${committee}, ${y0}`]]);
    expect(named(typeRow, layout.firstYearColumn)).toEqual([[cellAddress(typeRow, layout.firstYearColumn), `${type}, ${y0}`, `${type}, ${y0}`]]);
    const t = c.targets[0];
    expect(named(layout.targetRows[0], layout.targetColumns.sum)).toEqual([
      [cellAddress(layout.targetRows[0], layout.targetColumns.sum), `${t.committee}, forslagenes sum ${t.year}`, `${t.committee}, the proposals' sum ${t.year}`],
    ]);
    expect(named(layout.targetRows[0], layout.targetColumns.gap)).toEqual([[cellAddress(layout.targetRows[0], layout.targetColumns.gap), `${t.committee}, forskel ${t.year}`, `${t.committee}, gap ${t.year}`]]);
    // A blank where the proposal has no amount must stay blank: a 0 there is named.
    const blank = checks.find((k) => k.expected === "");
    expect(blank).toBeDefined();
    const zero = values.map((r, i) => r.map((v, j) => (i === blank!.row && j === blank!.column ? 0 : v)));
    expect(differences(checks, at(zero))).toHaveLength(1);
    // A number where text is expected is no agreement, nor an infinite one.
    expect(agrees(new Dec(1), "1", CATALOGUE_WITHIN)).toBe(false);
    expect(agrees(new Dec(1), Number.POSITIVE_INFINITY, CATALOGUE_WITHIN)).toBe(false);
    expect(agrees(new Dec(1), 1.000005, CATALOGUE_WITHIN)).toBe(true);
    expect(agrees(new Dec(1), 1.000005)).toBe(false);
  });

  it("named committees and types, one without either, one left out by Med, one without price level, targets with and without proposals: the engine's sheet ties out", () => {
    const y = (year: number, total: number) => ({ year, permanent: new Dec(total), oneOff: new Dec(0), total: new Dec(total) });
    const base: Proposal = { sheet: "Ark1", number: null, title: null, committee: null, area: null, type: null, priceYear: 2026, priceYears: [], unit: new Dec(1), years: [], statedPayback: null, missing: [] };
    const proposals: Partial<Proposal>[] = [
      { number: "1", committee: "Socialudvalget", type: "effektivisering", priceYear: 2025, years: [y(2026, -100), y(2027, -200)] },
      { number: "2", years: [y(2026, 50)] },
      { number: "3", committee: "Børne- og Ungdomsudvalget", type: "udvidelse", priceYear: 2024, years: [y(2027, 30)] },
      { number: "4", committee: "Socialudvalget", type: "investering", years: [y(2026, 10), y(2027, -5)] },
      { number: "5", committee: "Kultur- og Fritidsudvalget", type: "prioritering", priceYear: null, years: [y(2026, -7)] },
      { number: "6", committee: "Socialudvalget", type: "prioritering", years: [y(2027, -1)] },
    ];
    const sources = proposals.map((fields, i) => ({ file: `f${i}.xlsx`, proposal: { ...base, ...fields }, findings: [] }));
    const index = new Map([[2026, new Dec(102)], [2024, new Dec("98.5")], [2025, new Dec(100)]]);
    const targets = new Map([
      ["Socialudvalget", new Map([[2026, new Dec(-500)], [2027, new Dec(-100)]])],
      ["Børne- og Ungdomsudvalget", new Map([[2026, new Dec(-10)]])],
      ["Teknik- og Miljøudvalget", new Map([[2027, new Dec(-3)]])],
    ]);
    const c = buildCatalogue(sources, { priceYear: 2026, index, targets, excluded: new Set([3]) });
    const layout = catalogueLayout("Katalog", c);
    const hf = workbook({ Katalog: layout.cells.map((row) => [...row]) });
    const values = hf.getSheetValues(0).map((row) => row.map((v) => v ?? ""));
    hf.destroy();
    const { checks } = catalogueTieOut(layout, c);
    expect(differences(checks, (row, column) => values[row]?.[column] ?? "")).toEqual([]);
    // The lines the sheet has, each under its name, and the figures the core says (not 0 by accident).
    expect([...layout.committeeRows].map(([name, r]) => [name, values[r][0], values[r].slice(layout.firstYearColumn, layout.firstYearColumn + 2)])).toEqual([
      ["Socialudvalget", "Socialudvalget", [-102, -205]],
      [NO_COMMITTEE, NO_COMMITTEE, [50, 0]],
      ["Børne- og Ungdomsudvalget", "Børne- og Ungdomsudvalget", [0, new Dec(30).times(102).div("98.5").toNumber()]],
    ]);
    expect([...layout.typeRows].map(([name, r]) => [name, values[r][0], values[r].slice(layout.firstYearColumn, layout.firstYearColumn + 2)])).toEqual([
      ["effektivisering", "effektivisering", [-102, -204]],
      ["(ingen type)", "(ingen type)", [50, 0]],
      ["udvidelse", "udvidelse", [0, new Dec(30).times(102).div("98.5").toNumber()]],
      ["prioritering", "prioritering", [0, -1]],
    ]);
    expect(layout.targetRows.map((r) => values[r].slice(0, 5))).toEqual([
      ["Socialudvalget", 2026, -500, -102, 398],
      ["Socialudvalget", 2027, -100, -205, -105],
      ["Børne- og Ungdomsudvalget", 2026, -10, 0, 10],
      ["Teknik- og Miljøudvalget", 2027, -3, 0, 3],
    ]);
    // The index table in year order, with every price level a proposal states.
    const indexAt = values.findIndex((row) => row[0] === "Indeks (pris- og lønskøn)");
    expect(values.slice(indexAt + 1, indexAt + 4).map((row) => row.slice(0, 2))).toEqual([
      [2024, 98.5],
      [2025, 100],
      [2026, 102],
    ]);
  });

  it("a catalogue the add-in wrote is no proposal: cataloguing a folder again leaves it out", () => {
    const sources = [source("a.xlsx", computed("investment", "Investeringsforslag"))];
    const c = buildCatalogue(sources, { priceYear: 2023, index: null, targets: new Map() });
    const layout = catalogueLayout("Katalog", c);
    const hf = workbook({ Katalog: layout.cells.map((row) => [...row]) });
    const values = hf.getSheetValues(0);
    hf.destroy();
    expect(readProposal({ name: "Katalog", values })).toBeNull();
  });

  it("refuses nothing and drops nothing: a price level the index lacks is a finding on the row, its amounts out of the totals", () => {
    const sources = [source("a.xlsx", computed("investment", "Investeringsforslag")), source("b.xlsx", computed("prioritisation", "Prioriteringsforslag"))];
    const c = buildCatalogue(sources, { priceYear: 2023, index: null, targets: new Map() });
    expect(c.rows).toHaveLength(2);
    expect(c.rows[1].years).toBeNull();
    expect(c.rows[1].findings.map((f) => f.kind)).toEqual(["cannotConvert"]);
    expect(c.leftOut).toEqual([1]);
    expect(c.totals.overall.get(2022)?.toString()).toBe("625");
  });
});

describe("the catalogue's side tables (issue #31)", () => {
  const message = (r: { ok: boolean; failure?: { message: { en: string } } }) => (r.ok ? "" : (r.failure?.message.en ?? ""));

  it("an index: year and index in columns A and B, headings and notes skipped, as PRICELEVEL reads one", () => {
    const read = indexFromSheet([["Pris- og lønskøn"], ["År", "Indeks"], [2025, 113.6], [2026, 116.3, "note"]]);
    expect(read.ok && [...read.value].map(([y, v]) => [y, v.toNumber()])).toEqual([
      [2025, 113.6],
      [2026, 116.3],
    ]);
    expect(message(indexFromSheet([["År", "Indeks"]]))).toBe(messages.emptyRange("indexTable").en);
    expect(message(indexFromSheet([]))).toBe(messages.emptyRange("indexTable").en);
    expect(message(indexFromSheet([[2025, -1]]))).toMatch(/2025/);
  });

  it("targets: committees under a header row of budget years; blank is no target; text is refused naming the committee and year", () => {
    const read = targetsFromSheet([["Mål for budget 2026"], ["Udvalg", 2026, "BO2027"], ["Socialudvalget", -1000, null], ["Børne- og Ungdomsudvalget", null, -2500]]);
    expect(read.ok && [...read.value].map(([c, m]) => [c, [...m].map(([y, v]) => [y, v.toNumber()])])).toEqual([
      ["Socialudvalget", [[2026, -1000]]],
      ["Børne- og Ungdomsudvalget", [[2027, -2500]]],
    ]);
    expect(message(targetsFromSheet([["Udvalg", "Mål"], ["Socialudvalget", -1000]]))).toMatch(/budget years in its header/);
    expect(message(targetsFromSheet([["Udvalg", 2026], ["Socialudvalget", "en mio."]]))).toBe('The target for Socialudvalget in 2026 is not a number: "en mio."');
  });

  it("targets: the header row is the one naming the committees, not an earlier row of years; else the first row of years", () => {
    const read = (values: unknown[][]) => {
      const r = targetsFromSheet(values);
      return r.ok ? [...r.value].map(([c, m]) => [c, [...m].map(([y, v]) => [y, v.toNumber()])]) : r.failure.message.en;
    };
    // A title row of years above the committees' header: the committees' header counts.
    expect(read([["Overslagsår", 2025, 2026, 2027], ["Udvalg", 2026, 2027], ["BUU", -1, -2]])).toEqual([["BUU", [[2026, -1], [2027, -2]]]]);
    expect(read([["Overslagsår", 2025, 2026], ["Committee", "B2026", "BO2027"], ["BUU", -1, -2]])).toEqual([["BUU", [[2026, -1], [2027, -2]]]]);
    // A committees' header of one year is one too.
    expect(read([["Overslagsår", 2025, 2026], ["Udvalg", 2026], ["BUU", -1]])).toEqual([["BUU", [[2026, -1]]]]);
    // No header names the committees: the first row with a year, even one year.
    expect(read([["Mål"], ["", 2026], ["Socialudvalget", -1000]])).toEqual([["Socialudvalget", [[2026, -1000]]]]);
    // Column A holds the names, never a year; a column without a year is a note, whatever it holds.
    expect(read([[2026, 2027, "Note"], ["BUU", -5, "forhandles"]])).toEqual([["BUU", [[2027, -5]]]]);
    // Names trimmed; a row without a name (blank, a number) skipped; blank, missing and "" cells are no target.
    expect(read([["Udvalg", 2026, 2027], ["  BUU ", -1, ""], ["", -7, -7], [5, -9, -9], ["KFU"], ["SU", undefined, null]])).toEqual([
      ["BUU", [[2026, -1]]],
      ["KFU", []],
      ["SU", []],
    ]);
    expect(read([["Udvalg", 2026], ["BUU", true]])).toBe("The target for BUU in 2026 is not a number: TRUE");
  });
});

describe("the catalogue's totals, over random proposals (issue #31)", () => {
  const committees = ["Socialudvalget", "Børne- og Ungdomsudvalget", "Skole*udvalget", null] as const;
  const types = ["investering", "effektivisering", "prioritering", "udvidelse", null] as const;
  const amount = fc.integer({ min: -500000, max: 500000 }).map((x) => new Dec(x).div(100));
  const proposal = fc.record({
    committee: fc.constantFrom(...committees),
    type: fc.constantFrom(...types),
    priceYear: fc.constantFrom(2019, 2024, 2025, 2026, null),
    first: fc.integer({ min: 2025, max: 2027 }),
    amounts: fc.array(amount, { minLength: 1, maxLength: 5 }),
    included: fc.boolean(),
  });
  const index = new Map([[2024, new Dec("111.2")], [2025, new Dec("113.6")], [2026, new Dec("116.3")]]);

  it("each total per year is the exact sum over the included, convertible proposals of amount × index(P) / index(p); nothing dropped", () => {
    fc.assert(
      fc.property(fc.array(proposal, { maxLength: 12 }), (drawn) => {
        const sources: CatalogueSource[] = drawn.map((d, i) => ({
          file: `f${i}.xlsx`,
          findings: [],
          proposal: {
            sheet: "Ark1",
            number: `N-${i}`,
            title: null,
            committee: d.committee,
            area: null,
            type: d.type,
            priceYear: d.priceYear,
            priceYears: d.priceYear === null ? [] : [d.priceYear],
            unit: new Dec(1),
            years: d.amounts.map((a, k) => ({ year: d.first + k, permanent: a, oneOff: new Dec(0), total: a })),
            statedPayback: null,
            missing: [],
          },
        }));
        const excluded = new Set(drawn.flatMap((d, i) => (d.included ? [] : [i])));
        const c = buildCatalogue(sources, { priceYear: 2026, index, targets: new Map(), excluded });
        expect(c.rows).toHaveLength(drawn.length);
        const expected = new Map<number, Dec>();
        const byCommittee = new Map<string, Map<number, Dec>>();
        drawn.forEach((d, i) => {
          const from = d.priceYear === null ? undefined : index.get(d.priceYear);
          expect(c.rows[i].years === null).toBe(from === undefined && d.priceYear !== 2026);
          if (!d.included || from === undefined) return;
          d.amounts.forEach((a, k) => {
            const v = a.times(index.get(2026)!).div(from);
            expect(c.rows[i].years?.get(d.first + k)?.toString()).toBe(v.toString());
            expected.set(d.first + k, (expected.get(d.first + k) ?? new Dec(0)).plus(v));
            const name = d.committee ?? NO_COMMITTEE;
            const m = byCommittee.get(name) ?? new Map<number, Dec>();
            m.set(d.first + k, (m.get(d.first + k) ?? new Dec(0)).plus(v));
            byCommittee.set(name, m);
          });
        });
        for (const year of c.years) expect(c.totals.overall.get(year)?.toString()).toBe((expected.get(year) ?? new Dec(0)).toString());
        for (const [name, m] of byCommittee) for (const [year, v] of m) expect(c.totals.byCommittee.get(name)?.get(year)?.toString()).toBe(v.toString());
        // The committees' totals add up to the overall total, year by year (to 20 decimals: sums of
        // 40-digit amounts added in another order may differ in the 40th digit).
        for (const year of c.years) {
          const sum = [...c.totals.byCommittee.values()].reduce((s, m) => s.plus(m.get(year) ?? 0), new Dec(0));
          expect(sum.toDecimalPlaces(20).toString()).toBe(c.totals.overall.get(year)?.toDecimalPlaces(20).toString());
        }
      }),
      runs(300),
    );
  });
});

describe("the catalogue's rules one by one (issue #31)", () => {
  const y = (year: number, permanent: number, oneOff = 0) => ({ year, permanent: new Dec(permanent), oneOff: new Dec(oneOff), total: new Dec(permanent + oneOff) });
  const p = (fields: Partial<Proposal>): Proposal => ({
    sheet: "Ark1",
    number: "1",
    title: "T",
    committee: "BUU",
    area: "Service",
    type: "effektivisering",
    priceYear: 2026,
    priceYears: [2026],
    unit: new Dec(1),
    years: [y(2026, -100), y(2027, -100)],
    statedPayback: null,
    missing: [],
    ...fields,
  });
  const kinds = (c: ReturnType<typeof buildCatalogue>) => c.rows.map((r) => r.findings.map((f) => f.kind));
  const build = (proposals: Partial<Proposal>[], options: Partial<Parameters<typeof buildCatalogue>[1]> = {}) =>
    buildCatalogue(
      proposals.map((fields, i) => ({ file: `f${i}.xlsx`, proposal: p({ number: `N${i}`, ...fields }), findings: [] })),
      { priceYear: 2026, index: null, targets: new Map(), ...options },
    );

  it("a sign that contradicts the type: savings above 0, an expansion below 0, an investment whose permanent part is above 0", () => {
    expect(kinds(build([{ type: "effektivisering", years: [y(2026, 50)] }, { type: "prioritering", years: [y(2026, 1)] }, { type: "effektivisering", years: [y(2026, 0)] }]))).toEqual([["signOfType"], ["signOfType"], []]);
    expect(kinds(build([{ type: "udvidelse", years: [y(2026, -1)] }, { type: "udvidelse", years: [y(2026, 0)] }, { type: "udvidelse", years: [y(2026, 5)] }]))).toEqual([["signOfType"], [], []]);
    // An investment: costs first (one-off), savings after (permanent); only the permanent part's sign counts.
    expect(kinds(build([{ type: "investering", years: [y(2026, 0, 500), y(2027, -100)] }, { type: "investering", years: [y(2026, 10, 500)] }, { type: "investering", years: [y(2026, 0, 500)] }]))).toEqual([[], ["signOfType"], []]);
    expect(kinds(build([{ type: null, years: [y(2026, 50)] }, { type: "effektivisering", years: [] }]))).toEqual([[], []]);
    const message = build([{ type: "effektivisering", years: [y(2026, 50.125)] }]).rows[0].findings[0].message.da;
    expect(message).toContain("effektivisering");
    expect(message).toContain("50,13");
  });

  it("a number used twice, trimmed, case and inner spaces ignored, names the other's file and sheet; a proposal without number is no duplicate", () => {
    const c = build([{ number: " A  1 " }, { number: "a 1", sheet: "Ark2" }, { number: "A-1" }, { number: null }, { number: null }]);
    expect(kinds(c)).toEqual([["duplicateNumber"], ["duplicateNumber"], [], [], []]);
    expect(c.rows[0].findings[0].message.da).toBe("Forslagsnummeret A  1 bruges også af f1.xlsx (Ark2)");
  });

  it("numbers compared in lower case, spaces kept as one: 1ß and 1SS differ, 1 a and 1a differ", () => {
    expect(kinds(build([{ number: "1ß" }, { number: "1SS" }, { number: "1 a" }, { number: "1a" }]))).toEqual([[], [], [], []]);
  });

  it("the years in order whatever order the proposals come in; totals per type summed over proposals of one type", () => {
    const c = build([
      { years: [y(2028, -1)], type: "udvidelse", committee: "KFU" },
      { years: [y(2026, 5), y(2027, 7)], type: "udvidelse", committee: "KFU" },
      { years: [y(2030, 1), y(2029, 2)], type: "udvidelse", committee: "KFU" },
    ]);
    expect(c.years).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect([...(c.totals.byType.get("udvidelse") ?? [])].map(([k, v]) => [k, v.toNumber()])).toEqual([
      [2026, 5],
      [2027, 7],
      [2028, -1],
      [2029, 2],
      [2030, 1],
    ]);
    const json = catalogueJson(c) as { byCommittee: unknown; byType: unknown };
    expect(json.byCommittee).toEqual({ KFU: { 2026: 5, 2027: 7, 2028: -1, 2029: 2, 2030: 1 } });
    expect(json.byType).toEqual({ udvidelse: { 2026: 5, 2027: 7, 2028: -1, 2029: 2, 2030: 1 } });
  });

  it("a workbook's proposals: one per sheet that holds one, each with its own sheet's findings", () => {
    const grids = [computed("investment", "Inv"), { name: "Noter", values: [["Bemærkninger"]] }, computed("prioritisation", "Prio")];
    const found = (sheet: string) => ({ sheet, row: 1, column: 1, kind: "wrongSign" as const, message: { da: sheet, en: sheet } });
    const read = proposalsIn("a.xlsx", grids, [found("Prio"), found("Noter"), found("Inv"), found("Prio")]);
    expect(read.map((r) => [r.file, r.proposal.sheet, r.findings.map((f) => f.sheet)])).toEqual([
      ["a.xlsx", "Inv", ["Inv"]],
      ["a.xlsx", "Prio", ["Prio", "Prio"]],
    ]);
  });

  it("a price level the index lacks, or none, cannot be converted: named, left out of the totals, still on its row", () => {
    const index = new Map([[2026, new Dec(100)]]);
    const c = build([{ priceYear: 2025 }, { priceYear: null }, { priceYear: 2026 }, { priceYear: 2025, years: [] }], { index });
    expect(kinds(c)).toEqual([["cannotConvert"], ["cannotConvert"], [], []]);
    expect(c.rows[0].findings[0].message.en).toBe("2025 p/l cannot be converted to 2026 p/l: the index table lacks 2025; its amounts are left out of the totals");
    expect(c.rows[1].findings[0].message.en).toMatch(/^The proposal states no price level/);
    expect(c.leftOut).toEqual([0, 1]);
    expect(c.totals.overall.get(2026)?.toNumber()).toBe(-100);
    // The target year the index lacks.
    const lacksTarget = build([{ priceYear: 2025 }], { index: new Map([[2025, new Dec(100)]]) });
    expect(lacksTarget.rows[0].findings[0].message.en).toContain("lacks 2026");
  });

  it("the budget check's findings on the row, with their sheet and cell", () => {
    const c = buildCatalogue([{ file: "a.xlsx", proposal: p({}), findings: [{ sheet: "Ark1", row: 4, column: 3, kind: "wrongSign", message: { da: "x", en: "x" } }] }], { priceYear: 2026, index: null, targets: new Map() });
    expect(c.rows[0].findings).toEqual([{ kind: "wrongSign", where: "Ark1!D5", message: { da: "x", en: "x" } }]);
  });

  it("totals per committee and type, the unnamed ones under their own name, a target's sum 0 where the committee has nothing that year", () => {
    const c = build([{ committee: null, type: null }, { committee: "BUU", type: "udvidelse", years: [y(2027, 30)] }], {
      targets: new Map([
        ["BUU", new Map([[2026, new Dec(-10)]])],
        ["KFU", new Map([[2027, new Dec(-5)]])],
      ]),
    });
    expect([...c.totals.byCommittee.keys()]).toEqual([NO_COMMITTEE, "BUU"]);
    expect([...c.totals.byType.keys()]).toEqual(["(ingen type)", "udvidelse"]);
    expect(c.totals.byCommittee.get("BUU")?.get(2026)?.toNumber()).toBe(0);
    expect(c.targets.map((t) => [t.committee, t.year, t.target.toNumber(), t.sum.toNumber(), t.gap.toNumber()])).toEqual([
      ["BUU", 2026, -10, 0, 10],
      ["KFU", 2027, -5, 0, 5],
    ]);
  });

  it("the paybacks of the total effect and the present value of the converted one; none where there is nothing to compute", () => {
    const c = build([{ years: [y(2026, 0, 100), y(2027, -60), y(2028, -60)] }, { years: [y(2026, 100), y(2027, 10)] }, { years: [] }]);
    expect([c.rows[0].payback?.toNumber(), c.rows[0].paybackDiscounted?.toNumber()]).toEqual([3, 3]);
    expect(c.rows[0].presentValue?.toDecimalPlaces(6).toNumber()).toBe(new Dec(100).minus(new Dec(60).div("1.035")).minus(new Dec(60).div(new Dec("1.035").pow(2))).toDecimalPlaces(6).toNumber());
    expect([c.rows[1].payback, c.rows[1].paybackDiscounted]).toEqual([null, null]);
    expect([c.rows[2].payback, c.rows[2].paybackDiscounted, c.rows[2].presentValue]).toEqual([null, null, null]);
  });

  it("the JSON: every field of a row, numbers at the boundary, the totals, targets and what was left out", () => {
    const c = build([{ priceYear: 2025, number: "1" }, { number: "1" }], { index: new Map([[2026, new Dec(100)]]), excluded: new Set([1]), targets: new Map([["BUU", new Map([[2026, new Dec(-1)]])]]) });
    const json = catalogueJson(c) as Record<string, unknown> & { proposals: Record<string, unknown>[] };
    expect(json.proposals[1]).toEqual({
      file: "f1.xlsx",
      sheet: "Ark1",
      number: "1",
      title: "T",
      committee: "BUU",
      area: "Service",
      type: "effektivisering",
      priceLevel: 2026,
      included: false,
      years: { 2026: -100, 2027: -100 },
      permanent: { 2026: -100, 2027: -100 },
      oneOff: { 2026: 0, 2027: 0 },
      // Savings from the first year: paid back at once, in year 1.
      payback: 1,
      paybackDiscounted: 1,
      presentValue: c.rows[1].presentValue?.toNumber(),
      findings: [{ kind: "duplicateNumber", where: null, da: "Forslagsnummeret 1 bruges også af f0.xlsx (Ark1)", en: "The proposal number 1 is also used by f0.xlsx (Ark1)" }],
      missing: [],
    });
    expect(json.proposals[0].years).toBeNull();
    expect([json.priceYear, json.totals, json.byCommittee, json.byType, json.targets, json.leftOut]).toEqual([2026, { 2026: 0, 2027: 0 }, {}, {}, [{ committee: "BUU", year: 2026, target: -1, sum: 0, gap: 1 }], [{ file: "f0.xlsx", sheet: "Ark1" }]]);
  });
});
