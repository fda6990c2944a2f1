import { orNote, sumCheckFormula, unlessNoted } from "./withoutAddIn";

/**
 * Whether Excel knows ALLOCATE, asked of a function of the same add-in that answers one value:
 * ALLOCATE itself answers a range (its error branch would rely on a spill), and INDEX around it turns
 * an unknown function's #NAME? into #N/A in LibreOffice.
 */
const ALLOCATE_KNOWN = "SUMCHECK(1,1)";
import { cellAddress, columnName, rangeAddress } from "../core/address";
import type { CellInput, SheetLayout } from "./layouts";
import { sheetStyle, ZERO_HIDDEN } from "./style";

/**
 * The municipal proposal templates (issue #4), each one declarative definition written into a
 * SheetLayout: labels, input cells, live formulas, formats. Amounts follow the sign convention of
 * DOMAIN.md §1 (savings negative). `filled` puts the seed document's own figures in the input cells,
 * so a test (and the sample workbook) can show that the formulas reproduce the seed.
 */
export type TemplateKind = "investment" | "prioritisation" | "initiatives" | "skolefleks" | "budget";

export const TEMPLATE_KINDS: readonly TemplateKind[] = ["investment", "prioritisation", "initiatives", "skolefleks", "budget"];

/** Templates without year columns or a price level: the pane does not ask for them. */
export const WITHOUT_YEARS: readonly TemplateKind[] = ["skolefleks", "budget"];

/** The sheet a template is written to by the command line (the pane asks for a free name). */
export const TEMPLATE_SHEET_NAMES: Record<TemplateKind, string> = {
  investment: "Investeringsforslag",
  prioritisation: "Prioriteringsforslag",
  initiatives: "Indsatsplan",
  skolefleks: "SkoleFleks",
  budget: "Skolernes budget",
};

export interface TemplateOptions {
  /** The first year column. */
  readonly firstYear: number;
  /** How many year columns. */
  readonly years: number;
  /** The price level the table is stated in ("1.000 kr. <year> p/l"). */
  readonly priceYear: number;
  /** Fill the input cells with the seed document's figures (and its years). @default false */
  readonly filled?: boolean;
}

/** Where a template's key results are, for tests and for the check (0-based cells). */
export interface TemplateLayout extends SheetLayout {
  readonly kind: TemplateKind;
  /** Named result rows or cells: e.g. "total" → the row of "Samlet økonomisk påvirkning". */
  readonly anchors: Readonly<Record<string, { readonly row: number; readonly column: number }>>;
}

// Zeros hidden: a blank template shows no 0 in sums of cells still to be filled.
const THOUSANDS = ZERO_HIDDEN.whole;
const ONE_DECIMAL = ZERO_HIDDEN.oneDecimal;
const KRONER = ZERO_HIDDEN.whole;

type Row = CellInput[];

/** Year columns start here in every year table (A: label, B: area or note). */
const FIRST_YEAR_COLUMN = 2;

/**
 * The years and price level of each seed document: a template filled with the seed's figures uses
 * these, whatever was chosen (the pane shows them, its own year fields disabled). Templates without
 * year columns have none.
 */
export const SEED_YEARS: Readonly<Record<TemplateKind, { readonly firstYear: number; readonly years: number; readonly priceYear: number } | null>> = {
  investment: { firstYear: 2022, years: 6, priceYear: 2023 },
  prioritisation: { firstYear: 2022, years: 4, priceYear: 2022 },
  initiatives: { firstYear: 2020, years: 4, priceYear: 2020 },
  skolefleks: null,
  budget: null,
};

/** The options a template is built with: the seed's years where it is filled with the seed's figures. */
function effective(kind: TemplateKind, options: TemplateOptions): { years: number[]; priceYear: number } {
  const seed = options.filled === true ? SEED_YEARS[kind] : null;
  const { firstYear, years, priceYear } = seed ?? options;
  return { years: Array.from({ length: years }, (_x, i) => firstYear + i), priceYear };
}

