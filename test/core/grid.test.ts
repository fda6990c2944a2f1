import { Dec } from "../../src/core/decimal";
import { isBlank, isFiniteNumber, numberGrid } from "../../src/core/grid";

describe("what a cell holds", () => {
  it("a number to count with is a finite number, nothing else", () => {
    for (const v of [0, -0, 1.5, -2, Number.MAX_VALUE, Number.MIN_VALUE]) expect(isFiniteNumber(v)).toBe(true);
    for (const v of [NaN, Infinity, -Infinity, "1", "", null, undefined, true, [1], { valueOf: () => 1 }]) expect(isFiniteNumber(v)).toBe(false);
  });

  it("a blank is null, undefined or the empty string; a space, 0 and false are not", () => {
    for (const v of [null, undefined, ""]) expect(isBlank(v)).toBe(true);
    for (const v of [" ", 0, false, "0", []]) expect(isBlank(v)).toBe(false);
  });
});

describe("numberGrid", () => {
  it("reads blanks as 0 and remembers them; a lone value is a 1×1 range", () => {
    const grid = numberGrid("flows", [[1, null], ["", 2.5]]);
    expect(grid.ok).toBe(true);
    if (!grid.ok) return;
    expect(grid.value.cells.map((row) => row.map((d) => d.toString()))).toEqual([["1", "0"], ["0", "2.5"]]);
    expect(grid.value.blank).toEqual([[false, true], [true, false]]);
    expect([grid.value.rows, grid.value.columns]).toEqual([2, 2]);
    const lone = numberGrid("flows", 7);
    expect(lone.ok && lone.value.cells[0][0].equals(new Dec(7))).toBe(true);
  });

  it("refuses an empty range, ragged rows and any cell that is not a number, naming the argument", () => {
    for (const bad of [[], [[]], [[1, 2], [3]], [[1, "x"]], [[NaN]], [[Infinity]], [[true]]]) {
      const grid = numberGrid("flows", bad);
      expect(grid.ok).toBe(false);
      if (!grid.ok) {
        expect(grid.failure.kind).toBe("invalid");
        expect(grid.failure.message.da).toContain("flows");
      }
    }
  });
});
