/**
 * The words the add-in reads (src/core/labels.ts) and the small text rules beside them (address.ts,
 * cellText.ts, sheetNames.ts), word by word: each pattern with the texts on both sides of its edges
 * (anchored or not, one space or any, a letter after), as mutation testing showed no test held them.
 */
import { boxOf, parseCell, sheetRef } from "../../src/core/address";
import { literal, textCell, valuesOf } from "../../src/core/cellText";
import { rowLabel, yearOfHeader } from "../../src/core/labels";
import { schoolYearLabel } from "../../src/core/sheetNames";
import { fresh } from "../support/mutation";

const which = (pattern: RegExp, texts: readonly string[]) => texts.filter((t) => pattern.test(t));
/** The module loaded inside the test: its patterns are made as it loads (DEVELOPING, "Mutation testing": module-level settings). */
const labels = () => fresh(() => import("../../src/core/labels"));

describe("the labels of a budget table", () => {
  it("a total: I alt, Samlet …, Total, Sum, … i alt, … total, Netto…, at the start after spaces or at the end", async () => {
    const { TOTAL_LABEL } = await labels();
    const totals = ["I alt", "  Samlet udgift", "Samlet", "Total", "Sum", "Hovedtotal", "Netto", "Nettoændring", "Løn i alt", "Løn i alt  ", "Løn total", "Løn total "];
    const not = ["Udgifter samlet", "Forsamlet", "Udgift i alt til løn", "Løn i altså", "Løn total beløb", "Løn totalt", "Summering af", "Post"];
    expect(which(TOTAL_LABEL, [...totals, ...not])).toEqual(totals);
  });

  it("a sub-item starts with heraf (after spaces); a check row ends with stemmer", async () => {
    const { CHECK_ROW_LABEL, SUB_ITEM } = await labels();
    expect(which(SUB_ITEM, ["heraf løn", "  heraf løn", "Heraf", "Løn heraf vikarer", "Xheraf", "herafter"])).toEqual(["heraf løn", "  heraf løn", "Heraf"]);
    expect(which(CHECK_ROW_LABEL, ["Delposterne stemmer", "stemmer", "Stemmer  ", "Delposterne stemmer ikke altid", "overstemmer"])).toEqual(["Delposterne stemmer", "stemmer", "Stemmer  "]);
  });
});

describe("price levels", () => {
  it.each([
    ["2023 p/l", 2023],
    ["2023-p/l", 2023],
    ["1.000 kr. 2023 P/L", 2023],
    ["2022-priser", 2022],
    ["2023 PL", 2023],
    ["PL 2023", 2023],
    ["p/l 2023", 2023],
    ["Pris- og lønniveau 2024", 2024],
    ["2023-prisniveau", 2023],
    ["(23-pl)", 2023],
    ["(23 - p/l)", 2023],
    ["Budget 2023", null],
    ["2023", null],
    ["2023 plus", null],
    ["(23x-pl)", null],
    ["(23-xpl)", null],
    ["(2x-pl)", null],
  ])("%p is %p", async (text, year) => {
    const { priceLevelIn } = await labels();
    expect(priceLevelIn(text)?.year ?? null).toBe(year);
  });

  it("the year's place and digits, and the text with another year in as many digits", async () => {
    const { priceLevelIn, withPriceLevelYear } = await labels();
    const short = priceLevelIn("Beløb (23-pl)");
    expect(short).toEqual({ year: 2023, at: 7, digits: 2 });
    expect(withPriceLevelYear("Beløb (23-pl)", short!, 2005)).toBe("Beløb (05-pl)");
    const long = priceLevelIn("1.000 kr. 2023 p/l");
    expect(withPriceLevelYear("1.000 kr. 2023 p/l", long!, 2026)).toBe("1.000 kr. 2026 p/l");
  });
});

