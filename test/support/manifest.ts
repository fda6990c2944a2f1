/**
 * manifest.xml as data, read offline: every element with its attributes and the chain of element
 * names above it, so tests can ask "every resid", "every URL", "every string" without a schema service.
 */
import { readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";

export interface ManifestElement {
  /** Local name, the namespace prefix dropped: "bt:Image" → "Image". */
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** Local names of the ancestors, outermost first. */
  readonly path: readonly string[];
}

const localName = (name: string): string => name.replace(/^.*:/, "");

export function readManifest(file: string): ManifestElement[] {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", preserveOrder: true, trimValues: true });
  const tree = parser.parse(readFileSync(file, "utf8"), true) as unknown[];
  const elements: ManifestElement[] = [];
  const walk = (nodes: unknown[], path: string[]): void => {
    for (const node of nodes) {
      const record = node as Record<string, unknown>;
      const name = Object.keys(record).find((k) => k !== ":@");
      if (name === undefined || name === "#text" || name === "?xml") continue;
      const attributes = (record[":@"] ?? {}) as Record<string, string>;
      elements.push({ name: localName(name), attributes, path });
      walk((record[name] ?? []) as unknown[], [...path, localName(name)]);
    }
  };
  walk(tree, []);
  return elements;
}

/** Text content of the first element with this local name (Id, Version, Permissions…). */
export function manifestText(file: string, name: string): string | undefined {
  const match = new RegExp(`<(?:\\w+:)?${name}>([^<]*)</(?:\\w+:)?${name}>`).exec(readFileSync(file, "utf8"));
  return match?.[1];
}
