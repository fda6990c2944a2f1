import { cellAddress } from "./address";
import { Dec } from "./decimal";
import { isFiniteNumber, numberGrid } from "./grid";
import { type Message, messages } from "./messages";
import { payback } from "./payback";
import { sumCheck, sumCheckAsTyped } from "./sumcheck";

/**
 * The budget-sheet check (issue #4): finds, in a sheet's computed values, the errors central finance
 * looks for by hand. Pure: the pane feeds it what Excel computed, the command line what a formula
 * engine computed. Cells are 0-based; a finding names the cell to select.
 */
export interface SheetGrid {
  readonly name: string;
  /** Computed values, row by row ("" or null for blank). */
  readonly values: readonly (readonly unknown[])[];
  /** Formulas where a cell has one (same shape, or empty when unknown). */
  readonly formulas?: readonly (readonly unknown[])[];
  /** Number formats (same shape), to know how many decimals a total shows. */
  readonly numberFormats?: readonly (readonly unknown[])[];
}

export type FindingKind = "totalMismatch" | "wrongSign" | "missingPriceLevel" | "mixedPriceLevels" | "paybackMismatch" | "errorValue";

/** The error values Excel shows in a cell (Microsoft: "How to correct a … error"), as Range.values gives them. */
export const ERROR_VALUES: readonly string[] = ["#N/A", "#VALUE!", "#NAME?", "#REF!", "#DIV/0!", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#UNKNOWN!", "#BUSY!", "#GETTING_DATA"];
const ERRORS = new Set(ERROR_VALUES);
/** A formula that asks for #N/A on purpose (a chart's marker series): not a finding. */
const ASKS_FOR_NA = /\bNA\(\)|\bIKKE\.TILGÆNGELIG\(\)/i;

export interface Finding {
  readonly kind: FindingKind;
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly message: Message;
}

import {
  CURRENT_PRICES,
  PAYBACK_LABEL,
  priceLevelYear,
  SAVING_LABEL,
  SIGN_NOTE,
  SUB_ITEM,
  CHECK_ROW_LABEL,
  rowLabel,
  TOTAL_IMPACT_LABEL,
  TOTAL_LABEL,
  yearOfHeader,
} from "./labels";

const isYear = (v: unknown): boolean => yearOfHeader(v) !== null;
// Stryker disable next-line StringLiteral: equivalent, no pattern the check reads matches the text a mutant gives a non-text
const text = (v: unknown): string => (typeof v === "string" ? v : "");

/** Decimals a number format shows: "#,##0.0" → 1; "General" or none → null (compare exactly). */
export function shownDecimals(format: unknown): number | null {
  if (typeof format !== "string" || format === "" || /general/i.test(format)) return null;
  const first = format.split(";")[0];
  const match = /\.(0+)/.exec(first);
  return match === null ? 0 : match[1].length;
}

/** A table of years: a header row with at least two year cells side by side. */
interface YearTable {
  readonly headerRow: number;
  readonly yearColumns: readonly number[];
}

function yearTables(values: SheetGrid["values"]): YearTable[] {
  const tables: YearTable[] = [];
  values.forEach((row, r) => {
    const columns = row.map((v, c) => (isYear(v) ? c : -1)).filter((c) => c >= 0);
    if (columns.length >= 2) tables.push({ headerRow: r, yearColumns: columns });
  });
  return tables;
}

/** The rows of a table: from its header to the next table's header (or the end). */
function tableRows(tables: readonly YearTable[], k: number, rows: number): [number, number] {
  // Stryker disable next-line ArithmeticOperator: equivalent, a row past the last reads as a blank row
  const lastRow = rows - 1;
  return [tables[k].headerRow + 1, k + 1 < tables.length ? tables[k + 1].headerRow - 1 : lastRow];
}

/**
 * Every finding in one sheet:
 * - a total row (see labels.ts: "I alt", "Samlet …", "Total", "… i alt", "Netto…") whose value differs
 *   from the items above it (back to the previous total or blank row) by more than the displayed
 *   rounding allows: SUMCHECK's rule at the decimals of the total's number format, or, in General
 *   format, half a unit of each figure's own last typed decimal (a table typed from a PDF);
 * - in a table under the note "Alle besparelser er angivet med negativt (-) fortegn", a saving or
 *   efficiency row with a positive amount;
 * - a year table with no price level ("… 2023 p/l", "2022-priser") on the sheet, or price levels of
 *   different years on one sheet;
 * - a payback cell ("Tilbagebetalingstid …") that differs from PAYBACK of the "Samlet økonomisk
 *   påvirkning" row;
 * - every cell that shows an error value (#N/A, #VALUE!, #NAME?, #REF!, #DIV/0! …), except a #N/A its
 *   formula asks for with NA() (a chart's marker series).
 */
export function checkSheet(sheet: SheetGrid): Finding[] {
  const findings: Finding[] = [];
  const { values } = sheet;
  const find = (kind: FindingKind, row: number, column: number, message: Message) => findings.push({ kind, sheet: sheet.name, row, column, message });
  const tables = yearTables(values);

  // Error values: each is a figure nobody can read, whatever table it is in.
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v !== "string" || !ERRORS.has(v)) return;
      if (v === "#N/A" && ASKS_FOR_NA.test(text(sheet.formulas?.[r]?.[c]))) return;
      find("errorValue", r, c, messages.errorValue(cellAddress(r, c), v));
    }),
  );

  // Price levels.
  const levels = new Map<number, { row: number; column: number }>();
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      const year = priceLevelYear(text(v));
      if (year !== null && !levels.has(year)) levels.set(year, { row: r, column: c });
    }),
  );
  const current = values.some((row) => row.some((v) => CURRENT_PRICES.test(text(v))));
  if (tables.length > 0 && levels.size === 0 && !current) {
    const { headerRow, yearColumns } = tables[0];
    find("missingPriceLevel", headerRow, yearColumns[0], messages.missingPriceLevel());
  }
  if (levels.size > 1) {
    const [, second] = [...levels.values()];
    find("mixedPriceLevels", second.row, second.column, messages.mixedPriceLevels([...levels.keys()]));
  }

  const signed = values.some((row) => row.some((v) => SIGN_NOTE.test(text(v))));

  tables.forEach((table, k) => {
    const [first, last] = tableRows(tables, k, values.length);
    let itemsFrom = first;
    let totalImpact: number | null = null;
    let serviceImpact: number | null = null;
    for (const [i, row] of values.slice(first, last + 1).entries()) {
      const r = first + i;
      const name = rowLabel(row);
      const hasAmounts = table.yearColumns.some((c) => isFiniteNumber(row[c]));
      if (PAYBACK_LABEL.test(name)) {
        const against = /service/i.test(name) && serviceImpact !== null ? serviceImpact : totalImpact;
        if (against !== null) checkPayback(r, row, against);
        itemsFrom = r + 1;
        continue;
      }
      if (CHECK_ROW_LABEL.test(name)) continue;
      if (TOTAL_IMPACT_LABEL.test(name)) totalImpact = r;
      if (/heraf.*service/i.test(name)) serviceImpact = r;
      if (!hasAmounts) {
        // A blank row or a section heading starts new items; a row of checks (TRUE/FALSE) does not.
        if (table.yearColumns.every((c) => row[c] === null || row[c] === undefined || row[c] === "")) itemsFrom = r + 1;
        continue;
      }
      // A total right after another (a summary: "Samlet varig ændring", "Samlede implementeringsomkostninger")
      // has no items of its own to add up (their grid is empty, refused below), and is no item of the next.
      if (TOTAL_LABEL.test(name)) {
        for (const c of table.yearColumns) {
          const total = row[c];
          if (!isFiniteNumber(total)) continue;
          // Sub-items ("heraf …") are already in their initiative's line.
          const items = values
            .slice(itemsFrom, r)
            .map((itemRow) => [isFiniteNumber(itemRow[c]) && !itemRow.some((v) => SUB_ITEM.test(text(v))) && !CHECK_ROW_LABEL.test(rowLabel(itemRow)) ? itemRow[c] : null]);
          // Stryker disable next-line StringLiteral: equivalent, the grid's failure (and the argument it names) is skipped, not shown
          const grid = numberGrid("items", items);
          // Refused only where there are no items: a total right after another.
          if (!grid.ok) continue;
          // A number format says how the total is shown; General shows each figure as it was typed.
          const decimals = shownDecimals(sheet.numberFormats?.[r]?.[c]);
          const typed = items.flat().filter(isFiniteNumber);
          const adds = decimals === null ? sumCheckAsTyped(typed, total) : sumCheck(grid.value, new Dec(total), decimals);
          if (!adds) {
            const sum = grid.value.cells.reduce((s, [x]) => s.plus(x), new Dec(0)).toNumber();
            find("totalMismatch", r, c, messages.totalMismatch(name, cellAddress(r, c), total, sum));
          }
        }
        itemsFrom = r + 1;
        continue;
      }
      if (signed && SAVING_LABEL.test(name)) {
        const c = table.yearColumns.find((col) => isFiniteNumber(row[col]) && (row[col] as number) > 0);
        if (c !== undefined) {
          find("wrongSign", r, c, messages.wrongSign(name, cellAddress(r, c)));
        }
      }
    }

    function checkPayback(r: number, row: readonly unknown[], impactRow: number): void {
      const c = row.findIndex((v, i) => i > 0 && isFiniteNumber(v));
      // The row's own flows are the years of the table; the stated payback is its first number.
      if (c === -1) return;
      const impact = values[impactRow];
      const flows = table.yearColumns.map((col) => new Dec(isFiniteNumber(impact[col]) ? impact[col] : 0));
      const stated = row[c] as number;
      const computed = payback(flows);
      const fractional = payback(flows, { fractional: true });
      const agrees =
        (computed.ok && computed.value.eq(stated)) || (fractional.ok && fractional.value.minus(stated).abs().lt(0.05));
      if (!agrees) {
        find("paybackMismatch", r, c, messages.paybackMismatch(cellAddress(r, c), stated, computed.ok ? computed.value.toString() : null));
      }
    }
  });
  return findings;
}

/** Every finding in a workbook, sheet by sheet. */
export function checkWorkbook(sheets: readonly SheetGrid[]): Finding[] {
  return sheets.flatMap(checkSheet);
}
