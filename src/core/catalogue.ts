import { cellAddress } from "./address";
import type { Finding, FindingKind, SheetGrid } from "./check";
import { Dec, ZERO } from "./decimal";
import { isFiniteNumber } from "./grid";
import { type Message, messages } from "./messages";
import { discountedPayback, payback } from "./payback";
import { yearOfHeader } from "./labels";
import { type PriceIndex, priceIndex } from "./pricelevel";
import { invalid, ok, type Result } from "./result";
import { presentValue } from "./presentValue";
import { type Proposal, type ProposalField, type ProposalType, readProposal } from "./proposal";

/**
 * The budget office's catalogue (issue #31; DOMAIN.md §8): proposals read from many workbooks, each
 * converted to one price level with the index table (PRICELEVEL's rule, exact in decimal), totals per
 * budget year overall, per committee and per type over the proposals included, each committee against
 * its target, and every finding on its proposal's row. Pure: the command line and the pane feed it
 * the proposals they read and the budget check's findings of each proposal's sheet.
 */

export type CatalogueFindingKind = FindingKind | "duplicateNumber" | "cannotConvert" | "signOfType";

export interface CatalogueFinding {
  readonly kind: CatalogueFindingKind;
  /** The cell the finding is about ("Investeringsforslag!C9"), where there is one. */
  readonly where: string | null;
  readonly message: Message;
}

/** One proposal read: where from, what was read, what the budget check found on its sheet. */
export interface CatalogueSource {
  readonly file: string;
  readonly proposal: Proposal;
  readonly findings: readonly Finding[];
}

export interface CatalogueOptions {
  /** The price level every amount is converted to. */
  readonly priceYear: number;
  /** Year → index; null when none was given (only proposals at the chosen level then count). */
  readonly index: PriceIndex | null;
  /** Committee → year → target in 1.000 kr. (negative: savings to find). */
  readonly targets: ReadonlyMap<string, ReadonlyMap<number, Dec>>;
  /** Which proposals are left out (by their row, 0-based); the rest are included. */
  readonly excluded?: ReadonlySet<number>;
}

export interface CatalogueRow {
  readonly file: string;
  readonly sheet: string;
  readonly proposal: Proposal;
  readonly included: boolean;
  /** Total economic effect per year in 1.000 kr. at the catalogue's price level; null when it cannot be converted. */
  readonly years: ReadonlyMap<number, Dec> | null;
  /** Its two parts, converted alike: permanent changes, and one-off / implementation amounts. */
  readonly permanent: ReadonlyMap<number, Dec> | null;
  readonly oneOff: ReadonlyMap<number, Dec> | null;
  /** The factor from the proposal's price level to the catalogue's (index(P) / index(p)), or null. */
  readonly factor: Dec | null;
  /** PAYBACK of the total effect (whole years), or null (not paid back, nothing to pay back, no amounts). */
  readonly payback: Dec | null;
  /** PAYBACK.DISCOUNTED at the Finance Ministry's 3,5 %. */
  readonly paybackDiscounted: Dec | null;
  /** PRESENTVALUE at the ministry's rates of the converted total effect, 1.000 kr. at the catalogue's level. */
  readonly presentValue: Dec | null;
  readonly findings: readonly CatalogueFinding[];
  readonly missing: readonly ProposalField[];
}

export interface CatalogueTotals {
  readonly overall: ReadonlyMap<number, Dec>;
  readonly byCommittee: ReadonlyMap<string, ReadonlyMap<number, Dec>>;
  readonly byType: ReadonlyMap<string, ReadonlyMap<number, Dec>>;
}

export interface TargetLine {
  readonly committee: string;
  readonly year: number;
  readonly target: Dec;
  readonly sum: Dec;
  /** sum − target: above 0, the committee has not found enough. */
  readonly gap: Dec;
}

