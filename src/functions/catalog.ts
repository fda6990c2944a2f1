/**
 * The custom functions as the task pane and the README present them: name, signature, one line in
 * each language, an example from the seed documents. Excel's autocomplete text comes from the JSDoc in
 * functions.ts; a test holds this list and the built functions.json to the same names.
 */
export interface FunctionEntry {
  readonly name: string;
  readonly signature: string;
  readonly da: string;
  readonly en: string;
  readonly example: string;
  readonly exampleAnswer: string;
}

export const FUNCTION_CATALOG: readonly FunctionEntry[] = [
  {
    name: "SEGREGATION.PAYMENT",
    signature: "SEGREGATION.PAYMENT(cost, [threshold], [cap], [schoolShare])",
    da: "Skolens andel af et specialtilbuds årlige udgift efter incitamentsmodellen.",
    en: "The school's part of a special offer's annual cost under the incentive model.",
    example: "=SEGREGATION.PAYMENT(280000)",
    exampleAnswer: "272497,5",
  },
  {
    name: "SEGREGATION.CENTRAL",
    signature: "SEGREGATION.CENTRAL(cost, [threshold], [cap], [schoolShare])",
    da: "Forvaltningens andel: udgiften minus skolens andel.",
    en: "The administration's part: the cost minus the school's part.",
    example: "=SEGREGATION.CENTRAL(400000)",
    exampleAnswer: "112923",
  },
  {
    name: "SEGREGATION.LIABLE",
    signature: "SEGREGATION.LIABLE(start, end, schoolYear, [category], [arrival], [basis])",
    da: "Den del (0-1) af et skoleår, skolen betaler for en placering.",
    en: "The fraction (0-1) of a school year the paying school is liable for a placement.",
    example: "=SEGREGATION.LIABLE(DATE(2023,8,1), DATE(2024,1,31), 2023)",
    exampleAnswer: "0,5027 (184 af 366 dage)",
  },
  {
    name: "PAYBACK",
    signature: "PAYBACK(flows, [fractional], [extendLast])",
    da: "Tilbagebetalingstid i år for årlige beløb (udgifter positive, besparelser negative).",
    en: "Payback period in years of yearly flows (costs positive, savings negative).",
    example: "=PAYBACK(B2:G2)",
    exampleAnswer: "6 (seed 000: 625, 1.080, 500, -1.000, -1.000, -1.000)",
  },
  {
    name: "PAYBACK.DISCOUNTED",
    signature: "PAYBACK.DISCOUNTED(flows, rate, [fractional], [extendLast])",
    da: "Tilbagebetalingstid for beløb diskonteret med rate om året (år 0 udiskonteret).",
    en: "Payback period of flows discounted at rate a year (year 0 undiscounted).",
    example: "=PAYBACK.DISCOUNTED(B2:G2, 0.035)",
    exampleAnswer: "6",
  },
  {
    name: "PRICELEVEL",
    signature: "PRICELEVEL(amount, fromYear, toYear, indexTable)",
    da: "Omregner et beløb fra ét pris- og lønniveau til et andet med en indekstabel.",
    en: "Converts an amount from one price level to another with an index table.",
    example: "=PRICELEVEL(1000, 2023, 2022, J2:K10)",
    exampleAnswer: "1000 × indeks(2022) / indeks(2023)",
  },
  {
    name: "FULLYEAR",
    signature: "FULLYEAR(start, end, year, [schoolYear])",
    da: "Helårspersoner: den del (0-1) af et kalender- eller skoleår, en periode dækker.",
    en: "Full-year persons: the fraction (0-1) of a calendar or school year a period covers.",
    example: "=FULLYEAR(DATE(2020,1,1), DATE(2020,6,30), 2020)",
    exampleAnswer: "0,4973 (182 af 366 dage)",
  },
  {
    name: "ALLOCATE",
    signature: "ALLOCATE(total, keys, [decimals])",
    da: "Fordeler et beløb efter nøgler, så delene summerer præcis til beløbet.",
    en: "Splits a total by keys so that the parts sum exactly to the total.",
    example: "=ALLOCATE(6500000, B2:B20)",
    exampleAnswer: "én del pr. skole, summen er 6.500.000",
  },
  {
    name: "SUMCHECK",
    signature: "SUMCHECK(items, total, [decimals])",
    da: "SAND når posterne summerer til totalen, med plads til afrunding af de viste decimaler.",
    en: "TRUE when the items add up to the total, allowing for the rounding of the decimals shown.",
    example: "=SUMCHECK(B2:B9, B10, 1)",
    exampleAnswer: "SAND for Ballerup 2014: 30,3 mod 30,4",
  },
];
