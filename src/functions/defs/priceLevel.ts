/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands the cells over unconverted; args.ts reads them. */
import { Dec } from "../../core/decimal";
import { convertPriceLevel, priceIndex } from "../../core/pricelevel";
import { parseArgs } from "../args";
import { danishNames, type FunctionDef, type ParamSpec, withTexts } from "../define";
import { answer, then, toExcelNumber } from "../excel";
import { YEAR } from "./shared";

/** The id, which is also the English name: a workbook stores it, so it never changes. */
export const ID = "PRICELEVEL";

const PARAMS = [
  { kind: "number", name: "amount", daName: "beløb" },
  { kind: "number", name: "fromYear", integer: true, min: 1900, max: 9999, daName: "fra_år" },
  { kind: "number", name: "toYear", integer: true, min: 1900, max: 9999, daName: "til_år" },
  { kind: "range", name: "indexTable", daName: "indekstabel" },
] as const satisfies readonly ParamSpec[];
const NAMES = danishNames(PARAMS);

export function priceLevel(amount: any, fromYear: any, toYear: any, indexTable: any[][]): number {
  return answer(
    () =>
      then(parseArgs(PARAMS, [amount, fromYear, toYear, indexTable]), ([a, from, to, table]) =>
        then(priceIndex(table), (index) => then(convertPriceLevel(new Dec(a), from, to, index), (v) => toExcelNumber("amount", v))),
      ),
    NAMES,
  );
}

export const PRICELEVEL: FunctionDef = {
  id: ID,
  description: "Converts an amount from one price level (p/l) to another: amount × index(toYear) / index(fromYear).",
  da: { name: "PRISNIVEAU", description: "Omregner et beløb fra ét pris- og lønniveau (p/l) til et andet: beløb × indeks(til_år) / indeks(fra_år)." },
  page: "pricelevel",
  parameters: /*#__PURE__*/ withTexts(PARAMS, {
    amount: {
      description: "Amount in fromYear prices, kr. or 1.000 kr.; savings negative.",
      da: "Beløb i fra_år's priser, kr. eller 1.000 kr.; besparelser negative.",
      unit: { da: "kr. eller 1.000 kr.", en: "kr. or 1.000 kr." },
    },
    fromYear: {
      description: "Price level year of amount, e.g. 2023.",
      da: "Beløbets pris- og lønniveau, fx 2023.",
      unit: YEAR,
    },
    toYear: {
      description: "Price level year to convert to, e.g. 2022.",
      da: "Det pris- og lønniveau, der omregnes til, fx 2022.",
      unit: YEAR,
    },
    indexTable: {
      description: "Two columns, year and index (e.g. KL's pris- og lønskøn); header rows are skipped.",
      da: "To kolonner, år og indeks (fx KL's pris- og lønskøn); overskriftsrækker springes over.",
      unit: { da: "område med to kolonner: år, indeks", en: "range of two columns: year, index" },
    },
  }),
  result: { type: "number" },
  rule: [
    {
      da: "Et beløb i fra_år's pris- og lønniveau omregnes til til_år's: beløb × indeks(til_år) / indeks(fra_år), præcist og uden afrunding. Indekstallene er data, du selv indsætter (fx KL's pris- og lønskøn); tilføjelsesprogrammet har ingen indbyggede indekstal.",
      en: "An amount in fromYear's price level is converted to toYear's: amount × index(toYear) / index(fromYear), exactly and unrounded. The indices are data you supply (e.g. KL's price and wage forecast); the add-in has no built-in index values.",
    },
  ],
  example: {
    source: {
      da: "Københavns investeringsforslag er udarbejdet i 2023 p/l og bogføres i 2022 p/l; indekstallene her er opdigtede",
      en: "Copenhagen's investment proposal is drafted in 2023 prices and booked in 2022 prices; the indices here are made up",
    },
    sheet: [
      ["År", "Indeks"],
      [2022, 104.2],
      [2023, 108.5],
      ["Besparelse 2025, 2023 p/l", -1000],
    ],
    cell: "B5",
    formula: "=PRICELEVEL(B4, 2023, 2022, A1:B3)",
    value: -960.3687,
    answer: {
      da: "−1.000 × 104,2 / 108,5 = −960,37 (1.000 kr. 2022 p/l).",
      en: "−1,000 × 104.2 / 108.5 = −960.37 (1.000 kr. 2022 prices).",
    },
  },
  errors: [
    {
      code: "#N/A",
      when: { da: "indekstabellen har ikke fra_år eller til_år", en: "the index table lacks fromYear or toYear" },
      args: [
        1,
        2019,
        2023,
        [
          ["År", "Indeks"],
          [2022, 104.2],
          [2023, 108.5],
        ],
      ],
      message: "2019",
    },
    {
      code: "#VALUE!",
      when: { da: "beløbet er tomt eller tekst", en: "the amount is blank or text" },
      args: [
        "x",
        2022,
        2023,
        [
          [2022, 104.2],
          [2023, 108.5],
        ],
      ],
      message: "amount:",
    },
  ],
  implementation: priceLevel,
};
