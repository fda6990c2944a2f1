import { cellAddress, columnName, rangeAddress } from "../core/address";
import { type Catalogue, NO_COMMITTEE, NO_TYPE } from "../core/catalogue";
import { literal } from "../core/cellText";
import { CATALOGUE_HEADING, type ProposalField } from "../core/proposal";
import type { CellInput, SheetLayout } from "./layouts";
import { sheetStyle, ZERO_HIDDEN } from "./style";
import { orNote } from "./withoutAddIn";

/**
 * The catalogue sheet (issue #31): one row per proposal with its source, its total economic effect
 * per budget year converted to the catalogue's price level by live formulas over the index table on
 * the sheet, the paybacks, the present value and every finding; totals per year overall, per committee
 * and per type over the proposals marked "Ja" in Med; each committee against its target. What the user
 * edits (the price level in B2, Med, the index, the targets) the formulas follow. The proposals' own
 * amounts stand in a table below, in their own price levels, as read.
 */

/** What a missing field is called on the sheet. */
export const FIELD_WORDS: Readonly<Record<ProposalField, string>> = {
  number: "nr.",
  title: "titel",
  committee: "udvalg",
  area: "styringsområde",
  type: "type",
  priceLevel: "prisniveau",
  unit: "enhed",
  amounts: "beløb",
};

/** Where the catalogue's figures are (0-based), for the tie-out and the tests. */
export interface CatalogueLayout extends SheetLayout {
  /** The price level's input cell. */
  readonly priceCell: { readonly row: number; readonly column: number };
  /** The first proposal row; proposals follow in the catalogue's order. */
  readonly firstRow: number;
  /** The first converted year column; years follow in the catalogue's order. */
  readonly firstYearColumn: number;
  readonly columns: { readonly included: number; readonly payback: number; readonly paybackDiscounted: number; readonly presentValue: number };
  /** The totals' rows: overall, then per committee and per type, by name. */
  readonly totalRow: number;
  readonly committeeRows: ReadonlyMap<string, number>;
  readonly typeRows: ReadonlyMap<string, number>;
  /** Target lines: their row; columns: target, sum, gap. */
  readonly targetRows: readonly number[];
  readonly targetColumns: { readonly target: number; readonly sum: number; readonly gap: number };
}

const HEAD = ["Med", "Nr.", "Titel", "Udvalg", "Type", "Styringsområde", "Fil", "Ark", "Eget p/l", "Faktor"];
const [MED, COMMITTEE, TYPE, OWN, FACTOR] = ["Med", "Udvalg", "Type", "Eget p/l", "Faktor"].map((h) => HEAD.indexOf(h));

const text = (v: string | null): CellInput => (v === null || v === "" ? null : literal(v));

