/* eslint-disable @typescript-eslint/no-explicit-any --
 * Excel custom function parameters are typed `any` on purpose: Excel then hands the cell's value
 * over unconverted, and src/functions/args.ts answers bad input with a message naming the argument.
 */
import { allocate } from "../core/allocate";
import { Dec } from "../core/decimal";
import { numberGrid } from "../core/grid";
import { messages } from "../core/messages";
import { discountedPayback, flowsByYear, payback } from "../core/payback";
import { fastPayback } from "../core/paybackFast";
import { fullYearFraction, liableFraction, parseBasis, parseCategory } from "../core/placement";
import { convertPriceLevel, priceIndex } from "../core/pricelevel";
import { invalid, noAnswer, ok } from "../core/result";
import { centralPayment, HEDENSTED_2022_23, incentiveModel, schoolPayment } from "../core/segregation";
import { sumCheck } from "../core/sumcheck";
import { parseArgs } from "./args";
import { answer, then, toExcelNumber } from "./excel";

/*
 * Each custom function is a thin adapter: read the arguments against a spec, call src/core, answer
 * Excel. The JSDoc is what users read in Excel's autocomplete (custom-functions-metadata-plugin turns
 * it into functions.json and adds the CustomFunctions.associate calls at build time).
 */

const MODEL_ARGS = [
  { kind: "number", name: "threshold", default: HEDENSTED_2022_23.threshold },
  { kind: "number", name: "cap", default: HEDENSTED_2022_23.cap },
  { kind: "number", name: "schoolShare", default: HEDENSTED_2022_23.schoolShare },
] as const;

const PAYMENT_ARGS = [{ kind: "number", name: "cost" }, ...MODEL_ARGS] as const;

/**
 * The school's part of a special offer's annual cost under the incentive model, in kr.
 * @customfunction SEGREGATION.PAYMENT SEGREGATION.PAYMENT
 * @helpurl https://localhost:3000/help/en/segregation-payment.html
 * @param cost Annual cost of the special offer, kr. (0 or more).
 * @param [threshold] kr.; the school pays the whole cost up to this. Default 264995 (Hedensted 2022/23).
 * @param [cap] kr.; the most a school pays for one pupil. Default 287077. Must be at least threshold.
 * @param [schoolShare] Fraction 0-1 of the cost above threshold that the school pays. Default 0.5.
 * @returns The school's payment, kr.
 */
export function segregationPayment(cost: any, threshold?: any, cap?: any, schoolShare?: any): number {
  return answer(() =>
    then(parseArgs(PAYMENT_ARGS, [cost, threshold, cap, schoolShare]), ([k, t, c, s]) =>
      then(incentiveModel(t, c, s), (model) => then(schoolPayment(k, model), (v) => toExcelNumber("cost", v))),
    ),
  );
}

/**
 * The administration's part of a special offer's annual cost: the cost minus the school's part, in kr.
 * @customfunction SEGREGATION.CENTRAL SEGREGATION.CENTRAL
 * @helpurl https://localhost:3000/help/en/segregation-central.html
 * @param cost Annual cost of the special offer, kr. (0 or more).
 * @param [threshold] kr.; the school pays the whole cost up to this. Default 264995 (Hedensted 2022/23).
 * @param [cap] kr.; the most a school pays for one pupil. Default 287077. Must be at least threshold.
 * @param [schoolShare] Fraction 0-1 of the cost above threshold that the school pays. Default 0.5.
 * @returns The administration's payment, kr.
 */
export function segregationCentral(cost: any, threshold?: any, cap?: any, schoolShare?: any): number {
  return answer(() =>
    then(parseArgs(PAYMENT_ARGS, [cost, threshold, cap, schoolShare]), ([k, t, c, s]) =>
      then(incentiveModel(t, c, s), (model) => then(centralPayment(k, model), (v) => toExcelNumber("cost", v))),
    ),
  );
}

const LIABLE_ARGS = [
  { kind: "date", name: "start", blank: "required" },
  { kind: "date", name: "end", blank: "open" },
  { kind: "number", name: "schoolYear", integer: true, min: 1900, max: 9998 },
  { kind: "text", name: "category" },
  { kind: "date", name: "arrival", blank: "open" },
  { kind: "text", name: "basis" },
] as const;

/**
 * Fraction 0-1 of a school year for which the paying school is liable for a pupil's placement.
 * @customfunction SEGREGATION.LIABLE SEGREGATION.LIABLE
 * @helpurl https://localhost:3000/help/en/segregation-liable.html
 * @param start First day of the placement (date).
 * @param end Last day of the placement (date); blank while the placement is open.
 * @param schoolYear School year by its first year: 2023 means 1 Aug 2023 - 31 Jul 2024.
 * @param [category] Blank, or exempt (0): anbragt/placed, 10. klasse/10th grade, vidtgående/extensive; or tilflytter/mover-in.
 * @param [arrival] Mover-in's arrival date: liable from 1 Aug after that school year. Default: start.
 * @param [basis] "dage"/"days" (default): pro rata by days; "måneder"/"months": by started months.
 * @returns Liable fraction of the school year, 0-1.
 */