/** A row of amounts in the year columns, blank where there is none. */
function amounts(values: readonly (number | null)[] | undefined, count: number): CellInput[] {
  return Array.from({ length: count }, (_x, i) => values?.[i] ?? null);
}

/** =SUM over rows [from, to] of each year column. */
function sums(from: number, to: number, count: number): CellInput[] {
  return Array.from({ length: count }, (_x, i) => {
    const column = FIRST_YEAR_COLUMN + i;
    return `=SUM(${rangeAddress(from, column, to - from + 1, 1)})`;
  });
}

function yearRange(row: number, count: number): string {
  return rangeAddress(row, FIRST_YEAR_COLUMN, 1, count);
}

interface Item {
  readonly label: string;
  readonly area: string | null;
  readonly values?: readonly (number | null)[];
}

/** Seed 000, Tabel 1 (1.000 kr., 2023 p/l, 2022-2027). */
const SEED_000 = {
  permanent: [{ label: "Færre elever i specialundervisningstilbud", area: "Service", values: [null, -420, -1000, -1000, -1000, -1000] }],
  implementation: [{ label: "Tilbageslusningskoordinator", area: "Service", values: [625, 1500, 1500, null, null, null] }],
};

/**
 * Investeringsforslag (seed 000, DOMAIN.md §3): Tabel 1 with permanent changes and implementation
 * costs by styringsområde, their subtotals, the total economic impact, the payback periods based on
 * service efficiency (the Service rows) and on total economy (all rows); Tabel 2 (the permanent
 * changes with appropriation and profit centre); the follow-up table.
 */
