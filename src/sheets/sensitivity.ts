import { cellAddress, qualified, rangeAddress } from "../core/address";
import { type Solved, SOLVED_WORDS } from "../core/budget";
import { AMOUNT_WIDTH, type CellInput, followsResult, KRONER, RESULT_CELLS, RESULT_PUPIL, RESULT_SUMMARY, type SheetLayout } from "./layouts";
import { sheetStyle, ZERO_HIDDEN } from "./style";
import { OUT_OF_REACH } from "./withoutAddIn";

/**
 * The sensitivity sheet (DOMAIN.md §7, issue #16): the schools' total and the administration's part
 * over a range of one parameter of the model, one SEGREGATION.TOTAL per point over the result
 * sheet's pupils, with a line chart; the model's value now and the value calibrated to a target
 * marked on it (a series that is #N/A except at the point nearest the value, so the chart shows
 * one marker). The cap is varied in the proposal's form T = C = x; the threshold and the share with
 * the model's other parameters.
 */
export const SENSITIVITY_POINT = {
  at: { value: 0, label: 1, total: 2, administration: 3, now: 4, calibrated: 5 },
} as const;

const ROWS = { start: 1, step: 2, end: 3, target: 4, now: 5, calibrated: 6, liableTotal: 7, header: 9 } as const;

/** The sensitivity sheet's places (0-based), for the tie-out and the tests: values in column B, totals at them in C. */
export const SENSITIVITY_CELLS = { ...ROWS, firstPoint: ROWS.header + 1, valueColumn: 1, totalColumn: 2, point: SENSITIVITY_POINT.at } as const;

const WORDS: Record<Solved, { title: string; header: string; model: string }> = {
  cap: { title: "loftet (tærskel = loft)", header: "Loft (kr.)", model: RESULT_CELLS.for.cap },
  threshold: { title: "tærsklen", header: "Tærskel (kr.)", model: RESULT_CELLS.for.threshold },
  share: { title: "skolens andel over tærsklen", header: "Skolens andel", model: RESULT_CELLS.for.schoolShare },
};

export interface SensitivityRange {
  readonly solveFor: Solved;
  readonly start: number;
  readonly step: number;
  /** How many points (start, start + step, …). */
  readonly points: number;
  /** The target the calibrated value makes the schools pay, kr.; null leaves the input cell for the user. */
  readonly target: number | null;
}

/**
 * @param pupils the result sheet's number of pupils.
 * @param schools how many schools the result sheet's summary has (its total row follows them).
 */
