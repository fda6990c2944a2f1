import { cellAddress, qualified, rangeAddress } from "../core/address";
import { schoolNameFormula } from "../core/schools";
import { AMOUNT_WIDTH, type CellInput, KRONER, MODEL_NAMES, RESULT_CELLS, RESULT_PUPIL, RESULT_SUMMARY, type SheetLayout } from "./layouts";
import { sheetStyle, widthOf, ZERO_HIDDEN } from "./style";

/**
 * The schools' budget under the model (DOMAIN.md §7, issue #16), after the result sheet: the amount
 * devolved to the schools split by a key with ALLOCATE, the safety net's planning part by the same
 * key, each school's payments from the result sheet, and its net (allocation + safety net −
 * payments); the municipality's line; above them the schools' total by SEGREGATION.TOTAL (it ties to
 * the result sheet) and the cap at which the schools pay exactly what is devolved
 * (SEGREGATION.CALIBRATE), with the total at it. Every figure a live formula.
 */
export const BUDGET_SCHOOL = {
  headers: ["Skole", "Netto", "Tildeling", "Sikkerhedsnet", "Skolens betaling", "Nøgle"],
  at: { school: 0, net: 1, allocation: 2, safetyNet: 3, payments: 4, key: 5 },
} as const;

/** The inputs and figures above the table (0-based rows, column B). */
const ROWS = { devolved: 1, safetyNet: 2, total: 3, resultTotal: 4, cap: 5, totalAtCap: 6, header: 8 } as const;

/** The budget sheet's places (0-based), for the tie-out and the tests. */
export const BUDGET_CELLS = { ...ROWS, firstSchoolRow: ROWS.header + 1, valueColumn: 1, school: BUDGET_SCHOOL.at } as const;

/**
 * @param pupils the result sheet's number of pupils (its rows of costs and liable fractions).
 * @param schools the schools in the result sheet's summary order.
 * @param devolved the amount devolved to the schools, kr.; null leaves the input cell for the user.
 */
