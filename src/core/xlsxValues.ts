/**
 * An .xlsx file's sheets as their last calculation left them (issue #31: the pane reads proposal files
 * the user picks, in the browser, without a formula engine): each cell's stored value, number format
 * and formula, as `check` reads a workbook's computed values. Sizes are decided before contents
 * (src/core/zip.ts: the directory bounds every part, the inflater stops at the size a part declares,
 * the CRC is compared); the cells are counted before a grid is built. A formula whose result the file
 * does not store (a file written by a program that does not calculate) makes the file not read, with
 * that reason: its figures would be guesses.
 */
import type { SheetGrid } from "./check";
import { centralDirectory, declared, isProblem, storedBytes, type ZipPart, type ZipProblem } from "./zip";
import { parseCell } from "./address";

/** A reason in both languages. */
export interface NotRead {
  readonly da: string;
  readonly en: string;
}

/** A sheet's size in Excel (rows, columns). */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** The most cells read from one file (as `check`, tools/checkFile.ts MOST_CELLS). */
export const MOST_FILE_CELLS = 500_000;
/** The largest file read (as `check`). */
export const MOST_XLSX_BYTES = 64 * 1024 * 1024;

export const NOT_READ = {
  tooLarge: (bytes: number): NotRead => ({ da: `for stor (${Math.ceil(bytes / 1048576)} MB; højst 64 MB)`, en: `too large (${Math.ceil(bytes / 1048576)} MB; at most 64 MB)` }),
  notXlsx: { da: "ikke en .xlsx-projektmappe", en: "not an .xlsx workbook" },
  damaged: { da: "kunne ikke læses: filen er beskadiget eller ufuldstændig", en: "could not be read: the file is damaged or incomplete" },
  bomb: { da: "en del af filen pakker sig ud til langt mere, end den fylder (en zip-bombe)", en: "a part of the file unpacks to far more than it holds (a zip bomb)" },
  encrypted: { da: "krypteret (beskyttet med adgangskode): gem den uden adgangskode", en: "encrypted (password-protected): save it without a password" },
  dtd: { da: "kunne ikke læses: en del af filen erklærer en DTD (entiteter), som Excel ikke tillader", en: "could not be read: a part of the file declares a DTD (entities), which Excel does not allow" },
  tooManyCells: (cells: number): NotRead => ({ da: `for mange celler (${cells}; højst ${MOST_FILE_CELLS})`, en: `too many cells (${cells}; at most ${MOST_FILE_CELLS})` }),
  notCalculated: (where: string): NotRead => ({
    da: `gemt uden beregnede værdier (fx formlen i ${where}): åbn og gem filen i Excel, eller brug kommandolinjens catalogue`,
    en: `saved without calculated values (e.g. the formula in ${where}): open and save the file in Excel, or use the command line's catalogue`,
  }),
} as const;

/** Inflates a part's stored bytes (method 8) to at most `part.size` bytes: a bomb past it, damaged where it fails. */
export type Inflate = (stored: Uint8Array, part: ZipPart) => Promise<Uint8Array | ZipProblem>;

const problemOf = (p: ZipProblem): NotRead => (p.kind === "bomb" ? NOT_READ.bomb : p.kind === "encryptedPart" ? NOT_READ.encrypted : p.kind === "tooLarge" ? NOT_READ.tooLarge(p.size) : NOT_READ.damaged);

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML text with its five entities and character references as characters. */
export function xmlText(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/** An element's attributes (namespace prefixes kept). */
function attributes(raw: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of raw.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) found.set(m[1], xmlText(m[2] ?? m[3]));
  return found;
}

/** An inline string cell's <is> element's contents. */
function inlineXml(inner: string): string {
  // Stryker disable next-line StringLiteral: equivalent, an inline string without <is>: any text without a <t> has no runs
  return /<is\b[^>]*>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? "";
}

/** The text of every <t> in a piece of XML (a shared string's runs, an inline string), phonetic runs left out. */
function runsText(xml: string): string {
  // Stryker disable next-line StringLiteral: equivalent, any text without a <t> in place of a phonetic run adds no run
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let text = "";
  for (const m of plain.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) text += xmlText(m[1] ?? "");
  return text;
}

