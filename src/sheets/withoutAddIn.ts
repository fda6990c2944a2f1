/**
 * Formulas for the templates the budget office sends to departments, which often open them in an
 * Excel without the add-in (issue 27): a check that needs none of our functions is written with
 * Excel's own; a figure only our functions compute shows a readable note there instead of #NAME?,
 * and the exact function's answer where the add-in is loaded.
 */

/** What a calibrated value's cell says where no value reaches the target (SEGREGATION.CALIBRATE's #N/A). */
export const OUT_OF_REACH = {
  cap: "Intet loft når det udlagte",
  target: "Ingen værdi når målet",
} as const;

/** What a cell says in an Excel without the add-in, where only its function can compute the figure. */
export const NEEDS_ADD_IN = "Beregnes med tilføjelsesprogrammet Specialøkonomi";

/**
 * `formula` (which calls one of our functions) where the add-in is loaded, its own error included;
 * where Excel does not know the function (#NAME?, ERROR.TYPE 5) the note. `call` is a call of our
 * function alone that answers one value, asked for its error: wrapped in INDEX, LibreOffice turns an
 * unknown function's #NAME? into #N/A, and a call answering a range would make the error branch spill.
 * Built-in functions only around it.
 */
export function orNote(formula: string, call: string = formula): string {
  return `IFERROR(${formula},IF(ERROR.TYPE(${call})=5,"${NEEDS_ADD_IN}",${formula}))`;
}

/**
 * SUMCHECK's rule (src/core/sumcheck.ts) with Excel's own functions: the items' sum equals the total
 * exactly, or with `decimals` shown, within half a unit of the last shown decimal for each of the
 * COUNT(items) figures and the total. The difference is rounded to 9 decimals first: binary floating
 * point leaves 0,1 + 0,2 − 0,3 at 5,6e−17, which the exact decimal rule counts as 0.
 */
export function sumCheckFormula(items: string, total: string, decimals: number | null = null): string {
  if (decimals === null) return `ROUND(SUM(${items})-${total},9)=0`;
  return `ROUND(ABS(SUM(${items})-${total}),9)<=(COUNT(${items})+1)*0.5*10^-${decimals}`;
}

/**
 * `formula` unless a cell of `cells` shows the note: a figure made from one only our functions
 * compute is no figure without the add-in (a sum would count the note as 0 and show a wrong amount).
 */
export function unlessNoted(cells: string, formula: string): string {
  return `IF(COUNTIF(${cells},"${NEEDS_ADD_IN}")>0,"${NEEDS_ADD_IN}",${formula})`;
}
