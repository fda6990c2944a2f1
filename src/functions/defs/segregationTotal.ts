/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands the cells over unconverted; args.ts reads them. */
import { listTotal } from "../../core/budget";
import { incentiveModel } from "../../core/segregation";
import { parseArgs } from "../args";
import { danishNames, type FunctionDef, withTexts } from "../define";
import { answer, then, toExcelNumber } from "../excel";
import { COSTS_PARAM, LIABLE_PARAM, LIST_SHEET, LIST_TEXTS, pupilsOf } from "./budgetShared";
import { MODEL_PARAMS, MODEL_TEXTS, SEED_003 } from "./shared";

/** The id, which is also the English name: a workbook stores it, so it never changes. */
export const ID = "SEGREGATION.TOTAL";

const PARAMS = [COSTS_PARAM, LIABLE_PARAM, ...MODEL_PARAMS] as const;
const NAMES = danishNames(PARAMS);

/** The schools' total for a list of pupils under a model, as Excel calls it. */
export function segregationTotal(costs: any[][], liable?: any, threshold?: any, cap?: any, schoolShare?: any): number {
  return answer(
    () =>
      then(parseArgs(PARAMS, [costs, liable, threshold, cap, schoolShare]), ([k, l, t, c, s]) =>
        then(incentiveModel(t, c, s), (model) => then(pupilsOf(k, l), (pupils) => toExcelNumber("costs", listTotal(pupils, model)))),
      ),
    NAMES,
  );
}

export const SEGREGATION_TOTAL: FunctionDef = {
  id: ID,
  description: "What the schools pay in all for a list of pupils under the incentive model, each pupil rounded to øre, in kr.",
  da: { name: "SEGREGERING.SAMLET", description: "Hvad skolerne betaler i alt for en liste af elever efter incitamentsmodellen, hver elev afrundet til øre, i kr." },
  page: "segregation-total",
  parameters: /*#__PURE__*/ withTexts(PARAMS, LIST_TEXTS, MODEL_TEXTS),
  result: { type: "number" },
  rule: [
    {
      da: "For hver elev: skolens betaling efter modellen (som SEGREGERING.BETALING) gange den betalingspligtige andel af skoleåret, afrundet til øre; svaret er summen. Det er det samme tal, som resultatarkets kolonne »Skolens betaling« summerer til.",
      en: "For each pupil: the school's payment under the model (as SEGREGATION.PAYMENT) times the liable fraction of the school year, rounded to øre; the answer is the sum. It is the figure the result sheet's column \"Skolens betaling\" adds up to.",
    },
  ],
  example: {
    source: SEED_003,
    sheet: LIST_SHEET,
    cell: "A7",
    formula: "=SEGREGATION.TOTAL(A2:A5,B2:B5)",
    value: 762077,
    answer: {
      da: "Efter Hedensteds model 2022/23 betaler skolerne 150.000 + 200.000 + 125.000 + 287.077 = 762.077 kr. for de fire elever; den tredje er betalingspligtig et halvt år.",
      en: "Under Hedensted's 2022/23 model the schools pay 150,000 + 200,000 + 125,000 + 287,077 = 762,077 kr. for the four pupils; the third is liable for half a year.",
    },
  },
  errors: [
    {
      code: "#VALUE!",
      when: { da: "en udgift er negativ eller tekst", en: "a cost is negative or text" },
      args: [[[150000], [-1]]],
      message: "costs:",
    },
    {
      code: "#VALUE!",
      when: { da: "betalingspligt har ikke samme form som udgifter, eller en andel ligger uden for 0-1", en: "liable does not have the shape of costs, or a fraction is outside 0-1" },
      args: [[[150000], [200000]], [[1, 1]]],
      message: "liable:",
    },
  ],
  implementation: segregationTotal,
};
