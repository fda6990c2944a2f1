import { helpPages } from "./helpPage";
import { GUIDE_PATH, renderGuide } from "./guidePage";
import { DEV_ORIGIN, metadata } from "./metadata";

/**
 * Run at build time, not in Excel: webpack.config.js hands this module the name of a file to write
 * and the origin the add-in will be served from (html-webpack-plugin evaluates it once per file):
 * functions.json, functions-da.json, or a help page such as help/da/payback.html, all from the
 * definitions in src/functions/defs.
 */
export default function buildAsset(parameters: { file: string; origin?: string; guide?: string }): string {
  const origin = parameters.origin ?? DEV_ORIGIN;
  if (parameters.file === GUIDE_PATH) return renderGuide(parameters.guide ?? "");
  if (parameters.file === "functions.json") return `${JSON.stringify(metadata("en", origin), null, 4)}\n`;
  if (parameters.file === "functions-da.json") return `${JSON.stringify(metadata("da", origin), null, 4)}\n`;
  const page = helpPages()[parameters.file];
  if (page === undefined) throw new Error(`buildAssets: no help page ${parameters.file}`);
  return page;
}
