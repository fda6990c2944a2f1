import type { SheetGrid } from "../core/check";
import { formatMessage, type Message, messages } from "../core/messages";
import { DEFAULT_PROFILES, type ModelProfile } from "../core/profiles";
import { type ColumnMapping, listSchools } from "../core/pupils";
import { schoolNameFormula } from "../core/schools";
import { ok, type Result } from "../core/result";
import type { Catalogue } from "../core/catalogue";
import { catalogueLayout } from "../sheets/catalogue";
import { type Box, boxOf, cellAddress, parseCell, qualified, rangeAddress } from "../core/address";
import { literal, valuesOf } from "../core/cellText";
import { Batch, loadSlices, payloadBytes } from "./batch";
import { keepRecord, keepSnapshot, type ListSource, loadRegistry, readRecords, REGISTRY_SHEET, SNAPSHOT_SHEET, snapshotColumn, type WrittenRecord } from "./registry";
import { type Changes, packFigures, type PupilFigures } from "../core/changes";
import { usesOurFunctions, withHostNames } from "./formulas";
import { ENGLISH_EXCEL, type ExcelHost } from "./host";
import { applyStyle } from "./styling";
import {
  budgetTieOut,
  sensitivityTieOut,
  calculating,
  type Check,
  compareTieOut,
  catalogueTieOut,
  differenceMessage,
  differences,
  type ListFigures,
  type ModelState,
  resultFigures,
  resultTieOut,
  safetyNetTieOut,
  changesTieOut,
  type TieOut,
} from "./tieOut";
import { type TemplateKind, templateLayout, type TemplateOptions } from "../sheets/templates";
import { NEEDS_ADD_IN } from "../sheets/withoutAddIn";
import { BUDGET_CELLS, type BudgetB, budgetSheet } from "../sheets/budget";
import { type SensitivityRange, sensitivitySheet } from "../sheets/sensitivity";
import { changesSheet } from "../sheets/changes";
import {
  type CellInput,
  compareSheet,
  MODEL_INPUTS,
  MODEL_NAME_CELLS,
  MODEL_SHEET,
  modelSheet,
  profileWrites,
  type PupilListLocation,
  readChoices,
  readProfiles,
  readWrittenFor,
  RESULT_WRITTEN_FOR,
  resultSheet,
  safetyNetSheet,
  type SafetyNetKey,
  type SheetLayout,
  type WrittenOn,
} from "../sheets/layouts";
import { danishDate, serialOf } from "../core/dates";
import { modelSheetName } from "../core/sheetNames";

/*
 * All of the pane's Excel access, batched: each step loads what it needs and syncs once; writes are
 * 2-D arrays in chunks that keep every request under Excel on the web's 5 MB limit (see Batch).
 */

/** A pupil list read from the workbook: where it is, its header row and its data rows. */
export interface PupilListData {
  readonly location: PupilListLocation;
  readonly headers: readonly unknown[];
  readonly rows: readonly (readonly unknown[])[];
}

export interface TableInfo {
  readonly name: string;
  readonly sheet: string;
}

/** The workbook's Excel tables, for the pane to offer as pupil lists. One sync. */
export async function listTables(context: Excel.RequestContext): Promise<TableInfo[]> {
  const tables = context.workbook.tables.load("items/name,items/worksheet/name");
  await context.sync();
  return tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name }));
}

function toData(sheetAndAddress: string, values: readonly (readonly unknown[])[], table?: string): PupilListData {
  const bang = sheetAndAddress.lastIndexOf("!");
  const sheet = sheetAndAddress.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
  const topLeft = parseCell(sheetAndAddress.slice(bang + 1).split(":")[0]);
  const [headers = [], ...rows] = values;
  const location: PupilListLocation = { sheet, headerRow: topLeft.row, firstColumn: topLeft.column, rows: rows.length };
  // A table's header cells are its column names, which its structured references use.
  return { location: table === undefined ? location : { ...location, table: { name: table, headers: headers.map((h) => String(h ?? "")) } }, headers, rows };
}

/** Reads an Excel table (header row and data) as a pupil list. One sync. */
export async function readTable(context: Excel.RequestContext, table: string): Promise<PupilListData> {
  const range = context.workbook.tables.getItem(table).getRange().load("address,values");
  await context.sync();
  return toData(range.address, range.values, table);
}

/** Reads a range (its first row the headers) of a sheet as a pupil list: a list once selected, read again. One sync. */
export async function readRangeList(context: Excel.RequestContext, sheet: string, address: string): Promise<PupilListData> {
  const range = context.workbook.worksheets.getItem(sheet).getRange(address).load("address,values");
  await context.sync();
  return toData(range.address, range.values);
}

/** Reads the selected range, its first row the headers, as a pupil list. One sync. */
export async function readSelection(context: Excel.RequestContext): Promise<PupilListData> {
  const range = context.workbook.getSelectedRange().load("address,values");
  await context.sync();
  return toData(range.address, range.values);
}

/** Selects a cell of the pupil list (a problem's cell), so the user sees it. One sync. */
export async function selectListCell(context: Excel.RequestContext, list: PupilListLocation, row: number, column: number): Promise<void> {
  const address = rangeAddress(list.headerRow + row, list.firstColumn + column - 1, 1, 1);
  const sheet = context.workbook.worksheets.getItem(list.sheet);
  sheet.activate();
  sheet.getRange(address).select();
  await context.sync();
}

/** Where the model sheet's profiles are read from: its parameters and up to 23 profile columns. */
const MODEL_RANGE = "A1:Z40";

/** A cell of the check's read, estimated for the response budget: its value, number format and formula in JSON. */
const BYTES_PER_CHECKED_CELL = 160;

/**
 * The sheets to check, as the check reads them: computed values and number formats of each used
 * range. Syncs: one for the sheets, one for their used ranges, then the cells in row slices, as many
 * per request as keep its response under the budget (Excel on the web refuses responses over 5 MB):
 * three for an ordinary workbook, one more per ~4 MB.
 */
export async function readSheetsForCheck(context: Excel.RequestContext, scope: "active" | "workbook"): Promise<SheetGrid[]> {
  const batch = new Batch(context);
  const sheets =
    scope === "active"
      ? [context.workbook.worksheets.getActiveWorksheet().load("name")]
      : context.workbook.worksheets.load("items/name");
  await batch.sync();
  const list = Array.isArray(sheets) ? sheets : sheets.items;
  const used = list.map((sheet) => ({ sheet, range: sheet.getUsedRange().load("address") }));
  await batch.sync();
  const reads: { name: string; box: Box; slices: { range: Excel.Range }[] }[] = [];
  for (const { sheet, range } of used) {
    const box = boxOf(range.address);
    reads.push({ name: sheet.name, box, slices: await loadSlices(batch, sheet, box, "values,numberFormat,formulas", BYTES_PER_CHECKED_CELL) });
  }
  await batch.sync();
  return reads.map(({ name, box, slices }) => {
    // The check counts from A1: pad the used range's offset with empty rows and cells.
    const pad = (grid: unknown[][]): unknown[][] => [
      ...Array.from({ length: box.row }, () => []),
      ...grid.map((row) => [...Array.from({ length: box.column }, () => null), ...row]),
    ];
    return {
      name,
      values: pad(slices.flatMap((s) => s.range.values)),
      numberFormats: pad(slices.flatMap((s) => s.range.numberFormat)),
      // The formulas tell a #N/A asked for (NA(), a chart's marker) from one that went wrong.
      formulas: pad(slices.flatMap((s) => s.range.formulas)),
    };
  });
}

