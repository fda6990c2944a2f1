/**
 * The catalogue's fixtures (issue #31): proposal workbooks made from the templates with varied
 * contents, some saved again by LibreOffice, some typed by hand in odd layouts, with planted errors,
 * plus the seeds' own proposals; and what each one holds, stated here from the inputs (not read back),
 * so the test can hold the catalogue to it. `MAKE_FIXTURES=1 npx jest test/tools/catalogue` writes them
 * to test/fixtures/catalogue/ (LibreOffice re-saves the ones marked so); the files are committed.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { CatalogueFindingKind } from "../src/core/catalogue";
import type { ProposalField, ProposalType } from "../src/core/proposal";
import type { CellInput, SheetLayout } from "../src/sheets/layouts";
import { type TemplateKind, templateLayout } from "../src/sheets/templates";
import { writeXlsx } from "./xlsx";

export const FIXTURE_DIR = path.join(__dirname, "..", "test", "fixtures", "catalogue");
/** The catalogue's price level in the test, and the index table it converts with (KL-like figures). */
export const FIXTURE_PRICE_YEAR = 2026;
export const FIXTURE_INDEX: readonly (readonly [number, number])[] = [
  [2020, 100],
  [2021, 101.9],
  [2022, 104.2],
  [2023, 108.5],
  [2024, 111.2],
  [2025, 113.6],
  [2026, 116.3],
  [2027, 119],
];

/** One fixture: its file, what it holds, what is planted in it. */
export interface Fixture {
  readonly file: string;
  readonly sheet: string;
  readonly number: string | null;
  readonly committee: string | null;
  readonly type: ProposalType;
  readonly priceYear: number;
  /** Total economic effect per year, 1.000 kr. at its own price level, as the inputs make it. */
  readonly totals: Readonly<Record<number, number>>;
  /** The findings planted (and no others expected). */
  readonly planted: readonly CatalogueFindingKind[];
  readonly missing: readonly ProposalField[];
  readonly libreOffice?: true;
  readonly layout: () => SheetLayout;
}

const COMMITTEES = ["Børne- og Ungdomsudvalget", "Socialudvalget", "Sundheds- og Omsorgsudvalget", "Beskæftigelsesudvalget"];
const YEARS = [2026, 2027, 2028, 2029];

