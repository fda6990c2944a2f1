import { columnName } from "../../src/core/address";
import { DetailedCellError, type HyperFormula } from "hyperformula";
import { registerFunctions, workbook } from "../../tools/engine";
import { BALLERUP, INITIATIVES, ISU01, SKOLEFLEKS, TABEL_1 } from "../../tools/seeds";
import { sourceFunctions } from "../../tools/sourceFunctions";

const { metadata, registry } = sourceFunctions();
registerFunctions(metadata, registry);

/** The value of a cell given as "B2". */
function value(hf: HyperFormula, address: string, sheet = "Sheet1"): unknown {
  const addr = hf.simpleCellAddressFromString(address, hf.getSheetId(sheet) ?? 0);
  if (addr === undefined) throw new Error(`bad address ${address}`);
  return hf.getCellValue(addr);
}
/** Error code and message of a cell, or its value. */
function shown(hf: HyperFormula, address: string, sheet = "Sheet1"): unknown {
  const v = value(hf, address, sheet);
  return v instanceof DetailedCellError ? { error: v.value, message: v.message } : v;
}
const blanks = (values: readonly (number | null)[]) => values.map((v) => (v === null ? null : v));

// HyperFormula writes Excel's TRUE as TRUE(); otherwise the formulas are Excel's.
describe("the functions in a formula engine (HyperFormula), on sheets built from the seed tables", () => {
  describe("DOMAIN.md §7: the schools' budget under a model", () => {
    // A: cost, B: liable; D: the key (enrolment), E: payments, F: allocation, G: net.
    const sheet = [
      ["Årlig udgift", "Betalingspligtig andel", null, "Elever", "Betaling", "Tildeling", "Netto"],
      [150000, 1, null, 300, 400000, "=INDEX(ALLOCATE($I$1,$D$2:$D$4),1)", "=F2-E2"],
      [200000, 1, null, 200, 350000, "=INDEX(ALLOCATE($I$1,$D$2:$D$4),2)", "=F3-E3"],
      [250000, 0.5, null, 100, 100000, "=INDEX(ALLOCATE($I$1,$D$2:$D$4),3)", "=F4-E4"],
      [400000, 1, null, null, null, null, "=SUM(G2:G4)"],
      ["I alt", "=SEGREGATION.TOTAL(A2:A5,B2:B5)"],
      ["Loft for 700.000", "=SEGREGATION.CALIBRATE(A2:A5,700000)", "=SEGREGATION.TOTAL(A2:A5,,B7,B7)"],
      ["Tærskel for 887.077", '=SEGREGATION.CALIBRATE(A2:A5,887077,,"tærskel")'],
      ["Andel for 862.077", '=SEGREGATION.CALIBRATE(A2:A5,862077,,"andel",200000)'],
      ["Tærskel for 499.999", '=SEGREGATION.CALIBRATE(A2:A5,499999,,"threshold")'],
    ];
    sheet[0][8] = 1000000;
    const hf = workbook({ Sheet1: sheet });

    it("the total of the list is 762.077", () => {
      expect(value(hf, "B6")).toBe(762077);
    });
    it("1.000.000 by enrolment 300 / 200 / 100 → 500.000 / 333.333 / 166.667; nets +100.000 / −16.667 / +66.667, municipality +150.000", () => {
      expect(["F2", "F3", "F4"].map((a) => value(hf, a))).toEqual([500000, 333333, 166667]);
      expect(["G2", "G3", "G4", "G5"].map((a) => value(hf, a))).toEqual([100000, -16667, 66667, 150000]);
    });
    it("calibration: the cap 183.333 with total 699.999, the threshold 250.000, the share ½", () => {
      expect([value(hf, "B7"), value(hf, "C7"), value(hf, "B8"), value(hf, "B9")]).toEqual([183333, 699999, 250000, 0.5]);
    });
    it("a target out of reach answers #N/A with the range", () => {
      expect(shown(hf, "B10")).toEqual({ error: "#N/A", message: expect.stringContaining("from 500,000.00 to 887,077.00 kr.") });
    });
  });

  describe("seed 000, Tabel 1 (1.000 kr. 2023 p/l)", () => {
    // A: label, B: styringsområde, C-H: 2022-2027
    const sheet = [
      ["Tabel 1", "Styringsområde", ...TABEL_1.years],
      ["Færre elever i specialundervisningstilbud", "Service", ...blanks(TABEL_1.fewerPupils)],
      ["Tilbageslusningskoordinator", "Service", ...blanks(TABEL_1.coordinator)],
      ["Samlet økonomisk påvirkning", null, "=SUM(C2:C3)", "=SUM(D2:D3)", "=SUM(E2:E3)", "=SUM(F2:F3)", "=SUM(G2:G3)", "=SUM(H2:H3)"],
      ["Tilbagebetalingstid baseret på serviceeffektivisering", null, "=PAYBACK(C2:H3)"],
      ["Tilbagebetalingstid baseret på totaløkonomi", null, "=PAYBACK(C4:H4)"],
      ["Interpoleret", null, "=PAYBACK(C4:H4, TRUE())"],
      ["Diskonteret 3,5 %", null, "=PAYBACK.DISCOUNTED(C4:H4, 0.035)"],
      ["Uden 2027, varig ændring forlænget", null, "=PAYBACK(C4:G4, TRUE(), TRUE())"],
      ["Uden 2027", null, "=PAYBACK(C4:G4)"],
      ["Kolonne", null, "=PAYBACK(TRANSPOSE(C4:H4))"],
    ];
    const hf = workbook({ Sheet1: sheet });

    it("the total row is the seed's 625 / 1.080 / 500 / −1.000 / −1.000 / −1.000", () => {
      expect(["C4", "D4", "E4", "F4", "G4", "H4"].map((a) => value(hf, a))).toEqual([...TABEL_1.total]);
    });

    it("payback based on service efficiency (the Service rows as a block) is the seed's 6", () => {
      expect(value(hf, "C5")).toBe(TABEL_1.payback);
    });

    it("payback based on total economy is 6, and 5,205 interpolated", () => {
      expect(value(hf, "C6")).toBe(6);
      expect(value(hf, "C7")).toBe(TABEL_1.paybackFractional);
    });

    it("discounted at 3,5 % it is still 6", () => {
      expect(value(hf, "C8")).toBe(6);
    });

    it("cut after 2026 it pays back only when the permanent change continues", () => {
      expect(value(hf, "C9")).toBe(5.205);
      expect(shown(hf, "C10")).toEqual({ error: "#N/A", message: expect.stringContaining("not paid back") });
    });

    it("reads a column of years as well as a row", () => {
      expect(value(hf, "C11")).toBe(6);
    });
  });

  describe("the incentive model (seed 003, DOMAIN.md §2)", () => {
    const costs = [200000, 280000, 309159, 400000];
    const sheet = [
      ["Udgift", "Skole", "Forvaltning", "I alt", "Maks. 180.000"],
      ...costs.map((cost, i) => {
        const r = i + 2;
        return [cost, `=SEGREGATION.PAYMENT(A${r})`, `=SEGREGATION.CENTRAL(A${r})`, `=B${r}+C${r}`, `=SEGREGATION.PAYMENT(A${r}, 180000, 180000)`];
      }),
      ["I alt", "=SUM(B2:B5)", "=SUM(C2:C5)", "=SUM(D2:D5)", "=SUM(E2:E5)"],
      ["Tekst", '=SEGREGATION.PAYMENT("mange penge")'],
      ["Fejl", "=SEGREGATION.PAYMENT(1/0)"],
      ["Tom", "=SEGREGATION.PAYMENT(Z99)"],
    ];
    const hf = workbook({ Sheet1: sheet });

    it("school and administration parts are DOMAIN.md's worked examples", () => {
      expect(["B2", "B3", "B4", "B5"].map((a) => value(hf, a))).toEqual([200000, 272497.5, 287077, 287077]);
      expect(["C2", "C3", "C4", "C5"].map((a) => value(hf, a))).toEqual([0, 7502.5, 22082, 112923]);
    });

    it("school + administration = cost in every row and in total", () => {
      expect(["D2", "D3", "D4", "D5"].map((a) => value(hf, a))).toEqual(costs);
      expect(value(hf, "D6")).toBe(costs.reduce((a, b) => a + b, 0));
    });

    it("the proposed model caps every payment at 180.000", () => {
      expect(["E2", "E3", "E4", "E5"].map((a) => value(hf, a))).toEqual([180000, 180000, 180000, 180000]);
    });

    it("text is #VALUE! naming the argument, an error in an argument propagates, a blank cost is refused", () => {
      expect(shown(hf, "B7")).toEqual({ error: "#VALUE!", message: expect.stringContaining('cost: expected a number, got the text "mange penge"') });
      expect(shown(hf, "B8")).toEqual({ error: "#DIV/0!", message: expect.any(String) });
      expect(shown(hf, "B9")).toEqual({ error: "#VALUE!", message: expect.stringContaining("cost: a value is required") });
    });
  });

  describe("a pupil list with placements, school year 2023/24", () => {
    // A: cost, B: start, C: end, D: category, E: arrival, F: liable, G: school payment × liable
    const sheet = [
      ["Udgift", "Start", "Slut", "Kategori", "Tilflyttet", "Andel", "Skole"],
      [400000, "=DATE(2020,8,1)", null, null, null],
      [280000, "=DATE(2023,8,1)", "=DATE(2024,1,31)", null, null],
      [400000, "=DATE(2022,1,10)", null, "Anbragt", null],
      [300000, "=DATE(2023,10,1)", null, "tilflytter", "=DATE(2023,3,1)"],
      [300000, "=DATE(2023,10,1)", null, "tilflytter", null],
    ].map((row, i) =>
      i === 0 ? row : [...row, `=SEGREGATION.LIABLE(B${i + 1}, C${i + 1}, 2023, D${i + 1}, E${i + 1})`, `=SEGREGATION.PAYMENT(A${i + 1})*F${i + 1}`],
    );
    const hf = workbook({ Sheet1: sheet });

    it("gives each pupil's liable fraction by the rules", () => {
      expect(["F2", "F3", "F4", "F5", "F6"].map((a) => value(hf, a))).toEqual([1, 184 / 366, 0, 305 / 366, 0]);
    });

    it("and the school's payment for the year", () => {
      expect(value(hf, "G2")).toBe(287077);
      expect(value(hf, "G4")).toBe(0);
    });
  });

  it("FULLYEAR counts full-year persons of a calendar year", () => {
    const hf = workbook({ Sheet1: [["=FULLYEAR(DATE(2020,1,1), DATE(2020,6,30), 2020)", "=FULLYEAR(DATE(2019,1,1), , 2020)"]] });
    expect(value(hf, "A1")).toBe(182 / 366);
    expect(value(hf, "B1")).toBe(1);
  });

  describe("seed 002, ISU01 (1.000 kr., 2022-priser)", () => {
    const sheet = [
      ["", ...ISU01.years],
      ["Nuværende budget", ...ISU01.currentBudget],
      ["Pladser ét trin ned", ...ISU01.places],
      ["Effektivisering", "=B3*600", "=C3*600", "=D3*600", "=E3*600"],
      ["Udvidelse", ...ISU01.expansion],
      ["Samlet ændring (netto)", "=B4+B5", "=C4+C5", "=D4+D5", "=E4+E5"],
      ["Tilbagebetalingstid", "=PAYBACK(B6:E6)"],
    ];
    const hf = workbook({ Sheet1: sheet });

    it("efficiency = places × 0,6 mio. per step, net change 300 / −300 / −600 / −600", () => {
      expect(["B4", "C4", "D4", "E4"].map((a) => value(hf, a))).toEqual([...ISU01.efficiency]);
      expect(["B6", "C6", "D6", "E6"].map((a) => value(hf, a))).toEqual([...ISU01.net]);
    });

    it("pays back in year 2", () => {
      expect(value(hf, "B7")).toBe(2);
    });
  });

  describe("seed 001, Indsatsplan 2020 (mio. kr.)", () => {
    const rows = INITIATIVES.rows.map((r) => [r.id, ...r.amounts]);
    const sheet = [
      ["", ...INITIATIVES.years],
      ...rows,
      ["I alt", ...INITIATIVES.totals],
      ["Stemmer", "=SUMCHECK(B2:B9, B10, 1)", "=SUMCHECK(C2:C9, C10, 1)", "=SUMCHECK(D2:D9, D10, 1)", "=SUMCHECK(E2:E9, E10, 1)"],
      ["a) delposter", 4.4, 1.0, 4.5, "=SUMCHECK(B12:D12, B2)"],
      ["Forkert total", "=SUMCHECK(B2:B9, 35.3, 1)"],
    ];
    const hf = workbook({ Sheet1: sheet });

    it("totals 34,3 / 31,7 / 30,7 / 29,7 tie out", () => {
      expect(["B11", "C11", "D11", "E11"].map((a) => value(hf, a))).toEqual([true, true, true, true]);
    });

    it("a) 9,9 = 4,4 + 1,0 + 4,5 exactly", () => {
      expect(value(hf, "E12")).toBe(true);
    });

    it("a total that is 1 mio. off is found", () => {
      expect(value(hf, "B13")).toBe(false);
    });
  });

  describe("seed 004, Ballerup", () => {
    it("the day-treatment table ties out every year as displayed (30,3 against 30,4 in 2014)", () => {
      const sheet = [
        ...BALLERUP.districts.map((d) => [d.name, ...d.fte]),
        ["I alt", ...BALLERUP.totalFte],
        ["Stemmer", ...BALLERUP.years.map((_y, i) => {
          const col = columnName(1 + i);
          return `=SUMCHECK(${col}1:${col}6, ${col}7, 1)`;
        })],
      ];
      const hf = workbook({ Sheet1: sheet });
      expect(BALLERUP.years.map((_y, i) => value(hf, `${columnName(1 + i)}8`))).toEqual(BALLERUP.years.map(() => true));
    });

    it("the SkoleFleks pool, 25 × 200.000 kr., is funded 2,5 + 2,5 mio. by ALLOCATE, spilled", () => {
      const hf = workbook({ Sheet1: [[SKOLEFLEKS.pupils, SKOLEFLEKS.tariff, "=A1*B1"], [1, null, "=ALLOCATE(C1, A2:A3)"], [1]] });
      expect(value(hf, "C2")).toBe(2500000);
      expect(value(hf, "C3")).toBe(2500000);
    });
  });

  it("ALLOCATE's parts always sum to the total: 100 over three schools", () => {
    const hf = workbook({ Sheet1: [[1, "=ALLOCATE(100, A1:A3)"], [1], [1], [null, "=SUM(B1:B3)"]] });
    expect(["B1", "B2", "B3", "B4"].map((a) => value(hf, a))).toEqual([34, 33, 33, 100]);
  });

  it("PRICELEVEL reads the index table on another sheet, skipping its header", () => {
    const hf = workbook({
      Sheet1: [["=PRICELEVEL(1042, 2022, 2023, Indeks!A1:B4)", "=PRICELEVEL(1, 2019, 2023, Indeks!A1:B4)"]],
      Indeks: [["År", "Indeks"], [2021, 100], [2022, 104.2], [2023, 108.5]],
    });
    expect(value(hf, "A1")).toBe(1085);
    expect(shown(hf, "B1")).toEqual({ error: "#N/A", message: expect.stringContaining("no index for the year 2019") });
  });

  it("a range with text answers #VALUE! naming the cell", () => {
    const hf = workbook({ Sheet1: [[625, "1.080 kr.", 500, "=PAYBACK(A1:C1)"]] });
    expect(shown(hf, "D1")).toEqual({ error: "#VALUE!", message: expect.stringContaining("flows: the cell at row 1, column 2 holds the text") });
  });
});