/** The workbook name of the price index table that PRICELEVEL formulas refer to. */
export const PRICE_INDEX_NAME = "Prisindeks";

/** The selected range's formulas, for a price-level conversion, and whether the index table exists. One sync. */
export async function readSelectionFormulas(
  context: Excel.RequestContext,
): Promise<{ sheet: string; address: string; formulas: unknown[][]; hasIndex: boolean }> {
  const range = context.workbook.getSelectedRange().load("address,formulas");
  const names = context.workbook.names.load("items/name");
  await context.sync();
  const bang = range.address.lastIndexOf("!");
  // Whether there is an index table; its years are read when Omregn is pressed (readIndexYears), as they are then.
  return {
    sheet: range.address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'"),
    address: range.address.slice(bang + 1),
    formulas: range.formulas,
    hasIndex: names.items.some((n) => n.name === PRICE_INDEX_NAME),
  };
}

/**
 * The price index table's cells as they stand, read where its name points (NamedItem.formula,
 * ExcelApi 1.7); null where the workbook has no index table, [] where the name points at no range of
 * one sheet. Two syncs.
 */
export async function readPriceIndexTable(context: Excel.RequestContext): Promise<unknown[][] | null> {
  const names = context.workbook.names.load("items/name,items/formula");
  await context.sync();
  const index = names.items.find((n) => n.name === PRICE_INDEX_NAME);
  if (index === undefined) return null;
  const at = /^=?(?:'((?:[^']|'')+)'|([^!]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(String(index.formula));
  if (at === null) return [];
  const table = context.workbook.worksheets.getItem(at[1] === undefined ? at[2] : at[1].replace(/''/g, "'")).getRange(at[3].replace(/\$/g, "")).load("values");
  await context.sync();
  return table.values;
}

/** The price index table's years that have an index (a number above 0); null where the workbook has no index table. Two syncs. */
export async function readIndexYears(context: Excel.RequestContext): Promise<number[] | null> {
  const table = await readPriceIndexTable(context);
  if (table === null) return null;
  return table.filter((row) => Number.isInteger(row[0]) && typeof row[1] === "number" && row[1] > 0).map((row) => row[0] as number);
}

/**
 * Writes planned formulas into a range (null leaves a cell as it is), our functions in the names the
 * host knows them by. One sync; two in Danish Excel.
 */
export async function writeFormulas(context: Excel.RequestContext, sheet: string, address: string, formulas: unknown[][], host: ExcelHost = ENGLISH_EXCEL): Promise<void> {
  const range = context.workbook.worksheets.getItem(sheet).getRange(address);
  range.formulas = formulas as never;
  const local = host.functionNames !== "en" && formulas.some((row) => row.some(usesOurFunctions)) ? range.load("formulasLocal") : null;
  await context.sync();
  if (local === null) return;
  range.formulasLocal = formulas.map((row, r) => row.map((cell, c) => (usesOurFunctions(cell) ? withHostNames(String(local.formulasLocal[r][c]), host.functionNames) : null))) as never;
  await context.sync();
}

/**
 * Creates the price index sheet: a year column and an empty index column for the user to fill from
 * KL's pris- og lønskøn (the add-in never supplies index values), named Prisindeks. Two syncs.
 */
export async function createPriceIndex(context: Excel.RequestContext, firstYear: number, lastYear: number): Promise<WriteOutcome> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const name = freeSheetName("Prisindeks", sheets.items.map((s) => s.name));
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_x, i) => [firstYear + i, null]);
  try {
    const sheet = context.workbook.worksheets.add(name);
    const rows = [["År", "Indeks (KL's pris- og lønskøn)"], ...years];
    sheet.getRange(rangeAddress(0, 0, rows.length, 2)).values = rows as never;
    sheet.getRange("A1:B1").format.font.bold = true;
    context.workbook.names.add(PRICE_INDEX_NAME, sheet.getRange(rangeAddress(0, 0, rows.length, 2)));
    sheet.activate();
    await context.sync();
    return { kind: "done", sheet: name, createdModel: false, syncs: 2 };
  } catch (error) {
    await undo(context, name, false, [PRICE_INDEX_NAME]);
    return { kind: "failed", error: error instanceof Error ? error.message : String(error), syncs: 2 };
  }
}

/** Selects a cell of a sheet (a finding's cell). One sync. */
export async function selectCell(context: Excel.RequestContext, sheetName: string, row: number, column: number): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(rangeAddress(row, column, 1, 1)).select();
  await context.sync();
}

/**
 * The model sheet's two input cells (C5, C6) as written: the chosen profile's name as text whatever it
 * looks like (core/cellText.ts), the school year; a cell given nothing (undefined, null) is kept.
 */
function modelInputs(profile: unknown, schoolYear: unknown): CellInput[][] {
  const cell = (v: unknown): CellInput => (v === undefined ? null : (v as CellInput));
  return [[typeof profile === "string" && profile !== "" ? literal(profile) : cell(profile)], [cell(schoolYear)]];
}

/** The model sheet: whether it exists, its profiles (the defaults where there is none), its choices. */
export interface ModelSheetState extends ModelState {
  readonly exists: boolean;
  readonly profiles: ModelProfile[];
}

/**
 * The model sheet's profiles, chosen profile and school year, or the defaults (and no choices) where
 * there is none yet. One sync; two where it exists.
 *
 * With `choose`: the pane's choice of profile and school year written into the sheet's two input cells
 * (C5, C6) first, in the same request — the pane's drop-down and school year are those cells, so a
 * choice made in the pane is the workbook's at once. Nothing is written where there is no model
 * sheet yet (the first "Anvend" creates it with the pane's choices).
 */
export async function readModel(context: Excel.RequestContext, choose?: { readonly selected: string; readonly schoolYear: number }): Promise<ModelSheetState> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(MODEL_SHEET).load("name");
  await context.sync();
  if (sheet.isNullObject) return { exists: false, profiles: [...DEFAULT_PROFILES], selected: null, schoolYear: null };
  if (choose !== undefined) sheet.getRange(MODEL_INPUTS).values = modelInputs(choose.selected, choose.schoolYear) as never;
  const used = sheet.getRange(MODEL_RANGE).load("values");
  await context.sync();
  return { exists: true, profiles: readProfiles(used.values), ...readChoices(used.values) };
}

