import type { Changes, ChangeKind } from "../core/changes";
import { cellAddress, columnName, rangeAddress } from "../core/address";
import { schoolNameFormula, schoolSum } from "../core/schools";
import { AMOUNT_WIDTH, type CellInput, KRONER, type SheetLayout } from "./layouts";
import { sheetStyle, widthOf } from "./style";

/** The changes sheet's pupil columns, from A. */
const PUPIL = ["Ændring", "Elev", "Skole før", "Skole nu", "Udgift før", "Udgift nu", "Skolens betaling før", "Skolens betaling nu", "Forvaltningens betaling før", "Forvaltningens betaling nu"] as const;
/** Its school columns, after one blank column. */
const SCHOOL = ["Skole", "Skolens betaling før", "Ændring", "Skolens betaling nu", "Stemmer", "Forvaltningens betaling før", "Ændring (forvaltning)", "Forvaltningens betaling nu", "Stemmer (forvaltning)"] as const;
const HEADER_ROW = 3;
const FIRST_ROW = HEADER_ROW + 1;
const SCHOOL_COLUMN = PUPIL.length + 1;

export const KIND_WORDS: Readonly<Record<ChangeKind, string>> = { new: "Ny elev", ended: "Afsluttet", moved: "Skiftet skole", cost: "Ændret udgift", other: "Anden ændring" };

/** The changes sheet's places (0-based) for the tie-out: the first school row and the school columns. */
export const CHANGES_CELLS = { headerRow: HEADER_ROW, firstRow: FIRST_ROW, schoolColumn: SCHOOL_COLUMN, change: SCHOOL_COLUMN + 2, check: SCHOOL_COLUMN + 4, centralChange: SCHOOL_COLUMN + 6, centralCheck: SCHOOL_COLUMN + 8 } as const;

/**
 * What changed in a result sheet's list since it was last written (issue #26): every changed pupil
 * as a record of that day (values: the figures before and now), and per school its payment and the
 * administration's before, the change summed from the pupils by formula (SUMPRODUCT over the rows
 * above, built-in functions only) and now, with a check that before + change = now to the øre.
 */
export function changesSheet(sheet: string, title: string, changes: Changes): SheetLayout {
  const n = changes.pupils.length;
  const last = FIRST_ROW + Math.max(n, 1) - 1;
  const col = (c: number) => `$${columnName(c)}$${FIRST_ROW + 1}:$${columnName(c)}$${last + 1}`;
  const text = (x: string | null) => (x === null ? null : schoolNameFormula(x));
  const number = (x: { toNumber(): number } | null | undefined) => (x === null || x === undefined ? null : x.toNumber());
  const cells: CellInput[][] = [[title], [`${n} ${n === 1 ? "ændring" : "ændringer"}; tallene før er dem, projektmappen gemte, da arket sidst blev skrevet.`], [], [...PUPIL, null, ...SCHOOL]];
  changes.pupils.forEach((c) => {
    cells.push([
      KIND_WORDS[c.kind],
      text(c.id),
      text(c.before?.school ?? null),
      text(c.after?.school ?? null),
      number(c.before?.cost),
      number(c.after?.cost),
      number(c.before?.pays),
      number(c.after?.pays),
      number(c.before?.central),
      number(c.after?.central),
    ]);
  });
  changes.schools.forEach((s, k) => {
    const r = FIRST_ROW + k;
    while (cells.length <= r) cells.push([]);
    const row = cells[r];
    while (row.length < SCHOOL_COLUMN) row.push(null);
    const name = `$${columnName(SCHOOL_COLUMN)}${r + 1}`;
    const own = (c: number) => cellAddress(r, SCHOOL_COLUMN + c);
    const change = (before: number, after: number) => `ROUND(${schoolSum(col(3), name, col(after))}-${schoolSum(col(2), name, col(before))},2)`;
    row.push(
      schoolNameFormula(s.school),
      s.paysBefore.toNumber(),
      `=${change(6, 7)}`,
      s.paysAfter.toNumber(),
      `=ROUND(${own(1)}+${own(2)}-${own(3)},2)=0`,
      s.centralBefore.toNumber(),
      `=${change(8, 9)}`,
      s.centralAfter.toNumber(),
      `=ROUND(${own(5)}+${own(6)}-${own(7)},2)=0`,
    );
  });
  const schools = changes.schools.length;
  const style = sheetStyle(cells, {
    headers: [rangeAddress(HEADER_ROW, 0, 1, PUPIL.length), rangeAddress(HEADER_ROW, SCHOOL_COLUMN, 1, SCHOOL.length)],
    tables: [rangeAddress(HEADER_ROW, 0, Math.max(n, 1) + 1, PUPIL.length), rangeAddress(HEADER_ROW, SCHOOL_COLUMN, schools + 1, SCHOOL.length)],
    freezeRows: FIRST_ROW,
    atLeast: { 1: Math.max(10, ...changes.pupils.map((c) => widthOf(c.id))), [SCHOOL_COLUMN]: Math.max(10, ...changes.schools.map((s) => widthOf(s.school))) },
    minWidth: AMOUNT_WIDTH,
  });
  return {
    sheet,
    cells,
    style,
    names: [],
    numberFormats: [
      { address: rangeAddress(FIRST_ROW, 4, Math.max(n, 1), 6), format: KRONER },
      { address: rangeAddress(FIRST_ROW, SCHOOL_COLUMN + 1, Math.max(schools, 1), 3), format: KRONER },
      { address: rangeAddress(FIRST_ROW, SCHOOL_COLUMN + 5, Math.max(schools, 1), 3), format: KRONER },
    ],
    bold: ["A1", rangeAddress(HEADER_ROW, 0, 1, SCHOOL_COLUMN + SCHOOL.length)],
    readBack: [rangeAddress(FIRST_ROW, SCHOOL_COLUMN, Math.max(schools, 1), SCHOOL.length)],
  };
}