/** Excel's built-in number formats by id (ECMA-376 Part 1, 18.8.30), the ones budget sheets use. */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  14: "mm-dd-yy",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  49: "@",
};

/** Each cell style's number format (cellXfs, in order), from styles.xml. */
function cellFormats(styles: string | null): string[] {
  if (styles === null) return [];
  const custom = new Map<number, string>();
  for (const m of styles.matchAll(/<numFmt\b([^>]*?)\/?>/g)) {
    const a = attributes(m[1]);
    custom.set(Number(a.get("numFmtId")), a.get("formatCode") ?? "General");
  }
  // Stryker disable next-line StringLiteral: equivalent, any text without an <xf> is no style
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  return [...xfs.matchAll(/<xf\b([^>]*?)(?:\/>|>)/g)].map((m) => {
    const id = Number(attributes(m[1]).get("numFmtId") ?? 0);
    return custom.get(id) ?? BUILT_IN_FORMATS[id] ?? "General";
  });
}

/** A sheet's cells counted from its XML without building anything: what a grid of it would hold. */
function countCells(xml: string): number {
  let n = 0;
  for (const _m of xml.matchAll(/<c\b/g)) n += 1;
  return n;
}

/**
 * The sheets of an .xlsx file's bytes, as stored by the application that saved it last, or why the
 * file was not read. Only the parts the values need are inflated: the workbook, its relationships,
 * the shared strings, the styles and the sheets, one at a time.
 */