export interface Catalogue {
  readonly priceYear: number;
  /** The index table it was converted with (shown on the sheet), or null. */
  readonly index: PriceIndex | null;
  /** Every budget year any proposal has, in order. */
  readonly years: readonly number[];
  readonly rows: readonly CatalogueRow[];
  readonly totals: CatalogueTotals;
  readonly targets: readonly TargetLine[];
  /** Included proposals whose amounts could not be converted, so the totals leave them out (by row). */
  readonly leftOut: readonly number[];
}

/**
 * The proposals of a workbook's computed sheets, each with the budget check's findings on its sheet
 * (`findings`: checkWorkbook's over the same sheets): what the command line and the pane catalogue.
 */
export function proposalsIn(file: string, sheets: readonly SheetGrid[], findings: readonly Finding[]): CatalogueSource[] {
  return sheets.flatMap((sheet) => {
    const proposal = readProposal(sheet);
    return proposal === null ? [] : [{ file, proposal, findings: findings.filter((f) => f.sheet === sheet.name) }];
  });
}

/** The committee a proposal without one is totalled under. */
export const NO_COMMITTEE = "(intet udvalg)";
/** The type a proposal without one is totalled under. */
export const NO_TYPE = "(ingen type)";

const MINISTRY_RATE = new Dec("0.035");

/** A proposal number as compared: trimmed, case ignored, inner spaces as one. */
const numberKey = (n: string): string => n.trim().replace(/\s+/g, " ").toLowerCase();

function add(into: Map<number, Dec>, years: ReadonlyMap<number, Dec>): void {
  for (const [year, v] of years) into.set(year, (into.get(year) ?? ZERO).plus(v));
}

const shown = (d: Dec): string => d.toDecimalPlaces(2).toString().replace(".", ",");

/** The converted total effect, its factor, or why it cannot be converted. */
function convert(proposal: Proposal, options: CatalogueOptions): { years: Map<number, Dec>; permanent: Map<number, Dec>; oneOff: Map<number, Dec>; factor: Dec } | CatalogueFinding | null {
  if (proposal.years.length === 0) return null;
  const to = options.priceYear;
  const from = proposal.priceYear;
  const finding = (lacking: number | null): CatalogueFinding => ({ kind: "cannotConvert", where: null, message: messages.cannotConvert(from, to, lacking) });
  if (from === null) return finding(null);
  // The same level needs no index: the amounts as they are.
  const [a, b] = from === to ? [new Dec(1), new Dec(1)] : [options.index?.get(from), options.index?.get(to)];
  if (a === undefined) return finding(from);
  if (b === undefined) return finding(to);
  const factor = b.div(a);
  // amount × index(P) / index(p): the product first, one division, as PRICELEVEL (at the same level
  // × 1 / 1, the amount itself: a product and a quotient by 1 are exact).
  const at = (amount: Dec): Dec => amount.times(b).div(a);
  const part = (pick: (y: Proposal["years"][number]) => Dec) => new Map(proposal.years.map((y) => [y.year, at(pick(y))]));
  return { years: part((y) => y.total), permanent: part((y) => y.permanent), oneOff: part((y) => y.oneOff), factor };
}

/** The sign findings of a proposal's type (DOMAIN.md §1: savings negative, costs positive). */
function signFindings(proposal: Proposal): CatalogueFinding[] {
  // Without years the sums are 0, which contradicts no type.
  if (proposal.type === null) return [];
  const total = proposal.years.reduce((s, y) => s.plus(y.total), ZERO);
  const permanent = proposal.years.reduce((s, y) => s.plus(y.permanent), ZERO);
  const type: ProposalType = proposal.type;
  if ((type === "effektivisering" || type === "prioritering") && total.gt(0)) return [{ kind: "signOfType", where: null, message: messages.signOfType(type, shown(total), "negative") }];
  if (type === "udvidelse" && total.lt(0)) return [{ kind: "signOfType", where: null, message: messages.signOfType(type, shown(total), "positive") }];
  if (type === "investering" && permanent.gt(0)) return [{ kind: "signOfType", where: null, message: messages.permanentNotSaving(shown(permanent)) }];
  return [];
}

