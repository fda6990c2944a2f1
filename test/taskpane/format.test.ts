/**
 * The pane writes numbers out by hand (formatNumber) rather than through Intl, whose first use costs
 * the hydrating pane the locale's data: it must give exactly what Intl.NumberFormat gives for the
 * pane's two languages, except that a figure shown as zero carries no minus sign.
 */
import fc from "fast-check";
import { formatAmount, formatNumber } from "../../src/taskpane/format";

const LOCALE = { da: "da-DK", en: "en-GB" } as const;
const intl = (value: number, language: "da" | "en", decimals: number) =>
  new Intl.NumberFormat(LOCALE[language], { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);

describe("formatNumber", () => {
  const language = fc.constantFrom("da" as const, "en" as const);
  const decimals = fc.constantFrom(0, 2);
  const value = fc.oneof(
    fc.integer({ min: -1e12, max: 1e12 }),
    fc.integer({ min: -1e13, max: 1e13 }).map((n) => n / 100), // kroner and øre
    fc.double({ min: -1e15, max: 1e15, noNaN: true }),
    fc.constantFrom(0.005, 1.005, 2.675, -2.675, 999.995, 1e20, 123456789.125),
  );

  it("is Intl.NumberFormat's da-DK and en-GB, figure for figure", () => {
    fc.assert(
      fc.property(value, language, decimals, (v, l, d) => {
        const shown = intl(v, l, d);
        if (/^-[0.,]*$/.test(shown)) return; // a negative that rounds to zero: below
        expect(formatNumber(v, l, d)).toBe(shown);
      }),
      { numRuns: 20000 },
    );
  });

  it("shows a figure that rounds to zero without a minus sign", () => {
    expect([formatNumber(-0, "da", 0), formatNumber(-0.001, "da", 2), formatNumber(-0.4, "en", 0)]).toEqual(["0", "0,00", "0"]);
    expect(formatNumber(-0.005, "da", 2)).toBe("-0,01");
  });

  it("gives the amounts the pane shows", () => {
    expect([formatAmount(264995, "da"), formatAmount("272497.5", "da"), formatAmount(-7502.5, "en"), formatAmount(250000, "da", 2)]).toEqual([
      "264.995",
      "272.497,50",
      "-7,502.50",
      "250.000,00",
    ]);
  });
});
