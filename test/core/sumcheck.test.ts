import { Dec } from "../../src/core/decimal";
import { numberGrid } from "../../src/core/grid";
import { unwrap } from "../../src/core/result";
import { sumCheck } from "../../src/core/sumcheck";
import { BALLERUP, INITIATIVES } from "../../tools/seeds";

const check = (items: unknown[][], total: number, decimals: number | null): boolean =>
  sumCheck(unwrap(numberGrid("items", items)), new Dec(total), decimals);
const col = (values: readonly (number | null)[]): unknown[][] => values.map((v) => [v]);

describe("SUMCHECK's rule: totals that tie out, allowing for displayed rounding (DOMAIN.md §6)", () => {
  describe("seed 004, Ballerup day treatment", () => {
    it("2014: districts show 30,3 FTE against a total of 30,4, within one decimal's rounding", () => {
      const fte = BALLERUP.districts.map((d) => d.fte[0]);
      expect(fte.reduce((a, b) => a + b, 0)).toBeCloseTo(30.3, 10);
      expect(check(col(fte), 30.4, 1)).toBe(true);
      expect(check(col(fte), 30.4, null)).toBe(false);
    });

    it.each(BALLERUP.years.map((year, i) => [year, i]))("%i: every year's FTE and amounts tie out as displayed", (_year, i) => {
      expect(check(col(BALLERUP.districts.map((d) => d.fte[i])), BALLERUP.totalFte[i], 1)).toBe(true);
      expect(check(col(BALLERUP.districts.map((d) => d.amount[i])), BALLERUP.totalAmount[i], 0)).toBe(true);
    });

    it("a real error of 1 FTE is found", () => {
      expect(check(col(BALLERUP.districts.map((d) => d.fte[0])), 31.4, 1)).toBe(false);
    });
  });

  describe("seed 001, Indsatsplan 2020", () => {
    it("a) 9,9 = 4,4 + 1,0 + 4,5 and b) 4,5 = 2,4 + 2,0 + 0,1, exactly", () => {
      expect(check(col(INITIATIVES.rows[0].parts ?? []), 9.9, null)).toBe(true);
      expect(check(col(INITIATIVES.rows[1].parts ?? []), 4.5, null)).toBe(true);
    });

    it.each(INITIATIVES.years.map((year, i) => [year, i]))("%i: the initiatives sum exactly to the year's total", (_year, i) => {
      expect(check(col(INITIATIVES.rows.map((r) => r.amounts[i])), INITIATIVES.totals[i], null)).toBe(true);
    });
  });

  it("is exact without decimals: 0,1 + 0,2 = 0,3", () => {
    expect(check([[0.1, 0.2]], 0.3, null)).toBe(true);
    expect(check([[0.1, 0.2]], 0.30000000000000004, null)).toBe(false);
  });

  it("leaves blank items out of both the sum and n", () => {
    // n = 1: tolerance (1 + 1) × 0,5 = 1
    expect(check([[10, null, null]], 11, 0)).toBe(true);
    expect(check([[10, null, null]], 11.5, 0)).toBe(false);
    expect(check([[10, 0, 0]], 11.5, 0)).toBe(true); // n = 3: tolerance 2
  });
});
