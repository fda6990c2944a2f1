/**
 * The figures of the seed documents (../shared/seeds, DOMAIN.md), for the tests and the sample
 * workbook. Amounts exactly as the documents print them, in their units; null is a blank cell.
 */
import { serialOf } from "../src/core/dates";

/** Seed 000, Tabel 1 (1.000 kr., 2023 p/l), columns 2022-2027. */
export const TABEL_1 = {
  years: [2022, 2023, 2024, 2025, 2026, 2027],
  /** Varige ændringer: Færre elever i specialundervisningstilbud (Service). */
  fewerPupils: [null, -420, -1000, -1000, -1000, -1000],
  /** Implementeringsomkostninger: Tilbageslusningskoordinator (Service). */
  coordinator: [625, 1500, 1500, null, null, null],
  /** Samlet økonomisk påvirkning. */
  total: [625, 1080, 500, -1000, -1000, -1000],
  /** Tilbagebetalingstid baseret på serviceeffektivisering. */
  payback: 6,
  /** DOMAIN.md §3: 5 + 205 / 1.000. */
  paybackFractional: 5.205,
} as const;

/** Seed 002, Prioriteringsforslag ISU01 (1.000 kr., 2022-priser), columns 2022-2025. */
export const ISU01 = {
  years: [2022, 2023, 2024, 2025],
  currentBudget: [62205, 62205, 62205, 62205],
  efficiency: [-300, -900, -1200, -1200],
  expansion: [600, 600, 600, 600],
  net: [300, -300, -600, -600],
  places: [-0.5, -1.5, -2.0, -2.0],
  perStep: 600,
} as const;

/** Seed 001, Indsatsplan 2020: initiatives a)-h), mio. kr. a year 2020-2023. */
export const INITIATIVES = {
  years: [2020, 2021, 2022, 2023],
  rows: [
    { id: "a", amounts: [9.9, 9.9, 9.9, 9.9], parts: [4.4, 1.0, 4.5] },
    { id: "b", amounts: [4.5, 4.5, 4.5, 4.5], parts: [2.4, 2.0, 0.1] },
    { id: "c", amounts: [3.0, 2.0, 2.0, 2.0] },
    { id: "d", amounts: [10.1, 10.1, 10.1, 10.1] },
    { id: "e", amounts: [4.2, 3.2, 2.2, 1.2] },
    { id: "f", amounts: [1.1, 0.5, 0.5, 0.5] },
    { id: "g", amounts: [1.0, 1.0, 1.0, 1.0] },
    { id: "h", amounts: [0.5, 0.5, 0.5, 0.5] },
  ],
  totals: [34.3, 31.7, 30.7, 29.7],
} as const;

/**
 * Seed 004, Ballerup day treatment per school district, full-year persons (1 decimal) and amount
 * (kr., whole kroner per district, totals with 1 decimal), 2014-2020.
 */
export const BALLERUP = {
  years: [2014, 2015, 2016, 2017, 2018, 2019, 2020],
  districts: [
    { name: "Anbragt", fte: [3.0, 4.1, 5.6, 5.5, 6.9, 9.0, 8.2], amount: [760332, 949345, 1360242, 1245600, 1721536, 2166243, 1766647] },
    { name: "Baltorpskolen", fte: [8.7, 10.6, 15.4, 14.1, 14.8, 15.6, 15.8], amount: [2417796, 3155811, 4852326, 4658884, 4794254, 4830367, 4903755] },
    { name: "Hedegårdsskolen", fte: [5.8, 5.5, 6.8, 7.5, 6.2, 6.3, 6.7], amount: [1824631, 1745663, 2425722, 2456339, 1926090, 1933190, 2035912] },
    { name: "Måløvhøj Skole", fte: [7.1, 6.7, 7.3, 7.1, 7.2, 13.0, 13.5], amount: [2101408, 2149015, 2520824, 2364146, 2280872, 3584864, 4025093] },
    { name: "Skovlunde Skole", fte: [2.6, 4.0, 7.8, 8.4, 11.7, 10.9, 8.3], amount: [745186, 1143661, 2433603, 2690129, 3670403, 3469578, 2741777] },
    { name: "Skovvejens Skole", fte: [3.1, 5.6, 6.0, 6.6, 9.0, 9.7, 9.6], amount: [1183910, 2201530, 2129914, 1930734, 2557488, 2733887, 2661393] },
  ],
  totalFte: [30.4, 36.5, 49.0, 49.2, 55.8, 64.5, 62.1],
  totalAmount: [9033262.2, 11345025.0, 15722630.5, 15345831.4, 16950643.1, 18718129.0, 18134577.0],
} as const;

/** Seed 004, SkoleFleks: 25 pupils × 200.000 kr., funded half and half by two frames. */
export const SKOLEFLEKS = { pupils: 25, tariff: 200000, pool: 5000000, funding: [2500000, 2500000] } as const;

/** Seed 003, Hedensted: the safety net, mio. kr. (current and proposed). */
export const SAFETY_NET = {
  current: { total: 19.4, parts: [6.5, 3, 9.9] },
  proposed: { total: 16, parts: [10, 3, 3] },
} as const;

/** A pupil list row: DOMAIN.md §2's worked examples, school year 2023/24. */
export interface Pupil {
  name: string;
  school: string;
  cost: number;
  start: number;
  end?: number | null;
  category?: string | null;
  arrival?: number | null;
}

export const HEADERS = ["Elev", "Betalende skole", "Årlig udgift", "Startdato", "Slutdato", "Kategori", "Tilflyttet"];
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

/** The list's data rows, in the order of HEADERS. */
export function pupilRows(pupils: readonly Pupil[]): (string | number | null)[][] {
  return pupils.map((p) => [p.name, p.school, p.cost, p.start, p.end ?? null, p.category ?? null, p.arrival ?? null]);
}

/**
 * Ballerup's day-treatment table (seed 004) as typed from the PDF into a sheet in General format:
 * full-year persons, then amounts, each with the district rows and the printed total, `edit`
 * planting errors. Values only, rows from A1.
 */
export function ballerupTyped(edit: (rows: unknown[][]) => void = () => undefined): unknown[][] {
  const rows: unknown[][] = [
    ["Dagbehandling, helårspersoner", ...BALLERUP.years],
    ...BALLERUP.districts.map((d) => [d.name, ...d.fte]),
    ["I alt", ...BALLERUP.totalFte],
    [],
    ["Dagbehandling, kr., løbende priser", ...BALLERUP.years],
    ...BALLERUP.districts.map((d) => [d.name, ...d.amount]),
    ["I alt", ...BALLERUP.totalAmount],
  ];
  edit(rows);
  return rows;
}