export function segregationLiable(
  start: any,
  end: any,
  schoolYear: any,
  category?: any,
  arrival?: any,
  basis?: any,
): number {
  return answer(() =>
    then(parseArgs(LIABLE_ARGS, [start, end, schoolYear, category, arrival, basis]), ([s, e, y, c, a, b]) =>
      then(parseCategory(c), (cat) =>
        then(parseBasis(b), (bas) =>
          then(liableFraction({ start: s, end: e }, y, cat, a, bas), (v) => toExcelNumber("start", v)),
        ),
      ),
    ),
  );
}

/** PAYBACK's two answers without a number, made once: a sheet can hold thousands of them. */
const NOT_PAID_BACK = noAnswer(messages.notPaidBack());
const NO_FLOWS = noAnswer(messages.noFlows("flows"));

const PAYBACK_ARGS = [
  { kind: "range", name: "flows" },
  { kind: "boolean", name: "fractional", default: false },
  { kind: "boolean", name: "extendLast", default: false },
] as const;

/**
 * Payback period in years of yearly flows, costs positive and savings negative; #N/A when not paid back.
 * @customfunction PAYBACK PAYBACK
 * @helpurl https://localhost:3000/help/en/payback.html
 * @param flows Yearly flows (kr. or 1.000 kr.): a row, a column, or items in rows and years in columns. Blank = 0.
 * @param [fractional] TRUE interpolates inside the payback year (5.205 instead of 6). Default FALSE.
 * @param [extendLast] TRUE repeats the last year's flow after the range, as a permanent change. Default FALSE.
 * @returns Years from the first year with a flow until the cumulative flow is 0 or below.
 */
export function paybackPeriod(flows: any[][], fractional?: any, extendLast?: any): number {
  // A sheet of budget rows recalculates PAYBACK thousands of times: plain TRUE/FALSE/blank options and
  // a range of budget amounts take the exact integer path straight away, with no argument objects.
  const frac = plainLogical(fractional);
  const ext = plainLogical(extendLast);
  const quick = frac === undefined || ext === undefined ? undefined : fastPayback(flows, frac, ext);
  if (typeof quick === "number") return quick;
  return answer(() => {
    if (quick === "notPaidBack") return NOT_PAID_BACK;
    if (quick === "nothing") return NO_FLOWS;
    return then(parseArgs(PAYBACK_ARGS, [flows, fractional, extendLast]), ([f, fr, ex]) =>
      then(numberGrid("flows", f), (grid) =>
        then(payback(flowsByYear(grid.cells), { fractional: fr, extendLast: ex }), (v) => toExcelNumber("flows", v)),
      ),
    );
  });
}

/** TRUE/FALSE as given, blank as the default FALSE; anything else undefined (parseArgs decides). */
function plainLogical(value: unknown): boolean | undefined {
  if (value === null || value === undefined) return false;
  return typeof value === "boolean" ? value : undefined;
}

const DISCOUNTED_ARGS = [
  { kind: "range", name: "flows" },
  { kind: "number", name: "rate" },
  { kind: "boolean", name: "fractional", default: false },
  { kind: "boolean", name: "extendLast", default: false },
] as const;

/**
 * Payback period in years of flows discounted at rate a year; the first year with a flow is year 0.
 * @customfunction PAYBACK.DISCOUNTED PAYBACK.DISCOUNTED
 * @helpurl https://localhost:3000/help/en/payback-discounted.html
 * @param flows Yearly flows (kr. or 1.000 kr.): a row, a column, or items in rows and years in columns. Blank = 0.
 * @param rate Discount rate a year, above -1. Finance Ministry rate since 2021: 0.035 (3.5 %) for years 0-35.
 * @param [fractional] TRUE interpolates inside the payback year. Default FALSE.
 * @param [extendLast] TRUE repeats the last year's flow after the range, as a permanent change. Default FALSE.
 * @returns Years from the first year with a flow until the discounted cumulative flow is 0 or below.
 */
export function paybackDiscounted(flows: any[][], rate: any, fractional?: any, extendLast?: any): number {
  return answer(() =>
    then(parseArgs(DISCOUNTED_ARGS, [flows, rate, fractional, extendLast]), ([f, r, frac, ext]) =>
      then(numberGrid("flows", f), (grid) =>
        then(discountedPayback(flowsByYear(grid.cells), new Dec(r), { fractional: frac, extendLast: ext }), (v) =>
          toExcelNumber("flows", v),
        ),
      ),
    ),
  );
}

const PRICELEVEL_ARGS = [
  { kind: "number", name: "amount" },
  { kind: "number", name: "fromYear", integer: true, min: 1900, max: 9999 },
  { kind: "number", name: "toYear", integer: true, min: 1900, max: 9999 },
  { kind: "range", name: "indexTable" },
] as const;

