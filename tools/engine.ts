/**
 * The add-in's custom functions inside a real formula engine: HyperFormula, with one plugin built from
 * functions.json (as Excel reads it) and the functions Excel would have associated. Arguments reach
 * the functions as Excel hands them over: ranges as 2-D arrays, blank cells and omitted optional
 * arguments as null, numbers as numbers; a thrown CustomFunctions.Error becomes the cell's error.
 */
import {
  ArraySize,
  CellError,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import { HostError } from "./customFunctionsHost";
import { Dec } from "../src/core/decimal";
import { boxOf } from "../src/core/address";
import { positionalIndex, resolveStructured, type TableShape } from "./dev/references";

// HyperFormula's internal types are not exported; the plugin only passes these through.
type Ast = object;
type ProcedureAst = { readonly args: Ast[] };
type InterpreterState = object;
type InterpreterValue = unknown;

/** The parts of functions.json the engine needs. */
export interface FunctionsMetadata {
  readonly functions: readonly {
    readonly id: string;
    readonly name: string;
    readonly description?: string;
    readonly parameters: readonly {
      readonly name: string;
      readonly description?: string;
      readonly optional?: boolean;
      readonly dimensionality?: string;
    }[];
    readonly result: { readonly dimensionality?: string };
  }[];
}

export type Registry = ReadonlyMap<string, (...args: unknown[]) => unknown>;

const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#NUM!": ErrorType.NUM,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#REF!": ErrorType.REF,
  "#NAME?": ErrorType.NAME,
};

/** An engine value as Excel would pass it to a custom function. */
function toExcel(value: unknown): unknown {
  if (value === EmptyValue || value === undefined) return null;
  if (value instanceof CellError) return { code: `#${value.type}`, message: value.message };
  if (typeof value === "object" && value !== null && typeof (value as { val?: unknown }).val === "number") {
    return (value as { val: number }).val; // HyperFormula's dates, percentages, currencies
  }
  return value;
}

function toEngine(value: unknown): InterpreterValue {
  if (Array.isArray(value)) return SimpleRangeValue.onlyValues(value as never);
  return value as InterpreterValue;
}

/**
 * Registers the functions with HyperFormula under their Excel names. HyperFormula's function registry
 * is global: call once per test file (Jest gives each file its own copy of the module).
 */
export function registerFunctions(metadata: FunctionsMetadata, registry: Registry): void {
  const implemented: ImplementedFunctions = {};
  const methods: Record<string, (ast: ProcedureAst, state: InterpreterState) => unknown> = {};
  const translations: Record<string, string> = {};
  for (const fn of metadata.functions) {
    const impl = registry.get(fn.id);
    if (impl === undefined) throw new Error(`${fn.id} is in functions.json but was never associated`);
    const method = `fn_${fn.id.replace(/\./g, "_")}`;
    const matrixParam = fn.parameters.findIndex((p) => p.dimensionality === "matrix");
    implemented[fn.id] = {
      method,
      parameters: fn.parameters.map((p) => ({
        argumentType: p.dimensionality === "matrix" ? FunctionArgumentType.RANGE : FunctionArgumentType.SCALAR,
        optionalArg: p.optional === true,
      })),
      ...(fn.result.dimensionality === "matrix" ? { sizeOfResultArrayMethod: `${method}_size`, vectorizationForbidden: true } : {}),
    };
    translations[fn.id] = fn.name;
    methods[method] = function (this: Plugin, ast: ProcedureAst, state: InterpreterState) {
      return this.run(ast, state, fn.id, (...args: unknown[]) => {
        const firstError = args.find((a) => a instanceof CellError);
        if (firstError !== undefined && matrixParam < 0) return firstError as CellError; // Excel propagates
        const excelArgs = fn.parameters.map((_p, i) => {
          const a = args[i];
          if (a instanceof SimpleRangeValue) return a.data.map((row) => row.map(toExcel));
          return toExcel(a);
        });
        try {
          return toEngine(impl(...excelArgs));
        } catch (error) {
          if (error instanceof HostError || (typeof error === "object" && error !== null && "code" in error)) {
            const { code, message } = error as { code: string; message?: string };
            return new CellError(ERROR_TYPES[code] ?? ErrorType.VALUE, message);
          }
          throw error;
        }
      });
    };
    if (matrixParam >= 0 && fn.result.dimensionality === "matrix") {
      methods[`${method}_size`] = function (this: Plugin, ast: ProcedureAst, state: InterpreterState) {
        const arg = ast.args[matrixParam] as Ast | undefined;
        return arg === undefined ? ArraySize.error() : this.resultSizeOf(arg, state);
      };
    }
  }

  class Plugin extends FunctionPlugin {
    static implementedFunctions = implemented;
    /** The size of an argument as a spilled result: a fresh ArraySize, since a range's is marked as a reference. */
    resultSizeOf(ast: Ast, state: InterpreterState): ArraySize {
      const size = this.arraySizeForAst(ast as never, state as never);
      return new ArraySize(size.width, size.height);
    }
    run(ast: ProcedureAst, state: InterpreterState, id: string, body: (...args: unknown[]) => unknown): unknown {
      return this.runFunction(ast.args as never, state as never, this.metadata(id), body as never);
    }
  }
  Object.assign(Plugin.prototype, methods);
  HyperFormula.registerFunctionPlugin(Plugin as never, { enGB: translations });
  HyperFormula.registerFunction("ROUND", ExcelRound as never);
  HyperFormula.registerFunctionPlugin(ExcelErrorType as never, { enGB: { "ERROR.TYPE": "ERROR.TYPE" } });
}

