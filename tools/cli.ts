/**
 * The add-in's work outside Excel (issue #4):
 *   make-template <kind> <file.xlsx> [--first-year Y] [--years N] [--price-year P] [--filled]
 *   check <file.xlsx | folder>...
 *   catalogue <file.xlsx | folder>... --price-year P [--out Katalog.xlsx] [--index x.xlsx] [--targets x.xlsx] [--json] [--force]
 *   sample [file.xlsx]   (default assets/Eksempel.xlsx)
 * `check` evaluates each workbook's formulas in HyperFormula with the add-in's own functions, runs
 * the budget-sheet check on the computed values, prints the findings per file and exits 1 when it
 * finds any (2 on a usage or file error).
 */
import { existsSync, lstatSync, readdirSync, readlinkSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { cellAddress } from "../src/core/address";
import type { Finding } from "../src/core/check";
import { TEMPLATE_KINDS, TEMPLATE_SHEET_NAMES, type TemplateKind, templateLayout } from "../src/sheets/templates";
import { buildCatalogue, catalogueJson, type CatalogueSource, indexFromSheet, proposalsIn, targetsFromSheet } from "../src/core/catalogue";
import type { Dec } from "../src/core/decimal";
import type { PriceIndex } from "../src/core/pricelevel";
import { catalogueLayout } from "../src/sheets/catalogue";
import { catalogueTieOut, differences as tieOutDifferences } from "../src/office/tieOut";
import { evaluate, NOT_CHECKED, type NotChecked, type Outcome, reasonOf, REFUSED } from "./checkFile";
import type { CheckRequest } from "./checkWorker";
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

/** Why a file could not be written, in the user's words in both languages, from the system's error code. */
function writeProblem(error: unknown): NotChecked {
  const code = (error as { code?: string }).code;
  if (code === "ENOENT") return { da: "mappen findes ikke", en: "the folder does not exist" };
  if (code === "EACCES" || code === "EPERM") return { da: "ingen adgang: du må ikke skrive der", en: "access denied: you may not write there" };
  if (code === "EISDIR") return { da: "det er en mappe", en: "it is a folder" };
  if (code === "ENOTDIR") return { da: "en del af stien er ikke en mappe", en: "a part of the path is not a folder" };
  if (code === "EROFS") return { da: "drevet er skrivebeskyttet", en: "the drive is read-only" };
  if (code === "ENOSPC") return { da: "der er ikke plads på drevet", en: "the drive is full" };
  return { da: "kunne ikke skrives", en: "could not be written" };
}

/**
 * Writes a workbook file: never through a link (a link at the path, or a dangling one, is refused and
 * says where it points), never over a file unasked (`force`), and through a file beside it renamed
 * into place, so a failed write leaves what was there. Says what went wrong, or null.
 */
async function writeWorkbookFile(file: string, layouts: Parameters<typeof writeXlsx>[1], force: boolean): Promise<string | null> {
  let existing: ReturnType<typeof lstatSync> | null = null;
  try {
    existing = lstatSync(file);
  } catch {
    existing = null;
  }
  if (existing?.isSymbolicLink() === true) {
    let target = "?";
    try {
      target = readlinkSync(file);
    } catch {
      // unreadable link: said as "?"
    }
    return `${file}: er en genvej (til ${target}) og er ikke ændret; skriv til selve filen | is a link (to ${target}) and was not changed; write to the file itself`;
  }
  if (existing?.isDirectory() === true) return `${file}: ikke skrevet, det er en mappe | not written, it is a folder`;
  // A filled-in proposal is never written over unasked.
  if (existing !== null && !force) return `${file}: findes allerede og er ikke ændret; brug --force for at erstatte den | already exists and was not changed; use --force to replace it`;
  const beside = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeXlsx(beside, layouts);
    renameSync(beside, file);
    return null;
  } catch (error) {
    rmSync(beside, { force: true });
    const why = writeProblem(error);
    return `${file}: ikke skrevet, ${why.da} | not written, ${why.en}`;
  }
}

