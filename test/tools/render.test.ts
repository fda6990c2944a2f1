/**
 * Pictures of the templates as a sheet shows them, for docs/ (only with UPDATE_SCREENSHOTS=1, which
 * `npm run screenshots` sets): each filled template evaluated by HyperFormula with the add-in's
 * functions, its values written to .xlsx with the template's formats, printed to PDF by LibreOffice
 * and the first page turned into a PNG by pdftoppm (Debian's poppler-utils).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { TEMPLATE_KINDS, templateLayout } from "../../src/sheets/templates";
import { registerFunctions, workbook } from "../../tools/engine";
import { sourceFunctions } from "../../tools/sourceFunctions";
import { writeXlsx } from "../../tools/xlsx";

const update = process.env.UPDATE_SCREENSHOTS === "1";
const { metadata, registry } = sourceFunctions();
registerFunctions(metadata, registry);

(update ? it : it.skip).each(TEMPLATE_KINDS)("renders the %s template, filled, as the sheet shows it", async (kind) => {
  const dir = mkdtempSync(path.join(tmpdir(), "render-"));
  const layout = templateLayout(kind, "Skabelon", { firstYear: 2022, years: 4, priceYear: 2022, filled: true });
  const hf = workbook({ Skabelon: layout.cells.map((row) => [...row]) });
  const values = hf.getSheetValues(0).map((row) => row.map((v) => (typeof v === "object" && v !== null ? String((v as { value: unknown }).value) : v)));
  const file = path.join(dir, `skabelon-${kind}.xlsx`);
  await writeXlsx(file, [{ ...layout, cells: values as never }]);
  const profile = `file://${mkdtempSync(path.join(tmpdir(), "lo-profile-"))}`;
  const pdf = spawnSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, file], { timeout: 120000 });
  expect(pdf.status).toBe(0);
  const base = path.join(dir, `skabelon-${kind}`);
  const png = spawnSync("pdftoppm", ["-png", "-r", "80", "-singlefile", "-f", "1", "-l", "1", `${base}.pdf`, base], { timeout: 60000 });
  expect(png.status).toBe(0);
  copyFileSync(`${base}.png`, path.resolve(__dirname, `../../docs/skabelon-${kind}.png`));
}, 150000);
