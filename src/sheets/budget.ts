import { cellAddress, qualified, rangeAddress } from "../core/address";
import { literal } from "../core/cellText";
import { schoolNameFormula, schoolSum } from "../core/schools";
import { SOLVED_WORDS } from "../core/budget";
import { OUT_OF_REACH } from "./withoutAddIn";
import { AMOUNT_WIDTH, type CellInput, followsResult, KRONER, MODEL_SHEET, PROFILE_NAMES, profileParameter, RESULT_CELLS, RESULT_PUPIL, RESULT_SUMMARY, type SheetLayout } from "./layouts";
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

/**
 * With a second model B: the change in each school's net next to the school (the chart's series),
 * A's columns, then B's (its own devolved amount; the same key and safety net).
 */
export const BUDGET_SCHOOL_AB = {
  headers: ["Skole", "Ændring i netto (B − A)", "Netto A", "Tildeling A", "Sikkerhedsnet", "Skolens betaling A", "Nøgle", "Netto B", "Tildeling B", "Skolens betaling B"],
  at: { school: 0, change: 1, net: 2, allocation: 3, safetyNet: 4, payments: 5, key: 6, netB: 7, allocationB: 8, paymentsB: 9 },
} as const;

/** The inputs and figures above the table (0-based rows, column B). */
const ROWS = { devolved: 1, safetyNet: 2, total: 3, resultTotal: 4, cap: 5, totalAtCap: 6, header: 8 } as const;
/** Model B's block above the table (0-based rows, column E): its name, devolved amount, parameters and total. */
const ROWS_B = { name: 1, devolved: 2, threshold: 3, cap: 4, schoolShare: 5, total: 6 } as const;
const B_VALUE_COLUMN = 4;

/** The budget sheet's places (0-based), for the tie-out and the tests. */
export const BUDGET_CELLS = {
  ...ROWS,
  firstSchoolRow: ROWS.header + 1,
  valueColumn: 1,
  school: BUDGET_SCHOOL.at,
  /** With model B. */
  b: { ...ROWS_B, valueColumn: B_VALUE_COLUMN, school: BUDGET_SCHOOL_AB.at, pupilColumn: BUDGET_SCHOOL_AB.headers.length + 1 },
} as const;

/** Model B of a budget: the profile's name on the model sheet and the amount devolved under it. */
export interface BudgetB {
  readonly profile: string;
  readonly devolved: number | null;
}

/**
 * @param pupils the result sheet's number of pupils (its rows of costs and liable fractions).
 * @param schools the schools in the result sheet's summary order.
 * @param devolved the amount devolved to the schools, kr.; null leaves the input cell for the user.
 * @param b a second model to compare with: each school's net under it and the change from A; its
 *   payments per pupil in a block to the right of the table (the result sheet's costs and liable
 *   fractions under B's parameters), summed per school.
 */