async function makeTemplate(args: string[], write: Out): Promise<number> {
  const out: Out = (line) => write(oneLine(line));
  const read = templateArgs(args);
  if (typeof read === "string") {
    if (read !== "") out(read);
    out(TEMPLATE_USAGE);
    return 2;
  }
  const { kind, file, values, switches } = read;
  const year = new Date().getFullYear() + 1;
  const options = {
    firstYear: values["--first-year"] ?? year,
    years: values["--years"] ?? 4,
    priceYear: values["--price-year"] ?? year,
    filled: switches.has("--filled"),
  };
  const layout = templateLayout(kind, TEMPLATE_SHEET_NAMES[kind], options);
  const problem = await writeWorkbookFile(file, [layout], switches.has("--force"));
  if (problem !== null) {
    out(problem);
    return 2;
  }
  out(`${file}: ${TEMPLATE_SHEET_NAMES[kind]}`);
  return 0;
}

/** Files a folder holds that look like spreadsheets: each is checked or said why not. */
const SPREADSHEET = /\.(xlsx|xlsm|xltx|xls|ods|csv)$/i;

type Entry = { readonly file: string; readonly refused: NotChecked | null };

/**
 * What a path is, without opening it: a regular file to check (a link followed), or why there is
 * none: missing, a dangling link, a link loop, a folder (within a folder), a pipe or a device, no access.
 */
function classify(file: string): { kind: "file" | "folder" } | { kind: "refused"; why: NotChecked } {
  let stat;
  try {
    stat = lstatSync(file);
    if (stat.isSymbolicLink()) {
      try {
        stat = statSync(file);
      } catch (error) {
        const code = (error as { code?: string }).code;
        return { kind: "refused", why: code === "ENOENT" ? NOT_CHECKED.danglingLink : reasonOf(error) };
      }
    }
  } catch (error) {
    return { kind: "refused", why: reasonOf(error) };
  }
  if (stat.isDirectory()) return { kind: "folder" };
  return stat.isFile() ? { kind: "file" } : { kind: "refused", why: NOT_CHECKED.special };
}

/** Every path given, in order, a folder as its spreadsheets (not its sub-folders): a file to check, or why there is none. */
function entries(inputs: readonly string[]): Entry[] {
  return inputs.flatMap((input): Entry[] => {
    const what = classify(input);
    if (what.kind === "refused") return [{ file: input, refused: what.why }];
    if (what.kind === "file") return [{ file: input, refused: null }];
    let names: string[];
    try {
      names = readdirSync(input);
    } catch (error) {
      return [{ file: input, refused: reasonOf(error) }];
    }
    const found = names
      .filter((f) => SPREADSHEET.test(f) && !f.startsWith("~$"))
      .sort()
      .map((f): Entry => {
        const file = path.join(input, f);
        const inner = classify(file);
        return { file, refused: inner.kind === "refused" ? inner.why : inner.kind === "folder" ? NOT_CHECKED.folder : null };
      });
    return found.length > 0 ? found : [{ file: input, refused: NOT_CHECKED.noWorkbooks }];
  });
}

/**
 * A text on one line of output, whatever it holds: control characters, line and paragraph
 * separators and bidirectional overrides shown as escapes (\n, \x1b, \u{202e}), so a file named
 * with a newline cannot split its line or forge another.
 */
export function oneLine(text: string): string {
  // Matching control characters is this function's purpose.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (ch) => {
    const named: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };
    const code = ch.charCodeAt(0);
    return named[ch] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`);
  });
}

/** The memory a file's check may take (the worker's heap), in MB: with the rest, the command stays under 1 GB. */
export const WORKER_HEAP_MB = 640;
/** The time a file's check may take, unless told (--time-limit). */
export const DEFAULT_SECONDS = 60;

/**
 * The worker's script: the built command itself (one self-contained file); run from its source
 * (under Jest), the build of it in dist-cli/, which `npm test` makes first.
 */
function workerScript(): string {
  const script = __filename.endsWith(".js") ? __filename : path.resolve(__dirname, "../dist-cli/cli.js");
  if (!existsSync(script)) throw new Error(`${script} is missing: run \`npm run cli:build\` (npm test builds it)`);
  return script;
}

/**
 * Checks files one at a time in a worker with a memory limit and a time limit: a file that takes more
 * is stopped and named, and the next file gets a fresh worker.
 */
class Checker {
  private worker: Worker | null = null;
  constructor(private readonly seconds: number) {}

