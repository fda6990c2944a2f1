import {
  calendarYearPeriod,
  daysCovered,
  daysIn,
  shownDate,
  monthsIn,
  monthsTouched,
  type Period,
  type Serial,
  schoolYearOf,
  schoolYearPeriod,
  serialOf,
} from "./dates";
import { Dec, ZERO } from "./decimal";
import { messages } from "./messages";
import { invalid, ok, type Result } from "./result";

/**
 * Who pays for a segregated pupil (DOMAIN.md §2). `normal`: the paying school, pro rata;
 * `exempt`: the administration pays all; `moverIn`: the school pays from the school year after arrival.
 */
export type Category = "normal" | "placedInCare" | "tenthGrade" | "extensive" | "moverIn";

const CATEGORY_NAMES: ReadonlyArray<readonly [Category, string, string]> = [
  ["placedInCare", "anbragt", "placed"],
  ["tenthGrade", "10. klasse", "10th grade"],
  ["extensive", "vidtgående", "extensive"],
  ["moverIn", "tilflytter", "mover-in"],
];

const EXEMPT: ReadonlySet<Category> = new Set<Category>(["placedInCare", "tenthGrade", "extensive"]);

/**
 * Reads a category as written in a pupil list, Danish or English, case and surrounding spaces
 * ignored; blank means an ordinary pupil.
 *
 * @returns the category, or `invalid` listing the accepted names.
 */
export function parseCategory(text: string): Result<Category> {
  const key = text.trim().toLocaleLowerCase("da-DK");
  if (key === "") return ok("normal");
  for (const [category, da, en] of CATEGORY_NAMES) {
    if (key === da || key === en) return ok(category);
  }
  return invalid(
    messages.unknownCategory(
      text.trim(),
      CATEGORY_NAMES.map(([, da]) => da),
      CATEGORY_NAMES.map(([, , en]) => en),
    ),
  );
}

/** Pro rata basis for part of a school year (DOMAIN.md §2 decision): calendar days, or started months. */
export type Basis = "days" | "months";

export function parseBasis(text: string): Result<Basis> {
  const key = text.trim().toLocaleLowerCase("da-DK");
  if (key === "" || key === "dage" || key === "days") return ok("days");
  if (key === "måneder" || key === "months") return ok("months");
  return invalid(messages.unknownBasis(text.trim()));
}

/** A placement in a special offer: first and last day, `end` null while it is open. */
export interface Placement {
  readonly start: Serial;
  readonly end: Serial | null;
}

function placementPeriod(placement: Placement): Result<Period> {
  const { start, end } = placement;
  if (end !== null && start > end) return invalid(messages.startAfterEnd(shownDate(start), shownDate(end)));
  return ok({ first: start, last: end ?? Number.POSITIVE_INFINITY });
}

function fractionOf(covered: Period, period: Period, basis: Basis): Dec {
  if (basis === "months") return new Dec(monthsTouched(covered, period)).div(monthsIn(period));
  return new Dec(daysCovered(covered, period)).div(daysIn(period));
}

/**
 * The fraction 0..1 of school year `schoolYear` (1 Aug `schoolYear` – 31 Jul `schoolYear + 1`) for
 * which the paying school is liable for a placement (DOMAIN.md §2):
 * - exempt categories (placed in care, 10th grade, extensive needs): 0;
 * - a mover-in: liable from 1 August after the school year in which `arrival` falls
 *   (`arrival` null: the placement's start);
 * - otherwise the school year's days (or started months) covered by [start, end], both included.
 *
 * @param placement start ≤ end, serials; end null = open.
 * @param schoolYear the school year's first calendar year.
 * @returns exact to 40 digits; `invalid` when start is after end.
 */
export function liableFraction(
  placement: Placement,
  schoolYear: number,
  category: Category = "normal",
  arrival: Serial | null = null,
  basis: Basis = "days",
): Result<Dec> {
  const period = placementPeriod(placement);
  if (!period.ok) return period;
  if (EXEMPT.has(category)) return ok(ZERO);
  let liable = period.value;
  if (category === "moverIn") {
    const liableFrom = serialOf(schoolYearOf(arrival ?? placement.start) + 1, 8, 1);
    liable = { first: Math.max(liable.first, liableFrom), last: liable.last };
    if (liable.first > liable.last) return ok(ZERO);
  }
  return ok(fractionOf(liable, schoolYearPeriod(schoolYear), basis));
}

/**
 * Full-year persons (helårspersoner): the fraction of calendar year `year`, or of the school year
 * starting in `year`, covered by [start, end] by days, both ends included.
 *
 * @returns exact to 40 digits, 0..1; `invalid` when start is after end.
 */
export function fullYearFraction(placement: Placement, year: number, schoolYear = false): Result<Dec> {
  const period = placementPeriod(placement);
  if (!period.ok) return period;
  const target = schoolYear ? schoolYearPeriod(year) : calendarYearPeriod(year);
  return ok(fractionOf(period.value, target, "days"));
}
