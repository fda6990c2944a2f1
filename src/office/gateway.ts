import type { PupilListLocation } from "../sheets/layouts";
import {
  applyModel,
  type ApplyRequest,
  type ChangesRequest,
  writeChanges,
  compareModels,
  type CompareRequest,
  distributeSafetyNet,
  type BudgetRequest,
  writeBudget,
  writeSensitivity,
  type SensitivityRequest,
  insertTemplate,
  listTables,
  type PupilListData,
  readModel,
  createPriceIndex,
  readSelection,
  readSelectionFormulas,
  readSheetsForCheck,
  writeFormulas,
  readTable,
  saveProfile,
  readIndexYears,
  readPriceIndexTable,
  type CatalogueRequest,
  writeCatalogue,
  type SaveOutcome,
  type SafetyNetRequest,
  selectCell,
  selectListCell,
  type TableInfo,
  type TemplateRequest,
  type ModelSheetState,
  type WriteOutcome,
} from "./workbook";
import type { SheetGrid } from "../core/check";
import { ENGLISH_EXCEL, type ExcelHost } from "./host";
import { findStaleFormulas, type RepairOutcome, repairFormulas, type StaleCell } from "./repair";
import { type HostAbout, runSelfTest, type SelfTestReport } from "./selfTest";
import type { ModelProfile } from "../core/profiles";
import { checkWrittenSheets, type UpdateOutcome, updateWrittenSheet, watchTables, type WrittenSheet } from "./writtenSheets";

