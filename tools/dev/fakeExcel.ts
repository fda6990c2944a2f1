/**
 * An in-memory Excel: exactly the part of the Excel JavaScript API that src/office uses, with its
 * batching semantics. Writes and loads are queued and take effect at `context.sync()`; reading a
 * property that was not loaded and synced throws, as in Excel. It counts syncs and measures each
 * request (the JSON of the operations queued since the last sync) and refuses one over 5 MB, the
 * limit of Excel on the web. Self-contained (no Node imports; references.ts beside it) so a browser test can use it too.
 *
 * Calculation, as Excel does it (issue #12): with a `calculator` (a formula engine, e.g. HyperFormula
 * with the add-in's functions) a formula cell's `values` are what the engine computes from the whole
 * workbook; without one, a formula cell's value is its formula's text. Custom functions compute
 * asynchronously in Excel, so a read right after a write can see `#BUSY!` (EXCEL.md): with
 * `busyReads` = n, the first n syncs that read values of a sheet after formulas were written to it
 * answer "#BUSY!" for its formula cells. Text written through `values` or `formulas` is parsed as
 * Excel parses typed input: "=…" is a formula, and so is "+…" or "-…" that is not a number (Office
 * docs, "Range.values": "If the specified value starts with a plus ("+"), minus ("-"), or equal sign
 * ("="), Excel interprets this value as a formula"), "123" the number 123, "TRUE" true, and an
 * apostrophe in front keeps the rest as text (the quote prefix, not part of the value: office-js
 * #6687). Dates typed as text ("1/2") are not modelled: the add-in writes no such text unquoted.
 */

import type { SheetLook } from "../../src/sheets/style";
// A1 helpers come from references.ts beside it, so the fake does not lean on the code it tests.
import { colIndex, colLetters, mapReferences, positionalIndex, referenceText, resolveStructured, sheetPrefix, type RowShift, shiftReferences, shiftSpan, type TableShape } from "./references";

export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

export type Cell = {
  value: unknown;
  /** The formula in Excel's invariant (English) spelling, the add-in's functions by their ids. */
  formula: string | null;
  numberFormat: string;
  bold: boolean;
  /** The formula names a function of the add-in by a name this Excel does not know: #NAME? (#891). */
  broken?: boolean;
  /** The look (issue #15): fill colour, wrap, locked (Excel's default true), borders by side. */
  fill?: string;
  wrap?: boolean;
  locked?: boolean;
  borders?: Partial<Record<Side, Border>>;
  /** A list drop-down: the qualified range its choices come from ("Ark!$D$4:$Z$4"). */
  validation?: string;
};

export type Side = "top" | "bottom" | "left" | "right";
export interface Border {
  style?: string;
  weight?: string;
  color?: string;
}

/** Which cells' side an Excel.BorderIndex sets, in a range of rows × columns (0-based within it). */
function bordered(edge: string, rows: number, columns: number): { r: number; c: number; side: Side }[] {
  const out: { r: number; c: number; side: Side }[] = [];
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < columns; c += 1) {
      if (edge === "EdgeTop" && r === 0) out.push({ r, c, side: "top" });
      if (edge === "EdgeBottom" && r === rows - 1) out.push({ r, c, side: "bottom" });
      if (edge === "EdgeLeft" && c === 0) out.push({ r, c, side: "left" });
      if (edge === "EdgeRight" && c === columns - 1) out.push({ r, c, side: "right" });
      if (edge === "InsideHorizontal" && r < rows - 1) out.push({ r, c, side: "bottom" }, { r: r + 1, c, side: "top" });
      if (edge === "InsideVertical" && c < columns - 1) out.push({ r, c, side: "right" }, { r, c: c + 1, side: "left" });
    }
  }
  return out;
}

/**
 * A localized Excel (issue #13), as documented: `formulasLocal` reads and writes its own spelling
 * (local function names, its argument and decimal separators, its TRUE/FALSE); the add-in's custom
 * functions are known by their localized names only, so one written through `formulas` by its
 * English name stays unknown and shows #NAME? (office-js #891, "product bug"). Null: English Excel.
 */
export interface FakeLocale {
  /** Excel's built-in functions, English → local ("ROUND" → "AFRUND"). */
  readonly builtins: Readonly<Record<string, string>>;
  /** The add-in's functions, id (English name) → the local name this Excel knows them by. */
  readonly customs: Readonly<Record<string, string>>;
  readonly argumentSeparator: string;
  readonly decimalSeparator: string;
  readonly logicals: readonly [string, string];
}

/** A token-aware rewrite of a formula: function names, TRUE/FALSE, separators; text and sheet names untouched. */
function rewrite(
  formula: string,
  fn: (name: string) => string,
  logical: (word: string) => string,
  from: { args: string; decimal: string },
  to: { args: string; decimal: string },
): string {
  let out = "";
  let i = 0;
  const word = /[A-Za-z_\u00C0-\u024F]/;
  const wordPart = /[A-Za-z0-9_.\u00C0-\u024F]/;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === ch && formula[j + 1] !== ch)) j += formula[j] === ch ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else if (word.test(ch)) {
      let j = i;
      while (j < formula.length && wordPart.test(formula[j])) j += 1;
      const name = formula.slice(i, j);
      out += formula[j] === "(" ? fn(name) : logical(name);
      i = j;
    } else if (/[0-9]/.test(ch)) {
      let j = i;
      while (j < formula.length && /[0-9]/.test(formula[j])) j += 1;
      if (formula[j] === from.decimal && /[0-9]/.test(formula[j + 1] ?? "")) {
        out += `${formula.slice(i, j)}${to.decimal}`;
        i = j + 1;
        continue;
      }
      out += formula.slice(i, j);
      i = j;
    } else {
      out += ch === from.args ? to.args : ch;
      i += 1;
    }
  }
  return out;
}

/** The function names a formula calls (outside text). */
function calledNames(formula: string): string[] {
  const names: string[] = [];
  rewrite(formula, (name) => (names.push(name), name), (w) => w, { args: ",", decimal: "." }, { args: ",", decimal: "." });
  return names;
}

/** A formula engine for the whole workbook: sheets as formulas or values, names as "=Sheet!$A$1". */
export type Calculator = (
  sheets: Record<string, unknown[][]>,
  names: { name: string; expression: string }[],
) => Record<string, unknown[][]> | Promise<Record<string, unknown[][]>>;

/** A typed value as Excel stores it: numeric text becomes a number (invariant spelling). */
function typed(value: unknown): unknown {
  if (typeof value !== "string") return value;
  if (value.startsWith("'")) return value.slice(1);
  if (/^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(value)) return Number(value);
  if (/^\s*(true|false)\s*$/i.test(value)) return value.trim().toLowerCase() === "true";
  return value;
}

/** Written text Excel takes as a formula: "=…", or "+…"/"-…" that is not a number ("+x" is "=+x"). */
function formulaOf(value: unknown): string | null {
  if (typeof value !== "string") return null;
  if (value.startsWith("=")) return value;
  return /^[+-]/.test(value) && typeof typed(value) !== "number" ? `=${value}` : null;
}

