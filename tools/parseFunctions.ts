import { readFileSync } from "node:fs";
import { parseTree } from "custom-functions-metadata";
import type { Parsed } from "./sourceFunctions";

/** Parses functions.ts's JSDoc as the build's plugin does: the metadata and which export each id is. */
export function parseFunctionsSource(source: string): Parsed {
  const parsed = parseTree(readFileSync(source, "utf8"), source);
  const errors = parsed.extras.flatMap((extra) => extra.errors);
  if (errors.length > 0) throw new Error(errors.join("\n"));
  return { functions: parsed.functions as unknown as Parsed["functions"], associate: parsed.associate };
}