  check(file: string, keepSheets = false): Promise<Outcome> {
    const worker = (this.worker ??= new Worker(workerScript(), { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 32 } }));
    return new Promise((resolve) => {
      const finish = (outcome: Outcome, stop: boolean) => {
        clearTimeout(timer);
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        if (stop) {
          void worker.terminate();
          this.worker = null;
        }
        resolve(outcome);
      };
      const onMessage = (outcome: Outcome) => finish(outcome, false);
      const onError = (error: { code?: string }) =>
        finish({ kind: "notChecked", why: error.code === "ERR_WORKER_OUT_OF_MEMORY" ? REFUSED.outOfMemory(WORKER_HEAP_MB) : NOT_CHECKED.damaged }, true);
      const onExit = () => finish({ kind: "notChecked", why: NOT_CHECKED.damaged }, true);
      const timer = setTimeout(() => finish({ kind: "notChecked", why: REFUSED.tooSlow(this.seconds) }, true), this.seconds * 1000);
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      worker.postMessage({ file, keepSheets } satisfies CheckRequest);
    });
  }

  close(): void {
    void this.worker?.terminate();
    this.worker = null;
  }
}

const where = (f: Finding): string => `${f.sheet}!${cellAddress(f.row, f.column)}`;
const CHECK_USAGE = "usage: check [--time-limit <seconds>] <file.xlsx | folder>...";

/**
 * `check`: every path given, in order, each file on its own line: checked (its findings, or none), or
 * not checked and why; then a count, always. Exit 0: all checked, nothing found; 1: findings; 2:
 * something could not be checked (also when findings exist elsewhere). Files are only read, and only
 * regular files are opened.
 */
async function check(args: string[], out: Out): Promise<number> {
  const say: Out = (line) => out(oneLine(line));
  let seconds = DEFAULT_SECONDS;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    if (args[i] === "--time-limit") {
      const text = args[i + 1];
      seconds = text !== undefined && /^\d+$/.test(text) ? Number(text) : Number.NaN;
      if (!(seconds >= 1 && seconds <= 3600)) {
        say(`--time-limit: forventede et antal sekunder fra 1 til 3600, fik ${text === undefined ? "intet" : `»${text}«`} | expected a number of seconds from 1 to 3600, got ${text === undefined ? "nothing" : `"${text}"`}`);
        say(CHECK_USAGE);
        return 2;
      }
      i += 1;
    } else paths.push(args[i]);
  }
  if (paths.length === 0) {
    say(CHECK_USAGE);
    return 2;
  }
  let [checked, withFindings, notChecked] = [0, 0, 0];
  const checker = new Checker(seconds);
  try {
    for (const { file, refused } of entries(paths)) {
      const outcome: Outcome = refused !== null ? { kind: "notChecked", why: refused } : await checker.check(file);
      if (outcome.kind === "notChecked") {
        notChecked += 1;
        say(`${file}: ikke kontrolleret, ${outcome.why.da} / not checked, ${outcome.why.en}`);
        continue;
      }
      const { findings } = outcome;
      checked += 1;
      if (findings.length > 0) withFindings += 1;
      say(findings.length === 0 ? `${file}: ingen fund / no findings` : `${file}: ${findings.length} fund / findings`);
      for (const f of findings) say(`  ${where(f)} [${f.kind}] ${f.message.da} | ${f.message.en}`);
    }
  } finally {
    checker.close();
  }
  say(`I alt: ${checked} kontrolleret, ${withFindings} med fund, ${notChecked} ikke kontrolleret / In all: ${checked} checked, ${withFindings} with findings, ${notChecked} not checked`);
  return notChecked > 0 ? 2 : withFindings > 0 ? 1 : 0;
}

const CATALOGUE_USAGE = "usage: catalogue <file.xlsx | folder>... --price-year <year> [--out <Katalog.xlsx>] [--index <index.xlsx>] [--targets <mål.xlsx>] [--json] [--force] [--time-limit <seconds>]";

/** The first sheet of a side file (--index, --targets) read through the same worker as a proposal: its values, or why not. */
async function sideSheet(checker: Checker, file: string): Promise<readonly (readonly unknown[])[] | NotChecked> {
  const what = classify(file);
  if (what.kind === "refused") return what.why;
  if (what.kind === "folder") return NOT_CHECKED.folder;
  const outcome = await checker.check(file, true);
  if (outcome.kind === "notChecked") return outcome.why;
  return outcome.sheets?.[0]?.values ?? [];
}

/**
 * `catalogue` (issue #31): the proposals of every workbook given, each input on its own line (read:
 * its proposals; or not read and why), one catalogue in one price level, written to --out as a
 * workbook whose formulas are read back and tied out against the exact catalogue before it is called
 * written, and/or printed as JSON (--json, then only the JSON). Exit 0: every input read, nothing
 * found; 1: findings or missing fields; 2: an input, the index or the targets not read, or no proposal
 * in a file. Inputs are only read; --out is never written over without --force.
 */
