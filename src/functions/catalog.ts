/**
 * The custom functions as the task pane presents them: name, signature, one line in each language,
 * an example from the seed documents with its answer. Examples are written as English Excel writes
 * formulas (`,` between arguments, `.` for decimals, DATE); the pane shows Danish Excel's spelling
 * to Danish users. Excel's autocomplete text comes from the JSDoc in functions.ts; tests hold this
 * list to the same names and evaluate its examples in a formula engine.
 */
import { DANISH } from "./danish";
import { danishFormula } from "./formula";
import { HELP } from "./help";
import { type HelpLanguage, helpPath } from "./localize";

export interface FunctionEntry {
  readonly name: string;
  readonly signature: string;
  readonly da: string;
  readonly en: string;
  /** A formula in English Excel's spelling. */
  readonly example: string;
  /** The example's answer; the English one starts with the number a test checks. */
  readonly answer: { readonly da: string; readonly en: string };
}

/** The entry's name and signature as Excel shows them in a language: Danish names in Danish Excel. */
export function shownAs(entry: FunctionEntry, language: HelpLanguage): { name: string; signature: string; example: string; help: string } {
  const help = helpPath(HELP[entry.name]?.page ?? "index", language);
  if (language === "en") return { name: entry.name, signature: entry.signature, example: entry.example, help };
  const danish = DANISH[entry.name];
  const signature = entry.signature
    .replace(/^[^(]+/, danish.name)
    .replace(/\w+/g, (word, offset: number) => (offset > danish.name.length ? (danish.parameters[word]?.name ?? word) : word))
    .replace(/, /g, "; ");
  return { name: danish.name, signature, example: danishFormula(entry.example), help };
}

export const FUNCTION_CATALOG: readonly FunctionEntry[] = [
  {
    name: "SEGREGATION.PAYMENT",
    signature: "SEGREGATION.PAYMENT(cost, [threshold], [cap], [schoolShare])",
    da: "Skolens andel af et specialtilbuds årlige udgift efter incitamentsmodellen.",
    en: "The school's part of a special offer's annual cost under the incentive model.",
    example: "=SEGREGATION.PAYMENT(280000)",
    answer: { da: "272.497,50 kr.", en: "272497.5 kr." },
  },
  {
    name: "SEGREGATION.CENTRAL",
    signature: "SEGREGATION.CENTRAL(cost, [threshold], [cap], [schoolShare])",
    da: "Forvaltningens andel: udgiften minus skolens andel.",
    en: "The administration's part: the cost minus the school's part.",
    example: "=SEGREGATION.CENTRAL(400000)",
    answer: { da: "112.923 kr.", en: "112923 kr." },
  },
  {
    name: "SEGREGATION.LIABLE",
    signature: "SEGREGATION.LIABLE(start, end, schoolYear, [category], [arrival], [basis])",
    da: "Den del (0-1) af et skoleår, skolen betaler for en placering.",
    en: "The fraction (0-1) of a school year the paying school is liable for a placement.",
    example: "=SEGREGATION.LIABLE(DATE(2023,8,1), DATE(2024,1,31), 2023)",
    answer: { da: "0,5027 (184 af 366 dage)", en: "0.5027 (184 of 366 days)" },
  },
  {
    name: "PAYBACK",
    signature: "PAYBACK(flows, [fractional], [extendLast])",
    da: "Tilbagebetalingstid i år for årlige beløb (udgifter positive, besparelser negative).",
    en: "Payback period in years of yearly flows (costs positive, savings negative).",
    example: "=PAYBACK(B2:G2)",
    answer: { da: "6 år for 625, 1.080, 500, -1.000, -1.000, -1.000", en: "6 years for 625, 1,080, 500, -1,000, -1,000, -1,000" },
  },
  {
    name: "PAYBACK.DISCOUNTED",
    signature: "PAYBACK.DISCOUNTED(flows, rate, [fractional], [extendLast])",
    da: "Tilbagebetalingstid for beløb diskonteret med rate om året (år 0 udiskonteret).",
    en: "Payback period of flows discounted at rate a year (year 0 undiscounted).",
    example: "=PAYBACK.DISCOUNTED(B2:G2, 0.035)",
    answer: { da: "6 år for de samme beløb ved 3,5 %", en: "6 years for the same flows at 3.5 %" },
  },
  {
    name: "PRICELEVEL",
    signature: "PRICELEVEL(amount, fromYear, toYear, indexTable)",
    da: "Omregner et beløb fra ét pris- og lønniveau til et andet med en indekstabel.",
    en: "Converts an amount from one price level to another with an index table.",
    example: "=PRICELEVEL(1042, 2022, 2023, J2:K10)",
    answer: { da: "1.085 ved indeks 104,2 (2022) og 108,5 (2023)", en: "1,085 with indices 104.2 (2022) and 108.5 (2023)" },
  },
  {
    name: "FULLYEAR",
    signature: "FULLYEAR(start, end, year, [schoolYear])",
    da: "Helårspersoner: den del (0-1) af et kalender- eller skoleår, en periode dækker.",
    en: "Full-year persons: the fraction (0-1) of a calendar or school year a period covers.",
    example: "=FULLYEAR(DATE(2020,1,1), DATE(2020,6,30), 2020)",
    answer: { da: "0,4973 (182 af 366 dage)", en: "0.4973 (182 of 366 days)" },
  },
  {
    name: "ALLOCATE",
    signature: "ALLOCATE(total, keys, [decimals])",
    da: "Fordeler et beløb efter nøgler, så delene summerer præcis til beløbet.",
    en: "Splits a total by keys so that the parts sum exactly to the total.",
    example: "=ALLOCATE(5000000, B2:B3)",
    answer: { da: "2.500.000 og 2.500.000 for nøglerne 1 og 1", en: "2,500,000 and 2,500,000 for keys 1 and 1" },
  },
  {
    name: "SUMCHECK",
    signature: "SUMCHECK(items, total, [decimals])",
    da: "SAND når posterne summerer til totalen, med plads til afrunding af de viste decimaler.",
    en: "TRUE when the items add up to the total, allowing for the rounding of the decimals shown.",
    example: "=SUMCHECK(B2:B7, B8, 1)",
    answer: { da: "SAND for Ballerup 2014: 30,3 vist mod 30,4", en: "TRUE for Ballerup 2014: 30.3 shown against 30.4" },
  },
];
