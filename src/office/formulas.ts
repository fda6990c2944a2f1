import { FUNCTIONS } from "../functions/defs";

/*
 * The add-in's own functions inside formulas (issue #13). A formula the pane writes spells them by
 * their ids, the English names of functions.json; Danish Excel, whose functions-da.json is active,
 * knows them by their Danish names only and shows #NAME? for an English one written through
 * `range.formulas` (office-js #891). So the writer reads back Excel's `formulasLocal` (built-ins and
 * separators translated by Excel itself) and swaps our names for the host's, token by token. Pure.
 */

/** The language whose function names a host uses for the add-in's functions (its functions file). */
export type FunctionNames = "en" | "da";

/** Each function of the add-in: its id and its name in each language. */
export const OUR_FUNCTIONS: readonly { readonly id: string; readonly da: string }[] = FUNCTIONS.map((f) => ({ id: f.id, da: f.da.name }));

/** The name a host knows a function of ours by. */
export function hostName(id: string, names: FunctionNames): string {
  return names === "da" ? (OUR_FUNCTIONS.find((f) => f.id === id)?.da ?? id) : id;
}

/**
 * Visits each function call of a formula outside text constants and quoted sheet names: `call`
 * gets the name and returns the name to write. Cell references and named cells are not calls.
 */
function mapCalls(formula: string, call: (name: string) => string): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === ch && formula[j + 1] !== ch)) j += formula[j] === ch ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else if (/[A-Za-z_\u00C0-\u024F]/.test(ch) && !/[A-Za-z0-9_.\u00C0-\u024F]/.test(formula[i - 1] ?? "")) {
      let j = i;
      while (j < formula.length && /[A-Za-z0-9_.\u00C0-\u024F]/.test(formula[j])) j += 1;
      const name = formula.slice(i, j);
      out += formula[j] === "(" ? call(name) : name;
      i = j;
    } else {
      out += ch;
      i += 1;
    }
  }
  return out;
}

/**
 * Which of our functions a call names, in any of the forms a workbook may hold: the id, the Danish
 * name, or the form Excel stores in a file before the add-in has registered (`_xldudf_` before the
 * name, its dots possibly as underscores: Excel-Custom-Functions #108, office-js #3558, #5611).
 */
export function ourFunction(name: string): string | null {
  const bare = name.replace(/^(?:\[\d+\]!)?_xldudf_/i, "").toUpperCase();
  const found = OUR_FUNCTIONS.find((f) => [f.id, f.da].some((n) => n.toUpperCase() === bare || n.replace(/\./g, "_").toUpperCase() === bare));
  return found?.id ?? null;
}

/** Does a formula call one of our functions (by any of its names)? */
export function usesOurFunctions(formula: unknown): boolean {
  if (typeof formula !== "string" || !formula.startsWith("=")) return false;
  let found = false;
  mapCalls(formula, (name) => {
    if (ourFunction(name) !== null) found = true;
    return name;
  });
  return found;
}

/** A formula with every call of ours spelled as the host knows it; everything else as it was. */
export function withHostNames(formula: string, names: FunctionNames): string {
  // Another add-in's workbook link in front of the stored form (office-js #2568) goes too.
  return mapCalls(formula.replace(/\[\d+\]!(?=_xldudf_)/gi, ""), (name) => {
    const id = ourFunction(name);
    return id === null ? name : hostName(id, names);
  });
}