export type SaveOutcome =
  | { readonly kind: "saved"; readonly profiles: ModelProfile[] }
  | { readonly kind: "full" }
  | { readonly kind: "failed"; readonly error: string };

/**
 * Saves a profile on the model sheet: into the column headed with its name (an edit) or the first
 * free one; creates the model sheet with the default profiles and this one where there is none.
 * The profile must have passed checkProfile. Two syncs; three when the sheet is created.
 */
export async function saveProfile(context: Excel.RequestContext, profile: ModelProfile, schoolYear: number, host: ExcelHost = ENGLISH_EXCEL): Promise<SaveOutcome> {
  // A profile saved is the one chosen: the model sheet's choice (C5) says it, as the pane's drop-down does.
  const chosen = modelInputs(profile.name, schoolYear);
  const sheet = context.workbook.worksheets.getItemOrNullObject(MODEL_SHEET).load("name");
  const names = context.workbook.names.load("items/name");
  await context.sync();
  if (sheet.isNullObject) {
    const batch = new Batch(context);
    // An edit of a default profile stays in its column; a new one comes after them.
    const edits = DEFAULT_PROFILES.some((p) => p.name === profile.name);
    const profiles = edits ? DEFAULT_PROFILES.map((p) => (p.name === profile.name ? profile : p)) : [...DEFAULT_PROFILES, profile];
    const model = modelSheet(profiles, schoolYear, profile.name);
    const existing = new Set(names.items.map((n) => n.name));
    const added = model.names.filter((n) => !existing.has(n.name));
    try {
      const created = context.workbook.worksheets.add(MODEL_SHEET);
      await writeLayout(batch, created, model, host);
      for (const { name, address } of added) context.workbook.names.add(name, created.getRange(address));
      await batch.sync();
      return { kind: "saved", profiles };
    } catch (error) {
      await undo(context, "", true, added.map((n) => n.name));
      return { kind: "failed", error: error instanceof Error ? error.message : String(error) };
    }
  }
  const used = sheet.getRange(MODEL_RANGE).load("values");
  await context.sync();
  const writes = profileWrites(used.values, profile);
  if (writes === null) return { kind: "full" };
  // The name as text, whatever it looks like; the parameters as numbers.
  for (const { address, value } of writes) sheet.getRange(address).values = [[typeof value === "string" ? literal(value) : value]];
  sheet.getRange(MODEL_INPUTS).values = chosen as never;
  await context.sync();
  const after = used.values.map((row) => [...row]);
  for (const { address, value } of writes) {
    const { row, column } = parseCell(address);
    while (after[row].length <= column) after[row].push("");
    after[row][column] = value;
  }
  return { kind: "saved", profiles: readProfiles(after) };
}

/** A sheet name not yet taken: "Resultat 2023-24", else "Resultat 2023-24 (2)", (3)… Excel's 31 characters kept. */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  const base = wanted.slice(0, 31);
  if (!lower.has(base.toLowerCase())) return base;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/** Excel's own "light red fill with dark red text". */
const WARNING = { fill: "#FFC7CE", font: "#9C0006" } as const;

/** Rows of cells per write: small enough that several fit one request. */
const CHUNK_BYTES = 1024 * 1024;

/** A written range whose formulas call our functions, loaded as Excel spells it locally. */
interface Localizing {
  readonly row: number;
  readonly cells: readonly CellInput[][];
  readonly range: Excel.Range;
}

/** A layout half written: the ranges to put in the host's names, and whether the fill is still to do. */
export interface Written {
  readonly sheet: Excel.Worksheet;
  readonly layout: SheetLayout;
  readonly localizing: readonly Localizing[];
  /** Ranges holding our functions, to verify none shows #NAME? once written. */
  readonly ours: readonly string[];
  readonly fillLater: boolean;
}

/**
 * Writes a layout's cells, number formats and bold ranges into a sheet, in chunks. Rows the layout
 * marks as filled are sent once (their first row) and filled down by Excel, formats included, where
 * Excel has Range.autoFill (ExcelApi 1.9); otherwise every row is sent. In a host that names our
 * functions in Danish, the rows that call them are loaded back as `formulasLocal`, to be rewritten
 * by {@link finishLayout} after the next sync (and the fill waits for that).
 */
export async function writeLayout(batch: Batch, sheet: Excel.Worksheet, layout: SheetLayout, host: ExcelHost): Promise<Written> {
  const fill = host.autoFill ? layout.fill : undefined;
  const filled = (row: number, column: number): boolean => fill !== undefined && row > fill.row && row < fill.row + fill.rows && inFill(fill, column);
  // Array.from, not map: a layout may leave rows out (a sparse array), and those are empty rows.
  const width = Math.max(1, ...Array.from(layout.cells, (row) => row?.length ?? 0));
  const padded = Array.from(layout.cells, (row, r) =>
    Array.from({ length: width }, (_x, c): CellInput => (filled(r, c) ? null : (row?.[c] ?? null))),
  );
  // Rows left wholly empty by the fill are not sent at all.
  const sent = padded.map((row) => row.some((v) => v !== null));
  const localizing: Localizing[] = [];
  const ours: string[] = [];
  let start = 0;
  while (start < padded.length) {
    if (!sent[start]) {
      start += 1;
      continue;
    }
    let end = start;
    let bytes = 0;
    while (end < padded.length && sent[end] && (end === start || bytes < CHUNK_BYTES)) {
      bytes += payloadBytes(padded[end]);
      end += 1;
    }
    const cells = padded.slice(start, end);
    const address = rangeAddress(start, 0, end - start, width);
    await batch.reserve(bytes);
    // null leaves a cell as it is; the rest are values or "=formulas", in Excel's invariant spelling.
    sheet.getRange(address).formulas = cells as never;
    if (cells.some((row) => row.some(usesOurFunctions))) {
      ours.push(address);
      if (host.functionNames !== "en") localizing.push({ row: start, cells, range: sheet.getRange(address).load("formulasLocal") });
    }
    start = end;
  }
  for (const { address, format } of layout.numberFormats) {
    const box = boxOf(address);
    // A format on the filled rows is set on their first row; the fill copies it down.
    const rows = fill !== undefined && box.row === fill.row && box.rows === fill.rows && inFill(fill, box.column) && inFill(fill, box.column + box.columns - 1) ? 1 : box.rows;
    const grid = Array.from({ length: rows }, () => Array<string>(box.columns).fill(format));
    await batch.reserve(payloadBytes(grid));
    sheet.getRange(rangeAddress(box.row, box.column, rows, box.columns)).numberFormat = grid;
  }
  for (const address of layout.bold) {
    await batch.reserve(payloadBytes(address));
    sheet.getRange(address).format.font.bold = true;
  }
  if (layout.style !== undefined) await applyStyle(batch, sheet, layout.style, host);
  if (host.conditionalFormats) {
    for (const { address, whenFalse } of layout.warnings ?? []) {
      await batch.reserve(payloadBytes([address, whenFalse]));
      const warning = sheet.getRange(address).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      warning.custom.rule.formula = `=NOT(${whenFalse})`;
      warning.custom.format.fill.color = WARNING.fill;
      warning.custom.format.font.color = WARNING.font;
    }
  }
  const written = { sheet, layout, localizing, ours, fillLater: fill !== undefined && fill.rows > 1 };
  if (localizing.length === 0 && written.fillLater) await fillDown(batch, written);
  return { ...written, fillLater: written.fillLater && localizing.length > 0 };
}

