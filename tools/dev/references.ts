/**
 * What Excel does to the references in formulas when rows move, and what a structured reference
 * means, for the in-memory Excel (issue #26). Self-contained (no Node imports), as fakeExcel.ts.
 *
 * - Rows inserted on a sheet move every reference to cells at or below them down; a range that the
 *   insertion falls inside grows. Rows deleted: a reference to a deleted cell becomes `#REF!`, a range
 *   shrinks by the deleted rows (and is `#REF!` only when every row of it is gone), references below
 *   move up (Office docs, "Range.delete" / "Range.insert"; Excel's own behaviour on row deletion).
 * - A structured reference `Tabel[Kolonne]` (or `Tabel[[Kolonne]]`) is the column's data body as
 *   the table stands now: rows added to the table are in it, deleted rows are not ("The names in
 *   structured references adjust whenever you add or remove data from the table": Microsoft
 *   support, "Using structured references with Excel tables"). In a column name `[ ] # '` are
 *   escaped with `'`.
 */

/** A1 reference as found in a formula (0-based rows and columns). */
export interface Reference {
  /** The sheet it names, or null: the formula's own sheet. */
  readonly sheet: string | null;
  readonly row1: number;
  readonly column1: number;
  readonly row2: number;
  readonly column2: number;
  /** Whether it was written as a range ("A1:B2"). */
  readonly isRange: boolean;
  readonly abs: readonly [boolean, boolean, boolean, boolean];
}

