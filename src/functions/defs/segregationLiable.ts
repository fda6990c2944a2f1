/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands the cells over unconverted; args.ts reads them. */
import { liableFraction, parseBasis, parseCategory } from "../../core/placement";
import { fastLiable } from "../../core/segregationFast";
import { parseArgs } from "../args";
import { danishNames, type FunctionDef, type ParamSpec, withTexts } from "../define";
import { answer, then, toExcelNumber } from "../excel";
import { DATE, SEED_003 } from "./shared";

/** The id, which is also the English name: a workbook stores it, so it never changes. */
export const ID = "SEGREGATION.LIABLE";

const PARAMS = [
  { kind: "date", name: "start", blank: "required", daName: "start" },
  { kind: "date", name: "end", blank: "open", daName: "slut" },
  { kind: "number", name: "schoolYear", integer: true, min: 1900, max: 9998, daName: "skoleår" },
  { kind: "text", name: "category", optional: true, daName: "kategori" },
  { kind: "date", name: "arrival", blank: "open", optional: true, daName: "tilflytning" },
  { kind: "text", name: "basis", optional: true, daName: "grundlag" },
] as const satisfies readonly ParamSpec[];
const NAMES = danishNames(PARAMS);

/** A placement's liable fraction, as Excel calls it: the fast path where it can be sure (src/core/segregationFast.ts), the exact one otherwise. */
export function segregationLiable(start: any, end: any, schoolYear: any, category?: any, arrival?: any, basis?: any): number {
  return fastLiable(start, end, schoolYear, category, arrival, basis) ?? segregationLiableExact(start, end, schoolYear, category, arrival, basis);
}

/** The Decimal path: every argument read and checked, every error worded. */
export function segregationLiableExact(start: any, end: any, schoolYear: any, category?: any, arrival?: any, basis?: any): number {
  return answer(
    () =>
      then(parseArgs(PARAMS, [start, end, schoolYear, category, arrival, basis]), ([s, e, y, c, a, b]) =>
        then(parseCategory(c), (cat) =>
          // Stryker disable next-line StringLiteral: equivalent, a fraction of a year is at most 1, so no message names the argument
          then(parseBasis(b), (bas) => then(liableFraction({ start: s, end: e }, y, cat, a, bas), (v) => toExcelNumber("start", v))),
        ),
      ),
    NAMES,
  );
}

export const SEGREGATION_LIABLE: FunctionDef = {
  id: ID,
  description: "Fraction 0-1 of a school year for which the paying school is liable for a pupil's placement.",
  da: { name: "SEGREGERING.BETALINGSPLIGT", description: "Den del 0-1 af et skoleår, den betalende skole betaler for en elevs placering." },
  page: "segregation-liable",
  parameters: /*#__PURE__*/ withTexts(PARAMS, {
    start: {
      description: "First day of the placement (date).",
      da: "Placeringens første dag (dato).",
      unit: DATE,
    },
    end: {
      description: "Last day of the placement (date); blank while the placement is open.",
      da: "Placeringens sidste dag (dato); tom mens placeringen er åben.",
      unit: DATE,
      omitted: { da: "tom: placeringen er åben", en: "blank: the placement is open" },
    },
    schoolYear: {
      description: "School year by its first year: 2023 means 1 Aug 2023 - 31 Jul 2024.",
      da: "Skoleåret ved dets første år: 2023 betyder 1. aug. 2023 - 31. jul. 2024.",
      unit: { da: "skoleårets første år", en: "the school year's first year" },
    },
    category: {
      description: "Blank, or exempt (0): anbragt/placed, 10. klasse/10th grade, vidtgående/extensive; or tilflytter/mover-in.",
      da: "Tom, eller fritaget (0): anbragt, 10. klasse, vidtgående; eller tilflytter.",
      unit: { da: "tekst", en: "text" },
      omitted: { da: "tom: ingen fritagelse", en: "blank: no exemption" },
    },
    arrival: {
      description: "Mover-in's arrival date: liable from 1 Aug after that school year. Default: start.",
      da: "Tilflytterens ankomstdato: skolen betaler fra 1. aug. efter det skoleår. Standard: start.",
      unit: DATE,
      omitted: { da: "start", en: "start" },
    },
    basis: {
      description: '"dage"/"days" (default): pro rata by days; "måneder"/"months": by started months.',
      da: '"dage" (standard): forholdsmæssigt efter dage; "måneder": efter påbegyndte måneder.',
      unit: { da: "tekst: dage eller måneder", en: "text: days or months" },
      omitted: { da: "dage", en: "days" },
    },
  }),
  result: { type: "number" },
  rule: [
    {
      da: 'Skolen betaler for en elev, så længe eleven får specialundervisning. Er eleven kun placeret en del af skoleåret (1. august - 31. juli), betaler skolen forholdsmæssigt: de dage af placeringen, der ligger i skoleåret, divideret med skoleårets dage. Med grundlag "måneder" tælles påbegyndte måneder i stedet, divideret med 12.',
      en: 'The school pays for a pupil as long as the pupil receives special education. When a pupil is placed for part of a school year (1 August - 31 July), the school pays pro rata: the placement\'s days within the school year divided by the school year\'s days. With basis "months" it counts started months instead, divided by 12.',
    },
    {
      da: "Fritaget (svaret er 0) er anbragte elever, 10. klasse og elever visiteret til vidtgående tilbud. En tilflytter betales af skolen fra 1. august efter det skoleår, eleven flyttede til kommunen; indtil da dækker sikkerhedsnettet.",
      en: "Exempt (the answer is 0) are pupils placed in care, the 10th school year and pupils referred to extensive offers. A mover-in is paid for by the school from 1 August after the school year of arrival; until then the safety net covers the pupil.",
    },
  ],
  example: {
    source: SEED_003,
    sheet: [
      ["Placeringens start", { date: "2023-08-01" }],
      ["Placeringens slut", { date: "2024-01-31" }],
    ],
    cell: "B3",
    formula: "=SEGREGATION.LIABLE(B1, B2, 2023)",
    value: 0.5027,
    answer: {
      da: "Placeringen 1. aug. 2023 - 31. jan. 2024 dækker 184 af skoleåret 2023/24's 366 dage: 0,5027. Ganget med udgiften giver det skolens betaling for perioden.",
      en: "The placement 1 Aug 2023 - 31 Jan 2024 covers 184 of school year 2023/24's 366 days: 0.5027. Times the cost it gives the school's payment for the period.",
    },
  },
  errors: [
    {
      code: "#VALUE!",
      when: { da: "start er tom, ikke en dato, eller efter slut", en: "start is blank, not a date, or after end" },
      args: [45323, 45292, 2023],
      message: "start:",
    },
    {
      code: "#VALUE!",
      when: { da: "kategorien er ukendt", en: "the category is unknown" },
      args: [45139, null, 2023, "x"],
      message: "category:",
    },
    {
      code: "#VALUE!",
      when: { da: "skoleåret er ikke et helt tal fra 1900 til 9998", en: "the school year is not a whole number from 1900 to 9998" },
      args: [45139, null, 2023.5],
      message: "schoolYear:",
    },
  ],
  implementation: segregationLiable,
};
