/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands the cells over unconverted; args.ts reads them. */
import { allocate } from "../../core/allocate";
import { Dec } from "../../core/decimal";
import { numberGrid } from "../../core/grid";
import { ok } from "../../core/result";
import { parseArgs } from "../args";
import { danishNames, type FunctionDef, type ParamSpec, withTexts } from "../define";
import { answer, then } from "../excel";
import { KR, SEED_004 } from "./shared";

/** The id, which is also the English name: a workbook stores it, so it never changes. */
export const ID = "ALLOCATE";

const PARAMS = [
  { kind: "number", name: "total", daName: "beløb" },
  { kind: "range", name: "keys", daName: "nøgler" },
  {
    kind: "number",
    name: "decimals",
    default: 0,
    integer: true,
    min: -9,
    max: 15,
    optional: true,
    daName: "decimaler",
  },
] as const satisfies readonly ParamSpec[];
const NAMES = danishNames(PARAMS);

export function allocateTotal(total: any, keys: any[][], decimals?: any): number[][] {
  return answer(
    () =>
      then(parseArgs(PARAMS, [total, keys, decimals]), ([t, k, d]) =>
        then(numberGrid("keys", k), (grid) =>
          then(allocate(new Dec(t), grid.cells, d), (parts) => ok(parts.map((row) => row.map((part) => part.toNumber())))),
        ),
      ),
    NAMES,
  );
}

export const ALLOCATE: FunctionDef = {
  id: ID,
  description: "Splits total in proportion to keys, rounded, so that the parts sum exactly to total (largest remainder).",
  da: { name: "FORDEL", description: "Fordeler et beløb efter nøgler, afrundet, så delene summerer præcis til beløbet (største rest)." },
  page: "allocate",
  parameters: /*#__PURE__*/ withTexts(PARAMS, {
    total: {
      description: "Amount to split, kr.; no more decimals than decimals.",
      da: "Beløbet der fordeles, kr.; ikke flere decimaler end decimaler.",
      unit: KR,
    },
    keys: {
      description: "Range of keys, 0 or more (pupils, payments, deficit); the answer has the same shape. Blank = 0.",
      da: "Område med nøgler, 0 eller mere (elever, betalinger, underskud); svaret har samme form. Tom = 0.",
      unit: { da: "område med tal ≥ 0", en: "range of numbers ≥ 0" },
    },
    decimals: {
      description: "Decimals of each part: 0 = whole kroner (default), 2 = øre, -3 = thousands.",
      da: "Decimaler for hver del: 0 = hele kroner (standard), 2 = øre, -3 = tusinder.",
      unit: { da: "helt tal fra −9 til 15", en: "whole number from −9 to 15" },
      omitted: { da: "0: hele kroner", en: "0: whole kroner" },
    },
  }),
  result: { type: "number", matrix: true },
  rule: [
    {
      da: "Beløbet fordeles i forhold til nøglerne og afrundes til det ønskede antal decimaler, så delene summerer præcist til beløbet: de afrundede dele rettes efter største rest (ved lige rest får den første delen). Svaret har samme form som nøgleområdet og spilder ud i cellerne under eller ved siden af.",
      en: "The total is split in proportion to the keys and rounded to the decimals asked for, so that the parts sum exactly to the total: the rounded parts are corrected by largest remainder (a tie goes to the first). The answer has the shape of the keys and spills into the cells below or beside.",
    },
  ],
  example: {
    source: SEED_004,
    sheet: [
      ["Finansiering", "Nøgle"],
      ["Specialundervisningsrammen", 1],
      ["Dagbehandling", 1],
      ["SkoleFleks-pulje: 25 elever × 200.000 kr.", "=25*200000"],
    ],
    cell: "C2",
    formula: "=ALLOCATE(B4, B2:B3)",
    value: [2500000, 2500000],
    answer: {
      da: "Puljen på 5 mio. kr. finansieres med 2,5 mio. kr. fra hver ramme (nøglerne 1 og 1).",
      en: "The pool of 5 million kr. is funded with 2.5 million kr. from each frame (keys 1 and 1).",
    },
  },
  errors: [
    {
      code: "#VALUE!",
      when: { da: "en nøgle er negativ eller tekst, eller alle nøgler er 0", en: "a key is negative or text, or all keys are 0" },
      args: [100, [[1, -1]]],
      message: "keys:",
    },
    {
      code: "#VALUE!",
      when: { da: "beløbet har flere decimaler end decimaler", en: "the total has more decimals than decimals" },
      args: [100.5, [[1, 1]], 0],
      message: "total:",
    },
  ],
  implementation: allocateTotal,
};
