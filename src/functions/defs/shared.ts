/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands the cells over unconverted; args.ts reads them. */
import type { Dec } from "../../core/decimal";
import { figure } from "../../core/messages";
import type { Result } from "../../core/result";
import { HEDENSTED_2022_23, type IncentiveModel, incentiveModel } from "../../core/segregation";
import { parseArgs } from "../args";
import { danishNames, type ExampleCell, type HelpError, type ParamSpec, type ParamTexts, type Text } from "../define";
import { answer, then, toExcelNumber } from "../excel";

/* What several definitions share: units, the seed documents the examples come from, the incentive
 * model's parameters (SEGREGATION.PAYMENT and .CENTRAL) and the flows of the payback functions. */

export const KR: Text = { da: "kr.", en: "kr." };
export const FRACTION: Text = { da: "andel 0-1", en: "fraction 0-1" };
export const DATE: Text = { da: "dato", en: "date" };
export const YEAR: Text = { da: "år (helt tal)", en: "year (whole number)" };
export const LOGICAL: Text = { da: "SAND/FALSK", en: "TRUE/FALSE" };
export const FALSE_DEFAULT: Text = { da: "FALSK", en: "FALSE" };
/** A discount rate's unit (PAYBACK.DISCOUNTED, PRESENTVALUE). */
export const RATE_UNIT: Text = { da: "rente om året, fx 0,035", en: "rate a year, e.g. 0.035" };

export const SEED_000: Text = {
  da: "Københavns Kommune, Investeringsforslag (OFS 2021-22), Tabel 1, 1.000 kr. 2023 p/l",
  en: "Copenhagen, investment proposal (OFS 2021-22), Tabel 1, 1.000 kr. 2023 prices",
};
export const SEED_003: Text = {
  da: "Hedensted Kommune, Takstkatalog og vilkår for ressourceudlægning, skoleåret 2022/23",
  en: "Hedensted municipality, tariff catalogue and terms for devolved resources, school year 2022/23",
};
export const SEED_004: Text = { da: "Ballerup Kommune, SkoleFleks og dagbehandling", en: "Ballerup municipality, SkoleFleks and day treatment" };

const HEDENSTED = "Hedensted 2022/23";
const threshold = /*#__PURE__*/ figure(HEDENSTED_2022_23.threshold);
const cap = /*#__PURE__*/ figure(HEDENSTED_2022_23.cap);
const share: Text = { da: String(HEDENSTED_2022_23.schoolShare).replace(".", ","), en: String(HEDENSTED_2022_23.schoolShare) };

/** The incentive model's three optional parameters, defaulting to Hedensted's 2022/23 tariffs. */
export const MODEL_PARAMS = [
  { kind: "number", name: "threshold", default: HEDENSTED_2022_23.threshold, optional: true, daName: "tærskel" },
  { kind: "number", name: "cap", default: HEDENSTED_2022_23.cap, optional: true, daName: "loft" },
  { kind: "number", name: "schoolShare", default: HEDENSTED_2022_23.schoolShare, optional: true, daName: "skoleandel" },
] as const satisfies readonly ParamSpec[];

export const COST_PARAM = { kind: "number", name: "cost", daName: "udgift" } as const satisfies ParamSpec;

/** The texts of the cost and the model's parameters. */
export const MODEL_TEXTS: Readonly<Record<string, ParamTexts>> = {
  cost: { description: "Annual cost of the special offer, kr. (0 or more).", da: "Specialtilbuddets årlige udgift, kr. (0 eller mere).", unit: KR },
  threshold: {
    description: `kr.; the school pays the whole cost up to this. Default ${threshold.en} (${HEDENSTED}).`,
    da: `Kr.; skolen betaler hele udgiften op til tærsklen. Standard ${threshold.da} (${HEDENSTED}).`,
    unit: KR,
    omitted: { da: `${threshold.da} (${HEDENSTED})`, en: `${threshold.en} (${HEDENSTED})` },
  },
  cap: {
    description: `kr.; the most a school pays for one pupil. Default ${cap.en}. Must be at least threshold.`,
    da: `Kr.; det meste en skole betaler for én elev. Standard ${cap.da}. Mindst tærsklen.`,
    unit: KR,
    omitted: { da: `${cap.da} (${HEDENSTED})`, en: `${cap.en} (${HEDENSTED})` },
  },
  schoolShare: {
    description: `Fraction 0-1 of the cost above threshold that the school pays. Default ${share.en}.`,
    da: `Andel 0-1 af udgiften over tærsklen, som skolen betaler. Standard ${share.da}.`,
    unit: FRACTION,
    omitted: share,
  },
};

const MODEL_FUNCTION_PARAMS = [COST_PARAM, ...MODEL_PARAMS] as const;
const MODEL_NAMES = danishNames(MODEL_FUNCTION_PARAMS);

