/**
 * `check` on one file (issue #4, #18, #28): its bytes read as an .xlsx workbook, sizes decided before
 * contents, its formulas evaluated by a formula engine with the add-in's functions, the budget-sheet
 * check run on the computed values. The answer is the findings, or why the file was not checked, in
 * both languages: nothing is called checked that was not read.
 *
 * Before anything is built: what the file is (its first bytes), its zip directory (sizes bounded, a
 * zip bomb refused, every part inflated no further than it declares and its CRC compared), every
 * sheet the workbook lists present as a part, and the cells the sheets hold counted from their XML,
 * without building the workbook. After reading, before evaluating: no formula spans more cells than
 * the limit. The command runs this in a worker with a memory and a time limit (cli.ts), the last
 * guard for what these bounds do not foresee.
 */
import { DetailedCellError } from "hyperformula";
import { cellAddress, columnIndex } from "../src/core/address";
import { checkWorkbook, type Finding, type SheetGrid } from "../src/core/check";
import { kroner } from "../src/core/messages";
import "./customFunctionsHost";
import { workbook } from "./engine";
import { registerSourceFunctions } from "./sourceFunctions";
import { readXlsx, type XlsxContent } from "./xlsx";
import { centralDirectory, MOST_RATIO, partContents, type ZipPart, type ZipProblem } from "./zip";

/** A reason in both languages. */
export type NotChecked = { readonly da: string; readonly en: string };

/**
 * The most cells `check` builds and evaluates in one workbook, counting every cell up to the last of
 * its row (what a reader materialises) and every cell a formula's ranges span: about 1 KB each when
 * built, so the whole stays under 1 GB (README).
 */
export const MOST_CELLS = 500_000;
/**
 * The most cells the formulas' ranges may span, each distinct range counted once: a formula engine
 * builds every cell of a range it is given, empty or not (`=SUM(A1:XFD1048576*1)` is 17 billion).
 */
export const MOST_SPANNED = 1_000_000;
/** The largest file `check` reads. */
export const MOST_FILE_BYTES = 64 * 1024 * 1024;

/** Why a file was not checked, in both languages (issue #18, #28): never "no findings" for what was not read. */
export const NOT_CHECKED = {
  missing: { da: "findes ikke", en: "does not exist" },
  noWorkbooks: { da: "mappen har ingen projektmapper", en: "the folder holds no workbooks" },
  empty: { da: "tom fil", en: "an empty file" },
  xls: { da: "en .xls-projektmappe (Excel 97-2003) kan ikke læses: gem den som .xlsx", en: "an .xls workbook (Excel 97-2003) cannot be read: save it as .xlsx" },
  encrypted: { da: "krypteret (beskyttet med adgangskode): gem den uden adgangskode", en: "encrypted (password-protected): save it without a password" },
  ods: { da: "en .ods-projektmappe (OpenDocument) kan ikke læses: gem den som .xlsx", en: "an .ods workbook (OpenDocument) cannot be read: save it as .xlsx" },
  zipWithoutWorkbook: { da: "ikke en .xlsx-projektmappe (en zip-fil uden projektmappe)", en: "not an .xlsx workbook (a zip file without a workbook)" },
  notXlsx: { da: "ikke en .xlsx-projektmappe (fx tekst eller CSV)", en: "not an .xlsx workbook (e.g. text or CSV)" },
  damaged: { da: "kunne ikke læses: filen er beskadiget eller ufuldstændig", en: "could not be read: the file is damaged or incomplete" },
  dtd: { da: "kunne ikke læses: en del af filen erklærer en DTD (entiteter), som Excel ikke tillader", en: "could not be read: a part of the file declares a DTD (entities), which Excel does not allow" },
  danglingLink: { da: "en genvej til noget, der ikke findes", en: "a link to something that does not exist" },
  linkLoop: { da: "en genvej, der peger på sig selv (en løkke)", en: "a link that points to itself (a loop)" },
  folder: { da: "en mappe, ikke en fil", en: "a folder, not a file" },
  special: { da: "ikke en almindelig fil (fx en pipe eller en enhed)", en: "not a regular file (e.g. a pipe or a device)" },
  denied: { da: "ingen adgang: filen kan ikke læses med dine rettigheder", en: "access denied: the file cannot be read with your permissions" },
  unreadable: { da: "kunne ikke læses fra disken", en: "could not be read from the disk" },
} as const satisfies Record<string, NotChecked>;

