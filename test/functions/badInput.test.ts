/**
 * The bad-input catalogue (issue #6): every parameter of every function, given each kind of value it
 * must refuse (text, booleans, error values, blanks where required, negatives, NaN and ±Infinity,
 * 1e308, empty and mis-shaped ranges, dates before 1900 and after 9999, model parameters out of
 * range), answers #VALUE! with a message in both languages that names that parameter. Never a number,
 * never another exception. The other arguments of each call are a valid seed example.
 */
import type { Registry } from "../../tools/engine";
import { call } from "../support/call";
import { CONTRACT, serial } from "../support/contract";
import { functionDef } from "../../src/functions/defs";
import { sourceFunctions } from "../../tools/sourceFunctions";

const { registry }: { registry: Registry } = sourceFunctions();

const TABEL_1 = [[625, 1080, 500, -1000, -1000, -1000]];
/** DOMAIN.md §7's list of four annual costs. */
const LIST = [[150000], [200000], [250000], [400000]];
const INDEX = [
  ["År", "Indeks"],
  [2022, 104.2],
  [2023, 108.5],
];

/** A valid call of each function: DOMAIN.md's examples. */
const VALID: Record<string, unknown[]> = {
  "SEGREGATION.PAYMENT": [280000, 264995, 287077, 0.5],
  "SEGREGATION.CENTRAL": [400000, 264995, 287077, 0.5],
  "SEGREGATION.LIABLE": [serial(2023, 8, 1), serial(2024, 1, 31), 2023, "tilflytter", serial(2022, 10, 1), "dage"],
  "SEGREGATION.TOTAL": [LIST, [[1], [1], [0.5], [1]], 264995, 287077, 0.5],
  // Solving for the share: the threshold and cap are the model's and checked; the school share is the one solved for.
  "SEGREGATION.CALIBRATE": [LIST, 862077, [[1], [1], [1], [1]], "andel", 200000, 287077, 0.5],
  PAYBACK: [TABEL_1, true, false],
  "PAYBACK.DISCOUNTED": [TABEL_1, 0.035, true, false],
  PRESENTVALUE: [TABEL_1, null, 0.015],
  PRICELEVEL: [1042, 2022, 2023, INDEX],
  FULLYEAR: [serial(2020, 1, 1), serial(2020, 6, 30), 2020, false],
  ALLOCATE: [5000000, [[1], [1]], 0],
  SUMCHECK: [[[3.0], [8.7], [5.8], [7.1], [2.6], [3.1]], 30.4, 1],
};

/** A value to refuse; `names` is the parameter the message names when a rule ties two together. */
type Bad = readonly [label: string, value: unknown, names?: string];
const ERROR_VALUE: Bad = ["an error value", { code: "#DIV/0!", message: "" }];
const NOT_NUMBERS: Bad[] = [
  ["text", "1.000 kr."],
  ["TRUE", true],
  ERROR_VALUE,
  ["NaN", Number.NaN],
  ["Infinity", Number.POSITIVE_INFINITY],
  ["-Infinity", Number.NEGATIVE_INFINITY],
  ["a range", [[1, 2]]],
];
const BLANK: Bad = ["blank", null];
const DATES: Bad[] = [
  ["text", "2023-08-01"],
  ["TRUE", true],
  ERROR_VALUE,
  ["NaN", Number.NaN],
  ["a date before 1900", -1],
  ["a date after 9999", 2958466],
  ["1e308", 1e308],
];
const YEARS: Bad[] = [...NOT_NUMBERS, ["1899", 1899], ["10000", 10000], ["a fraction", 2023.5], ["1e308", 1e308], ["negative", -2023]];
const LOGICALS: Bad[] = [["text", "ja"], ERROR_VALUE, ["NaN", Number.NaN], ["a range", [[true, false]]]];
const TEXTS: Bad[] = [["a number", 10], ["TRUE", true], ERROR_VALUE, ["unknown text", "efterskole"]];
const RANGES: Bad[] = [
  BLANK,
  ["an empty range", []],
  ["a ragged range", [[1, 2], [3]]],
  ["text in a cell", [[1, "x"]]],
  ["TRUE in a cell", [[1, true]]],
  ["an error in a cell", [[1, { code: "#REF!" }]]],
  ["NaN in a cell", [[1, Number.NaN]]],
  ["Infinity in a cell", [[1, Number.POSITIVE_INFINITY]]],
];
// Not here: a single number where a range goes is a 1×1 range (Excel passes a one-cell reference so),
// and an index of 0 in indexTable is a blank index (Excel desktop passes blank cells as 0).
const DECIMALS: Bad[] = [...NOT_NUMBERS, ["a fraction", 1.5], ["16", 16], ["-10", -10], ["1e308", 1e308]];

