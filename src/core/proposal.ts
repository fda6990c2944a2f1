import type { SheetGrid } from "./check";
import { Dec, ZERO } from "./decimal";
import { isFiniteNumber } from "./grid";
import { PAYBACK_LABEL, priceLevelIn, rowLabel, TOTAL_IMPACT_LABEL, TOTAL_LABEL, yearOfHeader } from "./labels";

/**
 * Reading one budget proposal from a sheet's computed values (issue #31; DOMAIN.md §8): the add-in's
 * templates (investment, prioritisation, initiative plan), filled in by the add-in or by hand, and
 * sheets laid out like the seeds' tables but made elsewhere. Pure: the command line feeds it what a
 * formula engine computed, the pane what Excel computed. The recognition rules are data below and in
 * labels.ts, and docs/DEVELOPING.md lists them. A field that is not found is listed as missing; the
 * proposal is never dropped.
 */

export type ProposalType = "investering" | "effektivisering" | "prioritering" | "udvidelse";
export const PROPOSAL_TYPES: readonly ProposalType[] = ["investering", "effektivisering", "prioritering", "udvidelse"];

/** The fields a proposal must have; each one not found is listed as missing. */
export type ProposalField = "number" | "title" | "committee" | "area" | "type" | "priceLevel" | "unit" | "amounts";
export const PROPOSAL_FIELDS: readonly ProposalField[] = ["number", "title", "committee", "area", "type", "priceLevel", "unit", "amounts"];

/** One budget year of a proposal, in 1.000 kr. at its own price level. */
export interface ProposalYear {
  readonly year: number;
  /** Permanent changes (varige ændringer; a prioritisation's net change). */
  readonly permanent: Dec;
  /** One-off and implementation amounts. */
  readonly oneOff: Dec;
  /** The total economic effect: permanent + one-off. */
  readonly total: Dec;
}

export interface Proposal {
  readonly sheet: string;
  readonly number: string | null;
  readonly title: string | null;
  readonly committee: string | null;
  /** Styringsområde: Service, Anlæg, Overførsler (or as the sheet writes it). */
  readonly area: string | null;
  readonly type: ProposalType | null;
  /** The p/l year the amounts are stated in. */
  readonly priceYear: number | null;
  /** Every distinct p/l year stated on the sheet: more than one is a finding. */
  readonly priceYears: readonly number[];
  /** The sheet's unit as 1.000 kr. per unit: 1 (1.000 kr.), 1000 (mio. kr.), 0,001 (kr.). */
  readonly unit: Dec | null;
  readonly years: readonly ProposalYear[];
  /** The payback the sheet states (a number in a "Tilbagebetalingstid …" row), or null. */
  readonly statedPayback: number | null;
  readonly missing: readonly ProposalField[];
}

const text = (v: unknown): string => (typeof v === "string" ? v.trim() : "");

/** A field's label, alone in its cell (a colon allowed) or before its value in the same cell ("Udvalg: Børne- og Ungeudvalget"). */
const FIELD_LABELS: Readonly<Record<"number" | "title" | "committee" | "area" | "type", RegExp>> = {
  number: /^(?:nr\.?|nummer|forslagsnr\.?|forslagsnummer|forslag nr\.?|løbenr\.?|id)\s*(?::\s*(.*))?$/i,
  title: /^(?:forslagets titel|titel|overskrift|forslagets navn|navn på forslag)\s*(?::\s*(.*))?$/i,
  committee: /^(?:udvalg|fagudvalg|politisk udvalg|ansvarligt udvalg|udvalgsområde)\s*(?::\s*(.*))?$/i,
  area: /^(?:styringsområde|bevillingsområde)\s*(?::\s*(.*))?$/i,
  type: /^(?:type|forslagstype|type af forslag)\s*(?::\s*(.*))?$/i,
};

/** A type as a proposal writes it. */
export function proposalTypeOf(value: string): ProposalType | null {
  const v = value.toLowerCase();
  if (/invest/.test(v)) return "investering";
  if (/effektivis/.test(v)) return "effektivisering";
  if (/priorit|reduktion|besparelse|råderum/.test(v)) return "prioritering";
  if (/udvid|ønske|merudgift/.test(v)) return "udvidelse";
  return null;
}

