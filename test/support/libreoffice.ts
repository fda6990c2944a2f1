/**
 * LibreOffice headless as a second spreadsheet engine (EXCEL.md, "Real engines we can run here"): a
 * file recalculated on load, every sheet's computed values written as CSV and read back as text.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** One sheet of `file` as LibreOffice computes it on load, cell by cell as text; `dir` takes the CSV files. */
export function recalculated(file: string, sheet: string, dir: string): string[][] {
  const profile = mkdtempSync(path.join(tmpdir(), "lo-profile-"));
  mkdirSync(path.join(profile, "user"), { recursive: true });
  const always = (group: string) => `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${group}" oor:op="fuse"><value>0</value></prop></item>`;
  writeFileSync(
    path.join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${always("OOXMLRecalcMode")}${always("ODFRecalcMode")}</oor:items>`,
  );
  const out = mkdtempSync(path.join(dir, "csv-"));
  // Comma-separated, quoted text, UTF-8 (76), every sheet in its own file (-1).
  const result = spawnSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", out, file], { encoding: "utf8", timeout: 120000 });
  if (result.error) throw new Error(`LibreOffice could not run (apt-get install libreoffice-calc-nogui): ${result.error.message}`);
  const text = readFileSync(path.join(out, `${path.basename(file, ".xlsx")}-${sheet}.csv`), "utf8");
  return text.split("\n").map((line) => (line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? []).map((f) => f.replace(/,$/, "").replace(/^"|"$/g, "").replace(/""/g, '"')));
}
