/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands the cells over unconverted; args.ts reads them. */
import { Dec } from "../../core/decimal";
import { numberGrid } from "../../core/grid";
import { flowsByYear } from "../../core/payback";
import { type Discounting, presentValue as presentValueOf } from "../../core/presentValue";
import { messages } from "../../core/messages";
import { invalid } from "../../core/result";
import { parseArgs } from "../args";
import { danishNames, type FunctionDef, type ParamSpec, withTexts } from "../define";
import { answer, then, toExcelNumber } from "../excel";
import { FLOW_TEXTS, FLOWS_PARAM, RATE_UNIT, SEED_000, TABEL_1_SHEET } from "./shared";

/** The id, which is also the English name: a workbook stores it, so it never changes. */
export const ID = "PRESENTVALUE";

const PARAMS = [
  FLOWS_PARAM,
  { kind: "number", name: "rate", default: null, optional: true, daName: "rente" },
  { kind: "number", name: "rateAfter70", default: null, optional: true, daName: "rente_efter_70" },
] as const satisfies readonly ParamSpec[];
const NAMES = danishNames(PARAMS);

/** The present value: the flows' first year is year 0; the rate, or the Finance Ministry's term structure when it is left out. */
export function presentValue(flows: any[][], rate?: any, rateAfter70?: any): number {
  return answer(
    () =>
      then(parseArgs(PARAMS, [flows, rate, rateAfter70]), ([f, r, after]) => {
        // The rate's own error first; then a rate after year 70 beside a constant rate is refused, not ignored.
        if (r !== null && r <= -1) return invalid(messages.rateTooLow(r));
        if (r !== null && after !== null) return invalid(messages.rateAfter70WithRate());
        const discounting: Discounting = r === null ? { kind: "ministry", after70: after === null ? null : new Dec(after) } : { kind: "constant", rate: new Dec(r) };
        return then(numberGrid("flows", f), (grid) => then(presentValueOf(flowsByYear(grid.cells), discounting), (v) => toExcelNumber("flows", v)));
      }),
    NAMES,
  );
}

export const PRESENTVALUE: FunctionDef = {
  id: ID,
  description: "Present value of yearly flows from year 0: at rate, or blank for the Finance Ministry's 3.5 % in years 1-35 and 2.5 % in 36-70.",
  da: {
    name: "NUTIDSVÆRDI.STAT",
    description: "Nutidsværdien af årlige beløb fra år 0: med renten, eller tom for Finansministeriets 3,5 % i år 1-35 og 2,5 % i år 36-70.",
  },
  page: "presentvalue",
  parameters: /*#__PURE__*/ withTexts(PARAMS, FLOW_TEXTS, {
    rate: {
      description: "A constant discount rate a year, above -1. Blank: the Finance Ministry's rates.",
      da: "En fast diskonteringsrente om året, over -1. Udelad for Finansministeriets renter.",
      unit: RATE_UNIT,
      omitted: { da: "Finansministeriets renter: 3,5 % i år 1-35, 2,5 % i år 36-70", en: "the Finance Ministry's rates: 3.5 % in years 1-35, 2.5 % in years 36-70" },
    },
    rateAfter70: {
      description: "Rate after year 70 with the ministry's rates, for flows beyond it (earlier statements: 0.015). Blank: none.",
      da: "Renten efter år 70 med ministeriets renter, til beløb efter år 70 (tidligere udmeldinger: 0,015). Tom: ingen.",
      unit: { da: "rente om året, fx 0,015", en: "rate a year, e.g. 0.015" },
      omitted: { da: "ingen: beløb efter år 70 giver #VÆRDI!", en: "none: flows beyond year 70 give #VALUE!" },
    },
  }),
  result: { type: "number" },
  rule: [
    {
      da: "Nutidsværdi = Σ beløbₜ · D(t) for år t = 0, 1, 2, … fra områdets første år; D(0) = 1 og D(t) = D(t − 1) / (1 + rₜ). Med en rente er rₜ den samme hvert år. Uden er det Finansministeriets kalkulationsrente fra dokumentationsnotatet af 7. januar 2021 (faste priser): 3,5 % i år 1-35 og 2,5 % i år 36-70; en rente efter år 70 fastlægger notatet ikke, så den skal angives, hvis beløbene går videre.",
      en: "Present value = Σ flowₜ · D(t) for years t = 0, 1, 2, … from the range's first year; D(0) = 1 and D(t) = D(t − 1) / (1 + rₜ). With a rate, rₜ is the same every year. Without, it is the Finance Ministry's discount rate from its documentation note of 7 January 2021 (fixed prices): 3.5 % in years 1-35 and 2.5 % in years 36-70; the note sets no rate after year 70, so it must be given if the flows run further.",
    },
    {
      da: "Svaret regnes præcist (alle cifre, én division til sidst) og afrundes ikke. Et blankt år er 0. En blok med poster i rækker og år i kolonner summeres pr. år, som i TILBAGEBETALINGSTID.",
      en: "The answer is exact (every digit, one division at the end) and not rounded. A blank year is 0. A block with items in rows and years in columns is summed per year, as in PAYBACK.",
    },
  ],
  example: {
    source: SEED_000,
    sheet: TABEL_1_SHEET,
    cell: "B3",
    formula: "=PRESENTVALUE(B2:G2)",
    value: -480.1245,
    answer: {
      da: "Forslagets nutidsværdi med Finansministeriets rente er −480 (1.000 kr.): besparelserne fra 2025 opvejer investeringen.",
      en: "The proposal's present value at the Finance Ministry's rate is −480 (1.000 kr.): the savings from 2025 outweigh the investment.",
    },
  },
  errors: [
    {
      code: "#VALUE!",
      when: { da: "en celle i området indeholder tekst eller en fejlværdi", en: "a cell in the range holds text or an error value" },
      args: [[[625, "1.080 kr."]]],
      message: "flows:",
    },
    {
      code: "#VALUE!",
      when: { da: "renten er tekst eller −1 og derunder", en: "the rate is text, or −1 or below" },
      args: [[[1, -1]], -1],
      message: "rate:",
    },
    {
      code: "#VALUE!",
      when: { da: "både en rente og en rente efter år 70 er angivet", en: "both a rate and a rate after year 70 are given" },
      args: [[[1, -1]], 0.035, 0.015],
      message: "rateAfter70:",
    },
    {
      code: "#VALUE!",
      when: { da: "beløbene går ud over år 70 med ministeriets renter, og renten efter år 70 er ikke angivet", en: "the flows run beyond year 70 at the ministry's rates and no rate after year 70 is given" },
      args: [[Array.from({ length: 72 }, () => 1)]],
      message: "rateAfter70:",
    },
  ],
  implementation: presentValue,
};
