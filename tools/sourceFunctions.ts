/**
 * The custom functions straight from src/functions/functions.ts, with the metadata Excel would read:
 * parsed from the JSDoc by the same custom-functions-metadata parser the build's plugin uses, so the
 * engine tests need no build and still test the real id → function association. The built command
 * line carries the same parse, made when it was built (webpack.cli.js defines __FUNCTIONS_METADATA__),
 * so it needs neither the source nor the parser where it runs.
 */
import path from "node:path";
import * as functions from "../src/functions/functions";
import { calculate, type FunctionsMetadata, type Registry, registerFunctions } from "./engine";

/** What webpack.cli.js puts in the built command line: the parse of functions.ts at build time. */
export interface Parsed {
  readonly functions: FunctionsMetadata["functions"];
  readonly associate: readonly { readonly id: string; readonly functionName: string }[];
}
/** The JSON of a {@link Parsed}, in the built command line only. */
declare const __FUNCTIONS_METADATA__: string;

export const FUNCTIONS_SOURCE = path.resolve(__dirname, "../src/functions/functions.ts");

export function sourceFunctions(): { metadata: FunctionsMetadata; registry: Registry } {
  // webpack replaces the condition by a constant in the built command line and drops the other
  // branch, so neither the parser nor the source goes with it.
  const parsed: Parsed =
    typeof __FUNCTIONS_METADATA__ !== "undefined"
      ? (JSON.parse(__FUNCTIONS_METADATA__) as Parsed)
      : (require("./parseFunctions") as typeof import("./parseFunctions")).parseFunctionsSource(FUNCTIONS_SOURCE);
  const exported = functions as unknown as Record<string, (...args: unknown[]) => unknown>;
  const registry = new Map(parsed.associate.map(({ id, functionName }) => [id, exported[functionName]]));
  return { metadata: { functions: parsed.functions }, registry };
}

let registered = false;

/** Registers the source functions with HyperFormula, once per module instance (its registry is global). */
export function registerSourceFunctions(): void {
  if (registered) return;
  const { metadata, registry } = sourceFunctions();
  registerFunctions(metadata, registry);
  registered = true;
}

/** The in-memory Excel's calculator: HyperFormula with the add-in's functions. */
export function sourceCalculator(): typeof calculate {
  registerSourceFunctions();
  return calculate;
}
