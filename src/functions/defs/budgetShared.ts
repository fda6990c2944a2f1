import { type ListPupil, listPupils } from "../../core/budget";
import { isBlank, numberGrid } from "../../core/grid";
import type { Result } from "../../core/result";
import type { ParamSpec, ParamTexts } from "../define";
import { then } from "../excel";
import { KR, SEED_003 } from "./shared";

/* What SEGREGATION.TOTAL and SEGREGATION.CALIBRATE share: the list of pupils (costs and liable fractions) and §7's example list. */

export const COSTS_PARAM = { kind: "range", name: "costs", daName: "udgifter" } as const satisfies ParamSpec;
export const LIABLE_PARAM = { kind: "range", name: "liable", optional: true, daName: "betalingspligt" } as const satisfies ParamSpec;

export const LIST_TEXTS: Readonly<Record<string, ParamTexts>> = {
  costs: {
    description: "Range of the pupils' annual costs, kr. (0 or more); a blank cell is no pupil.",
    da: "Område med elevernes årlige udgifter, kr. (0 eller mere); en tom celle er ingen elev.",
    unit: { da: "område med kr.", en: "range of kr." },
  },
  liable: {
    description: "Range the shape of costs: the liable fraction 0-1 of the school year (SEGREGATION.LIABLE). Blank = 1.",
    da: "Område med samme form som udgifter: den betalingspligtige andel 0-1 af skoleåret (SEGREGERING.BETALINGSPLIGT). Tom = 1.",
    unit: { da: "område med andele 0-1", en: "range of fractions 0-1" },
    omitted: { da: "1 for hver elev: hele skoleåret", en: "1 for every pupil: the whole school year" },
  },
};

/**
 * The pupils of the costs and liable arguments as Excel gives them. An argument left empty between
 * two others (`…;;…`) can arrive as one blank cell rather than null: that too is no liable range.
 */
export function pupilsOf(costs: unknown, liable: unknown): Result<ListPupil[]> {
  const omitted = liable === null || (Array.isArray(liable) && liable.length === 1 && Array.isArray(liable[0]) && liable[0].length === 1 && isBlank(liable[0][0]));
  return then(numberGrid("costs", costs), (c) => (omitted ? listPupils(c, null) : then(numberGrid("liable", liable), (l) => listPupils(c, l))));
}

export { KR, SEED_003 };

/** §7's list: four pupils, the third liable for half the year. */
export const LIST_SHEET = [
  ["Årlig udgift", "Betalingspligtig andel"],
  [150000, 1],
  [200000, 1],
  [250000, 0.5],
  [400000, 1],
] as const;