/** Why a path could not be opened or read, from the system's error code, in both languages. */
export function reasonOf(error: unknown): NotChecked {
  const code = (error as { code?: string }).code;
  if (code === "ENOENT") return NOT_CHECKED.missing;
  if (code === "ELOOP") return NOT_CHECKED.linkLoop;
  if (code === "EISDIR") return NOT_CHECKED.folder;
  if (code === "EACCES" || code === "EPERM") return NOT_CHECKED.denied;
  return NOT_CHECKED.unreadable;
}

/** A count in both languages' digits: 1.048.576 / 1,048,576. */
function count(n: number): NotChecked {
  return kroner(n, 0);
}

/** A figure of bytes as MB in both languages. */
function megabytes(bytes: number): NotChecked {
  return count(Math.ceil(bytes / (1024 * 1024)));
}

export const REFUSED = {
  fileTooLarge: (bytes: number): NotChecked => {
    const [n, most] = [megabytes(bytes), megabytes(MOST_FILE_BYTES)];
    return { da: `for stor: ${n.da} MB, højst ${most.da} MB`, en: `too large: ${n.en} MB, at most ${most.en} MB` };
  },
  tooManyCells: (cells: number): NotChecked => {
    const [n, most] = [count(cells), count(MOST_CELLS)];
    return { da: `for stor: ${n.da} celler, højst ${most.da}`, en: `too large: ${n.en} cells, at most ${most.en}` };
  },
  inflatesTooMuch: (bytes: number): NotChecked => {
    const n = Number.isFinite(bytes) ? megabytes(bytes) : { da: "over 4.096", en: "over 4,096" };
    return { da: `for stor: pakker ud til ${n.da} MB, højst 128 MB`, en: `too large: unpacks to ${n.en} MB, at most 128 MB` };
  },
  bomb: (part: string, size: number, stored: number, beyondDeclared: boolean): NotChecked => {
    const [n, s, mb] = [count(size), count(stored), megabytes(size)];
    return beyondDeclared
      ? {
          da: `afvist: delen ${part} pakker ud til mere end de ${n.da} byte, den angiver (en zip-bombe)`,
          en: `refused: the part ${part} unpacks to more than the ${n.en} bytes it declares (a zip bomb)`,
        }
      : {
          da: `afvist: delen ${part} pakker ud til ${mb.da} MB fra ${s.da} byte, over ${MOST_RATIO} gange (en zip-bombe)`,
          en: `refused: the part ${part} unpacks to ${mb.en} MB from ${s.en} bytes, over ${MOST_RATIO} times (a zip bomb)`,
        };
  },
  damagedPart: (part: string): NotChecked => ({
    da: `kunne ikke læses: delen ${part} er beskadiget`,
    en: `could not be read: the part ${part} is damaged`,
  }),
  encryptedPart: (part: string): NotChecked => ({
    da: `kunne ikke læses: delen ${part} er krypteret`,
    en: `could not be read: the part ${part} is encrypted`,
  }),
  sheetMissing: (sheet: string, part: string): NotChecked => ({
    da: `arket »${sheet}« mangler i filen (${part})`,
    en: `the sheet "${sheet}" is missing from the file (${part})`,
  }),
  hugeRange: (at: string, cells: number): NotChecked => {
    const [n, most] = [count(cells), count(MOST_SPANNED)];
    return {
      da: `for stor: formlen i ${at} spænder over ${n.da} celler, højst ${most.da}`,
      en: `too large: the formula in ${at} spans ${n.en} cells, at most ${most.en}`,
    };
  },
  hugeRanges: (at: string, cells: number): NotChecked => {
    const [n, most] = [count(cells), count(MOST_SPANNED)];
    return {
      da: `for stor: formlernes områder spænder over ${n.da} celler (til og med ${at}), højst ${most.da}`,
      en: `too large: the formulas' ranges span ${n.en} cells (up to ${at}), at most ${most.en}`,
    };
  },
  tooSlow: (seconds: number): NotChecked => ({
    da: `for tung: blev ikke færdig på ${seconds} sekunder`,
    en: `too heavy: not done in ${seconds} seconds`,
  }),
  outOfMemory: (megabytesMost: number): NotChecked => ({
    da: `for stor: brugte mere end ${megabytesMost} MB hukommelse`,
    en: `too large: used more than ${megabytesMost} MB of memory`,
  }),
};