/** A1 helpers, local so the in-memory Excel does not lean on the code it tests. */
export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
export function colLetters(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A sheet's name as a reference writes it: quoted (quotes doubled) unless it is a plain name. */
export function sheetPrefix(sheet: string): string {
  // Excel quotes a name that could be read as something else: a cell, an R1C1 reference, TRUE/FALSE.
  const ambiguous = /^[A-Za-z]{1,3}\d+$/.test(sheet) || /^([Rr]\d*)?([Cc]\d*)?$/.test(sheet) || /^(true|false)$/i.test(sheet);
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) && !ambiguous ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

const CELL = /^(\$?)([A-Z]{1,3})(\$?)(\d+)/;
const WORD = /[A-Za-z0-9_.\u00C0-\u024F$]/;

/** A reference written back: the sheet as it was written (quoted where it was), `$` kept. */
export function referenceText(ref: Reference, sheetText: string | null): string {
  const cell = (abs0: boolean, column: number, abs1: boolean, row: number) => `${abs0 ? "$" : ""}${colLetters(column)}${abs1 ? "$" : ""}${row + 1}`;
  const first = cell(ref.abs[0], ref.column1, ref.abs[1], ref.row1);
  const text = ref.isRange ? `${first}:${cell(ref.abs[2], ref.column2, ref.abs[3], ref.row2)}` : first;
  return sheetText === null ? text : `${sheetText}!${text}`;
}

/** Reads "A1" or "A1:B2" at the start of `text`; null where there is none. */
function readCellRange(text: string): { length: number; row1: number; column1: number; row2: number; column2: number; isRange: boolean; abs: [boolean, boolean, boolean, boolean] } | null {
  const a = CELL.exec(text);
  if (a === null) return null;
  let length = a[0].length;
  const next = text[length];
  if (next !== undefined && /[A-Za-z0-9_([]/.test(next)) return null; // a name or a function
  const first = { column: colIndex(a[2]), row: Number(a[4]) - 1 };
  if (text[length] === ":") {
    const b = CELL.exec(text.slice(length + 1));
    if (b !== null && !/[A-Za-z0-9_(]/.test(text[length + 1 + b[0].length] ?? "")) {
      length += 1 + b[0].length;
      return { length, row1: first.row, column1: first.column, row2: Number(b[4]) - 1, column2: colIndex(b[2]), isRange: true, abs: [a[1] === "$", a[3] === "$", b[1] === "$", b[3] === "$"] };
    }
  }
  return { length, row1: first.row, column1: first.column, row2: first.row, column2: first.column, isRange: false, abs: [a[1] === "$", a[3] === "$", a[1] === "$", a[3] === "$"] };
}

/**
 * Rewrites every A1 reference of a formula (outside text constants and structured references):
 * `fn` answers the new text, given the reference and how its sheet was written.
 */
export function mapReferences(formula: string, fn: (ref: Reference, sheetText: string | null) => string): string {
  let out = "";
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < n && !(formula[j] === '"' && formula[j + 1] !== '"')) j += formula[j] === '"' ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else if (ch === "[") {
      let depth = 0;
      let j = i;
      for (; j < n; j += 1) {
        if (formula[j] === "'") {
          j += 1;
          continue;
        }
        if (formula[j] === "[") depth += 1;
        if (formula[j] === "]" && (depth -= 1) === 0) break;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else if (ch === "'") {
      let j = i + 1;
      while (j < n && !(formula[j] === "'" && formula[j + 1] !== "'")) j += formula[j] === "'" ? 2 : 1;
      const sheetText = formula.slice(i, j + 1);
      const sheet = sheetText.slice(1, -1).replace(/''/g, "'");
      const ref = formula[j + 1] === "!" ? readCellRange(formula.slice(j + 2)) : null;
      if (ref === null) {
        out += sheetText;
        i = j + 1;
      } else {
        out += fn({ sheet, ...ref }, sheetText);
        i = j + 2 + ref.length;
      }
    } else if (WORD.test(ch) && !(i > 0 && WORD.test(formula[i - 1]))) {
      let j = i;
      while (j < n && WORD.test(formula[j])) j += 1;
      const word = formula.slice(i, j);
      if (formula[j] === "!") {
        const ref = readCellRange(formula.slice(j + 1));
        if (ref !== null) {
          out += fn({ sheet: word, ...ref }, word);
          i = j + 1 + ref.length;
          continue;
        }
      }
      const ref = readCellRange(formula.slice(i));
      if (ref !== null && !/^\d/.test(word)) {
        out += fn({ sheet: null, ...ref }, null);
        i += ref.length;
        continue;
      }
      out += word;
      i = j;
    } else {
      out += ch;
      i += 1;
    }
  }
  return out;
}

/** Rows inserted (count > 0) or deleted (count < 0) at `row` of `sheet`. */
export interface RowShift {
  readonly sheet: string;
  readonly row: number;
  readonly count: number;
}

/** A row span after a shift; null: every row of it was deleted. */
export function shiftSpan(row1: number, row2: number, { row, count }: Pick<RowShift, "row" | "count">, isRange = true): [number, number] | null {
  if (count > 0) {
    const r1 = row1 >= row ? row1 + count : row1;
    const r2 = row2 >= row ? row2 + count : row2;
    return [r1, isRange ? r2 : r1];
  }
  const gone = -count;
  const end = row + gone; // first row after the deleted ones
  const map = (r: number) => (r < row ? r : r >= end ? r - gone : null);
  if (!isRange) {
    const r = map(row1);
    return r === null ? null : [r, r];
  }
  const r1 = map(row1) ?? row; // a first row deleted: the range starts where the rows were
  const r2 = map(row2) ?? row - 1; // a last row deleted: it ends above them
  return r2 < r1 ? null : [r1, r2];
}

/** A formula on `ownSheet` after rows of `shift.sheet` moved: references moved, shrunk, grown or `#REF!`. */
export function shiftReferences(formula: string, ownSheet: string, shift: RowShift): string {
  return mapReferences(formula, (ref, sheetText) => {
    const sheet = ref.sheet ?? ownSheet;
    if (sheet.toLowerCase() !== shift.sheet.toLowerCase()) return referenceText(ref, sheetText);
    const span = shiftSpan(ref.row1, ref.row2, shift, ref.isRange);
    if (span === null) return "#REF!";
    return referenceText({ ...ref, row1: span[0], row2: span[1] }, sheetText);
  });
}

/** An Excel table as the in-memory Excel keeps it: its range with the header row, and its column names. */
export interface TableShape {
  readonly name: string;
  readonly sheet: string;
  /** 0-based: the header row and the first column; the data body's rows (at least 1) and the columns. */
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly headers: readonly string[];
}

/** A column name as a structured reference writes it: `[ ] # '` escaped with `'`. */
export function escapeColumn(name: string): string {
  return name.replace(/['#[\]]/g, (c) => `'${c}`);
}

function unescapeColumn(text: string): string {
  return text.replace(/'(.)/g, "$1");
}

/**
 * A formula with its structured references to whole columns (`T[C]`, `T[[C]]`) as the absolute range
 * of the column's data body, as the table stands; an unknown table or column is `#REF!`.
 */
export function resolveStructured(formula: string, tables: readonly TableShape[]): string {
  if (!formula.includes("[")) return formula;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part) =>
      part.startsWith('"')
        ? part
        : part.replace(/(?<![A-Za-z0-9_.\u00C0-\u024F])([A-Za-z_\u00C0-\u024F][A-Za-z0-9_.\u00C0-\u024F]*)\[(\[((?:'.|[^\]'])*)\]|((?:'.|[^\]['])*))\]/g, (_m, table: string, _inner, doubled?: string, single?: string) => {
            const t = tables.find((x) => x.name.toLowerCase() === table.toLowerCase());
            const name = unescapeColumn((doubled ?? single ?? "").trim());
            const k = t?.headers.findIndex((h) => h.toLowerCase() === name.toLowerCase()) ?? -1;
            if (t === undefined || k < 0) return "#REF!";
            const c = colLetters(t.column + k);
            return `${sheetPrefix(t.sheet)}!$${c}$${t.row + 2}:$${c}$${t.row + 1 + t.rows}`;
          }),
    )
    .join("");
}

/**
 * `INDEX(Sheet!$C$2:$C$9,ROW()-n)` in a cell of 0-based `row` as the cell it names (`Sheet!$C$k`),
 * or `#REF!` past the range, exactly as INDEX defines it. Only a speed-up for the formula engine:
 * HyperFormula materialises the whole range on every INDEX call, which made a result sheet of 10.000
 * rows (five INDEX calls a row into 10.000-row columns) quadratic.
 */
export function positionalIndex(formula: string, row: number): string {
  if (!formula.includes("INDEX(")) return formula;
  return formula.replace(
    /INDEX\(((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)\$([A-Z]{1,3})\$(\d+):\$([A-Z]{1,3})\$(\d+),ROW\(\)-(\d+)\)/g,
    (whole, sheet: string, c1: string, r1: string, c2: string, r2: string, n: string) => {
      if (c1 !== c2) return whole;
      const k = row + 1 - Number(n);
      const rows = Number(r2) - Number(r1) + 1;
      return k < 1 || k > rows ? "#REF!" : `${sheet}$${c1}$${Number(r1) + k - 1}`;
    },
  );
}
