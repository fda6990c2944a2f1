import { FUNCTIONS } from "./defs";

/**
 * A formula as Danish Excel spells it: `;` between arguments, `,` for decimals, Danish names for
 * the built-ins the add-in's examples use and for the add-in's own functions (functions-da.json).
 * Formulas with text in quotes are not supported.
 */
const DANISH_NAMES: Readonly<Record<string, string>> = {
  DATE: "DATO",
  TRUE: "SAND",
  FALSE: "FALSK",
  SUM: "SUM",
  ...Object.fromEntries(FUNCTIONS.map((fn) => [fn.id, fn.da.name])),
};

// Longest first, so PAYBACK.DISCOUNTED is not read as PAYBACK followed by ".DISCOUNTED".
const NAME = new RegExp(
  `(^|[^.\\w])(${Object.keys(DANISH_NAMES)
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/\./g, "\\."))
    .join("|")})(?=\\()`,
  "g",
);
const CONSTANT = /(^|[^.\w])(TRUE|FALSE)\b(?!\()/g;

export function danishFormula(formula: string): string {
  return formula
    .replace(/,/g, ";")
    .replace(/(\d)\.(\d)/g, "$1,$2")
    .replace(NAME, (_match, before: string, name: string) => before + DANISH_NAMES[name])
    .replace(CONSTANT, (_match, before: string, name: string) => before + DANISH_NAMES[name]);
}
