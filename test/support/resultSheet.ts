/**
 * A written result sheet against the exact core, as the tests of issue #26 read it: the sheet's values
 * come from a formula engine over the whole workbook (the in-memory Excel's, in jest or in the browser).
 */
import type { HyperFormula } from "hyperformula";
import { parseCell } from "../../src/core/address";
import type { ModelProfile } from "../../src/core/profiles";
import { type ColumnMapping, pupilResults, summarise } from "../../src/core/pupils";
import { unwrap } from "../../src/core/result";
import { schoolOf } from "../../src/core/schools";
import { incentiveModel } from "../../src/core/segregation";
import { RESULT_CELLS } from "../../src/sheets/layouts";

export const cell = (hf: HyperFormula, sheet: string, address: string): unknown => {
  const { row, column } = parseCell(address);
  return hf.getCellValue({ sheet: hf.getSheetId(sheet) ?? -1, row, col: column });
};

/** Every value on a sheet that is an error Excel shows for a lost reference. */
export function refErrors(hf: HyperFormula, sheet: string): string[] {
  const values = hf.getSheetValues(hf.getSheetId(sheet) ?? -1);
  return values.flatMap((row, r) => row.flatMap((v, c) => (typeof v === "object" && v !== null && (v as { value?: string }).value === "#REF!" ? [`${r},${c}`] : [])));
}

/**
 * The result sheet against the core for the list as it is now: every pupil row by position, every
 * school on the sheet by name, the count, the coverage and the control. Answers whether it covers.
 */
export function againstCore(hf: HyperFormula, sheet: string, rows: readonly (readonly unknown[])[], mapping: ColumnMapping, profile: ModelProfile, written: number, schoolYear = 2023): boolean {
  const model = unwrap(incentiveModel(profile.threshold, profile.cap, profile.schoolShare));
  const results = pupilResults(rows, mapping, model, schoolYear);
  const { firstDataRow: first, pupil: p, summaryColumn: s, summary: t } = RESULT_CELLS;
  const at = (row: number, col: number) => hf.getCellValue({ sheet: hf.getSheetId(sheet) ?? -1, row, col });
  for (let i = 0; i < Math.min(rows.length, written); i += 1) {
    const x = results[i];
    const school = schoolOf(rows[i][mapping.school ?? 0]);
    expect({ i, on: [p.school, p.liable, p.pays, p.central].map((c) => at(first + i, c)) }).toEqual({
      i,
      on: [school.kind === "school" ? school.name : "", x?.liable.toNumber(), x?.pays.toNumber(), x?.central.toNumber()],
    });
  }
  // Rows past the list's end hold no pupil and 0 kr.
  for (let i = rows.length; i < written; i += 1) expect([p.school, p.pays].map((c) => at(first + i, c))).toEqual(["", 0]);
  // The summary sums the pupils the sheet's rows reach (the first `written` of the list), by school.
  const lines = new Map(summarise(rows.slice(0, written), mapping, model, schoolYear).map((line) => [line.school, line]));
  let k = 0;
  const onSheet = new Set<string>();
  for (; at(first + k, s + t.school) !== "I alt"; k += 1) {
    const name = String(at(first + k, s + t.school));
    onSheet.add(name);
    const line = lines.get(name);
    expect({ name, figures: [t.pays, t.central, t.liable, t.pupils].map((c) => at(first + k, s + c)) }).toEqual({
      name,
      figures: line === undefined ? [0, 0, 0, 0] : [line.pays.toNumber(), line.central.toNumber(), line.liable.toNumber(), line.pupils],
    });
  }
  const covers = rows.length <= written && [...lines.keys()].every((name) => onSheet.has(name));
  expect(cell(hf, sheet, RESULT_CELLS.for.inList)).toBe(rows.length);
  expect(cell(hf, sheet, RESULT_CELLS.for.covers)).toBe(covers);
  expect(cell(hf, sheet, RESULT_CELLS.for.onSheet)).toBe([...onSheet].reduce((n, name) => n + (lines.get(name)?.pupils ?? 0), 0));
  expect(at(first + k + 1, s + 1)).toBe(covers); // the control
  const line = String(cell(hf, sheet, RESULT_CELLS.for.line));
  expect(line.startsWith(covers ? "Arket dækker listen" : "ADVARSEL: Elever i Elevliste: ")).toBe(true);
  expect(refErrors(hf, sheet)).toEqual([]);
  return covers;
}

