import { allocate } from "../core/allocate";
import { Dec, ZERO } from "../core/decimal";
import { type Message, messages, type Shown } from "../core/messages";
import type { ModelProfile } from "../core/profiles";
import { type ColumnMapping, listSchools, type PupilResult, pupilResults } from "../core/pupils";
import { invalid, ok, type Result } from "../core/result";
import { schoolOf } from "../core/schools";
import { incentiveModel } from "../core/segregation";
import { cellAddress, parseCell } from "../core/address";
import { COMPARE_CELLS, RESULT_CELLS, SAFETY_NET_CELLS, type SafetyNetKey } from "../sheets/layouts";
import { BUDGET_CELLS, type BudgetB } from "../sheets/budget";
import { calibrate, listTotal, pupilsOfResults, type SchoolBudget, schoolBudgets, sensitivity } from "../core/budget";
import { SENSITIVITY_CELLS, SENSITIVITY_POINT, type SensitivityRange } from "../sheets/sensitivity";
import { CHANGES_CELLS } from "../sheets/changes";
import { OUT_OF_REACH } from "../sheets/withoutAddIn";
import type { Changes, PupilFigures } from "../core/changes";
import type { Catalogue } from "../core/catalogue";
import type { CatalogueLayout } from "../sheets/catalogue";

/*
 * What a written sheet must show, figure by figure, computed by the exact core (issue #12): the pane
 * reads the sheet back after writing it and says "done" only when every figure here is on the sheet,
 * to the øre. Pure: where the figures are comes from the layouts, what they are from src/core.
 */

/** One cell a sheet must hold: a number to the øre, a text exactly, or TRUE/FALSE. */
export interface Check {
  /** 0-based. */
  readonly row: number;
  readonly column: number;
  readonly expected: Dec | string | boolean;
  /** What the cell is, e.g. "Hedensted Skole, skolens betaling". */
  readonly what: Shown;
  /**
   * How far the number may be from `expected`, where the sheet's formula divides by a price index
   * (the catalogue): Excel's doubles cannot hold that quotient exactly. Omitted: exactly.
   */
  readonly within?: Dec;
}

export interface TieOut {
  readonly checks: readonly Check[];
  /** Pupils the sheet counts (its total), where it counts pupils. */
  readonly pupils: number | null;
}

/** The model sheet as it stands when the sheet is written: its profiles, chosen profile and school year. */
export interface ModelState {
  readonly profiles: readonly ModelProfile[];
  readonly selected: string | null;
  readonly schoolYear: number | null;
}

/** The pupil list a sheet is written for. */
export interface ListFigures {
  readonly rows: readonly (readonly unknown[])[];
  readonly mapping: ColumnMapping;
}

/** A cell that differs: where, what, what the sheet shows and what the core computed. */
export interface Difference {
  readonly address: string;
  readonly what: Shown;
  readonly onSheet: unknown;
  readonly expected: Check["expected"];
}

/** Does a value read from the sheet equal the expected figure? Numbers exactly, as decimals (or within `within`). */
export function agrees(expected: Check["expected"], value: unknown, within?: Dec): boolean {
  if (!(expected instanceof Dec)) return value === expected;
  if (typeof value !== "number" || !Number.isFinite(value)) return false;
  return within === undefined ? new Dec(value).eq(expected) : new Dec(value).minus(expected).abs().lte(within);
}

/** True while Excel is still computing a value (custom functions calculate asynchronously). */
export function calculating(value: unknown): boolean {
  return value === "#BUSY!";
}

/** Every check the values read (by 0-based sheet position) do not meet. */
export function differences(checks: readonly Check[], valueAt: (row: number, column: number) => unknown): Difference[] {
  return checks
    .filter((check) => !agrees(check.expected, valueAt(check.row, check.column), check.within))
    .map((check) => ({
      address: cellAddress(check.row, check.column),
      what: check.what,
      onSheet: valueAt(check.row, check.column),
      expected: check.expected,
    }));
}

