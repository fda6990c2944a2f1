import { helpPages } from "./helpPage";
import { danishMetadata, type Metadata } from "./localize";

/**
 * Run at build time, not in Excel: webpack.config.js hands this module the generated functions.json
 * and the name of a file to write (html-webpack-plugin evaluates it once per file): functions-da.json,
 * or a help page such as help/da/payback.html. A missing translation or help text fails the build.
 */
export default function buildAsset(parameters: { file: string; metadata: string }): string {
  const english = JSON.parse(parameters.metadata) as Metadata;
  const danish = danishMetadata(english);
  if (parameters.file === "functions-da.json") return `${JSON.stringify(danish, null, 4)}\n`;
  const page = helpPages(english, danish)[parameters.file];
  if (page === undefined) throw new Error(`buildAssets: no help page ${parameters.file}`);
  return page;
}
