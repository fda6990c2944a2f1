/**
 * The contract of the custom functions (issue #2): names, parameters in order, and answers to
 * DOMAIN.md's worked examples, as Excel would call them (positional arguments, null for omitted
 * optionals and blank cells, ranges as 2-D arrays, dates as serials). Run against the sources and
 * against the built dist/functions.js.
 */
import { TABEL_1 } from "../../tools/seeds";

export const CONTRACT: Readonly<Record<string, readonly string[]>> = {
  "SEGREGATION.PAYMENT": ["cost", "threshold", "cap", "schoolShare"],
  "SEGREGATION.CENTRAL": ["cost", "threshold", "cap", "schoolShare"],
  "SEGREGATION.LIABLE": ["start", "end", "schoolYear", "category", "arrival", "basis"],
  "SEGREGATION.TOTAL": ["costs", "liable", "threshold", "cap", "schoolShare"],
  "SEGREGATION.CALIBRATE": ["costs", "target", "liable", "solveFor", "threshold", "cap", "schoolShare"],
  PAYBACK: ["flows", "fractional", "extendLast"],
  "PAYBACK.DISCOUNTED": ["flows", "rate", "fractional", "extendLast"],
  PRESENTVALUE: ["flows", "rate", "rateAfter70"],
  PRICELEVEL: ["amount", "fromYear", "toYear", "indexTable"],
  FULLYEAR: ["start", "end", "year", "schoolYear"],
  ALLOCATE: ["total", "keys", "decimals"],
  SUMCHECK: ["items", "total", "decimals"],
};

/** Excel serial of a date. */
export const serial = (y: number, m: number, d: number): number => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;

const row = (values: readonly (number | null)[]): unknown[][] => [[...values]];
/** DOMAIN.md §7's list of four annual costs. */
const LIST = [[150000], [200000], [250000], [400000]];
const INDEX = [
  ["År", "Indeks"],
  [2022, 104.2],
  [2023, 108.5],
];

export interface Case {
  readonly what: string;
  readonly id: string;
  readonly args: readonly unknown[];
  readonly expected: unknown;
}

