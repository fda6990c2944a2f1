import {
  allocateTotal,
  fullYear,
  paybackDiscounted,
  paybackPeriod,
  presentValue,
  priceLevel,
  segregationCalibrate,
  segregationCentral,
  segregationLiable,
  segregationPayment,
  segregationTotal,
  sumCheckTotal,
} from "../../src/functions/defs";
import { call } from "../support/call";
import { TABEL_1 } from "../../tools/seeds";

/** Excel serial of a date. */
const date = (y: number, m: number, d: number): number => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
const row = (values: readonly (number | null)[]): unknown[][] => [values.map((v) => v)];
const INDEX = [
  ["År", "Indeks"],
  [2022, 104.2],
  [2023, 108.5],
];

describe("the custom functions as Excel calls them", () => {
  describe("answers", () => {
    it.each([
      ["SEGREGATION.PAYMENT(280000)", () => segregationPayment(280000), 272497.5],
      ["SEGREGATION.PAYMENT(280000, null, null, null): omitted optionals", () => segregationPayment(280000, null, null, null), 272497.5],
      ["SEGREGATION.PAYMENT(250000, 180000, 180000)", () => segregationPayment(250000, 180000, 180000), 180000],
      ["SEGREGATION.CENTRAL(400000)", () => segregationCentral(400000), 112923],
      ["SEGREGATION.LIABLE(1 Aug 2023, blank, 2023)", () => segregationLiable(date(2023, 8, 1), null, 2023), 1],
      ["SEGREGATION.LIABLE(…, \"\" end)", () => segregationLiable(date(2023, 8, 1), "", 2023, ""), 1],
      ["SEGREGATION.LIABLE(…, \"Anbragt\")", () => segregationLiable(date(2023, 8, 1), null, 2023, "Anbragt"), 0],
      ["SEGREGATION.LIABLE with blank cells as Excel desktop passes them (0)", () => segregationLiable(date(2023, 8, 1), 0, 2023, 0, 0), 1],
      ["SEGREGATION.LIABLE, a mover-in with a blank arrival (0): start counts", () => segregationLiable(date(2023, 10, 1), 0, 2024, "tilflytter", 0), 1],
      ["FULLYEAR with a blank end as Excel desktop passes it (0)", () => fullYear(date(2019, 1, 1), 0, 2020), 1],
      ["SEGREGATION.LIABLE with a time of day", () => segregationLiable(date(2023, 8, 1) + 0.75, date(2024, 1, 31) + 0.1, 2023), 184 / 366],
      ["PAYBACK(seed 000 Tabel 1)", () => paybackPeriod(row(TABEL_1.total)), 6],
      ["PAYBACK(seed 000 Tabel 1, TRUE)", () => paybackPeriod(row(TABEL_1.total), true), 5.205],
      ["PAYBACK(…, 1): a number for TRUE", () => paybackPeriod(row(TABEL_1.total), 1), 5.205],
      ["PAYBACK(Service rows block)", () => paybackPeriod([[...TABEL_1.fewerPupils], [...TABEL_1.coordinator]]), 6],
      ["PAYBACK.DISCOUNTED(…, 0)", () => paybackDiscounted(row(TABEL_1.total), 0), 6],
      ["PRICELEVEL(625, 2022, 2023, table)", () => priceLevel(1042, 2022, 2023, INDEX), 1085],
      ["FULLYEAR(1 Jan 2020, 30 Jun 2020, 2020)", () => fullYear(date(2020, 1, 1), date(2020, 6, 30), 2020), 182 / 366],
      ["FULLYEAR(…, TRUE): school year", () => fullYear(date(2023, 8, 1), null, 2023, true), 1],
      ["SUMCHECK(Ballerup 2014 FTE, 30.4, 1)", () => sumCheckTotal([[3.0], [8.7], [5.8], [7.1], [2.6], [3.1]], 30.4, 1), true],
      ["SUMCHECK(0.1, 0.2; 0.3)", () => sumCheckTotal([[0.1, 0.2]], 0.3), true],
    ])("%s", (_formula, run, expected) => {
      expect(run()).toBe(expected);
    });

    it("ALLOCATE spills in the shape of the keys", () => {
      expect(allocateTotal(100, [[1, 1, 1]])).toEqual([[34, 33, 33]]);
      expect(allocateTotal(5000000, [[1], [1]])).toEqual([[2500000], [2500000]]);
      expect(allocateTotal(1, [[1], [null], [2]], 2)).toEqual([[0.33], [0], [0.67]]);
    });

    it("never answers -0", () => {
      expect(Object.is(segregationCentral(-0), 0)).toBe(true);
      expect(Object.is(priceLevel(-0, 2022, 2023, INDEX), 0)).toBe(true);
    });
  });

  describe("bad input answers #VALUE! naming the argument, no answer #N/A", () => {
    const VALUE = "#VALUE!";
    const NA = "#N/A";
    it.each([
      // SEGREGATION.PAYMENT / CENTRAL
      ["PAYMENT: text cost", () => call(segregationPayment, "280000 kr."), VALUE, /^udgift: forventede et tal.*\| cost: expected a number, got the text "280000 kr\."$/],
      ["PAYMENT: blank cost", () => call(segregationPayment, null), VALUE, /cost: a value is required/],
      ["PAYMENT: boolean cost", () => call(segregationPayment, true), VALUE, /cost: expected a number, got TRUE/],
      ["PAYMENT: negative cost", () => call(segregationPayment, -1), VALUE, /cost: expected a number ≥ 0, got -1/],
      ["PAYMENT: NaN cost", () => call(segregationPayment, Number.NaN), VALUE, /cost: expected a finite number, got NaN/],
      ["PAYMENT: Infinity cost", () => call(segregationPayment, Number.POSITIVE_INFINITY), VALUE, /cost: expected a finite number/],
      ["PAYMENT: an error value as cost", () => call(segregationPayment, { code: "#DIV/0!" }), VALUE, /cost: expected a number, got the error #DIV\/0!/],
      ["PAYMENT: cap below threshold", () => call(segregationPayment, 1, 300000, 200000), VALUE, /cap: the cap \(200000\) is below the threshold \(300000\)/],
      ["PAYMENT: share above 1", () => call(segregationPayment, 1, null, null, 1.5), VALUE, /schoolShare: expected a number from 0 to 1, got 1.5/],
      ["PAYMENT: text share", () => call(segregationPayment, 1, null, null, "50%"), VALUE, /schoolShare: expected a number/],
      ["CENTRAL: negative threshold", () => call(segregationCentral, 1, -5), VALUE, /threshold: expected a number ≥ 0/],
      ["CENTRAL: text cost", () => call(segregationCentral, "x"), VALUE, /^udgift: .* \| cost:/],
      // SEGREGATION.LIABLE
      ["LIABLE: blank start", () => call(segregationLiable, null, null, 2023), VALUE, /start: a value is required/],
      ["LIABLE: text start", () => call(segregationLiable, "2023-08-01", null, 2023), VALUE, /start: expected a date/],
      ["LIABLE: start before 1900", () => call(segregationLiable, -1, null, 2023), VALUE, /start: expected a date from 1900-01-01/],
      ["LIABLE: start 0, a blank cell in Excel desktop", () => call(segregationLiable, 0, null, 2023), VALUE, /start: a value is required/],
      ["LIABLE: end after 9999", () => call(segregationLiable, 1, 2958466, 2023), VALUE, /end: expected a date/],
      ["LIABLE: start after end", () => call(segregationLiable, date(2024, 1, 2), date(2024, 1, 1), 2023), VALUE, /start: the placement starts \(2024-01-02\) after it ends \(2024-01-01\)/],
      ["LIABLE: fractional school year", () => call(segregationLiable, 1, null, 2023.5), VALUE, /schoolYear: expected a whole number/],
      ["LIABLE: school year 10000", () => call(segregationLiable, 1, null, 10000), VALUE, /schoolYear: expected a number from 1900 to 9998/],
      ["LIABLE: blank school year", () => call(segregationLiable, 1, null, null), VALUE, /schoolYear: a value is required/],
      ["LIABLE: unknown category", () => call(segregationLiable, 1, null, 2023, "efterskole"), VALUE, /category: unknown category "efterskole"; expected blank or one of "placed", "10th grade", "extensive", "mover-in"/],
      ["LIABLE: number as category", () => call(segregationLiable, 1, null, 2023, 10), VALUE, /category: expected a text/],
      ["LIABLE: text arrival", () => call(segregationLiable, 1, null, 2023, "tilflytter", "august"), VALUE, /arrival: expected a date/],
      ["LIABLE: unknown basis", () => call(segregationLiable, 1, null, 2023, "", null, "uger"), VALUE, /basis: unknown basis "uger"/],
      // PAYBACK
      ["PAYBACK: text in a cell", () => call(paybackPeriod, [[625, "1.080", 500]]), VALUE, /flows: the cell at row 1, column 2 holds the text "1.080"; expected a number or a blank cell/],
      ["PAYBACK: boolean in a cell", () => call(paybackPeriod, [[625], [true]]), VALUE, /flows: the cell at row 2, column 1 holds TRUE/],
      ["PAYBACK: error in a cell", () => call(paybackPeriod, [[625, { code: "#REF!" }]]), VALUE, /flows: .*the error #REF!/],
      ["PAYBACK: ragged range", () => call(paybackPeriod, [[1, 2], [3]]), VALUE, /flows: the range must be rectangular/],
      ["PAYBACK: empty range", () => call(paybackPeriod, []), VALUE, /flows: the range is empty/],
      ["PAYBACK: blank flows", () => call(paybackPeriod, null), VALUE, /flows: a value is required/],
      ["PAYBACK: text fractional", () => call(paybackPeriod, [[1, -1]], "ja"), VALUE, /fractional: expected TRUE or FALSE, got the text "ja"/],
      ["PAYBACK: text extendLast", () => call(paybackPeriod, [[1, -1]], false, "nej"), VALUE, /extendLast: expected TRUE or FALSE/],
      ["PAYBACK: never paid back", () => call(paybackPeriod, [[625, 1500, 1500]]), NA, /not paid back within the period/],
      ["PAYBACK: all zero", () => call(paybackPeriod, [[0, null, ""]]), NA, /flows: every year is zero or blank/],
      // PAYBACK.DISCOUNTED
      ["DISCOUNTED: rate −1", () => call(paybackDiscounted, [[1, -2]], -1), VALUE, /rate: expected a rate > -1/],
      ["DISCOUNTED: blank rate", () => call(paybackDiscounted, [[1, -2]], null), VALUE, /rate: a value is required/],
      ["DISCOUNTED: text rate", () => call(paybackDiscounted, [[1, -2]], "3,5 %"), VALUE, /rate: expected a number/],
      ["DISCOUNTED: never", () => call(paybackDiscounted, [[1100, -100]], 0.1, false, true), NA, /not paid back/],
      // PRICELEVEL
      ["PRICELEVEL: missing year", () => call(priceLevel, 1, 2019, 2023, INDEX), NA, /fromYear: indexTable has no index for the year 2019/],
      ["PRICELEVEL: text amount", () => call(priceLevel, "1.000", 2022, 2023, INDEX), VALUE, /amount: expected a number/],
      ["PRICELEVEL: fractional year", () => call(priceLevel, 1, 2022.5, 2023, INDEX), VALUE, /fromYear: expected a whole number/],
      ["PRICELEVEL: three columns", () => call(priceLevel, 1, 2022, 2023, [[2022, 1, 2]]), VALUE, /indexTable: expected a two-column range/],
      ["PRICELEVEL: overflow", () => call(priceLevel, 1e308, 2022, 2023, [[2022, 1], [2023, 10]]), VALUE, /amount: the result is larger than Excel can hold/],
      // FULLYEAR
      ["FULLYEAR: start after end", () => call(fullYear, 10, 9, 2020), VALUE, /^start:/],
      ["FULLYEAR: school year 9999", () => call(fullYear, 1, null, 9999, true), VALUE, /year: expected a number from 1900 to 9998/],
      ["FULLYEAR: text year", () => call(fullYear, 1, null, "2020"), VALUE, /year: expected a number/],
      ["FULLYEAR: text schoolYear", () => call(fullYear, 1, null, 2020, "skoleår"), VALUE, /schoolYear: expected TRUE or FALSE/],
      // ALLOCATE
      ["ALLOCATE: negative key", () => call(allocateTotal, 100, [[1], [-1]]), VALUE, /keys: the key at row 2, column 1 is negative/],
      ["ALLOCATE: keys sum to 0", () => call(allocateTotal, 100, [[0, null]]), VALUE, /keys: the keys sum to 0/],
      ["ALLOCATE: text key", () => call(allocateTotal, 100, [["elever"], [1]]), VALUE, /keys: the cell at row 1, column 1 holds the text "elever"/],
      ["ALLOCATE: total too precise", () => call(allocateTotal, 100.5, [[1], [1]]), VALUE, /total: 100.5 has more decimals than decimals \(0\) allows/],
      ["ALLOCATE: fractional decimals", () => call(allocateTotal, 100, [[1]], 1.5), VALUE, /decimals: expected a whole number/],
      ["ALLOCATE: decimals 16", () => call(allocateTotal, 100, [[1]], 16), VALUE, /decimals: expected a number from -9 to 15/],
      // SUMCHECK
      ["SUMCHECK: text item", () => call(sumCheckTotal, [[1], ["i alt"]], 1), VALUE, /items: the cell at row 2, column 1 holds the text "i alt"/],
      ["SUMCHECK: blank total", () => call(sumCheckTotal, [[1]], null), VALUE, /total: a value is required/],
      ["SUMCHECK: NaN total", () => call(sumCheckTotal, [[1]], Number.NaN), VALUE, /total: expected a finite number/],
      ["SUMCHECK: fractional decimals", () => call(sumCheckTotal, [[1]], 1, 0.5), VALUE, /decimals: expected a whole number/],
    ])("%s", (_what, run, code, message) => {
      const outcome = run();
      expect(outcome).toEqual({ code, message: expect.stringMatching(message) });
    });

    it("an unexpected exception inside a function still reaches Excel as #VALUE! with a message", () => {
      const hostile = {
        get code(): string {
          throw new Error("boom");
        },
      };
      const outcome = call(paybackPeriod, [[hostile]]);
      expect(outcome).toEqual({ code: "#VALUE!", message: expect.stringMatching(/unexpected error in the add-in/) });
    });
  });
});

describe("SEGREGATION.CALIBRATE's words for what it solves (issue #30: mutation testing)", () => {
  // What users type in a cell: the Danish word in Danish Excel, the English one in English Excel, either case.
  const LIST = [[150000], [200000], [250000], [400000]];
  it.each([
    ["loft", "cap", 700000, [], 183333],
    ["tærskel", "threshold", 887077, [null, 287077, 0.5], 250000],
    ["andel", "share", 862077, [200000, 287077], 0.5],
  ] as const)("%s and %s: the same answer", (da, en, target, rest, expected) => {
    expect(call(segregationCalibrate, LIST, target, null, da, ...rest)).toEqual({ value: expected });
    expect(call(segregationCalibrate, LIST, target, null, en, ...rest)).toEqual({ value: expected });
    expect(call(segregationCalibrate, LIST, target, null, da.toUpperCase(), ...rest)).toEqual({ value: expected });
  });
});

describe("half an øre (issue #30)", () => {
  it("SEGREGATION.TOTAL of one pupil at 0,125 kr., liable 1, is 0,13: half an øre rounds away from zero", () => {
    expect(call(segregationTotal, [[0.125]], [[1]])).toEqual({ value: 0.13 });
    expect(call(segregationTotal, [[0.125], [0.375]], [[1], [1]])).toEqual({ value: 0.51 });
  });
});

describe("the functions' edges, one by one", () => {
  const LIST4 = [[150000], [200000], [250000], [400000]];
  const code = (outcome: ReturnType<typeof call>) => ("code" in outcome ? `${outcome.code} ${outcome.message.split(":")[0]}` : outcome.value);

  it("a total beyond Excel's largest number is refused naming the costs; a present value likewise naming the flows", () => {
    expect(code(call(segregationTotal, [[1e308], [1e308]], null, 0, 1e308, 1))).toBe("#VALUE! udgifter");
    expect(code(call(presentValue, [[1e308, 1e308]], 0))).toBe("#VALUE! beløb");
  });

  it("PRESENTVALUE at a constant rate alone; a rate after year 70 only without it", () => {
    expect(call(presentValue, [[100, 103.5]], 0.035)).toEqual({ value: 200 });
    expect(code(call(presentValue, [[100, 103.5]], 0.035, 0.025))).toBe("#VALUE! rente_efter_70");
  });

  it("CALIBRATE: what to solve for with spaces around it; solving for the cap leaves the cap argument unchecked", () => {
    const share = call(segregationCalibrate, LIST4, 800000, null, "andel", 200000, 287077);
    expect(call(segregationCalibrate, LIST4, 800000, null, "  Andel ", 200000, 287077)).toEqual(share);
    expect("value" in share).toBe(true);
    const cap = call(segregationCalibrate, LIST4, 400000, null, "loft", null, null, 0.5);
    expect("value" in cap).toBe(true);
    expect(call(segregationCalibrate, LIST4, 400000, null, "loft", null, -5, 0.5)).toEqual(cap);
  });

  it("FULLYEAR in school years: the school year 9998/99 is the last, 9999 refused", () => {
    expect(call(fullYear, date(9998, 8, 1), null, 9998, true)).toEqual({ value: 1 });
    expect(code(call(fullYear, date(9998, 8, 1), null, 9999, true))).toBe("#VALUE! år");
  });

  it("SEGREGATION.TOTAL: a liable argument of one blank cell is left out; a longer one starting blank is read", () => {
    const all = call(segregationTotal, [[300000], [300000]], null, 264995, 287077, 0.5);
    expect(call(segregationTotal, [[300000], [300000]], [[null]], 264995, 287077, 0.5)).toEqual(all);
    expect(call(segregationTotal, [[300000], [300000]], [[""]], 264995, 287077, 0.5)).toEqual(all);
    // One liable cell for two pupils, or two rows of which the first is blank: read, and refused or weighed.
    expect(call(segregationTotal, [[300000], [300000]], [[null], [0.5]], 264995, 287077, 0.5)).not.toEqual(all);
    expect(call(segregationTotal, [[300000], [300000]], [[null, 0.5]], 264995, 287077, 0.5)).not.toEqual(all);
  });
});
