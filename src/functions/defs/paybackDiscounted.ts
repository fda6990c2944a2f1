/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands the cells over unconverted; args.ts reads them. */
import { Dec } from "../../core/decimal";
import { numberGrid } from "../../core/grid";
import { messages } from "../../core/messages";
import { discountedPayback, flowsByYear } from "../../core/payback";
import { fastDiscountedPayback } from "../../core/paybackFast";
import { noAnswer } from "../../core/result";
import { parseArgs } from "../args";
import { danishNames, type FunctionDef, type ParamSpec, withTexts } from "../define";
import { answer, then, toExcelNumber } from "../excel";
import { EXTEND_LAST_PARAM, FALSE_DEFAULT, FLOW_ERRORS, FLOW_TEXTS, FLOWS_PARAM, LOGICAL, plainLogical, RATE_UNIT, SEED_000, TABEL_1_SHEET } from "./shared";

/** The id, which is also the English name: a workbook stores it, so it never changes. */
export const ID = "PAYBACK.DISCOUNTED";

const PARAMS = [
  FLOWS_PARAM,
  { kind: "number", name: "rate", daName: "rente" },
  { kind: "boolean", name: "fractional", default: false, optional: true, daName: "brøkdel" },
  EXTEND_LAST_PARAM,
] as const satisfies readonly ParamSpec[];
const NAMES = danishNames(PARAMS);

/** The two answers without a number, made once: a sheet can hold thousands of them. */
const NOT_PAID_BACK = noAnswer(messages.notPaidBack());
const NO_FLOWS = noAnswer(messages.noFlows("flows"));

export function paybackDiscounted(flows: any[][], rate: any, fractional?: any, extendLast?: any): number {
  // Whole years on a row or column of budget amounts: the doubles' answer where its bound decides it.
  const frac = plainLogical(fractional);
  const ext = plainLogical(extendLast);
  const quick = frac === undefined || ext === undefined || typeof rate !== "number" ? undefined : fastDiscountedPayback(flows, rate, frac, ext);
  if (typeof quick === "number") return quick;
  // Stryker disable next-line ConditionalExpression: equivalent, the exact path below gives the same answer (the same error object, kept by its message); this one skips reading the arguments again
  if (quick === "notPaidBack" || quick === "nothing") return answer(() => (quick === "notPaidBack" ? NOT_PAID_BACK : NO_FLOWS), NAMES);
  return paybackDiscountedExact(flows, rate, fractional, extendLast);
}

/** The Decimal path: every argument read and checked, every error worded. */
export function paybackDiscountedExact(flows: any[][], rate: any, fractional?: any, extendLast?: any): number {
  return answer(
    () =>
      then(parseArgs(PARAMS, [flows, rate, fractional, extendLast]), ([f, r, frac, ext]) =>
        then(numberGrid("flows", f), (grid) =>
          // Stryker disable next-line StringLiteral: equivalent, a payback is a count of years, never beyond Excel's largest number, so no message names the argument
          then(discountedPayback(flowsByYear(grid.cells), new Dec(r), { fractional: frac, extendLast: ext }), (v) => toExcelNumber("flows", v)),
        ),
      ),
    NAMES,
  );
}

export const PAYBACK_DISCOUNTED: FunctionDef = {
  id: ID,
  description: "Payback period in years of flows discounted at rate a year; the first year with a flow is year 0.",
  da: { name: "TILBAGEBETALINGSTID.DISKONTERET", description: "Tilbagebetalingstid i år for beløb diskonteret med rente om året; det første år med et beløb er år 0." },
  page: "payback-discounted",
  parameters: /*#__PURE__*/ withTexts(PARAMS, FLOW_TEXTS, {
    rate: {
      description: "Discount rate a year, above -1. Finance Ministry rate since 2021: 0.035 (3.5 %) for years 0-35.",
      da: "Diskonteringsrente om året, over -1. Finansministeriets rente siden 2021: 0,035 (3,5 %) for år 0-35.",
      unit: RATE_UNIT,
    },
    fractional: {
      description: "TRUE interpolates inside the payback year. Default FALSE.",
      da: "SAND interpolerer i tilbagebetalingsåret. Standard FALSK.",
      unit: LOGICAL,
      omitted: FALSE_DEFAULT,
    },
  }),
  result: { type: "number" },
  rule: [
    {
      da: "Som TILBAGEBETALINGSTID, men hvert års beløb diskonteres til år 0 (det første år med et beløb) med renten: beløb / (1 + rente)^år. Svaret regnes præcist, så et beløb, der netop tilbagebetales, ikke bliver til et afrundingsspørgsmål.",
      en: "Like PAYBACK, but each year's flow is discounted to year 0 (the first year with a flow) at the rate: flow / (1 + rate)^year. The answer is exact, so flows that exactly pay back are not left to rounding.",
    },
  ],
  example: {
    source: SEED_000,
    sheet: TABEL_1_SHEET,
    cell: "B3",
    formula: "=PAYBACK.DISCOUNTED(B2:G2, 0.035)",
    value: 6,
    answer: {
      da: "Diskonteret med 3,5 % om året er forslaget stadig tilbagebetalt i år 6.",
      en: "Discounted at 3.5 % a year the proposal still pays back in year 6.",
    },
  },
  errors: [
    ...FLOW_ERRORS.slice(0, 2).map((e) => ({ ...e, args: [...e.args, 0.035] })),
    {
      code: "#VALUE!",
      when: { da: "renten er tom, tekst eller −1 og derunder", en: "the rate is blank, text, or −1 or below" },
      args: [[[1, -1]], -1],
      message: "rate:",
    },
  ],
  implementation: paybackDiscounted,
};