export function investmentProposal(sheet: string, options: TemplateOptions): TemplateLayout {
  const filled = options.filled === true;
  const { years: ys, priceYear } = effective("investment", options);
  const n = ys.length;
  // A row still to be filled names no styringsområde: the seed's blank rows leave it empty too.
  const blankItems = (count: number): Item[] => Array.from({ length: count }, () => ({ label: "", area: null }));
  const permanent: Item[] = filled ? [...SEED_000.permanent, ...blankItems(1)] : blankItems(3);
  const implementation: Item[] = filled ? [...SEED_000.implementation, ...blankItems(1)] : blankItems(3);

  const cells: Row[] = [
    ["Investeringsforslag"],
    ["Forslagets titel:", filled ? "Øget tilbageslusning fra specialundervisningstilbud" : null],
    // The catalogue's fields (issue #31): the number and committee the budget office sorts by.
    ["Nr.:", null, "Udvalg:", null],
    ["Tabel 1. Forslagets samlede økonomiske konsekvenser"],
  ];
  const header = cells.length;
  cells.push([`1.000 kr. ${priceYear} p/l`, "Styringsområde", ...ys], ["Varige ændringer"]);
  const permanentFirst = cells.length;
  for (const item of permanent) cells.push([item.label || null, item.area, ...amounts(item.values, n)]);
  const permanentLast = cells.length - 1;
  const permanentTotal = cells.length;
  cells.push(["Samlet varig ændring", null, ...sums(permanentFirst, permanentLast, n)]);
  cells.push([]);
  cells.push(["Implementeringsomkostninger"]);
  const implementationFirst = cells.length;
  for (const item of implementation) cells.push([item.label || null, item.area, ...amounts(item.values, n)]);
  const implementationLast = cells.length - 1;
  const implementationTotal = cells.length;
  cells.push(["Samlede implementeringsomkostninger", null, ...sums(implementationFirst, implementationLast, n)]);
  cells.push([]);
  const total = cells.length;
  cells.push([
    "Samlet økonomisk påvirkning",
    null,
    ...ys.map((_y, i) => {
      const c = columnName(FIRST_YEAR_COLUMN + i);
      return `=${c}${permanentTotal + 1}+${c}${implementationTotal + 1}`;
    }),
  ]);
  const service = cells.length;
  const area = (from: number, to: number) => `$B$${from + 1}:$B$${to + 1}`;
  cells.push([
    "Heraf styringsområde Service",
    "Service",
    ...ys.map((_y, i) => {
      const c = columnName(FIRST_YEAR_COLUMN + i);
      const part = (from: number, to: number) => `SUMIFS(${c}${from + 1}:${c}${to + 1},${area(from, to)},$B$${service + 1})`;
      return `=${part(permanentFirst, permanentLast)}+${part(implementationFirst, implementationLast)}`;
    }),
  ]);
  cells.push([]);
  const paybackService = cells.length;
  cells.push(["Tilbagebetalingstid baseret på serviceeffektivisering", null, `=IF(COUNT(${yearRange(service, n)})=0,"",${orNote(`PAYBACK(${yearRange(service, n)})`)})`]);
  const paybackTotal = cells.length;
  cells.push(["Tilbagebetalingstid baseret på totaløkonomi", null, `=IF(COUNT(${yearRange(total, n)})=0,"",${orNote(`PAYBACK(${yearRange(total, n)})`)})`]);
  cells.push([]);
  cells.push(["Noter til alle tabeller:"]);
  cells.push([`Forslaget er udarbejdet i ${priceYear} p/l.`]);
  cells.push(["Alle besparelser er angivet med negativt (-) fortegn."]);
  cells.push([]);

  const table2 = cells.length;
  cells.push(["Tabel 2. Varige ændringer, service"]);
  cells.push([`1.000 kr. ${priceYear} p/l`, "Bevilling / profitcenter", ...ys]);
  permanent.forEach((_item, k) => {
    const source = permanentFirst + k;
    cells.push([
      `=IF(A${source + 1}="","",A${source + 1})`,
      null,
      ...ys.map((_y, i) => `=${columnName(FIRST_YEAR_COLUMN + i)}${source + 1}`),
    ]);
  });
  cells.push([]);
  const followUp = cells.length;
  cells.push(["Opfølgning"]);
  cells.push(["Mål", "Hvordan måles det", "Hvem følger op", "Hvornår"]);
  for (let i = 0; i < 3; i += 1) cells.push([]);

  const amountRows = [
    [permanentFirst, implementationTotal + 3],
    [table2 + 2, table2 + 1 + permanent.length],
  ];
  const width = FIRST_YEAR_COLUMN + n;
  const items = (first: number, count: number) => rangeAddress(first, 0, count, width);
  const style = sheetStyle(cells, {
    headers: [rangeAddress(header, 0, 1, width), rangeAddress(table2 + 1, 0, 1, width), rangeAddress(followUp + 1, 0, 1, 4)],
    inputs: [
      "B2",
      "B3",
      "D3",
      items(permanentFirst, permanent.length),
      items(implementationFirst, implementation.length),
      rangeAddress(table2 + 2, 1, permanent.length, 1),
      rangeAddress(followUp + 2, 0, 3, 4),
    ],
    tables: [rangeAddress(header, 0, paybackTotal - header + 1, width), rangeAddress(table2 + 1, 0, permanent.length + 1, width), rangeAddress(followUp + 1, 0, 4, 4)],
    freezeRows: header + 1,
  });
  return {
    kind: "investment",
    sheet,
    cells,
    style,
    names: [],
    numberFormats: [
      // Payback cells keep Excel's General format: 6, or 5,205 when interpolated.
      ...amountRows.map(([from, to]) => ({ address: rangeAddress(from, FIRST_YEAR_COLUMN, to - from + 1, n), format: THOUSANDS })),
    ],
    bold: [
      "A1",
      cellAddress(header - 1, 0),
      rangeAddress(header, 0, 1, FIRST_YEAR_COLUMN + n),
      rangeAddress(permanentTotal, 0, 1, FIRST_YEAR_COLUMN + n),
      rangeAddress(implementationTotal, 0, 1, FIRST_YEAR_COLUMN + n),
      rangeAddress(total, 0, 1, FIRST_YEAR_COLUMN + n),
      cellAddress(table2, 0),
      cellAddress(followUp, 0),
    ],
    anchors: {
      header: { row: header, column: 0 },
      total: { row: total, column: FIRST_YEAR_COLUMN },
      service: { row: service, column: FIRST_YEAR_COLUMN },
      paybackService: { row: paybackService, column: FIRST_YEAR_COLUMN },
      paybackTotal: { row: paybackTotal, column: FIRST_YEAR_COLUMN },
    },
  };
}