export function budgetSheet(sheet: string, resultName: string, pupils: number, schools: readonly string[], devolved: number | null, b: BudgetB | null = null): SheetLayout {
  const { at, headers } = b === null ? BUDGET_SCHOOL : BUDGET_SCHOOL_AB;
  const atB = b === null ? null : BUDGET_SCHOOL_AB.at;
  const first = BUDGET_CELLS.firstSchoolRow;
  const n = schools.length;
  const result = (row: number, column: number, absolute = false) => qualified(resultName, cellAddress(row, column, absolute));
  const resultColumn = (column: number) => qualified(resultName, rangeAddress(RESULT_CELLS.firstDataRow, column, pupils, 1, true));
  const [costs, liable] = [resultColumn(RESULT_PUPIL.at.cost), resultColumn(RESULT_PUPIL.at.share)];
  const summary = (k: number, key: keyof typeof RESULT_SUMMARY.at) => result(RESULT_CELLS.firstDataRow + k, RESULT_CELLS.summaryColumn + RESULT_SUMMARY.at[key]);
  const value = (row: number) => cellAddress(row, 1, true);
  const valueB = (row: number) => cellAddress(row, B_VALUE_COLUMN, true);
  const keys = rangeAddress(first, at.key, n, 1, true);
  const column = (c: number) => rangeAddress(first, c, n, 1);
  // The model the result sheet was written for: its parameters, and its safety net looked up by its name.
  const [threshold, cap, schoolShare] = [RESULT_CELLS.for.threshold, RESULT_CELLS.for.cap, RESULT_CELLS.for.schoolShare].map((a) => qualified(resultName, a));
  const netPlanning = profileParameter(3, qualified(resultName, RESULT_CELLS.for.model));
  const follows = followsResult(resultName, pupils);
  const cells: CellInput[][] = [
    [b === null ? "Skolernes budget efter modellen" : "Skolernes budget efter modellen (A) og model B"],
    ["Udlagt til skolerne (kr.)", devolved],
    ["Sikkerhedsnet fordelt ved planlægning (kr.)", `=${netPlanning}`],
    ["Skolernes samlede betaling (kr.)", `=SEGREGATION.TOTAL(${costs},${liable},${threshold},${cap},${schoolShare})`],
    ["Stemmer med resultatarket", `=SUMCHECK(${value(ROWS.total)},${result(RESULT_CELLS.firstDataRow + n, RESULT_CELLS.summaryColumn + RESULT_SUMMARY.at.pays)},2)`],
    // Out of reach (more than the schools can pay), the cell says so in words rather than #N/A: a budget
    // sheet shows no error value (Kontrol reports every one).
    ["Loft, hvor skolerne betaler det udlagte (kr.)", `=IF(${value(ROWS.devolved)}="","",IFNA(SEGREGATION.CALIBRATE(${costs},${value(ROWS.devolved)},${liable},"${SOLVED_WORDS.cap.da}"),"${OUT_OF_REACH.cap}"))`],
    ["Skolernes samlede betaling ved det loft (kr.)", `=IF(ISNUMBER(${value(ROWS.cap)}),SEGREGATION.TOTAL(${costs},${liable},${value(ROWS.cap)},${value(ROWS.cap)}),"")`],
    [follows.line],
    [...headers],
  ];
  const paramsB = `${valueB(ROWS_B.threshold)},${valueB(ROWS_B.cap)},${valueB(ROWS_B.schoolShare)}`;
  if (b !== null) {
    const put = (row: number, label: string, v: CellInput) => ((cells[row] as CellInput[]).push(null, label, v));
    put(ROWS_B.name, "Model B", literal(b.profile));
    put(ROWS_B.devolved, "Udlagt under model B (kr.)", b.devolved);
    put(ROWS_B.threshold, "Tærskel B (kr.)", `=${profileParameter(0, valueB(ROWS_B.name))}`);
    put(ROWS_B.cap, "Loft B (kr.)", `=${profileParameter(1, valueB(ROWS_B.name))}`);
    put(ROWS_B.schoolShare, "Skolens andel B", `=${profileParameter(2, valueB(ROWS_B.name))}`);
    put(ROWS_B.total, "Skolernes samlede betaling under B (kr.)", `=SEGREGATION.TOTAL(${costs},${liable},${paramsB})`);
  }
  // Model B's payments per pupil, right of the table: the result sheet's school, cost and liable fraction under B.
  const pupilColumn = BUDGET_CELLS.b.pupilColumn;
  const pupilRange = (c: number) => rangeAddress(first, pupilColumn + c, pupils, 1, true);
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
    if (atB !== null) {
      row[atB.netB] = `=ROUND(${own(atB.allocationB)}+${own(at.safetyNet)}-${own(atB.paymentsB)},2)`;
      row[atB.allocationB] = `=IF(${valueB(ROWS_B.devolved)}="",0,INDEX(ALLOCATE(${valueB(ROWS_B.devolved)},${keys}),${k + 1}))`;
      row[atB.paymentsB] = `=ROUND(${schoolSum(pupilRange(0), own(at.school), pupilRange(1))},2)`;
      row[atB.change] = `=ROUND(${own(atB.netB)}-${own(at.net)},2)`;
    }
    cells.push(row);
  });
  const totalRow = first + n;
  cells.push(headers.map((_h, c) => (c === at.school ? "I alt" : c === at.key ? `=SUM(${column(c)})` : `=ROUND(SUM(${column(c)}),2)`)));
  const municipality = totalRow + 1;
  const line = (label: string, net: string): CellInput[] => {
    const row: CellInput[] = [label];
    row[at.net] = net;
    return row;
  };
  cells.push(line("Kommunen: udlagt + sikkerhedsnet − betaling", `=ROUND(${value(ROWS.devolved)}+${value(ROWS.safetyNet)}-${cellAddress(totalRow, at.payments)},2)`));
  cells.push(line("Stemmer med skolernes netto", `=SUMCHECK(${column(at.net)},${cellAddress(municipality, at.net)})`));
  if (atB !== null) {
    (cells[municipality] as CellInput[])[atB.netB] = `=ROUND(${valueB(ROWS_B.devolved)}+${value(ROWS.safetyNet)}-${cellAddress(totalRow, atB.paymentsB)},2)`;
    (cells[municipality + 1] as CellInput[])[atB.netB] = `=SUMCHECK(${column(atB.netB)},${cellAddress(municipality, atB.netB)})`;
    (cells[municipality] as CellInput[])[atB.change] = `=ROUND(${cellAddress(municipality, atB.netB)}-${cellAddress(municipality, at.net)},2)`;
    (cells[ROWS.header] as CellInput[]).push(null, "Skole (B)", "Skolens betaling B");
    for (let i = 0; i < pupils; i += 1) {
      const r = first + i;
      while (cells.length <= r) cells.push([]);
      const row = cells[r] as CellInput[];
      // Stryker disable next-line EqualityOperator: equivalent, one null more at pupilColumn, written over on the next line
      while (row.length < pupilColumn) row.push(null);
      row[pupilColumn] = `=${result(RESULT_CELLS.firstDataRow + i, RESULT_PUPIL.at.school)}`;
      const [cost, share] = [RESULT_PUPIL.at.cost, RESULT_PUPIL.at.share].map((c) => result(RESULT_CELLS.firstDataRow + i, c));
      row[pupilColumn + 1] = `=ROUND(SEGREGATION.PAYMENT(${cost},${paramsB})*${share},2)`;
    }
  }

  // The school names are formulas (schoolNameFormula), which the widths do not measure: their column fits the longest name.
  const schoolWidth = Math.max(0, ...schools.map(widthOf));
  const table = rangeAddress(ROWS.header, 0, n + 2, headers.length);
  const money = headers.map((_h, c) => c).filter((c) => c !== at.school && c !== at.key);
  const blockB = b === null ? [] : [rangeAddress(ROWS_B.name, B_VALUE_COLUMN - 1, ROWS_B.total - ROWS_B.name + 1, 2)];
  const pupilBlock = b === null ? [] : [rangeAddress(ROWS.header, pupilColumn, pupils + 1, 2)];
  const style = sheetStyle(cells, {
    headers: [rangeAddress(ROWS.header, 0, 1, headers.length), ...(b === null ? [] : [rangeAddress(ROWS.header, pupilColumn, 1, 2)])],
    inputs: [
      cellAddress(ROWS.devolved, 1),
      cellAddress(ROWS.safetyNet, 1),
      column(at.key),
      ...(b === null ? [] : [cellAddress(ROWS_B.name, B_VALUE_COLUMN), cellAddress(ROWS_B.devolved, B_VALUE_COLUMN)]),
    ],
    tables: [rangeAddress(ROWS.devolved, 0, ROWS.totalAtCap - ROWS.devolved + 1, 2), ...blockB, table, ...pupilBlock],
    freezeRows: ROWS.header + 1,
    validations: b === null ? [] : [{ address: cellAddress(ROWS_B.name, B_VALUE_COLUMN), source: { sheet: MODEL_SHEET, address: PROFILE_NAMES } }],
    atLeast: { 0: schoolWidth, ...(b === null ? {} : { [pupilColumn]: schoolWidth }) },
    minWidth: AMOUNT_WIDTH,
  });
  const formatsB =
    b === null
      ? []
      : [
          { address: rangeAddress(ROWS_B.devolved, B_VALUE_COLUMN, 3, 1), format: ZERO_HIDDEN.whole },
          { address: cellAddress(ROWS_B.schoolShare, B_VALUE_COLUMN), format: "0%" },
          { address: cellAddress(ROWS_B.total, B_VALUE_COLUMN), format: KRONER },
          { address: rangeAddress(first, pupilColumn + 1, pupils, 1), format: KRONER },
        ];
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
      ...money.map((c) => ({ address: rangeAddress(first, c, n + 2, 1), format: KRONER })),
      ...(atB === null ? [] : [atB.netB, atB.change]).map((c) => ({ address: cellAddress(municipality, c), format: KRONER })),
      { address: cellAddress(municipality, at.net), format: KRONER },
      ...formatsB,
    ],
    bold: ["A1", rangeAddress(ROWS.header, 0, 1, headers.length), rangeAddress(totalRow, 0, 2, headers.length)],
    readBack: [rangeAddress(0, 0, municipality + 2, headers.length)],
    // The winners and losers: each school's net under the model, or its change from A to B.
    chart: { range: rangeAddress(ROWS.header, 0, n + 1, 2), title: b === null ? "Skolernes netto" : "Ændring i skolernes netto (B − A)" },
    ...(b === null || pupils < 2 ? {} : { fill: { row: first, rows: pupils, column: pupilColumn, columns: 2 } }),
  };
}
