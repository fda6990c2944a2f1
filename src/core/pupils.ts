import { cellAddress } from "./address";
import { isDateSerial, shownDate } from "./dates";
import { Dec, ZERO } from "./decimal";
import { isBlank, isFiniteNumber } from "./grid";
import { TOTAL_LABEL } from "./labels";
import { type CellPosition, type Message, messages, place, type Shown } from "./messages";
import { liableFraction, parseCategory } from "./placement";
import { schoolOf, schoolsOf, type School } from "./schools";
import { type IncentiveModel, incentiveModel, schoolPayment } from "./segregation";

/**
 * A pupil list as central finance keeps it (issue #3): one row per segregated pupil, with the columns
 * below under headers in Danish or English. Only the pure part lives here: guessing which column is
 * which, and finding the problems in the data before anything is written.
 */
export const PUPIL_COLUMNS = ["pupil", "school", "cost", "start", "end", "category", "arrival"] as const;
export type PupilColumn = (typeof PUPIL_COLUMNS)[number];

/** Columns without which the model cannot be applied. */
export const REQUIRED_COLUMNS = ["school", "cost", "start"] as const satisfies readonly PupilColumn[];

/** The column index of each role in the list, null where the list has none. */
export type ColumnMapping = Record<PupilColumn, number | null>;

/** Headers a finance officer writes for each role, normalised (see {@link normaliseHeader}), best first. */
const HEADER_WORDS: Record<PupilColumn, readonly string[]> = {
  pupil: ["elev", "elevnavn", "elev id", "elevnr", "elevnummer", "navn", "cpr", "barn", "pupil", "student", "pupil id", "name"],
  school: ["betalende skole", "skole", "distriktsskole", "afgivende skole", "hjemskole", "paying school", "school"],
  cost: ["arlig udgift", "udgift", "takst", "arstakst", "pris", "belob", "omkostning", "annual cost", "cost", "tariff", "amount"],
  start: ["startdato", "start", "fra", "fra dato", "visiteret fra", "indskrevet", "start date", "from"],
  end: ["slutdato", "slut", "til", "til dato", "udskrevet", "ophor", "end date", "end", "to"],
  category: ["kategori", "undtagelse", "status", "category", "exemption"],
  arrival: ["tilflyttet", "tilflytningsdato", "tilflytning", "ankomst", "arrival", "arrival date", "moved in"],
};

