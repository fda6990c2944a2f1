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

/** A parameter: how its argument is read (args.ts) and how Excel and the help page present it. */
export type Param = ArgSpec & {
  /** English Excel's description (functions.json); `name` is the English name. */
  readonly description: string;
  /** Danish Excel's name and description (functions-da.json). */
  readonly da: { readonly name: string; readonly description: string };
  /** The unit, for the help page. */
  readonly unit: Text;
  /** Optional in Excel (`[name]`); then `omitted` must say what leaving it out means. */
  readonly optional?: true;
  /** What an omitted or blank argument means, for the help page; absent: the argument is required. */
  readonly omitted?: Text;
};

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
export function danishNames(parameters: readonly Param[]): (english: string) => string | undefined {
  const names = new Map(parameters.map((p) => [p.name, p.da.name]));
  return (english) => names.get(english);
}
