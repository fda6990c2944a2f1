/**
 * A pupil list built from DOMAIN.md's worked examples (school year 2023/24), and what the rules give
 * for each pupil, computed by the core in exact decimals and rounded to øre as the result sheet rounds.
 */
import { serialOf } from "../../src/core/dates";
import { Dec } from "../../src/core/decimal";
import { liableFraction, parseCategory } from "../../src/core/placement";
import { DEFAULT_PROFILES } from "../../src/core/profiles";
import { unwrap } from "../../src/core/result";
import type { Pupil } from "../../tools/seeds";
import { centralPayment, incentiveModel, schoolPayment } from "../../src/core/segregation";

export { HEADERS, PUPILS, type Pupil, pupilRows } from "../../tools/seeds";

const d = serialOf;

/** What the rules give for one pupil, exact, rounded to øre as the result sheet rounds. */
export function expected(p: Pupil, profile = DEFAULT_PROFILES[0]) {
  const model = unwrap(incentiveModel(profile.threshold, profile.cap, profile.schoolShare));
  const share = unwrap(liableFraction({ start: p.start, end: p.end ?? null }, 2023, unwrap(parseCategory(p.category ?? "")), p.arrival ?? null));
  const ore = (x: Dec) => x.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
  const liable = ore(new Dec(p.cost).times(share));
  const school = ore(unwrap(schoolPayment(p.cost, model)).times(share));
  return { liable, school, central: liable.minus(school), share, administrationFull: unwrap(centralPayment(p.cost, model)) };
}

/** n pupils over `schools` schools, costs and dates varied by position, for size tests. */
export function manyPupils(n: number, schools = 20): Pupil[] {
  return Array.from({ length: n }, (_x, i) => ({
    name: `Elev ${i + 1}`,
    school: `Skole ${(i % schools) + 1}`,
    cost: 150000 + ((i * 7919) % 300000),
    start: d(2020 + (i % 4), 8, 1 + (i % 28)),
    end: i % 3 === 0 ? d(2024, 6, 30) : null,
    category: i % 17 === 0 ? "Anbragt" : null,
    arrival: null,
  }));
}
