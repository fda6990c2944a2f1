import { parseCell } from "../core/address";
import { Batch, loadSlices } from "./batch";
import { type Changes, changesBetween, type PupilFigures, unpackFigures } from "../core/changes";
import { resultFigures } from "./tieOut";
import { messages } from "../core/messages";
import { RESULT_CELLS, RESULT_STATUS } from "../sheets/layouts";
import { ENGLISH_EXCEL, type ExcelHost } from "./host";
import { loadRegistry, readRecords, REGISTRY_SHEET, SNAPSHOT_SHEET, type WrittenRecord } from "./registry";
import { applyModel, compareModels, distributeSafetyNet, readTable, readRangeList, type PupilListData, type WriteOutcome, writeBudget, writeSensitivity } from "./workbook";

/*
 * The sheets the pane wrote, checked (issue #26): when the pane opens and when the pupil table
 * changes, each written sheet is judged by what Excel computed on it (the result sheet's own
 * coverage and its model's parameters) and by what the workbook kept about it (registry.ts); one
 * that no longer covers its list or its model is named, and Opdatér rewrites it in place.
 */

/** Excel's rows; a record's count of pupils is read no further. */
const MAX_ROWS = 1048576;
/** A pupil's kept figures in a response, estimated: name, school, three amounts in JSON. */
const BYTES_PER_KEPT_PUPIL = 160;

/**
 * - `current`: it covers the list and its model;
 * - `list`: the list has pupils it does not count (new rows, a school it has never seen), or, for a
 *   sheet written from a result sheet, that result sheet does not cover the list or has been written
 *   again since;
 * - `model`: its model is no longer on the model sheet (renamed or removed), so its parameters are #N/A;
 * - `result`: the result sheet it was written from is gone.
 */
export type SheetState = "current" | "list" | "model" | "result";

export interface WrittenSheet {
  readonly sheet: string;
  readonly kind: WrittenRecord["kind"];
  readonly state: SheetState;
  /** The pupils in the list and those the sheet counts (a result sheet's coverage line), where read. */
  readonly inList: number | null;
  readonly onSheet: number | null;
  /** The pupil table the sheet follows (for the pane to watch), where it is a table. */
  readonly table: string | null;
}

const at = (values: readonly (readonly unknown[])[], address: string, origin: string) => {
  const { row, column } = parseCell(address);
  const from = parseCell(origin.split(":")[0]);
  return values[row - from.row]?.[column - from.column];
};

/**
 * Every sheet the pane wrote that is still in the workbook, with its state. Two syncs, whatever the
 * workbook's size: one for the sheets' names, one for the record and the status rows of each result
 * sheet (rows 2-4, a few cells each).
 */
export async function checkWrittenSheets(context: Excel.RequestContext): Promise<WrittenSheet[]> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const names = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s.name]));
  if (!names.has(REGISTRY_SHEET.toLowerCase())) return [];
  const registry = loadRegistry(context);
  // Which records are result sheets is known only from the records: load every sheet's status rows
  // that could be one (a few cells each), and use those of the result sheets.
  const status = new Map(sheets.items.filter((s) => s.name !== REGISTRY_SHEET).map((s) => [s.name.toLowerCase(), s.getRange(RESULT_STATUS).load("values")]));
  await context.sync();
  const records = readRecords(registry.values).filter((r) => names.has(r.sheet.toLowerCase()));
  const results = new Map<string, WrittenSheet>();
  for (const record of records) {
    if (record.kind !== "result") continue;
    const values = status.get(record.sheet.toLowerCase())?.values ?? [];
    const value = (address: string) => at(values, address, RESULT_STATUS);
    const parameters = [RESULT_CELLS.for.threshold, RESULT_CELLS.for.cap, RESULT_CELLS.for.schoolShare].map(value);
    const inList = value(RESULT_CELLS.for.inList);
    const onSheet = value(RESULT_CELLS.for.onSheet);
    const model = value(RESULT_CELLS.for.model) === record.profile && parameters.every((p) => typeof p === "number");
    const state: SheetState = !model ? "model" : value(RESULT_CELLS.for.covers) === true ? "current" : "list";
    results.set(record.sheet.toLowerCase(), {
      sheet: names.get(record.sheet.toLowerCase()) ?? record.sheet,
      kind: "result",
      state,
      inList: typeof inList === "number" ? inList : null,
      onSheet: typeof onSheet === "number" ? onSheet : null,
      table: "table" in record.list ? record.list.table : null,
    });
  }
  return records.map((record) => {
    if (record.kind === "result") return results.get(record.sheet.toLowerCase()) as WrittenSheet;
    const result = results.get(record.resultSheet.toLowerCase());
    const resultRecord = records.find((r) => r.kind === "result" && r.sheet.toLowerCase() === record.resultSheet.toLowerCase());
    const state: SheetState =
      result === undefined || resultRecord?.kind !== "result" ? "result" : result.state !== "current" ? result.state : resultRecord.rows !== record.rows ? "list" : "current";
    return { sheet: names.get(record.sheet.toLowerCase()) ?? record.sheet, kind: record.kind, state, inList: result?.inList ?? null, onSheet: result?.onSheet ?? null, table: result?.table ?? null };
  });
}

