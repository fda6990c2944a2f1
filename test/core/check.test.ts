import { checkSheet, type SheetGrid, shownDecimals } from "../../src/core/check";
import { messages } from "../../src/core/messages";
import { priceLevelYear, TOTAL_LABEL, yearOfHeader } from "../../src/core/labels";
import { typedDecimals } from "../../src/core/sumcheck";
import { BALLERUP, ballerupTyped, INITIATIVES, ISU01, TABEL_1 } from "../../tools/seeds";

/** Seed 000's Tabel 1 as a budget controller types it: values only, totals typed too. */
function tabel1(edit: (rows: unknown[][]) => void = () => undefined): SheetGrid {
  const b = (v: number | null) => v;
  const rows: unknown[][] = [
    ["Tabel 1. Forslagets samlede økonomiske konsekvenser"],
    ["1.000 kr. 2023 p/l", "Styringsområde", ...TABEL_1.years],
    ["Varige ændringer"],
    ["Færre elever i specialundervisningstilbud", "Service", ...TABEL_1.fewerPupils.map(b)],
    ["Samlet varig ændring", null, ...TABEL_1.fewerPupils.map(b)],
    [],
    ["Implementeringsomkostninger"],
    ["Tilbageslusningskoordinator", "Service", ...TABEL_1.coordinator.map(b)],
    ["Samlede implementeringsomkostninger", null, ...TABEL_1.coordinator.map(b)],
    [],
    ["Samlet økonomisk påvirkning", null, ...TABEL_1.total],
    [],
    ["Tilbagebetalingstid baseret på serviceeffektivisering", null, TABEL_1.payback],
    ["Tilbagebetalingstid baseret på totaløkonomi", null, null],
    [],
    ["Noter til alle tabeller:"],
    ["Alle besparelser er angivet med negativt (-) fortegn."],
  ];
  edit(rows);
  return { name: "Tabel 1", values: rows };
}
const kinds = (grid: SheetGrid) => checkSheet(grid).map((f) => [f.kind, f.row, f.column]);