/**
 * Converts an amount from one price level (p/l) to another: amount × index(toYear) / index(fromYear).
 * @customfunction PRICELEVEL PRICELEVEL
 * @helpurl https://localhost:3000/help/en/pricelevel.html
 * @param amount Amount in fromYear prices, kr. or 1.000 kr.; savings negative.
 * @param fromYear Price level year of amount, e.g. 2023.
 * @param toYear Price level year to convert to, e.g. 2022.
 * @param indexTable Two columns, year and index (e.g. KL's pris- og lønskøn); header rows are skipped.
 * @returns The amount in toYear prices, same unit.
 */
export function priceLevel(amount: any, fromYear: any, toYear: any, indexTable: any[][]): number {
  return answer(() =>
    then(parseArgs(PRICELEVEL_ARGS, [amount, fromYear, toYear, indexTable]), ([a, from, to, table]) =>
      then(priceIndex(table), (index) =>
        then(convertPriceLevel(new Dec(a), from, to, index), (v) => toExcelNumber("amount", v)),
      ),
    ),
  );
}

const FULLYEAR_ARGS = [
  { kind: "date", name: "start", blank: "required" },
  { kind: "date", name: "end", blank: "open" },
  { kind: "number", name: "year", integer: true, min: 1900, max: 9999 },
  { kind: "boolean", name: "schoolYear", default: false },
] as const;

/**
 * Full-year persons (helårspersoner): the fraction 0-1 of a calendar or school year covered by a period.
 * @customfunction FULLYEAR FULLYEAR
 * @helpurl https://localhost:3000/help/en/fullyear.html
 * @param start First day of the period (date).
 * @param end Last day of the period (date); blank while it is open.
 * @param year Calendar year; with schoolYear TRUE, the school year from 1 Aug of this year.
 * @param [schoolYear] TRUE: school year 1 Aug year - 31 Jul year+1. Default FALSE: calendar year.
 * @returns Days covered ÷ days in the year, 0-1.
 */
export function fullYear(start: any, end: any, year: any, schoolYear?: any): number {
  return answer(() =>
    then(parseArgs(FULLYEAR_ARGS, [start, end, year, schoolYear]), ([s, e, y, school]) => {
      if (school && y > 9998) return invalid(messages.between("year", 1900, 9998, y));
      return then(fullYearFraction({ start: s, end: e }, y, school), (v) => toExcelNumber("start", v));
    }),
  );
}

const ALLOCATE_ARGS = [
  { kind: "number", name: "total" },
  { kind: "range", name: "keys" },
  { kind: "number", name: "decimals", default: 0, integer: true, min: -9, max: 15 },
] as const;

/**
 * Splits total in proportion to keys, rounded, so that the parts sum exactly to total (largest remainder).
 * @customfunction ALLOCATE ALLOCATE
 * @helpurl https://localhost:3000/help/en/allocate.html
 * @param total Amount to split, kr.; no more decimals than decimals.
 * @param keys Range of keys, 0 or more (pupils, payments, deficit); the answer has the same shape. Blank = 0.
 * @param [decimals] Decimals of each part: 0 = whole kroner (default), 2 = øre, -3 = thousands.
 * @returns One part per key, spilled in the shape of keys.
 */
export function allocateTotal(total: any, keys: any[][], decimals?: any): number[][] {
  return answer(() =>
    then(parseArgs(ALLOCATE_ARGS, [total, keys, decimals]), ([t, k, d]) =>
      then(numberGrid("keys", k), (grid) =>
        then(allocate(new Dec(t), grid.cells, d), (parts) => {
          const numbers = parts.map((row) => row.map((part) => part.toNumber()));
          return ok(numbers);
        }),
      ),
    ),
  );
}

const SUMCHECK_ARGS = [
  { kind: "range", name: "items" },
  { kind: "number", name: "total" },
  { kind: "number", name: "decimals", default: null, integer: true, min: -9, max: 15 },
] as const;

/**
 * TRUE when items add up to total, allowing for the rounding of the decimals shown.
 * @customfunction SUMCHECK SUMCHECK
 * @helpurl https://localhost:3000/help/en/sumcheck.html
 * @param items Range of items, any unit (kr., 1.000 kr., FTE); blank cells are left out.
 * @param total The stated total, in the items' unit.
 * @param [decimals] Decimals shown; allows (n+1) × ½ × 10^-decimals for n items. Default blank: exact check.
 * @returns TRUE when the total ties out, else FALSE.
 */
export function sumCheckTotal(items: any[][], total: any, decimals?: any): boolean {
  return answer(() =>
    then(parseArgs(SUMCHECK_ARGS, [items, total, decimals]), ([i, t, d]) =>
      then(numberGrid("items", i), (grid) => ok(sumCheck(grid, new Dec(t), d))),
    ),
  );
}
