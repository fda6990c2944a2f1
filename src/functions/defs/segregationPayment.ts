/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands the cells over unconverted; args.ts reads them. */
import { incentiveModel, schoolPayment } from "../../core/segregation";
import { parseArgs } from "../args";
import { danishNames, type FunctionDef } from "../define";
import { answer, then, toExcelNumber } from "../excel";
import { COST_PARAM, MODEL_ERRORS, MODEL_PARAMS, MODEL_RULE, SEED_003 } from "./shared";

const PARAMS = [COST_PARAM, ...MODEL_PARAMS] as const;
const NAMES = danishNames(PARAMS);

export function segregationPayment(cost: any, threshold?: any, cap?: any, schoolShare?: any): number {
  return answer(
    () =>
      then(parseArgs(PARAMS, [cost, threshold, cap, schoolShare]), ([k, t, c, s]) =>
        then(incentiveModel(t, c, s), (model) => then(schoolPayment(k, model), (v) => toExcelNumber("cost", v))),
      ),
    NAMES,
  );
}

export const SEGREGATION_PAYMENT: FunctionDef = {
  id: "SEGREGATION.PAYMENT",
  description: "The school's part of a special offer's annual cost under the incentive model, in kr.",
  da: { name: "SEGREGERING.BETALING", description: "Skolens andel af et specialtilbuds årlige udgift efter incitamentsmodellen, i kr." },
  page: "segregation-payment",
  parameters: PARAMS,
  result: { type: "number" },
  rule: MODEL_RULE,
  example: {
    source: SEED_003,
    sheet: [["Årlig udgift til specialtilbud", 280000]],
    cell: "B2",
    formula: "=SEGREGATION.PAYMENT(B1)",
    value: 272497.5,
    answer: {
      da: "For en udgift på 280.000 kr. betaler skolen 264.995 + 50 % × 15.005 = 272.497,50 kr.; loftet på 287.077 kr. binder ikke.",
      en: "For a cost of 280,000 kr. the school pays 264,995 + 50 % × 15,005 = 272,497.50 kr.; the cap of 287,077 kr. does not bind.",
    },
  },
  errors: MODEL_ERRORS,
  implementation: segregationPayment,
};
