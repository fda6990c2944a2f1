import { boxOf, rangeAddress } from "../core/address";
import type { CellInput } from "./layouts";

/**
 * How a written sheet looks (issue #15): the municipal tables' conventions, as data that both
 * writers follow: the pane's (src/office/workbook.ts, through Office.js) and the command line's
 * (tools/xlsx.ts, through exceljs). Header rows filled and bordered, the cells a user fills in shaded
 * and unlocked, computed cells a fill of their own, thin borders in every table, columns as wide as
 * their labels, the header rows frozen, a drop-down where a cell takes one of a list, landscape one
 * page wide with the header rows on every printed page.
 */
export interface SheetStyle {
  /** Header rows of the tables: filled, bold, wrapped, a border below. */
  readonly headers: readonly string[];
  /** Cells the user fills in: shaded and unlocked (editable when the sheet is protected). */
  readonly inputs: readonly string[];
  /** Cells that compute, inside the tables: a fill of their own, so that no one types over a formula. */
  readonly computed: readonly string[];
  /** Tables: thin borders around and between their cells. */
  readonly tables: readonly string[];
  /** Column widths in characters (Excel's unit: the width of a digit), from column A. */
  readonly widths: readonly number[];
  /** Rows kept in view when scrolling (0: none). */
  readonly freezeRows: number;
  /** Drop-downs: the cell and the range its choices are read from (on this sheet where `sheet` is null). */
  readonly validations: readonly { readonly address: string; readonly source: { readonly sheet: string | null; readonly address: string } }[];
  /** Rows printed at the top of every page, e.g. "$1:$5"; null: none. */
  readonly printTitleRows: string | null;
}

/** The fills and the border colour, as "#RRGGBB" (Office.js takes them so; exceljs as "FFRRGGBB"). */
export const COLOURS = {
  header: "#DDEBF7",
  input: "#FFF2CC",
  computed: "#F2F2F2",
  border: "#A6A6A6",
} as const;

/** Excel's font is a little wider than one digit per letter for labels; bold headers more so: 1,1 digits, in tenths (10 × 1,1 in doubles is 11,000000000000002, which rounded up is 12). */
const LETTER_TENTHS = 11;
const PADDING = 2;
const MIN_WIDTH = 10;
const MAX_WIDTH = 60;

/** What a layout says about its look; the rest (widths, computed cells) follows from its cells. */
export interface StyleParts {
  readonly headers: readonly string[];
  readonly inputs?: readonly string[];
  readonly tables: readonly string[];
  readonly freezeRows?: number;
  readonly validations?: SheetStyle["validations"];
  /** Columns (0-based) whose width must fit texts the cells only compute, e.g. school names: column → characters. */
  readonly atLeast?: Readonly<Record<number, number>>;
  /** The narrowest a column with figures may be, in characters. @default 10 */
  readonly minWidth?: number;
}

const isFormula = (v: CellInput | undefined): boolean => typeof v === "string" && v.startsWith("=");

/** Characters a text takes in a column, with room to spare. */
export function widthOf(text: string): number {
  return Math.ceil((text.length * LETTER_TENTHS) / 10) + PADDING;
}

/** The cells of some ranges, as "row,column" keys. */
function cellsOf(addresses: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const address of addresses) {
    const b = boxOf(address);
    for (let r = b.row; r < b.row + b.rows; r += 1) for (let c = b.column; c < b.column + b.columns; c += 1) keys.add(`${r},${c}`);
  }
  return keys;
}

/**
 * Column widths that fit the labels: each column as wide as the longest text in it that must fit,
 * at least as wide as `atLeast` says, between 10 and 60 characters. A text must fit inside a table,
 * and elsewhere when the next cell to its right is filled: a title, a note or a typed-in proposal
 * title runs on into the empty cells beside it, as in the seeds.
 */