describe("ROUND in the engine that stands in for Excel", () => {
  // Microsoft's ROUND help and ECMA-376: the number as its 15 significant digits show it, half away from zero.
  it.each([
    ["=ROUND(2.15,1)", 2.2],
    ["=ROUND(-1.475,2)", -1.48],
    ["=ROUND(1.005,2)", 1.01],
    ["=ROUND(21.5,-1)", 20],
    ["=ROUND(-50.55,-2)", -100],
    ["=ROUND(626.3,-3)", 1000],
    // Hedensted's model on a cost of 299.934,57: the school pays half an øre (282.464,785).
    ["=ROUND(SEGREGATION.PAYMENT(299934.57),2)", 282464.79],
    ["=ROUND(299934.57*0.5,2)", 149967.29],
  ])("%s is %p, as Excel shows it", (formula, expected) => {
    const hf = workbook({ Sheet1: [[formula]] });
    expect(value(hf, "A1")).toBe(expected);
    hf.destroy();
  });

  it("where HyperFormula's own ROUND (the binary double) would have answered a different øre", () => {
    let own: unknown[] = [];
    jest.isolateModules(() => {
      // A fresh copy of HyperFormula, without the add-in's registrations: its own ROUND.
      const fresh = require("hyperformula") as typeof import("hyperformula");
      const hf = fresh.HyperFormula.buildFromArray([["=ROUND(282464.785,2)", "=ROUND(299934.57*0.5,2)"]], { licenseKey: "gpl-v3" });
      own = hf.getSheetValues(0)[0];
      hf.destroy();
    });
    expect(own).toEqual([282464.78, 149967.29]);
    const hf = workbook({ Sheet1: [["=ROUND(282464.785,2)", "=ROUND(299934.57*0.5,2)"]] });
    expect(hf.getSheetValues(0)[0]).toEqual([282464.79, 149967.29]);
    hf.destroy();
  });
});