/** SEGREGATION.PAYMENT's and .CENTRAL's parameters and implementation: a part of the cost under the model. */
export function modelFunction(
  part: (cost: number, model: IncentiveModel) => Result<Dec>,
  fast: (cost: unknown, threshold: unknown, cap: unknown, schoolShare: unknown) => number | undefined,
) {
  /** The Decimal path: every argument read and checked, every error worded. */
  const exact = (cost: any, threshold?: any, cap?: any, schoolShare?: any): number =>
    answer(
      () =>
        then(parseArgs(MODEL_FUNCTION_PARAMS, [cost, threshold, cap, schoolShare]), ([k, t, c, s]) =>
          // Stryker disable next-line StringLiteral: equivalent, either part is at most the cost, a number Excel holds, so no message names the argument
          then(incentiveModel(t, c, s), (model) => then(part(k, model), (v) => toExcelNumber("cost", v))),
        ),
      MODEL_NAMES,
    );
  return {
    specs: MODEL_FUNCTION_PARAMS,
    exact,
    /** The fast path where it can be sure (src/core/segregationFast.ts), the exact one otherwise. */
    implementation: (cost: any, threshold?: any, cap?: any, schoolShare?: any): number => fast(cost, threshold, cap, schoolShare) ?? exact(cost, threshold, cap, schoolShare),
  };
}

export const MODEL_RULE: readonly Text[] = [
  {
    da: "Skolen betaler specialtilbuddets årlige udgift K op til tærsklen T. Over tærsklen deler skolen og forvaltningen: skolen betaler sin andel s af det, der ligger over T, dog højst loftet C. Skolens betaling er K, hvis K ≤ T, ellers MIN(C; T + s·(K − T)); forvaltningen betaler resten, så de to altid summerer til K.",
    en: "The school pays the special offer's annual cost K up to the threshold T. Above it the school and the administration share: the school pays its share s of the part above T, at most the cap C. The school's payment is K when K ≤ T, else MIN(C, T + s·(K − T)); the administration pays the rest, so the two always add up to K.",
  },
  {
    da: "Standardværdierne er Hedensteds takster for 2022/23. Kilden siger ikke, hvordan delen over tærsklen deles; 50 % er standard og kan ændres. Modellen skal opfylde 0 ≤ T ≤ C og 0 ≤ s ≤ 1. Svaret regnes præcist og afrundes ikke.",
    en: "The defaults are Hedensted's tariffs for 2022/23. The source does not say how the part above the threshold is shared; 50 % is the default and can be changed. The model must satisfy 0 ≤ T ≤ C and 0 ≤ s ≤ 1. The answer is exact and not rounded.",
  },
];

export const MODEL_ERRORS: readonly HelpError[] = [
  {
    code: "#VALUE!",
    when: { da: "udgiften er tom, tekst eller negativ", en: "the cost is blank, text or negative" },
    args: [-1],
    message: "cost:",
  },
  {
    code: "#VALUE!",
    when: { da: "loftet er mindre end tærsklen, eller skoleandelen ligger uden for 0-1", en: "the cap is below the threshold, or the school share is outside 0-1" },
    args: [300000, 300000, 200000],
    message: "cap:",
  },
];

/** Seed 000's Tabel 1, the total row "Samlet økonomisk påvirkning", 1.000 kr. */
export const TABEL_1_SHEET: readonly (readonly ExampleCell[])[] = [
  [null, 2022, 2023, 2024, 2025, 2026, 2027],
  ["Samlet økonomisk påvirkning", 625, 1080, 500, -1000, -1000, -1000],
];

const FLOWS_UNIT: Text = { da: "kr. eller 1.000 kr. (et område)", en: "kr. or 1.000 kr. (a range)" };

export const FLOWS_PARAM = { kind: "range", name: "flows", daName: "beløb" } as const satisfies ParamSpec;
export const EXTEND_LAST_PARAM = { kind: "boolean", name: "extendLast", default: false, optional: true, daName: "forlæng" } as const satisfies ParamSpec;

/** The texts of the flows and extendLast, as PAYBACK and PAYBACK.DISCOUNTED share them. */
export const FLOW_TEXTS: Readonly<Record<string, ParamTexts>> = {
  flows: {
    description: "Yearly flows (kr. or 1.000 kr.): a row, a column, or items in rows and years in columns. Blank = 0.",
    da: "Årlige beløb (kr. eller 1.000 kr.): en række, en kolonne eller poster i rækker og år i kolonner. Tom = 0.",
    unit: FLOWS_UNIT,
  },
  extendLast: {
    description: "TRUE repeats the last year's flow after the range, as a permanent change. Default FALSE.",
    da: "SAND gentager det sidste års beløb efter området, som en varig ændring. Standard FALSK.",
    unit: LOGICAL,
    omitted: FALSE_DEFAULT,
  },
};

export const FLOW_ERRORS: readonly HelpError[] = [
  {
    code: "#N/A",
    when: { da: "beløbene er ikke tilbagebetalt inden for området", en: "the flows are not paid back within the range" },
    args: [[[625, 1500, 1500]]],
    message: "not paid back",
  },
  {
    code: "#N/A",
    when: { da: "området er tomt eller kun nuller: der er intet at tilbagebetale", en: "the range is empty or all zero: there is nothing to pay back" },
    args: [[[0, 0]]],
    message: "flows:",
  },
  {
    code: "#VALUE!",
    when: { da: "en celle i området indeholder tekst eller en fejlværdi", en: "a cell in the range holds text or an error value" },
    args: [[[625, "1.080 kr."]]],
    message: "flows:",
  },
];

/** TRUE/FALSE as given, blank as the default FALSE; anything else undefined (parseArgs decides). */
export function plainLogical(value: unknown): boolean | undefined {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, undefined sends a blank to the exact path, which reads it as FALSE too; this one is faster
  if (value === null || value === undefined) return false;
  return typeof value === "boolean" ? value : undefined;
}