/** The message for a sheet that does not tie out: the first few cells that differ, and how many. */
export function differenceMessage(sheet: string, found: readonly Difference[]): Message {
  return messages.sheetDiffers(
    sheet,
    found.slice(0, 5).map((d) => ({ address: d.address, what: d.what, onSheet: d.onSheet, expected: d.expected })),
    found.length,
  );
}

const label = (school: string, what: Shown): Shown => ({ da: `${school}, ${what.da}`, en: `${school}, ${what.en}` });
const pupilLabel = (row: number, what: Shown): Shown => ({ da: `elev i række ${row + 1}, ${what.da}`, en: `pupil in row ${row + 1}, ${what.en}` });
const FIGURE = {
  school: { da: "skole", en: "school" },
  pays: { da: "skolens betaling", en: "school pays" },
  central: { da: "forvaltningens betaling", en: "administration pays" },
  liable: { da: "udgift × andel", en: "cost × share" },
  pupils: { da: "elever", en: "pupils" },
  sumCheck: { da: "kontrol", en: "check" },
  payA: { da: "skolen betaler, A", en: "school pays, A" },
  payB: { da: "skolen betaler, B", en: "school pays, B" },
  difference: { da: "forskel (B − A)", en: "difference (B − A)" },
  share: { da: "andel af sikkerhedsnettet", en: "safety-net share" },
  key: { da: "nøgle", en: "key" },
  devolved: { da: "udlagt til skolerne", en: "devolved to the schools" },
  total: { da: "skolernes samlede betaling", en: "the schools' total" },
  cap: { da: "loft, hvor skolerne betaler det udlagte", en: "cap at which the schools pay what is devolved" },
  totalAtCap: { da: "samlet betaling ved det loft", en: "total at that cap" },
  allocation: { da: "tildeling", en: "allocation" },
  net: { da: "netto", en: "net" },
  municipality: { da: "kommunen", en: "the municipality" },
  change: { da: "ændring i netto (B − A)", en: "change in net (B − A)" },
  threshold: { da: "tærskel", en: "threshold" },
  schoolShare: { da: "skolens andel", en: "school share" },
  now: { da: "modellens værdi nu", en: "the model's value now" },
  calibrated: { da: "kalibreret til målet", en: "calibrated to the target" },
  value: { da: "værdi", en: "value" },
  model: { da: "model", en: "model" },
  schoolYear: { da: "skoleår", en: "school year" },
  capOnly: { da: "loft", en: "cap" },
  inList: { da: "elever i listen", en: "pupils in the list" },
  covers: { da: "dækker listen", en: "covers the list" },
} as const;
const TOTAL = "I alt";

function chosenModel(model: ModelState, name: string | null) {
  const profile = model.profiles.find((p) => p.name === name);
  if (profile === undefined) return invalid<never>(messages.profileMissing(name ?? ""));
  const rule = incentiveModel(profile.threshold, profile.cap, profile.schoolShare);
  return rule.ok ? ok({ profile, rule: rule.value }) : rule;
}

function schoolYearOf(model: ModelState): Result<number> {
  const year = model.schoolYear;
  return year !== null && Number.isInteger(year) && year >= 1900 && year <= 9998 ? ok(year) : invalid(messages.schoolYearMissing());
}

/** Per school (in the sheets' order): its name and its pupils' results. */
function bySchool(list: ListFigures, results: readonly (PupilResult | null)[]) {
  return listSchools(list.rows, list.mapping).map((school) => ({
    name: school.name,
    results: school.rows.map((r) => results[r]).filter((x): x is PupilResult => x !== null),
  }));
}

const sum = (xs: readonly PupilResult[], f: (x: PupilResult) => Dec): Dec => xs.reduce((s, x) => s.plus(f(x)), ZERO);

/**
 * The result sheet's figures: per pupil the school (as TRIM gives it), cost × share, the school's
 * and the administration's part; per school the same summed and the pupil count; the totals; the
 * SUMCHECK. Under the model the sheet's named cells hold.
 */
