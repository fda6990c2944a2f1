/**
 * Workbooks outside Excel (issue #4): a SheetLayout written to an .xlsx file with exceljs, the same
 * cells and formulas the task pane writes; and an .xlsx file read back as formulas and values for a
 * formula engine, with its number formats for the check.
 */
import ExcelJS from "exceljs";
import { DetailedCellError } from "hyperformula";
import { boxOf, qualified } from "../src/core/address";
import { textCell, unquoted } from "../src/core/cellText";
import type { SheetLayout } from "../src/sheets/layouts";
import { COLOURS, type SheetLook, type SheetStyle } from "../src/sheets/style";
import { workbook } from "./engine";
import { registerSourceFunctions } from "./sourceFunctions";

function eachCell(address: string, visit: (row: number, column: number) => void): void {
  const b = boxOf(address);
  for (let r = 0; r < b.rows; r += 1) for (let c = 0; c < b.columns; c += 1) visit(b.row + r + 1, b.column + c + 1);
}

/**
 * Every formula's value, computed by the formula engine with the add-in's functions: what the file
 * stores beside each formula, so a preview, a reader without the add-in, or Excel before it has
 * loaded the add-in shows the figures (Excel itself recalculates on opening).
 */
function computedValues(layouts: readonly SheetLayout[]): Record<string, unknown[][]> {
  registerSourceFunctions();
  const sheets = Object.fromEntries(layouts.map((l) => [l.sheet, l.cells.map((row) => [...row])]));
  const names = layouts.flatMap((l) => l.names.map((n) => ({ name: n.name, expression: `=${qualified(l.sheet, n.address)}` })));
  const tables = layouts.flatMap((l) => (l.table === undefined ? [] : [{ name: l.table.name, sheet: l.sheet, address: l.table.address }]));
  const hf = workbook(sheets, names, tables);
  try {
    return Object.fromEntries(layouts.map((l) => [l.sheet, hf.getSheetValues(hf.getSheetId(l.sheet) ?? -1)]));
  } finally {
    hf.destroy();
  }
}

/** A cell's value as exceljs writes it: a formula with its computed result, or the value. */
function cellValue(value: Exclude<SheetLayout["cells"][number][number], null>, computed: unknown): ExcelJS.CellValue {
  // A user's text, kept as text by its quote prefix (core/cellText.ts): the file types it as text.
  if (typeof value === "string" && value.startsWith("'")) return unquoted(value);
  if (!(typeof value === "string" && value.startsWith("="))) return value;
  const result = computed instanceof DetailedCellError ? { error: computed.value as ExcelJS.CellErrorValue["error"] } : (computed ?? undefined);
  return { formula: value.slice(1), result: result as ExcelJS.CellFormulaValue["result"], date1904: false };
}

/** "#DDEBF7" → exceljs's solid fill "FFDDEBF7". */
function solid(colour: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: `FF${colour.slice(1)}` } };
}

/**
 * A layout's look in the file, as the pane writes it in Excel (src/office/styling.ts): grid borders,
 * computed and input fills (inputs unlocked), headers filled, bold, wrapped with a border below,
 * column widths, frozen header rows, drop-downs, print titles.
 */
function styleSheet(sheet: ExcelJS.Worksheet, style: SheetStyle): void {
  const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: `FF${COLOURS.border.slice(1)}` } };
  for (const address of style.tables) {
    eachCell(address, (r, c) => {
      const cell = sheet.getCell(r, c);
      cell.border = { top: thin, bottom: thin, left: thin, right: thin };
    });
  }
  for (const address of style.computed) eachCell(address, (r, c) => (sheet.getCell(r, c).fill = solid(COLOURS.computed)));
  for (const address of style.inputs) {
    eachCell(address, (r, c) => {
      const cell = sheet.getCell(r, c);
      cell.fill = solid(COLOURS.input);
      cell.protection = { locked: false };
    });
  }
  for (const address of style.headers) {
    eachCell(address, (r, c) => {
      const cell = sheet.getCell(r, c);
      cell.fill = solid(COLOURS.header);
      cell.font = { ...cell.font, bold: true };
      cell.alignment = { wrapText: true, vertical: "middle" };
      cell.border = { ...cell.border, bottom: { style: "medium", color: { argb: "FF000000" } } };
    });
  }
  style.widths.forEach((width, c) => (sheet.getColumn(c + 1).width = width));
  if (style.freezeRows > 0) sheet.views = [{ state: "frozen", ySplit: style.freezeRows, xSplit: 0 }];
  for (const { address, source } of style.validations) {
    const formula = source.sheet === null ? source.address : qualified(source.sheet, source.address);
    sheet.getCell(address).dataValidation = { type: "list", allowBlank: true, showErrorMessage: true, formulae: [formula] };
  }
  if (style.printTitleRows !== null) sheet.pageSetup.printTitlesRow = style.printTitleRows.replace(/\$/g, "");
}

