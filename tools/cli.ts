/**
 * The add-in's work outside Excel (issue #4):
 *   make-template <kind> <file.xlsx> [--first-year Y] [--years N] [--price-year P] [--filled]
 *   check <file.xlsx | folder>...
 *   sample [file.xlsx]   (default assets/Eksempel.xlsx)
 * `check` evaluates each workbook's formulas in HyperFormula with the add-in's own functions, runs
 * the budget-sheet check on the computed values, prints the findings per file and exits 1 when it
 * finds any (2 on a usage or file error).
 */
import { existsSync, readdirSync, statSync } from "node:fs";
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


/** make-template's options: those taking a value, with what they accept, and the switches. */
const VALUED = {
  "--first-year": { least: 1900, most: 9999, what: { da: "et årstal med fire cifre", en: "a four-digit year" } },
  "--years": { least: 1, most: 20, what: { da: "et helt antal år fra 1 til 20", en: "a whole number of years from 1 to 20" } },
  "--price-year": { least: 1900, most: 9999, what: { da: "et årstal med fire cifre", en: "a four-digit year" } },
} as const;
const SWITCHES = ["--filled", "--force"] as const;
const TEMPLATE_USAGE = `usage: make-template <${TEMPLATE_KINDS.join("|")}> <file.xlsx> [--first-year Y] [--years N] [--price-year P] [--filled] [--force]`;

type Valued = keyof typeof VALUED;

/** make-template's arguments read and checked: the kind, the file, the options; or what is wrong, in words. */
function templateArgs(args: readonly string[]): { kind: TemplateKind; file: string; values: Partial<Record<Valued, number>>; switches: Set<string> } | string {
  const positional: string[] = [];
  const values: Partial<Record<Valued, number>> = {};
  const switches = new Set<string>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg in VALUED) {
      const rule = VALUED[arg as Valued];
      const text = args[i + 1];
      const n = text === undefined || !/^\d+$/.test(text) ? Number.NaN : Number(text);
      if (!(n >= rule.least && n <= rule.most)) return `${arg}: forventede ${rule.what.da}, fik ${text === undefined ? "intet" : `»${text}«`} | expected ${rule.what.en}, got ${text === undefined ? "nothing" : `"${text}"`}`;
      values[arg as Valued] = n;
      i += 1;
    } else if ((SWITCHES as readonly string[]).includes(arg)) {
      switches.add(arg);
    } else if (arg.startsWith("--")) {
      return `${arg}: ukendt tilvalg | unknown option`;
    } else {
      positional.push(arg);
    }
  }
  const [kind, file, ...rest] = positional;
  if (!TEMPLATE_KINDS.includes(kind as TemplateKind) || file === undefined || rest.length > 0) return "";
  return { kind: kind as TemplateKind, file, values, switches };
}

async function makeTemplate(args: string[], out: Out): Promise<number> {
  const read = templateArgs(args);
  if (typeof read === "string") {
    if (read !== "") out(read);
    out(TEMPLATE_USAGE);
    return 2;
  }
  const { kind, file, values, switches } = read;
  // A filled-in proposal is never written over unasked.
  if (existsSync(file) && !switches.has("--force")) {
    out(`${file}: findes allerede og er ikke ændret; brug --force for at erstatte den | already exists and was not changed; use --force to replace it`);
    return 2;
  }
  const year = new Date().getFullYear() + 1;
  const options = {
    firstYear: values["--first-year"] ?? year,
    years: values["--years"] ?? 4,
    priceYear: values["--price-year"] ?? year,
    filled: switches.has("--filled"),
  };
  const layout = templateLayout(kind, TEMPLATE_SHEET_NAMES[kind], options);
  await writeXlsx(file, [layout]);
  out(`${file}: ${TEMPLATE_SHEET_NAMES[kind]}`);
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