/**
 * The second half of a write in a host with localized names (after a sync): each formula that calls
 * our functions is written again through `formulasLocal`, as Excel spelled it there with our names in
 * the host's language; then the fill.
 */
export async function finishLayout(batch: Batch, written: Written, host: ExcelHost): Promise<void> {
  for (const { row, cells, range } of written.localizing) {
    const local = range.formulasLocal;
    const grid = cells.map((cellsRow, r) => cellsRow.map((cell, c) => (usesOurFunctions(cell) ? withHostNames(String(local[r][c]), host.functionNames) : null)));
    await batch.reserve(payloadBytes(grid));
    written.sheet.getRange(rangeAddress(row, 0, cells.length, cells[0].length)).formulasLocal = grid as never;
  }
  if (written.fillLater) await fillDown(batch, written);
}

/** Excel's fill handle down the layout's filled rows (ExcelApi 1.9). */
async function fillDown(batch: Batch, { sheet, layout }: { sheet: Excel.Worksheet; layout: SheetLayout }): Promise<void> {
  const { fill } = layout;
  if (fill === undefined || fill.rows < 2) return;
  await batch.reserve(payloadBytes([fill]));
  const column = fill.column ?? 0;
  sheet.getRange(rangeAddress(fill.row, column, 1, fill.columns)).autoFill(rangeAddress(fill.row, column, fill.rows, fill.columns), "FillDefault");
}

/** Is a column one of those a layout's fill covers? */
function inFill(fill: NonNullable<SheetLayout["fill"]>, column: number): boolean {
  const from = fill.column ?? 0;
  return column >= from && column < from + fill.columns;
}


/**
 * When a sheet of the wanted name exists: "ask" answers `nameTaken` and writes nothing; "newName"
 * writes under the next free name; "replace" replaces it (the user said so).
 */
export type WhenTaken = "ask" | "newName" | "replace";

/** What a written sheet was read back and found to hold: cells compared with the core, pupils it counts. */
export interface TiedOut {
  readonly cells: number;
  readonly pupils: number | null;
}

export type WriteOutcome =
  | {
      readonly kind: "done";
      readonly sheet: string;
      readonly createdModel: boolean;
      readonly syncs: number;
      /** The model sheet as the written sheet uses it. */
      readonly model?: ModelState;
      /** What the read-back compared; absent for a sheet that is not tied out (a template). */
      readonly tiedOut?: TiedOut;
    }
  | { readonly kind: "nameTaken"; readonly name: string; readonly freeName: string; readonly syncs: number }
  | {
      readonly kind: "failed";
      readonly error: string;
      readonly message?: Message;
      /** Excel showed #NAME? for our functions by the names written; nothing was left behind. */
      readonly unknownFunctions?: true;
      readonly syncs: number;
    };

interface NewSheet {
  readonly name: string;
  /** @default "ask" */
  readonly whenTaken?: WhenTaken;
  /** The layout, given the name the sheet is written under. */
  readonly layout: (sheet: string) => SheetLayout;
  /**
   * Create the model sheet and its names first where they are missing; set its chosen profile and
   * school year (the two input cells of column C) to these where given, and keep them where not.
   */
  readonly ensureModel?: { readonly schoolYear?: number; readonly profile?: string };
  /** The figures the written sheet must show, by the core, under the model sheet as it stands. */
  readonly tieOut?: (model: ModelState) => Result<TieOut>;
  /**
   * The result sheet a sheet is written from: its model is the one that sheet was written for (its
   * model's name and school year, read in the same request), not the model sheet's current choice.
   */
  readonly resultSheet?: string;
  /** The model and school year the sheet is written for, where the caller names them (Opdatér): the tie-out's model. */
  readonly writtenFor?: { readonly profile: string; readonly schoolYear: number };
  /**
   * Rewrite this existing sheet in place (Opdatér): same name and position, the user's cells outside
   * `clear` (what the add-in wrote last time) untouched. The sheet is written and tied out under a
   * working name first, as a new sheet is; then copied into place and read back again.
   */
  readonly inPlace?: { readonly sheet: string; readonly clear: string };
  /** What the workbook keeps about the sheet (registry.ts), given the sheet's final name and the layout's extent. */
  readonly record?: (sheet: string, extent: string, model: ModelState | undefined, snapshot: number | undefined) => WrittenRecord;
  /** A result sheet's pupils as the core computed them, kept for "what changed since last time"; null keeps none. */
  readonly snapshot?: (model: ModelState | undefined) => PupilFigures[] | null;
}

/** How long the pane waits for Excel to finish calculating a written sheet before it gives up. */
export const CALCULATION_TIMEOUT_MS = 60000;
const RETRY_DELAYS_MS = [0, 100, 250, 500, 1000];
/** A value in a read-back's response, estimated for the request budget: a number or a name in JSON. */
const BYTES_PER_READ_CELL = 24;

/** A failure that carries a message for the user; the write is undone. */
class TieOutFailure extends Error {
  constructor(
    readonly userMessage: Message,
    /** Excel did not know our functions by the names written (#NAME?): the gateway may try the other names. */
    readonly unknownFunctions = false,
  ) {
    super(formatMessage(userMessage));
  }
}

/**
 * Writes a new sheet from a layout. Nothing the user wrote is overwritten without asking; the sheet
 * is written under a working name, read back and tied out against the core (`tieOut`), and only then
 * renamed into place, so a half-written or wrong sheet never carries the final name; a failure
 * part-way, or a figure that differs, removes everything this call added and puts back the model
 * sheet's choices, so the workbook is as it was.
 *
 * Syncs: three, whatever the layout's length: one to look at the workbook, one to write and read the
 * sheet back (rows the layout fills are sent once and filled down by Excel, so the request does not
 * grow with them; a layout or read-back of over ~4 MB takes one more per 4 MB), one to rename the
 * sheet into place; plus one per re-read while Excel still shows #BUSY! (custom functions calculate
 * asynchronously), for at most CALCULATION_TIMEOUT_MS.
 */