export function catalogueLayout(sheet: string, catalogue: Catalogue): CatalogueLayout {
  const { years, rows } = catalogue;
  const n = years.length;
  const count = rows.length;
  const firstYearColumn = HEAD.length;
  const after = firstYearColumn + n;
  const columns = { included: MED, payback: after, paybackDiscounted: after + 1, presentValue: after + 2 };
  const width = after + 5;

  const cells: CellInput[][] = [
    [CATALOGUE_HEADING],
    ["Prisniveau (p/l)", catalogue.priceYear, null, "Beløb i 1.000 kr. i prisniveauet i B2. Med: Ja tæller med i totalerne. Prisniveau, Med, indeks og mål kan rettes; formlerne følger."],
    [],
  ];
  const priceCell = { row: 1, column: 1 };
  const P = cellAddress(priceCell.row, priceCell.column, true);
  const header = cells.length;
  cells.push([...HEAD, ...years, "Tilbagebetalingstid", "Diskonteret 3,5 %", "Nutidsværdi (FM)", "Mangler", "Fund"]);
  const firstRow = cells.length;
  const lastRow = firstRow + Math.max(count, 1) - 1;

  // Below the proposals: totals, targets, the index table, the proposals' own amounts.
  const totalRow = lastRow + 2;
  const committees = [...catalogue.totals.byCommittee.keys()];
  const types = [...catalogue.totals.byType.keys()];
  const committeeRows = new Map(committees.map((c, i) => [c, totalRow + 2 + i]));
  const typeRows = new Map(types.map((t, i) => [t, totalRow + 3 + committees.length + i]));
  const targetsHeader = totalRow + 4 + committees.length + types.length;
  const targetRows = catalogue.targets.map((_t, i) => targetsHeader + 1 + i);
  const indexHeader = targetsHeader + 2 + catalogue.targets.length;
  // The index table: every year the given index has, and every price level the proposals state.
  const indexYears = [...new Set([...(catalogue.index?.keys() ?? []), catalogue.priceYear, ...rows.flatMap((r) => (r.proposal.priceYear === null ? [] : [r.proposal.priceYear]))])].sort((a, b) => a - b);
  const indexFirst = indexHeader + 1;
  const ownHeader = indexFirst + indexYears.length + 1;
  const ownFirst = ownHeader + 1;

  const column = (c: number, from: number, to: number) => `$${columnName(c)}$${from + 1}:$${columnName(c)}$${to + 1}`;
  const med = column(MED, firstRow, lastRow);
  const index = `$A$${indexFirst + 1}:$B$${indexFirst + indexYears.length}`;
  const lookup = (year: string) => `VLOOKUP(${year},${index},2,FALSE)`;

  rows.forEach((row, i) => {
    const r = firstRow + i;
    const own = cellAddress(r, OWN);
    const p = row.proposal;
    const findings = row.findings.map((f) => (f.where === null ? f.message.da : `${f.where}: ${f.message.da}`));
    const ownRow = ownFirst + i;
    const yearCells = years.map((y, k) => {
      const has = p.years.some((x) => x.year === y);
      if (!has) return null;
      const amount = cellAddress(ownRow, 1 + k);
      // amount × index(P) / index(p), the product first, as PRICELEVEL; blank where it cannot be converted.
      return `=IF(${cellAddress(r, FACTOR)}="","",IF(${own}=${P},${amount},${amount}*${lookup(P)}/${lookup(own)}))`;
    });
    const converted = rangeAddress(r, firstYearColumn, 1, n);
    cells.push([
      row.included ? "Ja" : "Nej",
      text(p.number),
      text(p.title),
      text(p.committee),
      text(p.type),
      text(p.area),
      text(row.file),
      text(row.sheet),
      p.priceYear,
      p.priceYear === null ? null : `=IF(${own}=${P},1,IFERROR(${lookup(P)}/${lookup(own)},""))`,
      ...yearCells,
      row.payback === null ? null : row.payback.toNumber(),
      row.paybackDiscounted === null ? null : row.paybackDiscounted.toNumber(),
      p.years.length === 0 ? null : `=IF(${cellAddress(r, FACTOR)}="","",${orNote(`PRESENTVALUE(${converted})`)})`,
      row.missing.length === 0 ? null : literal(row.missing.map((m) => FIELD_WORDS[m]).join(", ")),
      findings.length === 0 ? null : literal(`${findings.length}: ${findings.join(" · ")}`),
    ]);
  });
  if (count === 0) cells.push(["Ingen forslag læst"]);
  cells.push([]);

  const yearColumn = (k: number) => column(firstYearColumn + k, firstRow, lastRow);
  const sumWhere = (k: number, condition?: string) => `=SUMPRODUCT(--(${med}="Ja"),${condition === undefined ? "" : `--(${condition}),`}${yearColumn(k)})`;
  cells.push(["I alt (Med = Ja)", ...Array<CellInput>(firstYearColumn - 1).fill(null), ...years.map((_y, k) => sumWhere(k))]);
  cells.push(["Pr. udvalg"]);
  for (const c of committees) {
    const r = committeeRows.get(c) as number;
    // The proposals without a committee have a blank cell, which "(intet udvalg)" names.
    const match = c === NO_COMMITTEE ? '""' : `$A$${r + 1}`;
    cells.push([literal(c), ...Array<CellInput>(firstYearColumn - 1).fill(null), ...years.map((_y, k) => sumWhere(k, `${column(COMMITTEE, firstRow, lastRow)}=${match}`))]);
  }
  cells.push(["Pr. type"]);
  for (const t of types) {
    const r = typeRows.get(t) as number;
    const match = t === NO_TYPE ? '""' : `$A$${r + 1}`;
    cells.push([literal(t), ...Array<CellInput>(firstYearColumn - 1).fill(null), ...years.map((_y, k) => sumWhere(k, `${column(TYPE, firstRow, lastRow)}=${match}`))]);
  }
  cells.push([]);
  const targetColumns = { target: 2, sum: 3, gap: 4 };
  cells.push(["Udvalgenes mål", "År", "Mål", "Forslagenes sum", "Forskel (over 0: ikke nok fundet)"]);
  const yearHeader = `$${columnName(firstYearColumn)}$${header + 1}:$${columnName(after - 1)}$${header + 1}`;
  catalogue.targets.forEach((t, i) => {
    const r = targetRows[i];
    // The committee's total row above, in the target's year; 0 where it has no proposal (or not that year).
    const totals = committeeRows.get(t.committee);
    const sum = totals === undefined ? "0" : `IFERROR(INDEX(${rangeAddress(totals, firstYearColumn, 1, n, true)},1,MATCH($B$${r + 1},${yearHeader},0)),0)`;
    cells.push([literal(t.committee), t.year, t.target.toNumber(), `=${sum}`, `=${cellAddress(r, 3)}-${cellAddress(r, 2)}`]);
  });
  cells.push([]);
  cells.push(["Indeks (pris- og lønskøn)", "Indeks"]);
  for (const y of indexYears) cells.push([y, catalogue.index?.get(y)?.toNumber() ?? null]);
  cells.push([]);
  cells.push(["Forslagenes beløb i egne prisniveauer (1.000 kr.)", ...years]);
  rows.forEach((row) => {
    cells.push([text(`${row.proposal.number ?? ""} ${row.sheet}`.trim()), ...years.map((y) => row.proposal.years.find((x) => x.year === y)?.total.toNumber() ?? null)]);
  });

  const style = sheetStyle(cells, {
    headers: [rangeAddress(header, 0, 1, width), rangeAddress(targetsHeader, 0, 1, 5), rangeAddress(indexHeader, 0, 1, 2), rangeAddress(ownHeader, 0, 1, 1 + n)],
    inputs: [cellAddress(priceCell.row, priceCell.column), rangeAddress(firstRow, MED, Math.max(count, 1), 1), ...(targetRows.length > 0 ? [rangeAddress(targetRows[0], 2, targetRows.length, 1)] : []), rangeAddress(indexFirst, 1, indexYears.length, 1)],
    tables: [rangeAddress(header, 0, lastRow - header + 1, width), rangeAddress(totalRow, 0, targetsHeader - totalRow - 1, after), rangeAddress(indexHeader, 0, indexYears.length + 1, 2), rangeAddress(ownHeader, 0, Math.max(count, 1) + 1, 1 + n)],
    freezeRows: header + 1,
  });
  return {
    sheet,
    cells,
    style,
    names: [],
    numberFormats: [
      { address: rangeAddress(firstRow, firstYearColumn, Math.max(count, 1), n), format: ZERO_HIDDEN.whole },
      { address: rangeAddress(totalRow, firstYearColumn, targetsHeader - totalRow - 1, n), format: ZERO_HIDDEN.whole },
      { address: rangeAddress(firstRow, columns.presentValue, Math.max(count, 1), 1), format: ZERO_HIDDEN.whole },
    ],
    bold: ["A1", rangeAddress(header, 0, 1, width), rangeAddress(totalRow, 0, 1, after)],
    // What the tie-out compares (office/tieOut.ts, catalogueTieOut): the converted amounts, the totals, the targets' sums and gaps.
    readBack: [
      rangeAddress(firstRow, firstYearColumn, Math.max(count, 1), n),
      rangeAddress(totalRow, firstYearColumn, targetsHeader - totalRow - 1, n),
      ...(targetRows.length > 0 ? [rangeAddress(targetRows[0], targetColumns.sum, targetRows.length, 2)] : []),
    ],
    priceCell,
    firstRow,
    firstYearColumn,
    columns,
    totalRow,
    committeeRows,
    typeRows,
    targetRows,
    targetColumns,
  };
}