/** What `check` answers for one file. */
/** A file checked: its findings, and (for the catalogue) the computed sheets they were found in. */
export type Outcome = { readonly kind: "checked"; readonly findings: Finding[]; readonly sheets?: SheetGrid[] } | { readonly kind: "notChecked"; readonly why: NotChecked };

const notChecked = (why: NotChecked): Outcome => ({ kind: "notChecked", why });

/** What a file is, from its first bytes: why it cannot be read as .xlsx, or null. */
function whatItIs(bytes: Buffer): NotChecked | null {
  if (bytes.length === 0) return NOT_CHECKED.empty;
  const starts = (hex: string) => bytes.subarray(0, hex.length / 2).equals(Buffer.from(hex, "hex"));
  // An OLE2 compound file: an encrypted .xlsx (its EncryptionInfo stream) or an Excel 97-2003 .xls.
  if (starts("d0cf11e0a1b11ae1")) return bytes.includes(Buffer.from("EncryptionInfo", "utf16le")) ? NOT_CHECKED.encrypted : NOT_CHECKED.xls;
  if (!starts("504b0304")) return NOT_CHECKED.notXlsx;
  return null;
}

function zipProblem(problem: ZipProblem): NotChecked {
  if (problem.kind === "bomb") return REFUSED.bomb(problem.part, problem.size, problem.stored, problem.beyondDeclared);
  if (problem.kind === "tooLarge") return REFUSED.inflatesTooMuch(problem.size);
  if (problem.kind === "encryptedPart") return REFUSED.encryptedPart(problem.part);
  return problem.part === undefined ? NOT_CHECKED.damaged : REFUSED.damagedPart(problem.part);
}

/** XML's five entities in an attribute's text. */
function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (whole, e: string) => {
    const named: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };
    if (e.toLowerCase() in named) return named[e.toLowerCase()];
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const attribute = (attributes: string, name: string): string | null => {
  const match = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attributes);
  return match === null ? null : unescapeXml(match[2] ?? match[3] ?? "");
};

/** The sheets workbook.xml lists, each with the part its relationship names. */
function listedSheets(workbookXml: string, relsXml: string | null): { name: string; part: string }[] {
  const targets = new Map<string, string>();
  for (const m of (relsXml ?? "").matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*)>/g)) {
    const [id, target] = [attribute(m[1], "Id"), attribute(m[1], "Target")];
    if (id !== null && target !== null) targets.set(id, target);
  }
  return [...workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b([^>]*)>/g)].map((m) => {
    const id = /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(m[1])?.[1] ?? "";
    const target = targets.get(id) ?? "";
    const part = target.startsWith("/") ? target.slice(1) : `xl/${target}`.replace(/\/\.\//g, "/");
    return { name: attribute(m[1], "name") ?? "", part: target === "" ? "xl/_rels/workbook.xml.rels" : part };
  });
}

/**
 * The cells a reader materialises for a sheet part, counted from its XML without parsing it: per
 * row, every cell up to its last (a row's cells are read as an array), and one for each row up to
 * the last (the rows, read as an array). A cell or row without its reference follows the one before.
 */