async function writeSheet(context: Excel.RequestContext, spec: NewSheet, host: ExcelHost = ENGLISH_EXCEL): Promise<WriteOutcome> {
  const batch = new Batch(context);
  const worksheets = context.workbook.worksheets.load("items/name");
  const names = context.workbook.names.load("items/name");
  await batch.sync();

  const taken = worksheets.items.map((s) => s.name);
  const exists = (name: string) => taken.some((t) => t.toLowerCase() === name.toLowerCase());
  const whenTaken = spec.inPlace !== undefined ? "replace" : (spec.whenTaken ?? "ask");
  const freeName = freeSheetName(spec.name, taken);
  if (exists(spec.name) && whenTaken === "ask") return { kind: "nameTaken", name: spec.name, freeName, syncs: batch.syncs };
  if (spec.inPlace !== undefined && !exists(spec.inPlace.sheet)) return { kind: "failed", error: `no sheet ${spec.inPlace.sheet}`, message: messages.sheetGone(spec.inPlace.sheet), syncs: batch.syncs };
  const finalName = spec.inPlace?.sheet ?? (exists(spec.name) && whenTaken === "newName" ? freeName : spec.name.slice(0, 31));
  const workName = freeSheetName(`${finalName.slice(0, 24)} (i gang)`, taken);

  const ensure = spec.ensureModel;
  const modelExists = exists(MODEL_SHEET);
  const createdModel = ensure !== undefined && !modelExists;
  if (createdModel && ensure.schoolYear === undefined) throw new Error("a new model sheet needs a school year");
  const model = createdModel ? modelSheet(DEFAULT_PROFILES, ensure.schoolYear as number, ensure.profile) : null;
  const existingNames = new Set(names.items.map((n) => n.name));
  const missingNames = ensure === undefined ? [] : MODEL_NAME_CELLS.filter((n) => !existingNames.has(n.name));
  const layout = spec.layout(workName);
  let before: unknown[][] | null = null;

  const changes = ensure !== undefined && modelExists && (ensure.profile !== undefined || ensure.schoolYear !== undefined);

  try {
    // The model sheet as it stands, loaded before anything here changes it: its profiles and choices
    // for the tie-out, and its two input cells to put back should this fail.
    const existing = modelExists ? context.workbook.worksheets.getItem(MODEL_SHEET) : null;
    const modelValues = existing !== null && spec.tieOut !== undefined ? existing.getRange(MODEL_RANGE).load("values") : null;
    const inputsBefore = existing !== null && changes ? existing.getRange(MODEL_INPUTS).load("values") : null;
    const writtenFor = spec.resultSheet === undefined ? null : context.workbook.worksheets.getItem(spec.resultSheet).getRange(RESULT_WRITTEN_FOR).load("values");
    const registry = spec.record !== undefined && exists(REGISTRY_SHEET) ? loadRegistry(context) : null;
    // Opdatér replaces the add-in's own chart on the sheet, found by its name (a null object is not deleted).
    const targetCharts = spec.inPlace === undefined ? null : context.workbook.worksheets.getItem(spec.inPlace.sheet).charts.load("items/name");
    if (model !== null) await writeLayout(batch, context.workbook.worksheets.add(MODEL_SHEET), model, host);
    if (existing !== null && changes) {
      // The model sheet's own input cells, which the pane's choices mirror; null keeps a cell.
      const inputs = modelInputs(ensure.profile, ensure.schoolYear);
      existing.getRange(MODEL_INPUTS).values = inputs as never;
    }
    for (const { name, address } of missingNames) {
      context.workbook.names.add(name, context.workbook.worksheets.getItem(MODEL_SHEET).getRange(address));
    }
    const sheet = context.workbook.worksheets.add(workName);
    const written = await writeLayout(batch, sheet, layout, host);
    if (spec.inPlace === undefined) addChart(sheet, layout);
    if (written.localizing.length > 0) {
      // Danish Excel: our functions into the names it knows them by, then the fill (one more sync).
      await batch.sync();
      await finishLayout(batch, written, host);
    }
    // Read back what the tie-out compares, and every written cell that calls our functions.
    const reading = [...(layout.readBack ?? []), ...written.ours];
    let read = await readBack(batch, sheet, reading, host);
    await batch.sync();
    before = inputsBefore?.values ?? null;

    let tiedOut: TiedOut | undefined;
    let state: ModelState | undefined;
    let checks: readonly Check[] = [];
    if (spec.tieOut !== undefined) {
      const sheetValues = modelValues?.values ?? (model === null ? [] : valuesOf(model.cells));
      const choices = writtenFor === null ? readChoices(sheetValues) : readWrittenFor(writtenFor.values);
      state = {
        profiles: modelValues === null ? DEFAULT_PROFILES : readProfiles(modelValues.values),
        selected: spec.writtenFor?.profile ?? ensure?.profile ?? choices.selected,
        schoolYear: spec.writtenFor?.schoolYear ?? ensure?.schoolYear ?? choices.schoolYear,
      };
      const expected = spec.tieOut(state);
      if (!expected.ok) throw new TieOutFailure(expected.failure.message);
      checks = expected.value.checks;
      read = await untilCalculated(batch, read, () => readBack(batch, sheet, reading, host), finalName);
      const unknown = unknownFunctionCells(layout, read);
      if (unknown.length > 0) throw new TieOutFailure(messages.functionsUnknown(finalName, unknown), true);
      const found = differences(checks, read.valueAt);
      if (found.length > 0) throw new TieOutFailure(differenceMessage(finalName, found));
      tiedOut = { cells: checks.length, pupils: expected.value.pupils };
    } else {
      read = await untilCalculated(batch, read, () => readBack(batch, sheet, reading, host), finalName);
      const unknown = unknownFunctionCells(layout, read);
      if (unknown.length > 0) throw new TieOutFailure(messages.functionsUnknown(finalName, unknown), true);
    }

    // What the sheet was written for, as it computed it, becomes constant: choosing another profile
    // on the model sheet no longer changes it (the same values, so nothing tied out moves).
    for (const address of layout.pin ?? []) {
      const { row, column } = parseCell(address);
      const value = read.valueAt(row, column);
      // What is pinned was tied out just now (the model's name, the school year): anything else is a bug.
      if (typeof value !== "string" && typeof value !== "number") throw new Error(`nothing to pin at ${address}: ${String(value)}`);
      sheet.getRange(address).formulas = [[typeof value === "string" ? schoolNameFormula(value) : value]];
    }
    const extent = layoutExtent(layout);
    let snapshot: number | undefined;
    const figures = spec.snapshot?.(state) ?? null;
    if (figures !== null) {
      snapshot = snapshotColumn(readRecords(registry?.values ?? null), finalName);
      await keepSnapshot(batch, exists(SNAPSHOT_SHEET), snapshot, finalName, figures.map(packFigures));
    }
    if (spec.record !== undefined) await keepRecord(batch, registry?.values ?? null, spec.record(finalName, extent, state, snapshot), [...taken, finalName]);
    if (spec.inPlace !== undefined) {
      // Opdatér: what was written last time goes, the tied-out sheet is copied into its place (our
      // functions stay the functions they are, in any language), and the copy is read back again.
      const target = context.workbook.worksheets.getItem(finalName);
      target.getRange(spec.inPlace.clear).clear("All");
      if (targetCharts?.items.some((c) => c.name === CHART_NAME) === true) target.charts.getItem(CHART_NAME).delete();
      target.getRange(extent).copyFrom(sheet.getRange(extent), "All");
      addChart(target, layout);
      sheet.delete();
      target.activate();
      await batch.sync();
      const copied = await readBack(batch, target, reading, host);
      await batch.sync();
      read = await untilCalculated(batch, copied, () => readBack(batch, target, reading, host), finalName);
      const found = differences(checks, read.valueAt);
      if (found.length > 0) throw new TieOutFailure(differenceMessage(finalName, found));
    } else {
      if (exists(finalName)) context.workbook.worksheets.getItem(finalName).delete();
      const done = context.workbook.worksheets.getItem(workName);
      done.name = finalName;
      done.activate();
      await batch.sync();
    }
    return { kind: "done", sheet: finalName, createdModel, syncs: batch.syncs, ...(state === undefined ? {} : { model: state }), ...(tiedOut === undefined ? {} : { tiedOut }) };
  } catch (error) {
    await undo(context, workName, createdModel, missingNames.map((n) => n.name), before);
    const message = error instanceof TieOutFailure ? error.userMessage : undefined;
    const unknownFunctions = error instanceof TieOutFailure && error.unknownFunctions;
    return { kind: "failed", error: error instanceof Error ? error.message : String(error), ...(message === undefined ? {} : { message }), ...(unknownFunctions ? { unknownFunctions } : {}), syncs: batch.syncs };
  }
}

