import { DANISH, type DanishFunction } from "./danish";

/**
 * Custom functions metadata (functions.json) and its Danish edition (functions-da.json): the same
 * ids, parameters and types, with the Danish names and texts of danish.ts and the Danish help page.
 */
export interface ParameterMetadata {
  readonly name: string;
  readonly description?: string;
  readonly [key: string]: unknown;
}

export interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly helpUrl?: string;
  readonly parameters: readonly ParameterMetadata[];
  readonly [key: string]: unknown;
}

export interface Metadata {
  readonly functions: readonly FunctionMetadata[];
}

export type HelpLanguage = "da" | "en";

/** Where a function's help page is, below the add-in's origin. */
export function helpPath(page: string, language: HelpLanguage): string {
  return `help/${language}/${page}.html`;
}

/** What lacks a Danish text: "ID" for a function, "ID(parameter)" for a parameter. Empty when complete. */
export function missingTranslations(metadata: Metadata, table: Readonly<Record<string, DanishFunction>> = DANISH): string[] {
  return metadata.functions.flatMap((fn) => {
    const danish = table[fn.id];
    if (danish === undefined || danish.name.trim() === "" || danish.description.trim() === "") return [fn.id];
    return fn.parameters
      .filter((p) => {
        const t = danish.parameters[p.name];
        return t === undefined || t.name.trim() === "" || t.description.trim() === "";
      })
      .map((p) => `${fn.id}(${p.name})`);
  });
}

/** The Danish edition of the metadata; throws naming what lacks a translation. */
export function danishMetadata(metadata: Metadata, table: Readonly<Record<string, DanishFunction>> = DANISH): Metadata {
  const missing = missingTranslations(metadata, table);
  if (missing.length > 0) throw new Error(`No Danish translation for ${missing.join(", ")} (src/functions/danish.ts)`);
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => {
      const danish = table[fn.id];
      return {
        ...fn,
        name: danish.name,
        description: danish.description,
        ...(fn.helpUrl === undefined ? {} : { helpUrl: fn.helpUrl.replace("/help/en/", "/help/da/") }),
        parameters: fn.parameters.map((p) => ({ ...p, name: danish.parameters[p.name].name, description: danish.parameters[p.name].description })),
      };
    }),
  };
}