const orNull = (r: { ok: boolean; value?: Dec }): Dec | null => (r.ok ? (r.value as Dec) : null);

/** The catalogue of the proposals, in the order given. */
export function buildCatalogue(sources: readonly CatalogueSource[], options: CatalogueOptions): Catalogue {
  const byNumber = new Map<string, number[]>();
  sources.forEach((s, i) => {
    if (s.proposal.number === null) return;
    const key = numberKey(s.proposal.number);
    byNumber.set(key, [...(byNumber.get(key) ?? []), i]);
  });
  const years = [...new Set(sources.flatMap((s) => s.proposal.years.map((y) => y.year)))].sort((a, b) => a - b);

  const rows: CatalogueRow[] = sources.map((s, i) => {
    const { proposal } = s;
    const findings: CatalogueFinding[] = s.findings.map((f) => ({ kind: f.kind, where: `${f.sheet}!${cellAddress(f.row, f.column)}`, message: f.message }));
    if (proposal.number !== null) {
      const others = (byNumber.get(numberKey(proposal.number)) ?? []).filter((j) => j !== i);
      if (others.length > 0) findings.push({ kind: "duplicateNumber", where: null, message: messages.duplicateNumber(proposal.number.trim(), others.map((j) => `${sources[j].file} (${sources[j].proposal.sheet})`)) });
    }
    findings.push(...signFindings(proposal));
    const converted = convert(proposal, options);
    if (converted !== null && "kind" in converted) findings.push(converted);
    const ok = converted !== null && !("kind" in converted) ? converted : null;
    const flows = proposal.years.map((y) => y.total);
    const convertedFlows = ok === null ? null : proposal.years.map((y) => ok.years.get(y.year) as Dec);
    return {
      file: s.file,
      sheet: proposal.sheet,
      proposal,
      included: !(options.excluded?.has(i) ?? false),
      years: ok?.years ?? null,
      permanent: ok?.permanent ?? null,
      oneOff: ok?.oneOff ?? null,
      factor: ok?.factor ?? null,
      // No flows: "nothing to pay back", no answer, as an empty PAYBACK range.
      payback: orNull(payback(flows)),
      paybackDiscounted: orNull(discountedPayback(flows, MINISTRY_RATE)),
      presentValue: convertedFlows === null ? null : orNull(presentValue(convertedFlows, { kind: "ministry", after70: null })),
      findings,
      missing: proposal.missing,
    };
  });

  const overall = new Map<number, Dec>(years.map((y) => [y, ZERO]));
  const byCommittee = new Map<string, Map<number, Dec>>();
  const byType = new Map<string, Map<number, Dec>>();
  const leftOut: number[] = [];
  rows.forEach((row, i) => {
    if (!row.included) return;
    if (row.years === null) {
      if (row.proposal.years.length > 0) leftOut.push(i);
      return;
    }
    add(overall, row.years);
    const committee = row.proposal.committee ?? NO_COMMITTEE;
    const type = row.proposal.type ?? NO_TYPE;
    if (!byCommittee.has(committee)) byCommittee.set(committee, new Map(years.map((y) => [y, ZERO])));
    if (!byType.has(type)) byType.set(type, new Map(years.map((y) => [y, ZERO])));
    add(byCommittee.get(committee) as Map<number, Dec>, row.years);
    add(byType.get(type) as Map<number, Dec>, row.years);
  });

  const targets: TargetLine[] = [];
  for (const [committee, perYear] of options.targets) {
    for (const [year, target] of perYear) {
      const sum = byCommittee.get(committee)?.get(year) ?? ZERO;
      targets.push({ committee, year, target, sum, gap: sum.minus(target) });
    }
  }
  return { priceYear: options.priceYear, index: options.index, years, rows, totals: { overall, byCommittee, byType }, targets, leftOut };
}