export function resultTieOut(list: ListFigures, model: ModelState): Result<TieOut> {
  const chosen = chosenModel(model, model.selected);
  if (!chosen.ok) return chosen;
  const year = schoolYearOf(model);
  if (!year.ok) return year;
  const results = pupilResults(list.rows, list.mapping, chosen.value.rule, year.value);
  const { firstDataRow: first, summaryColumn: s, pupil: p, summary: t } = RESULT_CELLS;
  const checks: Check[] = [];
  results.forEach((x, i) => {
    // A pupil has a result only where the list has a school column and the row a school (pupilResults).
    if (x === null) return;
    const school = schoolOf(list.rows[i][list.mapping.school as number]);
    // A pupil with a result has a school (pupilResults): this narrows the type (its `false` mutant is equivalent).
    if (school.kind !== "school") return;
    const row = first + i;
    const name = school.name;
    checks.push(
      { row, column: p.school, expected: name, what: pupilLabel(row, FIGURE.school) },
      { row, column: p.liable, expected: x.liable, what: pupilLabel(row, FIGURE.liable) },
      { row, column: p.pays, expected: x.pays, what: pupilLabel(row, FIGURE.pays) },
      { row, column: p.central, expected: x.central, what: pupilLabel(row, FIGURE.central) },
    );
  });
  const schools = bySchool(list, results);
  const all = schools.flatMap((school) => school.results);
  const line = (row: number, name: string, xs: readonly PupilResult[]) =>
    checks.push(
      // Stryker disable next-line ArithmeticOperator: equivalent while the school is the summary's first column (t.school = 0)
      { row, column: s + t.school, expected: name, what: label(name, FIGURE.school) },
      { row, column: s + t.pays, expected: sum(xs, (x) => x.pays), what: label(name, FIGURE.pays) },
      { row, column: s + t.central, expected: sum(xs, (x) => x.central), what: label(name, FIGURE.central) },
      { row, column: s + t.liable, expected: sum(xs, (x) => x.liable), what: label(name, FIGURE.liable) },
      { row, column: s + t.pupils, expected: new Dec(xs.length), what: label(name, FIGURE.pupils) },
    );
  schools.forEach((school, k) => line(first + k, school.name, school.results));
  const totalRow = first + schools.length;
  line(totalRow, TOTAL, all);
  // The control below the totals, in the summary's second column.
  checks.push({ row: totalRow + 1, column: s + 1, expected: true, what: label(TOTAL, FIGURE.sumCheck) });
  // What the sheet was written for, and that it covers the list.
  const at = (address: string) => parseCell(address);
  const { profile } = chosen.value;
  const written: [string, Check["expected"], Shown][] = [
    [RESULT_CELLS.for.model, profile.name, FIGURE.model],
    [RESULT_CELLS.for.schoolYear, new Dec(year.value), FIGURE.schoolYear],
    [RESULT_CELLS.for.threshold, new Dec(profile.threshold), FIGURE.threshold],
    [RESULT_CELLS.for.cap, new Dec(profile.cap), FIGURE.capOnly],
    [RESULT_CELLS.for.schoolShare, new Dec(profile.schoolShare), FIGURE.schoolShare],
    [RESULT_CELLS.for.inList, new Dec(list.rows.length), FIGURE.inList],
    [RESULT_CELLS.for.onSheet, new Dec(all.length), FIGURE.pupils],
    [RESULT_CELLS.for.covers, all.length === list.rows.length, FIGURE.covers],
  ];
  for (const [address, expected, what] of written) checks.push({ ...at(address), expected, what: label(TOTAL, what) });
  return ok({ checks, pupils: all.length });
}