/** Answers. */
export const ANSWERS: readonly Case[] = [
  { what: "§2: cost 200.000 below the threshold", id: "SEGREGATION.PAYMENT", args: [200000], expected: 200000 },
  { what: "§2: cost 280.000 shared", id: "SEGREGATION.PAYMENT", args: [280000, null, null, null], expected: 272497.5 },
  { what: "§2: cost 280.000, administration", id: "SEGREGATION.CENTRAL", args: [280000], expected: 7502.5 },
  { what: "§2: cost 400.000 capped", id: "SEGREGATION.PAYMENT", args: [400000], expected: 287077 },
  { what: "§2: cost 400.000, administration", id: "SEGREGATION.CENTRAL", args: [400000], expected: 112923 },
  { what: "§2: the cap binds from 309.159", id: "SEGREGATION.PAYMENT", args: [309159], expected: 287077 },
  { what: "§2: proposal maks. 180.000", id: "SEGREGATION.PAYMENT", args: [250000, 180000, 180000], expected: 180000 },
  { what: "§2: proposal maks. 180.000, administration", id: "SEGREGATION.CENTRAL", args: [250000, 180000, 180000], expected: 70000 },
  { what: "§2: a whole school year", id: "SEGREGATION.LIABLE", args: [serial(2023, 8, 1), null, 2023], expected: 1 },
  { what: "§2: half a school year, by days", id: "SEGREGATION.LIABLE", args: [serial(2023, 8, 1), serial(2024, 1, 31), 2023], expected: 184 / 366 },
  { what: "§2: placed in care is exempt", id: "SEGREGATION.LIABLE", args: [serial(2023, 8, 1), null, 2023, " Anbragt "], expected: 0 },
  { what: "§2: 10th grade is exempt", id: "SEGREGATION.LIABLE", args: [serial(2023, 8, 1), null, 2023, "10th grade"], expected: 0 },
  { what: "§2: extensive needs are exempt", id: "SEGREGATION.LIABLE", args: [serial(2023, 8, 1), null, 2023, "vidtgående"], expected: 0 },
  { what: "§2: a mover-in pays nothing in the year of arrival", id: "SEGREGATION.LIABLE", args: [serial(2023, 10, 1), null, 2023, "tilflytter", serial(2023, 10, 1)], expected: 0 },
  { what: "§2: a mover-in pays from the next school year", id: "SEGREGATION.LIABLE", args: [serial(2023, 10, 1), null, 2024, "mover-in", null], expected: 1 },
  { what: "§7: the total of a list, 762.077", id: "SEGREGATION.TOTAL", args: [LIST, [[1], [1], [0.5], [1]]], expected: 762077 },
  { what: "§7: the total, every pupil liable", id: "SEGREGATION.TOTAL", args: [LIST, null, null, null, null], expected: 887077 },
  { what: "§7: the proposal's 180.000", id: "SEGREGATION.TOTAL", args: [LIST, null, 180000, 180000], expected: 690000 },
  { what: "§7: the cap for 700.000 is 183.333", id: "SEGREGATION.CALIBRATE", args: [LIST, 700000], expected: 183333 },
  { what: "§7: the cap, in Danish", id: "SEGREGATION.CALIBRATE", args: [LIST, 700000, null, " Loft "], expected: 183333 },
  { what: "§7: the threshold for 887.077 is 250.000", id: "SEGREGATION.CALIBRATE", args: [LIST, 887077, null, "threshold"], expected: 250000 },
  { what: "§7: the share for 862.077 with T = 200.000 is ½", id: "SEGREGATION.CALIBRATE", args: [LIST, 862077, null, "andel", 200000], expected: 0.5 },
  { what: "§3: seed 000 Tabel 1 pays back in year 6", id: "PAYBACK", args: [row(TABEL_1.total)], expected: 6 },
  { what: "§3: seed 000 Tabel 1, interpolated 5,205", id: "PAYBACK", args: [row(TABEL_1.total), true], expected: 5.205 },
  { what: "§3: the Service rows as a block", id: "PAYBACK", args: [[[...TABEL_1.fewerPupils], [...TABEL_1.coordinator]]], expected: 6 },
  { what: "§3: a column of years", id: "PAYBACK", args: [TABEL_1.total.map((v) => [v])], expected: 6 },
  { what: "§3: leading blank years", id: "PAYBACK", args: [row([null, 0, ...TABEL_1.total]), true, false], expected: 5.205 },
  { what: "§3: cut after 2026, the last year extended", id: "PAYBACK", args: [row(TABEL_1.total.slice(0, 5)), true, true], expected: 5.205 },
  { what: "§3: discounted at 0 %", id: "PAYBACK.DISCOUNTED", args: [row(TABEL_1.total), 0, true], expected: 5.205 },
  { what: "§3: discounted at 3,5 %", id: "PAYBACK.DISCOUNTED", args: [row(TABEL_1.total), 0.035], expected: 6 },
  { what: "§8: seed 000's present value at 3,5 %", id: "PRESENTVALUE", args: [row(TABEL_1.total), 0.035, null], expected: Number("-480.124489172351445162647689964238726786") },
  { what: "§8: the same at the ministry's rates (35 years or fewer: 3,5 %)", id: "PRESENTVALUE", args: [row(TABEL_1.total), null, null], expected: Number("-480.124489172351445162647689964238726786") },
  { what: "§8: 2.000 then −100 a year for 40 years at the ministry's rates", id: "PRESENTVALUE", args: [row([2000, ...Array<number>(40).fill(-100)]), null, null], expected: Number("-139.430214739952587346407079445219200325") },
  { what: "§1: price level 2022 → 2023", id: "PRICELEVEL", args: [1042, 2022, 2023, INDEX], expected: 1085 },
  { what: "§1: price level, same year", id: "PRICELEVEL", args: [-420, 2023, 2023, INDEX], expected: -420 },
  { what: "full-year persons, half of 2020", id: "FULLYEAR", args: [serial(2020, 1, 1), serial(2020, 6, 30), 2020], expected: 182 / 366 },
  { what: "full-year persons, a school year", id: "FULLYEAR", args: [serial(2023, 8, 1), serial(2024, 1, 31), 2023, true], expected: 184 / 366 },
  { what: "§6: SkoleFleks 5 mio. = 2,5 + 2,5", id: "ALLOCATE", args: [5000000, [[1], [1]]], expected: [[2500000], [2500000]] },
  { what: "§1: 100 over three, the tie to the earliest", id: "ALLOCATE", args: [100, [[1, 1, 1]], null], expected: [[34, 33, 33]] },
  { what: "§6: Ballerup 2014, 30,3 shown against 30,4", id: "SUMCHECK", args: [[[3.0], [8.7], [5.8], [7.1], [2.6], [3.1]], 30.4, 1], expected: true },
  { what: "§6: Ballerup 2014, exactly", id: "SUMCHECK", args: [[[3.0], [8.7], [5.8], [7.1], [2.6], [3.1]], 30.4], expected: false },
  { what: "§4: a) 9,9 = 4,4 + 1,0 + 4,5", id: "SUMCHECK", args: [[[4.4, 1.0, 4.5]], 9.9, null], expected: true },
];

