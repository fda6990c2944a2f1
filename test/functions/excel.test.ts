/**
 * The boundary to Excel (src/functions/excel.ts, src/functions/args.ts) on its own: numbers leave as
 * Excel numbers (never −0, never ±Infinity), failures as the host's errors — one object per code and
 * message, made again for a new host and after a few thousand distinct ones — and arguments read as
 * Excel passes them. Each test loads excel.ts itself: its errors are module state.
 */
import { createHost, HostError } from "../../tools/customFunctionsHost";
import { Dec } from "../../src/core/decimal";
import { messages } from "../../src/core/messages";
import { invalid, noAnswer } from "../../src/core/result";
import { parseArgs } from "../../src/functions/args";

type Excel = typeof import("../../src/functions/excel");
const global = globalThis as unknown as { CustomFunctions: unknown };

/** excel.ts loaded afresh under `host`, the global put back after. */
function withHost<T>(host: unknown, run: (excel: Excel) => T): T {
  const before = global.CustomFunctions;
  global.CustomFunctions = host;
  try {
    let excel: Excel | undefined;
    jest.isolateModules(() => {
      excel = require("../../src/functions/excel") as Excel;
    });
    return run(excel as Excel);
  } finally {
    global.CustomFunctions = before;
  }
}

/** What `answer` throws for a failure. */
function thrown(excel: Excel, failure: ReturnType<typeof invalid>): HostError {
  try {
    excel.answer(() => failure);
  } catch (error) {
    return error as HostError;
  }
  throw new Error("no error thrown");
}

describe("the boundary to Excel", () => {
  it("a decimal leaves as a number, −0 as 0, beyond a double's range refused naming the argument", () => {
    withHost(createHost(), ({ toExcelNumber }) => {
      const zero = toExcelNumber("x", new Dec("-0"));
      expect(zero.ok && Object.is(zero.value, 0)).toBe(true);
      expect(toExcelNumber("cost", new Dec("1e400"))).toEqual(invalid(messages.tooLarge("cost")));
      expect(toExcelNumber("cost", new Dec("-1e400"))).toEqual(invalid(messages.tooLarge("cost")));
    });
  });

  it("one error object per code and message: a failure again, or another with the same message, is the same object", () => {
    withHost(createHost(), (excel) => {
      const a = thrown(excel, invalid(messages.required("flows")));
      expect([a.code, a instanceof HostError]).toEqual(["#VALUE!", true]);
      expect(thrown(excel, invalid(messages.required("flows")))).toBe(a);
      const failure = noAnswer(messages.notPaidBack());
      const b = thrown(excel, failure);
      expect(b.code).toBe("#N/A");
      expect(thrown(excel, failure)).toBe(b);
      expect(thrown(excel, invalid(messages.required("rate")))).not.toBe(a);
      // The same message as #N/A is another error than as #VALUE!.
      expect(thrown(excel, noAnswer(messages.required("flows")))).not.toBe(a);
    });
  });

  it("the documented codes where the host has no ErrorCode; a new host's errors are its own", () => {
    const { ErrorCode: _codes, ...bare } = createHost();
    withHost(bare, (excel) => {
      expect(thrown(excel, invalid(messages.required("flows"))).code).toBe("#VALUE!");
      expect(thrown(excel, noAnswer(messages.notPaidBack())).code).toBe("#N/A");
    });
    const host = createHost() as ReturnType<typeof createHost> & { Error: typeof HostError };
    withHost(host, (excel) => {
      const failure = invalid(messages.required("flows"));
      const first = thrown(excel, failure);
      class OtherError extends HostError {}
      host.Error = OtherError;
      const second = thrown(excel, failure);
      expect([first instanceof OtherError, second instanceof OtherError]).toEqual([false, true]);
    });
  });

  it("keeps at most 4.096 distinct errors, then starts again", () => {
    withHost(createHost(), (excel) => {
      const nth = (i: number) => thrown(excel, invalid(messages.required(`a${i}`)));
      const first = nth(0);
      for (let i = 1; i < 4096; i += 1) nth(i);
      // 4.096 kept: the first is still the same object.
      expect(nth(0)).toBe(first);
      nth(4096);
      nth(4097);
      expect(nth(0)).not.toBe(first);
    });
  });
});

describe("arguments as Excel passes them", () => {
  const specs = [
    { kind: "number", name: "year", integer: true, min: 1900, max: 9999 },
    { kind: "boolean", name: "fractional", default: false },
  ] as const;

  it("a number between its bounds, −0 as 0; above the bound refused with both bounds", () => {
    const read = parseArgs([{ kind: "number", name: "x", default: 0 }] as const, [-0]);
    expect(read.ok && Object.is(read.value[0], 0)).toBe(true);
    expect(parseArgs(specs, [10000, true])).toEqual(invalid(messages.between("year", 1900, 9999, 10000)));
    expect(parseArgs(specs, [1899, true])).toEqual(invalid(messages.between("year", 1900, 9999, 1899)));
    expect(parseArgs(specs, [9999, true]).ok).toBe(true);
  });

  it("a logical from TRUE/FALSE, or a number as Excel reads 1 and 0; text and ±Infinity refused", () => {
    const logical = (v: unknown) => {
      const r = parseArgs(specs, [2026, v]);
      return r.ok ? r.value[1] : r.failure.message.en;
    };
    expect([logical(true), logical(false), logical(1), logical(0), logical(-2.5), logical(null)]).toEqual([true, false, true, false, true, false]);
    for (const bad of ["SAND", Number.POSITIVE_INFINITY, Number.NaN]) expect(logical(bad)).toBe(messages.notBoolean("fractional", bad).en);
  });
});