/** The comparison sheet's figures: per pupil and per school what the school pays under A and B, and the difference. */
export function compareTieOut(list: ListFigures, model: ModelState, a: string, b: string): Result<TieOut> {
  const [modelA, modelB] = [chosenModel(model, a), chosenModel(model, b)];
  if (!modelA.ok) return modelA;
  if (!modelB.ok) return modelB;
  const year = schoolYearOf(model);
  if (!year.ok) return year;
  const resultsA = pupilResults(list.rows, list.mapping, modelA.value.rule, year.value);
  const resultsB = pupilResults(list.rows, list.mapping, modelB.value.rule, year.value);
  const { firstPupilRow: first, summaryColumn: s, pupil: p, summary: t } = COMPARE_CELLS;
  const checks: Check[] = [];
  resultsA.forEach((x, i) => {
    const y = resultsB[i];
    if (x === null || y === null) return;
    const row = first + i;
    checks.push(
      { row, column: p.payA, expected: x.pays, what: pupilLabel(row, FIGURE.payA) },
      { row, column: p.payB, expected: y.pays, what: pupilLabel(row, FIGURE.payB) },
      { row, column: p.difference, expected: y.pays.minus(x.pays), what: pupilLabel(row, FIGURE.difference) },
    );
  });
  const schoolsA = bySchool(list, resultsA);
  const schoolsB = bySchool(list, resultsB);
  const line = (row: number, name: string, xs: readonly PupilResult[], ys: readonly PupilResult[]) => {
    const [pa, pb] = [sum(xs, (x) => x.pays), sum(ys, (y) => y.pays)];
    checks.push(
      // Stryker disable next-line ArithmeticOperator: equivalent while the school is the summary's first column (t.school = 0)
      { row, column: s + t.school, expected: name, what: label(name, FIGURE.school) },
      { row, column: s + t.difference, expected: pb.minus(pa), what: label(name, FIGURE.difference) },
      { row, column: s + t.payA, expected: pa, what: label(name, FIGURE.payA) },
      { row, column: s + t.payB, expected: pb, what: label(name, FIGURE.payB) },
    );
    return pb.minus(pa);
  };
  schoolsA.forEach((school, k) => line(first + k, school.name, school.results, schoolsB[k].results));
  const totalRow = first + schoolsA.length;
  const difference = line(
    totalRow,
    TOTAL,
    schoolsA.flatMap((x) => x.results),
    schoolsB.flatMap((x) => x.results),
  );
  checks.push({ row: totalRow + 1, column: s + 1, expected: difference.neg(), what: label(TOTAL, FIGURE.central) });
  return ok({ checks, pupils: null });
}

/**
 * The safety-net sheet's figures: each school's share of the part, its payments and its key, exact
 * to the krone by ALLOCATE's rule; the total and its SUMCHECK. With the deficit key, each school's
 * budget is its allocation on the budget sheet (`devolved` split by its pupils, as that sheet does)
 * and its key what it pays beyond it.
 */
export function safetyNetTieOut(list: ListFigures, model: ModelState, part: 0 | 1 | 2, key: SafetyNetKey, devolved: number | null = null): Result<TieOut> {
  const chosen = chosenModel(model, model.selected);
  if (!chosen.ok) return chosen;
  const year = schoolYearOf(model);
  if (!year.ok) return year;
  const schools = bySchool(list, pupilResults(list.rows, list.mapping, chosen.value.rule, year.value));
  const amount = new Dec(chosen.value.profile.safetyNet[part]);
  const pays = schools.map((school) => sum(school.results, (x) => x.pays));
  let budgets: Dec[] | null = null;
  if (devolved !== null) {
    const split = schoolBudgets(new Dec(devolved), schools.map((school, k) => ({ school: school.name, key: new Dec(school.results.length), payments: pays[k] })));
    if (!split.ok) return split;
    budgets = split.value.schools.map((s) => s.allocation);
  }
  if (key === "deficit" && budgets === null) return invalid(messages.deficitNeedsBudget());
  const keys = schools.map((school, k) =>
    key === "pupils" ? new Dec(school.results.length) : key === "payments" ? pays[k] : Dec.max(ZERO, pays[k].minus((budgets as Dec[])[k])),
  );
  // A key that is 0 for every school (no payments under a share of 0, no school beyond its budget) splits nothing: said in words.
  if (keys.every((k) => k.isZero())) return invalid(messages.keyAllZero(key));
  const shares = allocate(amount, keys.map((k) => [k]));
  if (!shares.ok) return shares;
  const { firstSchoolRow: first, school: c, amount: at } = SAFETY_NET_CELLS;
  const checks: Check[] = [{ row: at.row, column: at.column, expected: amount, what: label(TOTAL, FIGURE.share) }];
  schools.forEach((school, k) => {
    const row = first + k;
    checks.push(
      { row, column: c.school, expected: school.name, what: label(school.name, FIGURE.school) },
      { row, column: c.share, expected: shares.value[k][0], what: label(school.name, FIGURE.share) },
      { row, column: c.pays, expected: pays[k], what: label(school.name, FIGURE.pays) },
      { row, column: c.key, expected: keys[k], what: label(school.name, FIGURE.key) },
      ...(budgets === null ? [] : [{ row, column: c.budget, expected: budgets[k], what: label(school.name, FIGURE.allocation) }]),
    );
  });
  const totalRow = first + schools.length;
  checks.push(
    { row: totalRow, column: c.share, expected: amount, what: label(TOTAL, FIGURE.share) },
    { row: totalRow + 1, column: c.share, expected: true, what: label(TOTAL, FIGURE.sumCheck) },
  );
  return ok({ checks, pupils: null });
}