/**
 * Writes layouts, one sheet each, to an .xlsx file: values, formulas with their computed values,
 * number formats, bold, names, and a layout's Excel table.
 */
export async function writeXlsx(file: string, layouts: readonly SheetLayout[]): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.creator = "Specialøkonomi";
  const computed = computedValues(layouts);
  for (const layout of layouts) {
    // Printed on one page wide, landscape, as the municipal tables are.
    const sheet = book.addWorksheet(layout.sheet, {
      pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    const value = (r: number, c: number) => {
      const v = layout.cells[r]?.[c];
      return v === null || v === undefined ? null : cellValue(v, computed[layout.sheet]?.[r]?.[c]);
    };
    layout.cells.forEach((row, r) =>
      row.forEach((_v, c) => {
        const v = value(r, c);
        if (v !== null) sheet.getCell(r + 1, c + 1).value = v;
      }),
    );
    if (layout.table !== undefined) {
      const t = boxOf(layout.table.address);
      sheet.addTable({
        name: layout.table.name,
        ref: layout.table.address.split(":")[0],
        headerRow: true,
        totalsRow: false,
        style: { theme: "TableStyleMedium2", showRowStripes: true },
        columns: Array.from({ length: t.columns }, (_x, c) => ({ name: String(layout.cells[t.row]?.[t.column + c] ?? ""), filterButton: true })),
        rows: Array.from({ length: t.rows - 1 }, (_x, r) => Array.from({ length: t.columns }, (_y, c) => value(t.row + 1 + r, t.column + c))),
      });
    }
    for (const { address, format } of layout.numberFormats) eachCell(address, (r, c) => (sheet.getCell(r, c).numFmt = format));
    for (const address of layout.bold) eachCell(address, (r, c) => (sheet.getCell(r, c).font = { bold: true }));
    for (const { name, address } of layout.names) book.definedNames.add(`'${layout.sheet}'!${address}`, name);
    if (layout.style === undefined) {
      sheet.getColumn(1).width = 48;
      for (let c = 2; c <= 12; c += 1) sheet.getColumn(c).width = 14;
    } else {
      styleSheet(sheet, layout.style);
    }
  }
  await book.xlsx.writeFile(file);
}

/**
 * A workbook read from an .xlsx file: formulas (as "=…") or values per sheet (a text starting with
 * "=" or "'" quoted, `textCell`), number formats, names.
 */
export interface XlsxContent {
  readonly sheets: Record<string, unknown[][]>;
  readonly numberFormats: Record<string, unknown[][]>;
  readonly names: { readonly name: string; readonly expression: string }[];
  /** Excel tables: name, sheet and range ("A1:H8"). */
  readonly tables: { readonly name: string; readonly sheet: string; readonly address: string }[];
  /** The value stored beside each formula (the last calculation's), by sheet; null where none. */
  readonly cached: Record<string, unknown[][]>;
  /** Each sheet's look: fills, borders, widths, frozen rows, drop-downs. */
  readonly looks: Record<string, SheetLook>;
}

/** A sheet's look as the file holds it (exceljs's model of the styles). */
function lookOf(sheet: ExcelJS.Worksheet): SheetLook {
  const fills = new Map<string, string>();
  const borders = new Map<string, Set<"top" | "bottom" | "left" | "right">>();
  const unlocked = new Set<string>();
  const bold = new Set<string>();
  const validations = new Map<string, string>();
  sheet.eachRow({ includeEmpty: true }, (row, r) =>
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const key = `${r - 1},${c - 1}`;
      const fill = cell.fill;
      if (fill?.type === "pattern" && fill.pattern === "solid" && fill.fgColor?.argb !== undefined) fills.set(key, `#${fill.fgColor.argb.slice(2).toUpperCase()}`);
      const sides = (["top", "bottom", "left", "right"] as const).filter((side) => cell.border?.[side]?.style !== undefined);
      if (sides.length > 0) borders.set(key, new Set(sides));
      if (cell.protection?.locked === false) unlocked.add(key);
      if (cell.font?.bold === true) bold.add(key);
      const formula = cell.dataValidation?.type === "list" ? cell.dataValidation.formulae?.[0] : undefined;
      if (typeof formula === "string") validations.set(key, formula);
    }),
  );
  const widths: (number | undefined)[] = [];
  sheet.columns?.forEach((column, c) => (widths[c] = column.width));
  const view = sheet.views?.[0] as { state?: string; ySplit?: number } | undefined;
  const titles = sheet.pageSetup.printTitlesRow;
  return {
    fills,
    borders,
    unlocked,
    bold,
    widths,
    frozenRows: view?.state === "frozen" ? (view.ySplit ?? 0) : 0,
    validations,
    printTitleRows: titles === undefined || titles === "" ? null : titles.replace(/(\d+)/g, "$$$1"),
    landscape: sheet.pageSetup.orientation === "landscape",
  };
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function plain(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH) / 86400000;
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((t) => t.text).join("");
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("error" in value) return null;
    if ("result" in value) return plain(value.result as ExcelJS.CellValue);
    return null;
  }
  return value;
}

