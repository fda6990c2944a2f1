import { isDateSerial } from "../core/dates";
import { isBlank, isFiniteNumber } from "../core/grid";
import { messages } from "../core/messages";
import { invalid, ok, type Result } from "../core/result";

/**
 * Argument specs, checked in one place (as HyperFormula declares its functions' arguments as data).
 * Every custom function parameter is typed `any` in the metadata, so Excel hands the cell's value over
 * unconverted and the messages here, which name the argument, are what the user sees. Excel passes
 * null for an omitted optional argument. A reference to a blank cell arrives as null in Excel on the
 * web but as 0 in Excel desktop (office-js issue #4702), so where 0 cannot be a real value (a date,
 * a category text) 0 reads as blank too.
 */
interface NumberSpec {
  readonly kind: "number";
  readonly name: string;
  /** Present (a number, or null for "no value") when the argument is optional. */
  readonly default?: number | null;
  readonly integer?: boolean;
  readonly min?: number;
  readonly max?: number;
}

interface BooleanSpec {
  readonly kind: "boolean";
  readonly name: string;
  readonly default: boolean;
}

/** An Excel serial date; the time of day is dropped. `blank: "open"` reads a blank as null. */
interface DateSpec {
  readonly kind: "date";
  readonly name: string;
  readonly blank: "required" | "open";
}

/** Optional text; blank reads as "". */
interface TextSpec {
  readonly kind: "text";
  readonly name: string;
}

/** A range, handed to the core as Excel gave it (a 2-D array); only its presence is checked here. An optional one reads blank as null. */
interface RangeSpec {
  readonly kind: "range";
  readonly name: string;
  readonly optional?: true;
}

export type ArgSpec = NumberSpec | BooleanSpec | DateSpec | TextSpec | RangeSpec;

type ValueOf<S> = S extends NumberSpec
  ? S extends { readonly default: null }
    ? number | null
    : number
  : S extends BooleanSpec
    ? boolean
    : S extends DateSpec
      ? S extends { readonly blank: "open" }
        ? number | null
        : number
      : S extends TextSpec
        ? string
        : unknown;

export type ArgValues<T extends readonly ArgSpec[]> = { -readonly [K in keyof T]: ValueOf<T[K]> };

/**
 * Reads the arguments of one call against their specs, in order; the first unacceptable argument
 * answers with its message.
 */
export function parseArgs<const T extends readonly ArgSpec[]>(specs: T, args: readonly unknown[]): Result<ArgValues<T>> {
  const values: unknown[] = [];
  for (let i = 0; i < specs.length; i += 1) {
    const read = parseArg(specs[i], args[i]);
    if (!read.ok) return read;
    values.push(read.value);
  }
  return ok(values as ArgValues<T>);
}

function parseArg(spec: ArgSpec, value: unknown): Result<unknown> {
  switch (spec.kind) {
    case "number":
      return parseNumber(spec, value);
    case "boolean":
      return parseBoolean(spec, value);
    case "date":
      return parseDate(spec, value);
    case "text":
      if (isBlank(value) || value === 0) return ok(""); // 0: a blank cell in Excel desktop
      return typeof value === "string" ? ok(value) : invalid(messages.notText(spec.name, value));
    case "range":
      if (isBlank(value)) return spec.optional === true ? ok(null) : invalid(messages.required(spec.name));
      return ok(value);
  }
}

function parseNumber(spec: NumberSpec, value: unknown): Result<number | null> {
  if (isBlank(value)) {
    return spec.default !== undefined ? ok(spec.default) : invalid(messages.required(spec.name));
  }
  if (typeof value !== "number") return invalid(messages.notNumber(spec.name, value));
  if (!Number.isFinite(value)) return invalid(messages.notFinite(spec.name, value));
  if (spec.integer === true && !Number.isInteger(value)) return invalid(messages.notInteger(spec.name, value));
  const { min, max } = spec;
  if (min !== undefined && max !== undefined && (value < min || value > max)) {
    return invalid(messages.between(spec.name, min, max, value));
  }
  if (min !== undefined && value < min) return invalid(messages.atLeast(spec.name, min, value));
  return ok(value === 0 ? 0 : value); // -0 reads as 0
}

function parseBoolean(spec: BooleanSpec, value: unknown): Result<boolean> {
  if (isBlank(value)) return ok(spec.default);
  if (typeof value === "boolean") return ok(value);
  if (isFiniteNumber(value)) return ok(value !== 0); // as Excel reads 1 and 0
  return invalid(messages.notBoolean(spec.name, value));
}

function parseDate(spec: DateSpec, value: unknown): Result<number | null> {
  // Serial 0 is Excel's "1900-01-00", no date: it is how Excel desktop passes a blank cell.
  if (isBlank(value) || value === 0) return spec.blank === "open" ? ok(null) : invalid(messages.required(spec.name));
  return isDateSerial(value) ? ok(Math.floor(value)) : invalid(messages.notDate(spec.name, value));
}
