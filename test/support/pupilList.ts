/**
 * A pupil list built from DOMAIN.md's worked examples (school year 2023/24), and what the rules give
 * for each pupil, computed by the core in exact decimals and rounded to øre as the result sheet rounds.
 */
import { serialOf } from "../../src/core/dates";
import { Dec } from "../../src/core/decimal";
import { liableFraction, parseCategory } from "../../src/core/placement";
import { DEFAULT_PROFILES } from "../../src/core/profiles";
import { unwrap } from "../../src/core/result";
import { centralPayment, incentiveModel, schoolPayment } from "../../src/core/segregation";

export const HEADERS = ["Elev", "Betalende skole", "Årlig udgift", "Startdato", "Slutdato", "Kategori", "Tilflyttet"];
export interface Pupil {
  name: string;
  school: string;
  cost: number;
  start: number;
  end?: number | null;
  category?: string | null;
  arrival?: number | null;
}
const d = serialOf;
export const PUPILS: Pupil[] = [
  { name: "A1", school: "Hedensted Skole", cost: 200000, start: d(2021, 8, 1) }, // below the threshold
  { name: "A2", school: "Hedensted Skole", cost: 280000, start: d(2022, 8, 1) }, // shared: 272.497,50
  { name: "A3", school: "Hedensted Skole", cost: 400000, start: d(2020, 8, 1), category: "Anbragt" }, // exempt
  { name: "B1", school: "Løsning Skole", cost: 400000, start: d(2023, 8, 1) }, // capped: 287.077
  { name: "B2", school: "Løsning Skole", cost: 309159, start: d(2023, 8, 1), end: d(2024, 1, 31) }, // 184/366 of the cap
  { name: "B3", school: "Løsning Skole", cost: 300000, start: d(2023, 10, 1), category: "tilflytter", arrival: d(2023, 10, 1) }, // mover-in: 0
  { name: "C1", school: "Rask Mølle Skole", cost: 250000, start: d(2023, 8, 1), category: "tilflytter", arrival: d(2023, 3, 1) }, // from 1 Aug 2023
];

/** What the rules give for one pupil, exact, rounded to øre as the result sheet rounds. */
export function expected(p: Pupil, profile = DEFAULT_PROFILES[0]) {
  const model = unwrap(incentiveModel(profile.threshold, profile.cap, profile.schoolShare));
  const share = unwrap(liableFraction({ start: p.start, end: p.end ?? null }, 2023, unwrap(parseCategory(p.category ?? "")), p.arrival ?? null));
  const ore = (x: Dec) => x.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
  const liable = ore(new Dec(p.cost).times(share));
  const school = ore(unwrap(schoolPayment(p.cost, model)).times(share));
  return { liable, school, central: liable.minus(school), share, administrationFull: unwrap(centralPayment(p.cost, model)) };
}

/** The list's data rows, in the order of HEADERS. */
export function pupilRows(pupils: readonly Pupil[]): unknown[][] {
  return pupils.map((p) => [p.name, p.school, p.cost, p.start, p.end ?? null, p.category ?? null, p.arrival ?? null]);
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
