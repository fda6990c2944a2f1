import { Dec } from "../../src/core/decimal";
import { convertPriceLevel, priceIndex } from "../../src/core/pricelevel";
import { type Result, unwrap } from "../../src/core/result";

/** An index table as a user keeps it: a header row, then year and index (made-up values; the add-in never ships any). */
const TABLE = [
  ["År", "Indeks"],
  [2021, 100],
  [2022, 104.2],
  [2023, 108.5],
  ["Note: KL's pris- og lønskøn", null],
  [2024, null],
];

const index = unwrap(priceIndex(TABLE));
const outcome = (r: Result<unknown>): string => (r.ok ? "ok" : `${r.failure.kind}: ${r.failure.message.en}`);

describe("PRICELEVEL's rule: amount × index(toYear) / index(fromYear) (DOMAIN.md §1)", () => {
  it("converts seed 000's 2023 p/l down to the 2022 p/l it is booked in", () => {
    // −1.000 (1.000 kr. 2023 p/l) × 104,2 / 108,5
    // 40 significant digits of −104.200 / 108,5 = −960,36866359447004608294930875576036866359…
    expect(unwrap(convertPriceLevel(new Dec(-1000), 2023, 2022, index)).toString()).toBe("-960.3686635944700460829493087557603686636");
  });

  it("is exact where the division terminates", () => {
    expect(unwrap(convertPriceLevel(new Dec(625), 2021, 2022, index)).toString()).toBe("651.25");
  });

  it("leaves an amount alone between equal years", () => {
    expect(unwrap(convertPriceLevel(new Dec(0.1), 2023, 2023, index)).toString()).toBe("0.1");
  });

  it("skips header and note rows and years without an index", () => {
    expect([...index.keys()]).toEqual([2021, 2022, 2023]);
  });

  it("answers #N/A naming the missing year", () => {
    expect(outcome(convertPriceLevel(new Dec(1), 2019, 2022, index))).toBe("noAnswer: fromYear: indexTable has no index for the year 2019");
    expect(outcome(convertPriceLevel(new Dec(1), 2022, 2024, index))).toBe("noAnswer: toYear: indexTable has no index for the year 2024");
  });

  describe("invalid index tables", () => {
    it.each([
      ["three columns", [[2022, 100, 1]], "indexTable: expected a two-column range (year, index), got 3 column(s)"],
      ["one column", [[2022]], "indexTable: expected a two-column range (year, index), got 1 column(s)"],
      ["a fractional year", [[2022.5, 100]], "indexTable: the year at row 1, column 1 is 2022.5; expected a whole year"],
      ["a text index", [[2022, "hundred"]], 'indexTable: the index for 2022 is the text "hundred"; expected a number > 0'],
      ["a negative index", [[2022, -1]], "indexTable: the index for 2022 is the number -1; expected a number > 0"],
      ["a year twice", [[2022, 100], [2022, 101]], "indexTable: the year 2022 appears more than once with different indices"],
    ])("refuses %s", (_what, table, message) => {
      expect(outcome(priceIndex(table))).toBe(`invalid: ${message}`);
    });

    it("reads blank cells as Excel desktop passes them (0): a 0 year is a blank row, a 0 index no index yet", () => {
      const desktop = unwrap(priceIndex([[0, "Indeks"], [2022, 104.2], [2023, 0], [0, 0]]));
      expect([...desktop.keys()]).toEqual([2022]);
      expect(outcome(convertPriceLevel(new Dec(1), 2022, 2023, desktop))).toBe("noAnswer: toYear: indexTable has no index for the year 2023");
    });

    it("accepts a year twice with the same index", () => {
      expect(priceIndex([[2022, 100], [2022, 100]]).ok).toBe(true);
    });
  });
});

describe("PRICELEVEL's edges (issue #30's mutants)", () => {
  const index = unwrap(priceIndex([
    [2022, 104.2],
    [2023, 108.5],
  ]));

  it("the same year is the amount itself, even where amount × index would pass 40 digits", () => {
    // 40 digits: × the index and ÷ it again in 40 digits does not give it back (it would for 1234567890123456789012345678901234,567).
    const amount = new Dec("9876543210.987654321098765432109876543219");
    expect(unwrap(convertPriceLevel(amount, 2023, 2023, index)).toString()).toBe(amount.toString());
  });

  it("a single cell is a one-column table: refused for its shape, naming it", () => {
    const r = priceIndex(2023);
    expect(r.ok ? "" : r.failure.message.en).toBe("indexTable: expected a two-column range (year, index), got 1 column(s)");
    const row = priceIndex([2023, 108.5]);
    expect(row.ok ? "" : row.failure.message.en).toBe("indexTable: expected a two-column range (year, index), got 1 column(s)");
  });
});
