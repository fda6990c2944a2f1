/**
 * The custom functions as the task pane's Funktioner tab presents them, derived from the definitions
 * (src/functions/defs): the name and signature as the user's Excel shows them, the description, the
 * function's one example in the user's formula spelling with its answer, and the help page.
 */
import type { FunctionDef } from "./define";
import { FUNCTIONS } from "./defs";
import { danishFormula } from "./formula";
import { type HelpLanguage, helpPath, nameIn, signature } from "./metadata";

export interface CatalogEntry {
  readonly id: string;
  readonly name: string;
  readonly signature: string;
  readonly description: string;
  /** The example formula in the language's spelling. */
  readonly example: string;
  readonly answer: string;
  /** The help page, relative to the pane. */
  readonly help: string;
}

/** One function as the pane shows it in a language. */
export function catalogEntry(fn: FunctionDef, language: HelpLanguage): CatalogEntry {
  return {
    id: fn.id,
    name: nameIn(fn, language),
    signature: signature(fn, language),
    description: language === "da" ? fn.da.description : fn.description,
    example: language === "da" ? danishFormula(fn.example.formula) : fn.example.formula,
    answer: fn.example.answer[language],
    help: helpPath(fn.page, language),
  };
}

/** The catalogue in a language. */
export function functionCatalog(language: HelpLanguage, functions: readonly FunctionDef[] = FUNCTIONS): CatalogEntry[] {
  return functions.map((fn) => catalogEntry(fn, language));
}