/**
 * Prioriteringsforslag (seed 002, DOMAIN.md §5): current budget, efficiency (from the potential
 * table: places moved one step down × effect per step), expansion, net change, staff years.
 */
export function prioritisationProposal(sheet: string, options: TemplateOptions): TemplateLayout {
  const filled = options.filled === true;
  const { years: ys, priceYear } = effective("prioritisation", options);
  const n = ys.length;
  const seed = filled
    ? { budget: [62205, 62205, 62205, 62205], expansion: [600, 600, 600, 600], staff: [1, 1, 1, 1], places: [-0.5, -1.5, -2, -2], effect: [600, 600, 600, 600] }
    : null;
  const cells: Row[] = [
    ["Prioriteringsforslag"],
    ["Nr.", filled ? "ISU01" : null],
    ["Overskrift", filled ? "Udvidet opfølgning på elever i eksterne specialiserede skole- og dagbehandlingstilbud" : null],
    // The catalogue's field (issue #31).
    ["Udvalg", null],
  ];
  const header = cells.length;
  cells.push([`Beløb i 1.000 kr. ${priceYear}-priser`, null, ...ys], ["Nuværende budget", null, ...amounts(seed?.budget, n)], ["Budgetændring – drift"]);
  const efficiency = cells.length;
  // A place for the row: written below, once the potential table's rows are known.
  // Stryker disable next-line StringLiteral,ArrayDeclaration: equivalent, the row is overwritten whole (cells[efficiency] = …)
  cells.push(["Effektivisering", null]);
  const expansion = cells.length;
  cells.push(["Udvidelse", null, ...amounts(seed?.expansion, n)]);
  const net = cells.length;
  cells.push([
    "Samlet ændring (netto)",
    null,
    ...ys.map((_y, i) => {
      const c = columnName(FIRST_YEAR_COLUMN + i);
      return `=${c}${efficiency + 1}+${c}${expansion + 1}`;
    }),
  ]);
  cells.push([]);
  cells.push(["Personalekonsekvenser"]);
  const staff = cells.length;
  cells.push(["Ændring i antal årsværk", null, ...amounts(seed?.staff, n)]);
  cells.push(["Note: (-) = mindreudgift/merindtægt, (+) = merudgift/mindreindtægt"]);
  cells.push([]);
  cells.push(["Potentiale: pladser ét trin ned til et billigere tilbud"]);
  cells.push(["", null, ...ys]);
  const places = cells.length;
  cells.push(["Pladser ét trin ned (antal)", null, ...amounts(seed?.places, n)]);
  const effect = cells.length;
  cells.push(["Effekt pr. trin (1.000 kr.)", null, ...amounts(seed?.effect, n)]);
  const potential = cells.length;
  cells.push([
    "Effektivisering (1.000 kr.)",
    null,
    ...ys.map((_y, i) => {
      const c = columnName(FIRST_YEAR_COLUMN + i);
      return `=${c}${places + 1}*${c}${effect + 1}`;
    }),
  ]);
  cells[efficiency] = ["Effektivisering", null, ...ys.map((_y, i) => `=${columnName(FIRST_YEAR_COLUMN + i)}${potential + 1}`)];

  const width = FIRST_YEAR_COLUMN + n;
  const yearCells = (row: number, rows = 1) => rangeAddress(row, FIRST_YEAR_COLUMN, rows, n);
  const style = sheetStyle(cells, {
    headers: [rangeAddress(header, 0, 1, width), rangeAddress(places - 1, 0, 1, width)],
    inputs: ["B2", "B3", "B4", yearCells(header + 1), yearCells(expansion), yearCells(staff), yearCells(places, 2)],
    tables: [rangeAddress(header, 0, net - header + 1, width), rangeAddress(staff, 0, 1, width), rangeAddress(places - 1, 0, potential - places + 2, width)],
    freezeRows: header + 1,
  });
  return {
    kind: "prioritisation",
    sheet,
    cells,
    style,
    names: [],
    numberFormats: [
      { address: rangeAddress(header + 1, FIRST_YEAR_COLUMN, net - header, n), format: THOUSANDS },
      { address: rangeAddress(staff, FIRST_YEAR_COLUMN, 1, n), format: ONE_DECIMAL },
      { address: rangeAddress(places, FIRST_YEAR_COLUMN, 1, n), format: ONE_DECIMAL },
      { address: rangeAddress(effect, FIRST_YEAR_COLUMN, 2, n), format: THOUSANDS },
    ],
    bold: ["A1", rangeAddress(header, 0, 1, FIRST_YEAR_COLUMN + n), rangeAddress(net, 0, 1, FIRST_YEAR_COLUMN + n)],
    anchors: {
      header: { row: header, column: 0 },
      efficiency: { row: efficiency, column: FIRST_YEAR_COLUMN },
      net: { row: net, column: FIRST_YEAR_COLUMN },
      staff: { row: staff, column: FIRST_YEAR_COLUMN },
    },
  };
}