/** A sheet's heading (its first text) says which template it is: its type when no field says it. */
const TYPE_OF_HEADING: readonly (readonly [RegExp, ProposalType])[] = [
  [/investeringsforslag/i, "investering"],
  [/effektiviseringsforslag/i, "effektivisering"],
  [/prioriteringsforslag|reduktionsforslag|besparelsesforslag/i, "prioritering"],
  [/udvidelsesforslag|indsatsplan/i, "udvidelse"],
];

/** The unit of a table's header text, as 1.000 kr. per unit. */
export function unitOf(header: string): Dec | null {
  if (/mio\.?\s*kr|mill?\.?\s*kr|millioner/i.test(header)) return new Dec(1000);
  if (/(?:1\.?000|t\.)\s*kr|tkr|tusind/i.test(header)) return new Dec(1);
  if (/(?:^|[^a-zæøå.])kr\b/i.test(header)) return new Dec("0.001");
  return null;
}

/** The row of the permanent changes' total, and of the one-off amounts' total. */
const PERMANENT_TOTAL = /^(?:samlet varig ændring|varige ændringer i alt|i alt varige ændringer|samlede varige ændringer)/i;
const ONE_OFF_TOTAL = /^(?:samlede implementeringsomkostninger|implementeringsomkostninger i alt|i alt implementering|engangsudgifter i alt|samlede engangsudgifter|i alt engangs)/i;
const NET_TOTAL = /^samlet ændring|^netto|^nettoændring|^samlet nettoændring/i;
const PAYBACK_TOTAL = /totaløkonomi/i;

/** A field's value: the text after its label's colon, else the next non-blank cell to the right. */
function fieldValue(row: readonly unknown[], column: number, inline: string | undefined): string | null {
  // The label's cell was trimmed and its pattern takes the spaces after the colon: `inline` has none around it.
  if (inline !== undefined && inline !== "") return inline;
  for (const v of row.slice(column + 1)) {
    if (isFiniteNumber(v)) return String(v);
    const t = text(v);
    // Blank, spaces only or neither text nor number: no value, look further.
    if (t === "") continue;
    // The next label on the row is not this field's value.
    return Object.values(FIELD_LABELS).some((label) => label.test(t)) ? null : t;
  }
  return null;
}

/** The first table of years on the sheet: its header row and year columns. */
function yearTable(values: SheetGrid["values"]): { row: number; columns: { column: number; year: number }[] } | null {
  for (let r = 0; r < values.length; r += 1) {
    const columns = values[r].map((v, c) => ({ column: c, year: yearOfHeader(v) })).filter((x): x is { column: number; year: number } => x.year !== null);
    if (columns.length >= 2) return { row: r, columns };
  }
  return null;
}

/** The catalogue sheet's heading (src/sheets/catalogue.ts): a catalogue is read as no proposal. */
export const CATALOGUE_HEADING = "Katalog over budgetforslag";

/**
 * The proposal on a sheet, or null when the sheet has no table of years (a front page, notes, an
 * index table) or is a catalogue the add-in wrote: such a sheet is no proposal.
 */
