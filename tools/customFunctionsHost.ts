/**
 * What Excel's JavaScript-only runtime provides to a custom functions bundle: the `CustomFunctions`
 * global with `associate`, `Error` and `ErrorCode` (CustomFunctionsRuntime 1.2, values as documented).
 * Jest installs one as a global before each test file; the dist test builds a fresh one per vm context.
 */
export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class HostError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
    this.name = "CustomFunctions.Error";
  }
}

export interface Host {
  readonly associate: (id: string, fn: (...args: unknown[]) => unknown) => void;
  readonly Error: typeof HostError;
  readonly ErrorCode: typeof ERROR_CODES;
  readonly registered: Map<string, (...args: unknown[]) => unknown>;
}

export function createHost(): Host {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  return {
    associate(id, fn) {
      if (registered.has(id)) throw new Error(`${id} is associated twice`);
      registered.set(id, fn);
    },
    Error: HostError,
    ErrorCode: ERROR_CODES,
    registered,
  };
}

(globalThis as unknown as { CustomFunctions: Host }).CustomFunctions = createHost();