export function sensitivitySheet(sheet: string, resultName: string, pupils: number, schools: number, range: SensitivityRange): SheetLayout {
  const { solveFor, points } = range;
  const { at } = SENSITIVITY_POINT;
  const words = WORDS[solveFor];
  const first = SENSITIVITY_CELLS.firstPoint;
  const resultColumn = (column: number) => qualified(resultName, rangeAddress(RESULT_CELLS.firstDataRow, column, pupils, 1, true));
  const [costs, liable] = [resultColumn(RESULT_PUPIL.at.cost), resultColumn(RESULT_PUPIL.at.share)];
  // The model the result sheet was written for (its parameter cells), not the model sheet's current choice.
  const [threshold, cap, schoolShare] = [RESULT_CELLS.for.threshold, RESULT_CELLS.for.cap, RESULT_CELLS.for.schoolShare].map((a) => qualified(resultName, a));
  const value = (row: number) => cellAddress(row, 1, true);
  // The model with the varied parameter at x, the others the model sheet's.
  const modelAt = (x: string) => (solveFor === "cap" ? `${x},${x},${schoolShare}` : solveFor === "threshold" ? `${x},${cap},${schoolShare}` : `${threshold},${cap},${x}`);
  const totalAt = (x: string) => `SEGREGATION.TOTAL(${costs},${liable},${modelAt(x)})`;
  const liableTotal = qualified(resultName, cellAddress(RESULT_CELLS.firstDataRow + schools, RESULT_CELLS.summaryColumn + RESULT_SUMMARY.at.liable, true));
  const cells: CellInput[][] = [
    [`Følsomhed: skolernes betaling efter ${words.title}`],
    ["Fra", range.start],
    ["Trin", range.step],
    ["Til (sidste punkt)", `=ROUND(${value(ROWS.start)}+${points - 1}*${value(ROWS.step)},4)`],
    ["Mål: skolernes samlede betaling (kr.)", range.target],
    // The model as it is (its threshold, cap and share), not the point x = its value on the curve: with
    // the cap varied in the form T = C, a model whose threshold is below its cap is off the curve.
    ["Modellens værdi nu", `=${qualified(resultName, words.model)}`, `=SEGREGATION.TOTAL(${costs},${liable},${threshold},${cap},${schoolShare})`],
    [
      "Kalibreret til målet",
      `=IF(${value(ROWS.target)}="","",IFNA(SEGREGATION.CALIBRATE(${costs},${value(ROWS.target)},${liable},"${SOLVED_WORDS[solveFor].da}",${threshold},${cap},${schoolShare}),"${OUT_OF_REACH.target}"))`,
      `=IF(ISNUMBER(${value(ROWS.calibrated)}),${totalAt(value(ROWS.calibrated))},"")`,
    ],
    ["Udgift × andel i alt (kr.)", `=${liableTotal}`],
    [followsResult(resultName, pupils).line],
    [words.header, "Punkt", "Skolernes betaling (kr.)", "Forvaltningens betaling (kr.)", "Modellen nu", "Kalibreret"],
  ];
  const step = value(ROWS.step);
  for (let k = 0; k < points; k += 1) {
    const r = first + k;
    const own = (c: number) => cellAddress(r, c);
    // The point nearest a value: the one whose half-step either side holds it.
    const near = (x: string) => `AND(${x}>${own(at.value)}-${step}/2,${x}<=${own(at.value)}+${step}/2)`;
    // Stryker disable next-line ArrayDeclaration: equivalent, every cell from column A (at.value = 0) is set below
    const row: CellInput[] = [];
    // ROW() makes every row the same formula, so Excel fills them down from the first.
    row[at.value] = `=ROUND(${value(ROWS.start)}+(ROW()-${first + 1})*${step},4)`;
    row[at.label] = `=""&${own(at.value)}`;
    row[at.total] = `=${totalAt(own(at.value))}`;
    row[at.administration] = `=ROUND(${value(ROWS.liableTotal)}-${own(at.total)},2)`;
    // The model now at its value: its own total, which is off the line where the model is not of the line's form.
    row[at.now] = `=IF(${near(value(ROWS.now))},${cellAddress(ROWS.now, 2, true)},NA())`;
    row[at.calibrated] = `=IF(ISNUMBER(${value(ROWS.calibrated)}),IF(${near(value(ROWS.calibrated))},${own(at.total)},NA()),NA())`;
    cells.push(row);
  }
  const headers = cells[ROWS.header].length;
  const style = sheetStyle(cells, {
    headers: [rangeAddress(ROWS.header, 0, 1, headers)],
    inputs: [rangeAddress(ROWS.start, 1, 2, 1), cellAddress(ROWS.target, 1)],
    tables: [rangeAddress(ROWS.start, 0, ROWS.liableTotal - ROWS.start + 1, 3), rangeAddress(ROWS.header, 0, points + 1, headers)],
    freezeRows: ROWS.header + 1,
    minWidth: AMOUNT_WIDTH,
  });
  const parameter = solveFor === "share" ? "0.00%" : ZERO_HIDDEN.whole;
  return {
    sheet,
    cells,
    style,
    names: [],
    numberFormats: [
      { address: rangeAddress(ROWS.start, 1, 3, 1), format: parameter },
      { address: cellAddress(ROWS.target, 1), format: ZERO_HIDDEN.whole },
      { address: rangeAddress(ROWS.now, 1, 2, 1), format: parameter },
      { address: rangeAddress(ROWS.now, 2, 2, 1), format: KRONER },
      { address: cellAddress(ROWS.liableTotal, 1), format: KRONER },
      { address: rangeAddress(first, at.value, points, 1), format: parameter },
      { address: rangeAddress(first, at.total, points, 4), format: KRONER },
    ],
    bold: ["A1", rangeAddress(ROWS.header, 0, 1, headers)],
    fill: { row: first, rows: points, columns: headers },
    readBack: [rangeAddress(0, 0, first + points, headers)],
    chart: { range: rangeAddress(ROWS.header, at.label, points + 1, headers - at.label), title: `Skolernes og forvaltningens betaling efter ${words.title}`, type: "LineMarkers" },
  };
}