/** The name of the chart the add-in puts on a sheet, so that Opdatér replaces its own chart and no other. */
const CHART_NAME = "Specialøkonomi";

function addChart(sheet: Excel.Worksheet, layout: SheetLayout): void {
  if (layout.chart === undefined) return;
  const chart = sheet.charts.add((layout.chart.type ?? "BarClustered") as Excel.ChartType, sheet.getRange(layout.chart.range), "Columns");
  chart.name = CHART_NAME;
  chart.title.text = layout.chart.title;
}

/** The rectangle from A1 a layout writes. */
function layoutExtent(layout: SheetLayout): string {
  const width = Math.max(1, ...Array.from(layout.cells, (row) => row?.length ?? 0));
  return rangeAddress(0, 0, Math.max(1, layout.cells.length), width);
}

/** How far apart two reads that agree must be, where Excel does not say it is done. */
export const AGREEING_READS_MS = 1000;

/**
 * Reads again until Excel has finished calculating what was read, waiting a little longer each time,
 * for at most CALCULATION_TIMEOUT_MS; then refuses to call it checked. Finished means: no cell shows
 * #BUSY! (custom functions calculate asynchronously), and Application.calculationState says "Done"
 * (ExcelApi 1.9) — or, where Excel does not say so (an older Excel, or a state that stays pending:
 * office-js #3319), two reads at least AGREEING_READS_MS apart that agree cell for cell. Waiting for
 * #BUSY! alone is not enough: existing cells that recalculate may show their old values meanwhile
 * (office-js #4152, #6930).
 */
async function untilCalculated(batch: Batch, first: ReadBack, again: () => Promise<ReadBack>, sheet: string): Promise<ReadBack> {
  let read = first;
  let quiet: { read: ReadBack; at: number } | null = null;
  const started = Date.now();
  for (let attempt = 0; ; attempt += 1) {
    const busy = read.cells().some(({ value }) => calculating(value));
    if (!busy && read.state() === "Done") return read;
    if (!busy && quiet !== null && Date.now() - quiet.at >= AGREEING_READS_MS && sameValues(quiet.read, read)) return read;
    if (busy) quiet = null;
    else if (quiet === null || !sameValues(quiet.read, read)) quiet = { read, at: Date.now() };
    if (Date.now() - started > CALCULATION_TIMEOUT_MS) throw new TieOutFailure(messages.stillCalculating(sheet, CALCULATION_TIMEOUT_MS / 1000));
    await wait(RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)]);
    read = await again();
    await batch.sync();
  }
}