/**
 * Excel's ROUND: the number as its 15 significant digits show it, rounded half away from zero
 * (Microsoft's ROUND help: ROUND(2,15;1) = 2,2, ROUND(-1,475;2) = -1,48; ECMA-376 §18.17.7.254).
 * HyperFormula's own ROUND rounds the binary double (its issue #1746): 282464,785 (a payment of half
 * an øre, cost 299.934,57 under Hedensted's model) is 282464,78499999… as a double, and HyperFormula
 * answers 282464,78 where Excel shows 282464,79. Registered with the add-in's functions, so every
 * engine that stands in for Excel rounds as Excel does.
 */
export function excelRound(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const d = Math.trunc(digits);
  const shown = new Dec(x.toPrecision(15));
  const rounded = d >= 0 ? shown.toDecimalPlaces(Math.min(d, 100), Dec.ROUND_HALF_UP) : shown.toNearest(new Dec(10).pow(-d), Dec.ROUND_HALF_UP);
  const n = rounded.toNumber();
  return n === 0 ? 0 : n; // never -0
}

class ExcelRound extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = {
    ROUND: {
      method: "round",
      parameters: [{ argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 }],
    },
  };
  round(ast: ProcedureAst, state: InterpreterState): unknown {
    return this.runFunction(ast.args as never, state as never, this.metadata("ROUND"), ((x: number, digits: number) => excelRound(x, digits)) as never);
  }
}

/**
 * Excel's ERROR.TYPE (Microsoft's ERROR.TYPE help): #NULL! 1, #DIV/0! 2, #VALUE! 3, #REF! 4, #NAME? 5,
 * #NUM! 6, #N/A 7, #GETTING_DATA 8, #SPILL! 9, #CALC! 14; anything else #N/A. HyperFormula has none;
 * the templates tell "the add-in is not there" (#NAME?, 5) from any other error with it. LibreOffice
 * answers 5 for an unknown function too (test/tools/templatesWithoutAddIn.test.ts runs it).
 */
const ERROR_NUMBERS: Partial<Record<string, number>> = { NULL: 1, DIV_BY_ZERO: 2, VALUE: 3, REF: 4, NAME: 5, NUM: 6, NA: 7, SPILL: 9 };

