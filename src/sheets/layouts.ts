import type { ModelProfile } from "../core/profiles";
import type { ColumnMapping } from "../core/pupils";
import { schoolCount, schoolFormula, schoolNameFormula, schoolSum } from "../core/schools";
import { cellAddress, columnName, qualified, rangeAddress } from "../core/address";
import { literal } from "../core/cellText";
import { isFiniteNumber } from "../core/grid";
import { type SheetStyle, sheetStyle, widthOf } from "./style";

/**
 * What the pane writes, as data: the model sheet and the result sheet, cell by cell, with the names
 * and number formats they carry. Formulas are strings starting with "=", in Excel's English
 * spelling, as the Excel API's `formulas` takes them; a user's text (a profile's name) is written
 * through `literal` (core/cellText.ts), so it stays text whatever it starts with. The writer in
 * workbook.ts puts a layout into the workbook; tests evaluate the same layout in a formula engine.
 */
export type CellInput = string | number | boolean | null;

export interface SheetLayout {
  readonly sheet: string;
  /** The cells from A1, row by row; rows may be shorter than the widest. */
  readonly cells: readonly (readonly CellInput[])[];
  /** Workbook names defined on cells of this sheet, e.g. Model_Tærskel → $C$7. */
  readonly names: readonly { readonly name: string; readonly address: string }[];
  /** Excel number formats by range address (invariant codes; Excel shows them the Danish way). */
  readonly numberFormats: readonly { readonly address: string; readonly format: string }[];
  /** Ranges to show bold: headings and totals. */
  readonly bold: readonly string[];
  /**
   * Rows that repeat their first row's formulas with relative references moved down, as Excel's fill
   * handle writes them: the writer sends the first row and lets Excel fill the rest, so a request's
   * size does not grow with the number of rows. `cells` holds every row written out all the same.
   */
  readonly fill?: { readonly row: number; readonly rows: number; readonly columns: number; /** The first column filled; 0 when absent. */ readonly column?: number };
  /** A chart of a range whose first column is the labels: clustered bars, unless a line with markers is asked for. */
  readonly chart?: { readonly range: string; readonly title: string; readonly type?: "BarClustered" | "LineMarkers" };
  /** Ranges whose computed values the writer reads back to tie the sheet out against the core. */
  readonly readBack?: readonly string[];
  /** An Excel table (ListObject) over a range of the cells, its first row the headers; no total row. */
  readonly table?: { readonly name: string; readonly address: string };
  /** How the sheet looks: fills, borders, widths, frozen rows, drop-downs (see style.ts). */
  readonly style?: SheetStyle;
  /**
   * Cells written as formulas whose values are pinned as constants once the sheet is tied out: what
   * the sheet was written for (the model's name, the school year), so it keeps them when the model
   * sheet's choice changes. Each is read back with the sheet.
   */
  readonly pin?: readonly string[];
  /** Ranges that stand out (light red, dark red text: Excel's own warning style) while a cell is FALSE. */
  readonly warnings?: readonly { readonly address: string; readonly whenFalse: string }[];
}

export const MODEL_SHEET = "Incitamentsmodel";

/** The model's named cells, which every formula the pane writes refers to. */
export const MODEL_NAMES = {
  selected: "Model_Valgt",
  schoolYear: "Model_Skoleår",
  threshold: "Model_Tærskel",
  cap: "Model_Loft",
  schoolShare: "Model_Skoleandel",
  netPlanning: "Model_Sikkerhedsnet_Planlægning",
  netMoversIn: "Model_Sikkerhedsnet_Tilflyttere",
  netYearEnd: "Model_Sikkerhedsnet_Årsafslutning",
} as const;

/** Kroner with øre, as every written sheet shows money. */
export const KRONER = "#,##0.00";
const WHOLE_KRONER = "#,##0";
const FRACTION = "0.0000";
/** Room for "1.234.567,89" in a column of kroner. */
export const AMOUNT_WIDTH = 14;

/** The model sheet's parameter rows: label, name, how to read it from a profile. */
const PARAMETERS: readonly {
  readonly label: string;
  readonly name: string;
  readonly format: string;
  readonly of: (p: ModelProfile) => number;
}[] = [
  { label: "Tærskel (kr.)", name: MODEL_NAMES.threshold, format: WHOLE_KRONER, of: (p) => p.threshold },
  { label: "Loft (kr.)", name: MODEL_NAMES.cap, format: WHOLE_KRONER, of: (p) => p.cap },
  { label: "Skolens andel over tærsklen", name: MODEL_NAMES.schoolShare, format: "0%", of: (p) => p.schoolShare },
  { label: "Sikkerhedsnet: fordeles ved planlægning (kr.)", name: MODEL_NAMES.netPlanning, format: WHOLE_KRONER, of: (p) => p.safetyNet[0] },
  { label: "Sikkerhedsnet: tilflyttere i årets løb (kr.)", name: MODEL_NAMES.netMoversIn, format: WHOLE_KRONER, of: (p) => p.safetyNet[1] },
  { label: "Sikkerhedsnet: fordeles ved årets slutning (kr.)", name: MODEL_NAMES.netYearEnd, format: WHOLE_KRONER, of: (p) => p.safetyNet[2] },
];

/** Row of the profile names (0-based); the choice, the school year and the parameters follow it. */
const HEADER_ROW = 3;
const SELECTED_ROW = HEADER_ROW + 1;
const SCHOOL_YEAR_ROW = SELECTED_ROW + 1;
const FIRST_PARAMETER_ROW = SCHOOL_YEAR_ROW + 1;
/** Column A the label, B the parameter's name, C the chosen profile's value, then one column per profile. */
const ACTIVE_COLUMN = 2;
const FIRST_PROFILE_COLUMN = ACTIVE_COLUMN + 1;
/** The model sheet's places (0-based), for the tests and whoever reads the sheet. */
export const MODEL_CELLS = { headerRow: HEADER_ROW, firstParameterRow: FIRST_PARAMETER_ROW, activeColumn: ACTIVE_COLUMN, firstProfileColumn: FIRST_PROFILE_COLUMN } as const;
/** The model sheet's two input cells: the chosen profile and the school year. */
export const MODEL_INPUTS = rangeAddress(SELECTED_ROW, ACTIVE_COLUMN, 2, 1);
/** Profiles may fill the columns D to Z. */
export const MAX_PROFILES = 23;
/**
 * Where a drop-down of the profiles reads its choices: the header row from D to Z, so a profile added
 * in a new column is offered at once (Excel lists the row's empty cells after the names).
 */