/** Seed 001, Indsatsplan 2020: initiatives a)-h) in mio. kr. 2020-2023, a) and b) with sub-items. */
const SEED_001: readonly { label: string; values: number[]; parts?: { label: string; values: number[] }[] }[] = [
  {
    label: "a) Styrkelse af skolernes ressourcecentre",
    values: [9.9, 9.9, 9.9, 9.9],
    parts: [
      { label: "Målrettede tiltag for inkluderende læringsmiljøer", values: [4.4, 4.4, 4.4, 4.4] },
      { label: "Partnerskaber mellem almene skoler og specialtilbud", values: [1.0, 1.0, 1.0, 1.0] },
      { label: "Co-teachingsforløb", values: [4.5, 4.5, 4.5, 4.5] },
    ],
  },
  {
    label: "b) Styrkelse af kompetencecentrene",
    values: [4.5, 4.5, 4.5, 4.5],
    parts: [
      { label: "Udvidelse af kompetencecentrenes support", values: [2.4, 2.4, 2.4, 2.4] },
      { label: "Understøttelse af co-teaching", values: [2.0, 2.0, 2.0, 2.0] },
      { label: "Kompetenceudviklingsforløb", values: [0.1, 0.1, 0.1, 0.1] },
    ],
  },
  { label: "c) Styrkelse af den tidlige indsats i dagtilbuddene", values: [3.0, 2.0, 2.0, 2.0] },
  { label: "d) Styrkelse af specialsupporten (PPR) til lærere og pædagoger", values: [10.1, 10.1, 10.1, 10.1] },
  { label: "e) Fleksible indsatser", values: [4.2, 3.2, 2.2, 1.2] },
  { label: "f) Systematisk opfølgning og ledelsesinformation", values: [1.1, 0.5, 0.5, 0.5] },
  { label: "g) Styrket visitations- og revisitationspraksis", values: [1.0, 1.0, 1.0, 1.0] },
  { label: "h) Forebyggelse af vold og trusler", values: [0.5, 0.5, 0.5, 0.5] },
];

/**
 * Indsatsplan (seed 001, DOMAIN.md §4): initiatives with their sub-items, a check that the sub-items add up (SUMCHECK's rule in built-in functions) under every
 * initiative with sub-items (to the one decimal shown), and the yearly totals of the initiatives.
 */
