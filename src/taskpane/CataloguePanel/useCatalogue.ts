import { useCallback, useRef, useState } from "react";
import { buildCatalogue, type CatalogueSource, indexFromSheet, proposalsIn } from "../../core/catalogue";
import { checkWorkbook, type SheetGrid } from "../../core/check";
import type { PriceIndex } from "../../core/pricelevel";
import type { WorkbookGateway } from "../../office/gateway";
import type { UiLanguage } from "../../office/host";
import type { WhenTaken } from "../../office/workbook";
import type { NotRead } from "../../core/xlsxValues";
import type { PanelNotice } from "../Panel";
import { STRINGS } from "../strings";

/**
 * The catalogue in the pane (issue #31): the proposals of the open workbook and/or of .xlsx files the
 * user picks, converted to the price level the user chooses, written as the sheet "Katalog" and tied
 * out. Every value the write uses is read then: the workbook's proposal sheets and its index table
 * are read again when Skriv katalog is pressed, so the catalogue is the workbook as it is at that
 * moment; the files are what was read from them when picked (their names listed, each with what was
 * read). Nothing is written without a price level chosen by the user and at least one proposal read.
 */

/** A file the user picked: its proposals, or why none were read. */
export interface FileLine {
  readonly name: string;
  readonly sources: readonly CatalogueSource[];
  /** Why the file was not read (its own line, as `check` says it); null when it was. */
  readonly notRead: NotRead | null;
}

/** What a file reader gives for one file: its computed sheets, or why it could not be read. */
export type ReadFile = (file: File) => Promise<{ readonly sheets: readonly SheetGrid[] } | { readonly notRead: NotRead }>;

export interface CatalogueState {
  /** Take the open workbook's proposal sheets. */
  readonly fromWorkbook: boolean;
  /** The workbook's proposals as last read (shown; read again at the write), or null before reading. */
  readonly workbook: readonly CatalogueSource[] | null;
  readonly files: readonly FileLine[];
  /** The price level the user chose; null until they do. */
  readonly priceYear: number | null;
  readonly busy: "reading" | "writing" | null;
  readonly notice: PanelNotice;
  /** The sheet Katalog exists: write beside it, or replace it? */
  readonly question: { readonly name: string; readonly freeName: string } | null;
}

export const INITIAL: CatalogueState = { fromWorkbook: true, workbook: null, files: [], priceYear: null, busy: null, notice: null, question: null };

/** The proposals of a workbook's computed sheets, each with the budget check's findings on its sheet. */
export function proposalsOf(file: string, sheets: readonly SheetGrid[]): CatalogueSource[] {
  return proposalsIn(file, sheets, checkWorkbook(sheets));
}

