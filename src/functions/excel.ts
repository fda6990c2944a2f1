import type { Dec } from "../core/decimal";
import { formatMessage, messages } from "../core/messages";
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

function excelError(failure: Failure): CustomFunctions.Error {
  // The codes are looked up on the host when it has them; the literals are the documented values.
  const codes = (CustomFunctions as { ErrorCode?: Partial<Record<"invalidValue" | "notAvailable", string>> }).ErrorCode;
  const code = failure.kind === "invalid" ? (codes?.invalidValue ?? "#VALUE!") : (codes?.notAvailable ?? "#N/A");
  return new CustomFunctions.Error(code as CustomFunctions.ErrorCode, formatMessage(failure.message));
}

/**
 * Runs a function body and answers Excel: the value, or a thrown `CustomFunctions.Error`
 * (`#VALUE!` for an unacceptable argument, `#N/A` where no answer exists). An exception from a
 * programming mistake becomes `#VALUE!` "unexpected error" rather than escaping to Excel.
 */
export function answer<T>(body: () => Result<T>): T {
  let result: Result<T>;
  try {
    result = body();
  } catch {
    result = invalid(messages.internal());
  }
  if (!result.ok) throw excelError(result.failure);
  return result.value;
}

/** Applies `next` to a result's value; a failure passes through. */
export function then<T, U>(result: Result<T>, next: (value: T) => Result<U>): Result<U> {
  return result.ok ? next(result.value) : result;
}
