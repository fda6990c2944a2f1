/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands the cells over unconverted; args.ts reads them. */
import { calibrate, type Solved, SOLVED_WORDS } from "../../core/budget";
import { Dec } from "../../core/decimal";
import { messages } from "../../core/messages";
import { invalid, ok, type Result } from "../../core/result";
import { incentiveModel } from "../../core/segregation";
import { parseArgs } from "../args";
import { danishNames, type FunctionDef, type ParamSpec, withTexts } from "../define";
import { answer, then, toExcelNumber } from "../excel";
import { COSTS_PARAM, LIABLE_PARAM, LIST_SHEET, LIST_TEXTS, pupilsOf } from "./budgetShared";
import { KR, MODEL_PARAMS, MODEL_TEXTS, SEED_003 } from "./shared";

/** The id, which is also the English name: a workbook stores it, so it never changes. */
export const ID = "SEGREGATION.CALIBRATE";

const PARAMS = [
  COSTS_PARAM,
  { kind: "number", name: "target", daName: "mål" },
  LIABLE_PARAM,
  { kind: "text", name: "solveFor", optional: true, daName: "tilpas" },
  ...MODEL_PARAMS,
] as const satisfies readonly ParamSpec[];
const NAMES = danishNames(PARAMS);

/** The parameter to solve for, in either language; blank is the cap. */
const SOLVED: Readonly<Record<string, Solved>> = {
  "": "cap",
  ...Object.fromEntries(Object.entries(SOLVED_WORDS).flatMap(([solved, words]) => [[words.da, solved], [words.en, solved]])),
};

function solvedFor(text: string): Result<Solved> {
  const solved = SOLVED[text.trim().toLowerCase()];
  return solved === undefined ? invalid(messages.unknownSolveFor(text)) : ok(solved);
}

/** The value of one model parameter that makes the schools' total meet a target, as Excel calls it. */
export function segregationCalibrate(costs: any[][], target: any, liable?: any, solveFor?: any, threshold?: any, cap?: any, schoolShare?: any): number {
  return answer(
    () =>
      then(parseArgs(PARAMS, [costs, target, liable, solveFor, threshold, cap, schoolShare]), ([k, goal, l, what, t, c, s]) =>
        then(solvedFor(what), (solved) =>
          // The parameters solved for are left out of the model's check: the cap replaces both T and C.
          then(solved === "cap" ? incentiveModel(0, 0, s) : solved === "threshold" ? incentiveModel(0, c, s) : incentiveModel(t, c, 0), (fixed) =>
            then(pupilsOf(k, l), (pupils) =>
              then(calibrate(pupils, new Dec(goal), solved, fixed), (found) =>
                // Stryker disable next-line StringLiteral: equivalent, a model parameter found between the bounds of Excel numbers, so no message names the argument
                toExcelNumber("target", found.value),
              ),
            ),
          ),
        ),
      ),
    NAMES,
  );
}

export const SEGREGATION_CALIBRATE: FunctionDef = {
  id: ID,
  description: "The cap, threshold or school share at which the schools' total for a list of pupils meets a target.",
  da: { name: "SEGREGERING.KALIBRER", description: "Loftet, tærsklen eller skoleandelen, hvor skolernes samlede betaling for en liste af elever når et mål." },
  page: "segregation-calibrate",
  parameters: /*#__PURE__*/ withTexts(PARAMS, LIST_TEXTS, MODEL_TEXTS, {
    target: {
      description: "The schools' total to meet, kr., e.g. the amount devolved to them.",
      da: "Den samlede betaling, der skal nås, kr., fx det beløb der er udlagt til skolerne.",
      unit: KR,
    },
    solveFor: {
      description: 'What to solve for: "cap" (T = C = x, default), "threshold" or "share"; the others keep their values.',
      da: 'Hvad der løses for: "loft" (T = C = x, standard), "tærskel" eller "andel"; de andre beholder deres værdier.',
      unit: { da: '"loft", "tærskel" eller "andel"', en: '"cap", "threshold" or "share"' },
      omitted: { da: '"loft": tærskel = loft = svaret', en: '"cap": threshold = cap = the answer' },
    },
  }),
  result: { type: "number" },
  rule: [
    {
      da: "Skolernes samlede betaling (som SEGREGERING.SAMLET, før afrunding) vokser stykkevis lineært med loftet, tærsklen og andelen. Svaret er den mindste værdi, hvor den når målet, fundet præcist mellem knækpunkterne, og derefter rundet ned til hele kroner (loft, tærskel) eller 4 decimaler (andel), så skolerne aldrig betaler mere end målet.",
      en: "The schools' total (as SEGREGATION.TOTAL, before rounding) grows piecewise linearly with the cap, the threshold and the share. The answer is the smallest value at which it meets the target, found exactly between the breakpoints, then rounded down to whole kroner (cap, threshold) or 4 decimals (share), so the schools never pay more than the target.",
    },
    {
      da: '"loft" løser for forslagets form, hvor tærskel og loft er ét beløb (»maksimalt 180.000 kr.«), fra 0 til den største udgift; "tærskel" fra 0 til loftet; "andel" fra 0 til 1. Et mål uden for det, der kan nås, giver #I/T med intervallet i beskeden. SEGREGERING.SAMLET med svaret viser den samlede betaling ved det.',
      en: '"cap" solves for the proposal\'s form where threshold and cap are one amount ("at most 180,000 kr."), from 0 to the largest cost; "threshold" from 0 to the cap; "share" from 0 to 1. A target out of reach gives #N/A with the range in the message. SEGREGATION.TOTAL with the answer shows the total at it.',
    },
  ],
  example: {
    source: SEED_003,
    sheet: [...LIST_SHEET.map((row) => [row[0]]), ["Mål: udlagt til skolerne", 700000]],
    cell: "A8",
    formula: "=SEGREGATION.CALIBRATE(A2:A5,B6)",
    value: 183333,
    answer: {
      da: "Med et loft på x betaler skolerne 150.000 + 3x mellem 150.000 og 200.000; 700.000 kr. nås ved 183.333,33, rundet ned til 183.333 kr. (i alt 699.999 kr.).",
      en: "With a cap of x the schools pay 150,000 + 3x between 150,000 and 200,000; 700,000 kr. is met at 183,333.33, rounded down to 183,333 kr. (699,999 kr. in all).",
    },
  },
  errors: [
    {
      code: "#N/A",
      when: { da: "målet ligger uden for det, skolerne kan betale ved at ændre parameteren", en: "the target is outside what the schools can pay by changing the parameter" },
      args: [[[150000], [200000]], 400000],
      message: "cannot be reached",
    },
    {
      code: "#VALUE!",
      when: { da: "tilpas er ikke \"loft\", \"tærskel\" eller \"andel\"", en: 'solveFor is not "cap", "threshold" or "share"' },
      args: [[[150000], [200000]], 300000, null, "bund"],
      message: "solveFor:",
    },
  ],
  implementation: segregationCalibrate,
};