/** No answer (#N/A) and bad input (#VALUE!), one or more per function. */
export const FAILURES: readonly (Case & { readonly expected: { code: string; message: RegExp } })[] = [
  { what: "text cost", id: "SEGREGATION.PAYMENT", args: ["mange"], expected: { code: "#VALUE!", message: /cost: expected a number/ } },
  { what: "cap below threshold", id: "SEGREGATION.CENTRAL", args: [1, 300000, 200000], expected: { code: "#VALUE!", message: /cap:/ } },
  { what: "start after end", id: "SEGREGATION.LIABLE", args: [serial(2024, 1, 2), serial(2024, 1, 1), 2023], expected: { code: "#VALUE!", message: /start:/ } },
  { what: "unknown category", id: "SEGREGATION.LIABLE", args: [1, null, 2023, "x"], expected: { code: "#VALUE!", message: /category: unknown category "x"/ } },
  { what: "a negative cost", id: "SEGREGATION.TOTAL", args: [[[150000], [-1]]], expected: { code: "#VALUE!", message: /costs: the cell at row 2, column 1 holds -1/ } },
  { what: "the target below the least total", id: "SEGREGATION.CALIBRATE", args: [LIST, 499999, null, "tærskel"], expected: { code: "#N/A", message: /from 500,000.00 to 887,077.00 kr/ } },
  { what: "the target above the greatest total", id: "SEGREGATION.CALIBRATE", args: [LIST, 1000001], expected: { code: "#N/A", message: /from 0.00 to 1,000,000.00 kr/ } },
  { what: "never paid back", id: "PAYBACK", args: [row([625, 1500, 1500])], expected: { code: "#N/A", message: /not paid back/ } },
  { what: "all zero", id: "PAYBACK", args: [row([0, 0])], expected: { code: "#N/A", message: /flows:/ } },
  { what: "rate −1", id: "PAYBACK.DISCOUNTED", args: [row([1, -1]), -1], expected: { code: "#VALUE!", message: /rate:/ } },
  { what: "year 71 without a rate after 70", id: "PRESENTVALUE", args: [row(Array<number>(72).fill(1))], expected: { code: "#VALUE!", message: /rateAfter70: the flows run to year 71/ } },
  { what: "missing index year", id: "PRICELEVEL", args: [1, 2019, 2023, INDEX], expected: { code: "#N/A", message: /2019/ } },
  { what: "start after end", id: "FULLYEAR", args: [10, 9, 2020], expected: { code: "#VALUE!", message: /start:/ } },
  { what: "negative key", id: "ALLOCATE", args: [100, [[1, -1]]], expected: { code: "#VALUE!", message: /keys:/ } },
  { what: "text item", id: "SUMCHECK", args: [[["x"]], 1], expected: { code: "#VALUE!", message: /items:/ } },
];