/** An .xlsx file read, by its path or its bytes (`check` reads the bytes it has bounded first). */
export async function readXlsx(file: string | Buffer): Promise<XlsxContent> {
  const book = new ExcelJS.Workbook();
  if (typeof file === "string") await book.xlsx.readFile(file);
  else await book.xlsx.load(file as never);
  const sheets: Record<string, unknown[][]> = {};
  const numberFormats: Record<string, unknown[][]> = {};
  const cached: Record<string, unknown[][]> = {};
  const tables: XlsxContent["tables"] = [];
  const looks: Record<string, SheetLook> = {};
  book.eachSheet((sheet) => {
    looks[sheet.name] = lookOf(sheet);
    const rows: unknown[][] = [];
    const formats: unknown[][] = [];
    const results: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: unknown[] = [];
      const fmts: unknown[] = [];
      const stored: unknown[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const formula = cell.formula;
        const isFormula = typeof formula === "string" && formula !== "";
        const value = plain(cell.value);
        // A text cell is text, whatever it starts with: "=1000" is kept apart from a formula.
        cells[c - 1] = isFormula ? `=${formula}` : typeof value === "string" ? textCell(value) : value;
        fmts[c - 1] = cell.numFmt ?? "General";
        // cell.result, not cell.value.result: exceljs's value drops a result of 0 or FALSE.
        const result = isFormula ? (cell as unknown as { result: ExcelJS.CellFormulaValue["result"] }).result : undefined;
        stored[c - 1] = result !== null && typeof result === "object" && "error" in result ? result.error : (result ?? null);
      });
      rows[r - 1] = cells;
      formats[r - 1] = fmts;
      results[r - 1] = stored;
    });
    sheets[sheet.name] = Array.from({ length: rows.length }, (_x, r) => Array.from(rows[r] ?? [], (v) => v ?? null));
    numberFormats[sheet.name] = Array.from({ length: formats.length }, (_x, r) => Array.from(formats[r] ?? [], (v) => v ?? "General"));
    cached[sheet.name] = Array.from({ length: results.length }, (_x, r) => Array.from(results[r] ?? [], (v) => v ?? null));
    for (const table of sheet.getTables()) {
      const model = (table as unknown as { table: { name: string; tableRef?: string; ref: string } }).table;
      tables.push({ name: model.name, sheet: sheet.name, address: model.tableRef ?? model.ref });
    }
  });
  const model = (book.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model ?? [];
  const names = model
    .filter((n) => n.ranges.length === 1)
    .map((n) => ({ name: n.name, expression: `=${n.ranges[0]}` }));
  return { sheets, numberFormats, names, tables, cached, looks };
}