export function initiativePlan(sheet: string, options: TemplateOptions): TemplateLayout {
  const filled = options.filled === true;
  const { years: ys, priceYear } = effective("initiatives", options);
  const n = ys.length;
  const plan = filled
    ? SEED_001
    : [
        { label: "a) Indsats", values: [], parts: [{ label: "Delpost", values: [] }, { label: "Delpost", values: [] }] },
        { label: "b) Indsats", values: [] },
        { label: "c) Indsats", values: [] },
      ];
  // The catalogue's fields (issue #31) on the row under the heading.
  const cells: Row[] = [["Indsatsplan"], ["Nr.", null, "Udvalg", null]];
  const header = cells.length;
  cells.push([`Mio. kr. ${priceYear} p/l`, null, ...ys]);
  const initiativeRows: number[] = [];
  /** Rows the user types: the initiatives and their sub-items. */
  const typed: number[] = [];
  const checks: number[] = [];
  for (const initiative of plan) {
    const row = cells.length;
    initiativeRows.push(row);
    typed.push(row);
    cells.push([initiative.label, null, ...amounts(initiative.values, n)]);
    if (initiative.parts !== undefined) {
      const first = cells.length;
      for (const part of initiative.parts) {
        typed.push(cells.length);
        cells.push([`   ${part.label}`, "heraf", ...amounts(part.values, n)]);
      }
      const last = cells.length - 1;
      checks.push(cells.length);
      cells.push([
        "   Delposterne stemmer",
        null,
        ...ys.map((_y, i) => {
          const c = columnName(FIRST_YEAR_COLUMN + i);
          // Blank until something is typed, rather than "a value is required" all over a new template.
          return `=IF(COUNT(${c}${first + 1}:${c}${last + 1},${c}${row + 1})=0,"",${sumCheckFormula(`${c}${first + 1}:${c}${last + 1}`, `${c}${row + 1}`, 1)})`;
        }),
      ]);
    }
  }
  const total = cells.length;
  cells.push([
    "I alt",
    null,
    ...ys.map((_y, i) => {
      const c = columnName(FIRST_YEAR_COLUMN + i);
      return `=${initiativeRows.map((r) => `${c}${r + 1}`).join("+")}`;
    }),
  ]);
  const width = FIRST_YEAR_COLUMN + n;
  const style = sheetStyle(cells, {
    headers: [rangeAddress(header, 0, 1, width)],
    inputs: ["B2", "D2", ...typed.flatMap((row) => [cellAddress(row, 0), rangeAddress(row, FIRST_YEAR_COLUMN, 1, n)])],
    tables: [rangeAddress(header, 0, total - header + 1, width)],
    freezeRows: header + 1,
  });
  return {
    kind: "initiatives",
    sheet,
    cells,
    style,
    names: [],
    numberFormats: [{ address: rangeAddress(header + 1, FIRST_YEAR_COLUMN, total - header, n), format: ONE_DECIMAL }],
    bold: ["A1", rangeAddress(header, 0, 1, FIRST_YEAR_COLUMN + n), rangeAddress(total, 0, 1, FIRST_YEAR_COLUMN + n)],
    anchors: {
      header: { row: header, column: 0 },
      total: { row: total, column: FIRST_YEAR_COLUMN },
      ...Object.fromEntries(checks.map((row, k) => [`check${k}`, { row, column: FIRST_YEAR_COLUMN }])),
    },
  };
}

/**
 * SkoleFleks-puljen (seed 004, DOMAIN.md §6): pupils × tariff, and the pool's funding split over the
 * frames by a key with ALLOCATE, exact to the krone.
 */