/**
 * The budget sheet's figures (DOMAIN.md §7): the devolved amount and the safety net's planning part
 * split by the key (each school's pupils on the result sheet) exact to the krone, each school's
 * payments and net, the totals, the municipality's line and its SUMCHECK; above, the schools' total
 * by SEGREGATION.TOTAL and its SUMCHECK against the result sheet, and the cap at which they pay what
 * is devolved with the total at it (#N/A where no cap gets there).
 */
export function budgetTieOut(list: ListFigures, model: ModelState, devolved: number, b: BudgetB | null = null): Result<TieOut> {
  const chosen = chosenModel(model, model.selected);
  if (!chosen.ok) return chosen;
  const year = schoolYearOf(model);
  if (!year.ok) return year;
  const results = pupilResults(list.rows, list.mapping, chosen.value.rule, year.value);
  const schools = bySchool(list, results);
  const keys = schools.map((school) => new Dec(school.results.length));
  const net = new Dec(chosen.value.profile.safetyNet[0]);
  const shares = allocate(net, keys.map((k) => [k]));
  if (!shares.ok) return shares;
  const budgetOf = (amount: number, payments: (k: number) => Dec) =>
    schoolBudgets(new Dec(amount), schools.map((school, k) => ({ school: school.name, key: keys[k], payments: payments(k), safetyNet: shares.value[k][0] })));
  const budget = budgetOf(devolved, (k) => sum(schools[k].results, (x) => x.pays));
  if (!budget.ok) return budget;
  const pupils = pupilsOfResults(results);
  const cap = calibrate(pupils, new Dec(devolved), "cap", chosen.value.rule);
  const { firstSchoolRow: first, valueColumn: v } = BUDGET_CELLS;
  const c = b === null ? BUDGET_CELLS.school : BUDGET_CELLS.b.school;
  const above = (row: number, expected: Check["expected"], what: Shown, column: number = v): Check => ({ row, column, expected, what: label(TOTAL, what) });
  const checks: Check[] = [
    above(BUDGET_CELLS.devolved, new Dec(devolved), FIGURE.devolved),
    above(BUDGET_CELLS.safetyNet, net, FIGURE.share),
    above(BUDGET_CELLS.total, listTotal(pupils, chosen.value.rule), FIGURE.total),
    above(BUDGET_CELLS.resultTotal, true, FIGURE.sumCheck),
    above(BUDGET_CELLS.cap, cap.ok ? cap.value.value : OUT_OF_REACH.cap, FIGURE.cap),
    above(BUDGET_CELLS.totalAtCap, cap.ok ? cap.value.total : "", FIGURE.totalAtCap),
  ];
  budget.value.schools.forEach((school, k) => {
    const row = first + k;
    checks.push(
      { row, column: c.school, expected: school.school, what: label(school.school, FIGURE.school) },
      { row, column: c.net, expected: school.net, what: label(school.school, FIGURE.net) },
      { row, column: c.allocation, expected: school.allocation, what: label(school.school, FIGURE.allocation) },
      { row, column: c.safetyNet, expected: school.safetyNet, what: label(school.school, FIGURE.share) },
      { row, column: c.payments, expected: school.payments, what: label(school.school, FIGURE.pays) },
      { row, column: c.key, expected: keys[k], what: label(school.school, FIGURE.key) },
    );
  });
  const totalRow = first + schools.length;
  const total = (lines: readonly SchoolBudget[], f: (s: SchoolBudget) => Dec) => lines.reduce((t, s) => t.plus(f(s)), ZERO);
  const lines = budget.value.schools;
  checks.push(
    { row: totalRow, column: c.net, expected: total(lines, (s) => s.net), what: label(TOTAL, FIGURE.net) },
    { row: totalRow, column: c.allocation, expected: new Dec(devolved), what: label(TOTAL, FIGURE.allocation) },
    { row: totalRow, column: c.safetyNet, expected: net, what: label(TOTAL, FIGURE.share) },
    { row: totalRow, column: c.payments, expected: total(lines, (s) => s.payments), what: label(TOTAL, FIGURE.pays) },
    { row: totalRow + 1, column: c.net, expected: budget.value.municipality, what: label(TOTAL, FIGURE.municipality) },
    { row: totalRow + 2, column: c.net, expected: true, what: label(TOTAL, FIGURE.sumCheck) },
  );
  if (b !== null) {
    const other = chosenModel(model, b.profile);
    if (!other.ok) return other;
    const resultsB = pupilResults(list.rows, list.mapping, other.value.rule, year.value);
    const underB = bySchool(list, resultsB);
    const budgetB = budgetOf(b.devolved ?? 0, (k) => sum(underB[k].results, (x) => x.pays));
    if (!budgetB.ok) return budgetB;
    const at = BUDGET_CELLS.b.school;
    const vb = BUDGET_CELLS.b.valueColumn;
    const { threshold, cap: capB, schoolShare } = other.value.profile;
    checks.push(
      above(BUDGET_CELLS.b.devolved, new Dec(b.devolved ?? 0), FIGURE.devolved, vb),
      above(BUDGET_CELLS.b.threshold, new Dec(threshold), FIGURE.threshold, vb),
      above(BUDGET_CELLS.b.cap, new Dec(capB), FIGURE.cap, vb),
      above(BUDGET_CELLS.b.schoolShare, new Dec(schoolShare), FIGURE.schoolShare, vb),
      above(BUDGET_CELLS.b.total, listTotal(pupilsOfResults(resultsB), other.value.rule), FIGURE.total, vb),
    );
    const linesB = budgetB.value.schools;
    linesB.forEach((school, k) => {
      const row = first + k;
      checks.push(
        { row, column: at.netB, expected: school.net, what: label(school.school, FIGURE.net) },
        { row, column: at.allocationB, expected: school.allocation, what: label(school.school, FIGURE.allocation) },
        { row, column: at.paymentsB, expected: school.payments, what: label(school.school, FIGURE.pays) },
        { row, column: at.change, expected: school.net.minus(lines[k].net), what: label(school.school, FIGURE.change) },
      );
    });
    checks.push(
      { row: totalRow, column: at.netB, expected: total(linesB, (s) => s.net), what: label(TOTAL, FIGURE.net) },
      { row: totalRow, column: at.paymentsB, expected: total(linesB, (s) => s.payments), what: label(TOTAL, FIGURE.pays) },
      { row: totalRow + 1, column: at.netB, expected: budgetB.value.municipality, what: label(TOTAL, FIGURE.municipality) },
      { row: totalRow + 1, column: at.change, expected: budgetB.value.municipality.minus(budget.value.municipality), what: label(TOTAL, FIGURE.change) },
      { row: totalRow + 2, column: at.netB, expected: true, what: label(TOTAL, FIGURE.sumCheck) },
    );
  }
  return ok({ checks, pupils: null });
}

