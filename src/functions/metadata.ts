import type { FunctionDef, Param } from "./define";
import { FUNCTIONS } from "./defs";

/**
 * The custom functions' metadata, written by the build from the definitions: functions.json (English
 * Excel) and functions-da.json (Danish Excel, wired into the manifest by a da-DK override). The same
 * ids, parameters and types in both; only names, descriptions and the help page's language differ.
 * A workbook stores the id, so a formula typed in Danish Excel opens in English Excel and back.
 * The shape is the one custom-functions-metadata-plugin writes from JSDoc (every parameter `any`, so
 * Excel hands cells over unconverted); test/functions/definitions.test.ts holds it to the plugin.
 */
export interface ParameterMetadata {
  readonly name: string;
  readonly description: string;
  readonly type: "any";
  readonly dimensionality?: "matrix";
  readonly optional?: true;
}

export interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly helpUrl: string;
  readonly parameters: readonly ParameterMetadata[];
  readonly result: { readonly type: "number" | "boolean"; readonly dimensionality?: "matrix" };
}

export interface Metadata {
  readonly functions: readonly FunctionMetadata[];
}

export type HelpLanguage = "da" | "en";

/** Where the development build serves the add-in; a release points the help URLs elsewhere. */
export const DEV_ORIGIN = "https://localhost:3000";

/** Where a function's help page is, below the add-in's origin. */
export function helpPath(page: string, language: HelpLanguage): string {
  return `help/${language}/${page}.html`;
}

/** A function's name in a language: the id in English Excel, the Danish name in Danish Excel. */
export function nameIn(fn: FunctionDef, language: HelpLanguage): string {
  return language === "da" ? fn.da.name : fn.id;
}

/** A parameter's name in a language. */
export function parameterName(p: Param, language: HelpLanguage): string {
  return language === "da" ? p.da.name : p.name;
}

/** The signature as Excel shows it in a language: `PAYBACK(flows, [fractional])`, `TILBAGEBETALINGSTID(beløb; [brøkdel])`. */
export function signature(fn: FunctionDef, language: HelpLanguage): string {
  const params = fn.parameters.map((p) => (p.optional === true ? `[${parameterName(p, language)}]` : parameterName(p, language)));
  return `${nameIn(fn, language)}(${params.join(language === "da" ? "; " : ", ")})`;
}

function parameterMetadata(p: Param, language: HelpLanguage): ParameterMetadata {
  return {
    name: parameterName(p, language),
    description: language === "da" ? p.da.description : p.description,
    type: "any",
    ...(p.kind === "range" ? { dimensionality: "matrix" as const } : {}),
    ...(p.optional === true ? { optional: true as const } : {}),
  };
}

/** One function's metadata in a language, its help URL below `origin`. */
export function functionMetadata(fn: FunctionDef, language: HelpLanguage, origin = DEV_ORIGIN): FunctionMetadata {
  return {
    id: fn.id,
    name: nameIn(fn, language),
    description: language === "da" ? fn.da.description : fn.description,
    helpUrl: `${origin}/${helpPath(fn.page, language)}`,
    parameters: fn.parameters.map((p) => parameterMetadata(p, language)),
    result: { type: fn.result.type, ...(fn.result.matrix === true ? { dimensionality: "matrix" as const } : {}) },
  };
}

/** functions.json ("en") or functions-da.json ("da"). */
export function metadata(language: HelpLanguage, origin = DEV_ORIGIN, functions: readonly FunctionDef[] = FUNCTIONS): Metadata {
  return { functions: functions.map((fn) => functionMetadata(fn, language, origin)) };
}