export const PROFILE_NAMES = rangeAddress(HEADER_ROW, FIRST_PROFILE_COLUMN, 1, MAX_PROFILES, true);

/** The model sheet's named cells: the two choices and the chosen profile's parameters in column C. */
export const MODEL_NAME_CELLS: readonly { readonly name: string; readonly address: string }[] = [
  { name: MODEL_NAMES.selected, address: cellAddress(SELECTED_ROW, ACTIVE_COLUMN, true) },
  { name: MODEL_NAMES.schoolYear, address: cellAddress(SCHOOL_YEAR_ROW, ACTIVE_COLUMN, true) },
  ...PARAMETERS.map((p, i) => ({ name: p.name, address: cellAddress(FIRST_PARAMETER_ROW + i, ACTIVE_COLUMN, true) })),
];

/**
 * The model sheet: one column per profile from D, the chosen profile and school year in C, and in C
 * next to each parameter the chosen profile's value (INDEX/MATCH), which carries the parameter's name.
 * Users add a profile by adding a column, or edit any value; the sheet is the single source.
 */
export function modelSheet(profiles: readonly ModelProfile[], schoolYear: number, selected = profiles[0]?.name): SheetLayout {
  if (profiles.length === 0 || profiles.length > MAX_PROFILES) throw new Error(`between 1 and ${MAX_PROFILES} profiles`);
  const last = FIRST_PROFILE_COLUMN + MAX_PROFILES - 1;
  const header = rangeAddress(HEADER_ROW, FIRST_PROFILE_COLUMN, 1, MAX_PROFILES, true);
  const cells: CellInput[][] = [
    ["Incitamentsmodel"],
    [
      "Vælg model og skoleår i kolonne C. En ny model er en ny kolonne fra D. Formlerne i projektmappen bruger navnene i kolonne B.",
    ],
    [],
    ["Parameter", "Navn", "Valgt", ...profiles.map((p) => literal(p.name))],
    // Stryker disable next-line ConditionalExpression: never reached: selected defaults to the first profile's name, and there is one (refused above)
    ["Valgt model", MODEL_NAMES.selected, selected === undefined ? null : literal(selected)],
    ["Skoleår (2023 = 2023/24)", MODEL_NAMES.schoolYear, schoolYear],
    ...PARAMETERS.map((parameter, i) => {
      const row = FIRST_PARAMETER_ROW + i;
      const values = `$${columnName(FIRST_PROFILE_COLUMN)}${row + 1}:$${columnName(last)}${row + 1}`;
      return [
        parameter.label,
        parameter.name,
        `=INDEX(${values},1,MATCH(${MODEL_NAMES.selected},${header},0))`,
        ...profiles.map(parameter.of),
      ];
    }),
  ];
  const names = MODEL_NAME_CELLS;
  const numberFormats = PARAMETERS.map((p, i) => ({
    address: rangeAddress(FIRST_PARAMETER_ROW + i, ACTIVE_COLUMN, 1, MAX_PROFILES + 1),
    format: p.format,
  }));
  const width = FIRST_PROFILE_COLUMN + profiles.length;
  const style = sheetStyle(cells, {
    headers: [rangeAddress(HEADER_ROW, 0, 1, width)],
    inputs: [MODEL_INPUTS, rangeAddress(FIRST_PARAMETER_ROW, FIRST_PROFILE_COLUMN, PARAMETERS.length, profiles.length)],
    tables: [rangeAddress(HEADER_ROW, 0, FIRST_PARAMETER_ROW + PARAMETERS.length - HEADER_ROW, width)],
    freezeRows: HEADER_ROW + 1,
    validations: [{ address: cellAddress(SELECTED_ROW, ACTIVE_COLUMN), source: { sheet: null, address: PROFILE_NAMES } }],
  });
  return { sheet: MODEL_SHEET, cells, names, numberFormats, bold: ["A1", rangeAddress(HEADER_ROW, 0, 1, width)], style };
}

/**
 * Reads the profiles back from a model sheet's values (as `range.values` gives them): the header row
 * is the one whose first cell is "Parameter"; parameters are found by their name in column B, so
 * users may move rows. A column with a name but a non-number parameter is left out.
 */
export function readProfiles(values: readonly (readonly unknown[])[]): ModelProfile[] {
  const headerRow = values.findIndex((row) => row[0] === "Parameter");
  if (headerRow < 0) return [];
  const header = values[headerRow];
  const rowOf = new Map(values.map((row, r) => [row[1], r]));
  const profiles: ModelProfile[] = [];
  // Stryker disable next-line EqualityOperator: equivalent, the cell past the header's end is undefined, no name
  for (let c = FIRST_PROFILE_COLUMN; c < header.length; c += 1) {
    const name = header[c];
    if (typeof name !== "string" || name.trim() === "") continue;
    const read = PARAMETERS.map((p) => values[rowOf.get(p.name) ?? -1]?.[c]);
    if (!read.every(isFiniteNumber)) continue;
    const [threshold, cap, schoolShare, net1, net2, net3] = read as number[];
    profiles.push({ name: name.trim(), threshold, cap, schoolShare, safetyNet: [net1, net2, net3] });
  }
  return profiles;
}

/**
 * The model sheet's choices as `range.values` gives them from A1: the chosen profile (C5) and the
 * school year (C6); null where a cell holds something else.
 */
