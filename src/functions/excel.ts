import type { Dec } from "../core/decimal";
import { formatMessage, messages, namedIn } from "../core/messages";
import { type Failure, invalid, ok, type Result } from "../core/result";

/*
 * The boundary to Excel: exact decimals become numbers here and nowhere else, and failures become
 * `CustomFunctions.Error`. `CustomFunctions` is the only global the functions use, looked up when a
 * function runs, so the bundle loads in Excel's JavaScript-only runtime (no DOM, no Office.js).
 */

/** A decimal as an Excel number; a result beyond Excel's range is refused, never ±Infinity. */
export function toExcelNumber(arg: string, value: Dec): Result<number> {
  const n = value.toNumber();
  if (!Number.isFinite(n)) return invalid(messages.tooLarge(arg));
  return ok(n === 0 ? 0 : n); // never -0
}

/**
 * Errors already made, by code and message: an error is a value here, and a sheet where 25.000
 * proposals are "not paid back" should not build 25.000 identical objects (each capturing a stack).
 * Kept per host Error class, and emptied when it grows past a few thousand distinct messages.
 */
let made: {
  readonly host: unknown;
  readonly errors: Map<string, CustomFunctions.Error>;
  readonly byFailure: WeakMap<Failure, CustomFunctions.Error>;
} = { host: undefined, errors: new Map(), byFailure: new WeakMap() };

function excelError(failure: Failure, danishName?: (english: string) => string | undefined): CustomFunctions.Error {
  if (made.host !== CustomFunctions.Error || made.errors.size > 4096) {
    made = { host: CustomFunctions.Error, errors: new Map(), byFailure: new WeakMap() };
  }
  // A failure kept as a constant (e.g. "not paid back", made once per function) finds its error
  // without building the message.
  const known = made.byFailure.get(failure);
  if (known !== undefined) return known;
  // The codes are looked up on the host when it has them; the literals are the documented values.
  const codes = (CustomFunctions as { ErrorCode?: Partial<Record<"invalidValue" | "notAvailable", string>> }).ErrorCode;
  const code = failure.kind === "invalid" ? (codes?.invalidValue ?? "#VALUE!") : (codes?.notAvailable ?? "#N/A");
  const message = formatMessage(danishName === undefined ? failure.message : namedIn(failure.message, danishName));
  const key = `${code} ${message}`;
  let error = made.errors.get(key);
  if (error === undefined) {
    error = new CustomFunctions.Error(code as CustomFunctions.ErrorCode, message);
    made.errors.set(key, error);
  }
  made.byFailure.set(failure, error);
  return error;
}

/**
 * Runs a function body and answers Excel: the value, or a thrown `CustomFunctions.Error`
 * (`#VALUE!` for an unacceptable argument, `#N/A` where no answer exists). An exception from a
 * programming mistake becomes `#VALUE!` "unexpected error" rather than escaping to Excel.
 * `danishName` names the function's parameters as Danish Excel shows them (define.ts danishNames).
 */
export function answer<T>(body: () => Result<T>, danishName?: (english: string) => string | undefined): T {
  let result: Result<T>;
  try {
    result = body();
  } catch {
    result = invalid(messages.internal());
  }
  if (!result.ok) throw excelError(result.failure, danishName);
  return result.value;
}

/** Applies `next` to a result's value; a failure passes through. */
export function then<T, U>(result: Result<T>, next: (value: T) => Result<U>): Result<U> {
  return result.ok ? next(result.value) : result;
}