/** Runs one batch of Excel work: `Excel.run` in Excel, an in-memory workbook in tests. */
export type ExcelRunner = <T>(work: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Everything the task pane may ask of the workbook, as plain async calls; the screens get it as a
 * prop and never see the Excel API.
 */
export interface WorkbookGateway {
  listTables(): Promise<TableInfo[]>;
  readTable(name: string): Promise<PupilListData>;
  readSelection(): Promise<PupilListData>;
  selectListCell(list: PupilListLocation, row: number, column: number): Promise<void>;
  selectCell(sheet: string, row: number, column: number): Promise<void>;
  readSheetsForCheck(scope: "active" | "workbook"): Promise<SheetGrid[]>;
  readSelectionFormulas(): Promise<{ sheet: string; address: string; formulas: unknown[][]; hasIndex: boolean }>;
  writeFormulas(sheet: string, address: string, formulas: unknown[][]): Promise<void>;
  /** The names the writer gives our functions now: the display language's, or the other where Excel knew only those. */
  functionNames(): ExcelHost["functionNames"];
  /** The price index table's years with an index; null without an index table. */
  readIndexYears(): Promise<number[] | null>;
  /** The price index table's cells as they stand; null without an index table. */
  readPriceIndexTable(): Promise<unknown[][] | null>;
  /** Writes the catalogue sheet, tied out (issue #31). */
  writeCatalogue(request: CatalogueRequest): Promise<WriteOutcome>;
  createPriceIndex(firstYear: number, lastYear: number): Promise<WriteOutcome>;
  readModel(): Promise<ModelSheetState>;
  /** Saves a profile on the model sheet and chooses it there. */
  saveProfile(profile: ModelProfile, schoolYear: number): Promise<SaveOutcome>;
  /** Writes the pane's choice of profile and school year into the model sheet's input cells (where there is one). */
  chooseOnModel(choice: { readonly selected: string; readonly schoolYear: number }): Promise<ModelSheetState>;
  applyModel(request: ApplyRequest): Promise<WriteOutcome>;
  compareModels(request: CompareRequest): Promise<WriteOutcome>;
  distributeSafetyNet(request: SafetyNetRequest): Promise<WriteOutcome>;
  writeBudget(request: BudgetRequest): Promise<WriteOutcome>;
  writeSensitivity(request: SensitivityRequest): Promise<WriteOutcome>;
  insertTemplate(request: TemplateRequest): Promise<WriteOutcome>;
  /** Cells of ours that Excel does not compute (#NAME?): "Opdatér add-in-formler" offers to mend them. */
  findStaleFormulas(): Promise<StaleCell[]>;
  repairFormulas(cells: readonly StaleCell[]): Promise<RepairOutcome>;
  /** Exercises every Excel behaviour the add-in relies on, in a temporary sheet (see selfTest.ts). */
  selfTest(about: HostAbout): Promise<SelfTestReport>;
  /** The sheets the pane wrote, each with whether it still covers its list and its model (writtenSheets.ts). */
  checkWrittenSheets(): Promise<WrittenSheet[]>;
  /** Opdatér: rewrites a written sheet in place for what it was written for, on the list as it is now. */
  updateWrittenSheet(sheet: string): Promise<UpdateOutcome>;
  /** Writes what changed in a result sheet's list since it was last written, as the sheet "Ændringer …". */
  writeChanges(request: ChangesRequest): Promise<WriteOutcome>;
  /** Calls `changed` after each change to the tables; the answer stops watching. */
  watchTables(tables: readonly string[], changed: () => void): Promise<() => Promise<void>>;
}

/**
 * The gateway for an Excel: `host` says how it names the add-in's functions and whether it has
 * Range.autoFill (see host.ts); every sheet written goes through the one writer with it.
 *
 * Names Excel actually knows (issue #29): the names come from the display language, but an Excel may
 * know the other language's (a Danish Excel that loaded the English functions file, or the reverse;
 * which file is active is Excel's choice). Where a write's read-back shows #NAME? for our functions,
 * it has been undone; it is tried once more with the other names, and if that ties out, those names
 * are the gateway's from then on — for this pane, which lives with one workbook for one session.
 */
export function workbookGateway(run: ExcelRunner, given: ExcelHost = ENGLISH_EXCEL): WorkbookGateway {
  let host = given;
  /** A write, and where Excel did not know our names, the same write with the other names, kept if it ties out. */
  const write = async <T extends WriteOutcome>(work: (context: Excel.RequestContext, h: ExcelHost) => Promise<T>): Promise<T> => {
    const first = await run((c) => work(c, host));
    if (!(first.kind === "failed" && first.unknownFunctions === true)) return first;
    const other: ExcelHost = { ...host, functionNames: host.functionNames === "da" ? "en" : "da" };
    const second = await run((c) => work(c, other));
    if (second.kind === "failed") return first;
    host = other;
    return second;
  };
  return {
    listTables: () => run((c) => listTables(c)),
    readTable: (name) => run((c) => readTable(c, name)),
    readSelection: () => run((c) => readSelection(c)),
    selectListCell: (list, row, column) => run((c) => selectListCell(c, list, row, column)),
    selectCell: (sheet, row, column) => run((c) => selectCell(c, sheet, row, column)),
    readSheetsForCheck: (scope) => run((c) => readSheetsForCheck(c, scope)),
    readSelectionFormulas: () => run((c) => readSelectionFormulas(c)),
    writeFormulas: (sheet, address, formulas) => run((c) => writeFormulas(c, sheet, address, formulas, host)),
    functionNames: () => host.functionNames,
    readIndexYears: () => run((c) => readIndexYears(c)),
    readPriceIndexTable: () => run((c) => readPriceIndexTable(c)),
    writeCatalogue: (request) => write((c, h) => writeCatalogue(c, request, h)),
    createPriceIndex: (first, last) => run((c) => createPriceIndex(c, first, last)),
    readModel: () => run((c) => readModel(c)),
    saveProfile: (profile, schoolYear) => run((c) => saveProfile(c, profile, schoolYear, host)),
    chooseOnModel: (choice) => run((c) => readModel(c, choice)),
    applyModel: (request) => write((c, h) => applyModel(c, request, h)),
    compareModels: (request) => write((c, h) => compareModels(c, request, h)),
    distributeSafetyNet: (request) => write((c, h) => distributeSafetyNet(c, request, h)),
    writeBudget: (request) => write((c, h) => writeBudget(c, request, h)),
    writeSensitivity: (request) => write((c, h) => writeSensitivity(c, request, h)),
    insertTemplate: (request) => write((c, h) => insertTemplate(c, request, h)),
    findStaleFormulas: () => run((c) => findStaleFormulas(c)),
    repairFormulas: (cells) => run((c) => repairFormulas(c, cells, host)),
    selfTest: (about) => run((c) => runSelfTest(c, host, about, given.functionNames)),
    checkWrittenSheets: () => run((c) => checkWrittenSheets(c)),
    updateWrittenSheet: (sheet) => write((c, h) => updateWrittenSheet(c, sheet, h)),
    writeChanges: (request) => write((c, h) => writeChanges(c, request, h)),
    watchTables: (tables, changed) => run((c) => watchTables(c, tables, changed, host.tableEvents)),
  };
}

/** The runner inside Excel. */
export const officeRunner: ExcelRunner = (work) => Excel.run((context) => work(context));