export function readChoices(values: readonly (readonly unknown[])[]): { selected: string | null; schoolYear: number | null } {
  const selected = values[SELECTED_ROW]?.[ACTIVE_COLUMN];
  const schoolYear = values[SCHOOL_YEAR_ROW]?.[ACTIVE_COLUMN];
  return {
    selected: typeof selected === "string" ? selected.trim() : null,
    schoolYear: typeof schoolYear === "number" && Number.isInteger(schoolYear) ? schoolYear : null,
  };
}

/** Where the pupil list is: its sheet, the 0-based row of its header and column of its first column. */
export interface PupilListLocation {
  readonly sheet: string;
  readonly headerRow: number;
  readonly firstColumn: number;
  /** Number of pupils (data rows below the header). */
  readonly rows: number;
  /**
   * The Excel table the list is, with its column names: the sheets then refer to its columns by
   * structured reference (`Elevliste[[Årlig udgift]]`), so rows added to or deleted from the table
   * flow into them. Absent for a selected range, which is referred to by its absolute address.
   */
  readonly table?: { readonly name: string; readonly headers: readonly string[] };
}

/** A column name in a structured reference: `[ ] # '` escaped with `'` (Microsoft, "Using structured references with Excel tables"). */
function structuredColumn(name: string): string {
  return name.replace(/['#[\]]/g, (c) => `'${c}`);
}

/**
 * A column of the pupil list as the sheets refer to it: the table's column by structured reference,
 * or the selected range's column as an absolute range (Excel grows or shrinks it for rows inserted or
 * deleted inside it, not for rows added below it).
 */
export function listColumn(list: PupilListLocation, column: number): string {
  if (list.table !== undefined) return `${list.table.name}[[${structuredColumn(String(list.table.headers[column] ?? ""))}]]`;
  return qualified(list.sheet, rangeAddress(list.headerRow + 1, list.firstColumn + column, Math.max(list.rows, 1), 1, true));
}

/** What the list is called on a sheet: the table's name, or the range's address. */
export function listName(list: PupilListLocation): string {
  return list.table?.name ?? qualified(list.sheet, cellAddress(list.headerRow, list.firstColumn));
}

/**
 * A block of columns described once, in order, each by a key and its header: the headers the sheet
 * writes and each key's 0-based column within the block follow from the order, so formulas, the
 * tie-out and the tests read positions from here rather than typing them.
 */
export interface Columns<K extends string> {
  readonly headers: readonly string[];
  readonly at: Readonly<Record<K, number>>;
}

function columns<const K extends string>(described: readonly (readonly [K, string])[]): Columns<K> {
  return {
    headers: described.map(([, header]) => header),
    at: Object.fromEntries(described.map(([key], i) => [key, i])) as Record<K, number>,
  };
}

/** The result sheet's columns per pupil, from A. */
export const RESULT_PUPIL = columns([
  ["pupil", "Elev"],
  ["school", "Betalende skole"],
  ["cost", "Årlig udgift"],
  ["share", "Andel af skoleåret"],
  ["liable", "Udgift × andel"],
  ["pays", "Skolens betaling"],
  ["central", "Forvaltningens betaling"],
]);
/** The result sheet's summary per school, from its summary column. */
export const RESULT_SUMMARY = columns([
  ["school", "Skole"],
  ["pays", "Skolens betaling"],
  ["central", "Forvaltningens betaling"],
  ["liable", "Udgift × andel"],
  ["pupils", "Elever"],
]);
/**
 * The result sheet: the title in A1; what it was written for in rows 2-3 (the model by name, its
 * parameters looked up on the model sheet by that name, the school year, the list, the date); its
 * coverage in rows 4-5; headers in row 7, pupils from row 8; the summary after one blank column.
 */
const WRITTEN_FOR_ROW = 1;
const PARAMETER_ROW = 2;
const COVERAGE_ROW = 3;
const COVERAGE_LINE_ROW = 4;
const RESULT_HEADER_ROW = 6;
const FIRST_DATA_ROW = RESULT_HEADER_ROW + 1;
const SUMMARY_COLUMN = RESULT_PUPIL.headers.length + 1;
/** Label in A, C, E, G; value in B, D, F, H. */
const RESULT_FOR = {
  model: cellAddress(WRITTEN_FOR_ROW, 1, true),
  schoolYear: cellAddress(WRITTEN_FOR_ROW, 3, true),
  list: cellAddress(WRITTEN_FOR_ROW, 5, true),
  written: cellAddress(WRITTEN_FOR_ROW, 7, true),
  threshold: cellAddress(PARAMETER_ROW, 1, true),
  cap: cellAddress(PARAMETER_ROW, 3, true),
  schoolShare: cellAddress(PARAMETER_ROW, 5, true),
  inList: cellAddress(COVERAGE_ROW, 1, true),
  onSheet: cellAddress(COVERAGE_ROW, 3, true),
  covers: cellAddress(COVERAGE_ROW, 5, true),
  /** The number of pupil rows written (positions 1 to n of the list). */
  rows: cellAddress(COVERAGE_ROW, 7, true),
  line: cellAddress(COVERAGE_LINE_ROW, 0, true),
} as const;

export interface ResultLayout extends SheetLayout {
  /** Summary rows: school → 0-based row. */
  readonly summaryRows: ReadonlyMap<string, number>;
  /** The row of the summary's totals. */
  readonly totalRow: number;
}

/** When and for what a sheet is written: the date as an Excel serial, shown as Danish Excel shows it. */
export interface WrittenOn {
  readonly serial: number;
  /** "06-12-2026". */
  readonly shown: string;
}

/**
 * The coverage line: built-in functions only, so it computes without the add-in (and in LibreOffice):
 * all well, or a warning naming the pupils in the list and on the sheet.
 */
function coverageLine(covers: string, inList: string, onSheet: string, listText: string): string {
  return `=IF(${covers},"Arket dækker listen: "&${inList}&" elever i "&${listText}&".","ADVARSEL: Elever i "&${listText}&": "&${inList}&" · på dette ark: "&${onSheet}&". Arket dækker ikke listen: skriv det igen (Opdatér i Specialøkonomi).")`;
}

/**
 * The result sheet: one row per position in the pupil list, with live formulas that take the list's
 * cells by position (INDEX over the table's columns, so new, deleted and re-sorted rows flow in;
 * rows past the list's end show no pupil and 0 kr.), the model's parameters looked up by the name the
 * sheet was written for (so choosing another profile on the model sheet does not change it, editing
 * its profile does), and a summary per school (SUMPRODUCT over the rows, see core/schools.ts) whose
 * totals tie out: school + administration = Σ cost × liable. Payments are rounded to øre.
 *
 * The model's name and the school year (B2, D2) are written as `=Model_Valgt` and `=Model_Skoleår`
 * and pinned to their values once the sheet is tied out (`pin`). The coverage (rows 4-5) compares
 * the pupils in the list with those the summary counts: a pupil past the sheet's rows or at a school
 * the summary has never seen makes it FALSE, and with it the sheet's control.
 *
 * @param schools the paying schools in the order the summary lists them.
 */
export function resultSheet(
  sheet: string,
  list: PupilListLocation,
  mapping: ColumnMapping,
  schools: readonly string[],
  written: WrittenOn = { serial: 0, shown: "" },
  /** The model by name and the school year, as constants; absent: the model sheet's choices, pinned once tied out. */
  writtenFor?: { readonly profile: string; readonly schoolYear: number },
): ResultLayout {
  if (list.rows < 1) throw new Error("a pupil list needs at least one pupil");
  const { selected, schoolYear } = MODEL_NAMES;
  const position = `ROW()-${FIRST_DATA_ROW}`;
  const past = `${position}>${RESULT_FOR.inList}`;
  const ref = (role: keyof ColumnMapping): string | null => {
    const column = mapping[role];
    return column === null ? null : `INDEX(${listColumn(list, column)},${position})`;
  };
  const orBlank = (r: string | null): string => r ?? '""';
  const countColumn = listColumn(list, mapping.cost ?? mapping.school ?? 0);
  const last = FIRST_DATA_ROW + list.rows - 1;
  const col = (c: number) => `$${columnName(c)}$${FIRST_DATA_ROW + 1}:$${columnName(c)}$${last + 1}`;
  const { at } = RESULT_PUPIL;
  const [costColumn, shareColumn, liableColumn, paysColumn] = [at.cost, at.share, at.liable, at.pays].map(columnName);
  const parameters = `${RESULT_FOR.threshold},${RESULT_FOR.cap},${RESULT_FOR.schoolShare}`;

  const pupils: CellInput[][] = [];
  for (let i = 0; i < list.rows; i += 1) {
    const r = FIRST_DATA_ROW + i + 1; // Excel row number
    const liable = `SEGREGATION.LIABLE(${orBlank(ref("start"))},${orBlank(ref("end"))},${RESULT_FOR.schoolYear},${orBlank(ref("category"))},${orBlank(ref("arrival"))})`;
    pupils.push([
      ref("pupil") === null ? `=IF(${past},"",${position})` : `=IF(${past},"",""&${ref("pupil")})`,
      // Stryker disable next-line StringLiteral: never reached: the pupil list's check refuses a list without its school column before any sheet is made (REQUIRED_COLUMNS)
      `=IF(${past},"",${schoolFormula(ref("school") ?? '""')})`,
      `=IF(${past},0,${ref("cost")})`,
      `=IF(${past},0,${liable})`,
      `=ROUND(${costColumn}${r}*${shareColumn}${r},2)`,
      `=ROUND(SEGREGATION.PAYMENT(${costColumn}${r},${parameters})*${shareColumn}${r},2)`,
      `=ROUND(${liableColumn}${r}-${paysColumn}${r},2)`,
    ]);
  }

  const summary: CellInput[][] = schools.map((school, k) => {
    const r = FIRST_DATA_ROW + k + 1;
    const key = `$${columnName(SUMMARY_COLUMN)}${r}`;
    // Rounded to øre: a sum of øre amounts in binary floating point can be off in its last digit.
    return [
      schoolNameFormula(school),
      `=ROUND(${schoolSum(col(at.school), key, col(at.pays))},2)`,
      `=ROUND(${schoolSum(col(at.school), key, col(at.central))},2)`,
      `=ROUND(${schoolSum(col(at.school), key, col(at.liable))},2)`,
      `=${schoolCount(col(at.school), key)}`,
    ];
  });
  const totalRow = FIRST_DATA_ROW + schools.length;
  const sum = (c: number, decimals = 2) => `=ROUND(SUM(${rangeAddress(FIRST_DATA_ROW, c, Math.max(schools.length, 1), 1)}),${decimals})`;
  const s = (key: keyof typeof RESULT_SUMMARY.at) => SUMMARY_COLUMN + RESULT_SUMMARY.at[key];
  const total = (key: keyof typeof RESULT_SUMMARY.at) => cellAddress(totalRow, s(key), true);
  summary.push(["I alt", sum(s("pays")), sum(s("central")), sum(s("liable")), sum(s("pupils"), 0)]);
  // Built-in functions only: the sheet covers the list, and the parts add up. FALSE while it does not
  // cover the list even where the add-in is absent (the coverage needs none of its functions).
  summary.push([
    "Skole + forvaltning = udgift × andel",
    `=IF(${RESULT_FOR.covers},ROUND(${total("pays")}+${total("central")}-${total("liable")},2)=0,FALSE)`,
  ]);

  // The rows above the pupils and the pupils' rows are each set below; these are the summary's rows below the pupils, if any.
  const cells: CellInput[][] = Array.from({ length: FIRST_DATA_ROW + summary.length }, () => []);
  const listText = RESULT_FOR.list;
  cells[0] = [`="Incitamentsmodel: "&${RESULT_FOR.model}&" · skoleår "&${RESULT_FOR.schoolYear}&"/"&RIGHT(${RESULT_FOR.schoolYear}+1,2)&" · "&${listText}${written.shown === "" ? "" : `&" · skrevet "&${schoolNameFormula(written.shown).slice(1)}`}`];
  const [model, year] = writtenFor === undefined ? [`=${selected}`, `=${schoolYear}`] : [schoolNameFormula(writtenFor.profile), writtenFor.schoolYear];
  cells[WRITTEN_FOR_ROW] = ["Model", model, "Skoleår", year, "Elevliste", schoolNameFormula(listName(list)), "Skrevet", written.serial];
  cells[PARAMETER_ROW] = ["Tærskel (kr.)", `=${profileParameter(0, RESULT_FOR.model)}`, "Loft (kr.)", `=${profileParameter(1, RESULT_FOR.model)}`, "Skolens andel", `=${profileParameter(2, RESULT_FOR.model)}`];
  cells[COVERAGE_ROW] = ["Elever i listen", `=ROWS(${countColumn})`, "Elever på arket", `=${total("pupils")}`, "Dækker listen", `=${RESULT_FOR.inList}=${total("pupils")}`, "Rækker på arket", list.rows];
  cells[COVERAGE_LINE_ROW] = [coverageLine(RESULT_FOR.covers, RESULT_FOR.inList, RESULT_FOR.onSheet, listText)];
  cells[RESULT_HEADER_ROW] = [...RESULT_PUPIL.headers, null, ...RESULT_SUMMARY.headers];
  pupils.forEach((row, i) => (cells[FIRST_DATA_ROW + i] = [...row]));
  summary.forEach((row, k) => {
    const target = cells[FIRST_DATA_ROW + k];
    while (target.length < SUMMARY_COLUMN) target.push(null);
    target.push(...row);
  });

  const block = (c: number, n: number) => rangeAddress(FIRST_DATA_ROW, c, n, 1);
  const schoolWidth = Math.max(0, ...schools.map(widthOf));
  const headers = [rangeAddress(RESULT_HEADER_ROW, 0, 1, RESULT_PUPIL.headers.length), rangeAddress(RESULT_HEADER_ROW, SUMMARY_COLUMN, 1, RESULT_SUMMARY.headers.length)];
  const style = sheetStyle(cells, {
    headers,
    tables: [rangeAddress(RESULT_HEADER_ROW, 0, list.rows + 1, RESULT_PUPIL.headers.length), rangeAddress(RESULT_HEADER_ROW, SUMMARY_COLUMN, summary.length + 1, RESULT_SUMMARY.headers.length)],
    freezeRows: RESULT_HEADER_ROW + 1,
    atLeast: { [at.school]: schoolWidth, [SUMMARY_COLUMN]: Math.max(schoolWidth, widthOf("Skole + forvaltning")) },
    minWidth: AMOUNT_WIDTH,
  });
  return {
    sheet,
    cells,
    style,
    names: [],
    numberFormats: [
      { address: RESULT_FOR.threshold, format: WHOLE_KRONER },
      { address: RESULT_FOR.cap, format: WHOLE_KRONER },
      { address: RESULT_FOR.schoolShare, format: "0%" },
      { address: RESULT_FOR.written, format: "dd-mm-yyyy" },
      { address: block(at.cost, list.rows), format: KRONER },
      { address: block(at.share, list.rows), format: FRACTION },
      { address: rangeAddress(FIRST_DATA_ROW, at.liable, list.rows, 3), format: KRONER },
      { address: rangeAddress(FIRST_DATA_ROW, s("pays"), schools.length + 1, 3), format: KRONER },
    ],
    bold: ["A1", rangeAddress(COVERAGE_LINE_ROW, 0, 1, 1), rangeAddress(RESULT_HEADER_ROW, 0, 1, SUMMARY_COLUMN + RESULT_SUMMARY.headers.length), rangeAddress(totalRow, SUMMARY_COLUMN, 1, RESULT_SUMMARY.headers.length)],
    fill: { row: FIRST_DATA_ROW, rows: list.rows, columns: RESULT_PUPIL.headers.length },
    readBack: [
      rangeAddress(WRITTEN_FOR_ROW, 0, COVERAGE_LINE_ROW - WRITTEN_FOR_ROW + 1, 8),
      rangeAddress(FIRST_DATA_ROW, at.school, list.rows, RESULT_PUPIL.headers.length - at.school),
      rangeAddress(FIRST_DATA_ROW, SUMMARY_COLUMN, summary.length, RESULT_SUMMARY.headers.length),
    ],
    pin: writtenFor === undefined ? [RESULT_FOR.model, RESULT_FOR.schoolYear] : [],
    warnings: [{ address: rangeAddress(COVERAGE_LINE_ROW, 0, 1, 8), whenFalse: RESULT_FOR.covers }],
    chart: { range: rangeAddress(RESULT_HEADER_ROW, SUMMARY_COLUMN, schools.length + 1, 2), title: "Skolens betaling pr. skole" },
    summaryRows: new Map(schools.map((s, k) => [s, FIRST_DATA_ROW + k])),
    totalRow,
  };
}

/** A result sheet's rows 2-4 (what it was written for, its parameters, its coverage): what the pane's check reads. */
export const RESULT_STATUS = rangeAddress(WRITTEN_FOR_ROW, 0, COVERAGE_ROW - WRITTEN_FOR_ROW + 1, 8);

/** The range of a result sheet that says what it was written for: the model's name in B2, the school year in D2. */
export const RESULT_WRITTEN_FOR = rangeAddress(WRITTEN_FOR_ROW, 0, 1, 4);

/** What a result sheet was written for, from the values of {@link RESULT_WRITTEN_FOR}; null where a cell holds something else. */
export function readWrittenFor(values: readonly (readonly unknown[])[]): { selected: string | null; schoolYear: number | null } {
  const model = values[0]?.[1];
  const year = values[0]?.[3];
  return {
    selected: typeof model === "string" ? model.trim() : null,
    schoolYear: typeof year === "number" && Number.isInteger(year) ? year : null,
  };
}

/**
 * A sheet written from a result sheet says in itself whether that sheet still covers the list with
 * the rows it was written from (built-in functions only): a line for column A of a free row, and the
 * condition, for the warning's look. Written for `rows` pupil rows of the result sheet.
 */
export function followsResult(resultName: string, rows: number): { readonly line: string; readonly holds: string } {
  const at = (address: string) => qualified(resultName, address);
  const holds = `AND(${at(RESULT_FOR.covers)},${at(RESULT_FOR.rows)}=${rows})`;
  const name = schoolNameFormula(resultName).slice(1);
  return {
    holds,
    line: `=IF(${holds},"Følger "&${name}&", som dækker listen: "&${at(RESULT_FOR.inList)}&" elever.","ADVARSEL: "&${name}&" dækker ikke listen, eller er skrevet igen siden. Skriv dette ark igen (Opdatér i Specialøkonomi).")`,
  };
}

/** The result sheet's places, 0-based, that the other sheets, the tie-out and the tests refer to. */
export const RESULT_CELLS = {
  /** What the sheet was written for, its parameters and its coverage (absolute addresses). */
  for: RESULT_FOR,
  headerRow: RESULT_HEADER_ROW,
  firstDataRow: FIRST_DATA_ROW,
  /** Columns per pupil. */
  pupil: RESULT_PUPIL.at,
  summaryColumn: SUMMARY_COLUMN,
  /** Columns of the summary, relative to its first. */
  summary: RESULT_SUMMARY.at,
} as const;

/** The comparison sheet's columns per pupil, from A; the first four are the result sheet's. */
export const COMPARE_PUPIL = columns([
  ["pupil", "Elev"],
  ["school", "Betalende skole"],
  ["cost", "Årlig udgift"],
  ["share", "Andel af skoleåret"],
  ["payA", "Skolen betaler, A"],
  ["payB", "Skolen betaler, B"],
  ["difference", "Forskel (B − A)"],
]);
/**
 * A profile's parameter looked up on the model sheet by the profile's name in `nameCell` (a formula
 * without its "="): 0 the threshold, 1 the cap, 2 the school share. A name the model sheet does not
 * have answers #N/A.
 */
export function profileParameter(k: 0 | 1 | 2 | number, nameCell: string): string {
  const header = rangeAddress(HEADER_ROW, FIRST_PROFILE_COLUMN, 1, MAX_PROFILES, true);
  const row = rangeAddress(FIRST_PARAMETER_ROW + k, FIRST_PROFILE_COLUMN, 1, MAX_PROFILES, true);
  return `INDEX(${qualified(MODEL_SHEET, row)},1,MATCH(${nameCell},${qualified(MODEL_SHEET, header)},0))`;
}

/** The comparison sheet's summary per school, from its summary column. */
export const COMPARE_SUMMARY = columns([
  ["school", "Skole"],
  ["difference", "Forskel (B − A)"],
  ["payA", "Skolen betaler, A"],
  ["payB", "Skolen betaler, B"],
]);
/** The comparison sheet: title, the two models' names (row 2) and parameters (rows 3-5) in B and D, a blank row, headers, pupils. */
const COMPARE_MODEL_COLUMNS = [1, 3] as const;
const COMPARE_NAME_ROW = 1;
const COMPARE_HEADER_ROW = COMPARE_NAME_ROW + 5;

/** The comparison sheet's places (0-based): headers, first pupil row, the summary's first column and its columns. */
export const COMPARE_CELLS = {
  headerRow: COMPARE_HEADER_ROW,
  firstPupilRow: COMPARE_HEADER_ROW + 1,
  pupil: COMPARE_PUPIL.at,
  summaryColumn: SUMMARY_COLUMN,
  summary: COMPARE_SUMMARY.at,
} as const;

/**
 * The comparison sheet: two profiles of the model sheet side by side, chosen by name in B2 and D2,
 * per pupil (cost and liable share from the result sheet) and per school, with the difference and
 * its effect on the administration's budget: what the schools pay less, the administration pays.
 */
export function compareSheet(sheet: string, resultName: string, pupils: number, schools: readonly string[], a: string, b: string): SheetLayout {
  const param = (row: number, nameCell: string) => `=${profileParameter(row - FIRST_PARAMETER_ROW, nameCell)}`;
  const first = COMPARE_CELLS.firstPupilRow;
  const last = first + pupils - 1;
  const { at } = COMPARE_PUPIL;
  const result = (column: number, i: number) => qualified(resultName, cellAddress(FIRST_DATA_ROW + i, column));
  // Each model's name and its threshold, cap and share below it, in B (A) and D (B).
  const modelCell = (model: 0 | 1, k: number) => cellAddress(COMPARE_NAME_ROW + k, COMPARE_MODEL_COLUMNS[model], true);
  const parameters = (model: 0 | 1) => [1, 2, 3].map((k) => modelCell(model, k)).join(",");
  const follows = followsResult(resultName, pupils);
  const cells: CellInput[][] = [
    ["Sammenligning af to modeller"],
    ["Model A", literal(a), "Model B", literal(b)],
    ["Tærskel (kr.)", param(FIRST_PARAMETER_ROW, modelCell(0, 0)), "Tærskel (kr.)", param(FIRST_PARAMETER_ROW, modelCell(1, 0))],
    ["Loft (kr.)", param(FIRST_PARAMETER_ROW + 1, modelCell(0, 0)), "Loft (kr.)", param(FIRST_PARAMETER_ROW + 1, modelCell(1, 0))],
    ["Skolens andel", param(FIRST_PARAMETER_ROW + 2, modelCell(0, 0)), "Skolens andel", param(FIRST_PARAMETER_ROW + 2, modelCell(1, 0))],
    [follows.line],
    [...COMPARE_PUPIL.headers],
  ];
  const [cost, share, payA, payB] = [at.cost, at.share, at.payA, at.payB].map(columnName);
  for (let i = 0; i < pupils; i += 1) {
    const r = first + i + 1;
    cells.push([
      `=${result(RESULT_PUPIL.at.pupil, i)}`,
      `=${result(RESULT_PUPIL.at.school, i)}`,
      `=${result(RESULT_PUPIL.at.cost, i)}`,
      `=${result(RESULT_PUPIL.at.share, i)}`,
      `=ROUND(SEGREGATION.PAYMENT(${cost}${r},${parameters(0)})*${share}${r},2)`,
      `=ROUND(SEGREGATION.PAYMENT(${cost}${r},${parameters(1)})*${share}${r},2)`,
      `=ROUND(${payB}${r}-${payA}${r},2)`,
    ]);
  }
  const col = (c: number) => `$${columnName(c)}$${first + 1}:$${columnName(c)}$${last + 1}`;
  const summary: CellInput[][] = [[...COMPARE_SUMMARY.headers]];
  schools.forEach((school, k) => {
    const key = `$${columnName(SUMMARY_COLUMN)}${first + 1 + k}`;
    summary.push([
      schoolNameFormula(school),
      `=ROUND(${schoolSum(col(at.school), key, col(at.difference))},2)`,
      `=ROUND(${schoolSum(col(at.school), key, col(at.payA))},2)`,
      `=ROUND(${schoolSum(col(at.school), key, col(at.payB))},2)`,
    ]);
  });
  const totalRow = first + schools.length;
  const s = (key: keyof typeof COMPARE_SUMMARY.at) => SUMMARY_COLUMN + COMPARE_SUMMARY.at[key];
  const sum = (c: number) => `=ROUND(SUM(${rangeAddress(first, c, Math.max(1, schools.length), 1)}),2)`;
  summary.push(["I alt", sum(s("difference")), sum(s("payA")), sum(s("payB"))]);
  summary.push(["Forvaltningens budget, virkning (B − A)", `=-${cellAddress(totalRow, s("difference"))}`]);
  summary.forEach((row, k) => {
    const r = first - 1 + k;
    while (cells.length <= r) cells.push([]);
    const target = cells[r] as CellInput[];
    while (target.length < SUMMARY_COLUMN) target.push(null);
    target.push(...row);
  });
  const schoolWidth = Math.max(0, ...schools.map(widthOf));
  const modelBlock = rangeAddress(COMPARE_NAME_ROW, 0, 4, 4);
  const style = sheetStyle(cells, {
    headers: [rangeAddress(COMPARE_HEADER_ROW, 0, 1, COMPARE_PUPIL.headers.length), rangeAddress(COMPARE_HEADER_ROW, SUMMARY_COLUMN, 1, COMPARE_SUMMARY.headers.length)],
    inputs: COMPARE_MODEL_COLUMNS.map((c) => cellAddress(COMPARE_NAME_ROW, c)),
    tables: [
      modelBlock,
      rangeAddress(COMPARE_HEADER_ROW, 0, pupils + 1, COMPARE_PUPIL.headers.length),
      rangeAddress(COMPARE_HEADER_ROW, SUMMARY_COLUMN, summary.length, COMPARE_SUMMARY.headers.length),
    ],
    freezeRows: COMPARE_HEADER_ROW + 1,
    validations: COMPARE_MODEL_COLUMNS.map((c) => ({ address: cellAddress(COMPARE_NAME_ROW, c), source: { sheet: MODEL_SHEET, address: PROFILE_NAMES } })),
    // The summary's labels are in its table, so fit by themselves; its school names are formulas.
    atLeast: { [at.school]: schoolWidth, [SUMMARY_COLUMN]: schoolWidth },
    minWidth: AMOUNT_WIDTH,
  });
  return {
    sheet,
    cells,
    style,
    names: [],
    numberFormats: [
      ...COMPARE_MODEL_COLUMNS.flatMap((c) => [
        { address: rangeAddress(COMPARE_NAME_ROW + 1, c, 2, 1), format: WHOLE_KRONER },
        { address: rangeAddress(COMPARE_NAME_ROW + 3, c, 1, 1), format: "0%" },
      ]),
      { address: rangeAddress(first, at.cost, pupils, 1), format: KRONER },
      { address: rangeAddress(first, at.share, pupils, 1), format: FRACTION },
      { address: rangeAddress(first, at.payA, pupils, 3), format: KRONER },
      { address: rangeAddress(first, s("difference"), schools.length + 2, 3), format: KRONER },
    ],
    bold: [
      "A1",
      rangeAddress(COMPARE_HEADER_ROW, 0, 1, COMPARE_PUPIL.headers.length),
      rangeAddress(COMPARE_HEADER_ROW, SUMMARY_COLUMN, 1, COMPARE_SUMMARY.headers.length),
      rangeAddress(totalRow, SUMMARY_COLUMN, 2, COMPARE_SUMMARY.headers.length),
    ],
    fill: { row: first, rows: pupils, columns: COMPARE_PUPIL.headers.length },
    readBack: [rangeAddress(first, at.payA, pupils, 3), rangeAddress(first, SUMMARY_COLUMN, schools.length + 2, COMPARE_SUMMARY.headers.length)],
    warnings: [{ address: rangeAddress(COMPARE_HEADER_ROW - 1, 0, 1, COMPARE_PUPIL.headers.length), whenFalse: follows.holds }],
    chart: { range: rangeAddress(first - 1, SUMMARY_COLUMN, schools.length + 1, 2), title: "Forskel i skolens betaling (B − A)" },
  };
}

/** How the safety net is shared among the schools. */
export type SafetyNetKey = "pupils" | "payments" | "deficit";

/** The safety-net sheet's columns per school, from A; the key's header says which key. */
export const SAFETY_NET_SCHOOL = columns([
  ["school", "Skole"],
  ["share", "Andel af sikkerhedsnettet"],
  ["pays", "Skolens betaling"],
  ["budget", "Budget til segregering"],
  ["key", "Nøgle"],
]);
const SAFETY_NET_AMOUNT = { row: 1, column: 1 } as const;
const SAFETY_NET_HEADER_ROW = 3;

/** The safety-net sheet's places (0-based): the amount, the headers, the first school row, the columns. */
export const SAFETY_NET_CELLS = {
  amount: SAFETY_NET_AMOUNT,
  headerRow: SAFETY_NET_HEADER_ROW,
  firstSchoolRow: SAFETY_NET_HEADER_ROW + 1,
  school: SAFETY_NET_SCHOOL.at,
} as const;


/**
 * The safety-net sheet: one part of the safety net (0: planning, 1: movers-in, 2: year end) split over
 * the schools by a key with ALLOCATE, exact to the krone. Keys: the school's pupils or payments from
 * the result sheet, or its deficit: what it pays beyond its budget, which is the budget sheet's
 * allocation to it (`budgetCell`, a live reference). The deficit key needs that budget: without it
 * every deficit would be the whole payment, so the layout refuses it.
 */
export function safetyNetSheet(
  sheet: string,
  resultName: string,
  schools: readonly string[],
  part: 0 | 1 | 2,
  key: SafetyNetKey,
  pupils: number,
  budgetCell: ((k: number) => string) | null = null,
): SheetLayout {
  if (key === "deficit" && budgetCell === null) throw new Error("the deficit key needs the schools' budget");
  const first = SAFETY_NET_CELLS.firstSchoolRow;
  const n = schools.length;
  const { at, headers } = SAFETY_NET_SCHOOL;
  const amount = cellAddress(SAFETY_NET_AMOUNT.row, SAFETY_NET_AMOUNT.column, true);
  const summaryCell = (k: number, column: number) => qualified(resultName, cellAddress(FIRST_DATA_ROW + k, SUMMARY_COLUMN + column));
  const keyFormula = (k: number): string => {
    const [pays, budget] = [cellAddress(first + k, at.pays), cellAddress(first + k, at.budget)];
    if (key === "pupils") return `=${summaryCell(k, RESULT_SUMMARY.at.pupils)}`;
    if (key === "payments") return `=${pays}`;
    // Rounded to øre: øre amounts subtracted in binary floating point are off in their last digits.
    return `=MAX(0,ROUND(${pays}-${budget},2))`;
  };
  const keyLabel = { pupils: "Nøgle: elever", payments: "Nøgle: skolens betaling", deficit: "Nøgle: underskud (betaling − budget)" }[key];
  const column = (c: number) => rangeAddress(first, c, n, 1);
  const total = (c: number) => `=SUM(${column(c)})`;
  // The safety net of the model the result sheet was written for, looked up by its name.
  const follows = followsResult(resultName, pupils);
  // Three rows, then the header in row SAFETY_NET_HEADER_ROW + 1.
  const cells: CellInput[][] = [["Sikkerhedsnet"], ["Beløb", `=${profileParameter(3 + part, qualified(resultName, RESULT_FOR.model))}`], [follows.line]];
  cells.push(
    headers.map((h, c) => (c === at.key ? keyLabel : h)),
    ...schools.map((_school, k) => [
      `=${summaryCell(k, RESULT_SUMMARY.at.school)}`,
      // Its own element of ALLOCATE's answer in each row: nothing relies on a spill.
      `=INDEX(ALLOCATE(${amount},${rangeAddress(first, at.key, n, 1, true)}),${k + 1})`,
      `=${summaryCell(k, RESULT_SUMMARY.at.pays)}`,
      budgetCell === null ? null : `=${budgetCell(k)}`,
      keyFormula(k),
    ]),
    ["I alt", total(at.share), total(at.pays), total(at.budget), total(at.key)],
    ["Fordelt præcist", `=SUMCHECK(${column(at.share)},${amount})`],
  );
  const style = sheetStyle(cells, {
    headers: [rangeAddress(SAFETY_NET_HEADER_ROW, 0, 1, headers.length)],
    inputs: budgetCell === null ? [rangeAddress(first, at.budget, n, 1)] : [],
    tables: [rangeAddress(SAFETY_NET_HEADER_ROW, 0, n + 2, headers.length)],
    freezeRows: SAFETY_NET_HEADER_ROW + 1,
    atLeast: { [at.school]: Math.max(0, ...schools.map(widthOf)) },
    minWidth: AMOUNT_WIDTH,
  });
  return {
    sheet,
    cells,
    style,
    names: [],
    numberFormats: [
      { address: cellAddress(SAFETY_NET_AMOUNT.row, SAFETY_NET_AMOUNT.column), format: WHOLE_KRONER },
      { address: rangeAddress(first, at.share, n + 1, 1), format: WHOLE_KRONER },
      { address: rangeAddress(first, at.pays, n + 1, 2), format: KRONER },
    ],
    bold: ["A1", rangeAddress(SAFETY_NET_HEADER_ROW, 0, 1, headers.length), rangeAddress(first + n, 0, 1, headers.length)],
    readBack: [rangeAddress(0, 0, first + n + 2, headers.length)],
    warnings: [{ address: rangeAddress(2, 0, 1, headers.length), whenFalse: follows.holds }],
    chart: { range: rangeAddress(first - 1, 0, n + 1, 2), title: "Sikkerhedsnet pr. skole" },
  };
}

/**
 * Where a profile goes on a model sheet (as `range.values` gives it from A1): the column already
 * headed with its name, so saving edits it, else the first free column from D; null when D to Z are
 * full. Returns the single-cell writes: the header and each parameter, found by its name in column B.
 */
export function profileWrites(values: readonly (readonly unknown[])[], profile: ModelProfile): { address: string; value: CellInput }[] | null {
  const headerRow = values.findIndex((row) => row[0] === "Parameter");
  if (headerRow < 0) return null;
  const header = values[headerRow];
  const columns = Array.from({ length: MAX_PROFILES }, (_x, i) => FIRST_PROFILE_COLUMN + i);
  const named = columns.find((c) => typeof header[c] === "string" && (header[c] as string).trim() === profile.name);
  const free = columns.find((c) => header[c] === undefined || header[c] === null || header[c] === "");
  const column = named ?? free;
  if (column === undefined) return null;
  const rowOf = new Map(values.map((row, r) => [row[1], r]));
  const writes: { address: string; value: CellInput }[] = [{ address: cellAddress(headerRow, column), value: profile.name }];
  for (const p of PARAMETERS) {
    const row = rowOf.get(p.name);
    if (row !== undefined) writes.push({ address: cellAddress(row, column), value: p.of(profile) });
  }
  return writes;
}