/**
 * The sensitivity sheet's figures: the model's value now and the value calibrated to the target with
 * the totals at them, cost × share over the list, and per point the value, the schools' total, the
 * administration's part and the two marks (the total at the point nearest each value, #N/A elsewhere).
 */
export function sensitivityTieOut(list: ListFigures, model: ModelState, range: SensitivityRange): Result<TieOut> {
  const chosen = chosenModel(model, model.selected);
  if (!chosen.ok) return chosen;
  const year = schoolYearOf(model);
  if (!year.ok) return year;
  const { solveFor } = range;
  const rule = chosen.value.rule;
  const results = pupilResults(list.rows, list.mapping, rule, year.value);
  const pupils = pupilsOfResults(results);
  const liableTotal = sum(results.filter((x): x is PupilResult => x !== null), (x) => x.liable);
  const start = new Dec(range.start);
  const step = new Dec(range.step);
  const points = sensitivity(pupils, liableTotal, solveFor, rule, start, start.plus(step.times(range.points - 1)), step);
  if (!points.ok) return points;
  const now = { cap: rule.cap, threshold: rule.threshold, share: rule.schoolShare }[solveFor];
  // The model's total as it is: the result sheet's schools' total, whatever the varied form.
  const nowTotal = listTotal(pupils, rule);
  const calibrated = range.target === null ? null : calibrate(pupils, new Dec(range.target), solveFor, rule);
  const C = SENSITIVITY_CELLS;
  const figure = (row: number, column: number, expected: Check["expected"], what: Shown): Check => ({ row, column, expected, what: label(TOTAL, what) });
  const checks: Check[] = [
    figure(C.now, C.valueColumn, now, FIGURE.now),
    figure(C.now, C.totalColumn, nowTotal, FIGURE.total),
    figure(C.liableTotal, C.valueColumn, liableTotal, FIGURE.liable),
  ];
  if (calibrated !== null) {
    checks.push(
      figure(C.calibrated, C.valueColumn, calibrated.ok ? calibrated.value.value : OUT_OF_REACH.target, FIGURE.calibrated),
      figure(C.calibrated, C.totalColumn, calibrated.ok ? calibrated.value.total : "", FIGURE.total),
    );
  }
  // The point nearest a value, as the sheet decides it in binary floating point.
  const near = (x: Dec | null, at: Dec) => x !== null && x.toNumber() > at.toNumber() - range.step / 2 && x.toNumber() <= at.toNumber() + range.step / 2;
  const mark = calibrated?.ok === true ? calibrated.value.value : null;
  const { at } = SENSITIVITY_POINT;
  points.value.forEach((p, k) => {
    const row = C.firstPoint + k;
    const what = { da: p.value.toString(), en: p.value.toString() };
    checks.push(
      { row, column: at.value, expected: p.value, what: label(what.da, FIGURE.value) },
      { row, column: at.total, expected: p.total, what: label(what.da, FIGURE.total) },
      { row, column: at.administration, expected: p.administration, what: label(what.da, FIGURE.central) },
      { row, column: at.now, expected: near(now, p.value) ? nowTotal : "#N/A", what: label(what.da, FIGURE.now) },
      { row, column: at.calibrated, expected: near(mark, p.value) ? p.total : "#N/A", what: label(what.da, FIGURE.calibrated) },
    );
  });
  return ok({ checks, pupils: null });
}