/** UTF-8 length, by hand: jsdom has no TextEncoder. */
function utf8Bytes(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

interface Box {
  row: number;
  column: number;
  rows: number;
  columns: number;
}
function parseRange(address: string): Box {
  const local = address.replace(/^.*!/, "").replace(/\$/g, "");
  const [a, b = a] = local.split(":");
  // Whole columns ("A:C"), as Excel takes them: every one of its 1.048.576 rows.
  const whole = /^([A-Z]+)$/.exec(a) !== null && /^([A-Z]+)$/.exec(b) !== null;
  if (whole) return { row: 0, column: colIndex(a), rows: 1048576, columns: colIndex(b) - colIndex(a) + 1 };
  // Whole rows ("5:7"): every one of the sheet's 16.384 columns.
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return { row: Number(a) - 1, column: 0, rows: Number(b) - Number(a) + 1, columns: 16384 };
  const m1 = /^([A-Z]+)(\d+)$/.exec(a);
  const m2 = /^([A-Z]+)(\d+)$/.exec(b);
  if (m1 === null || m2 === null) throw new Error(`InvalidArgument: bad address ${address}`);
  const row = Number(m1[2]) - 1;
  const column = colIndex(m1[1]);
  return { row, column, rows: Number(m2[2]) - row, columns: colIndex(m2[1]) - column + 1 };
}
/** "B2:H9" (or "B2" for one cell), `$` before each part where absolute. */
function localAddress(box: Box, absolute = false): string {
  const d = absolute ? "$" : "";
  const first = `${d}${colLetters(box.column)}${d}${box.row + 1}`;
  const last = `${d}${colLetters(box.column + box.columns - 1)}${d}${box.row + box.rows}`;
  return first === last ? first : `${first}:${last}`;
}
function boxAddress(sheet: string, box: Box, absolute = false): string {
  return `${sheetPrefix(sheet)}!${localAddress(box, absolute)}`;
}

/**
 * A formula as Excel's fill handle writes it `by` rows further down: its relative row references
 * moved, absolute ones kept; text constants and structured references untouched (references.ts).
 */
export function filledDown(formula: string, by: number): string {
  return mapReferences(formula, (ref, sheetText) =>
    referenceText({ ...ref, row1: ref.abs[1] ? ref.row1 : ref.row1 + by, row2: ref.abs[3] ? ref.row2 : ref.row2 + by }, sheetText),
  );
}

class PropertyNotLoaded extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} was read before load() and sync()`);
  }
}

/** One sheet's cells, sparse. */
export class SheetData {
  readonly cells = new Map<string, Cell>();
  readonly charts: { type: string; source: string; title?: string; name?: string }[] = [];
  /** Column widths in points, by 0-based column; absent: Excel's standard width. */
  readonly columnWidths = new Map<number, number>();
  /** Rows frozen at the top (freezePanes.freezeRows). */
  frozenRows = 0;
  /** Worksheet.visibility: "Visible", "Hidden" or "VeryHidden" (only code can show it again). */
  visibility = "Visible";
  /** Worksheet.protection.protected (ExcelApi 1.2): writing to its locked cells is refused. */
  protected = false;
  /** Conditional formats (ExcelApi 1.6): a custom rule's formula and the look while it is TRUE. */
  readonly conditionalFormats: { address: string; formula: string; fill?: string; font?: string }[] = [];
  /** The print set-up as set through pageLayout. */
  readonly pageLayout: { orientation?: string; printTitleRows?: string } = {};
  /** Syncs left that read "#BUSY!" from this sheet's formula cells (see busyReads). */
  busyLeft = 0;
  constructor(public name: string) {}
  cell(row: number, column: number): Cell {
    const key = `${row},${column}`;
    let c = this.cells.get(key);
    if (c === undefined) {
      c = { value: "", formula: null, numberFormat: "General", bold: false };
      this.cells.set(key, c);
    }
    return c;
  }
  peek(row: number, column: number): Cell | undefined {
    return this.cells.get(`${row},${column}`);
  }
  /** The sheet's look, as the tests compare it with the style (src/sheets/style.ts). */
  look(): SheetLook {
    const fills = new Map<string, string>();
    const borders = new Map<string, Set<Side>>();
    const unlocked = new Set<string>();
    const bold = new Set<string>();
    const validations = new Map<string, string>();
    for (const [key, c] of this.cells) {
      if (c.fill !== undefined) fills.set(key, c.fill.toUpperCase());
      const sides = Object.entries(c.borders ?? {}).filter(([, b]) => b?.style !== undefined && b.style !== "None").map(([side]) => side as Side);
      if (sides.length > 0) borders.set(key, new Set(sides));
      if (c.locked === false) unlocked.add(key);
      if (c.bold) bold.add(key);
      if (c.validation !== undefined) validations.set(key, c.validation.replace(new RegExp(`^${this.name}!`), ""));
    }
    const widths: (number | undefined)[] = [];
    // Excel's own conversion (Calibri 11: 7 px a digit, 5 px padding, 96 dpi); kept here, as the
    // rest of this file, apart from the code under test.
    for (const [c, points] of this.columnWidths) widths[c] = Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
    return { fills, borders, unlocked, bold, widths, frozenRows: this.frozenRows, validations, printTitleRows: this.pageLayout.printTitleRows ?? null, landscape: this.pageLayout.orientation === "Landscape" };
  }
  /** The used rectangle from A1. */
  extent(): { rows: number; columns: number } {
    let rows = 0;
    let columns = 0;
    for (const [key, c] of this.cells) {
      if (c.formula === null && (c.value === "" || c.value === null)) continue;
      const [r, k] = key.split(",").map(Number);
      rows = Math.max(rows, r + 1);
      columns = Math.max(columns, k + 1);
    }
    return { rows, columns };
  }
}

/** The workbook's state, shared by every context on it. */
export class FakeWorkbookData {
  readonly sheets: SheetData[] = [];
  readonly names = new Map<string, string>();
  readonly tables: { name: string; sheet: string; address: string }[] = [];
  selected: string | null = null;
  activeSheet: string | null = null;
  /** The formula engine; null: a formula cell's value is its formula's text. */
  calculator: Calculator | null = null;
  /** Syncs that read "#BUSY!" after formulas are written to a sheet (Excel's asynchronous calculation). */
  busyReads = 0;
  /** Runs once, before the first read of values that follows a write in the same sync: a test's way to change a cell in between. */
  beforeRead: ((data: FakeWorkbookData) => void) | null = null;
  /** Sheets read as "#BUSY!" in the current sync. */
  readonly busySeen = new Set<SheetData>();
  /** Table.onChanged handlers (ExcelApi 1.7), by table name; called after the sync that changed the table. */
  readonly tableHandlers = new Map<string, ((args: { tableId: string; changeType: string; source: string }) => unknown)[]>();
  /** Tables changed by the current sync. */
  readonly tablesChanged = new Set<string>();
  /** Notes a change to cells of a sheet: tables it touches are told after the sync. */
  touched(sheetName: string, box: { row: number; column: number; rows: number; columns: number }): void {
    for (const t of this.tables) {
      if (t.sheet.toLowerCase() !== sheetName.toLowerCase()) continue;
      const b = parseRange(t.address);
      if (box.row <= b.row + b.rows && box.row + box.rows >= b.row && box.column < b.column + b.columns && box.column + box.columns > b.column) this.tablesChanged.add(t.name);
    }
  }
  /** The engine's values by sheet, until the next change. */
  private computed: Record<string, unknown[][]> | null = null;

  /** The host's language for formulasLocal and the add-in's function names; null: English Excel. */
  locale: FakeLocale | null = null;
  /** The add-in's function ids, so that a name this Excel does not know is recognised as one. */
  customIds: readonly string[] = [];
  /** Requirement sets this Excel supports ("ExcelApi 1.9"); null: all. */
  requirementSets: readonly string[] | null = null;

  /** Office.context.requirements.isSetSupported: a set is supported where this Excel has it or a later version of it. */
  supports(set: string): boolean {
    if (this.requirementSets === null) return true;
    const [name, version] = set.split(" ");
    const [major, minor] = version.split(".").map(Number);
    return this.requirementSets.some((have) => {
      const [n, v] = have.split(" ");
      const [ma, mi] = v.split(".").map(Number);
      return n === name && (ma > major || (ma === major && mi >= minor));
    });
  }
  /** Faults to model a misbehaving Excel, for the self-test's tests. */
  readonly faults = {
    autoFillWithoutShift: false,
    nullOverwrites: false,
    localRoundTrip: false,
    noCharts: false,
    /** Fills, locks and column widths are accepted and not kept. */
    plainFormats: false,
    /** freezeRows is accepted and nothing is frozen. */
    noFreezePanes: false,
    /** A list rule is accepted and not kept. */
    noValidation: false,
    /** Application.calculationState stays "Pending" (office-js #3319). */
    calculationPending: false,
    /** A quote prefix is kept as part of the text ("'0042" stays "'0042"). */
    keepsQuote: false,
  };

  /** The name this Excel knows an add-in function by. */
  localName(id: string): string {
    return this.locale?.customs[id] ?? id;
  }

  /** Is a function name one of the add-in's that this Excel does not know (English in Danish Excel, _xldudf_…)? */
  unknownCustom(name: string): boolean {
    if (/^_xldudf_/i.test(name)) return true;
    const upper = name.toUpperCase();
    return this.customIds.some((id) => id.toUpperCase() === upper && this.localName(id).toUpperCase() !== upper);
  }

  /** A formula entered through `formulas` (invariant spelling): the cell's formula and whether it is broken. */
  enterInvariant(formula: string): { formula: string; broken: boolean } {
    // A function of the add-in by the name this Excel knows it by is stored by its id.
    const ids = new Map(this.customIds.map((id) => [this.localName(id).toUpperCase(), id]));
    const stored = this.locale === null ? formula : rewrite(formula, (n) => ids.get(n.toUpperCase()) ?? n, (w) => w, { args: ",", decimal: "." }, { args: ",", decimal: "." });
    return { formula: stored, broken: calledNames(formula).some((n) => this.unknownCustom(n)) };
  }

  /** A formula entered through `formulasLocal`: translated to the invariant spelling. */
  enterLocal(formula: string): { formula: string; broken: boolean } {
    const locale = this.locale;
    if (locale === null) return this.enterInvariant(formula);
    const builtins = new Map(Object.entries(locale.builtins).map(([en, local]) => [local.toUpperCase(), en]));
    const customs = new Map(Object.entries(locale.customs).map(([id, local]) => [local.toUpperCase(), id]));
    let broken = false;
    const invariant = rewrite(
      formula,
      (name) => {
        const upper = name.toUpperCase();
        if (customs.has(upper)) return customs.get(upper) as string;
        if (this.unknownCustom(name) || this.customIds.some((id) => id.toUpperCase() === upper)) broken = true;
        return builtins.get(upper) ?? name;
      },
      (w) => (w.toUpperCase() === locale.logicals[0].toUpperCase() ? "TRUE" : w.toUpperCase() === locale.logicals[1].toUpperCase() ? "FALSE" : w),
      { args: locale.argumentSeparator, decimal: locale.decimalSeparator },
      { args: ",", decimal: "." },
    );
    return { formula: invariant, broken };
  }

  /** A cell's formula as `formulasLocal` gives it: the host's spelling; an unknown name stays as written. */
  localFormula(cell: Cell): string {
    const locale = this.locale;
    if (locale === null || cell.formula === null) return cell.formula ?? "";
    return rewrite(
      cell.formula,
      (name) => (cell.broken === true ? (locale.builtins[name.toUpperCase()] ?? name) : (locale.customs[name] ?? locale.builtins[name.toUpperCase()] ?? name)),
      (w) => (w.toUpperCase() === "TRUE" ? locale.logicals[0] : w.toUpperCase() === "FALSE" ? locale.logicals[1] : w),
      { args: ",", decimal: "." },
      { args: locale.argumentSeparator, decimal: locale.decimalSeparator },
    );
  }

  /**
   * Syncs that read the old value of a formula cell that had one, after a change (0: none): newer
   * Excel builds show the old value with a green indicator while existing cells recalculate, not
   * #BUSY! (office-js #4152, #6930); only cells new to the calculation show #BUSY!.
   */
  staleReads = 0;
  /** Syncs left that show old values, and the values they show. */
  private staleLeft = 0;
  private shown: Record<string, unknown[][]> | null = null;
  /** Whether the last sync read an old value. */
  private staleSeen = false;

  /** Forgets computed values: the workbook changed. Where old values are shown, keeps them to show. */
  changed(): void {
    if (this.computed !== null && this.staleReads > 0) {
      this.shown = this.computed;
      this.staleLeft = this.staleReads;
    }
    this.computed = null;
  }

  /**
   * Application.calculationState (ExcelApi 1.9), loaded after values in the same sync: "Calculating"
   * where what that sync read was #BUSY! or an old value, else "Done". (Excel's state is the whole
   * workbook's: it may say "Calculating" for cells nobody read, which only makes the reader wait.)
   */
  calculationState(): string {
    if (this.faults.calculationPending) return "Pending"; // office-js #3319: it can stay pending
    return this.staleSeen || this.busySeen.size > 0 ? "Calculating" : "Done";
  }

  /** After a sync: one read nearer the new values. */
  readSettled(): void {
    if (this.staleSeen) this.staleLeft -= 1;
    this.staleSeen = false;
  }

  /** Computes every formula with the calculator, where something changed since. */
  async calculate(): Promise<void> {
    if (this.calculator === null || this.computed !== null) return;
    const names = [...this.names].map(([name, formula]) => ({ name, expression: formula }));
    this.computed = await this.calculator(this.toSheets(true), names);
  }

  /** A cell's value as `range.values` gives it. */
  valueOf(sheet: SheetData, row: number, column: number): unknown {
    const cell = sheet.peek(row, column);
    // A blank cell may hold part of an array another cell spills (ALLOCATE).
    if (cell === undefined || (cell.formula === null && cell.value === "")) {
      const spilled = this.calculator === null || sheet.busyLeft > 0 ? "" : this.computed?.[sheet.name]?.[row]?.[column];
      return spilled === null || spilled === undefined ? "" : spilled;
    }
    if (cell.formula === null) return cell.value;
    if (this.calculator === null) return cell.formula;
    const old = this.staleLeft > 0 ? this.shown?.[sheet.name]?.[row]?.[column] : undefined;
    if (old !== undefined && old !== null && old !== "") {
      this.staleSeen = true;
      return old;
    }
    if (sheet.busyLeft > 0) {
      this.busySeen.add(sheet);
      return "#BUSY!";
    }
    const value = this.computed?.[sheet.name]?.[row]?.[column];
    return value === null || value === undefined ? "" : value;
  }

  sheet(name: string): SheetData | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Puts values (numbers, text, or "=formulas") into a sheet from a cell, creating the sheet. */
  put(sheetName: string, topLeft: string, rows: readonly (readonly unknown[])[]): void {
    let sheet = this.sheet(sheetName);
    if (sheet === undefined) {
      sheet = new SheetData(sheetName);
      this.sheets.push(sheet);
    }
    const start = parseRange(topLeft);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = sheet.cell(start.row + r, start.column + c);
        if (typeof v === "string" && v.startsWith("=")) cell.formula = v;
        else {
          cell.formula = null;
          // A text kept as text by its quote prefix ("'0042"), as a layout writes a user's text.
          cell.value = v === null || v === undefined ? "" : typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
        }
      }),
    );
    this.changed();
  }

  /**
   * Every sheet as a grid of formulas (where a cell has one) or values. For the formula engine
   * (`forEngine`), a call this Excel does not know becomes an unknown name, so it and its dependants
   * answer #NAME? as in Excel.
   */
  toSheets(forEngine = false): Record<string, unknown[][]> {
    const out: Record<string, unknown[][]> = {};
    const shapes = forEngine ? this.tableShapes() : [];
    for (const sheet of this.sheets) {
      const { rows, columns } = sheet.extent();
      out[sheet.name] = Array.from({ length: rows }, (_r, r) =>
        Array.from({ length: columns }, (_c, c) => {
          const cell = sheet.peek(r, c);
          if (cell === undefined) return null;
          if (forEngine && cell.formula !== null && (cell.broken === true || /_xldudf_/i.test(cell.formula))) {
            // Excel's stored form (and another add-in's link before it) is an unknown name: #NAME?.
            const formula = positionalIndex(resolveStructured(cell.formula.replace(/\[\d+\]!(?=_xldudf_)/gi, ""), shapes), r);
            return rewrite(formula, (n) => (this.unknownCustom(n) ? `UKENDT${n.replace(/[._]/g, "")}` : n), (w) => w, { args: ",", decimal: "." }, { args: ",", decimal: "." });
          }
          if (forEngine && cell.formula !== null) return positionalIndex(resolveStructured(cell.formula, shapes), r);
          if (cell.formula !== null) return cell.formula;
          // Text is text for the engine too, whatever it starts with ("=1000", "0042"): HyperFormula
          // takes the rest of "'…" as text, as Excel's quote prefix.
          return cell.value === "" ? null : forEngine && typeof cell.value === "string" ? `'${cell.value}` : cell.value;
        }),
      );
    }
    return out;
  }

  /** The tables as structured references see them: range, data rows and column names (the header cells). */
  tableShapes(): TableShape[] {
    return this.tables.map((t) => {
      const box = parseRange(t.address);
      const sheet = this.sheet(t.sheet);
      const headers = Array.from({ length: box.columns }, (_x, c) => String(sheet?.peek(box.row, box.column + c)?.value ?? ""));
      return { name: t.name, sheet: t.sheet, row: box.row, column: box.column, rows: box.rows - 1, headers };
    });
  }

  /**
   * Rows inserted (count > 0) or deleted (count < 0) at 0-based `row` of a sheet, whole rows, as
   * Excel's Range.insert("Down") / Range.delete("Up") on entire rows: cells move, and every formula,
   * name and table in the workbook follows (references.ts). A table's own row operations go through
   * here too: Excel moves only the table's columns there, the in-memory Excel whole rows.
   */
  shiftRows(sheetName: string, row: number, count: number): void {
    const sheet = this.sheet(sheetName);
    if (sheet === undefined) throw new Error(`ItemNotFound: sheet ${sheetName}`);
    const shift: RowShift = { sheet: sheet.name, row, count };
    const moved = new Map<string, Cell>();
    for (const [key, cell] of sheet.cells) {
      const [r, c] = key.split(",").map(Number);
      if (r < row) moved.set(key, cell);
      else if (count > 0) moved.set(`${r + count},${c}`, cell);
      else if (r >= row - count) moved.set(`${r + count},${c}`, cell);
    }
    sheet.cells.clear();
    for (const [key, cell] of moved) sheet.cells.set(key, cell);
    for (const s of this.sheets) {
      for (const cell of s.cells.values()) if (cell.formula !== null) cell.formula = shiftReferences(cell.formula, s.name, shift);
    }
    for (const [name, formula] of this.names) this.names.set(name, shiftReferences(formula, sheet.name, shift));
    this.touched(sheet.name, { row: count > 0 ? row : row, column: 0, rows: Math.abs(count), columns: 16384 });
    for (const t of this.tables) {
      if (t.sheet.toLowerCase() !== sheet.name.toLowerCase()) continue;
      const box = parseRange(t.address);
      // The header row stays; the body shrinks or grows with rows deleted or inserted inside it.
      const span = shiftSpan(box.row, box.row + box.rows - 1, shift);
      const [r1, r2] = span ?? [box.row, box.row];
      t.address = localAddress({ row: r1, column: box.column, rows: Math.max(r2, r1 + 1) - r1 + 1, columns: box.columns });
    }
    this.changed();
  }
}