describe("the budget-sheet check", () => {
  describe("finds nothing in the seeds' own tables", () => {
    it("seed 000, Tabel 1", () => {
      expect(kinds(tabel1())).toEqual([]);
    });

    it("a summary of totals one under another (varig, implementering, samlet): none is the next one's item", () => {
      const summary: SheetGrid = {
        name: "Resume",
        values: [
          ["1.000 kr. 2026 p/l", 2026, 2027],
          ["Samlet varig ændring", 0, -300],
          ["Samlede implementeringsomkostninger", 900, 0],
          ["Samlet økonomisk påvirkning", 900, -300],
        ],
      };
      expect(kinds(summary)).toEqual([]);
      // Items above a total are still added up: a wrong total after them is found.
      const wrong: SheetGrid = { name: "Resume", values: [["1.000 kr. 2026 p/l", 2026, 2027], ["Løn", 100, 100], ["Drift", 50, 50], ["I alt", 150, 160]] };
      expect(kinds(wrong)).toEqual([["totalMismatch", 3, 2]]);
    });

    it("seed 002, ISU01", () => {
      const grid: SheetGrid = {
        name: "ISU01",
        values: [
          ["Beløb i 1.000 kr. 2022-priser", null, ...ISU01.years],
          ["Nuværende budget", null, ...ISU01.currentBudget],
          ["Budgetændring – drift"],
          ["Effektivisering", null, ...ISU01.efficiency],
          ["Udvidelse", null, ...ISU01.expansion],
          ["Samlet ændring (netto)", null, ...ISU01.net],
        ],
      };
      expect(kinds(grid)).toEqual([]);
    });

    it("seed 001, the initiative plan with its sub-items", () => {
      const rows: unknown[][] = [["Mio. kr. 2020 p/l", null, ...INITIATIVES.years]];
      for (const initiative of INITIATIVES.rows) {
        rows.push([`${initiative.id})`, null, ...initiative.amounts]);
        for (const part of "parts" in initiative ? (initiative.parts ?? []) : []) rows.push(["   delpost", "heraf", part, part, part, part]);
      }
      rows.push(["I alt", null, ...INITIATIVES.totals]);
      expect(kinds({ name: "Indsatsplan", values: rows, numberFormats: rows.map((r) => r.map(() => "0.0")) })).toEqual([]);
    });

    it("seed 004, Ballerup: the displayed 30,3 against 30,4 is rounding, not an error", () => {
      const rows: unknown[][] = [
        ["Dagbehandling, helårspersoner (2020-priser)", ...BALLERUP.years],
        ...BALLERUP.districts.map((d) => [d.name, ...d.fte]),
        ["I alt", ...BALLERUP.totalFte],
      ];
      expect(kinds({ name: "Ballerup", values: rows, numberFormats: rows.map((r) => r.map(() => "0.0")) })).toEqual([]);
    });
  });

  describe("judges a table in General format at the decimals its figures are typed with", () => {
    const ballerup = (edit?: (rows: unknown[][]) => void): SheetGrid => ({ name: "Dagbehandling", values: ballerupTyped(edit) });

    it("Ballerup 2014-2020: districts in whole kroner against totals with a decimal, 30,3 against 30,4: no finding", () => {
      expect(kinds(ballerup())).toEqual([]);
    });

    it("a total one off is found: 31,4 full-year persons for 30,4, and 10 kr. too many", () => {
      const planted = ballerup((rows) => {
        rows[7][1] = 31.4;
        rows[16][3] = BALLERUP.totalAmount[2] + 10;
      });
      expect(kinds(planted)).toEqual([
        ["totalMismatch", 7, 1],
        ["totalMismatch", 16, 3],
      ]);
    });

    it.each([
      [30.4, 1],
      [760332, 0],
      [9033262.2, 1],
      [0.125, 3],
      [1e-7, 7],
      [-420, 0],
    ])("%p is typed with %p decimals", (value, decimals) => {
      expect(typedDecimals(value)).toBe(decimals);
    });
  });

  describe("reads the labels Danish budget documents use (labels.ts)", () => {
    it.each([
      ["1.000 kr. 2023 p/l", 2023],
      ["1.000 kr., 2022-priser", 2022],
      ["Mio. kr. 2024 PL", 2024],
      ["1.000 kr. (24-pl)", 2024],
      ["Beløb i pris- og lønniveau 2025", 2025],
      ["kr., p/l 2023", 2023],
      ["PL 2026", 2026],
      ["2023-prisniveau", 2023],
      ["Pladser 2023", null],
      ["Aplomb 2023", null],
    ])("%p states the price level %p", (label, year) => {
      expect(priceLevelYear(label)).toBe(year);
    });

    it.each([
      [2025, 2025],
      ["2025", 2025],
      ["B2025", 2025],
      ["BO2026", 2026],
      ["BO 2027", 2027],
      ["R2024", 2024],
      ["2025-26", 2025],
      ["2025/26", 2025],
      ["2025/2026", 2025],
      ["2025-27", null],
      ["Skole 2025", null],
      [20250, null],
    ])("the header %p is the year %p", (header, year) => {
      expect(yearOfHeader(header)).toBe(year);
    });

    it.each(["I alt", "Samlet varig ændring", "Total", "Sum", "Skoler i alt", "Nettoændring", "Netto i alt", "Hovedtotal", "Udgifter total"])(
      "%p is a total row",
      (label) => {
        expect(TOTAL_LABEL.test(label)).toBe(true);
      },
    );

    it.each(["Tilbageslusningskoordinator", "Alt i alt en god idé, men", "Summerfugl", "Totalentreprise"])("%p is not a total row", (label) => {
      expect(TOTAL_LABEL.test(label)).toBe(false);
    });

    it("finds a wrong total under year headers written B2025, BO2026 …", () => {
      const grid: SheetGrid = {
        name: "Budget",
        values: [
          ["1.000 kr. 2025 p/l", "B2025", "BO2026", "BO2027"],
          ["Effektivisering", -300, -900, -1200],
          ["Udvidelse", 600, 600, 600],
          ["Netto i alt", 300, -300, -500],
        ],
      };
      expect(kinds(grid)).toEqual([["totalMismatch", 3, 3]]);
    });
  });

  describe("finds the planted errors, at their cells", () => {
    it("a total that does not add up", () => {
      expect(kinds(tabel1((rows) => (rows[4][4] = -900)))).toEqual([["totalMismatch", 4, 4]]);
    });

    it("a saving with a positive sign in a table that says savings are negative", () => {
      expect(
        kinds(
          tabel1((rows) => {
            rows[3][5] = 1000;
            rows[4][5] = 1000;
          }),
        ),
      ).toEqual(expect.arrayContaining([["wrongSign", 3, 5]]));
    });

    it("a missing price level", () => {
      expect(kinds(tabel1((rows) => (rows[1][0] = "1.000 kr.")))).toEqual([["missingPriceLevel", 1, 2]]);
    });

    it("no missing price level when the table says it is in current prices (løbende priser)", () => {
      expect(kinds(tabel1((rows) => (rows[1][0] = "1.000 kr., løbende priser")))).toEqual([]);
    });

    it("two price levels on one sheet", () => {
      expect(kinds(tabel1((rows) => rows.push(["Omregnet til 2022 p/l"])))).toEqual([["mixedPriceLevels", 17, 0]]);
    });

    it("a payback period that its row does not give", () => {
      const [finding] = checkSheet(tabel1((rows) => (rows[12][2] = 5)));
      expect([finding.kind, finding.row, finding.column]).toEqual(["paybackMismatch", 12, 2]);
      expect(finding.message.en).toBe('The payback period at C13 is 5, but the row "Samlet økonomisk påvirkning" gives 6');
    });

    it("accepts an interpolated payback that agrees (5,2 for 5,205)", () => {
      expect(kinds(tabel1((rows) => (rows[12][2] = 5.2)))).toEqual([]);
    });

    it.each([
      [5.25, []],
      [5.16, []],
      [5.255, [["paybackMismatch", 12, 2]]],
      [5.155, [["paybackMismatch", 12, 2]]],
      [5.3, [["paybackMismatch", 12, 2]]],
    ])("holds a stated payback to within 0,05 of the row's 5,205, not at it (issue #30): %s", (stated, found) => {
      expect(kinds(tabel1((rows) => (rows[12][2] = stated)))).toEqual(found);
    });
  });

  it("takes the initiative plan's row of checks for no item, TRUE as Excel stores it or 1 as LibreOffice does", () => {
    for (const ok of [true, 1]) {
      const plan: SheetGrid = {
        name: "Indsatsplan",
        values: [
          ["Indsatsplan (1.000 kr. 2026 p/l)", null, 2026, 2027],
          ["a) Indsats", null, 2, 2],
          ["   Delpost", "heraf", 1.2, 1.2],
          ["   Delpost", "heraf", 0.8, 0.8],
          ["   Delposterne stemmer", null, ok, ok],
          ["b) Indsats", null, 1.5, 1.5],
          ["I alt", null, 3.5, 3.5],
        ],
      };
      expect(kinds(plan)).toEqual([]);
      // A total that is off is still found.
      expect(kinds({ ...plan, values: plan.values.map((row, r) => (r === 6 ? ["I alt", null, 4.5, 3.5] : row)) })).toEqual([["totalMismatch", 6, 2]]);
    }
  });

  it.each([
    ["#,##0.0", 1],
    ["#,##0;-#,##0", 0],
    ["0.00%", 2],
    ["General", null],
    [undefined, null],
  ])("%p shows %p decimals", (format, decimals) => {
    expect(shownDecimals(format)).toBe(decimals);
  });
});