/**
 * A result sheet's pupils as the core computes them, for "what changed since last time": each pupil
 * with a result, by the pupil column's text; null where the list has no pupil column or the model is
 * not there.
 */
export function resultFigures(list: ListFigures, model: ModelState): PupilFigures[] | null {
  const { pupil } = list.mapping;
  if (pupil === null || list.mapping.school === null) return null;
  const chosen = chosenModel(model, model.selected);
  const year = schoolYearOf(model);
  if (!chosen.ok || !year.ok) return null;
  // Each row's school as the sheets show it: the spelling most of its rows write.
  const shown = new Map(listSchools(list.rows, list.mapping).flatMap((s) => s.rows.map((r) => [r, s.name] as const)));
  return pupilResults(list.rows, list.mapping, chosen.value.rule, year.value).flatMap((x, i) => {
    const name = shown.get(i); // undefined where the cell is no school
    if (x === null || name === undefined) return [];
    return [{ id: String(list.rows[i][pupil] ?? "").trim(), school: name, cost: x.cost, pays: x.pays, central: x.central }];
  });
}

/** The changes sheet's figures: per school the change in payment and the administration's, each with its check. */
export function changesTieOut(changes: Changes): Result<TieOut> {
  const C = CHANGES_CELLS;
  const checks: Check[] = changes.schools.flatMap((s, k) => {
    const row = C.firstRow + k;
    return [
      { row, column: C.schoolColumn, expected: s.school, what: label(s.school, FIGURE.school) },
      { row, column: C.change, expected: s.paysChange, what: label(s.school, FIGURE.pays) },
      { row, column: C.check, expected: true, what: label(s.school, FIGURE.sumCheck) },
      { row, column: C.centralChange, expected: s.centralChange, what: label(s.school, FIGURE.central) },
      { row, column: C.centralCheck, expected: true, what: label(s.school, FIGURE.sumCheck) },
    ];
  });
  return ok({ checks, pupils: null });
}

