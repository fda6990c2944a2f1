import { isBlank } from "./grid";

/**
 * One school identity (issue #12), used by the problem check, the pane's summary, the list of schools
 * the sheets are written for, and the command line. The sheets' formulas mirror it exactly:
 *
 * - a pupil's school on the result sheet is `TRIM(""&cell)` ({@link schoolFormula}): a number as its
 *   text, spaces trimmed at both ends and runs of spaces inside collapsed to one (Excel's TRIM, which
 *   touches the space character U+0020 only);
 * - a school's figures are summed with `SUMPRODUCT(--(schools=name), …)` ({@link schoolSum}): Excel's
 *   `=` compares text ignoring case and nothing else. SUMIFS/COUNTIFS are not used: they read `*`, `?`
 *   and `~` as wildcards, a leading `<`, `>` or `=` as a comparison, and text that looks like a
 *   number as that number, so "a*" or "<Nord" or "0101" would match other schools.
 *
 * So "Hedensted Skole", "Hedensted Skole ", "hedensted skole" and "Hedensted  Skole" are one school
 * (shown as most of its rows write it, trimmed); the pane says it merged them. "Hedensted-Skole" or a name
 * with a no-break space is another school to Excel; the problem check reports it as the same school
 * spelled two ways, which must be mended in the list.
 */

/** Excel's TRIM: spaces (U+0020) removed at both ends, runs inside collapsed to one. */
export function excelTrim(text: string): string {
  return text.replace(/ {2,}/g, " ").replace(/^ /, "").replace(/ $/, "");
}

/** The longest text a formula may hold as a constant in Excel (a school name is written as one). */
export const MAX_SCHOOL_NAME = 255;
/** Whole numbers below this have Excel's text of all their digits (15 significant digits). */
const LARGEST_CODE = 1e15;

/** Excel's error values, as Office.js and formula engines hand them over as text. */
const ERROR_VALUES = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|BUSY!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!)$/;

export type SchoolCell =
  | { readonly kind: "school"; readonly name: string; readonly key: string }
  | { readonly kind: "blank" }
  | { readonly kind: "invalid"; readonly reason: "notWhole" | "logical" | "error" | "tooLong" };

/**
 * What a cell of the paying-school column is. Text is trimmed as Excel's TRIM does; a whole number
 * (a school code, |n| < 10^15) is its digits; blank, 0 (Excel desktop's blank) or spaces only is
 * blank; a fraction, TRUE/FALSE (whose text depends on Excel's language), an error value or a name
 * longer than 255 characters cannot be a school.
 *
 * @returns for a school, its `name` (as the sheet shows it) and `key` (what Excel's `=` compares:
 *   the name without case).
 */
export function schoolOf(value: unknown): SchoolCell {
  if (isBlank(value) || value === 0) return { kind: "blank" };
  let name: string;
  if (typeof value === "string") {
    if (ERROR_VALUES.test(value)) return { kind: "invalid", reason: "error" };
    name = excelTrim(value);
  } else if (typeof value === "number") {
    if (!Number.isInteger(value) || Math.abs(value) >= LARGEST_CODE) return { kind: "invalid", reason: "notWhole" };
    name = String(value);
  } else if (typeof value === "boolean") {
    return { kind: "invalid", reason: "logical" };
  } else {
    return { kind: "invalid", reason: "error" };
  }
  if (name === "") return { kind: "blank" };
  if (name.length > MAX_SCHOOL_NAME) return { kind: "invalid", reason: "tooLong" };
  return { kind: "school", name, key: schoolKey(name) };
}

/** What Excel's `=` compares of a trimmed name: the name without case. */
export function schoolKey(name: string): string {
  return name.toLocaleLowerCase("da-DK");
}

/** A school of a pupil list: its name as shown, every way the list writes it, its rows (0-based). */
export interface School {
  readonly name: string;
  readonly key: string;
  /** Distinct cell contents that mean this school, in list order ("Hedensted Skole", "hedensted skole "). */
  readonly spellings: readonly string[];
  readonly rows: readonly number[];
}

/**
 * The paying schools of a list in the order they first appear, each with the rows that name it.
 * Cells that are not a school (see {@link schoolOf}) belong to none; the problem check reports them.
 * Spellings Excel counts as one (case, spaces) are one school, named as most of its rows write it
 * (the first written where they are as many): one typo does not rename the school.
 */
export function schoolsOf(cells: readonly unknown[]): School[] {
  const byKey = new Map<string, { name: string; key: string; spellings: string[]; rows: number[]; uses: Map<string, number> }>();
  cells.forEach((value, row) => {
    const cell = schoolOf(value);
    if (cell.kind !== "school") return;
    const school = byKey.get(cell.key) ?? { name: cell.name, key: cell.key, spellings: [], rows: [], uses: new Map<string, number>() };
    const spelling = String(value);
    if (!school.spellings.includes(spelling)) school.spellings.push(spelling);
    school.rows.push(row);
    school.uses.set(cell.name, (school.uses.get(cell.name) ?? 0) + 1);
    byKey.set(cell.key, school);
  });
  return [...byKey.values()].map(({ uses, ...school }) => {
    // Map keeps the order names were first met: the first of the most used wins a tie.
    let [name, most] = [school.name, 0];
    for (const [spelling, n] of uses) if (n > most) [name, most] = [spelling, n];
    return { ...school, name };
  });
}

/** The formula (without "=") that gives a pupil's school on a sheet, from the list's cell. */
export function schoolFormula(cellRef: string): string {
  return `TRIM(""&${cellRef})`;
}

/**
 * A school's name (or any user text: a pupil, a model, a list) as a formula of text constants, so
 * that no text is read as a number, a date or a formula; a quote is CHAR(34) (formula engines differ
 * on the doubled quote inside a constant); a text longer than Excel's 255 characters for one
 * constant is several, joined by &.
 */
export function schoolNameFormula(name: string): string {
  return `=${name
    .split('"')
    .map((part) => constants(part))
    .join("&CHAR(34)&")}`;
}

/** A text as text constants of at most 255 characters each (Excel's limit for one), joined by &. */
function constants(text: string): string {
  const pieces: string[] = [];
  for (let i = 0; i < text.length || pieces.length === 0; i += MAX_CONSTANT) pieces.push(`"${text.slice(i, i + MAX_CONSTANT)}"`);
  return pieces.join("&");
}
const MAX_CONSTANT = 255;

/** Σ `values` over the rows whose school (a column of {@link schoolFormula}) is the school in `nameCell`. */
export function schoolSum(schools: string, nameCell: string, values: string): string {
  return `SUMPRODUCT(--(${schools}=${nameCell}),${values})`;
}

/** The number of rows whose school is the school in `nameCell`. */
export function schoolCount(schools: string, nameCell: string): string {
  return `SUMPRODUCT(--(${schools}=${nameCell}))`;
}
