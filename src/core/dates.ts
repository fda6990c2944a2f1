import { isFiniteNumber } from "./grid";

/**
 * Excel serial dates in the 1900 date system: serial 1 is 1900-01-01 and serial 60 is the
 * 29 February 1900 that never was (Excel keeps Lotus 1-2-3's leap-year bug), so from 1900-03-01 on a
 * serial is the number of days since 1899-12-30. Day counts here are differences of serials, as a
 * formula `=end-start+1` in Excel would give.
 */

/** 1900-01-01. */
export const MIN_SERIAL = 1;
/** 9999-12-31, the last date Excel can show. */
export const MAX_SERIAL = 2958465;

/**
 * A cell that holds a date: a finite number whose day (the time of day dropped) is between 1900-01-01
 * and 9999-12-31, as Excel shows dates. Text, even of digits, is no date.
 */
export function isDateSerial(value: unknown): value is number {
  return isFiniteNumber(value) && Math.floor(value) >= MIN_SERIAL && Math.floor(value) <= MAX_SERIAL;
}

const MS_PER_DAY = 86400000;
const EPOCH = Date.UTC(1899, 11, 30);

/** A whole-day serial, the time of day dropped. */
export type Serial = number;

export interface YearMonthDay {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number;
}

/** The serial of a calendar date (month 1-12). Dates before 1900-03-01 follow Excel's numbering. */
export function serialOf(year: number, month: number, day: number): Serial {
  const days = Math.round((Date.UTC(year, month - 1, day) - EPOCH) / MS_PER_DAY);
  return year === 1900 && month <= 2 ? days - 1 : days;
}

/** The calendar date of a serial; serial 60 is Excel's 1900-02-29. */
export function dateOf(serial: Serial): YearMonthDay {
  if (serial === 60) return { year: 1900, month: 2, day: 29 };
  const days = serial < 60 ? serial + 1 : serial;
  const d = new Date(EPOCH + days * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** A serial as an ISO date for messages, e.g. "2023-08-01". */
export function isoDate(serial: Serial): string {
  const { year, month, day } = dateOf(serial);
  // Years are 1900–9999 (serials 1 to 2.958.465): four digits already.
  return `${String(year)}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A serial as Danish Excel shows a date, e.g. "01-08-2023". */
export function danishDate(serial: Serial): string {
  const { year, month, day } = dateOf(serial);
  return `${String(day).padStart(2, "0")}-${String(month).padStart(2, "0")}-${String(year).padStart(4, "0")}`;
}

/** A date in each language's spelling: Danish "15-03-2023", English ISO "2023-03-15". */
export function shownDate(serial: Serial): { readonly da: string; readonly en: string } {
  return { da: danishDate(serial), en: isoDate(serial) };
}

/** A closed interval of days [first, last]; `last` may be +Infinity for an open-ended placement. */
export interface Period {
  readonly first: Serial;
  readonly last: Serial;
}

/** School year `year` runs 1 August `year` – 31 July `year + 1` (DOMAIN.md §1). */
export function schoolYearPeriod(year: number): Period {
  return { first: serialOf(year, 8, 1), last: serialOf(year + 1, 7, 31) };
}

export function calendarYearPeriod(year: number): Period {
  return { first: serialOf(year, 1, 1), last: serialOf(year, 12, 31) };
}

/** The school year (its starting calendar year) in which a date falls. */
export function schoolYearOf(serial: Serial): number {
  const { year, month } = dateOf(serial);
  return month >= 8 ? year : year - 1;
}

/** Days in a period, both ends included. */
export function daysIn(period: Period): number {
  return period.last - period.first + 1;
}

/** Days of `period` covered by `placement`, both ends included; 0 when they do not meet. */
export function daysCovered(placement: Period, period: Period): number {
  const first = Math.max(placement.first, period.first);
  const last = Math.min(placement.last, period.last);
  return last < first ? 0 : last - first + 1;
}

/**
 * Calendar months of `period` (which must start on the 1st of a month) in which `placement` covers at
 * least one day: the "started month" (påbegyndt måned) basis.
 */
export function monthsTouched(placement: Period, period: Period): number {
  let count = 0;
  const { year } = dateOf(period.first);
  let { month } = dateOf(period.first);
  for (let first = period.first; first <= period.last; ) {
    // Month 13 of a year is January of the next: Date.UTC carries it (serialOf).
    month += 1;
    const next = serialOf(year, month, 1);
    if (daysCovered(placement, { first, last: next - 1 }) > 0) count += 1;
    first = next;
  }
  return count;
}

/** Whole months in a period that starts on the 1st of a month and ends on the last of one. */
export function monthsIn(period: Period): number {
  const a = dateOf(period.first);
  const b = dateOf(period.last);
  return (b.year - a.year) * 12 + (b.month - a.month) + 1;
}
