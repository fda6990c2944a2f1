/**
 * A formula as Danish Excel spells it: `;` between arguments, `,` for decimals, and the built-in
 * names this add-in's examples use in Danish. The add-in's own function names are the same in both
 * languages (until their Danish names arrive). Formulas with text in quotes are not supported.
 */
const DANISH_NAMES: Readonly<Record<string, string>> = { DATE: "DATO", TRUE: "SAND", FALSE: "FALSK" };

export function danishFormula(formula: string): string {
  return formula
    .replace(/,/g, ";")
    .replace(/(\d)\.(\d)/g, "$1,$2")
    .replace(/(^|[^.\w])(DATE|TRUE|FALSE)\b/g, (_match, before: string, name: string) => before + DANISH_NAMES[name]);
}