async function catalogue(args: string[], out: Out): Promise<number> {
  const say: Out = (line) => out(oneLine(line));
  let [priceYear, seconds] = [Number.NaN, DEFAULT_SECONDS];
  let [outFile, indexFile, targetsFile]: (string | null)[] = [null, null, null];
  let [json, force] = [false, false];
  const paths: string[] = [];
  const value = (i: number): string | undefined => args[i + 1];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === "--price-year" || arg === "--time-limit") {
      const t = value(i);
      const n = t !== undefined && /^\d+$/.test(t) ? Number(t) : Number.NaN;
      const [least, most, what] = arg === "--price-year" ? [1900, 9999, { da: "et årstal med fire cifre", en: "a four-digit year" }] : [1, 3600, { da: "et antal sekunder fra 1 til 3600", en: "a number of seconds from 1 to 3600" }];
      if (!(n >= least && n <= most)) {
        say(`${arg}: forventede ${what.da}, fik ${t === undefined ? "intet" : `»${t}«`} | expected ${what.en}, got ${t === undefined ? "nothing" : `"${t}"`}`);
        say(CATALOGUE_USAGE);
        return 2;
      }
      if (arg === "--price-year") priceYear = n;
      else seconds = n;
      i += 1;
    } else if (arg === "--out" || arg === "--index" || arg === "--targets") {
      const t = value(i);
      if (t === undefined || t.startsWith("--")) {
        say(`${arg}: mangler et filnavn | a file name is missing`);
        say(CATALOGUE_USAGE);
        return 2;
      }
      if (arg === "--out") outFile = t;
      else if (arg === "--index") indexFile = t;
      else targetsFile = t;
      i += 1;
    } else if (arg === "--json") json = true;
    else if (arg === "--force") force = true;
    else if (arg.startsWith("--")) {
      say(`${arg}: ukendt tilvalg | unknown option`);
      say(CATALOGUE_USAGE);
      return 2;
    } else paths.push(arg);
  }
  if (paths.length === 0 || Number.isNaN(priceYear) || (outFile === null && !json)) {
    if (Number.isNaN(priceYear) && paths.length > 0) say("--price-year: katalogets prisniveau skal angives | the catalogue's price level must be given");
    if (outFile === null && !json && paths.length > 0) say("--out eller --json: hvor skal kataloget hen? | --out or --json: where should the catalogue go?");
    say(CATALOGUE_USAGE);
    return 2;
  }
  const listed = entries(paths);
  if (outFile !== null) {
    // The inputs are never written: --out may not be one of them.
    const target = path.resolve(outFile);
    if (listed.some((e) => path.resolve(e.file) === target) || [indexFile, targetsFile].some((f) => f !== null && path.resolve(f) === target)) {
      say(`${outFile}: er en af inddata og overskrives ikke | is one of the inputs and is not written over`);
      return 2;
    }
    if (existsSync(outFile) && !force) {
      say(`${outFile}: findes allerede og er ikke ændret; brug --force for at erstatte den | already exists and was not changed; use --force to replace it`);
      return 2;
    }
  }
  const lines: string[] = [];
  const note: Out = (line) => (json ? lines.push(oneLine(line)) : say(line));
  const inputs: { file: string; read: boolean; why?: { da: string; en: string }; proposals: number }[] = [];
  const sources: CatalogueSource[] = [];
  let [notRead, withFindings] = [0, 0];
  const checker = new Checker(seconds);
  let index: PriceIndex | null = null;
  let targets = new Map<string, Map<number, Dec>>();
  try {
    for (const [file, kind] of [[indexFile, "index"], [targetsFile, "targets"]] as const) {
      if (file === null) continue;
      const sheet = await sideSheet(checker, file);
      const read = Array.isArray(sheet) ? (kind === "index" ? indexFromSheet(sheet) : targetsFromSheet(sheet)) : null;
      if (read === null || !read.ok) {
        const why = read === null ? (sheet as NotChecked) : read.failure.message;
        say(`${file}: ${kind === "index" ? "indekstabellen" : "målene"} er ikke læst, ${why.da} / the ${kind === "index" ? "index table" : "targets"} not read, ${why.en}`);
        return 2;
      }
      if (kind === "index") index = read.value as PriceIndex;
      else targets = read.value as Map<string, Map<number, Dec>>;
    }
    for (const { file, refused } of listed) {
      const outcome: Outcome = refused !== null ? { kind: "notChecked", why: refused } : await checker.check(file, true);
      if (outcome.kind === "notChecked") {
        notRead += 1;
        inputs.push({ file, read: false, why: outcome.why, proposals: 0 });
        note(`${file}: ikke læst, ${outcome.why.da} / not read, ${outcome.why.en}`);
        continue;
      }
      const found = proposalsIn(file, outcome.sheets ?? [], outcome.findings);
      inputs.push({ file, read: true, proposals: found.length });
      if (found.length === 0) {
        notRead += 1;
        note(`${file}: læst, men intet forslag (ingen tabel med budgetår) / read, but no proposal (no table of budget years)`);
        continue;
      }
      sources.push(...found);
      note(`${file}: ${found.length} forslag læst (${found.map((s) => s.proposal.sheet).join(", ")}) / ${found.length} proposal${found.length === 1 ? "" : "s"} read`);
    }
  } finally {
    checker.close();
  }
  const built = buildCatalogue(sources, { priceYear, index, targets });
  for (const row of built.rows) {
    const p = row.proposal;
    if (row.findings.length > 0 || row.missing.length > 0) withFindings += 1;
    note(`  ${row.file} · ${p.sheet}: ${p.number ?? "(uden nr.)"} ${p.title ?? ""}`.trimEnd() + `${row.missing.length > 0 ? ` — mangler / missing: ${row.missing.join(", ")}` : ""}`);
    for (const f of row.findings) note(`    ${f.where === null ? "" : `${f.where} `}[${f.kind}] ${f.message.da} | ${f.message.en}`);
  }
  if (outFile !== null) {
    const layout = catalogueLayout("Katalog", built);
    const problem = await writeWorkbookFile(outFile, [layout], force);
    if (problem !== null) {
      say(problem);
      return 2;
    }
    // Read back what was written, its formulas evaluated, and tied out against the exact catalogue.
    const back = evaluate(await readXlsx(outFile)).find((s) => s.name === layout.sheet);
    // A blank read back is "", as Excel reads it.
    const valueAt = (row: number, column: number) => back?.values[row]?.[column] ?? "";
    const differences = back === undefined ? [{ address: "A1" }] : tieOutDifferences(catalogueTieOut(layout, built).checks, valueAt);
    if (differences.length > 0) {
      say(`${outFile}: skrevet, men stemmer ikke med beregningen i ${differences.length} celle(r), fx ${differences[0].address} / written, but does not tie out in ${differences.length} cell(s), e.g. ${differences[0].address}`);
      return 2;
    }
    note(`${outFile}: ${built.rows.length} forslag i ${priceYear} p/l, afstemt / ${built.rows.length} proposals at ${priceYear} prices, tied out`);
  }
  if (built.leftOut.length > 0) note(`Totalerne mangler ${built.leftOut.length} forslag, der ikke kan omregnes / The totals leave out ${built.leftOut.length} proposal(s) that cannot be converted`);
  note(`I alt: ${sources.length} forslag fra ${inputs.length - notRead} fil(er), ${withFindings} med fund eller mangler, ${notRead} ikke læst / In all: ${sources.length} proposals from ${inputs.length - notRead} file(s), ${withFindings} with findings or missing fields, ${notRead} not read`);
  if (json) out(JSON.stringify({ ...(catalogueJson(built) as object), inputs, lines }));
  return notRead > 0 ? 2 : withFindings > 0 ? 1 : 0;
}

/** The sample workbook, regenerated (`npm run make-sample` replaces the committed one). */
async function sample(args: string[], write: Out): Promise<number> {
  const out: Out = (line) => write(oneLine(line));
  const file = args[0] ?? SAMPLE_FILE;
  const layouts = sampleWorkbook();
  const problem = await writeWorkbookFile(file, layouts, true);
  if (problem !== null) {
    out(problem);
    return 2;
  }
  out(`${file}: ${layouts.map((l) => l.sheet).join(", ")}`);
  return 0;
}

export async function main(argv: string[], out: Out = (line) => process.stdout.write(`${line}\n`)): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (command === "make-template") return await makeTemplate(args, out);
    if (command === "check") return await check(args, out);
    if (command === "catalogue") return await catalogue(args, out);
    if (command === "sample") return await sample(args, out);
    out("usage: cli <make-template|check|catalogue|sample> …");
    return 2;
  } catch (error) {
    out(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}