/** Do two reads of the same cells agree, value for value? */
function sameValues(a: ReadBack, b: ReadBack): boolean {
  const [x, y] = [a.cells(), b.cells()];
  return x.length === y.length && x.every((cell, k) => cell.value === y[k].value);
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Queues loads of a layout's read-back ranges (values as Excel computed them), keeping each request's
 * expected response under the budget, and of Excel's calculation state where the host has it. The
 * values are there after the next sync.
 */
async function readBack(batch: Batch, sheet: Excel.Worksheet, addresses: readonly string[], host: ExcelHost): Promise<ReadBack> {
  const loads: { box: Box; range: Excel.Range }[] = [];
  for (const address of addresses) loads.push(...(await loadSlices(batch, sheet, boxOf(address), "values", BYTES_PER_READ_CELL)));
  // Loaded after the values, in the same request: the state of the calculation they were read from.
  const application = host.calculationState ? batch.context.workbook.application.load("calculationState") : null;
  return {
    valueAt: (row, column) => {
      const hit = loads.find(({ box }) => row >= box.row && row < box.row + box.rows && column >= box.column && column < box.column + box.columns);
      return hit === undefined ? undefined : hit.range.values[row - hit.box.row]?.[column - hit.box.column];
    },
    cells: () =>
      loads.flatMap(({ box, range }) => range.values.flatMap((row, r) => row.map((value, c) => ({ row: box.row + r, column: box.column + c, value })))),
    state: () => (application === null ? null : String(application.calculationState)),
  };
}

/** Values read back from a written sheet, by 0-based position, and Excel's calculation state when read (null: not known). */
interface ReadBack {
  valueAt(row: number, column: number): unknown;
  cells(): { row: number; column: number; value: unknown }[];
  state(): string | null;
}

/** Cells of ours that Excel does not know the function of: #NAME? where our formulas are. */
function unknownFunctionCells(layout: SheetLayout, read: ReadBack): string[] {
  return read
    .cells()
    // A template's cell shows the note for an Excel without the add-in where the function is unknown:
    // written by the pane, the add-in is here, so the note is the same failure as #NAME?.
    .filter(({ row, column, value }) => (value === "#NAME?" || value === NEEDS_ADD_IN) && usesOurFunctions(layout.cells[row]?.[column] ?? (layout.fill !== undefined && row > layout.fill.row && row < layout.fill.row + layout.fill.rows && inFill(layout.fill, column) ? layout.cells[layout.fill.row]?.[column] : null)))
    .map(({ row, column }) => cellAddress(row, column));
}

export interface ApplyRequest {
  readonly list: PupilListData;
  readonly mapping: ColumnMapping;
  /**
   * The school year (its first calendar year) to set on the model sheet; the sheet's stays where
   * omitted. A new model sheet needs one.
   */
  readonly schoolYear?: number;
  /** The result sheet's name. */
  readonly resultName: string;
  /** The profile to choose on the model sheet; the sheet's choice stays where omitted. */
  readonly profile?: string;
  /** @default "ask" */
  readonly whenTaken?: WhenTaken;
  /** The day the sheet says it was written; today where omitted. */
  readonly writtenOn?: WrittenOn;
  /** Opdatér: rewrite an existing sheet in place, for the model and school year it was written for (the model sheet is left alone). */
  readonly update?: { readonly inPlace: { readonly sheet: string; readonly clear: string }; readonly writtenFor: { readonly profile: string; readonly schoolYear: number } };
}

/** Today as an Excel date and as Danish Excel shows it. */
export function today(now = new Date()): WrittenOn {
  const serial = serialOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
  return { serial, shown: danishDate(serial) };
}

/** The schools the sheets are written for, in their order: the core's one school identity. */
const schoolNames = (list: ListFigures): string[] => listSchools(list.rows, list.mapping).map((s) => s.name);

/**
 * Applies the incentive model to a pupil list: creates the model sheet and its names where there is
 * none, writes the result sheet with its per-school summary and chart, and ties it out (see
 * writeSheet for what it never does, and its syncs).
 */
export async function applyModel(context: Excel.RequestContext, request: ApplyRequest, host: ExcelHost = ENGLISH_EXCEL): Promise<WriteOutcome> {
  const list = { rows: request.list.rows, mapping: request.mapping };
  const written = request.writtenOn ?? today();
  const { location } = request.list;
  const source: ListSource =
    location.table !== undefined ? { table: location.table.name } : { sheet: location.sheet, address: rangeAddress(location.headerRow, location.firstColumn, location.rows + 1, request.list.headers.length) };
  return writeSheet(
    context,
    {
      name: request.resultName,
      whenTaken: request.whenTaken,
      ensureModel: request.update === undefined ? { schoolYear: request.schoolYear, profile: request.profile } : undefined,
      writtenFor: request.update?.writtenFor,
      inPlace: request.update?.inPlace,
      layout: (sheet) => resultSheet(sheet, location, request.mapping, schoolNames(list), written, request.update?.writtenFor),
      tieOut: (model) => resultTieOut(list, model),
      snapshot: (model) => (model === undefined ? null : resultFigures(list, model)),
      record: (sheet, extent, model, snapshot) => ({
        kind: "result",
        sheet,
        extent,
        written: written.serial,
        list: source,
        mapping: request.mapping,
        profile: model?.selected ?? "",
        schoolYear: model?.schoolYear ?? 0,
        rows: location.rows,
        ...(snapshot === undefined ? {} : { snapshot }),
      }),
    },
    host,
  );
}

/** A sheet written after the result sheet, from its pupils: under which name, and what to do when it is taken. */
export interface AfterResult {
  /** The result sheet the sheet reads costs and shares from. */
  readonly resultSheet: string;
  /** The pupil list the result sheet was written for. */
  readonly list: PupilListData;
  readonly mapping: ColumnMapping;
  readonly name: string;
  readonly whenTaken?: WhenTaken;
  /** Opdatér: rewrite this sheet in place (see NewSheet.inPlace). */
  readonly inPlace?: { readonly sheet: string; readonly clear: string };
}

/** Writes a sheet after the result sheet through the one writer: its layout and its tie-out, both from the list. */
function writeAfterResult(
  context: Excel.RequestContext,
  request: AfterResult,
  host: ExcelHost,
  layout: (sheet: string, list: ListFigures) => SheetLayout,
  tieOut: (model: ModelState, list: ListFigures) => Result<TieOut>,
  what: DependantRecord,
): Promise<WriteOutcome> {
  const list = { rows: request.list.rows, mapping: request.mapping };
  const written = today().serial;
  return writeSheet(
    context,
    {
      name: request.name,
      whenTaken: request.whenTaken,
      resultSheet: request.resultSheet,
      inPlace: request.inPlace,
      layout: (sheet) => layout(sheet, list),
      tieOut: (model) => tieOut(model, list),
      record: (sheet, extent) => ({ ...what, sheet, extent, written, resultSheet: request.resultSheet, rows: list.rows.length }) as WrittenRecord,
    },
    host,
  );
}

/** What a sheet written after the result sheet keeps besides its name, place, date, result sheet and rows (each kind its own). */
type DependantRecord = WrittenRecord extends infer R ? (R extends { kind: "result" } ? never : Omit<R, "sheet" | "extent" | "written" | "resultSheet" | "rows">) : never;

export interface CompareRequest extends AfterResult {
  /** Profile names on the model sheet. */
  readonly a: string;
  readonly b: string;
}

/** Writes the comparison of two profiles per school, with a chart of the difference. */
export async function compareModels(context: Excel.RequestContext, request: CompareRequest, host: ExcelHost = ENGLISH_EXCEL): Promise<WriteOutcome> {
  return writeAfterResult(
    context,
    request,
    host,
    (sheet, list) => compareSheet(sheet, request.resultSheet, list.rows.length, schoolNames(list), request.a, request.b),
    (model, list) => compareTieOut(list, model, request.a, request.b),
    { kind: "compare", a: request.a, b: request.b },
  );
}

export interface TemplateRequest {
  readonly kind: TemplateKind;
  readonly options: TemplateOptions;
  readonly name: string;
  /** @default "newName": a template never asks, it takes the next free name. */
  readonly whenTaken?: WhenTaken;
}

export interface CatalogueRequest {
  readonly catalogue: Catalogue;
  /** @default "ask" */
  readonly whenTaken?: WhenTaken;
}

/** The catalogue sheet's name. */
export const CATALOGUE_SHEET = "Katalog";

/**
 * Writes the budget office's catalogue (issue #31) as a new sheet with live formulas, read back and
 * tied out against the exact catalogue (catalogueTieOut) before it takes its name.
 */
export async function writeCatalogue(context: Excel.RequestContext, request: CatalogueRequest, host: ExcelHost = ENGLISH_EXCEL): Promise<WriteOutcome> {
  return writeSheet(context, {
    name: CATALOGUE_SHEET,
    whenTaken: request.whenTaken ?? "ask",
    layout: (sheet) => catalogueLayout(sheet, request.catalogue),
    // Where the figures are does not depend on the sheet's name.
    tieOut: () => ok(catalogueTieOut(catalogueLayout(CATALOGUE_SHEET, request.catalogue), request.catalogue)),
  }, host);
}

/** Inserts a proposal template as a new sheet with live formulas. */
export async function insertTemplate(context: Excel.RequestContext, request: TemplateRequest, host: ExcelHost = ENGLISH_EXCEL): Promise<WriteOutcome> {
  return writeSheet(context, {
    name: request.name,
    whenTaken: request.whenTaken ?? "newName",
    layout: (sheet) => templateLayout(request.kind, sheet, request.options),
  }, host);
}

export interface SafetyNetRequest extends AfterResult {
  /** 0: distributed at planning, 1: movers-in, 2: distributed at year end. */
  readonly part: 0 | 1 | 2;
  readonly key: SafetyNetKey;
  /** The budget sheet written for the same result sheet, whose allocations are the schools' budgets; the deficit key needs it. */
  readonly budget?: SafetyNetBudget | null;
}

/** A budget sheet the safety net's deficit key reads each school's budget (its allocation) from. */
export interface SafetyNetBudget {
  readonly sheet: string;
  readonly devolved: number;
  /** Written with a model B: its allocation column is then another. */
  readonly withB: boolean;
}

/** Each school's allocation on a budget sheet, in the result sheet's summary order. */
function allocationCell(budget: SafetyNetBudget): (k: number) => string {
  const column = budget.withB ? BUDGET_CELLS.b.school.allocation : BUDGET_CELLS.school.allocation;
  return (k) => qualified(budget.sheet, cellAddress(BUDGET_CELLS.firstSchoolRow + k, column));
}

/** Writes a safety-net part split over the schools by a key, exact to the krone (ALLOCATE). */
export async function distributeSafetyNet(context: Excel.RequestContext, request: SafetyNetRequest, host: ExcelHost = ENGLISH_EXCEL): Promise<WriteOutcome> {
  const budget = request.budget ?? null;
  if (request.key === "deficit" && budget === null) return { kind: "failed", error: "the deficit key needs the schools' budget", message: messages.deficitNeedsBudget(), syncs: 0 };
  return writeAfterResult(
    context,
    request,
    host,
    (sheet, list) => safetyNetSheet(sheet, request.resultSheet, schoolNames(list), request.part, request.key, list.rows.length, budget === null ? null : allocationCell(budget)),
    (model, list) => safetyNetTieOut(list, model, request.part, request.key, budget?.devolved ?? null),
    { kind: "safetyNet", part: request.part, key: request.key, budget },
  );
}

export interface BudgetRequest extends AfterResult {
  /** The amount devolved to the schools, whole kroner. */
  readonly devolved: number;
  /** A second model (a profile on the model sheet) to set beside the chosen one, with its devolved amount. */
  readonly b?: BudgetB | null;
}

/** Writes the schools' budget under the model (DOMAIN.md §7): allocation, safety net, payments, net, the calibrated cap. */
export async function writeBudget(context: Excel.RequestContext, request: BudgetRequest, host: ExcelHost = ENGLISH_EXCEL): Promise<WriteOutcome> {
  return writeAfterResult(
    context,
    request,
    host,
    (sheet, list) => budgetSheet(sheet, request.resultSheet, list.rows.length, schoolNames(list), request.devolved, request.b ?? null),
    (model, list) => budgetTieOut(list, model, request.devolved, request.b ?? null),
    { kind: "budget", devolved: request.devolved, b: request.b ?? null },
  );
}

export interface SensitivityRequest extends AfterResult {
  readonly range: SensitivityRange;
}

/** Writes the schools' total and the administration's part over a range of one parameter, with a line chart (DOMAIN.md §7). */
export async function writeSensitivity(context: Excel.RequestContext, request: SensitivityRequest, host: ExcelHost = ENGLISH_EXCEL): Promise<WriteOutcome> {
  return writeAfterResult(
    context,
    request,
    host,
    (sheet, list) => sensitivitySheet(sheet, request.resultSheet, list.rows.length, schoolNames(list).length, request.range),
    (model, list) => sensitivityTieOut(list, model, request.range),
    { kind: "sensitivity", range: request.range },
  );
}

export interface ChangesRequest {
  /** The result sheet the changes are of, and the school year it is written for. */
  readonly resultSheet: string;
  readonly schoolYear: number;
  readonly changes: Changes;
  /** The day the figures before were written, and today, as Excel dates. */
  readonly since: number;
  readonly writtenOn?: WrittenOn;
}

/**
 * Writes "Ændringer 2023-24 (06-12-2026)": what changed in a result sheet's list since it was last
 * written, per pupil and per school, tied out: before + change = now per school, to the øre.
 */
export async function writeChanges(context: Excel.RequestContext, request: ChangesRequest, host: ExcelHost = ENGLISH_EXCEL): Promise<WriteOutcome> {
  const on = request.writtenOn ?? today();
  const title = `Ændringer i ${request.resultSheet} fra ${danishDate(request.since)} til ${on.shown}`;
  return writeSheet(
    context,
    { name: `${modelSheetName("changes", request.schoolYear)} (${on.shown})`, whenTaken: "newName", layout: (sheet) => changesSheet(sheet, title, request.changes), tieOut: () => changesTieOut(request.changes) },
    host,
  );
}

/**
 * Removes what a failed write added: its work sheet, a model sheet it created, names it defined; and
 * puts back the model sheet's two input cells where it changed them.
 */
async function undo(
  context: Excel.RequestContext,
  workName: string,
  createdModel: boolean,
  addedNames: readonly string[],
  inputs: unknown[][] | null = null,
): Promise<void> {
  try {
    // Put back as read: a text read back is written as text (a name "0042" stays text).
    if (inputs !== null) context.workbook.worksheets.getItem(MODEL_SHEET).getRange(MODEL_INPUTS).values = modelInputs(inputs[0]?.[0], inputs[1]?.[0]) as never;
    const sheets = [...(workName === "" ? [] : [workName]), ...(createdModel ? [MODEL_SHEET] : [])].map((n) =>
      context.workbook.worksheets.getItemOrNullObject(n).load("name"),
    );
    const names = context.workbook.names.load("items/name");
    await context.sync();
    for (const sheet of sheets) if (!sheet.isNullObject) sheet.delete();
    for (const name of names.items) if (addedNames.includes(name.name)) context.workbook.names.getItem(name.name).delete();
    await context.sync();
  } catch {
    // The workbook refused the cleanup too; the caller reports the first error.
  }
}
