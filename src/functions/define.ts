import type { ArgSpec } from "./args";

/*
 * The shape of one custom function's definition (src/functions/defs/<name>.ts), as a HyperFormula
 * plugin entry declares a function once: its names and texts in both languages, each parameter's
 * rule, unit and default, the help page's rule, example and errors, and the call into src/core.
 * Everything else is derived from it: functions.json and functions-da.json (metadata.ts), the
 * CustomFunctions.associate calls (functions.ts), the help pages (helpPage.ts), the pane's Funktioner
 * catalogue (catalog.ts), the Danish names the pane writes (src/office/formulas.ts) and the README's
 * function tables (checked by test/functions/definitions.test.ts).
 */

/** A text in both languages. */
export interface Text {
  readonly da: string;
  readonly en: string;
}

/**
 * How a parameter's argument is read (args.ts) and what Excel calls it: what the function itself
 * needs at run time. `name` is the English name, `daName` Danish Excel's.
 */
export type ParamSpec = ArgSpec & {
  readonly daName: string;
  /** Optional in Excel (`[name]`); then its texts must say what leaving it out means. */
  readonly optional?: true;
};

/** What Excel's autocomplete and the help page say of a parameter: needed by the build and the pane, not by Excel's runtime. */
export interface ParamTexts {
  /** English Excel's description (functions.json). */
  readonly description: string;
  /** Danish Excel's description (functions-da.json). */
  readonly da: string;
  /** The unit, for the help page. */
  readonly unit: Text;
  /** What an omitted or blank argument means, for the help page; absent: the argument is required. */
  readonly omitted?: Text;
}

/** A parameter with its texts, as the metadata, the help pages and the catalogue read it. */
export type Param = ParamSpec & {
  readonly description: string;
  readonly da: { readonly name: string; readonly description: string };
  readonly unit: Text;
  readonly omitted?: Text;
};

/**
 * The parameters with their texts. Called in the definition object, marked pure: the functions
 * bundle, which uses only the specs, drops the definition and every text with it.
 */
export function withTexts(specs: readonly ParamSpec[], ...texts: readonly Readonly<Record<string, ParamTexts>>[]): Param[] {
  return specs.map((spec) => {
    const t = texts.find((some) => some[spec.name] !== undefined)?.[spec.name];
    if (t === undefined) throw new Error(`no texts for the parameter ${spec.name}`);
    return { ...spec, description: t.description, da: { name: spec.daName, description: t.da }, unit: t.unit, ...(t.omitted === undefined ? {} : { omitted: t.omitted }) };
  });
}

/** A cell of an example sheet: a label, a number, a date, or a formula in English Excel spelling. */
export type ExampleCell = string | number | null | { readonly date: string };

/** The function's one example: a little sheet from a seed document, the formula and its answer. */
export interface Example {
  /** Which seed document the figures come from. */
  readonly source: Text;
  /** The sheet the example reads, from A1. */
  readonly sheet: readonly (readonly ExampleCell[])[];
  /** Where the formula is. */
  readonly cell: string;
  /** The formula, English spelling (Danish pages and the Danish pane show Danish Excel's). */
  readonly formula: string;
  /** What the formula gives (a spilled range as its cells from the top), to 4 decimals. */
  readonly value: number | boolean | readonly number[];
  /** The answer in words: shown on the help page and in the pane's catalogue. */
  readonly answer: Text;
}

/** An error the function answers, with arguments that give it (a test calls the function with them). */
export interface HelpError {
  readonly code: "#VALUE!" | "#N/A";
  readonly when: Text;
  /** Arguments, as Excel passes them. */
  readonly args: readonly unknown[];
  /** A part of the English message the error carries. */
  readonly message: string;
}

export interface FunctionDef {
  /** The id, which is also the English name: a workbook stores it, so it never changes. */
  readonly id: string;
  readonly description: string;
  readonly da: { readonly name: string; readonly description: string };
  /** The help page's file name under help/<lang>/, without .html. */
  readonly page: string;
  readonly parameters: readonly Param[];
  readonly result: { readonly type: "number" | "boolean"; readonly matrix?: true };
  /** The help page's rule, paragraph by paragraph. */
  readonly rule: readonly Text[];
  readonly example: Example;
  readonly errors: readonly HelpError[];
  /** What Excel calls, with the arguments in the parameters' order. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Excel hands cells over unconverted.
  readonly implementation: (...args: any[]) => unknown;
}

/** The Danish name of each of a function's parameters, by English name: what messages name in Danish. */
export function danishNames(parameters: readonly ParamSpec[]): (english: string) => string | undefined {
  const names = new Map(parameters.map((p) => [p.name, p.daName]));
  return (english) => names.get(english);
}
