import type { ColumnMapping } from "../core/pupils";
import type { SafetyNetKey } from "../sheets/layouts";
import type { BudgetB } from "../sheets/budget";
import type { SafetyNetBudget } from "./workbook";
import type { SensitivityRange } from "../sheets/sensitivity";
import { columnName, rangeAddress } from "../core/address";
import type { Batch } from "./batch";
import { payloadBytes } from "./batch";

/*
 * What the workbook keeps about the sheets the pane wrote (issue #26): one row per sheet on a very
 * hidden sheet, each a JSON record of what the sheet was written for, so that the pane can check
 * them when it opens and rewrite one in place (Opdatér) without asking again. A very hidden sheet
 * (not document settings) because it travels with the file through every Excel and through the
 * command line, and the user cannot unhide and edit it by accident; it holds no figures.
 */

/** The very hidden sheet. */
export const REGISTRY_SHEET = "Specialøkonomi (data)";
/** Where the records are read from: column A, a header and at most 999 records (a few hundred bytes each), so a read is bounded whatever else lands on the sheet. */
const REGISTRY_RANGE = "A1:A1000";

/** Queues the load of the records' cells (REGISTRY_SHEET must exist); the values are there after the next sync. */
export function loadRegistry(context: Excel.RequestContext): Excel.Range {
  return context.workbook.worksheets.getItem(REGISTRY_SHEET).getRange(REGISTRY_RANGE).load("values");
}
const HEADER = "Skrevne ark (Specialøkonomi): hvad hvert ark blev skrevet for";

/** Where the pupil list is: an Excel table by name, or a range (sheet and address with its header). */
export type ListSource = { readonly table: string } | { readonly sheet: string; readonly address: string };

interface Common {
  readonly sheet: string;
  /** The rectangle from A1 the add-in wrote ("A1:M327"): Opdatér clears it and no more. */
  readonly extent: string;
  /** The day written, as an Excel date. */
  readonly written: number;
}

export type WrittenRecord =
  | (Common & {
      readonly kind: "result";
      readonly list: ListSource;
      readonly mapping: ColumnMapping;
      readonly profile: string;
      readonly schoolYear: number;
      readonly rows: number;
      /** The column of the previous-figures sheet that holds its pupils' figures as last written; absent without a pupil column. */
      readonly snapshot?: number;
    })
  | (Common & { readonly kind: "compare"; readonly resultSheet: string; readonly a: string; readonly b: string; readonly rows: number })
  | (Common & { readonly kind: "safetyNet"; readonly resultSheet: string; readonly part: 0 | 1 | 2; readonly key: SafetyNetKey; readonly budget?: SafetyNetBudget | null; readonly rows: number })
  | (Common & { readonly kind: "budget"; readonly resultSheet: string; readonly devolved: number; readonly b: BudgetB | null; readonly rows: number })
  | (Common & { readonly kind: "sensitivity"; readonly resultSheet: string; readonly range: SensitivityRange; readonly rows: number });

/** The records in the registry's values (column A from A1); rows that are not records are left out. */
export function readRecords(values: readonly (readonly unknown[])[] | null): WrittenRecord[] {
  const records: WrittenRecord[] = [];
  for (const row of (values ?? []).slice(1)) {
    const text = row[0];
    if (typeof text !== "string" || !text.startsWith("{")) continue;
    try {
      const record = JSON.parse(text) as WrittenRecord;
      if (typeof record.sheet === "string" && typeof record.kind === "string") records.push(record);
    } catch {
      // A row someone edited by hand: not a record.
    }
  }
  return records;
}

/**
 * Queues the write of a sheet's record: over the row of a record of the same sheet, else over one of
 * a sheet no longer in the workbook (`sheets`), else below the last; creates the very hidden sheet
 * where there is none (`values` null). A JSON text starts with "{", so Excel keeps it as text.
 */
export async function keepRecord(batch: Batch, values: readonly (readonly unknown[])[] | null, record: WrittenRecord, sheets: readonly string[]): Promise<void> {
  const context = batch.context;
  const text = JSON.stringify(record);
  await batch.reserve(payloadBytes([text]) + 256);
  if (values === null) {
    const sheet = context.workbook.worksheets.add(REGISTRY_SHEET);
    sheet.visibility = "VeryHidden" as Excel.SheetVisibility;
    sheet.getRange("A1:A2").values = [[HEADER], [text]];
    return;
  }
  const named = values.map((row, r) => (r === 0 ? null : (readRecords([[], row])[0]?.sheet.toLowerCase() ?? null)));
  const present = new Set(sheets.map((s) => s.toLowerCase()));
  const own = named.indexOf(record.sheet.toLowerCase());
  const gone = named.findIndex((name) => name !== null && !present.has(name));
  const free = named.findIndex((name, r) => r > 0 && name === null && values[r][0] === "");
  const row = own > 0 ? own : gone > 0 ? gone : free > 0 ? free : Math.max(values.length, 1);
  if (row >= values.length && values.length >= 1000) throw new Error("the workbook's record of written sheets is full (999)");
  context.workbook.worksheets.getItem(REGISTRY_SHEET).getRange(rangeAddress(row, 0, 1, 1)).values = [[text]];
}

/**
 * The very hidden sheet of each result sheet's figures as last written (issue #26, "what changed
 * since last time"): one column per result sheet, its name in row 1, the number of pupils in row 2,
 * then one text per pupil (changes.ts's packFigures). Apart from the records, so that the pane's
 * check on opening never reads it.
 */
export const SNAPSHOT_SHEET = "Specialøkonomi (forrige)";

/** The column a result sheet's figures go to: its own where it has one, else the first no record uses. */
export function snapshotColumn(records: readonly WrittenRecord[], sheet: string): number {
  const own = records.find((r) => r.kind === "result" && r.sheet.toLowerCase() === sheet.toLowerCase());
  if (own?.kind === "result" && own.snapshot !== undefined) return own.snapshot;
  const used = new Set(records.flatMap((r) => (r.kind === "result" && r.snapshot !== undefined ? [r.snapshot] : [])));
  let column = 0;
  while (used.has(column)) column += 1;
  return column;
}

/** Queues the write of a result sheet's figures into its column (creating the very hidden sheet where `exists` is false), in slices. */
export async function keepSnapshot(batch: Batch, exists: boolean, column: number, sheet: string, packed: readonly string[]): Promise<void> {
  const context = batch.context;
  let target: Excel.Worksheet;
  if (exists) target = context.workbook.worksheets.getItem(SNAPSHOT_SHEET);
  else {
    target = context.workbook.worksheets.add(SNAPSHOT_SHEET);
    target.visibility = "VeryHidden" as Excel.SheetVisibility;
  }
  const letter = columnName(column);
  target.getRange(`${letter}:${letter}`).clear("Contents" as Excel.ClearApplyTo);
  const rows: string[][] = [[`|${sheet}`], [`|${packed.length}`], ...packed.map((p) => [p])];
  for (let start = 0; start < rows.length; start += 2000) {
    const slice = rows.slice(start, start + 2000);
    await batch.reserve(payloadBytes(slice));
    target.getRange(rangeAddress(start, column, slice.length, 1)).values = slice;
  }
}