/** What each parameter must refuse, by function and parameter. */
const REFUSES: Record<string, Record<string, Bad[]>> = {
  "SEGREGATION.PAYMENT": {
    cost: [BLANK, ...NOT_NUMBERS, ["negative", -1]],
    threshold: [...NOT_NUMBERS, ["negative", -1], ["above the cap", 300000, "cap"]],
    cap: [...NOT_NUMBERS, ["negative", -1], ["below the threshold", 200000]],
    schoolShare: [...NOT_NUMBERS, ["negative", -0.1], ["above 1", 1.5]],
  },
  "SEGREGATION.LIABLE": {
    start: [BLANK, ...DATES, ["after end", serial(2024, 2, 1)]],
    end: [...DATES, ["before start", serial(2023, 7, 1), "start"]],
    schoolYear: [BLANK, ...YEARS, ["9999 (its school year ends in 10000)", 9999]],
    category: TEXTS,
    arrival: DATES,
    basis: [["a number", 10], ["TRUE", true], ERROR_VALUE, ["unknown text", "uger"]],
  },
  "SEGREGATION.TOTAL": {
    costs: [...RANGES, ["a negative cost", [[150000], [-1]]]],
    liable: [...RANGES.filter(([label]) => label !== "blank"), ["a fraction above 1", [[1], [1], [1.5], [1]]], ["a negative fraction", [[1], [-0.5], [1], [1]]], ["another shape", [[1, 1]]]],
    threshold: [...NOT_NUMBERS, ["negative", -1], ["above the cap", 300000, "cap"]],
    cap: [...NOT_NUMBERS, ["negative", -1], ["below the threshold", 200000]],
    schoolShare: [...NOT_NUMBERS, ["negative", -0.1], ["above 1", 1.5]],
  },
  "SEGREGATION.CALIBRATE": {
    costs: [...RANGES, ["a negative cost", [[150000], [-1]]]],
    target: [BLANK, ...NOT_NUMBERS],
    liable: [...RANGES.filter(([label]) => label !== "blank"), ["a fraction above 1", [[1], [1], [1.5], [1]]], ["another shape", [[1, 1]]]],
    solveFor: [["a number", 10], ["TRUE", true], ERROR_VALUE, ["unknown text", "bund"]],
    threshold: [...NOT_NUMBERS, ["negative", -1], ["above the cap", 300000, "cap"]],
    cap: [...NOT_NUMBERS, ["negative", -1], ["below the threshold", 100000]],
    schoolShare: NOT_NUMBERS,
  },
  PAYBACK: { flows: RANGES, fractional: LOGICALS, extendLast: LOGICALS },
  "PAYBACK.DISCOUNTED": {
    flows: RANGES,
    rate: [BLANK, ...NOT_NUMBERS, ["-1", -1], ["below -1", -2]],
    fractional: LOGICALS,
    extendLast: LOGICALS,
  },
  PRESENTVALUE: {
    flows: RANGES,
    // With the ministry's rates (VALID leaves the rate blank), a rate as well is refused: rateAfter70 is named.
    rate: [...NOT_NUMBERS, ["-1", -1], ["a rate beside the rate after year 70", 0.035, "rateAfter70"]],
    rateAfter70: [...NOT_NUMBERS, ["-1", -1], ["below -1", -2]],
  },
  PRICELEVEL: {
    amount: [BLANK, ...NOT_NUMBERS],
    fromYear: [BLANK, ...YEARS],
    toYear: [BLANK, ...YEARS],
    indexTable: [...RANGES, ["three columns", [[2022, 104.2, 1], [2023, 108.5, 1]]], ["a negative index", [[2022, -1], [2023, 108.5]]]],
  },
  FULLYEAR: {
    start: [BLANK, ...DATES, ["after end", serial(2020, 7, 1)]],
    end: DATES,
    year: [BLANK, ...YEARS],
    schoolYear: LOGICALS,
  },
  ALLOCATE: {
    total: [BLANK, ...NOT_NUMBERS, ["more decimals than asked", 100.5]],
    keys: [...RANGES, ["a negative key", [[1], [-1]]], ["all zero", [[0], [0]]]],
    decimals: DECIMALS,
  },
  SUMCHECK: {
    items: [...RANGES.filter(([label]) => label !== "an empty range")],
    total: [BLANK, ...NOT_NUMBERS],
    decimals: DECIMALS,
  },
};
REFUSES["SEGREGATION.CENTRAL"] = REFUSES["SEGREGATION.PAYMENT"];

const CASES = Object.entries(REFUSES).flatMap(([id, parameters]) =>
  Object.entries(parameters).flatMap(([parameter, bads]) => bads.map(([label, value, names]) => [`${id}: ${parameter} = ${label}`, id, parameter, value, names ?? parameter] as const)),
);

describe("the bad-input catalogue", () => {
  it("has at least 40 cases, covering every parameter of every function", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    for (const [id, parameters] of Object.entries(CONTRACT)) expect({ id, covered: Object.keys(REFUSES[id]) }).toEqual({ id, covered: [...parameters] });
  });

  it("every valid call it starts from gives a number or a logical", () => {
    for (const [id, args] of Object.entries(VALID)) {
      const outcome = call(registry.get(id) as never, ...args);
      expect({ id, ok: "value" in outcome }).toEqual({ id, ok: true });
    }
  });

  /** The Danish names of English parameter names (a `names` alternation such as "cap|threshold"). */
  const danish = (id: string, names: string) =>
    names.replace(/[A-Za-z][A-Za-z0-9]*/g, (name) => functionDef(id)!.parameters.find((p) => p.name === name)?.da.name ?? name);

  it.each(CASES)("%s → #VALUE! naming the parameter, in Danish in the Danish text", (_name, id, parameter, value, names) => {
    const args = [...VALID[id]];
    args[CONTRACT[id].indexOf(parameter)] = value;
    const outcome = call(registry.get(id) as never, ...args);
    expect(outcome).toEqual({ code: "#VALUE!", message: expect.stringMatching(new RegExp(`^(${danish(id, names)}): .+ \\| (${names}): .+`)) });
  });
});