interface Op {
  readonly json: string;
  readonly apply: () => void;
  /** A load of values, which needs the workbook calculated first. */
  readonly readsValues: boolean;
}

/** Counters a test reads after an operation. */
export interface SyncStats {
  syncs: number;
  /** Size in bytes of each request (one per sync). */
  readonly requestBytes: number[];
  /** Size in bytes of each response: the JSON of what the sync's loads brought back. */
  readonly responseBytes: number[];
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly stats: SyncStats = { syncs: 0, requestBytes: [], responseBytes: [] };
  /** Bytes the loads of the current sync bring back. */
  private responding = 0;
  /** A load reports what it brings back. */
  respond(payload: unknown): void {
    this.responding += utf8Bytes(JSON.stringify(payload));
  }
  private queue: Op[] = [];
  /** Makes the n-th sync (1-based) fail, to test that a failed operation leaves the workbook as it was. */
  failAtSync: number | null = null;

  constructor(readonly data: FakeWorkbookData) {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(payload: unknown, apply: () => void, readsValues = false): void {
    this.queue.push({ json: JSON.stringify(payload), apply, readsValues });
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.stats.syncs += 1;
    const bytes = ops.reduce((n, op) => n + utf8Bytes(op.json), 0);
    this.stats.requestBytes.push(bytes);
    if (bytes > REQUEST_LIMIT_BYTES) throw new Error(`RequestPayloadSizeLimitExceeded: ${bytes} bytes in one request`);
    if (this.failAtSync === this.stats.syncs) throw new Error("GeneralException: the sync failed (injected by the test)");
    const data = this.data;
    let wrote = false;
    for (const op of ops) {
      if (op.readsValues) {
        if (data.beforeRead !== null && wrote) {
          const tamper = data.beforeRead;
          data.beforeRead = null;
          tamper(data);
        }
        await data.calculate();
      } else if (!op.json.startsWith('{"load"')) {
        data.changed();
        wrote = true;
      }
      op.apply();
    }
    this.stats.responseBytes.push(this.responding);
    const responded = this.responding;
    this.responding = 0;
    if (responded > REQUEST_LIMIT_BYTES) throw new Error(`ResponsePayloadSizeLimitExceeded: ${responded} bytes in one response`);
    // A sync that read "#BUSY!" from a sheet brings its results one read nearer.
    for (const sheet of data.busySeen) sheet.busyLeft -= 1;
    data.busySeen.clear();
    data.readSettled();
    // Table.onChanged: each table this sync changed tells its handlers, after the sync, as Excel does.
    const changed = [...data.tablesChanged];
    data.tablesChanged.clear();
    for (const name of changed) {
      for (const handler of data.tableHandlers.get(name) ?? []) setTimeout(() => void handler({ tableId: name, changeType: "RangeEdited", source: "Local" }), 0);
    }
  }
}

class Loadable {
  private loaded = new Set<string>();
  protected markLoaded(props: string): void {
    for (const p of props.split(",")) this.loaded.add(p.trim());
  }
  protected need(prop: string): void {
    if (!this.loaded.has(prop)) throw new PropertyNotLoaded(prop);
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly names: FakeNames;
  readonly tables: FakeTables;
  readonly application: FakeApplication;
  constructor(readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheets(context);
    this.names = new FakeNames(context);
    this.tables = new FakeTables(context);
    this.application = new FakeApplication(context);
  }
  getSelectedRange(): FakeRange {
    const data = this.context.data;
    const [sheet, address] = (data.selected ?? `${data.sheets[0]?.name ?? "Ark1"}!A1`).split("!");
    return new FakeRange(this.context, sheet.replace(/^'|'$/g, ""), address);
  }
}

/** Workbook.application: its calculationState (ExcelApi 1.9), as of the sync that loads it. */
export class FakeApplication extends Loadable {
  private state = "Done";
  constructor(private readonly context: FakeRequestContext) {
    super();
  }
  load(props: string): this {
    if (!this.context.data.supports("ExcelApi 1.9")) throw new Error("ApiNotFound: Application.calculationState needs ExcelApi 1.9");
    // Queued as a read of values: it answers for the workbook as calculated at that point of the sync.
    this.context.enqueue({ load: "application", props }, () => {
      this.state = this.context.data.calculationState();
      this.markLoaded(props);
    }, true);
    return this;
  }
  get calculationState(): string {
    this.need("calculationState");
    return this.state;
  }
}

export class FakeWorksheets extends Loadable {
  private snapshot: FakeWorksheet[] = [];
  constructor(private readonly context: FakeRequestContext) {
    super();
  }
  load(props: string): this {
    this.context.enqueue({ load: "worksheets", props }, () => {
      this.snapshot = this.context.data.sheets.map((s) => new FakeWorksheet(this.context, s.name, true));
      this.markLoaded("items");
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    this.need("items");
    return this.snapshot;
  }
  add(name: string): FakeWorksheet {
    this.context.enqueue({ add: "worksheet", name }, () => {
      if (this.context.data.sheet(name) !== undefined) throw new Error(`ItemAlreadyExists: ${name}`);
      this.context.data.sheets.push(new SheetData(name));
    });
    return new FakeWorksheet(this.context, name);
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, name);
  }
  getActiveWorksheet(): FakeWorksheet {
    const data = this.context.data;
    return new FakeWorksheet(this.context, data.activeSheet ?? data.sheets[0]?.name ?? "Ark1");
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    const sheet = new FakeWorksheet(this.context, name);
    sheet.nullCheck = true;
    return sheet;
  }
}

/** Worksheet.freezePanes.getLocationOrNullObject(), loaded. */
interface FrozenLocation {
  load(props?: string): FrozenLocation;
  readonly isNullObject: boolean;
  readonly address: string;
}

export class FakeWorksheet extends Loadable {
  nullCheck = false;
  private exists: boolean | null = null;
  readonly charts: FakeCharts;
  constructor(
    /** Worksheet.context, as every Office.js object has it: the way to the workbook. */
    readonly context: FakeRequestContext,
    private sheetName: string,
    loadedName = false,
  ) {
    super();
    if (loadedName) this.markLoaded("name");
    this.charts = new FakeCharts(context, sheetName);
  }
  get name(): string {
    return this.sheetName;
  }
  /** Renames the sheet at the next sync, as Excel does. */
  set name(next: string) {
    const previous = this.sheetName;
    this.context.enqueue({ rename: previous, to: next }, () => {
      const sheet = this.context.data.sheet(previous);
      if (sheet === undefined) throw new Error(`ItemNotFound: ${previous}`);
      if (this.context.data.sheet(next) !== undefined) throw new Error(`ItemAlreadyExists: ${next}`);
      sheet.name = next;
    });
    this.sheetName = next;
  }
  load(props: string): this {
    this.context.enqueue({ load: "worksheet", name: this.name, props }, () => {
      this.exists = this.context.data.sheet(this.name) !== undefined;
      this.markLoaded(props);
      this.markLoaded("isNullObject");
    });
    return this;
  }
  get isNullObject(): boolean {
    this.need("isNullObject");
    return this.exists === false;
  }
  getRange(address: string): FakeRange {
    return new FakeRange(this.context, this.name, address);
  }
  /**
   * Worksheet.protection (ExcelApi 1.2): `protected` once loaded ("protection/protected"). A write to
   * a protected sheet's cells fails the sync, as Excel refuses one to its locked cells (every cell is
   * locked unless unlocked; the model does not tell them apart): InvalidOperation.
   */
  get protection(): { readonly protected: boolean } {
    const isProtected = (): boolean => {
      this.need("protection/protected");
      return this.context.data.sheet(this.name)?.protected === true;
    };
    return Object.defineProperty({} as { readonly protected: boolean }, "protected", { enumerable: true, get: isProtected });
  }
  /** Worksheet.visibility (ExcelApi 1.1): "VeryHidden" keeps a sheet out of the user's Unhide list. */
  set visibility(value: string) {
    this.context.enqueue({ visibility: value, sheet: this.name }, () => {
      this.data().visibility = value;
    });
  }
  get visibility(): string {
    this.need("visibility");
    return this.context.data.sheet(this.name)?.visibility ?? "Visible";
  }
  /** Worksheet.freezePanes (ExcelApi 1.7). */
  get freezePanes(): { freezeRows: (count: number) => void; getLocationOrNullObject: () => FrozenLocation } {
    this.requires("ExcelApi 1.7", "freezePanes");
    return {
      freezeRows: (count: number) =>
        this.context.enqueue({ freezeRows: count, sheet: this.name }, () => {
          if (!this.context.data.faults.noFreezePanes) this.data().frozenRows = count;
        }),
      getLocationOrNullObject: () => {
        let rows = 0;
        const sheetName = this.name;
        const location: FrozenLocation = {
          load: () => {
            this.context.enqueue({ load: "freezePanes", sheet: sheetName }, () => {
              rows = this.data().frozenRows;
            });
            return location;
          },
          get isNullObject() {
            return rows === 0;
          },
          // Excel gives the frozen rows as whole rows of the sheet: "Ark1!1:1".
          get address() {
            return `${sheetName}!1:${rows}`;
          },
        };
        return location;
      },
    };
  }
  /** Worksheet.pageLayout (ExcelApi 1.9): orientation and print titles. */
  get pageLayout(): { orientation: string; setPrintTitleRows: (rows: string) => void } {
    this.requires("ExcelApi 1.9", "pageLayout");
    const set = (key: "orientation" | "printTitleRows", value: string) =>
      this.context.enqueue({ pageLayout: key, value, sheet: this.name }, () => {
        this.data().pageLayout[key] = value;
      });
    return Object.defineProperties({} as { orientation: string; setPrintTitleRows: (rows: string) => void }, {
      orientation: { set: (v: string) => set("orientation", v), get: () => { throw new PropertyNotLoaded("pageLayout.orientation"); } },
      setPrintTitleRows: { value: (rows: string) => set("printTitleRows", rows) },
    });
  }
  private requires(set: string, what: string): void {
    if (!this.context.data.supports(set)) throw new Error(`ApiNotFound: Worksheet.${what} needs ${set}`);
  }
  private data(): SheetData {
    const sheet = this.context.data.sheet(this.name);
    if (sheet === undefined) throw new Error(`ItemNotFound: sheet ${this.name}`);
    return sheet;
  }
  /** The used range from A1 (a fake simplification: Excel's starts at the first used cell). */
  getUsedRange(): FakeRange {
    const sheet = this.context.data.sheet(this.name);
    const { rows, columns } = sheet?.extent() ?? { rows: 0, columns: 0 };
    return new FakeRange(this.context, this.name, `A1:${colLetters(Math.max(columns, 1) - 1)}${Math.max(rows, 1)}`);
  }
  delete(): void {
    this.context.enqueue({ delete: "worksheet", name: this.name }, () => {
      const data = this.context.data;
      const i = data.sheets.findIndex((s) => s.name.toLowerCase() === this.name.toLowerCase());
      if (i < 0) throw new Error(`ItemNotFound: ${this.name}`);
      data.sheets.splice(i, 1);
      // Its tables go with it.
      for (let t = data.tables.length - 1; t >= 0; t -= 1) if (data.tables[t].sheet.toLowerCase() === this.name.toLowerCase()) data.tables.splice(t, 1);
    });
  }
  activate(): void {
    this.context.enqueue({ activate: this.name }, () => {
      this.context.data.activeSheet = this.name;
    });
  }
}

export class FakeCharts extends Loadable {
  private snapshot: { name: string; chartType: string }[] = [];
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: string,
  ) {
    super();
  }
  load(props: string): this {
    this.context.enqueue({ load: "charts", sheet: this.sheet, props }, () => {
      this.snapshot = (this.context.data.sheet(this.sheet)?.charts ?? []).map((c, i) => ({ name: c.name ?? c.title ?? `Diagram ${i + 1}`, chartType: c.type }));
      this.markLoaded("items");
    });
    return this;
  }
  get items(): { name: string; chartType: string }[] {
    this.need("items");
    return this.snapshot;
  }
  /** ChartCollection.getItem(name).delete(): the chart of that name goes; none is ItemNotFound at the sync. */
  getItem(name: string): { delete: () => void } {
    return {
      delete: () =>
        this.context.enqueue({ deleteChart: name, sheet: this.sheet }, () => {
          const charts = this.context.data.sheet(this.sheet)?.charts;
          const i = charts?.findIndex((c) => c.name === name) ?? -1;
          if (charts === undefined || i < 0) throw new Error(`ItemNotFound: chart ${name}`);
          charts.splice(i, 1);
        }),
    };
  }
  add(type: string, source: FakeRange, seriesBy?: string): { title: { text: string }; name: string; setPosition: (a: string, b?: string) => void } {
    const chart = { type, source: `${source.sheetName}!${source.localAddress}`, title: undefined as string | undefined, name: undefined as string | undefined };
    const title = { text: "" };
    this.context.enqueue({ add: "chart", type, source: chart.source, seriesBy }, () => {
      const data = this.context.data.sheet(this.sheet);
      if (data === undefined) throw new Error(`ItemNotFound: ${this.sheet}`);
      if (!this.context.data.faults.noCharts) data.charts.push(chart);
    });
    return {
      title: {
        set text(value: string) {
          title.text = value;
          chart.title = value;
        },
        get text() {
          return title.text;
        },
      },
      set name(value: string) {
        chart.name = value;
      },
      get name() {
        return chart.name ?? "";
      },
      setPosition: () => undefined,
    };
  }
}

export class FakeRange extends Loadable {
  private loadedValues: unknown[][] = [];
  private loadedFormulas: unknown[][] = [];
  private loadedFormats: unknown[][] = [];
  private loadedLocal: unknown[][] = [];
  /** The first cell's look and its column's width, as `load("format/fill/color,…")` gives them. */
  private loadedLook = { fill: "#FFFFFF", locked: true, columnWidth: 48, validationType: "None" };
  readonly format: {
    font: { bold: boolean };
    fill: { color: string };
    protection: { locked: boolean };
    wrapText: boolean;
    verticalAlignment: string;
    columnWidth: number;
    borders: { getItem: (edge: string) => Border };
    autofitColumns: () => void;
  };
  readonly dataValidation: { rule: { list?: { inCellDropDown?: boolean; source: string | FakeRange } }; readonly type: string };
  constructor(
    private readonly context: FakeRequestContext,
    readonly sheetName: string,
    /** The address within the sheet, as the code under test gave it. */
    readonly localAddress: string,
  ) {
    super();
    const address = localAddress;
    const box = () => parseRange(address);
    const writeBold = (value: boolean) => this.write("bold", [[value]], (cell) => (cell.bold = value), box());
    const setter = (what: string, set: (cell: Cell) => void) => this.write(what, [[true]], (cell) => context.data.faults.plainFormats || set(cell), box());
    const notLoaded = (what: string) => () => {
      throw new PropertyNotLoaded(what);
    };
    const border = (edge: string): Border => {
      const b = box();
      const sides = bordered(edge, b.rows, b.columns);
      const set = (key: keyof Border) => (value: string) =>
        context.enqueue({ border: edge, address: localAddress, [key]: value }, () => {
          const sheet = this.sheet();
          for (const { r, c, side } of sides) {
            const cell = sheet.cell(b.row + r, b.column + c);
            cell.borders = { ...cell.borders, [side]: { ...cell.borders?.[side], [key]: value } };
          }
        });
      const [style, weight, color] = [set("style"), set("weight"), set("color")];
      return Object.defineProperties({} as Border, {
        style: { set: style, get: notLoaded("border.style") },
        weight: { set: weight, get: notLoaded("border.weight") },
        color: { set: color, get: notLoaded("border.color") },
      });
    };
    // Arrow functions keep this range's `this` inside the property objects below.
    const look = <K extends keyof FakeRange["loadedLook"]>(prop: string, key: K) => {
      this.need(prop);
      return this.loadedLook[key];
    };
    const widths = () => this.sheet().columnWidths;
    const writeCells = (what: string, payload: unknown[][], set: (cell: Cell, v: unknown) => void) => this.write(what, payload, set, box());
    this.format = {
      font: {
        set bold(value: boolean) {
          writeBold(value);
        },
        get bold() {
          throw new PropertyNotLoaded("format.font.bold");
        },
      },
      fill: Object.defineProperty({} as { color: string }, "color", {
        set: (v: string) => setter("fill", (cell) => (cell.fill = v)),
        get: () => look("format/fill/color", "fill"),
      }),
      protection: Object.defineProperty({} as { locked: boolean }, "locked", {
        set: (v: boolean) => setter("locked", (cell) => (cell.locked = v)),
        get: () => look("format/protection/locked", "locked"),
      }),
      set wrapText(v: boolean) {
        setter("wrapText", (cell) => (cell.wrap = v));
      },
      get wrapText(): boolean {
        throw new PropertyNotLoaded("format.wrapText");
      },
      set verticalAlignment(v: string) {
        context.enqueue({ verticalAlignment: v, address: localAddress }, () => undefined);
      },
      get verticalAlignment(): string {
        throw new PropertyNotLoaded("format.verticalAlignment");
      },
      set columnWidth(points: number) {
        const b = box();
        context.enqueue({ columnWidth: points, address: localAddress }, () => {
          if (context.data.faults.plainFormats) return;
          for (let c = b.column; c < b.column + b.columns; c += 1) widths().set(c, points);
        });
      },
      get columnWidth(): number {
        return look("format/columnWidth", "columnWidth");
      },
      borders: { getItem: border },
      autofitColumns: () => context.enqueue({ autofit: localAddress }, () => undefined),
    };
    this.dataValidation = {
      // Range.dataValidation is ExcelApi 1.8; the list's source as a Range or a comma-separated list.
      set rule(rule: { list?: { inCellDropDown?: boolean; source: string | FakeRange } }) {
        if (!context.data.supports("ExcelApi 1.8")) throw new Error("ApiNotFound: Range.dataValidation needs ExcelApi 1.8");
        const source = rule.list?.source;
        if (source === undefined) throw new Error("InvalidArgument: only list rules are modelled");
        // A Range as the source is kept as an absolute reference, as Excel shows it in Data Validation.
        const text = typeof source === "string" ? source : boxAddress(source.sheetName, parseRange(source.localAddress), true);
        writeCells("dataValidation", [[text]], (cell) => context.data.faults.noValidation || (cell.validation = text));
      },
      get rule(): { list?: { source: string } } {
        throw new PropertyNotLoaded("dataValidation.rule");
      },
      get type(): string {
        return look("dataValidation/type", "validationType");
      },
    } as FakeRange["dataValidation"];
  }
  private sheet(): SheetData {
    const sheet = this.context.data.sheet(this.sheetName);
    if (sheet === undefined) throw new Error(`ItemNotFound: sheet ${this.sheetName}`);
    return sheet;
  }
  /** "Sheet!A1:B2", once loaded, as Excel gives it. */
  get address(): string {
    this.need("address");
    return boxAddress(this.sheetName, parseRange(this.localAddress));
  }
  private write(what: string, payload: unknown[][], set: (cell: Cell, v: unknown) => void, box = parseRange(this.localAddress)): void {
    const single = payload.length === 1 && payload[0]?.length === 1;
    if (!single && (payload.length !== box.rows || payload.some((row) => row.length !== box.columns))) {
      throw new Error(`InvalidArgument: ${what} of ${payload.length}×${payload[0]?.length} for ${this.localAddress}`);
    }
    this.context.enqueue({ set: what, address: this.localAddress, payload }, () => {
      const sheet = this.sheet();
      if (sheet.protected && (what === "values" || what === "formulas" || what === "formulasLocal")) {
        throw new Error("InvalidOperation: The cell or chart you're trying to change is on a protected sheet.");
      }
      if (what === "values" || what === "formulas" || what === "formulasLocal") this.context.data.touched(sheet.name, box);
      for (let r = 0; r < box.rows; r += 1) {
        for (let c = 0; c < box.columns; c += 1) {
          const v = single ? payload[0][0] : payload[r][c];
          if ((v === null || v === undefined) && !this.context.data.faults.nullOverwrites) continue; // null leaves a cell as it is, as in Excel
          set(sheet.cell(box.row + r, box.column + c), v);
        }
      }
    });
  }
  /** A value entered as Excel enters `values` and `formulas` alike: "=…" a formula, numeric text a number, "'…" text. */
  private enter(cell: Cell, written: unknown, local = false): void {
    const formula = formulaOf(written);
    if (formula !== null) {
      const v = formula;
      const entered = local ? this.context.data.enterLocal(v) : this.context.data.enterInvariant(v);
      cell.formula = entered.formula;
      cell.broken = entered.broken;
      cell.value = "";
      // Formulas were written to this sheet: Excel computes them asynchronously. A formula of text
      // constants only (a pinned name, `="Nord"&CHAR(34)`) has nothing to wait for.
      if (!/^=(?:"(?:[^"]|"")*"|&|CHAR\(34\))+$/.test(v)) this.sheet().busyLeft = this.context.data.busyReads;
    } else {
      cell.formula = null;
      cell.broken = false;
      cell.value = written === null || written === undefined ? "" : this.context.data.faults.keepsQuote && typeof written === "string" && written.startsWith("'") ? written : typed(written);
    }
  }
  set formulas(rows: unknown[][]) {
    this.write("formulas", rows, (cell, v) => this.enter(cell, v));
  }
  /** The host's own spelling (see FakeLocale): local names and separators; in English Excel, as formulas. */
  set formulasLocal(rows: unknown[][]) {
    this.write("formulasLocal", rows, (cell, v) => this.enter(cell, v, true));
  }
  get formulasLocal(): unknown[][] {
    this.need("formulasLocal");
    return this.loadedLocal;
  }
  get formulas(): unknown[][] {
    this.need("formulas");
    return this.loadedFormulas;
  }
  set values(rows: unknown[][]) {
    this.write("values", rows, (cell, v) => this.enter(cell, v));
  }
  get values(): unknown[][] {
    this.need("values");
    return this.loadedValues;
  }
  get numberFormat(): unknown[][] {
    this.need("numberFormat");
    return this.loadedFormats;
  }
  set numberFormat(rows: unknown[][]) {
    this.write("numberFormat", rows, (cell, v) => (cell.numberFormat = String(v)));
  }
  load(props: string): this {
    this.context.enqueue(
      { load: "range", address: this.localAddress, props },
      () => {
        const sheet = this.sheet();
        const box = parseRange(this.localAddress);
        const grid = (f: (c: Cell | undefined, r: number, k: number) => unknown) =>
          Array.from({ length: box.rows }, (_r, r) =>
            Array.from({ length: box.columns }, (_c, c) => f(sheet.peek(box.row + r, box.column + c), box.row + r, box.column + c)),
          );
        this.loadedValues = grid((_c, r, k) => this.context.data.valueOf(sheet, r, k));
        this.loadedFormulas = grid((c) => (c === undefined ? "" : (c.formula ?? c.value)));
        this.loadedFormats = grid((c) => c?.numberFormat ?? "General");
        const data = this.context.data;
        this.loadedLocal = grid((c) => (c === undefined ? "" : c.formula === null ? c.value : data.faults.localRoundTrip ? c.formula : data.localFormula(c)));
        const first = sheet.peek(box.row, box.column);
        // Excel's answers for a cell never styled: white, locked, the standard width (8,43 characters), no validation.
        this.loadedLook = {
          fill: first?.fill ?? "#FFFFFF",
          locked: first?.locked ?? true,
          columnWidth: sheet.columnWidths.get(box.column) ?? 48,
          validationType: first?.validation === undefined ? "None" : "List",
        };
        for (const prop of props.split(",").map((p) => p.trim())) {
          if (prop === "values") this.context.respond(this.loadedValues);
          if (prop === "formulas") this.context.respond(this.loadedFormulas);
          if (prop === "numberFormat") this.context.respond(this.loadedFormats);
          if (prop === "formulasLocal") this.context.respond(this.loadedLocal);
        }
        this.markLoaded(props);
      },
      /\bvalues\b/.test(props),
    );
    return this;
  }
  /**
   * Excel's fill handle: the destination repeats this range's rows, relative references moved by
   * the distance, formats along. Only filling down from one row is supported.
   */
  autoFill(destination: string | FakeRange, type?: string): void {
    // Range.autoFill is ExcelApi 1.9: an older Excel has no such method.
    if (!this.context.data.supports("ExcelApi 1.9")) throw new Error("ApiNotFound: Range.autoFill needs ExcelApi 1.9");
    const to = parseRange(typeof destination === "string" ? destination : destination.localAddress);
    const from = parseRange(this.localAddress);
    if (from.rows !== 1 || to.row !== from.row || to.column !== from.column || to.columns !== from.columns) {
      throw new Error(`InvalidArgument: autoFill ${this.localAddress} → ${String(destination)}`);
    }
    this.context.enqueue({ autoFill: this.localAddress, destination: String(destination), type }, () => {
      const sheet = this.sheet();
      for (let c = 0; c < from.columns; c += 1) {
        const source = sheet.peek(from.row, from.column + c);
        for (let r = 1; r < to.rows; r += 1) {
          const cell = sheet.cell(from.row + r, from.column + c);
          const shift = this.context.data.faults.autoFillWithoutShift ? 0 : r;
          cell.formula = source?.formula === null || source?.formula === undefined ? null : filledDown(source.formula, shift);
          cell.broken = source?.broken;
          if (cell.formula !== null) sheet.busyLeft = this.context.data.busyReads;
          cell.value = source?.formula ? "" : (source?.value ?? "");
          cell.numberFormat = source?.numberFormat ?? "General";
          cell.bold = source?.bold ?? false;
          // Formats along: fill, borders, lock and wrap as the source row has them.
          cell.fill = source?.fill;
          cell.borders = source?.borders;
          cell.locked = source?.locked;
          cell.wrap = source?.wrap;
        }
      }
    });
  }
  /**
   * Range.copyFrom(source, "All") (ExcelApi 1.9) between ranges of the same shape and place on two
   * sheets: formulas (references unmoved, the distance being 0), values, number formats, the look and
   * conditional formats. A formula in a cell moved 0 rows and columns keeps its references as written.
   */
  copyFrom(source: FakeRange | string, copyType: string = "All"): void {
    if (!this.context.data.supports("ExcelApi 1.9")) throw new Error("ApiNotFound: Range.copyFrom needs ExcelApi 1.9");
    const from = typeof source === "string" ? new FakeRange(this.context, source.replace(/!.*$/, "").replace(/^'|'$/g, ""), source.replace(/^.*!/, "")) : source;
    const box = parseRange(this.localAddress);
    const fromBox = parseRange(from.localAddress);
    if (copyType !== "All" || fromBox.row !== box.row || fromBox.column !== box.column || fromBox.rows !== box.rows || fromBox.columns !== box.columns) {
      throw new Error(`InvalidArgument: the in-memory Excel copies only "All" to the same place (${from.localAddress} → ${this.localAddress})`);
    }
    this.context.enqueue({ copyFrom: `${from.sheetName}!${from.localAddress}`, to: this.localAddress }, () => {
      const target = this.sheet();
      const origin = this.context.data.sheet(from.sheetName);
      if (origin === undefined) throw new Error(`ItemNotFound: sheet ${from.sheetName}`);
      this.context.data.touched(target.name, box);
      for (const [key, cell] of origin.cells) {
        const [r, c] = key.split(",").map(Number);
        if (r < box.row || r >= box.row + box.rows || c < box.column || c >= box.column + box.columns) continue;
        target.cells.set(key, { ...cell, borders: cell.borders === undefined ? undefined : { ...cell.borders } });
        if (cell.formula !== null) target.busyLeft = this.context.data.busyReads;
      }
      for (const f of origin.conditionalFormats) target.conditionalFormats.push({ ...f });
      for (const [c, w] of origin.columnWidths) target.columnWidths.set(c, w);
      target.frozenRows = origin.frozenRows;
    });
  }
  /** Range.clear("All" | "Contents" | "Formats"): the cells emptied, their look back to Excel's default, or both. */
  clear(applyTo: string = "All"): void {
    const box = parseRange(this.localAddress);
    this.context.enqueue({ clear: this.localAddress, applyTo }, () => {
      const sheet = this.sheet();
      this.context.data.touched(sheet.name, box);
      for (const [key, cell] of [...sheet.cells]) {
        const [r, c] = key.split(",").map(Number);
        if (r < box.row || r >= box.row + box.rows || c < box.column || c >= box.column + box.columns) continue;
        if (applyTo === "All") sheet.cells.delete(key);
        else if (applyTo === "Contents") Object.assign(cell, { formula: null, value: "", broken: false });
        else Object.assign(cell, { numberFormat: "General", bold: false, fill: undefined, wrap: undefined, locked: undefined, borders: undefined, validation: undefined });
      }
      if (applyTo !== "Contents") {
        const keep = sheet.conditionalFormats.filter((f) => {
          const b = parseRange(f.address);
          return !(b.row >= box.row && b.row + b.rows <= box.row + box.rows && b.column >= box.column && b.column + b.columns <= box.column + box.columns);
        });
        sheet.conditionalFormats.splice(0, sheet.conditionalFormats.length, ...keep);
      }
    });
  }
  /** Range.conditionalFormats (ExcelApi 1.6): only custom rules, kept with their fill and font colour. */
  get conditionalFormats(): { add: (type: string) => { custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } } } } {
    if (!this.context.data.supports("ExcelApi 1.6")) throw new Error("ApiNotFound: Range.conditionalFormats needs ExcelApi 1.6");
    return {
      add: (type: string) => {
        if (type !== "Custom") throw new Error(`InvalidArgument: only custom conditional formats are modelled (${type})`);
        const rule = { address: this.localAddress, formula: "" } as { address: string; formula: string; fill?: string; font?: string };
        this.context.enqueue({ conditionalFormat: this.localAddress }, () => this.sheet().conditionalFormats.push(rule));
        const set = (key: "formula" | "fill" | "font") => (value: string) => this.context.enqueue({ conditionalFormat: this.localAddress, [key]: value }, () => (rule[key] = value));
        return {
          custom: {
            rule: Object.defineProperty({} as { formula: string }, "formula", { set: set("formula"), get: () => rule.formula }),
            format: {
              fill: Object.defineProperty({} as { color: string }, "color", { set: set("fill"), get: () => rule.fill ?? "" }),
              font: Object.defineProperty({} as { color: string }, "color", { set: set("font"), get: () => rule.font ?? "" }),
            },
          },
        };
      },
    };
  }
  /** Range.delete("Up") of entire rows ("5:7"): rows removed, the workbook's references follow. */
  delete(shift: string): void {
    const box = parseRange(this.localAddress);
    if (shift !== "Up" || box.columns !== 16384) throw new Error(`InvalidArgument: only whole rows are deleted upwards in the in-memory Excel (${this.localAddress})`);
    this.context.enqueue({ deleteRows: this.localAddress, sheet: this.sheetName }, () => this.context.data.shiftRows(this.sheetName, box.row, -box.rows));
  }
  /** Range.insert("Down") of entire rows ("5:7"): empty rows in, the cells below and every reference to them move down. */
  insert(shift: string): void {
    const box = parseRange(this.localAddress);
    if (shift !== "Down" || box.columns !== 16384) throw new Error(`InvalidArgument: only whole rows are inserted downwards in the in-memory Excel (${this.localAddress})`);
    this.context.enqueue({ insertRows: this.localAddress, sheet: this.sheetName }, () => this.context.data.shiftRows(this.sheetName, box.row, box.rows));
  }
  select(): void {
    this.context.enqueue({ select: this.localAddress }, () => {
      this.context.data.selected = boxAddress(this.sheetName, parseRange(this.localAddress));
    });
  }
}

