/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands the cells over unconverted; args.ts reads them. */
import { messages } from "../../core/messages";
import { fullYearFraction } from "../../core/placement";
import { invalid } from "../../core/result";
import { parseArgs } from "../args";
import { danishNames, type FunctionDef, type ParamSpec, withTexts } from "../define";
import { answer, then, toExcelNumber } from "../excel";
import { DATE, LOGICAL, SEED_004, YEAR } from "./shared";

/** The id, which is also the English name: a workbook stores it, so it never changes. */
export const ID = "FULLYEAR";

const PARAMS = [
  { kind: "date", name: "start", blank: "required", daName: "start" },
  { kind: "date", name: "end", blank: "open", daName: "slut" },
  { kind: "number", name: "year", integer: true, min: 1900, max: 9999, daName: "år" },
  { kind: "boolean", name: "schoolYear", default: false, optional: true, daName: "skoleår" },
] as const satisfies readonly ParamSpec[];
const NAMES = danishNames(PARAMS);

export function fullYear(start: any, end: any, year: any, schoolYear?: any): number {
  return answer(
    () =>
      then(parseArgs(PARAMS, [start, end, year, schoolYear]), ([s, e, y, school]) => {
        if (school && y > 9998) return invalid(messages.between("year", 1900, 9998, y));
        // Stryker disable next-line StringLiteral: equivalent, a fraction of a year is at most 1, so no message names the argument
        return then(fullYearFraction({ start: s, end: e }, y, school), (v) => toExcelNumber("start", v));
      }),
    NAMES,
  );
}

export const FULLYEAR: FunctionDef = {
  id: ID,
  description: "Full-year persons (helårspersoner): the fraction 0-1 of a calendar or school year covered by a period.",
  da: { name: "HELÅRSPERSONER", description: "Helårspersoner: den del 0-1 af et kalender- eller skoleår, en periode dækker." },
  page: "fullyear",
  parameters: /*#__PURE__*/ withTexts(PARAMS, {
    start: {
      description: "First day of the period (date).",
      da: "Periodens første dag (dato).",
      unit: DATE,
    },
    end: {
      description: "Last day of the period (date); blank while it is open.",
      da: "Periodens sidste dag (dato); tom mens perioden er åben.",
      unit: DATE,
      omitted: { da: "tom: perioden er åben", en: "blank: the period is open" },
    },
    year: {
      description: "Calendar year; with schoolYear TRUE, the school year from 1 Aug of this year.",
      da: "Kalenderår; med skoleår SAND skoleåret fra 1. aug. i dette år.",
      unit: YEAR,
    },
    schoolYear: {
      description: "TRUE: school year 1 Aug year - 31 Jul year+1. Default FALSE: calendar year.",
      da: "SAND: skoleåret 1. aug. år - 31. jul. år+1. Standard FALSK: kalenderåret.",
      unit: LOGICAL,
      omitted: { da: "FALSK: kalenderår", en: "FALSE: calendar year" },
    },
  }),
  result: { type: "number" },
  rule: [
    {
      da: "En helårsperson er én person i et helt år. En periode tæller med de dage, den dækker af året, divideret med årets dage (365 eller 366). Med skoleår SAND er året 1. august - 31. juli.",
      en: "A full-year person is one person for a whole year. A period counts the days it covers of the year divided by the year's days (365 or 366). With schoolYear TRUE the year is 1 August - 31 July.",
    },
  ],
  example: {
    source: SEED_004,
    sheet: [
      ["Dagbehandling fra", { date: "2020-01-01" }],
      ["Dagbehandling til", { date: "2020-06-30" }],
    ],
    cell: "B3",
    formula: "=FULLYEAR(B1, B2, 2020)",
    value: 0.4973,
    answer: {
      da: "1. jan. - 30. jun. 2020 er 182 af 2020's 366 dage: 0,4973 helårsperson, som i Ballerups opgørelse af dagbehandling pr. skoledistrikt.",
      en: "1 Jan - 30 Jun 2020 is 182 of 2020's 366 days: 0.4973 full-year persons, as in Ballerup's day-treatment count per school district.",
    },
  },
  errors: [
    {
      code: "#VALUE!",
      when: { da: "start er efter slut, eller en dato er tekst", en: "start is after end, or a date is text" },
      args: [43891, 43832, 2020],
      message: "start:",
    },
  ],
  implementation: fullYear,
};