/**
 * Opdatér: writes a sheet again in place for what it was written for (its model, school year, list,
 * and for a sheet written from a result sheet its own choices), on the list as the workbook holds it
 * now, and ties it out. A sheet written from a result sheet follows that sheet as it is: update the
 * result sheet first.
 */
/** An Opdatér of a result sheet that kept its figures: what changed since it was last written. */
export type UpdateOutcome = WriteOutcome & { readonly changes?: Changes & { readonly of: string; readonly schoolYear: number; readonly since: number } };

export async function updateWrittenSheet(context: Excel.RequestContext, sheet: string, host: ExcelHost = ENGLISH_EXCEL): Promise<UpdateOutcome> {
  const names = context.workbook.worksheets.load("items/name");
  await context.sync();
  if (!names.items.some((s) => s.name === REGISTRY_SHEET)) return { kind: "failed", error: "no record", message: messages.notWrittenByUs(sheet), syncs: 1 };
  const registry = loadRegistry(context);
  await context.sync();
  const records = readRecords(registry.values);
  const record = records.find((r) => r.sheet.toLowerCase() === sheet.toLowerCase());
  if (record === undefined) return { kind: "failed", error: "no record", message: messages.notWrittenByUs(sheet), syncs: 2 };
  const resultRecord = record.kind === "result" ? record : records.find((r) => r.kind === "result" && r.sheet.toLowerCase() === record.resultSheet.toLowerCase());
  if (resultRecord?.kind !== "result") return { kind: "failed", error: "no result sheet", message: messages.notWrittenByUs(record.kind === "result" ? sheet : record.resultSheet), syncs: 2 };
  // A result sheet's figures as last written, read before they are replaced (in the list's request,
  // in slices under the response limit): what changed since is told with the update.
  const kept =
    record.kind === "result" && record.snapshot !== undefined && names.items.some((x) => x.name === SNAPSHOT_SHEET)
      ? await loadSlices(new Batch(context), context.workbook.worksheets.getItem(SNAPSHOT_SHEET), { row: 2, column: record.snapshot, rows: Math.min(Math.max(record.rows, 1), MAX_ROWS - 2), columns: 1 }, "values", BYTES_PER_KEPT_PUPIL)
      : null;
  const list: PupilListData = "table" in resultRecord.list ? await readTable(context, resultRecord.list.table) : await readRangeList(context, resultRecord.list.sheet, resultRecord.list.address);
  const inPlace = { sheet: record.sheet, clear: record.extent };
  const after = { resultSheet: resultRecord.sheet, list, mapping: resultRecord.mapping, name: record.sheet, inPlace };
  switch (record.kind) {
    case "result": {
      const before = kept?.flatMap((slice) => slice.range.values.map((row) => unpackFigures(row[0]))).filter((x): x is PupilFigures => x !== null) ?? null;
      const outcome = await applyModel(context, { list, mapping: record.mapping, resultName: record.sheet, update: { inPlace, writtenFor: { profile: record.profile, schoolYear: record.schoolYear } } }, host);
      if (outcome.kind !== "done" || before === null || outcome.model === undefined) return outcome;
      const after = resultFigures({ rows: list.rows, mapping: record.mapping }, outcome.model);
      const changes = after === null ? null : changesBetween(before, after);
      return changes?.ok === true ? { ...outcome, changes: { of: record.sheet, schoolYear: record.schoolYear, since: record.written, ...changes.value } } : outcome;
    }
    case "compare":
      return compareModels(context, { ...after, a: record.a, b: record.b }, host);
    case "safetyNet":
      return distributeSafetyNet(context, { ...after, part: record.part, key: record.key, budget: record.budget ?? null }, host);
    case "budget":
      return writeBudget(context, { ...after, devolved: record.devolved, b: record.b }, host);
    case "sensitivity":
      return writeSensitivity(context, { ...after, range: record.range }, host);
  }
}

/**
 * Calls `changed` after each change to the named tables (Table.onChanged, ExcelApi 1.7), until the
 * answer is called. Where the host lacks the event, nothing is watched (the pane checks when it opens
 * and after each write).
 */
export async function watchTables(context: Excel.RequestContext, tables: readonly string[], changed: () => void, supported: boolean): Promise<() => Promise<void>> {
  if (!supported || tables.length === 0) return async () => undefined;
  const handlers = tables.map((name) => context.workbook.tables.getItem(name).onChanged.add(async () => changed()));
  await context.sync();
  return async () => {
    for (const handler of handlers) handler.remove();
    await context.sync();
  };
}