export class FakeNames extends Loadable {
  private snapshot: { name: string; formula: string }[] = [];
  constructor(private readonly context: FakeRequestContext) {
    super();
  }
  add(name: string, reference: FakeRange | string): void {
    const formula = typeof reference === "string" ? reference : `=${boxAddress(reference.sheetName, parseRange(reference.localAddress), true)}`;
    this.context.enqueue({ add: "name", name, formula }, () => {
      if (this.context.data.names.has(name)) throw new Error(`ItemAlreadyExists: name ${name}`);
      this.context.data.names.set(name, formula);
    });
  }
  load(props: string): this {
    this.context.enqueue({ load: "names", props }, () => {
      this.snapshot = [...this.context.data.names].map(([name, formula]) => ({ name, formula }));
      this.markLoaded("items");
    });
    return this;
  }
  get items(): { name: string; formula: string }[] {
    this.need("items");
    return this.snapshot;
  }
  getItem(name: string): { delete: () => void } {
    return {
      delete: () =>
        this.context.enqueue({ delete: "name", name }, () => {
          this.context.data.names.delete(name);
        }),
    };
  }
}

export class FakeTables extends Loadable {
  private snapshot: { name: string; worksheet: { name: string }; getRange: () => FakeRange }[] = [];
  constructor(private readonly context: FakeRequestContext) {
    super();
  }
  load(props: string): this {
    this.context.enqueue({ load: "tables", props }, () => {
      this.snapshot = this.context.data.tables.map((t) => ({
        name: t.name,
        worksheet: { name: t.sheet },
        getRange: () => new FakeRange(this.context, t.sheet, t.address),
      }));
      this.markLoaded("items");
    });
    return this;
  }
  get items() {
    this.need("items");
    return this.snapshot;
  }
  getItem(name: string): FakeTable {
    const table = this.context.data.tables.find((t) => t.name === name);
    if (table === undefined) throw new Error(`ItemNotFound: table ${name}`);
    return new FakeTable(this.context, table);
  }
  /** TableCollection.add (ExcelApi 1.1): a table over "Sheet!A1:B3", its first row the headers; named "Tabel1", … until renamed. */
  add(address: string, hasHeaders: boolean): FakeTable {
    if (!hasHeaders) throw new Error("InvalidArgument: the in-memory Excel makes tables with headers only");
    const bang = address.lastIndexOf("!");
    const table = { name: `Tabel${this.context.data.tables.length + 1}`, sheet: address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'"), address: address.slice(bang + 1).replace(/\$/g, "") };
    this.context.enqueue({ add: "table", address }, () => this.context.data.tables.push(table));
    return new FakeTable(this.context, table);
  }
}

/**
 * One Excel table: its ranges as they stand at the sync, and its rows (Table.rows: add at the end or
 * at an index, ExcelApi 1.1; TableRow.delete, 1.2). Rows added are inserted as whole rows below the
 * body (cells below move down), so every reference and structured reference follows.
 */
export class FakeTable {
  readonly worksheet: { name: string };
  readonly rows: { add: (index: number | null, values: unknown[][]) => void; getItemAt: (index: number) => { delete: () => void } };
  constructor(
    private readonly context: FakeRequestContext,
    private readonly table: { name: string; sheet: string; address: string },
  ) {
    this.worksheet = { name: table.sheet };
    const box = () => parseRange(table.address);
    this.rows = {
      add: (index, values) =>
        context.enqueue({ tableRowsAdd: table.name, index, values }, () => {
          const b = box();
          const at = index === null || index === undefined ? b.rows - 1 : index; // 0-based within the body
          if (at < 0 || at > b.rows - 1) throw new Error(`InvalidArgument: row index ${index} of table ${table.name}`);
          const row = b.row + 1 + at;
          context.data.shiftRows(table.sheet, row, values.length);
          // Added at the very end, the body grows by them (an insertion below the last row moves the table's end down only inside it).
          const after = parseRange(table.address);
          if (after.rows - 1 === b.rows - 1) table.address = localAddress({ ...b, rows: b.rows + values.length });
          context.data.put(table.sheet, localAddress({ row, column: b.column, rows: 1, columns: 1 }), values);
        }),
      getItemAt: (index) => ({
        delete: () =>
          context.enqueue({ tableRowDelete: table.name, index }, () => {
            const b = box();
            if (index < 0 || index >= b.rows - 1) throw new Error(`InvalidArgument: row ${index} of table ${table.name}`);
            if (b.rows - 1 === 1) throw new Error("InvalidOperation: a table keeps at least one row");
            context.data.shiftRows(table.sheet, b.row + 1 + index, -1);
          }),
      }),
    };
  }
  get name(): string {
    return this.table.name;
  }
  set name(value: string) {
    this.context.enqueue({ renameTable: this.table.name, to: value }, () => (this.table.name = value));
  }
  /** Table.onChanged (ExcelApi 1.7): a handler called after each sync that changes the table's cells or rows. */
  get onChanged(): { add: (handler: (args: { tableId: string; changeType: string; source: string }) => unknown) => { remove: () => void } } {
    if (!this.context.data.supports("ExcelApi 1.7")) throw new Error("ApiNotFound: Table.onChanged needs ExcelApi 1.7");
    const handlers = this.context.data.tableHandlers;
    const name = this.table.name;
    return {
      add: (handler) => {
        this.context.enqueue({ onChanged: name }, () => handlers.set(name, [...(handlers.get(name) ?? []), handler]));
        return {
          remove: () =>
            this.context.enqueue({ offChanged: name }, () =>
              handlers.set(
                name,
                (handlers.get(name) ?? []).filter((h) => h !== handler),
              ),
            ),
        };
      },
    };
  }
  getRange(): FakeRange {
    return new FakeRange(this.context, this.table.sheet, this.table.address);
  }
  getDataBodyRange(): FakeRange {
    const b = parseRange(this.table.address);
    return new FakeRange(this.context, this.table.sheet, localAddress({ ...b, row: b.row + 1, rows: b.rows - 1 }));
  }
}

/** What a test reads or sets on a fake context besides the Excel API. */
export interface FakeControls {
  readonly stats: SyncStats;
  failAtSync: number | null;
  readonly data: FakeWorkbookData;
}

/** A context on a workbook, typed as the Excel API the code under test takes. */
export function fakeContext(data: FakeWorkbookData): Excel.RequestContext & FakeControls {
  return new FakeRequestContext(data) as unknown as Excel.RequestContext & FakeControls;
}
