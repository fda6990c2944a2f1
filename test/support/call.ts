import { HostError } from "../../tools/customFunctionsHost";

/** What Excel shows for one call of a custom function: a value, or an error code with its message. */
export type Outcome = { readonly value: unknown } | { readonly code: string; readonly message: string };

/** Calls a custom function as Excel would and records what it answers; anything but a host error fails. */
export function call(fn: (...args: never[]) => unknown, ...args: unknown[]): Outcome {
  try {
    return { value: (fn as (...a: unknown[]) => unknown)(...args) };
  } catch (error) {
    if (error instanceof HostError) return { code: error.code, message: error.message ?? "" };
    throw error;
  }
}
