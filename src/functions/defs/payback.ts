/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands the cells over unconverted; args.ts reads them. */
import { numberGrid } from "../../core/grid";
import { messages } from "../../core/messages";
import { flowsByYear, payback } from "../../core/payback";
import { fastPayback } from "../../core/paybackFast";
import { noAnswer } from "../../core/result";
import { parseArgs } from "../args";
import { danishNames, type FunctionDef, type ParamSpec, withTexts } from "../define";
import { answer, then, toExcelNumber } from "../excel";
import { EXTEND_LAST_PARAM, FALSE_DEFAULT, FLOW_ERRORS, FLOW_TEXTS, FLOWS_PARAM, LOGICAL, plainLogical, SEED_000, TABEL_1_SHEET } from "./shared";

/** The id, which is also the English name: a workbook stores it, so it never changes. */
export const ID = "PAYBACK";

const PARAMS = [
  FLOWS_PARAM,
  { kind: "boolean", name: "fractional", default: false, optional: true, daName: "brøkdel" },
  EXTEND_LAST_PARAM,
] as const satisfies readonly ParamSpec[];
const NAMES = danishNames(PARAMS);

/** PAYBACK's two answers without a number, made once: a sheet can hold thousands of them. */
const NOT_PAID_BACK = noAnswer(messages.notPaidBack());
const NO_FLOWS = noAnswer(messages.noFlows("flows"));

export function paybackPeriod(flows: any[][], fractional?: any, extendLast?: any): number {
  // A sheet of budget rows recalculates PAYBACK thousands of times: plain TRUE/FALSE/blank options and
  // a range of budget amounts take the exact integer path straight away, with no argument objects.
  const frac = plainLogical(fractional);
  const ext = plainLogical(extendLast);
  const quick = frac === undefined || ext === undefined ? undefined : fastPayback(flows, frac, ext);
  if (typeof quick === "number") return quick;
  return answer(() => {
    // Stryker disable next-line ConditionalExpression: equivalent, the exact path below gives the same answer (the same error object, kept by its message); this one skips reading the arguments again
    if (quick === "notPaidBack") return NOT_PAID_BACK;
    // Stryker disable next-line ConditionalExpression: equivalent, the exact path below gives the same answer (the same error object, kept by its message); this one skips reading the arguments again
    if (quick === "nothing") return NO_FLOWS;
    return then(parseArgs(PARAMS, [flows, fractional, extendLast]), ([f, fr, ex]) =>
      then(numberGrid("flows", f), (grid) =>
        // Stryker disable next-line StringLiteral: equivalent, a payback is a count of years, never beyond Excel's largest number, so no message names the argument
        then(payback(flowsByYear(grid.cells), { fractional: fr, extendLast: ex }), (v) => toExcelNumber("flows", v)),
      ),
    );
  }, NAMES);
}


export const PAYBACK: FunctionDef = {
  id: ID,
  description: "Payback period in years of yearly flows, costs positive and savings negative; #N/A when not paid back.",
  da: {
    name: "TILBAGEBETALINGSTID",
    description: "Tilbagebetalingstid i år for årlige beløb, udgifter positive og besparelser negative; #I/T hvis den ikke tilbagebetales.",
  },
  page: "payback",
  parameters: /*#__PURE__*/ withTexts(PARAMS, FLOW_TEXTS, {
    fractional: {
      description: "TRUE interpolates inside the payback year (5.205 instead of 6). Default FALSE.",
      da: "SAND interpolerer i tilbagebetalingsåret (5,205 i stedet for 6). Standard FALSK.",
      unit: LOGICAL,
      omitted: FALSE_DEFAULT,
    },
  }),
  result: { type: "number" },
  rule: [
    {
      da: 'Udgifter er positive og besparelser negative ("Alle besparelser er angivet med negativt (-) fortegn"). År 1 er det første år med et beløb. Tilbagebetalingstiden er det første år, hvor det akkumulerede beløb er 0 eller derunder ved årets udgang. Har området flere rækker (fx servicerækkerne), lægges de sammen år for år.',
      en: 'Costs are positive and savings negative ("all savings are stated with a negative (-) sign"). Year 1 is the first year with a flow. The payback period is the first year at whose end the cumulative flow is 0 or below. A range of several rows (e.g. the Service rows) is added up year by year.',
    },
    {
      da: "Med brøkdel SAND interpoleres lineært i tilbagebetalingsåret: (k − 1) + akkumuleret(k − 1) / −beløb(k). Med forlæng SAND fortsætter det sidste års beløb efter området, som en varig ændring. Tilbagebetales beløbene ikke, er svaret #I/T, ikke et tal.",
      en: "With fractional TRUE it interpolates linearly inside the payback year: (k − 1) + cumulative(k − 1) / −flow(k). With extendLast TRUE the last year's flow continues after the range, as a permanent change. Flows that are not paid back answer #N/A, not a number.",
    },
  ],
  example: {
    source: SEED_000,
    sheet: TABEL_1_SHEET,
    cell: "B3",
    formula: "=PAYBACK(B2:G2)",
    value: 6,
    answer: {
      da: "Akkumuleret 625, 1.705, 2.205, 1.205, 205, −795: tilbagebetalt i år 6. Med brøkdel SAND: 5 + 205/1.000 = 5,205.",
      en: "Cumulative 625, 1,705, 2,205, 1,205, 205, −795: paid back in year 6. With fractional TRUE: 5 + 205/1,000 = 5.205.",
    },
  },
  errors: FLOW_ERRORS,
  implementation: paybackPeriod,
};
