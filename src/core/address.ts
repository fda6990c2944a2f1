/** A1-style addresses, as the Excel API and formulas take them. Rows and columns are 0-based here. */

/** 0 → A, 25 → Z, 26 → AA. */
export function columnName(column: number): string {
  let name = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** "A1", or "$A$1" when absolute. */
export function cellAddress(row: number, column: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnName(column)}${d}${row + 1}`;
}

/** "A1:C3"; a single cell stays "A1". */
export function rangeAddress(row: number, column: number, rows: number, columns: number, absolute = false): string {
  const first = cellAddress(row, column, absolute);
  if (rows === 1 && columns === 1) return first;
  return `${first}:${cellAddress(row + rows - 1, column + columns - 1, absolute)}`;
}

/**
 * A sheet name as a formula refers to it: quoted unless it is letters, digits and underscores only
 * and could not be read as something else: a cell (A1, XFD10), an R1C1 reference (R, C, R1C1, RC2)
 * or a truth value (TRUE) — Excel needs those quoted too (issue #28).
 */
export function sheetRef(sheet: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) && !/^([Rr]\d*)?([Cc]\d*)?$/.test(sheet) && !/^(true|false)$/i.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** "'Elever 2023'!A2". */
export function qualified(sheet: string, address: string): string {
  return `${sheetRef(sheet)}!${address}`;
}

/** A column's letters as its 0-based index: A → 0, Z → 25, AA → 26 (either case). */
export function columnIndex(letters: string): number {
  let column = 0;
  for (const ch of letters.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return column - 1;
}

/** Parses "B2" or "$B$2" into 0-based row and column. */
export function parseCell(address: string): { row: number; column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address.replace(/^.*!/, ""));
  if (match === null) throw new Error(`not a cell address: ${address}`);
  return { row: Number(match[2]) - 1, column: columnIndex(match[1]) };
}

/** A rectangle of cells, 0-based. */
export interface Box {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** Parses "B2:D9", "$B$2" or "Ark!B2:D9" into its rectangle. */
export function boxOf(address: string): Box {
  const [a, b = a] = address.replace(/^.*!/, "").split(":");
  const first = parseCell(a);
  const last = parseCell(b);
  return { row: first.row, column: first.column, rows: last.row - first.row + 1, columns: last.column - first.column + 1 };
}