/** The catalogue as the command line's --json prints it: numbers at the boundary, 1.000 kr. at the catalogue's level. */
export function catalogueJson(catalogue: Catalogue): unknown {
  const yearsOf = (m: ReadonlyMap<number, Dec>) => Object.fromEntries([...m].map(([y, v]) => [String(y), v.toNumber()]));
  const num = (d: Dec | null) => (d === null ? null : d.toNumber());
  return {
    priceYear: catalogue.priceYear,
    proposals: catalogue.rows.map((r) => ({
      file: r.file,
      sheet: r.sheet,
      number: r.proposal.number,
      title: r.proposal.title,
      committee: r.proposal.committee,
      area: r.proposal.area,
      type: r.proposal.type,
      priceLevel: r.proposal.priceYear,
      included: r.included,
      years: r.years === null ? null : yearsOf(r.years),
      permanent: r.permanent === null ? null : yearsOf(r.permanent),
      oneOff: r.oneOff === null ? null : yearsOf(r.oneOff),
      payback: num(r.payback),
      paybackDiscounted: num(r.paybackDiscounted),
      presentValue: num(r.presentValue),
      findings: r.findings.map((f) => ({ kind: f.kind, where: f.where, da: f.message.da, en: f.message.en })),
      missing: r.missing,
    })),
    totals: yearsOf(catalogue.totals.overall),
    byCommittee: Object.fromEntries([...catalogue.totals.byCommittee].map(([c, m]) => [c, yearsOf(m)])),
    byType: Object.fromEntries([...catalogue.totals.byType].map(([t, m]) => [t, yearsOf(m)])),
    targets: catalogue.targets.map((t) => ({ committee: t.committee, year: t.year, target: t.target.toNumber(), sum: t.sum.toNumber(), gap: t.gap.toNumber() })),
    leftOut: catalogue.leftOut.map((i) => ({ file: catalogue.rows[i].file, sheet: catalogue.rows[i].sheet })),
  };
}

/**
 * An index table from a sheet's computed values, as PRICELEVEL reads one: the first two columns, year
 * and index; rows whose year is not a number (headings, notes) skipped.
 */
export function indexFromSheet(values: readonly (readonly unknown[])[]): Result<PriceIndex> {
  // No year row at all is PRICELEVEL's "the range is empty" (priceIndex says it).
  return priceIndex(values.map((row) => [row[0] ?? null, row[1] ?? null]).filter(([year]) => typeof year === "number"));
}

/**
 * Committees' targets from a sheet's computed values: a header row with budget years (as a proposal's
 * table has them), then one row per committee, its name in the first column and a target in 1.000 kr.
 * under each year it has one (negative: savings to find); blank is no target that year.
 */
export function targetsFromSheet(values: readonly (readonly unknown[])[]): Result<Map<string, Map<number, Dec>>> {
  const withYears = (row: readonly unknown[]) => row.some((v) => yearOfHeader(v) !== null);
  const header = values.findIndex((row) => withYears(row) && row.some((v) => typeof v === "string" && /udvalg|committee/i.test(v)));
  // Stryker disable next-line EqualityOperator: equivalent, a committees' header in the first row is the first row with years too
  const at = header >= 0 ? header : values.findIndex(withYears);
  if (at < 0) return invalid(messages.targetsWithoutYears());
  const years = values[at].map((v, c) => ({ c, year: yearOfHeader(v) })).filter((x): x is { c: number; year: number } => x.year !== null && x.c > 0);
  const targets = new Map<string, Map<number, Dec>>();
  for (const row of values.slice(at + 1)) {
    const name = typeof row[0] === "string" ? row[0].trim() : "";
    if (name === "") continue;
    const perYear = targets.get(name) ?? new Map<number, Dec>();
    for (const { c, year } of years) {
      const v = row[c];
      if (isFiniteNumber(v)) perYear.set(year, new Dec(v));
      else if (v !== null && v !== undefined && v !== "") return invalid(messages.targetNotNumber(name, year, v));
    }
    targets.set(name, perYear);
  }
  return ok(targets);
}
