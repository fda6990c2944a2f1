/**
 * The custom functions straight from src/functions/functions.ts, with the metadata Excel would read:
 * parsed from the JSDoc by the same custom-functions-metadata parser the build's plugin uses, so the
 * engine tests need no build and still test the real id → function association.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseTree } from "custom-functions-metadata";
import * as functions from "../src/functions/functions";
import type { FunctionsMetadata, Registry } from "./engine";

export const FUNCTIONS_SOURCE = path.resolve(process.cwd(), "src/functions/functions.ts");

export function sourceFunctions(): { metadata: FunctionsMetadata; registry: Registry } {
  const parsed = parseTree(readFileSync(FUNCTIONS_SOURCE, "utf8"), FUNCTIONS_SOURCE);
  const errors = parsed.extras.flatMap((extra) => extra.errors);
  if (errors.length > 0) throw new Error(errors.join("\n"));
  const exported = functions as unknown as Record<string, (...args: unknown[]) => unknown>;
  const registry = new Map(parsed.associate.map(({ id, functionName }) => [id, exported[functionName]]));
  return { metadata: { functions: parsed.functions as unknown as FunctionsMetadata["functions"] }, registry };
}