/** Half an øre in the catalogue's unit of 1.000 kr.: how far a converted amount or a total may be from the exact one. */
export const CATALOGUE_WITHIN = new Dec("0.000005");

/**
 * The catalogue sheet (issue #31): every converted amount (blank where the proposal has no amount
 * that year or cannot be converted), every total per year (overall, per committee, per type) and
 * every target's sum and gap, against the exact catalogue, within half an øre (the sheet converts by
 * a quotient of indices in doubles; the exact catalogue in decimals).
 */
export function catalogueTieOut(layout: CatalogueLayout, catalogue: Catalogue): TieOut {
  const checks: Check[] = [];
  const amount = (row: number, column: number, expected: Dec | null, what: Shown) =>
    checks.push(expected === null ? { row, column, expected: "", what } : { row, column, expected, what, within: CATALOGUE_WITHIN });
  const inYear = (name: string, year: number): Shown => ({ da: `${name}, ${year}`, en: `${name}, ${year}` });
  catalogue.rows.forEach((row, i) => {
    const name = row.proposal.number ?? row.sheet;
    // Converted, a proposal has amounts in its own years only: blank in the others, and where it cannot be converted.
    catalogue.years.forEach((year, k) => amount(layout.firstRow + i, layout.firstYearColumn + k, row.years?.get(year) ?? null, inYear(name, year)));
  });
  catalogue.years.forEach((year, k) => {
    const column = layout.firstYearColumn + k;
    amount(layout.totalRow, column, catalogue.totals.overall.get(year) ?? ZERO, inYear("I alt", year));
    for (const [name, r] of layout.committeeRows) amount(r, column, catalogue.totals.byCommittee.get(name)?.get(year) ?? ZERO, inYear(name, year));
    for (const [name, r] of layout.typeRows) amount(r, column, catalogue.totals.byType.get(name)?.get(year) ?? ZERO, inYear(name, year));
  });
  catalogue.targets.forEach((t, i) => {
    amount(layout.targetRows[i], layout.targetColumns.sum, t.sum, { da: `${t.committee}, forslagenes sum ${t.year}`, en: `${t.committee}, the proposals' sum ${t.year}` });
    amount(layout.targetRows[i], layout.targetColumns.gap, t.gap, { da: `${t.committee}, forskel ${t.year}`, en: `${t.committee}, gap ${t.year}` });
  });
  return { checks, pupils: null };
}