/** A template with cells set: `at` finds a row by its first cell's text. */
function edited(kind: TemplateKind, sheet: string, priceYear: number, edit: (set: (label: string, offset: number, values: readonly CellInput[], column?: number) => void) => void): SheetLayout {
  const layout = templateLayout(kind, sheet, { firstYear: YEARS[0], years: YEARS.length, priceYear });
  const cells = layout.cells.map((row) => [...row]);
  edit((label, offset, values, column = 0) => {
    const r = cells.findIndex((row) => row[0] === label);
    if (r < 0) throw new Error(`no row ${label} in the ${kind} template`);
    const row = cells[r + offset] ?? [];
    values.forEach((v, i) => (row[column + i] = v));
    cells[r + offset] = row;
  });
  return { ...layout, cells };
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
const byYear = (xs: readonly number[]): Record<number, number> => Object.fromEntries(YEARS.map((y, i) => [y, xs[i]]));

/** An investment proposal from the template: implementation costs, then permanent savings. */
function investment(file: string, number: string | null, committee: string | null, priceYear: number, implementation: readonly number[], permanent: readonly number[], planted: CatalogueFindingKind[] = [], extra: Partial<Fixture> = {}): Fixture {
  const total = YEARS.map((_y, i) => implementation[i] + permanent[i]);
  return {
    file,
    sheet: "Investeringsforslag",
    number,
    committee,
    type: "investering",
    priceYear,
    totals: byYear(total),
    planted,
    missing: [...(number === null ? ["number" as const] : []), ...(committee === null ? ["committee" as const] : [])],
    ...extra,
    layout: () =>
      edited("investment", "Investeringsforslag", priceYear, (set) => {
        set("Forslagets titel:", 0, [`Investering ${number ?? ""}: tidlig indsats`], 1);
        set("Nr.:", 0, [number, "Udvalg:", committee], 1);
        set("Varige ændringer", 1, ["Færre elever i specialtilbud", "Service", ...permanent.map((v) => (v === 0 ? null : v))]);
        set("Implementeringsomkostninger", 1, ["Koordinator", "Service", ...implementation.map((v) => (v === 0 ? null : v))]);
      }),
  };
}

/** A prioritisation (efficiency) proposal: places one step down × the effect per step, plus an expansion. */
function prioritisation(file: string, number: string, committee: string | null, priceYear: number, places: readonly number[], effect: number, expansion: number, planted: CatalogueFindingKind[] = [], extra: Partial<Fixture> = {}): Fixture {
  const total = YEARS.map((_y, i) => places[i] * effect + expansion);
  return {
    file,
    sheet: "Prioriteringsforslag",
    number,
    committee,
    type: "prioritering",
    priceYear,
    totals: byYear(total),
    planted,
    // The prioritisation template has no styringsområde.
    missing: [...(committee === null ? ["committee" as const] : []), "area"],
    ...extra,
    layout: () =>
      edited("prioritisation", "Prioriteringsforslag", priceYear, (set) => {
        set("Nr.", 0, [number], 1);
        set("Overskrift", 0, [`Prioritering ${number}`], 1);
        set("Udvalg", 0, [committee], 1);
        set("Nuværende budget", 0, YEARS.map(() => 50000), 2);
        set("Udvidelse", 0, YEARS.map(() => (expansion === 0 ? null : expansion)), 2);
        set("Pladser ét trin ned (antal)", 0, places, 2);
        set("Effekt pr. trin (1.000 kr.)", 0, YEARS.map(() => effect), 2);
      }),
  };
}

/** An initiative plan in mio. kr.: initiative a) with two sub-items, b) and c). */
function initiatives(file: string, number: string, committee: string, priceYear: number, a: readonly [number, number], b: number, c: number, extra: Partial<Fixture> = {}): Fixture {
  const perYear = (a[0] + a[1] + b + c) * 1000;
  return {
    file,
    sheet: "Indsatsplan",
    number,
    committee,
    type: "udvidelse",
    priceYear,
    totals: byYear(YEARS.map(() => Math.round(perYear * 1000) / 1000)),
    planted: [],
    missing: ["title", "area"],
    ...extra,
    layout: () =>
      edited("initiatives", "Indsatsplan", priceYear, (set) => {
        set("Nr.", 0, [number, "Udvalg", committee], 1);
        set("a) Indsats", 0, YEARS.map(() => Math.round((a[0] + a[1]) * 10) / 10), 2);
        set("a) Indsats", 1, YEARS.map(() => a[0]), 2);
        set("a) Indsats", 2, YEARS.map(() => a[1]), 2);
        set("b) Indsats", 0, YEARS.map(() => b), 2);
        set("c) Indsats", 0, YEARS.map(() => c), 2);
      }),
  };
}

/** A sheet typed by hand: plain cells, no style. */
const hand = (sheet: string, cells: CellInput[][]): (() => SheetLayout) => () => ({ sheet, cells, names: [], numberFormats: [], bold: [] });

const FROM_TEMPLATES: readonly Fixture[] = [
  investment("inv-01.xlsx", "INV-01", COMMITTEES[0], 2026, [800, 1200, 0, 0], [0, -600, -1400, -1400]),
  investment("inv-02.xlsx", "INV-02", COMMITTEES[0], 2025, [500, 500, 0, 0], [0, -300, -700, -700], [], { libreOffice: true }),
  investment("inv-03.xlsx", "INV-03", COMMITTEES[1], 2025, [1500, 0, 0, 0], [-200, -900, -900, -900]),
  // Planted: the permanent changes typed as costs (a flipped sign): against the template's note and the type.
  investment("inv-04.xlsx", "INV-04", COMMITTEES[1], 2026, [300, 300, 0, 0], [0, 250, 500, 500], ["wrongSign", "signOfType"]),
  investment("inv-05.xlsx", "INV-05", COMMITTEES[2], 2024, [2000, 1000, 0, 0], [0, -1500, -2500, -2500]),
  investment("inv-06.xlsx", "INV-06", COMMITTEES[2], 2026, [450.5, 0, 0, 0], [-100.25, -200.5, -200.5, -200.5]),
  investment("inv-07.xlsx", "INV-07", COMMITTEES[3], 2025, [700, 700, 700, 0], [0, 0, -900, -1800]),
  // Planted: two proposals with one number.
  investment("inv-08.xlsx", "INV-08", COMMITTEES[3], 2026, [100, 0, 0, 0], [-50, -50, -50, -50], ["duplicateNumber"]),
  investment("inv-09.xlsx", "INV-08", COMMITTEES[0], 2026, [200, 0, 0, 0], [0, -80, -80, -80], ["duplicateNumber"]),
  investment("inv-10.xlsx", "INV-10", COMMITTEES[1], 2024, [1000, 1000, 0, 0], [0, -1000, -1000, -1000]),
  prioritisation("pri-01.xlsx", "PRI-01", COMMITTEES[0], 2026, [-1, -2, -2, -2], 600, 0),
  prioritisation("pri-02.xlsx", "PRI-02", COMMITTEES[0], 2025, [-0.5, -1.5, -2, -2], 600, 300, [], { libreOffice: true }),
  prioritisation("pri-03.xlsx", "PRI-03", COMMITTEES[1], 2025, [-3, -3, -3, -3], 450, 0),
  prioritisation("pri-04.xlsx", "PRI-04", COMMITTEES[1], 2026, [-1, -1, -2, -2], 800, 100),
  // Planted: places moved up, not down: the "saving" costs money.
  prioritisation("pri-05.xlsx", "PRI-05", COMMITTEES[2], 2026, [1, 2, 2, 2], 600, 0, ["signOfType"]),
  prioritisation("pri-06.xlsx", "PRI-06", COMMITTEES[2], 2024, [-2, -2, -2, -2], 375.5, 0),
  // Planted: no committee.
  prioritisation("pri-07.xlsx", "PRI-07", null, 2026, [-1, -1, -1, -1], 500, 0),
  prioritisation("pri-08.xlsx", "PRI-08", COMMITTEES[3], 2025, [-4, -4, -4, -4], 250, 0),
  prioritisation("pri-09.xlsx", "PRI-09", COMMITTEES[3], 2026, [-0.5, -0.5, -1, -1], 1200, 0),
  prioritisation("pri-10.xlsx", "PRI-10", COMMITTEES[0], 2023, [-2, -3, -3, -3], 700, 200),
  initiatives("ind-01.xlsx", "IND-01", COMMITTEES[0], 2026, [1.2, 0.8], 1.5, 0.5),
  initiatives("ind-02.xlsx", "IND-02", COMMITTEES[1], 2025, [0.4, 0.6], 0.3, 0.2, { libreOffice: true }),
  initiatives("ind-03.xlsx", "IND-03", COMMITTEES[2], 2026, [2, 1], 1, 1),
];

const BY_HAND: readonly Fixture[] = [
  {
    // Fields in one cell each, the table off column A, budget-year headers, mio. kr.; saved by LibreOffice.
    file: "hand-01.xlsx",
    sheet: "Forslag",
    number: "HAND-01",
    committee: COMMITTEES[1],
    type: "effektivisering",
    priceYear: 2025,
    totals: byYear([-1500, -3000, -3000, -3000]),
    planted: [],
    missing: [],
    libreOffice: true,
    layout: hand("Forslag", [
      ["Forslag til budget 2026"],
      ["Nr.: HAND-01"],
      ["Udvalg: Socialudvalget"],
      ["Titel: Færre anbringelser gennem tidlig indsats"],
      ["Type: Effektivisering"],
      ["Styringsområde: Service"],
      [],
      [null, "Mio. kr. 2025-priser", "B2026", "BO2027", "BO2028", "BO2029"],
      [null, "Besparelse, anbringelser", -1.5, -3, -3, -3],
      [null, "I alt", -1.5, -3, -3, -3],
    ]),
  },
  {
    // Planted: a total that does not add up (2027: the items make −410, the total says −400).
    file: "hand-02.xlsx",
    sheet: "Ark1",
    number: "HAND-02",
    committee: COMMITTEES[0],
    type: "prioritering",
    priceYear: 2026,
    totals: byYear([-300, -400, -500, -500]),
    planted: ["totalMismatch"],
    missing: [],
    layout: hand("Ark1", [
      ["Prioriteringsforslag"],
      ["Nr.", "HAND-02"],
      ["Overskrift", "Samdrift af to specialklasser"],
      ["Udvalg", COMMITTEES[0]],
      ["Styringsområde", "Service"],
      [],
      ["1.000 kr. 2026 p/l", 2026, 2027, 2028, 2029],
      ["Lærerløn", -200, -310, -350, -350],
      ["Kørsel", -100, -100, -150, -150],
      ["I alt", -300, -400, -500, -500],
    ]),
  },
  {
    // Planted: two price levels on one sheet.
    file: "hand-03.xlsx",
    sheet: "Budget",
    number: "HAND-03",
    committee: COMMITTEES[2],
    type: "effektivisering",
    priceYear: 2025,
    totals: byYear([-250, -250, -250, -250]),
    planted: ["mixedPriceLevels"],
    missing: [],
    layout: hand("Budget", [
      ["Effektiviseringsforslag"],
      ["Forslagsnummer", "HAND-03"],
      ["Titel", "Digital visitation"],
      ["Udvalg", COMMITTEES[2]],
      ["Styringsområde", "Service"],
      [],
      ["1.000 kr. 2025 p/l", 2026, 2027, 2028, 2029],
      ["Effektivisering, visitation", -250, -250, -250, -250],
      ["I alt", -250, -250, -250, -250],
      [],
      ["Note: tallene er opgjort i 2024-priser"],
    ]),
  },
  {
    // Fields side by side on one row, year headers as text, "t. kr.".
    file: "hand-04.xlsx",
    sheet: "Udvidelse",
    number: "HAND-04",
    committee: COMMITTEES[3],
    type: "udvidelse",
    priceYear: 2026,
    totals: byYear([400, 400, 400, 400]),
    planted: [],
    missing: [],
    layout: hand("Udvidelse", [
      ["Budgetønske"],
      ["Forslagsnummer", "HAND-04", null, "Udvalg", COMMITTEES[3]],
      ["Forslagets titel:", "Flere pladser i ungeindsatsen", null, "Type", "Udvidelse"],
      ["Styringsområde", "Service"],
      [],
      ["t. kr., 2026-prisniveau", "2026", "2027", "2028", "2029"],
      ["Løn", 350, 350, 350, 350],
      ["Drift", 50, 50, 50, 50],
      ["Total", 400, 400, 400, 400],
    ]),
  },
  {
    // Planted: a price level the index does not have.
    file: "hand-05.xlsx",
    sheet: "Investering",
    number: "HAND-05",
    committee: COMMITTEES[0],
    type: "investering",
    priceYear: 2019,
    totals: byYear([900, -300, -300, -300]),
    planted: ["cannotConvert"],
    missing: [],
    layout: hand("Investering", [
      ["Investeringsforslag"],
      ["Nr.", "HAND-05"],
      ["Titel", "Ny skolevejledning"],
      ["Udvalg", COMMITTEES[0]],
      ["Styringsområde", "Service"],
      [],
      ["1.000 kr. 2019 p/l", 2026, 2027, 2028, 2029],
      ["Samlet varig ændring", 0, -300, -300, -300],
      ["Samlede implementeringsomkostninger", 900, 0, 0, 0],
      ["Samlet økonomisk påvirkning", 900, -300, -300, -300],
    ]),
  },
  {
    // Planted: a stated payback the flows do not give (they pay back in year 4).
    file: "hand-06.xlsx",
    sheet: "Investering",
    number: "HAND-06",
    committee: COMMITTEES[1],
    type: "investering",
    priceYear: 2026,
    totals: byYear([500, 300, -400, -400]),
    planted: ["paybackMismatch"],
    missing: [],
    layout: hand("Investering", [
      ["Investeringsforslag"],
      ["Nr.", "HAND-06"],
      ["Titel", "Tværfagligt team"],
      ["Udvalg", COMMITTEES[1]],
      ["Styringsområde", "Service"],
      [],
      ["1.000 kr. 2026 p/l", 2026, 2027, 2028, 2029],
      ["Samlet varig ændring", 0, -200, -400, -400],
      ["Samlede implementeringsomkostninger", 500, 500, 0, 0],
      ["Samlet økonomisk påvirkning", 500, 300, -400, -400],
      ["Tilbagebetalingstid baseret på totaløkonomi", 3],
    ]),
  },
  {
    // No number, no committee: listed as missing, never dropped.
    file: "hand-07.xlsx",
    sheet: "Ark1",
    number: null,
    committee: null,
    type: "effektivisering",
    priceYear: 2026,
    totals: byYear([-120, -120, -120, -120]),
    planted: [],
    missing: ["number", "committee"],
    layout: hand("Ark1", [
      ["Effektiviseringsforslag"],
      ["Titel", "Fælles indkøb af læremidler"],
      ["Styringsområde", "Service"],
      [],
      ["1.000 kr. 2026 p/l", 2026, 2027, 2028, 2029],
      ["Effektivisering", -120, -120, -120, -120],
      ["I alt", -120, -120, -120, -120],
    ]),
  },
];

/** The seeds' own proposals, filled from the templates at the seeds' years and price levels. */
const SEEDS: readonly Fixture[] = [
  {
    file: "seed-000.xlsx",
    sheet: "Investeringsforslag",
    number: null,
    committee: null,
    type: "investering",
    priceYear: 2023,
    totals: { 2022: 625, 2023: 1080, 2024: 500, 2025: -1000, 2026: -1000, 2027: -1000 },
    planted: [],
    missing: ["number", "committee"],
    layout: () => templateLayout("investment", "Investeringsforslag", { firstYear: 2022, years: 6, priceYear: 2023, filled: true }),
  },
  {
    file: "seed-002.xlsx",
    sheet: "Prioriteringsforslag",
    number: "ISU01",
    committee: null,
    type: "prioritering",
    priceYear: 2022,
    totals: { 2022: 300, 2023: -300, 2024: -600, 2025: -600 },
    // ISU01 nets 300 in its first year: the expansion comes before the efficiency, as the seed has it.
    planted: [],
    missing: ["committee", "area"],
    layout: () => templateLayout("prioritisation", "Prioriteringsforslag", { firstYear: 2022, years: 4, priceYear: 2022, filled: true }),
  },
  {
    file: "seed-001.xlsx",
    sheet: "Indsatsplan",
    number: null,
    committee: null,
    type: "udvidelse",
    priceYear: 2020,
    totals: { 2020: 34300, 2021: 31700, 2022: 30700, 2023: 29700 },
    planted: [],
    missing: ["number", "title", "committee", "area"],
    layout: () => templateLayout("initiatives", "Indsatsplan", { firstYear: 2020, years: 4, priceYear: 2020, filled: true }),
  },
];

export const FIXTURES: readonly Fixture[] = [...FROM_TEMPLATES, ...BY_HAND, ...SEEDS];

/** The index table's workbook and the targets' workbook the test gives the command. */
export function indexLayout(): SheetLayout {
  return { sheet: "Indeks", cells: [["År", "Indeks"], ...FIXTURE_INDEX.map(([y, v]) => [y, v])], names: [], numberFormats: [], bold: [] };
}
export const FIXTURE_TARGETS: Readonly<Record<string, Readonly<Record<number, number>>>> = {
  [COMMITTEES[0]]: { 2026: -3000, 2027: -5000 },
  [COMMITTEES[1]]: { 2027: -2000 },
};
export function targetsLayout(): SheetLayout {
  return {
    sheet: "Mål",
    cells: [["Udvalg", 2026, 2027], ...Object.entries(FIXTURE_TARGETS).map(([c, t]) => [c, t[2026] ?? null, t[2027] ?? null])],
    names: [],
    numberFormats: [],
    bold: [],
  };
}

/** Writes every fixture to `dir`; LibreOffice re-saves the ones marked so (as Calc writes .xlsx). */
export async function writeFixtures(dir: string = FIXTURE_DIR): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const f of FIXTURES) await writeXlsx(path.join(dir, f.file), [f.layout()]);
  await writeXlsx(path.join(dir, "..", "catalogue-index.xlsx"), [indexLayout()]);
  await writeXlsx(path.join(dir, "..", "catalogue-targets.xlsx"), [targetsLayout()]);
  for (const f of FIXTURES.filter((x) => x.libreOffice === true)) {
    const out = mkdtempSync(path.join(tmpdir(), "lo-save-"));
    const profile = mkdtempSync(path.join(tmpdir(), "lo-profile-"));
    const result = spawnSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, path.join(dir, f.file)], { encoding: "utf8", timeout: 120000 });
    if (result.status !== 0) throw new Error(`LibreOffice could not save ${f.file}: ${result.stderr}`);
    renameSync(path.join(out, f.file), path.join(dir, f.file));
    rmSync(out, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

export const totalOf = (f: Fixture): number => sum(Object.values(f.totals));
