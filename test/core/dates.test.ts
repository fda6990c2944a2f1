import { dateOf, isoDate, monthsIn, monthsTouched, schoolYearOf, schoolYearPeriod, serialOf } from "../../src/core/dates";

describe("Excel serial dates (1900 date system)", () => {
  it.each([
    [1900, 1, 1, 1],
    [1900, 2, 28, 59],
    [1900, 3, 1, 61], // serial 60 is Excel's 29 February 1900
    [2023, 8, 1, 45139],
    [2024, 7, 31, 45504],
    [9999, 12, 31, 2958465],
  ])("%i-%i-%i is serial %i, and back", (y, m, d, serial) => {
    expect(serialOf(y, m, d)).toBe(serial);
    expect(dateOf(serial)).toEqual({ year: y, month: m, day: d });
  });

  it("knows Excel's 1900-02-29", () => {
    expect(dateOf(60)).toEqual({ year: 1900, month: 2, day: 29 });
    expect(isoDate(60)).toBe("1900-02-29");
  });

  it("puts a date in the school year that starts on the 1 August before it", () => {
    expect(schoolYearOf(serialOf(2023, 7, 31))).toBe(2022);
    expect(schoolYearOf(serialOf(2023, 8, 1))).toBe(2023);
    expect(schoolYearOf(serialOf(2024, 1, 15))).toBe(2023);
  });

  it("counts started months of a school year", () => {
    const year = schoolYearPeriod(2023);
    expect(monthsIn(year)).toBe(12);
    expect(monthsTouched({ first: serialOf(2023, 8, 31), last: serialOf(2023, 9, 1) }, year)).toBe(2);
    expect(monthsTouched({ first: serialOf(2024, 7, 31), last: Number.POSITIVE_INFINITY }, year)).toBe(1);
    expect(monthsTouched({ first: serialOf(2020, 1, 1), last: serialOf(2023, 7, 31) }, year)).toBe(0);
    // From the 1st of September: not August, whose last day is the 31st.
    expect(monthsTouched({ first: serialOf(2023, 9, 1), last: Number.POSITIVE_INFINITY }, year)).toBe(11);
    // A period that ends on the 1st of a month counts that month's first day; across a new year.
    expect(monthsTouched({ first: serialOf(2023, 8, 1), last: Number.POSITIVE_INFINITY }, { first: serialOf(2023, 8, 1), last: serialOf(2023, 9, 1) })).toBe(2);
    expect(monthsTouched({ first: serialOf(2023, 12, 31), last: serialOf(2024, 1, 1) }, year)).toBe(2);
    expect(monthsTouched({ first: serialOf(1900, 1, 15), last: serialOf(1900, 3, 1) }, { first: serialOf(1900, 1, 1), last: serialOf(1900, 12, 31) })).toBe(3);
  });
});

describe("what is a date in a cell", () => {
  it("a number whose day is from 1900-01-01 to 9999-12-31, its time of day aside; text of digits, NaN and ±∞ are not", async () => {
    const { isDateSerial } = await import("../../src/core/dates");
    expect([1, 1.25, 45139, 2958465, 2958465.999].map(isDateSerial)).toEqual([true, true, true, true, true]);
    expect([0, 0.999, -1, 2958466, Number.NaN, Number.POSITIVE_INFINITY, "45139", null, true].map(isDateSerial)).toEqual(Array(9).fill(false));
  });
});
