/**
 * Workbooks outside Excel (issue #4): a SheetLayout written to an .xlsx file with exceljs, the same
 * cells and formulas the task pane writes; and an .xlsx file read back as formulas and values for a
 * formula engine, with its number formats for the check.
 */
import ExcelJS from "exceljs";
import { parseCell } from "../src/office/address";
import type { SheetLayout } from "../src/office/layouts";

function box(address: string): { row: number; column: number; rows: number; columns: number } {
  const [a, b = a] = address.split(":");
  const first = parseCell(a);
  const last = parseCell(b);
  return { row: first.row, column: first.column, rows: last.row - first.row + 1, columns: last.column - first.column + 1 };
}

function eachCell(address: string, visit: (row: number, column: number) => void): void {
  const b = box(address);
  for (let r = 0; r < b.rows; r += 1) for (let c = 0; c < b.columns; c += 1) visit(b.row + r + 1, b.column + c + 1);
}

/** Writes layouts, one sheet each, to an .xlsx file. */
export async function writeXlsx(file: string, layouts: readonly SheetLayout[]): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.creator = "Specialøkonomi";
  for (const layout of layouts) {
    // Printed on one page wide, landscape, as the municipal tables are.
    const sheet = book.addWorksheet(layout.sheet, {
      pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    layout.cells.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === undefined) return;
        const cell = sheet.getCell(r + 1, c + 1);
        cell.value = typeof value === "string" && value.startsWith("=") ? { formula: value.slice(1), date1904: false } : value;
      }),
    );
    for (const { address, format } of layout.numberFormats) eachCell(address, (r, c) => (sheet.getCell(r, c).numFmt = format));
    for (const address of layout.bold) eachCell(address, (r, c) => (sheet.getCell(r, c).font = { bold: true }));
    for (const { name, address } of layout.names) book.definedNames.add(`'${layout.sheet}'!${address}`, name);
    sheet.getColumn(1).width = 48;
    for (let c = 2; c <= 12; c += 1) sheet.getColumn(c).width = 14;
  }
  await book.xlsx.writeFile(file);
}

/** A workbook read from an .xlsx file: formulas (as "=…") or values per sheet, number formats, names. */
export interface XlsxContent {
  readonly sheets: Record<string, unknown[][]>;
  readonly numberFormats: Record<string, unknown[][]>;
  readonly names: { readonly name: string; readonly expression: string }[];
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

export async function readXlsx(file: string): Promise<XlsxContent> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheets: Record<string, unknown[][]> = {};
  const numberFormats: Record<string, unknown[][]> = {};
  book.eachSheet((sheet) => {
    const rows: unknown[][] = [];
    const formats: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: unknown[] = [];
      const fmts: unknown[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const formula = cell.formula;
        cells[c - 1] = typeof formula === "string" && formula !== "" ? `=${formula}` : plain(cell.value);
        fmts[c - 1] = cell.numFmt ?? "General";
      });
      rows[r - 1] = cells;
      formats[r - 1] = fmts;
    });
    sheets[sheet.name] = Array.from({ length: rows.length }, (_x, r) => Array.from(rows[r] ?? [], (v) => v ?? null));
    numberFormats[sheet.name] = Array.from({ length: formats.length }, (_x, r) => Array.from(formats[r] ?? [], (v) => v ?? "General"));
  });
  const model = (book.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model ?? [];
  const names = model
    .filter((n) => n.ranges.length === 1)
    .map((n) => ({ name: n.name, expression: `=${n.ranges[0]}` }));
  return { sheets, numberFormats, names };
}