export function skoleFleksPool(sheet: string, options: TemplateOptions): TemplateLayout {
  const filled = options.filled === true;
  // Rows (0-based): the pool's three lines from row 3, then the funding table, one row per frame.
  const [pupilsRow, tariffRow, poolRow] = [2, 3, 4];
  const headerRow = poolRow + 2;
  const frames = ["Specialundervisningsrammen", "Dagbehandling"];
  const firstFrame = headerRow + 1;
  const totalRow = firstFrame + frames.length;
  const [keyColumn, amountColumn] = [1, 2];
  const cell = (row: number, column: number, absolute = false) => cellAddress(row, column, absolute);
  const keys = rangeAddress(firstFrame, keyColumn, frames.length, 1, true);
  const amounts = rangeAddress(firstFrame, amountColumn, frames.length, 1);
  const pool = cell(poolRow, keyColumn);
  const cells: Row[] = [
    ["SkoleFleks-puljen"],
    [],
    ["Antal elever", filled ? 25 : null],
    ["Takst pr. elev (kr.)", filled ? 200000 : null],
    ["Puljen (kr.)", `=${cell(pupilsRow, keyColumn)}*${cell(tariffRow, keyColumn)}`],
    [],
    ["Finansiering", "Nøgle", "Beløb (kr.)"],
    // Each part takes its own element of ALLOCATE's answer: no formula relies on a spill, which a
    // file written outside Excel cannot carry (exceljs #1491) and older Excel cannot show.
    ...frames.map((frame, k): Row => [frame, filled ? 1 : null, `=IF(SUM(${keys})=0,"",${orNote(`INDEX(ALLOCATE(${cell(poolRow, keyColumn, true)},${keys}),${k + 1})`, ALLOCATE_KNOWN)})`]),
    ["I alt", `=SUM(${rangeAddress(firstFrame, keyColumn, frames.length, 1)})`, `=${unlessNoted(amounts, `SUM(${amounts})`)}`],
    ["Fordelt præcist", null, `=${unlessNoted(amounts, `IF(COUNT(${amounts})=0,"",${sumCheckFormula(amounts, pool)})`)}`],
  ];
  const style = sheetStyle(cells, {
    headers: [rangeAddress(headerRow, 0, 1, 3)],
    inputs: [rangeAddress(pupilsRow, keyColumn, 2, 1), rangeAddress(firstFrame, keyColumn, frames.length, 1)],
    tables: [rangeAddress(pupilsRow, 0, 3, 2), rangeAddress(headerRow, 0, frames.length + 3, 3)],
  });
  return {
    kind: "skolefleks",
    sheet,
    cells,
    style,
    names: [],
    numberFormats: [
      { address: rangeAddress(tariffRow, keyColumn, 2, 1), format: KRONER },
      { address: rangeAddress(firstFrame, amountColumn, frames.length + 1, 1), format: KRONER },
    ],
    bold: ["A1", rangeAddress(headerRow, 0, 1, 3), rangeAddress(totalRow, 0, 1, 3)],
    anchors: { pool: { row: poolRow, column: keyColumn }, funding: { row: firstFrame, column: amountColumn }, check: { row: totalRow + 1, column: amountColumn } },
  };
}

/** How many school rows the budget template has; the filled one uses the first three. */
export const BUDGET_TEMPLATE_SCHOOLS = 20;

/**
 * The schools' budget on its own (DOMAIN.md §7), for a workbook without the pane's result sheet: the
 * amount devolved and the safety net's planning part split over the schools by a key with ALLOCATE,
 * exact to the krone; each school's payments typed in (or linked to a result sheet); its net
 * (allocation + safety net − payments); the municipality's net and a check (SUMCHECK's rule, built-in functions) that it is the sum of
 * the schools'. Filled: §7's worked example (1.000.000 kr. by 300 / 200 / 100 pupils, payments
 * 400.000 / 350.000 / 100.000 → nets +100.000 / −16.667 / +66.667, the municipality +150.000).
 */
