/**
 * The add-in's work outside Excel (issue #4):
 *   make-template <kind> <file.xlsx> [--first-year Y] [--years N] [--price-year P] [--filled]
 *   check <file.xlsx | folder>...
 *   sample [file.xlsx]   (default assets/Eksempel.xlsx)
 * `check` evaluates each workbook's formulas in HyperFormula with the add-in's own functions, runs
 * the budget-sheet check on the computed values, prints the findings per file and exits 1 when it
 * finds any (2 on a usage or file error).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { DetailedCellError } from "hyperformula";
import { cellAddress } from "../src/core/address";
import { checkWorkbook, type Finding } from "../src/core/check";
import { kroner } from "../src/core/messages";
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
/**
 * The most cells `check` evaluates in one workbook: a 200.000-row sheet of 6 columns (1,2 mio. cells)
 * takes about 8 s and 1,4 GB here; 5 mio. cells stay within a machine's few GB.
 */
export const MOST_CELLS = 5_000_000;

/** A workbook with more cells than `check` evaluates. */
export class TooLarge extends Error {
  constructor(readonly cells: number) {
    super(`${cells} cells`);
  }
}

export async function evaluateFile(file: string) {
  registerSourceFunctions();
  const content = await readXlsx(file);
  const cells = Object.values(content.sheets).reduce((n, rows) => n + rows.reduce((m, row) => m + row.length, 0), 0);
  if (cells > MOST_CELLS) throw new TooLarge(cells);
  const hf = workbook(content.sheets, content.names, content.tables);
  return Object.keys(content.sheets).map((name) => {
    const id = hf.getSheetId(name) ?? -1;
    const values = hf.getSheetValues(id).map((row) => row.map((v) => (v instanceof DetailedCellError ? null : v)));
    return { name, values, numberFormats: content.numberFormats[name] };
  });
}

/** Why a path was not checked, in both languages (issue #18): never "no findings" for what was not read. */
const NOT_CHECKED = {
  missing: { da: "findes ikke", en: "does not exist" },
  noWorkbooks: { da: "mappen har ingen projektmapper", en: "the folder holds no workbooks" },
  empty: { da: "tom fil", en: "an empty file" },
  xls: { da: "en .xls-projektmappe (Excel 97-2003) kan ikke læses: gem den som .xlsx", en: "an .xls workbook (Excel 97-2003) cannot be read: save it as .xlsx" },
  encrypted: { da: "krypteret (beskyttet med adgangskode): gem den uden adgangskode", en: "encrypted (password-protected): save it without a password" },
  ods: { da: "en .ods-projektmappe (OpenDocument) kan ikke læses: gem den som .xlsx", en: "an .ods workbook (OpenDocument) cannot be read: save it as .xlsx" },
  zipWithoutWorkbook: { da: "ikke en .xlsx-projektmappe (en zip-fil uden projektmappe)", en: "not an .xlsx workbook (a zip file without a workbook)" },
  notXlsx: { da: "ikke en .xlsx-projektmappe (fx tekst eller CSV)", en: "not an .xlsx workbook (e.g. text or CSV)" },
  damaged: { da: "kunne ikke læses: filen er beskadiget eller ufuldstændig", en: "could not be read: the file is damaged or incomplete" },
} as const;

/** A workbook beyond {@link MOST_CELLS}: how many cells it has, and the most. */
function tooLarge(cells: number): NotChecked {
  const [n, most] = [kroner(cells, 0), kroner(MOST_CELLS, 0)];
  return { da: `for stor: ${n.da} celler, højst ${most.da}`, en: `too large: ${n.en} cells, at most ${most.en}` };
}
type NotChecked = { readonly da: string; readonly en: string };
type Entry = { readonly file: string; readonly refused: NotChecked | null };

/** Files a folder holds that look like spreadsheets: each is checked or said why not. */
const SPREADSHEET = /\.(xlsx|xlsm|xltx|xls|ods|csv)$/i;

/** Every path given, in order, a folder as its spreadsheets: a file to check, or why there is none. */
function entries(inputs: readonly string[]): Entry[] {
  return inputs.flatMap((input): Entry[] => {
    if (!existsSync(input)) return [{ file: input, refused: NOT_CHECKED.missing }];
    if (!statSync(input).isDirectory()) return [{ file: input, refused: null }];
    const found = readdirSync(input)
      .filter((f) => SPREADSHEET.test(f) && !f.startsWith("~$"))
      .sort()
      .map((f) => ({ file: path.join(input, f), refused: null }));
    return found.length > 0 ? found : [{ file: input, refused: NOT_CHECKED.noWorkbooks }];
  });
}

/** What a file is, from its first bytes and its zip directory: why it cannot be read as .xlsx, or null. */
function unreadable(file: string): NotChecked | null {
  const bytes = readFileSync(file);
  if (bytes.length === 0) return NOT_CHECKED.empty;
  const starts = (hex: string) => bytes.subarray(0, hex.length / 2).equals(Buffer.from(hex, "hex"));
  // An OLE2 compound file: an encrypted .xlsx (its EncryptionInfo stream) or an Excel 97-2003 .xls.
  if (starts("d0cf11e0a1b11ae1")) return bytes.includes(Buffer.from("EncryptionInfo", "utf16le")) ? NOT_CHECKED.encrypted : NOT_CHECKED.xls;
  if (!starts("504b0304")) return NOT_CHECKED.notXlsx;
  // A zip: without its closing directory (cut short in a mail) it is damaged; else its entries' names
  // stand uncompressed in it.
  if (!bytes.subarray(-65557).includes(Buffer.from("504b0506", "hex"))) return NOT_CHECKED.damaged;
  if (bytes.includes(Buffer.from("application/vnd.oasis.opendocument"))) return NOT_CHECKED.ods;
  if (!bytes.includes(Buffer.from("xl/workbook.xml"))) return NOT_CHECKED.zipWithoutWorkbook;
  return null;
}

const where = (f: Finding): string => `${f.sheet}!${cellAddress(f.row, f.column)}`;

/**
 * `check`: every path given, in order, each file on its own line: checked (its findings, or none), or
 * not checked and why; then a count. Exit 0: all checked, nothing found; 1: findings; 2: something
 * could not be checked (also when findings exist elsewhere). Files are only read.
 */
async function check(args: string[], out: Out): Promise<number> {
  if (args.length === 0) {
    out("usage: check <file.xlsx | folder>...");
    return 2;
  }
  let [checked, withFindings, notChecked] = [0, 0, 0];
  for (const { file, refused } of entries(args)) {
    let why = refused ?? unreadable(file);
    let findings: Finding[] = [];
    if (why === null) {
      try {
        findings = checkWorkbook(await evaluateFile(file));
      } catch (error) {
        why = error instanceof TooLarge ? tooLarge(error.cells) : NOT_CHECKED.damaged;
      }
    }
    if (why !== null) {
      notChecked += 1;
      out(`${file}: ikke kontrolleret, ${why.da} / not checked, ${why.en}`);
      continue;
    }
    checked += 1;
    if (findings.length > 0) withFindings += 1;
    out(findings.length === 0 ? `${file}: ingen fund / no findings` : `${file}: ${findings.length} fund / findings`);
    for (const f of findings) out(`  ${where(f)} [${f.kind}] ${f.message.da} | ${f.message.en}`);
  }
  out(`I alt: ${checked} kontrolleret, ${withFindings} med fund, ${notChecked} ikke kontrolleret / In all: ${checked} checked, ${withFindings} with findings, ${notChecked} not checked`);
  return notChecked > 0 ? 2 : withFindings > 0 ? 1 : 0;
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