export async function xlsxSheets(bytes: Uint8Array, inflate: Inflate): Promise<{ readonly sheets: SheetGrid[] } | { readonly notRead: NotRead }> {
  if (bytes.length > MOST_XLSX_BYTES) return { notRead: NOT_READ.tooLarge(bytes.length) };
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { notRead: NOT_READ.notXlsx };
  const parts = centralDirectory(bytes);
  if (!Array.isArray(parts)) return { notRead: problemOf(parts) };
  const byName = new Map(parts.map((p) => [p.name.replace(/^\//, "").toLowerCase(), p]));
  // Each part is inflated at most once, so what is read is bounded by what the directory held all
  // parts to together (MOST_INFLATED_BYTES): a workbook that names one part twice (two sheets on one
  // part, a sheet on the workbook's own part) is none a spreadsheet application writes.
  const readOnce = new Set<ZipPart>();
  const read = async (name: string): Promise<string | null | NotRead> => {
    const part = byName.get(name.replace(/^\//, "").toLowerCase());
    if (part === undefined) return null;
    if (readOnce.has(part)) return NOT_READ.damaged;
    readOnce.add(part);
    const stored = storedBytes(bytes, part);
    if (isProblem(stored)) return problemOf(stored);
    const contents = part.method === 0 ? stored : await inflate(stored, part);
    if (isProblem(contents)) return problemOf(contents);
    if (!declared(contents, part)) return NOT_READ.damaged;
    const text = new TextDecoder().decode(contents);
    if (text.includes("<!DOCTYPE")) return NOT_READ.dtd;
    // Element names without their namespace prefix: programs built on the Open XML SDK write <x:c>, Excel <c>.
    return text.replace(/<(\/?)[A-Za-z_][\w.-]*:/g, "<$1");
  };
  const workbook = await read("xl/workbook.xml");
  if (workbook === null) return { notRead: NOT_READ.notXlsx };
  if (typeof workbook !== "string") return { notRead: workbook };
  const rels = await read("xl/_rels/workbook.xml.rels");
  if (rels !== null && typeof rels !== "string") return { notRead: rels };
  const targets = new Map<string, string>();
  // Stryker disable next-line StringLiteral: equivalent, any text without a <Relationship> names no part
  for (const m of (rels ?? "").matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const a = attributes(m[1]);
    const [id, target] = [a.get("Id"), a.get("Target")];
    // An absolute target names the part from the package's root (read takes its "/" off).
    if (id !== undefined && target !== undefined) targets.set(id, target.startsWith("/") ? target : `xl/${target}`);
  }
  const listed = [...workbook.matchAll(/<sheet\b([^>]*?)\/?>/g)].flatMap((m) => {
    const a = attributes(m[1]);
    const id = [...a.entries()].find(([k]) => k.endsWith(":id"))?.[1];
    const part = id === undefined ? undefined : targets.get(id);
    // A sheet no relationship gives a part has nothing to read.
    return part === undefined ? [] : [{ name: a.get("name") ?? "", part }];
  });
  const shared = await read("xl/sharedStrings.xml");
  if (shared !== null && typeof shared !== "string") return { notRead: shared };
  // Stryker disable next-line StringLiteral: equivalent, no shared strings part or an empty <si/>: any text without <si> or <t> has no strings or runs
  const strings = [...(shared ?? "").matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)].map((m) => runsText(m[1] ?? ""));
  const styles = await read("xl/styles.xml");
  if (styles !== null && typeof styles !== "string") return { notRead: styles };
  const formats = cellFormats(styles);

  const sheets: SheetGrid[] = [];
  let cells = 0;
  for (const { name, part } of listed) {
    const xml = await read(part);
    if (xml !== null && typeof xml !== "string") return { notRead: xml };
    // A chart sheet or a dialog sheet is no grid: left out, as Excel's worksheets are what is read.
    if (xml === null || !/<worksheet\b/.test(xml.slice(0, 4000))) continue;
    cells += countCells(xml);
    if (cells > MOST_FILE_CELLS) return { notRead: NOT_READ.tooManyCells(cells) };
    const values: unknown[][] = [];
    const numberFormats: unknown[][] = [];
    const formulas: unknown[][] = [];
    for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const a = attributes(m[1]);
      // Stryker disable next-line StringLiteral: equivalent, an empty <c/>: any text without <v>, <f> or <is> holds nothing
      const inner = m[2] ?? "";
      const reference = a.get("r");
      // Stryker disable next-line StringLiteral: equivalent, any text that is no cell reference is refused as damaged below
      const at = reference ?? "";
      const place = /^[A-Z]{1,3}[0-9]{1,7}$/.test(at) ? parseCell(at) : null;
      if (place === null || place.row >= MAX_ROWS || place.column >= MAX_COLUMNS) return { notRead: NOT_READ.damaged };
      const { row, column } = place;
      const type = a.get("t") ?? "n";
      const v = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      const f = /<f\b[^>]*?(?:\/>|>([\s\S]*?)<\/f>)/.exec(inner);
      let value: unknown = null;
      if (type === "inlineStr") value = runsText(inlineXml(inner));
      else if (v === undefined) {
        if (f !== null) return { notRead: NOT_READ.notCalculated(`${name}!${at}`) };
      } else if (type === "s") {
        const s = strings[Number(v)];
        if (s === undefined) return { notRead: NOT_READ.damaged };
        value = s;
      } else if (type === "str" || type === "e" || type === "d") value = xmlText(v);
      else if (type === "b") value = v.trim() === "1";
      else {
        const n = Number(v);
        if (v.trim() === "" || !Number.isFinite(n)) return { notRead: NOT_READ.damaged };
        value = n;
      }
      (values[row] ??= [])[column] = value;
      (numberFormats[row] ??= [])[column] = formats[Number(a.get("s") ?? 0)] ?? "General";
      if (f !== null && f[1] !== undefined) (formulas[row] ??= [])[column] = `=${xmlText(f[1])}`;
    }
    // What a grid of it holds, every cell up to the last of its row (as `check` counts), decided before it is built.
    let extent = values.length;
    values.forEach((r) => (extent += r.length));
    if (cells + extent > MOST_FILE_CELLS) return { notRead: NOT_READ.tooManyCells(cells + extent) };
    const dense = (grid: unknown[][], fill: unknown) => Array.from(grid, (r) => Array.from(r ?? [], (x) => x ?? fill));
    sheets.push({ name, values: dense(values, null), numberFormats: dense(numberFormats, "General"), formulas: dense(formulas, "") });
  }
  return { sheets };
}