export function schoolsBudget(sheet: string, options: TemplateOptions): TemplateLayout {
  const filled = options.filled === true;
  const [devolvedRow, netRow, headerRow] = [1, 2, 4];
  const first = headerRow + 1;
  const n = BUDGET_TEMPLATE_SCHOOLS;
  const totalRow = first + n;
  const at = { school: 0, key: 1, payments: 2, allocation: 3, safetyNet: 4, net: 5 } as const;
  const headers = ["Skole", "Nøgle", "Skolens betaling (kr.)", "Tildeling (kr.)", "Sikkerhedsnet (kr.)", "Netto (kr.)"];
  const column = (c: number) => rangeAddress(first, c, n, 1, true);
  const keys = column(at.key);
  const [devolved, net] = [cellAddress(devolvedRow, 1, true), cellAddress(netRow, 1, true)];
  const example = [
    ["Skole A", 300, 400000],
    ["Skole B", 200, 350000],
    ["Skole C", 100, 100000],
  ] as const;
  const cells: Row[] = [
    ["Skolernes budget: tildeling, sikkerhedsnet, betaling og netto pr. skole"],
    ["Udlagt til skolerne (kr.)", filled ? 1000000 : null],
    ["Sikkerhedsnet fordelt ved planlægning (kr.)", null],
    [],
    headers,
    ...Array.from({ length: n }, (_x, k): Row => {
      const r = first + k;
      const own = (c: number) => cellAddress(r, c);
      const typed = filled ? example[k] : undefined;
      // Each school its own element of ALLOCATE's answer: nothing relies on a spill.
      const share = (amount: string) => `=IF(OR(${own(at.key)}="",${amount}="",${amount}=0,SUM(${keys})=0),"",${orNote(`INDEX(ALLOCATE(${amount},${keys}),${k + 1})`, ALLOCATE_KNOWN)})`;
      return [
        typed?.[0] ?? null,
        typed?.[1] ?? null,
        typed?.[2] ?? null,
        share(devolved),
        share(net),
        `=IF(AND(${own(at.school)}="",${own(at.payments)}=""),"",${unlessNoted(`${own(at.allocation)}:${own(at.safetyNet)}`, `ROUND(SUM(${own(at.allocation)}:${own(at.safetyNet)})-SUM(${own(at.payments)}),2)`)})`,
      ];
    }),
    ["I alt", `=SUM(${keys})`, ...[at.payments, at.allocation, at.safetyNet, at.net].map((c) => `=${unlessNoted(column(c), `ROUND(SUM(${column(c)}),2)`)}`)],
    ["Kommunen: udlagt + sikkerhedsnet − betaling", null, null, null, null, `=ROUND(SUM(${devolved}:${net})-SUM(${column(at.payments)}),2)`],
    ["Stemmer med skolernes netto", null, null, null, null, `=${unlessNoted(column(at.net), `IF(COUNT(${column(at.net)})=0,"",${sumCheckFormula(column(at.net), cellAddress(totalRow + 1, at.net))})`)}`],
  ];
  const style = sheetStyle(cells, {
    headers: [rangeAddress(headerRow, 0, 1, headers.length)],
    inputs: [rangeAddress(devolvedRow, 1, 2, 1), rangeAddress(first, 0, n, 3)],
    tables: [rangeAddress(devolvedRow, 0, 2, 2), rangeAddress(headerRow, 0, n + 4, headers.length)],
    freezeRows: headerRow + 1,
  });
  return {
    kind: "budget",
    sheet,
    cells,
    style,
    names: [],
    numberFormats: [
      { address: rangeAddress(devolvedRow, 1, 2, 1), format: KRONER },
      { address: rangeAddress(first, at.payments, n + 2, 4), format: "#,##0.00;-#,##0.00;;@" },
    ],
    bold: ["A1", rangeAddress(headerRow, 0, 1, headers.length), rangeAddress(totalRow, 0, 2, headers.length)],
    anchors: {
      header: { row: headerRow, column: 0 },
      firstSchool: { row: first, column: at.school },
      total: { row: totalRow, column: at.net },
      municipality: { row: totalRow + 1, column: at.net },
      check: { row: totalRow + 2, column: at.net },
    },
  };
}

/** The template of a kind. */
export function templateLayout(kind: TemplateKind, sheet: string, options: TemplateOptions): TemplateLayout {
  switch (kind) {
    case "investment":
      return investmentProposal(sheet, options);
    case "prioritisation":
      return prioritisationProposal(sheet, options);
    case "initiatives":
      return initiativePlan(sheet, options);
    case "skolefleks":
      return skoleFleksPool(sheet, options);
    case "budget":
      return schoolsBudget(sheet, options);
  }
}