describe("a column header's year", () => {
  it.each([
    [1900, 1900],
    [2199, 2199],
    [1899, null],
    [2200, null],
    [2025.5, null],
    ["2025", 2025],
    ["B2025", 2025],
    ["BO2026", 2026],
    ["bf 2025", 2025],
    ["R2024", 2024],
    ["2025-26", 2025],
    ["2025 - 26", 2025],
    ["2025 / 2026", 2025],
    ["2099-00", 2099],
    ["2025-27", null],
    ["2025/2027", null],
    ["2025/3026", null],
    ["2025x-26", null],
    ["2025-x26", null],
    ["Overslag 2025", null],
    [true, null],
  ])("%p is %p", (value, year) => {
    expect(yearOfHeader(value)).toBe(year);
  });
});

describe("the text rules beside them", () => {
  it("a sheet name quoted where Excel could read it as something else", () => {
    expect(["Elever", "Elever_2023", "AB12x", "Total", "Rx", "Falsk", "Truely"].map(sheetRef)).toEqual(["Elever", "Elever_2023", "AB12x", "Total", "Rx", "Falsk", "Truely"]);
    expect(["Ark1", "A1", "XFD10", "R1C1", "RC", "C", "TRUE", "false", "Elever 2023", "Bo's"].map(sheetRef)).toEqual(["'Ark1'", "'A1'", "'XFD10'", "'R1C1'", "'RC'", "'C'", "'TRUE'", "'false'", "'Elever 2023'", "'Bo''s'"]);
  });

  it("a cell's or range's address, after a sheet name that may hold an exclamation mark", () => {
    expect(parseCell("'Ark!1'!$B$2")).toEqual({ row: 1, column: 1 });
    expect(boxOf("'Ark!1'!B2:D9")).toEqual({ row: 1, column: 1, rows: 8, columns: 3 });
    expect(() => parseCell("B")).toThrow("not a cell address: B");
  });

  it("user text written as text: a truth value in either language quoted, alone or with spaces; a formula-like text in a grid quoted", () => {
    expect(["Sand", " falsk ", "TRUE", "Sandt", "Falskmøntner", "Usand", "Skole"].map(literal)).toEqual(["'Sand", "' falsk ", "'TRUE", "Sandt", "Falskmøntner", "Usand", "Skole"]);
    expect(["=1000", "'a", "a=b", "x'"].map(textCell)).toEqual(["'=1000", "''a", "a=b", "x'"]);
    expect(valuesOf([["'a", 1], undefined as unknown as string[], []])).toEqual([["a", 1], [], []]);
  });

  it("a school year's label in two digits after the dash", () => {
    expect([schoolYearLabel(2023), schoolYearLabel(2008), schoolYearLabel(2099)]).toEqual(["2023-24", "2008-09", "2099-00"]);
  });
});

describe("a range of numbers as Excel passes one", () => {
  it("a lone value is a 1×1 range; a row that is no array is one cell; blanks are 0", async () => {
    const { numberGrid } = await import("../../src/core/grid");
    const read = (grid: unknown) => {
      const r = numberGrid("flows", grid);
      return r.ok ? [r.value.rows, r.value.columns, r.value.cells.map((row) => row.map(String))] : r.failure.message.en;
    };
    expect(read(5)).toEqual([1, 1, [["5"]]]);
    expect(read(null)).toEqual([1, 1, [["0"]]]);
    expect(read([7, 8])).toEqual([2, 1, [["7"], ["8"]]]);
    expect(read([])).toBe("flows: the range is empty");
    expect(read([[]])).toBe("flows: the range is empty");
  });
});

describe("a row's label", () => {
  it("is its first cell with text other than spaces, trimmed; numbers, logicals and blanks are no label", () => {
    expect(rowLabel([null, 2024, true, "   ", "  Løn i alt ", "Anden"])).toBe("Løn i alt");
    expect(rowLabel(["", "Tilbagebetalingstid"])).toBe("Tilbagebetalingstid");
    expect(rowLabel([null, 5, " \t "])).toBe("");
    expect(rowLabel([])).toBe("");
  });
});