class ExcelErrorType extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = {
    "ERROR.TYPE": { method: "errorType", parameters: [{ argumentType: FunctionArgumentType.SCALAR }] },
  };
  errorType(ast: ProcedureAst, state: InterpreterState): unknown {
    return this.runFunction(ast.args as never, state as never, this.metadata("ERROR.TYPE"), ((value: unknown) =>
      value instanceof CellError && ERROR_NUMBERS[value.type] !== undefined ? ERROR_NUMBERS[value.type] : new CellError(ErrorType.NA)) as never);
  }
}

/** A workbook of one or more sheets evaluated with the add-in's functions; names as "=Sheet!$A$1". */
/**
 * Excel's logical constants TRUE and FALSE as HyperFormula reads them, TRUE() and FALSE(), outside
 * quoted text, so a formula written for Excel evaluates as written.
 */
function excelLogicals(cell: unknown): unknown {
  if (typeof cell !== "string" || !cell.startsWith("=")) return cell;
  return cell
    // Text constants and quoted sheet names ('TRUE'!A1) are left as they are.
    .split(/("[^"]*"|'(?:[^']|'')*')/)
    .map((part) => (part.startsWith('"') || part.startsWith("'") ? part : part.replace(/(^|[^\w.])(TRUE|FALSE)\b(?!\s*\()/gi, "$1$2()")))
    .join("");
}

export function workbook(
  sheets: Record<string, readonly (readonly unknown[])[]>,
  names: readonly { readonly name: string; readonly expression: string }[] = [],
  /** The workbook's Excel tables ("A1:G8", header row first): structured references to them are read as Excel reads them. */
  tables: readonly { readonly name: string; readonly sheet: string; readonly address: string }[] = [],
): HyperFormula {
  // HyperFormula knows no structured references: each becomes the column's range as the table stands
  // (what Excel resolves it to), the same translation the in-memory Excel makes (tools/dev/references.ts).
  const shapes = tableShapes(sheets, tables);
  const structured = (cell: unknown, r: number): unknown =>
    shapes.length > 0 && typeof cell === "string" && cell.startsWith("=") && cell.includes("[") ? positionalIndex(resolveStructured(cell, shapes), r) : cell;
  const formulas = Object.fromEntries(Object.entries(sheets).map(([name, rows]) => [name, rows.map((row, r) => row.map((cell) => excelLogicals(structured(cell, r))))]));
  return HyperFormula.buildFromSheets(
    formulas as never,
    // Excel's text comparison ignores case but not accents ("é" is not "e").
    // Excel's own sheet size (HyperFormula's default stops at 40.000 rows): a long sheet is checked, not refused.
    { licenseKey: "gpl-v3", useArrayArithmetic: true, smartRounding: false, accentSensitive: true, maxRows: 1048576, maxColumns: 16384 },
    names.map((n) => ({ name: n.name, expression: n.expression })),
  );
}

/**
 * Every sheet's computed values, as Excel's `range.values` gives them: numbers, text, booleans, ""
 * for blank, and an error as its text ("#VALUE!"). The in-memory Excel's calculator.
 */
export function calculate(
  sheets: Record<string, readonly (readonly unknown[])[]>,
  names: readonly { readonly name: string; readonly expression: string }[] = [],
): Record<string, unknown[][]> {
  const hf = workbook(sheets, names);
  try {
    return Object.fromEntries(
      Object.keys(sheets).map((name) => {
        const values = hf.getSheetValues(hf.getSheetId(name) ?? -1);
        return [name, values.map((row) => row.map((v) => (v instanceof DetailedCellError ? v.value : (v ?? ""))))];
      }),
    );
  } finally {
    hf.destroy();
  }
}

/** The tables as structured references see them: their column names are the header cells. */
function tableShapes(sheets: Record<string, readonly (readonly unknown[])[]>, tables: readonly { readonly name: string; readonly sheet: string; readonly address: string }[]): TableShape[] {
  return tables.flatMap((t) => {
    const box = boxOf(t.address);
    const grid = sheets[t.sheet];
    if (grid === undefined) return [];
    const headers = Array.from({ length: box.columns }, (_x, c) => String(grid[box.row]?.[box.column + c] ?? ""));
    return [{ name: t.name, sheet: t.sheet, row: box.row, column: box.column, rows: box.rows - 1, headers }];
  });
}
