import type { Message } from "./messages";

/**
 * Expected failures are values, not exceptions (STYLE.md, "Contracts"):
 * - `invalid`: an argument is not acceptable; Excel shows `#VALUE!` with the message.
 * - `noAnswer`: the arguments are fine but no answer exists ("not paid back"); Excel shows `#N/A`.
 * Programming mistakes still throw.
 */
export type FailureKind = "invalid" | "noAnswer";

export interface Failure {
  readonly kind: FailureKind;
  readonly message: Message;
}

export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly failure: Failure };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function invalid<T = never>(message: Message): Result<T> {
  return { ok: false, failure: { kind: "invalid", message } };
}

export function noAnswer<T = never>(message: Message): Result<T> {
  return { ok: false, failure: { kind: "noAnswer", message } };
}

/** Thrown only by {@link unwrap}: a failure where the caller had proved there could be none. */
export class UnexpectedFailure extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message.en);
    this.name = "UnexpectedFailure";
  }
}

/** The value of a result the caller knows is ok (tests, internal composition); throws otherwise. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new UnexpectedFailure(result.failure);
  return result.value;
}