function columnWidths(cells: readonly (readonly CellInput[])[], parts: StyleParts): number[] {
  const widths: number[] = [];
  const need = (c: number, w: number) => (widths[c] = Math.max(widths[c] ?? 0, w));
  const inTable = cellsOf([...parts.tables, ...parts.headers]);
  Array.from(cells, (row, r) => {
    (row ?? []).forEach((v, c) => {
      if (typeof v === "number") need(c, String(Math.round(v)).length + 4);
      if (typeof v !== "string" || isFormula(v)) return;
      const next = row[c + 1];
      if (inTable.has(`${r},${c}`) || (next !== null && next !== undefined)) need(c, widthOf(v.trim()));
    });
  });
  for (const [c, w] of Object.entries(parts.atLeast ?? {})) need(Number(c), w);
  const min = parts.minWidth ?? MIN_WIDTH;
  return Array.from(widths, (w) => Math.min(MAX_WIDTH, Math.max(min, w ?? min)));
}

/**
 * The formula cells inside the tables, as few rectangles as possible: runs of formula cells in a row,
 * merged with the same run in the rows below (a result sheet's 10.000 pupil rows are one rectangle).
 */
function computedRanges(cells: readonly (readonly CellInput[])[], tables: readonly string[]): string[] {
  const ranges: string[] = [];
  for (const address of tables) {
    const t = boxOf(address);
    let open = new Map<string, { row: number; column: number; columns: number }>();
    const close = (r: number, keep: Set<string>) => {
      for (const [key, run] of open) if (!keep.has(key)) ranges.push(rangeAddress(run.row, run.column, r - run.row, run.columns));
      open = new Map([...open].filter(([key]) => keep.has(key)));
    };
    for (let r = t.row; r < t.row + t.rows; r += 1) {
      // Stryker disable next-line ArrayDeclaration: equivalent, a row past the cells holds no formula, and neither does a text
      const row = cells[r] ?? [];
      const runs = new Set<string>();
      for (let c = t.column; c < t.column + t.columns; c += 1) {
        if (!isFormula(row[c])) continue;
        let end = c;
        while (end + 1 < t.column + t.columns && isFormula(row[end + 1])) end += 1;
        const key = `${c}-${end}`;
        runs.add(key);
        if (!open.has(key)) open.set(key, { row: r, column: c, columns: end - c + 1 });
        c = end;
      }
      close(r, runs);
    }
    close(t.row + t.rows, new Set());
  }
  return ranges;
}

/** A layout's style from what it says and its cells. */
export function sheetStyle(cells: readonly (readonly CellInput[])[], parts: StyleParts): SheetStyle {
  const freezeRows = parts.freezeRows ?? 0;
  return {
    headers: parts.headers,
    inputs: parts.inputs ?? [],
    computed: computedRanges(cells, parts.tables),
    tables: parts.tables,
    widths: columnWidths(cells, parts),
    freezeRows,
    validations: parts.validations ?? [],
    printTitleRows: freezeRows > 0 ? `$1:$${freezeRows}` : null,
  };
}

/** Excel's column width in points for a width in characters (Calibri 11: 7 px a digit and 5 px padding; 96 dpi). */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** The number formats that hide a zero (the third section empty): a blank template shows no 0s where nothing is typed yet. */
export const ZERO_HIDDEN = {
  whole: "#,##0;-#,##0;;@",
  oneDecimal: "#,##0.0;-#,##0.0;;@",
} as const;

/**
 * A written sheet's look as read back from a file or the in-memory Excel, cell keys "row,column"
 * (0-based), for the tests that hold the writers to the style.
 */
export interface SheetLook {
  /** Fill colour "#RRGGBB" of each filled cell. */
  readonly fills: ReadonlyMap<string, string>;
  /** The sides of each cell with a border. */
  readonly borders: ReadonlyMap<string, ReadonlySet<"top" | "bottom" | "left" | "right">>;
  /** Cells unlocked (editable on a protected sheet). */
  readonly unlocked: ReadonlySet<string>;
  /** Bold cells. */
  readonly bold: ReadonlySet<string>;
  /** Column widths in characters, by 0-based column; undefined: Excel's standard width. */
  readonly widths: readonly (number | undefined)[];
  readonly frozenRows: number;
  /** Each drop-down's source as written ("$D$4:$Z$4", "Incitamentsmodel!$D$4:$Z$4"). */
  readonly validations: ReadonlyMap<string, string>;
  /** Print titles ("$1:$5") and orientation, where set. */
  readonly printTitleRows: string | null;
  readonly landscape: boolean;
}

