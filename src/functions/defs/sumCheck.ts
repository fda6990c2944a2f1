/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands the cells over unconverted; args.ts reads them. */
import { Dec } from "../../core/decimal";
import { numberGrid } from "../../core/grid";
import { ok } from "../../core/result";
import { sumCheck } from "../../core/sumcheck";
import { parseArgs } from "../args";
import { danishNames, type FunctionDef, type ParamSpec, withTexts } from "../define";
import { answer, then } from "../excel";
import { SEED_004 } from "./shared";

/** The id, which is also the English name: a workbook stores it, so it never changes. */
export const ID = "SUMCHECK";

const PARAMS = [
  { kind: "range", name: "items", daName: "poster" },
  { kind: "number", name: "total", daName: "total" },
  {
    kind: "number",
    name: "decimals",
    default: null,
    integer: true,
    min: -9,
    max: 15,
    optional: true,
    daName: "decimaler",
  },
] as const satisfies readonly ParamSpec[];
const NAMES = danishNames(PARAMS);

export function sumCheckTotal(items: any[][], total: any, decimals?: any): boolean {
  return answer(
    () => then(parseArgs(PARAMS, [items, total, decimals]), ([i, t, d]) => then(numberGrid("items", i), (grid) => ok(sumCheck(grid, new Dec(t), d)))),
    NAMES,
  );
}

export const SUMCHECK: FunctionDef = {
  id: ID,
  description: "TRUE when items add up to total, allowing for the rounding of the decimals shown.",
  da: { name: "SUMKONTROL", description: "SAND når posterne summerer til totalen, med plads til afrundingen af de viste decimaler." },
  page: "sumcheck",
  parameters: /*#__PURE__*/ withTexts(PARAMS, {
    items: {
      description: "Range of items, any unit (kr., 1.000 kr., FTE); blank cells are left out.",
      da: "Område med poster i samme enhed (kr., 1.000 kr., helårspersoner); tomme celler udelades.",
      unit: { da: "område, postenes enhed", en: "range, the items' unit" },
    },
    total: {
      description: "The stated total, in the items' unit.",
      da: "Den angivne total i posternes enhed.",
      unit: { da: "postenes enhed", en: "the items' unit" },
    },
    decimals: {
      description: "Decimals shown; allows (n+1) × ½ × 10^-decimals for n items. Default blank: exact check.",
      da: "Viste decimaler; tillader (n+1) × ½ × 10^-decimaler for n poster. Standard tom: præcis kontrol.",
      unit: { da: "helt tal fra −9 til 15", en: "whole number from −9 to 15" },
      omitted: { da: "tom: præcis kontrol", en: "blank: exact check" },
    },
  }),
  result: { type: "boolean" },
  rule: [
    {
      da: "Tallene i en tabel er ofte afrundede, så summen af de viste tal kan afvige fra den viste total uden at være forkert. Med decimaler angivet tillades en afvigelse på (n + 1) × ½ × 10^−decimaler for n poster; uden decimaler skal summen være præcis. Tomme celler udelades.",
      en: "The figures in a table are often rounded, so the sum of the shown figures may differ from the shown total without being wrong. With decimals given, a difference of (n + 1) × ½ × 10^−decimals is allowed for n items; without, the sum must be exact. Blank cells are left out.",
    },
  ],
  example: {
    source: SEED_004,
    sheet: [
      ["Skoledistrikt", "Helårspersoner 2014"],
      ["Anbragt", 3.0],
      ["Baltorpskolen", 8.7],
      ["Hedegårdsskolen", 5.8],
      ["Måløvhøj Skole", 7.1],
      ["Skovlunde Skole", 2.6],
      ["Skovvejens Skole", 3.1],
      ["I alt", 30.4],
    ],
    cell: "B9",
    formula: "=SUMCHECK(B2:B7, B8, 1)",
    value: true,
    answer: {
      da: "Ballerups helårspersoner 2014 summerer til 30,3 mod totalen 30,4: inden for afrundingen af én decimal, så SAND.",
      en: "Ballerup's full-year persons 2014 add up to 30.3 against the total 30.4: within the rounding of one decimal, so TRUE.",
    },
  },
  errors: [
    {
      code: "#VALUE!",
      when: { da: "en post er tekst eller en fejlværdi", en: "an item is text or an error value" },
      args: [[["x"]], 1],
      message: "items:",
    },
    {
      code: "#VALUE!",
      when: { da: "totalen er tom eller tekst", en: "the total is blank or text" },
      args: [[[1]], null],
      message: "total:",
    },
  ],
  implementation: sumCheckTotal,
};
