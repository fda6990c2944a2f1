/**
 * The add-in's work outside Excel (issue #4):
 *   make-template <kind> <file.xlsx> [--first-year Y] [--years N] [--price-year P] [--filled]
 *   check <file.xlsx | folder>...
 *   sample [file.xlsx]   (default assets/Eksempel.xlsx)
 * `check` evaluates each workbook's formulas in HyperFormula with the add-in's own functions, runs
 * the budget-sheet check on the computed values, prints the findings per file and exits 1 when it
 * finds any (2 on a usage or file error).
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { DetailedCellError } from "hyperformula";
import { cellAddress } from "../src/core/address";
import { checkWorkbook, type Finding } from "../src/core/check";
import { TEMPLATE_KINDS, TEMPLATE_SHEET_NAMES, type TemplateKind, templateLayout } from "../src/sheets/templates";
import "./customFunctionsHost";
import { workbook } from "./engine";
import { registerSourceFunctions } from "./sourceFunctions";
import { SAMPLE_FILE, sampleWorkbook } from "./sample";
import { readXlsx, writeXlsx } from "./xlsx";

/** Where the command writes: lines of text. */
export type Out = (line: string) => void;


function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function makeTemplate(args: string[], out: Out): Promise<number> {
  const [kind, file] = args;
  if (!TEMPLATE_KINDS.includes(kind as TemplateKind) || file === undefined) {
    out(`usage: make-template <${TEMPLATE_KINDS.join("|")}> <file.xlsx> [--first-year Y] [--years N] [--price-year P] [--filled]`);
    return 2;
  }
  const year = new Date().getFullYear() + 1;
  const options = {
    firstYear: Number(option(args, "--first-year") ?? year),
    years: Number(option(args, "--years") ?? 4),
    priceYear: Number(option(args, "--price-year") ?? year),
    filled: args.includes("--filled"),
  };
  const layout = templateLayout(kind as TemplateKind, TEMPLATE_SHEET_NAMES[kind as TemplateKind], options);
  await writeXlsx(file, [layout]);
  out(`${file}: ${TEMPLATE_SHEET_NAMES[kind as TemplateKind]}`);
  return 0;
}

/** A workbook file's computed values, by a formula engine with the add-in's functions. */
export async function evaluateFile(file: string) {
  registerSourceFunctions();
  const content = await readXlsx(file);
  const hf = workbook(content.sheets, content.names);
  return Object.keys(content.sheets).map((name) => {
    const id = hf.getSheetId(name) ?? -1;
    const values = hf.getSheetValues(id).map((row) => row.map((v) => (v instanceof DetailedCellError ? null : v)));
    return { name, values, numberFormats: content.numberFormats[name] };
  });
}

function files(inputs: string[]): string[] {
  return inputs.flatMap((input) =>
    statSync(input).isDirectory()
      ? readdirSync(input)
          .filter((f) => f.toLowerCase().endsWith(".xlsx") && !f.startsWith("~$"))
          .sort()
          .map((f) => path.join(input, f))
      : [input],
  );
}

const where = (f: Finding): string => `${f.sheet}!${cellAddress(f.row, f.column)}`;

async function check(args: string[], out: Out): Promise<number> {
  if (args.length === 0) {
    out("usage: check <file.xlsx | folder>...");
    return 2;
  }
  let found = 0;
  for (const file of files(args)) {
    const findings = checkWorkbook(await evaluateFile(file));
    found += findings.length;
    out(findings.length === 0 ? `${file}: ingen fund / no findings` : `${file}: ${findings.length} fund / findings`);
    for (const f of findings) out(`  ${where(f)} [${f.kind}] ${f.message.da} | ${f.message.en}`);
  }
  return found > 0 ? 1 : 0;
}

async function sample(args: string[], out: Out): Promise<number> {
  const file = args[0] ?? SAMPLE_FILE;
  const layouts = sampleWorkbook();
  await writeXlsx(file, layouts);
  out(`${file}: ${layouts.map((l) => l.sheet).join(", ")}`);
  return 0;
}

export async function main(argv: string[], out: Out = (line) => process.stdout.write(`${line}\n`)): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (command === "make-template") return await makeTemplate(args, out);
    if (command === "check") return await check(args, out);
    if (command === "sample") return await sample(args, out);
    out("usage: cli <make-template|check|sample> …");
    return 2;
  } catch (error) {
    out(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}