export function useCatalogue(gateway: WorkbookGateway, language: UiLanguage, readFile: ReadFile) {
  const t = STRINGS[language].catalogue;
  const failed = STRINGS[language].flow.failed;
  const [state, setState] = useState<CatalogueState>(INITIAL);
  // The state as of the last change, for actions that run after an await.
  const current = useRef(state);
  current.current = state;
  const patch = useCallback((p: Partial<CatalogueState>) => {
    current.current = { ...current.current, ...p };
    setState(current.current);
  }, []);

  const attempt = useCallback(
    async (busy: "reading" | "writing", work: () => Promise<void>) => {
      if (current.current.busy !== null) return;
      patch({ busy, notice: null });
      try {
        await work();
      } catch (error) {
        patch({ notice: { intent: "error", text: failed(error instanceof Error ? error.message : String(error)) } });
      } finally {
        patch({ busy: null });
      }
    },
    [patch, failed],
  );

  /** The workbook's proposals and its index table, as they are now. */
  const readWorkbook = useCallback(async (): Promise<{ sources: CatalogueSource[]; index: PriceIndex | null; indexProblem: string | null }> => {
    const sheets = current.current.fromWorkbook ? await gateway.readSheetsForCheck("workbook") : [];
    const table = await gateway.readPriceIndexTable();
    const index = table === null ? null : indexFromSheet(table);
    return {
      sources: proposalsOf(t.thisWorkbook, sheets),
      index: index !== null && index.ok ? index.value : null,
      indexProblem: index !== null && !index.ok ? (language === "da" ? index.failure.message.da : index.failure.message.en) : null,
    };
  }, [gateway, t, language]);

  const read = useCallback(
    () =>
      attempt("reading", async () => {
        const { sources } = await readWorkbook();
        patch({ workbook: sources, notice: { intent: "info", text: t.readFromWorkbook(sources.length) } });
      }),
    [attempt, readWorkbook, patch, t],
  );

  const addFiles = useCallback(
    (picked: readonly File[]) =>
      attempt("reading", async () => {
        const lines: FileLine[] = [];
        // One file at a time: only one file's bytes are held.
        for (const file of picked) {
          const outcome = await readFile(file);
          lines.push("notRead" in outcome ? { name: file.name, sources: [], notRead: outcome.notRead } : { name: file.name, sources: proposalsOf(file.name, outcome.sheets), notRead: null });
        }
        const kept = current.current.files.filter((f) => !lines.some((l) => l.name === f.name));
        const proposals = lines.reduce((n, l) => n + l.sources.length, 0);
        const notRead = lines.filter((l) => l.notRead !== null).length;
        patch({ files: [...kept, ...lines], notice: { intent: notRead > 0 ? "error" : "info", text: t.readFromFiles(lines.length, proposals, notRead) } });
      }),
    [attempt, readFile, patch, t],
  );

  const removeFile = useCallback((name: string) => patch({ files: current.current.files.filter((f) => f.name !== name), notice: null }), [patch]);
  const setFromWorkbook = useCallback((on: boolean) => patch({ fromWorkbook: on, workbook: on ? current.current.workbook : null, notice: null }), [patch]);
  const setPriceYear = useCallback((year: number | null) => patch({ priceYear: year }), [patch]);

  const write = useCallback(
    (whenTaken: WhenTaken = "ask") =>
      attempt("writing", async () => {
        const { priceYear, fromWorkbook, files } = current.current;
        if (priceYear === null) {
          patch({ notice: { intent: "error", text: t.choosePriceYear } });
          return;
        }
        if (!fromWorkbook && files.every((f) => f.sources.length === 0)) {
          patch({ notice: { intent: "error", text: t.nothingChosen } });
          return;
        }
        // The workbook as it is now: its proposals and its index table, read again for the write.
        const { sources, index, indexProblem } = await readWorkbook();
        const all = [...sources, ...files.flatMap((f) => f.sources)];
        if (all.length === 0) {
          patch({ workbook: fromWorkbook ? sources : null, notice: { intent: "error", text: t.noProposals } });
          return;
        }
        const catalogue = buildCatalogue(all, { priceYear, index, targets: new Map() });
        const outcome = await gateway.writeCatalogue({ catalogue, whenTaken });
        if (outcome.kind === "nameTaken") {
          patch({ workbook: fromWorkbook ? sources : null, question: { name: outcome.name, freeName: outcome.freeName } });
          return;
        }
        if (outcome.kind === "failed") {
          const said = outcome.message === undefined ? outcome.error : language === "da" ? outcome.message.da : outcome.message.en;
          patch({ workbook: fromWorkbook ? sources : null, notice: { intent: "error", text: failed(said) } });
          return;
        }
        const findings = catalogue.rows.filter((r) => r.findings.length > 0 || r.missing.length > 0).length;
        const parts = [t.written(outcome.sheet, catalogue.rows.length, priceYear, outcome.tiedOut?.cells ?? 0)];
        if (findings > 0) parts.push(t.withFindings(findings));
        if (catalogue.leftOut.length > 0) parts.push(t.leftOut(catalogue.leftOut.length));
        if (indexProblem !== null) parts.push(t.indexProblem(indexProblem));
        patch({ workbook: fromWorkbook ? sources : null, notice: { intent: catalogue.leftOut.length > 0 || indexProblem !== null ? "info" : "success", text: parts.join(" ") } });
      }),
    [attempt, readWorkbook, gateway, patch, t, failed, language],
  );

  /** The answer to "Katalog exists": beside it, over it (the user said so), or nothing. */
  const answer = useCallback(
    (choice: "newName" | "replace" | "cancel") => {
      patch({ question: null });
      if (choice !== "cancel") void write(choice);
    },
    [patch, write],
  );

  return { state, read, addFiles, removeFile, setFromWorkbook, setPriceYear, write, answer };
}