describe("the budget-sheet check, rule by rule at its edges (issue #30's mutants)", () => {
  const sheet = (values: unknown[][], extra: Partial<SheetGrid> = {}): SheetGrid => ({ name: "Ark", values, ...extra });
  const H = ["1.000 kr. 2026 p/l", 2026, 2027];

  it("an error value is found unless it is a #N/A its formula asks for (NA() or IKKE.TILGÆNGELIG())", () => {
    const values = [["#REF!", "#N/A", "#N/A", "#N/A", "#VALUE!"]];
    const formulas = [["=A9", "=NA()", "=IKKE.TILGÆNGELIG()", "=VLOOKUP(1,A:B,2,0)", "=NA()"]];
    expect(kinds(sheet(values, { formulas }))).toEqual([
      ["errorValue", 0, 0],
      ["errorValue", 0, 3],
      ["errorValue", 0, 4],
    ]);
    expect(kinds(sheet(values))).toHaveLength(5);
    // Formulas read for fewer rows than the values (a file's stored formulas end at its last formula): the rest has none.
    expect(kinds(sheet([...values, ["#N/A"]], { formulas }))).toEqual([
      ["errorValue", 0, 0],
      ["errorValue", 0, 3],
      ["errorValue", 0, 4],
      ["errorValue", 1, 0],
    ]);
  });

  it("a sheet without a year table needs no price level; mixed levels name every year", () => {
    expect(kinds(sheet([["Noter"], ["Beløb", 5]]))).toEqual([]);
    const mixed = checkSheet(sheet([H, ["Note i 2025-priser"], ["Post", 1, 1]]));
    expect(mixed.map((f) => f.kind)).toEqual(["mixedPriceLevels"]);
    expect(mixed[0].message.en).toContain("2026");
    expect(mixed[0].message.en).toContain("2025");
  });

  it("a year in column A heads a year column too", () => {
    const grid = sheet([["2026 p/l"], [2026, 2027, null], [10, 20, "Post"], [30, 40, "Post"], [50, 70, "I alt"]]);
    expect(kinds(grid)).toEqual([
      ["totalMismatch", 4, 0],
      ["totalMismatch", 4, 1],
    ]);
  });

  it("a table ends above the next table's header: a total right under that header is a summary of the next table", () => {
    expect(kinds(sheet([H, ["Post", 1, 1], ["I alt", 1, 1], ["", 2026, 2027], ["I alt", 5, 5]]))).toEqual([]);
  });

  it("a row's label is its first text that is not blank, in any column", () => {
    const H2 = ["1.000 kr. 2026 p/l", null, 2026, 2027];
    for (const before of [null, "  ", ""]) {
      expect({ before, found: kinds(sheet([H2, ["Post", null, 10, 10], [before, "I alt", 20, 10]])) }).toEqual({ before, found: [["totalMismatch", 2, 2]] });
    }
  });

  it("the sign note counts in a row with other cells; a saving of 0 is no wrong sign", () => {
    const rows = [H, ["Besparelse", 0, 5], ["Alle besparelser er angivet med negativt (-) fortegn.", null]];
    expect(kinds(sheet(rows))).toEqual([["wrongSign", 1, 2]]);
    expect(kinds(sheet([H, ["Besparelse", 0, 0], rows[2]]))).toEqual([]);
    // The message names the row by its label, trimmed.
    expect(checkSheet(sheet([H, ["  Besparelse ", 0, 5], rows[2]]))[0].message.en).toBe(messages.wrongSign("Besparelse", "C2").en);
  });

  it("a blank row starts new items, one of TRUE/FALSE does not; blank is null, a missing cell or an empty text", () => {
    for (const blank of [[null, null, null], [], ["", "", ""]]) {
      expect({ blank, found: kinds(sheet([H, ["Post A", 5, 5], blank, ["Post B", 3, 3], ["I alt", 3, 3]])) }).toEqual({ blank, found: [] });
    }
    expect(kinds(sheet([H, ["Post A", 5, 5], ["Kontrol", true, true], ["Post B", 3, 3], ["I alt", 8, 8]]))).toEqual([]);
    expect(kinds(sheet([H, ["Post A", 5, 5], ["Kontrol", null, true], ["Post B", 3, 3], ["I alt", 8, 8]]))).toEqual([]);
  });

  it("after a total or a payback row the items start again; a check row is none, even one whose label reads as a total", () => {
    expect(kinds(sheet([H, ["A", 10, 10], ["I alt", 10, 10], ["B", 20, 20], ["I alt", 20, 20]]))).toEqual([]);
    expect(kinds(sheet([H, ["Post", 10, 10], ["Tilbagebetalingstid", 3], ["I alt", 10, 10]]))).toEqual([]);
    expect(kinds(sheet([H, ["Post", 10, 10], ["I alt", 10, 10], ["Post", 20, 20], ["Samlet stemmer", 1, 1], ["Samlet", 20, 20]]))).toEqual([]);
  });

  it("a total's message names it trimmed; the shown decimals read where the formats have no row for it", () => {
    const found = checkSheet(sheet([H, ["Løn", 100, 100], ["  I alt ", 150, 100]], { numberFormats: [] }));
    expect(found.map((f) => f.message.en)).toEqual([messages.totalMismatch("I alt", "B3", 150, 100).en]);
    expect(shownDecimals("")).toBeNull();
    expect(shownDecimals("#,##0.00")).toBe(2);
  });

  it("a total, an amount or a payback that is no finite number is not compared", () => {
    expect(kinds(sheet([H, ["Post", 1, 1], ["I alt", Number.POSITIVE_INFINITY, 1]]))).toEqual([]);
    const impact = ["Samlet økonomisk påvirkning", 100, -100];
    // The stated payback is the first number after column A; text before it is passed over.
    expect(kinds(sheet([H, impact, ["Tilbagebetalingstid", "ca.", 2]]))).toEqual([]);
    expect(kinds(sheet([H, impact, [3, "Tilbagebetalingstid", 2]]))).toEqual([]);
    expect(kinds(sheet([H, impact, ["Tilbagebetalingstid", 3]]))).toEqual([["paybackMismatch", 2, 1]]);
  });

  it("the service payback is held to the service row (heraf … service), the total's to the total", () => {
    const rows = [
      ["1.000 kr. 2026 p/l", 2025, 2026, 2027],
      ["Samlet økonomisk påvirkning", 100, -50, -50],
      ["Heraf: serviceeffektivisering", 100, -100, 0],
      ["Tilbagebetalingstid baseret på serviceeffektivisering", 2],
      ["Tilbagebetalingstid baseret på totaløkonomi", 3],
    ];
    expect(kinds(sheet(rows))).toEqual([]);
    expect(kinds(sheet(rows.map((r, i) => (i === 3 ? [r[0], 3] : r))))).toEqual([["paybackMismatch", 3, 1]]);
  });
});