export function budgetSheet(sheet: string, resultName: string, pupils: number, schools: readonly string[], devolved: number | null): SheetLayout {
  const { at, headers } = BUDGET_SCHOOL;
  const first = BUDGET_CELLS.firstSchoolRow;
  const n = schools.length;
  const result = (row: number, column: number, absolute = false) => qualified(resultName, cellAddress(row, column, absolute));
  const resultColumn = (column: number) => qualified(resultName, rangeAddress(RESULT_CELLS.firstDataRow, column, pupils, 1, true));
  const [costs, liable] = [resultColumn(RESULT_PUPIL.at.cost), resultColumn(RESULT_PUPIL.at.share)];
  const summary = (k: number, key: keyof typeof RESULT_SUMMARY.at) => result(RESULT_CELLS.firstDataRow + k, RESULT_CELLS.summaryColumn + RESULT_SUMMARY.at[key]);
  const value = (row: number) => cellAddress(row, 1, true);
  const keys = rangeAddress(first, at.key, n, 1, true);
  const column = (c: number) => rangeAddress(first, c, n, 1);
  const { threshold, cap, schoolShare, netPlanning } = MODEL_NAMES;
  const cells: CellInput[][] = [
    ["Skolernes budget efter modellen"],
    ["Udlagt til skolerne (kr.)", devolved],
    ["Sikkerhedsnet fordelt ved planlægning (kr.)", `=${netPlanning}`],
    ["Skolernes samlede betaling (kr.)", `=SEGREGATION.TOTAL(${costs},${liable},${threshold},${cap},${schoolShare})`],
    ["Stemmer med resultatarket", `=SUMCHECK(${value(ROWS.total)},${result(RESULT_CELLS.firstDataRow + n, RESULT_CELLS.summaryColumn + RESULT_SUMMARY.at.pays)},2)`],
    ["Loft, hvor skolerne betaler det udlagte (kr.)", `=IF(${value(ROWS.devolved)}="","",SEGREGATION.CALIBRATE(${costs},${value(ROWS.devolved)},${liable},"cap"))`],
    ["Skolernes samlede betaling ved det loft (kr.)", `=IF(${value(ROWS.cap)}="","",SEGREGATION.TOTAL(${costs},${liable},${value(ROWS.cap)},${value(ROWS.cap)}))`],
    [],
    [...headers],
  ];
  schools.forEach((school, k) => {
    const r = first + k;
    const own = (c: number) => cellAddress(r, c);
    const row: CellInput[] = [];
    row[at.school] = schoolNameFormula(school);
    // Rounded to øre, as the result sheet's sums: øre amounts added in binary floating point can be off in their last digit.
    row[at.net] = `=ROUND(${own(at.allocation)}+${own(at.safetyNet)}-${own(at.payments)},2)`;
    // Each school its own element of ALLOCATE's answer: nothing relies on a spill.
    row[at.allocation] = `=IF(${value(ROWS.devolved)}="",0,INDEX(ALLOCATE(${value(ROWS.devolved)},${keys}),${k + 1}))`;
    row[at.safetyNet] = `=IF(${value(ROWS.safetyNet)}=0,0,INDEX(ALLOCATE(${value(ROWS.safetyNet)},${keys}),${k + 1}))`;
    row[at.payments] = `=${summary(k, "pays")}`;
    // The key: by default the school's segregated pupils this year; type the key the municipality uses over it.
    row[at.key] = `=${summary(k, "pupils")}`;
    cells.push(row);
  });
  const totalRow = first + n;
  cells.push(headers.map((_h, c) => (c === at.school ? "I alt" : c === at.key ? `=SUM(${column(c)})` : `=ROUND(SUM(${column(c)}),2)`)));
  const municipality = totalRow + 1;
  cells.push(["Kommunen: udlagt + sikkerhedsnet − betaling", `=ROUND(${value(ROWS.devolved)}+${value(ROWS.safetyNet)}-${cellAddress(totalRow, at.payments)},2)`]);
  cells.push(["Stemmer med skolernes netto", `=SUMCHECK(${column(at.net)},${cellAddress(municipality, at.net)})`]);

  const schoolWidth = Math.max(widthOf("Kommunen: udlagt + sikkerhedsnet"), ...schools.map(widthOf));
  const table = rangeAddress(ROWS.header, 0, n + 2, headers.length);
  const style = sheetStyle(cells, {
    headers: [rangeAddress(ROWS.header, 0, 1, headers.length)],
    inputs: [cellAddress(ROWS.devolved, 1), cellAddress(ROWS.safetyNet, 1), column(at.key)],
    tables: [rangeAddress(ROWS.devolved, 0, ROWS.totalAtCap - ROWS.devolved + 1, 2), table],
    freezeRows: ROWS.header + 1,
    atLeast: { 0: schoolWidth },
    minWidth: AMOUNT_WIDTH,
  });
  return {
    sheet,
    cells,
    style,
    names: [],
    numberFormats: [
      { address: rangeAddress(ROWS.devolved, 1, 2, 1), format: ZERO_HIDDEN.whole },
      { address: cellAddress(ROWS.total, 1), format: KRONER },
      { address: cellAddress(ROWS.cap, 1), format: ZERO_HIDDEN.whole },
      { address: cellAddress(ROWS.totalAtCap, 1), format: KRONER },
      { address: rangeAddress(first, at.net, n + 2, 4), format: KRONER },
      { address: cellAddress(municipality, at.net), format: KRONER },
    ],
    bold: ["A1", rangeAddress(ROWS.header, 0, 1, headers.length), rangeAddress(totalRow, 0, 2, headers.length)],
    readBack: [rangeAddress(0, 0, municipality + 2, headers.length)],
    chart: { range: rangeAddress(ROWS.header, 0, n + 1, 2), title: "Skolernes netto" },
  };
}
