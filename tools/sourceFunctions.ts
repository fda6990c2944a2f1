/**
 * The custom functions straight from their definitions (src/functions/defs), with the metadata the
 * build writes for Excel (functions.json): the engine tests, the command line and the bench register
 * the real id → implementation association without a build.
 */
import { FUNCTIONS } from "../src/functions/defs";
import { metadata } from "../src/functions/metadata";
import { calculate, type FunctionsMetadata, type Registry, registerFunctions } from "./engine";

export function sourceFunctions(): { metadata: FunctionsMetadata; registry: Registry } {
  const registry: Registry = new Map(FUNCTIONS.map((fn) => [fn.id, fn.implementation as (...args: unknown[]) => unknown]));
  return { metadata: metadata("en") as unknown as FunctionsMetadata, registry };
}

let registered = false;

/** Registers the source functions with HyperFormula, once per module instance (its registry is global). */
export function registerSourceFunctions(): void {
  if (registered) return;
  const { metadata: m, registry } = sourceFunctions();
  registerFunctions(m, registry);
  registered = true;
}

/** The in-memory Excel's calculator: HyperFormula with the add-in's functions. */
export function sourceCalculator(): typeof calculate {
  registerSourceFunctions();
  return calculate;
}
