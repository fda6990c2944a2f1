/**
 * How a message shows a value (src/core/messages.ts): what a finance officer reads in Excel's error
 * tooltip and the pane, in both languages, for every kind of value a cell or an argument can hold.
 */
import { Dec } from "../../src/core/decimal";
import { describe as described, figure, formatMessage, messages, namedIn, percent, place, plainNumber } from "../../src/core/messages";

describe("a value as a message shows it", () => {
  it("describes what a rule did not expect, by its kind", () => {
    expect([null, undefined, ""].map(described)).toEqual(Array(3).fill({ da: "en tom celle", en: "a blank cell" }));
    expect(described("x".repeat(40))).toEqual({ da: `teksten "${"x".repeat(40)}"`, en: `the text "${"x".repeat(40)}"` });
    expect(described("y".repeat(41))).toEqual({ da: `teksten "${"y".repeat(40)}…"`, en: `the text "${"y".repeat(40)}…"` });
    expect([true, false].map(described)).toEqual([
      { da: "SAND", en: "TRUE" },
      { da: "FALSK", en: "FALSE" },
    ]);
    expect([2.5, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN].map(described)).toEqual([
      { da: "tallet 2,5", en: "the number 2.5" },
      { da: "tallet Infinity", en: "the number Infinity" },
      { da: "tallet -Infinity", en: "the number -Infinity" },
      { da: "tallet NaN", en: "the number NaN" },
    ]);
    expect(described([[1]])).toEqual({ da: "et område", en: "a range" });
    expect(described({ code: "#REF!" })).toEqual({ da: "fejlværdien #REF!", en: "the error #REF!" });
    for (const other of [{}, { code: 7 }, Symbol("s"), BigInt(10)]) expect(described(other)).toEqual({ da: "en værdi af en anden type", en: "a value of another type" });
  });

  it("a figure: grouped kroner and øre, an exact decimal's digits, an error as itself, text in quotes, the rest described", () => {
    expect(figure(1234567.891)).toEqual({ da: "1.234.567,891", en: "1,234,567.891" });
    expect(figure(472497.5)).toEqual({ da: "472.497,50", en: "472,497.50" });
    expect(figure(-1000)).toEqual({ da: "-1.000", en: "-1,000" });
    expect(figure(new Dec("12345.6"))).toEqual({ da: "12.345,60", en: "12,345.60" });
    expect(figure(1e21)).toEqual({ da: "tallet 1e+21", en: "the number 1e+21" });
    expect(figure("#N/A")).toEqual({ da: "#N/A", en: "#N/A" });
    expect(figure("abc#")).toEqual({ da: '"abc#"', en: '"abc#"' });
    expect(figure("12 kr.")).toEqual({ da: '"12 kr."', en: '"12 kr."' });
    // Digits typed as text are text: quoted, not grouped as a figure.
    expect(figure("1234")).toEqual({ da: '"1234"', en: '"1234"' });
    expect(figure(true)).toEqual({ da: "SAND", en: "TRUE" });
    expect(figure(null)).toEqual({ da: "en tom celle", en: "a blank cell" });
  });

  it("a plain number with the decimals it has; a percentage to two decimals; a place", () => {
    expect(plainNumber(272497.5)).toEqual({ da: "272.497,5", en: "272,497.5" });
    expect(plainNumber(1.3)).toEqual({ da: "1,3", en: "1.3" });
    expect(plainNumber(-4)).toEqual({ da: "-4", en: "-4" });
    expect([plainNumber(1234), plainNumber(-1234.56), plainNumber(1.5e-7), plainNumber(-1.2345e21), plainNumber(Number.NaN)]).toEqual([
      { da: "1.234", en: "1,234" },
      { da: "-1.234,56", en: "-1,234.56" },
      { da: "1,5e-7", en: "1.5e-7" },
      { da: "-1,2345e+21", en: "-1.2345e+21" },
      { da: "NaN", en: "NaN" },
    ]);
    expect(plainNumber(1e-7)).toEqual({ da: "1e-7", en: "1e-7" });
    expect(plainNumber(Number.NEGATIVE_INFINITY)).toEqual({ da: "-Infinity", en: "-Infinity" });
    expect([percent(0.3725), percent(new Dec("0.5")), percent(0.123456)]).toEqual([
      { da: "37,25 %", en: "37.25 %" },
      { da: "50 %", en: "50 %" },
      { da: "12,35 %", en: "12.35 %" },
    ]);
    expect([place("D5"), place({ row: 2, column: 3 })]).toEqual([
      { da: "celle D5", en: "cell D5" },
      { da: "række 2, kolonne 3", en: "row 2, column 3" },
    ]);
  });

  it("names the argument as Danish Excel does, where it has a Danish name", () => {
    const m = messages.required("cost");
    expect(formatMessage(namedIn(m, (e) => (e === "cost" ? "udgift" : undefined)))).toBe(`udgift${m.da.slice(4)} | ${m.en}`);
    expect(namedIn(m, () => undefined)).toBe(m);
    expect(namedIn(m, () => "cost")).toBe(m);
    const plain = messages.notPaidBack();
    expect(namedIn(plain, () => "x")).toBe(plain);
  });
});
