/**
 * User text as a cell takes it: as text, whatever it looks like (issue #28). Excel parses what
 * `Range.values` and `Range.formulas` are given as typed input: text starting with "=", "+" or "-" is
 * a formula (Office docs, "Excel.Range.values"), "0042" the number 42, "1/2" or "maj 24" a date,
 * "TRUE" a truth value. An apostrophe in front keeps the rest as text: Excel's quote prefix, which
 * is not part of the cell's value (`values` and `formulas` read it back without: office-js #6687).
 *
 * Text that starts with a letter and has no digit, and is not a truth value, can be none of those
 * and is written as it is; any other gets the apostrophe. Over-quoting costs nothing (the value is the
 * same), so the rule errs that way. Written by the pane, by the .xlsx writer, and read back from .xlsx
 * files in the same form, so a layout's cell and the file's compare as equal.
 */
export function literal(text: string): string {
  return /^\p{L}[^\p{N}]*$/u.test(text) && !/^\s*(true|false|sand|falsk)\s*$/i.test(text) ? text : `'${text}`;
}

/** A cell input's text as the cell holds it: the quote prefix taken off. */
export function unquoted(input: string): string {
  return input.startsWith("'") ? input.slice(1) : input;
}

/** A layout's constants as `Range.values` reads them back: each text without its quote prefix (formulas are left as they are). */
export function valuesOf(cells: readonly (readonly unknown[])[]): unknown[][] {
  return cells.map((row) => Array.from(row ?? [], (v) => (typeof v === "string" ? unquoted(v) : v)));
}

/**
 * A text cell as it stands among formulas ("=…") in a grid read from a file: quoted when it starts
 * with "=" or "'", so that it is never taken for a formula (issue #28: a text cell "=1000" was
 * evaluated); as it is otherwise.
 */
export function textCell(text: string): string {
  return /^[=']/.test(text) ? `'${text}` : text;
}