export function cellsIn(xml: string): number {
  let [cells, row, lastRow, rowEnd] = [0, -1, -1, -1];
  let column = -1;
  const close = () => {
    if (row >= 0) cells += rowEnd + 1;
  };
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?(row|c)\b([^>]*)>/g)) {
    if (m[1] === "row") {
      close();
      const r = attribute(m[2], "r");
      row = r !== null && /^\d+$/.test(r) ? Number(r) - 1 : row + 1;
      lastRow = Math.max(lastRow, row);
      [column, rowEnd] = [-1, -1];
    } else {
      const ref = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(attribute(m[2], "r") ?? "");
      column = ref === null ? column + 1 : columnIndex(ref[1]);
      rowEnd = Math.max(rowEnd, column);
    }
  }
  close();
  return cells + lastRow + 1;
}

/** The zip's parts checked and its sheets counted: null when all is well, else why not. */
function inspect(bytes: Buffer): NotChecked | null {
  const parts = centralDirectory(bytes);
  if (!Array.isArray(parts)) return zipProblem(parts);
  const byName = new Map<string, ZipPart>(parts.map((p) => [p.name.replace(/^\//, "").toLowerCase(), p]));
  // Each part is inflated and verified once (a damaged part is named, XML with a DTD refused).
  const read = new Set<ZipPart>();
  const verified = (part: ZipPart): Buffer | NotChecked => {
    read.add(part);
    const contents = partContents(bytes, part);
    if (!Buffer.isBuffer(contents)) return zipProblem(contents);
    return /\.(xml|rels|vml)$/i.test(part.name) && contents.includes("<!DOCTYPE") ? NOT_CHECKED.dtd : contents;
  };
  const text = (name: string): string | NotChecked | null => {
    const part = byName.get(name.toLowerCase());
    if (part === undefined) return null;
    const contents = verified(part);
    return Buffer.isBuffer(contents) ? contents.toString("utf8") : contents;
  };
  if ([...byName.keys()].some((n) => n === "content.xml" || n === "mimetype") && !byName.has("xl/workbook.xml")) {
    const mimetype = text("mimetype");
    if (typeof mimetype === "string" && mimetype.includes("opendocument")) return NOT_CHECKED.ods;
  }
  const workbookXml = text("xl/workbook.xml");
  if (workbookXml === null) return NOT_CHECKED.zipWithoutWorkbook;
  if (typeof workbookXml !== "string") return workbookXml;
  const rels = text("xl/_rels/workbook.xml.rels");
  if (rels !== null && typeof rels !== "string") return rels;
  const sheets = listedSheets(workbookXml, rels);
  for (const sheet of sheets) if (!byName.has(sheet.part.toLowerCase())) return REFUSED.sheetMissing(sheet.name, sheet.part);
  const sheetParts = new Set(sheets.map((s) => s.part.toLowerCase()));
  let cells = 0;
  // Every other part is read and verified too, the sheets counted; one part at a time, so no more
  // than one is held.
  for (const part of parts) {
    if (part.name.endsWith("/") || read.has(part)) continue;
    const contents = verified(part);
    if (!Buffer.isBuffer(contents)) return contents;
    if (sheetParts.has(part.name.replace(/^\//, "").toLowerCase())) {
      cells += cellsIn(contents.toString("latin1"));
      if (cells > MOST_CELLS) return REFUSED.tooManyCells(cells);
    }
  }
  return null;
}

/** A1-range spans in a formula's text (string constants left out): [text, cells]. */
export function rangeSpans(formula: string): { text: string; cells: number }[] {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const spans: { text: string; cells: number }[] = [];
  for (const m of code.matchAll(/(?<![A-Za-z0-9_.])\$?([A-Za-z]{1,3})\$?(\d+)\s*:\s*\$?([A-Za-z]{1,3})\$?(\d+)(?![A-Za-z0-9_(])/g)) {
    const rows = Math.abs(Number(m[4]) - Number(m[2])) + 1;
    const columns = Math.abs(columnIndex(m[3]) - columnIndex(m[1])) + 1;
    spans.push({ text: m[0].replace(/\s|\$/g, "").toUpperCase(), cells: rows * columns });
  }
  return spans;
}

/**
 * The first formula (or defined name) with a range beyond {@link MOST_SPANNED}, or where the distinct
 * ranges together reach beyond it. Whole columns (A:A) are read as far as the sheet goes, and count
 * as nothing here.
 */
function hugeRange(content: XlsxContent): NotChecked | null {
  const seen = new Set<string>();
  let total = 0;
  const visit = (formula: string, at: string): NotChecked | null => {
    for (const span of rangeSpans(formula)) {
      if (span.cells > MOST_SPANNED) return REFUSED.hugeRange(at, span.cells);
      if (seen.has(span.text)) continue;
      seen.add(span.text);
      total += span.cells;
      if (total > MOST_SPANNED) return REFUSED.hugeRanges(at, total);
    }
    return null;
  };
  for (const name of content.names) {
    const why = visit(name.expression, name.name);
    if (why !== null) return why;
  }
  for (const [sheet, rows] of Object.entries(content.sheets)) {
    for (let r = 0; r < rows.length; r += 1) {
      for (let c = 0; c < rows[r].length; c += 1) {
        const v = rows[r][c];
        if (typeof v !== "string" || !v.startsWith("=")) continue;
        const why = visit(v, `${sheet}!${cellAddress(r, c)}`);
        if (why !== null) return why;
      }
    }
  }
  return null;
}

/** The grid as the engine takes it: formulas as they are, every text as text ("'…"), whatever it starts with. */
function forEngine(rows: readonly (readonly unknown[])[]): unknown[][] {
  return rows.map((row) => row.map((v) => (typeof v === "string" && !v.startsWith("=") && !v.startsWith("'") ? `'${v}` : v)));
}

/** A workbook's computed values per sheet, with its number formats: what the check reads. */
export function evaluate(content: XlsxContent) {
  registerSourceFunctions();
  const sheets = Object.fromEntries(Object.entries(content.sheets).map(([name, rows]) => [name, forEngine(rows)]));
  const hf = workbook(sheets, content.names, content.tables);
  try {
    return Object.keys(content.sheets).map((name) => {
      const id = hf.getSheetId(name) ?? -1;
      const values = hf.getSheetValues(id).map((row) => row.map((v) => (v instanceof DetailedCellError ? null : v)));
      return { name, values, numberFormats: content.numberFormats[name] };
    });
  } finally {
    hf.destroy();
  }
}

/** `check` on a file's bytes: its findings (with the computed sheets when `keepSheets`), or why it was not checked. */
export async function checkBytes(bytes: Buffer, keepSheets = false): Promise<Outcome> {
  if (bytes.length > MOST_FILE_BYTES) return notChecked(REFUSED.fileTooLarge(bytes.length));
  const what = whatItIs(bytes);
  if (what !== null) return notChecked(what);
  const why = inspect(bytes);
  if (why !== null) return notChecked(why);
  let content: XlsxContent;
  try {
    content = await readXlsx(bytes);
  } catch {
    return notChecked(NOT_CHECKED.damaged);
  }
  const cells = Object.values(content.sheets).reduce((n, rows) => n + rows.length + rows.reduce((m, row) => m + row.length, 0), 0);
  if (cells > MOST_CELLS) return notChecked(REFUSED.tooManyCells(cells));
  const huge = hugeRange(content);
  if (huge !== null) return notChecked(huge);
  try {
    const sheets: SheetGrid[] = evaluate(content);
    return keepSheets ? { kind: "checked", findings: checkWorkbook(sheets), sheets } : { kind: "checked", findings: checkWorkbook(sheets) };
  } catch {
    return notChecked(NOT_CHECKED.damaged);
  }
}
