import { centralPayment } from "../../core/segregation";
import { fastCentralPayment } from "../../core/segregationFast";
import { type FunctionDef, withTexts } from "../define";
import { MODEL_ERRORS, MODEL_RULE, MODEL_TEXTS, modelFunction, SEED_003 } from "./shared";

/** The id, which is also the English name: a workbook stores it, so it never changes. */
export const ID = "SEGREGATION.CENTRAL";

const { specs, implementation, exact } = modelFunction(centralPayment, fastCentralPayment);

/** The administration's part of a cost, as Excel calls it. */
export const segregationCentral = implementation;

/** The same without the fast path, for the property test that holds the two equal. */
export const segregationCentralExact = exact;

export const SEGREGATION_CENTRAL: FunctionDef = {
  id: ID,
  description: "The administration's part of a special offer's annual cost: the cost minus the school's part, in kr.",
  da: { name: "SEGREGERING.FORVALTNING", description: "Forvaltningens andel af et specialtilbuds årlige udgift: udgiften minus skolens andel, i kr." },
  page: "segregation-central",
  parameters: /*#__PURE__*/ withTexts(specs, MODEL_TEXTS),
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
  implementation,
};