/** Lower case, Danish letters folded (æ→a, ø→o, å→a), punctuation to spaces, spaces collapsed. */
export function normaliseHeader(text: string): string {
  return text
    .toLocaleLowerCase("da-DK")
    .replace(/æ/g, "a")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** How well a header fits a role: 3 exact, 2 starts with a word of it, 1 contains one; 0 none. */
function fit(header: string, role: PupilColumn): number {
  let best = 0;
  for (const word of HEADER_WORDS[role]) {
    if (header === word) return 3;
    const words = header.split(" ");
    const wordsOf = word.split(" ");
    const at = words.findIndex((_w, i) => wordsOf.every((w, k) => words[i + k] === w));
    if (at === 0) best = Math.max(best, 2);
    else if (at > 0) best = Math.max(best, 1);
  }
  return best;
}

/**
 * Guesses which column holds which role from the header row: the best-fitting header wins a role,
 * each column serves at most one role, ties go to the leftmost column and to the roles in the order
 * of {@link PUPIL_COLUMNS}. The user corrects the guess in the pane.
 */
export function guessColumns(headers: readonly unknown[]): ColumnMapping {
  const normalised = headers.map((h) => (typeof h === "string" ? normaliseHeader(h) : null));
  const candidates: { role: PupilColumn; column: number; score: number }[] = [];
  for (const role of PUPIL_COLUMNS) {
    normalised.forEach((header, column) => {
      const score = header === null ? 0 : fit(header, role);
      if (score > 0) candidates.push({ role, column, score });
    });
  }
  // Best fit first, then leftmost; the sort is stable and candidates come in the roles' order, so a
  // column two roles fit as well goes to the earlier role.
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping = Object.fromEntries(PUPIL_COLUMNS.map((role) => [role, null])) as ColumnMapping;
  const taken = new Set<number>();
  for (const { role, column } of candidates) {
    if (mapping[role] !== null || taken.has(column)) continue;
    mapping[role] = column;
    taken.add(column);
  }
  return mapping;
}

/** Where a pupil list's header row and first column are on its sheet, 0-based. */
export interface ListOrigin {
  readonly headerRow: number;
  readonly firstColumn: number;
}

/** A problem in a pupil list, at a cell of the data (row 1 = first pupil, column 1 = leftmost). */
export interface PupilProblem {
  readonly kind:
    | "missingColumn"
    | "missingSchool"
    | "schoolNotName"
    | "missingCost"
    | "costNotNumber"
    | "negativeCost"
    | "missingStart"
    | "dateNotDate"
    | "endBeforeStart"
    | "unknownCategory"
    | "schoolSpelling";
  readonly at: CellPosition | null;
  readonly message: Message;
}

/** The roles a problem names (the pupil's and the category's column are never missing nor a date). */
const ROLE_NAMES: Record<(typeof REQUIRED_COLUMNS)[number] | "end" | "arrival", Shown> = {
  school: { da: "betalende skole", en: "paying school" },
  cost: { da: "årlig udgift", en: "annual cost" },
  start: { da: "startdato", en: "start date" },
  end: { da: "slut", en: "end" },
  arrival: { da: "tilflyttet", en: "arrival" },
};

function problem(kind: PupilProblem["kind"], at: CellPosition | null, message: Message): PupilProblem {
  return { kind, at, message };
}

/**
 * Two schools that are surely one, or that Excel's text comparison may count as one: the same letters
 * and digits once case, accents, punctuation and every kind of space are set aside, and "aa" read as
 * "å" ("Hedensted Skole", "Hedensted-Skole" and "HedenstedSkole"; "Aabenraa" and "Åbenrå", which Danish collation
 * ranks equal; a no-break space, which locale comparison may take for a space). Such a list is
 * blocked until it is mended, so the sheet's totals never hang on how one Excel compares text.
 */
function looseKey(name: string): string {
  return name
    .toLocaleLowerCase("da-DK")
    .replace(/aa/g, "å")
    .replace(/[æøå]/g, (ch) => ({ æ: "ae", ø: "oe", å: "aa" })[ch] ?? ch)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

function isDateOrBlank(value: unknown): boolean {
  if (isBlank(value) || value === 0) return true;
  return isDateSerial(value);
}

/**
 * Everything in a pupil list that would make the model's answer wrong or an error, found before the
 * pane writes anything: a required column not mapped; per row a missing school, cost or start, a cost
 * that is text or negative, a date that is not a date, an end before the start, an unknown category,
 * a school cell that cannot be a name (see schoolOf); and a school written two ways that Excel's
 * formulas would count as two schools ("Hedensted Skole" and "Hedensted-Skole"). Spellings Excel
 * counts as one ("hedensted  skole ") are not problems: see {@link schoolNotices}.
 *
 * @param rows the data rows, without the header; cells as Excel gives them.
 * @param origin where the list's header row and first column are on its sheet (0-based): problems then
 *   name Excel's cell address ("celle D5"); without it, a row and column within the list.
 */
export function checkPupils(rows: readonly (readonly unknown[])[], mapping: ColumnMapping, origin?: ListOrigin): PupilProblem[] {
  const problems: PupilProblem[] = [];
  for (const role of REQUIRED_COLUMNS) {
    if (mapping[role] === null) problems.push(problem("missingColumn", null, messages.chooseColumn(ROLE_NAMES[role])));
  }
  if (problems.length > 0) return problems;

  const cell = (row: readonly unknown[], role: PupilColumn): unknown => {
    const column = mapping[role];
    return column === null ? null : row[column];
  };
  const at = (r: number, role: PupilColumn): CellPosition => ({ row: r + 1, column: (mapping[role] ?? 0) + 1 });
  const where = (position: CellPosition): Shown =>
    place(origin === undefined ? position : cellAddress(origin.headerRow + position.row, origin.firstColumn + position.column - 1));
  rows.forEach((row, r) => {
    const school = schoolOf(cell(row, "school"));
    if (school.kind === "blank") {
      problems.push(problem("missingSchool", at(r, "school"), messages.pupilMissing(ROLE_NAMES.school, where(at(r, "school")))));
    } else if (school.kind === "invalid") {
      const message = messages.pupilSchoolNotName(where(at(r, "school")), cell(row, "school"), school.reason);
      problems.push(problem("schoolNotName", at(r, "school"), message));
    }

    const cost = cell(row, "cost");
    const costAt = at(r, "cost");
    if (isBlank(cost)) {
      problems.push(problem("missingCost", costAt, messages.pupilMissing(ROLE_NAMES.cost, where(costAt))));
    } else if (!isFiniteNumber(cost)) {
      problems.push(problem("costNotNumber", costAt, messages.pupilCostNotNumber(where(costAt), cost)));
    } else if (cost < 0) {
      problems.push(problem("negativeCost", costAt, messages.pupilCostNegative(where(costAt))));
    }

    const start = cell(row, "start");
    for (const role of ["start", "end", "arrival"] as const) {
      const value = cell(row, role);
      if (!isDateOrBlank(value)) {
        problems.push(problem("dateNotDate", at(r, role), messages.pupilNotDate(ROLE_NAMES[role], where(at(r, role)), value)));
      }
    }
    if (isBlank(start) || start === 0) {
      problems.push(problem("missingStart", at(r, "start"), messages.pupilMissing(ROLE_NAMES.start, where(at(r, "start")))));
    }
    const end = cell(row, "end");
    if (isDateSerial(start) && isDateSerial(end) && Math.floor(end) < Math.floor(start)) {
      const message = messages.pupilEndBeforeStart(where(at(r, "end")), shownDate(Math.floor(start)), shownDate(Math.floor(end)));
      problems.push(problem("endBeforeStart", at(r, "end"), message));
    }

    const category = cell(row, "category");
    if (!isBlank(category) && category !== 0) {
      const parsed = typeof category === "string" ? parseCategory(category) : null;
      if (parsed === null) problems.push(problem("unknownCategory", at(r, "category"), messages.pupilCategoryNotText(where(at(r, "category")))));
      else if (!parsed.ok) problems.push(problem("unknownCategory", at(r, "category"), messages.pupilCategoryUnknown(where(at(r, "category")), parsed.failure.message)));
    }
  });

  const loose = new Map<string, School[]>();
  for (const school of listSchools(rows, mapping)) loose.set(looseKey(school.name), [...(loose.get(looseKey(school.name)) ?? []), school]);
  for (const group of loose.values()) {
    if (group.length < 2) continue;
    const first = at(group[1].rows[0], "school");
    problems.push(problem("schoolSpelling", first, messages.schoolSpelledTwice(group.map((s) => s.name), where(first))));
  }
  return problems;
}

/** The paying schools of a pupil list (see {@link schoolsOf}); none where no column is mapped. */
export function listSchools(rows: readonly (readonly unknown[])[], mapping: ColumnMapping): School[] {
  const column = mapping.school;
  return column === null ? [] : schoolsOf(rows.map((row) => row[column]));
}

/**
 * What the user is told, not asked: schools the list writes in more than one way that Excel's
 * formulas count as one (case and spaces), as one notice per school.
 */
export function schoolNotices(rows: readonly (readonly unknown[])[], mapping: ColumnMapping): Message[] {
  return listSchools(rows, mapping)
    .filter((school) => school.spellings.length > 1)
    .map((school) => messages.schoolMerged(school.name, school.spellings));
}

/**
 * Where the pupils of a selected block end: blank rows at the end are no pupils, nor is a trailing
 * total row — the last non-blank row, when a text in it is a total's label ("I alt", "Total", "Sum",
 * "… i alt"; see labels.ts) and its start date is not a date — with the blank rows before it.
 *
 * @returns how many rows from the top are pupils, and the total row left out (0-based), if any.
 */
export function pupilRowCount(rows: readonly (readonly unknown[])[], mapping: ColumnMapping): { pupils: number; total: { index: number; label: string } | null } {
  const blank = (row: readonly unknown[]) => row.every((v) => isBlank(v));
  let end = rows.length;
  while (end > 0 && blank(rows[end - 1])) end -= 1;
  if (end === 0) return { pupils: 0, total: null };
  const row = rows[end - 1];
  // Stryker disable next-line ConditionalExpression: equivalent, test() of a number, logical or null reads "5", "true" or "null", never a total's label
  const label = row.find((v): v is string => typeof v === "string" && TOTAL_LABEL.test(v));
  const start = mapping.start === null ? null : row[mapping.start];
  if (label === undefined || isDateSerial(start)) return { pupils: end, total: null };
  let pupils = end - 1;
  while (pupils > 0 && blank(rows[pupils - 1])) pupils -= 1;
  return { pupils, total: { index: end - 1, label: label.trim() } };
}

/** One pupil's figures under a model, exact, rounded to øre per pupil as the result sheet rounds. */
export interface PupilResult {
  /** The school identity's key (see schoolOf). */
  readonly school: string;
  /** The annual cost, and the liable fraction of the school year (SEGREGATION.LIABLE's answer). */
  readonly cost: Dec;
  readonly share: Dec;
  /** Annual cost × liable share. */
  readonly liable: Dec;
  readonly pays: Dec;
  readonly central: Dec;
}

/**
 * Each row's figures under a model and school year, by the rules of the core: the numbers the result
 * sheet's formulas give row by row. A row with a problem (see {@link checkPupils}) is null.
 */
export function pupilResults(
  rows: readonly (readonly unknown[])[],
  mapping: ColumnMapping,
  model: IncentiveModel,
  schoolYear: number,
): (PupilResult | null)[] {
  // Stryker disable next-line ConditionalExpression: equivalent, a column not chosen reads row[null], undefined, which every reader below takes as blank
  const get = (row: readonly unknown[], role: PupilColumn): unknown => (mapping[role] === null ? null : row[mapping[role] as number]);
  const date = (v: unknown): number | null => (isDateSerial(v) ? Math.floor(v) : null);
  const ore = (x: Dec) => x.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
  return rows.map((row) => {
    const school = schoolOf(get(row, "school"));
    const cost = get(row, "cost");
    const start = date(get(row, "start"));
    // A negative cost: schoolPayment below refuses it.
    if (school.kind !== "school" || !isFiniteNumber(cost) || start === null) return null;
    const category = get(row, "category");
    // A category that is not one (a problem, see checkPupils) counts as an ordinary pupil, as the sheet's formula does.
    const parsed = typeof category === "string" ? parseCategory(category) : null;
    const share = liableFraction({ start, end: date(get(row, "end")) }, schoolYear, parsed?.ok === true ? parsed.value : "normal", date(get(row, "arrival")));
    const pays = schoolPayment(cost, model);
    if (!share.ok || !pays.ok) return null;
    const liable = ore(new Dec(cost).times(share.value));
    const paid = ore(pays.value.times(share.value));
    return { school: school.key, cost: new Dec(cost), share: share.value, liable, pays: paid, central: liable.minus(paid) };
  });
}

/** One school's line of the summary the pane shows, exact; the sheet computes the same by formulas. */
export interface SchoolSummary {
  /** The school's name as the sheets show it (the spelling most of its rows write, trimmed). */
  readonly school: string;
  readonly pupils: number;
  /** Σ cost × liable share, rounded to øre per pupil as the result sheet rounds. */
  readonly liable: Dec;
  readonly pays: Dec;
  readonly central: Dec;
}

/**
 * The per-school summary of a pupil list under a model and school year, in the order the schools
 * first appear (see listSchools): the same numbers the result sheet's formulas give (payments rounded
 * to øre per pupil). Rows with problems (see {@link checkPupils}) are left out; the pane shows those first.
 */
export function summarise(
  rows: readonly (readonly unknown[])[],
  mapping: ColumnMapping,
  model: IncentiveModel,
  schoolYear: number,
): SchoolSummary[] {
  const results = pupilResults(rows, mapping, model, schoolYear);
  return listSchools(rows, mapping)
    .map((school) => {
      const mine = school.rows.map((r) => results[r]).filter((x): x is PupilResult => x !== null);
      const sum = (f: (x: PupilResult) => Dec) => mine.reduce((s, x) => s.plus(f(x)), ZERO);
      return { school: school.name, pupils: mine.length, liable: sum((x) => x.liable), pays: sum((x) => x.pays), central: sum((x) => x.central) };
    })
    .filter((line) => line.pupils > 0);
}

/** What a block of rows read as a pupil list comes to, before anything is written. */
export interface PupilListReading {
  /** The column guesses. */
  readonly mapping: ColumnMapping;
  /** How many of the rows are pupils: trailing blank rows and an "I alt" row are left out. */
  readonly pupils: number;
  readonly problems: PupilProblem[];
  /** School spellings counted as one, told without asking. */
  readonly notices: Message[];
  /** The total row left out, said in words with its Excel row; null when there was none. */
  readonly leftOut: Message | null;
}

/**
 * Reads a block of rows under `headers` as a pupil list (the pane's "Læs listen" and the command
 * line): the column guesses, the pupils (a block selected with blank rows or its "I alt" row below
 * them keeps only the pupils), the problems and the notices. `origin` is where the headers start on
 * the sheet, so problems name Excel's cell addresses and the left-out row is numbered as Excel does.
 */
export function readPupilList(headers: readonly unknown[], rows: readonly (readonly unknown[])[], origin: ListOrigin): PupilListReading {
  const mapping = guessColumns(headers);
  const { pupils, total } = pupilRowCount(rows, mapping);
  const kept = rows.slice(0, pupils);
  return {
    mapping,
    pupils,
    ...reviewPupils(kept, mapping, origin),
    leftOut: total === null ? null : messages.totalRowLeftOut(total.label, origin.headerRow + total.index + 2),
  };
}

/** The problems and notices of a list under a mapping (again after the user corrects a column). */
export function reviewPupils(rows: readonly (readonly unknown[])[], mapping: ColumnMapping, origin?: ListOrigin): { problems: PupilProblem[]; notices: Message[] } {
  return { problems: checkPupils(rows, mapping, origin), notices: schoolNotices(rows, mapping) };
}

/** A model as the model sheet holds it: its profiles, the chosen one and the school year. */
export interface ChosenModel {
  readonly profiles: readonly { readonly name: string; readonly threshold: number; readonly cap: number; readonly schoolShare: number }[];
  readonly selected: string | null;
  readonly schoolYear: number | null;
}

/** The chosen profile's rule and the school year; null when the choice is incomplete or the profile invalid. */
export function chosenRule(model: ChosenModel): { readonly rule: IncentiveModel; readonly schoolYear: number } | null {
  const chosen = model.profiles.find((p) => p.name === model.selected);
  if (chosen === undefined || model.schoolYear === null) return null;
  const rule = incentiveModel(chosen.threshold, chosen.cap, chosen.schoolShare);
  return rule.ok ? { rule: rule.value, schoolYear: model.schoolYear } : null;
}

/** The summary per school under the chosen profile and school year; null when the choice is incomplete or invalid. */
export function summaryUnder(rows: readonly (readonly unknown[])[], mapping: ColumnMapping, model: ChosenModel): SchoolSummary[] | null {
  const chosen = chosenRule(model);
  return chosen === null ? null : summarise(rows, mapping, chosen.rule, chosen.schoolYear);
}

/** What a comparison of two models comes to for the schools, in the pane's words. */
export interface ComparisonHeadline {
  /** Σ over the schools of what they pay under B minus under A. */
  readonly total: Dec;
  readonly more: number;
  readonly less: number;
  /** The largest changes, largest first (at most three). */
  readonly largest: readonly { readonly school: string; readonly change: Dec }[];
}

/** The comparison of profiles `a` and `b` on a list, per school as the comparison sheet sums it; null when either is not on the model. */
export function compareUnder(rows: readonly (readonly unknown[])[], mapping: ColumnMapping, model: Omit<ChosenModel, "selected">, a: string, b: string): ComparisonHeadline | null {
  const [underA, underB] = [summaryUnder(rows, mapping, { ...model, selected: a }), summaryUnder(rows, mapping, { ...model, selected: b })];
  if (underA === null || underB === null) return null;
  const changes = underA.map((line, k) => ({ school: line.school, change: underB[k].pays.minus(line.pays) }));
  return {
    total: changes.reduce((sum, c) => sum.plus(c.change), ZERO),
    more: changes.filter((c) => c.change.gt(0)).length,
    less: changes.filter((c) => c.change.lt(0)).length,
    largest: changes
      .filter((c) => !c.change.isZero())
      .sort((x, y) => y.change.abs().cmp(x.change.abs()))
      .slice(0, 3),
  };
}