export function readProposal(sheet: SheetGrid): Proposal | null {
  const { values } = sheet;
  if (text(values[0]?.[0]) === CATALOGUE_HEADING) return null;
  const table = yearTable(values);
  if (table === null) return null;
  const missing: ProposalField[] = [];

  // Fields by label, the first of each on the sheet.
  const found: Partial<Record<keyof typeof FIELD_LABELS, string>> = {};
  values.forEach((row, r) => {
    if (r === table.row) return;
    row.forEach((v, c) => {
      const t = text(v);
      // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, no label matches an empty text (skipping it saves the patterns)
      if (t === "") return;
      for (const [field, label] of Object.entries(FIELD_LABELS) as [keyof typeof FIELD_LABELS, RegExp][]) {
        if (found[field] !== undefined) continue;
        const m = label.exec(t);
        if (m === null) continue;
        const value = fieldValue(row, c, m[1]);
        if (value !== null) found[field] = value;
      }
    });
  });

  // The type: a field, else the sheet's heading.
  let type = found.type === undefined ? null : proposalTypeOf(found.type);
  if (type === null) {
    // Stryker disable next-line StringLiteral: equivalent, a sheet without text has no heading a pattern matches
    const heading = values.flat().map(text).find((t) => t !== "") ?? "";
    type = TYPE_OF_HEADING.find(([pattern]) => pattern.test(heading))?.[1] ?? null;
  }

  // Price level and unit: the table's header, else anywhere on the sheet.
  const headerText = values[table.row].map(text).join(" ");
  const priceYears: number[] = [];
  values.forEach((row) =>
    row.forEach((v) => {
      const year = priceLevelIn(text(v))?.year;
      if (year !== undefined && !priceYears.includes(year)) priceYears.push(year);
    }),
  );
  const priceYear = priceLevelIn(headerText)?.year ?? priceYears[0] ?? null;
  let unit = unitOf(headerText);
  if (unit === null) {
    for (const row of values.slice(0, table.row)) {
      unit = row.map(text).map(unitOf).find((u) => u !== null) ?? null;
      if (unit !== null) break;
    }
  }

  // The rows of the table: from its header to the next blank-headed table of years or the end.
  let end = values.length;
  for (let r = table.row + 1; r < values.length; r += 1) {
    if (values[r].filter((v) => yearOfHeader(v) !== null).length >= 2 && text(values[r][0]) !== "") {
      end = r;
      break;
    }
  }
  const rows = values.slice(table.row + 1, end).map((row) => ({ row, name: rowLabel(row) }));
  const amountsOf = (row: readonly unknown[]) => table.columns.map(({ column }) => (isFiniteNumber(row[column]) ? new Dec(row[column]) : ZERO));
  const hasAmounts = (row: readonly unknown[]) => table.columns.some(({ column }) => isFiniteNumber(row[column]));
  const find = (pattern: RegExp) => rows.find((x) => pattern.test(x.name) && hasAmounts(x.row));

  // The area: a field, else the areas the table's "Styringsområde" column names on rows with amounts.
  let area = found.area ?? null;
  if (area === null) {
    // No such column: index −1, which reads nothing.
    const areaColumn = values[table.row].findIndex((v) => /^styringsområde$/i.test(text(v)));
    const areas = new Set(rows.filter((x) => hasAmounts(x.row) && !TOTAL_LABEL.test(x.name) && !/^heraf/i.test(x.name)).map((x) => text(x.row[areaColumn])).filter((t) => t !== ""));
    if (areas.size > 0) area = [...areas].join(", ");
  }

  const totalRow = find(TOTAL_IMPACT_LABEL) ?? find(NET_TOTAL) ?? [...rows].reverse().find((x) => TOTAL_LABEL.test(x.name) && hasAmounts(x.row));
  const permanentRow = find(PERMANENT_TOTAL);
  const oneOffRow = find(ONE_OFF_TOTAL);
  const scale = unit ?? new Dec(1);
  let years: ProposalYear[] = [];
  if (totalRow !== undefined) {
    const total = amountsOf(totalRow.row);
    const oneOff = oneOffRow === undefined ? table.columns.map(() => ZERO) : amountsOf(oneOffRow.row);
    // The permanent part: its own total row, else the total less the one-off amounts.
    const permanent = permanentRow === undefined ? total.map((t, i) => t.minus(oneOff[i])) : amountsOf(permanentRow.row);
    years = table.columns.map(({ year }, i) => ({ year, permanent: permanent[i].times(scale), oneOff: oneOff[i].times(scale), total: total[i].times(scale) }));
  }

  // The stated payback: the total economy's, else the first.
  const paybackRows = values.map((row) => ({ row, name: rowLabel(row) })).filter((x) => PAYBACK_LABEL.test(x.name));
  const paybackRow = paybackRows.find((x) => PAYBACK_TOTAL.test(x.name)) ?? paybackRows[0];
  const statedPayback = paybackRow === undefined ? null : ((paybackRow.row.find((v, c) => c > 0 && isFiniteNumber(v)) as number | undefined) ?? null);

  const fields = {
    number: found.number ?? null,
    title: found.title ?? null,
    committee: found.committee ?? null,
    area,
    type,
    priceLevel: priceYear,
    unit,
    amounts: totalRow === undefined ? null : years,
  };
  for (const field of PROPOSAL_FIELDS) if (fields[field] === null) missing.push(field);
  return {
    sheet: sheet.name,
    number: fields.number,
    title: fields.title,
    committee: fields.committee,
    area,
    type,
    priceYear,
    priceYears,
    unit,
    years,
    statedPayback,
    missing,
  };
}
