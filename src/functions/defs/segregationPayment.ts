import { schoolPayment } from "../../core/segregation";
import { fastSchoolPayment } from "../../core/segregationFast";
import { type FunctionDef, withTexts } from "../define";
import { MODEL_ERRORS, MODEL_RULE, MODEL_TEXTS, modelFunction, SEED_003 } from "./shared";

/** The id, which is also the English name: a workbook stores it, so it never changes. */
export const ID = "SEGREGATION.PAYMENT";

const { specs, implementation, exact } = modelFunction(schoolPayment, fastSchoolPayment);

/** The school's part of a cost, as Excel calls it. */
export const segregationPayment = implementation;

/** The same without the fast path, for the property test that holds the two equal. */
export const segregationPaymentExact = exact;

export const SEGREGATION_PAYMENT: FunctionDef = {
  id: ID,
  description: "The school's part of a special offer's annual cost under the incentive model, in kr.",
  da: { name: "SEGREGERING.BETALING", description: "Skolens andel af et specialtilbuds årlige udgift efter incitamentsmodellen, i kr." },
  page: "segregation-payment",
  parameters: /*#__PURE__*/ withTexts(specs, MODEL_TEXTS),
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
  implementation,
};
