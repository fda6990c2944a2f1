/**
 * What the task pane needs to know about its host before the first render: the display language.
 * Office.js calls back through `Office.onReady`; opened outside Office (a plain browser tab, a test)
 * the pane still renders, in the browser's language.
 */
import type { FunctionNames } from "./formulas";

export type UiLanguage = "da" | "en";

export interface HostInfo {
  readonly language: UiLanguage;
  /** "Excel" inside Excel; null in a plain browser. */
  readonly host: string | null;
  /** What this Excel can do and how it names the add-in's functions; null outside Excel. */
  readonly excel: ExcelHost | null;
  /** For the self-test's report: platform and Office version as Office.js gives them. */
  readonly platform: string | null;
  readonly version: string | null;
  readonly displayLanguage: string | null;
  /** Requirement sets the self-test reports, "ExcelApi 1.9" → supported. */
  readonly requirements: Readonly<Record<string, boolean>>;
}

/**
 * The requirement sets the add-in uses: names.add (1.4), freezePanes (1.7), dataValidation (1.8),
 * Range.autoFill and pageLayout (1.9), custom functions' errors (1.2).
 */
export const REQUIREMENT_SETS = ["ExcelApi 1.4", "ExcelApi 1.7", "ExcelApi 1.8", "ExcelApi 1.9", "CustomFunctionsRuntime 1.2"] as const;

/**
 * The Excel the pane works in, as the writer needs to know it: the language of the add-in's function
 * names (Danish where Office's display language is Danish: the manifest's da-DK override gives that
 * Excel functions-da.json) and which of the newer API the writer may use. Without them a sheet is
 * still written whole; it is only plainer (no frozen rows, no drop-down, Excel's print set-up).
 */
export interface ExcelHost {
  readonly functionNames: FunctionNames;
  /** Range.autoFill (ExcelApi 1.9): rows filled down by Excel rather than sent one by one. */
  readonly autoFill: boolean;
  /** Worksheet.freezePanes (ExcelApi 1.7). */
  readonly freezePanes: boolean;
  /** Range.dataValidation (ExcelApi 1.8). */
  readonly dataValidation: boolean;
  /** Worksheet.pageLayout (ExcelApi 1.9). */
  readonly pageLayout: boolean;
  /** Range.conditionalFormats (ExcelApi 1.6): a coverage warning that stands out; without it the warning's words still say it. */
  readonly conditionalFormats: boolean;
  /** Table.onChanged (ExcelApi 1.7): the pane notices a change to a pupil table as it happens. */
  readonly tableEvents: boolean;
  /** Application.calculationState (ExcelApi 1.9): the read-back knows when Excel has finished. */
  readonly calculationState: boolean;
}

/** English Excel with every requirement set: what tests and the command line assume unless told. */
export const ENGLISH_EXCEL: ExcelHost = { functionNames: "en", autoFill: true, freezePanes: true, dataValidation: true, pageLayout: true, conditionalFormats: true, tableEvents: true, calculationState: true };

/** The ExcelHost of a display language and a requirement-set check (Office.context.requirements). */
export function excelHost(displayLanguage: string | undefined, isSetSupported: (name: string, version: string) => boolean): ExcelHost {
  return {
    functionNames: uiLanguage(displayLanguage) === "da" ? "da" : "en",
    autoFill: isSetSupported("ExcelApi", "1.9"),
    freezePanes: isSetSupported("ExcelApi", "1.7"),
    dataValidation: isSetSupported("ExcelApi", "1.8"),
    pageLayout: isSetSupported("ExcelApi", "1.9"),
    conditionalFormats: isSetSupported("ExcelApi", "1.6"),
    tableEvents: isSetSupported("ExcelApi", "1.7"),
    calculationState: isSetSupported("ExcelApi", "1.9"),
  };
}

/** Danish for a Danish display language (da, da-DK), English for everything else. */
export function uiLanguage(displayLanguage: string | undefined): UiLanguage {
  return displayLanguage !== undefined && displayLanguage.toLowerCase().startsWith("da") ? "da" : "en";
}

export async function whenHostReady(): Promise<HostInfo> {
  const outside = { excel: null, platform: null, version: null, displayLanguage: null, requirements: {} };
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return { language: uiLanguage(typeof navigator === "undefined" ? undefined : navigator.language), host: null, ...outside };
  }
  const info = await Office.onReady();
  const inOffice = info.host !== null && info.host !== undefined;
  if (!inOffice) return { language: uiLanguage(navigator.language), host: null, ...outside };
  const displayLanguage = Office.context.displayLanguage;
  const requirements = Office.context.requirements;
  const supported = (name: string, version: string) => requirements?.isSetSupported?.(name, version) ?? false;
  return {
    language: uiLanguage(displayLanguage),
    host: String(info.host),
    excel: String(info.host) === "Excel" ? excelHost(displayLanguage, supported) : null,
    platform: info.platform === null || info.platform === undefined ? null : String(info.platform),
    version: Office.context.diagnostics?.version ?? null,
    displayLanguage: displayLanguage ?? null,
    requirements: Object.fromEntries(REQUIREMENT_SETS.map((set) => [set, supported(...(set.split(" ") as [string, string]))])),
  };
}
