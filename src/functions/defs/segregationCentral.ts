/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands the cells over unconverted; args.ts reads them. */
import { centralPayment, incentiveModel } from "../../core/segregation";
import { parseArgs } from "../args";
import { danishNames, type FunctionDef } from "../define";
import { answer, then, toExcelNumber } from "../excel";
import { COST_PARAM, MODEL_ERRORS, MODEL_PARAMS, MODEL_RULE, SEED_003 } from "./shared";

const PARAMS = [COST_PARAM, ...MODEL_PARAMS] as const;
const NAMES = danishNames(PARAMS);

export function segregationCentral(cost: any, threshold?: any, cap?: any, schoolShare?: any): number {
  return answer(
    () =>
      then(parseArgs(PARAMS, [cost, threshold, cap, schoolShare]), ([k, t, c, s]) =>
        then(incentiveModel(t, c, s), (model) => then(centralPayment(k, model), (v) => toExcelNumber("cost", v))),
      ),
    NAMES,
  );
}

export const SEGREGATION_CENTRAL: FunctionDef = {
  id: "SEGREGATION.CENTRAL",
  description: "The administration's part of a special offer's annual cost: the cost minus the school's part, in kr.",
  da: { name: "SEGREGERING.FORVALTNING", description: "Forvaltningens andel af et specialtilbuds årlige udgift: udgiften minus skolens andel, i kr." },
  page: "segregation-central",
  parameters: PARAMS,
  result: { type: "number" },
  rule: MODEL_RULE,
  example: {
    source: SEED_003,
    sheet: [["Årlig udgift til specialtilbud", 400000]],
    cell: "B2",
    formula: "=SEGREGATION.CENTRAL(B1)",
    value: 112923,
    answer: {
      da: "For en udgift på 400.000 kr. betaler skolen loftet, 287.077 kr.; forvaltningen betaler resten, 112.923 kr.",
      en: "For a cost of 400,000 kr. the school pays the cap, 287,077 kr.; the administration pays the rest, 112,923 kr.",
    },
  },
  errors: MODEL_ERRORS,
  implementation: segregationCentral,
};
