/**
 * The one catalogue of user-facing messages, Danish first and English second. Each entry names the
 * argument it is about (as Excel's autocomplete shows it) and says what was expected, so a finance
 * officer can mend the cell without reading code.
 */
export interface Message {
  readonly da: string;
  readonly en: string;
  /**
   * The argument the message is about, by its English name, when both texts start with "name: ".
   * The function's definition swaps in the Danish name for the Danish text ({@link namedIn}).
   */
  readonly arg?: string;
}

/** A message about an argument: both texts start with its name. */
function about(arg: string, da: string, en: string): Message {
  return { arg, da: `${arg}: ${da}`, en: `${arg}: ${en}` };
}

/**
 * The message with the argument named as the user's Excel shows it: `danishName` maps an English
 * parameter name to the Danish one (Danish Excel shows "udgift" where English Excel shows "cost").
 */
export function namedIn(message: Message, danishName: (english: string) => string | undefined): Message {
  if (message.arg === undefined) return message;
  const da = danishName(message.arg);
  return da === undefined || da === message.arg ? message : { ...message, da: `${da}${message.da.slice(message.arg.length)}` };
}

/** A value or a name as a message shows it, in each language. */
export interface Shown {
  readonly da: string;
  readonly en: string;
}

/** How a message is shown in Excel's error tooltip: both languages, Danish first. */
export function formatMessage(message: Message): string {
  return `${message.da} | ${message.en}`;
}

function num(value: number | string | { toString(): string }): Shown {
  const en = String(value);
  return { da: en.replace(".", ","), en };
}

/** Describes an argument value that was not what a rule expected. */
export function describe(value: unknown): Shown {
  if (value === null || value === undefined || value === "") return { da: "en tom celle", en: "a blank cell" };
  if (typeof value === "string") {
    const text = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return { da: `teksten "${text}"`, en: `the text "${text}"` };
  }
  if (typeof value === "boolean") {
    return value ? { da: "SAND", en: "TRUE" } : { da: "FALSK", en: "FALSE" };
  }
  if (typeof value === "number") {
    const n = num(value);
    return { da: `tallet ${n.da}`, en: `the number ${n.en}` };
  }
  if (Array.isArray(value)) return { da: "et område", en: "a range" };
  // An error value is an object with its code; anything else (another object, a symbol, a bigint) is of another type.
  const code = (value as { code?: unknown }).code;
  if (typeof code === "string") return { da: `fejlværdien ${code}`, en: `the error ${code}` };
  return { da: "en værdi af en anden type", en: "a value of another type" };
}

/**
 * A figure as a finance officer reads it: 1.234.567,89 (Danish) or 1,234,567.89 (English) for a
 * number or an exact decimal's string; SAND/TRUE; text in quotes; a blank cell or an error in words.
 */
export function figure(value: unknown): Shown {
  const decimal = typeof value === "number" ? String(value) : typeof value === "object" && value !== null && "toFixed" in value ? String(value) : null;
  if (decimal !== null && /^-?\d+(\.\d+)?$/.test(decimal)) return decimalFigure(decimal);
  if (typeof value === "string" && value.startsWith("#")) return { da: value, en: value };
  const d = describe(value);
  return typeof value === "string" ? { da: `"${value}"`, en: `"${value}"` } : d;
}

/** Kroner shown with a fixed number of decimals, grouped: 1.234,50 / 1,234.50. */
export function kroner(value: { toString(): string } | number, decimals: 0 | 2): Shown {
  return decimalFigure(Number(value.toString()).toFixed(decimals));
}

/** A fraction as a percentage with up to 2 decimals: 0.3725 → 37,25 % / 37.25 %. */
export function percent(value: { toString(): string } | number): Shown {
  const p = String(Number((Number(value.toString()) * 100).toFixed(2)));
  return { da: `${p.replace(".", ",")} %`, en: `${p} %` };
}

/** A number grouped as the language writes it, with the decimals it has (1,3; 272.497,5; 0,5027…): what a check read. */
export function plainNumber(value: number): Shown {
  // Grouping takes runs of digits before the point: in an exponent's form (1e+21, 1,5e-7) there is one, and Infinity and NaN have none.
  return decimalFigure(String(value), false);
}

/** A decimal's digits ("-1234.5") grouped in each language's way. */
function decimalFigure(decimal: string, asKroner = true): Shown {
  const [whole, tail] = decimal.split(".");
  const fraction = asKroner && tail?.length === 1 ? `${tail}0` : tail; // 472.497,50: kroner and øre
  const group = (sep: string) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return { da: `${group(".")}${fraction === undefined ? "" : `,${fraction}`}`, en: `${group(",")}${fraction === undefined ? "" : `.${fraction}`}` };
}

/** A cell of a range, 1-based within the range, as "row 2, column 3". */
export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

function cell(at: CellPosition): Shown {
  return { da: `række ${at.row}, kolonne ${at.column}`, en: `row ${at.row}, column ${at.column}` };
}

/** A place on a sheet as a message names it: a cell address ("celle D5"), or a row and column within a range. */
export function place(at: CellPosition | string): Shown {
  return typeof at === "string" ? { da: `celle ${at}`, en: `cell ${at}` } : cell(at);
}

export const messages = {
  required: (arg: string): Message => about(arg, `mangler en værdi (cellen er tom)`, `a value is required (the cell is blank)`),
  notNumber: (arg: string, got: unknown): Message => {
    const g = describe(got);
    return about(arg, `forventede et tal, fik ${g.da}`, `expected a number, got ${g.en}`);
  },
  notFinite: (arg: string, got: number): Message => {
    const g = num(got);
    return about(arg, `forventede et endeligt tal, fik ${g.da}`, `expected a finite number, got ${g.en}`);
  },
  notInteger: (arg: string, got: number): Message => {
    const g = num(got);
    return about(arg, `forventede et helt tal, fik ${g.da}`, `expected a whole number, got ${g.en}`);
  },
  atLeast: (arg: string, min: number, got: number): Message => {
    const m = num(min);
    const g = num(got);
    return about(arg, `forventede et tal ≥ ${m.da}, fik ${g.da}`, `expected a number ≥ ${m.en}, got ${g.en}`);
  },
  greaterThan: (arg: string, min: number, got: number): Message => {
    const m = num(min);
    const g = num(got);
    return about(arg, `forventede et tal > ${m.da}, fik ${g.da}`, `expected a number > ${m.en}, got ${g.en}`);
  },
  between: (arg: string, min: number, max: number, got: number): Message => {
    const lo = num(min);
    const hi = num(max);
    const g = num(got);
    return about(arg, `forventede et tal fra ${lo.da} til ${hi.da}, fik ${g.da}`, `expected a number from ${lo.en} to ${hi.en}, got ${g.en}`);
  },
  notBoolean: (arg: string, got: unknown): Message => {
    const g = describe(got);
    return about(arg, `forventede SAND eller FALSK, fik ${g.da}`, `expected TRUE or FALSE, got ${g.en}`);
  },
  notText: (arg: string, got: unknown): Message => {
    const g = describe(got);
    return about(arg, `forventede en tekst, fik ${g.da}`, `expected a text, got ${g.en}`);
  },
  notDate: (arg: string, got: unknown): Message => {
    const g = describe(got);
    return about(arg, `forventede en dato mellem 01-01-1900 og 31-12-9999, fik ${g.da}`, `expected a date from 1900-01-01 to 9999-12-31, got ${g.en}`);
  },
  notRange: (arg: string, got: unknown): Message => {
    const g = describe(got);
    return about(arg, `forventede et område af celler, fik ${g.da}`, `expected a range of cells, got ${g.en}`);
  },
  notRectangular: (arg: string): Message => about(arg, `området skal være rektangulært (lige mange celler i hver række)`, `the range must be rectangular (the same number of cells in every row)`),
  emptyRange: (arg: string): Message => about(arg, `området er tomt`, `the range is empty`),
  cellNotNumber: (arg: string, at: CellPosition, got: unknown): Message => {
    const c = cell(at);
    const g = describe(got);
    return about(arg, `cellen i ${c.da} indeholder ${g.da}; forventede et tal eller en tom celle`, `the cell at ${c.en} holds ${g.en}; expected a number or a blank cell`);
  },
  cellNotFinite: (arg: string, at: CellPosition, got: number): Message => {
    const c = cell(at);
    const g = num(got);
    return about(arg, `cellen i ${c.da} indeholder ${g.da}; forventede et endeligt tal`, `the cell at ${c.en} holds ${g.en}; expected a finite number`);
  },
  cellOutside: (arg: string, at: CellPosition, min: number, max: number | null, got: number): Message => {
    const c = cell(at);
    const g = num(got);
    const [lo, hi] = [num(min), max === null ? null : num(max)];
    return hi === null
      ? about(arg, `cellen i ${c.da} indeholder ${g.da}; forventede et tal ≥ ${lo.da}`, `the cell at ${c.en} holds ${g.en}; expected a number ≥ ${lo.en}`)
      : about(arg, `cellen i ${c.da} indeholder ${g.da}; forventede et tal fra ${lo.da} til ${hi.da}`, `the cell at ${c.en} holds ${g.en}; expected a number from ${lo.en} to ${hi.en}`);
  },
  shapeDiffers: (arg: string, other: Shown, rows: number, columns: number, expectedRows: number, expectedColumns: number): Message =>
    about(
      arg,
      `området har ${rows} × ${columns} celler; forventede samme form som ${other.da} (${expectedRows} × ${expectedColumns})`,
      `the range has ${rows} × ${columns} cells; expected the shape of ${other.en} (${expectedRows} × ${expectedColumns})`,
    ),
  unknownSolveFor: (got: string): Message =>
    about("solveFor", `ukendt parameter "${got}"; forventede tom, "loft", "tærskel" eller "andel"`, `unknown parameter "${got}"; expected blank, "cap", "threshold" or "share"`),
  targetOutOfReach: (target: { toString(): string }, low: { toString(): string }, high: { toString(): string }, solveFor: "cap" | "threshold" | "share"): Message => {
    // A target with more than øre is shown with its own decimals: 0,127 is not "0,13" beside a total of 0,13.
    const t = /\.\d{3,}$/.test(target.toString()) ? figure(target) : kroner(target, 2);
    const [lo, hi] = [kroner(low, 2), kroner(high, 2)];
    const what = { cap: { da: "loftet", en: "the cap" }, threshold: { da: "tærsklen", en: "the threshold" }, share: { da: "skoleandelen", en: "the school share" } }[solveFor];
    return {
      da: `Målet ${t.da} kr. kan ikke nås ved at ændre ${what.da}; skolernes samlede betaling kan være fra ${lo.da} til ${hi.da} kr.`,
      en: `the target ${t.en} kr. cannot be reached by changing ${what.en}; the schools' total can be from ${lo.en} to ${hi.en} kr.`,
    };
  },
  capBelowThreshold: (cap: number, threshold: number): Message => {
    const c = num(cap);
    const t = num(threshold);
    return about("cap", `loftet (${c.da}) er mindre end tærsklen (${t.da}); forventede loft ≥ tærskel`, `the cap (${c.en}) is below the threshold (${t.en}); expected cap ≥ threshold`);
  },
  startAfterEnd: (start: Shown, end: Shown): Message =>
    about("start", `placeringens start (${start.da}) ligger efter dens slut (${end.da}); forventede start ≤ slut`, `the placement starts (${start.en}) after it ends (${end.en}); expected start ≤ end`),
  unknownCategory: (got: string, acceptedDa: readonly string[], acceptedEn: readonly string[]): Message =>
    about(
      "category",
      `ukendt kategori "${got}"; forventede tom eller en af ${acceptedDa.map((c) => `"${c}"`).join(", ")}`,
      `unknown category "${got}"; expected blank or one of ${acceptedEn.map((c) => `"${c}"`).join(", ")}`,
    ),
  unknownBasis: (got: string): Message => about("basis", `ukendt grundlag "${got}"; forventede tom, "dage" eller "måneder"`, `unknown basis "${got}"; expected blank, "days" or "months"`),
  notPaidBack: (): Message => ({
    da: "Ikke tilbagebetalt inden for perioden",
    en: "not paid back within the period",
  }),
  noFlows: (arg: string): Message => about(arg, `alle år er nul eller tomme; der er intet at tilbagebetale`, `every year is zero or blank; there is nothing to pay back`),
  rateTooLow: (got: number): Message => {
    const g = num(got);
    return about("rate", `forventede en rente > -1 (fx 0,035 for 3,5 %), fik ${g.da}`, `expected a rate > -1 (e.g. 0.035 for 3.5 %), got ${g.en}`);
  },
  noRateAfter70: (lastYear: number): Message =>
    about(
      "rateAfter70",
      `beløbene går til år ${lastYear}; Finansministeriets rente efter år 70 er ikke fastlagt i notatet af 7. januar 2021 — angiv den (fx 0,015)`,
      `the flows run to year ${lastYear}; the Finance Ministry's rate after year 70 is not set by its note of 7 January 2021 — give it (e.g. 0.015)`,
    ),
  rateAfter70WithRate: (): Message =>
    about("rateAfter70", "hører kun til Finansministeriets renter; lad renten være tom, eller lad denne være tom", "belongs to the Finance Ministry's rates only; leave the rate blank, or leave this blank"),
  rateAfter70TooLow: (got: number): Message => {
    const g = num(got);
    return about("rateAfter70", `forventede en rente > -1 (fx 0,015 for 1,5 %), fik ${g.da}`, `expected a rate > -1 (e.g. 0.015 for 1.5 %), got ${g.en}`);
  },
  indexTableShape: (columns: number): Message => about("indexTable", `forventede et område med to kolonner (år, indeks), fik ${columns} kolonne(r)`, `expected a two-column range (year, index), got ${columns} column(s)`),
  indexYearNotInteger: (at: CellPosition, got: number): Message => {
    const c = cell(at);
    const g = num(got);
    return about("indexTable", `året i ${c.da} er ${g.da}; forventede et helt årstal`, `the year at ${c.en} is ${g.en}; expected a whole year`);
  },
  indexValueInvalid: (year: number, got: unknown): Message => {
    const g = describe(got);
    return about("indexTable", `indekset for ${year} er ${g.da}; forventede et tal > 0`, `the index for ${year} is ${g.en}; expected a number > 0`);
  },
  indexYearTwice: (year: number): Message => about("indexTable", `året ${year} står flere gange med forskellige indeks`, `the year ${year} appears more than once with different indices`),
  indexMissing: (arg: string, year: number): Message => about(arg, `indekstabellen har intet indeks for året ${year}`, `indexTable has no index for the year ${year}`),
  negativeKey: (at: CellPosition, got: number): Message => {
    const c = cell(at);
    const g = num(got);
    return about("keys", `nøglen i ${c.da} er negativ (${g.da}); forventede tal ≥ 0`, `the key at ${c.en} is negative (${g.en}); expected numbers ≥ 0`);
  },
  keysSumZero: (): Message => about("keys", "nøglerne summerer til 0; mindst én nøgle skal være større end 0", "the keys sum to 0; at least one key must be greater than 0"),
  totalTooPrecise: (total: string, decimals: number): Message => about("total", `${total.replace(".", ",")} har flere decimaler end decimaler (${decimals}) tillader; afrund beløbet eller hæv decimaler`, `${total} has more decimals than decimals (${decimals}) allows; round the total or raise decimals`),
  tooLarge: (arg: string): Message => about(arg, `resultatet er større end Excel kan rumme`, `the result is larger than Excel can hold`),
  // Pupil lists (src/core/pupils.ts): a role is the column's meaning, e.g. "annual cost".
  chooseColumn: (role: Shown): Message => ({ da: `Vælg kolonnen for ${role.da}`, en: `Choose the column for ${role.en}` }),
  pupilMissing: (what: Shown, where: Shown): Message => {
    const c = where;
    return { da: `Ingen ${what.da} i ${c.da}`, en: `No ${what.en} at ${c.en}` };
  },
  pupilCostNotNumber: (where: Shown, got: unknown): Message => {
    const c = where;
    const g = describe(got);
    return { da: `Udgiften i ${c.da} er ${g.da}, ikke et tal`, en: `The cost at ${c.en} is ${g.en}, not a number` };
  },
  pupilCostNegative: (where: Shown): Message => {
    const c = where;
    return { da: `Udgiften i ${c.da} er negativ`, en: `The cost at ${c.en} is negative` };
  },
  pupilNotDate: (role: Shown, where: Shown, got: unknown): Message => {
    const c = where;
    const g = describe(got);
    return { da: `Feltet ${role.da} i ${c.da} er ${g.da}, ikke en dato`, en: `The ${role.en} at ${c.en} is ${g.en}, not a date` };
  },
  pupilEndBeforeStart: (where: Shown, start: Shown, end: Shown): Message => {
    const c = where;
    return { da: `Slut (${end.da}) ligger før start (${start.da}) i ${c.da}`, en: `The end (${end.en}) is before the start (${start.en}) at ${c.en}` };
  },
  pupilCategoryNotText: (where: Shown): Message => {
    const c = where;
    return { da: `Kategorien i ${c.da} skal være en tekst`, en: `The category at ${c.en} must be a text` };
  },
  pupilSchoolNotName: (where: Shown, got: unknown, reason: "notWhole" | "logical" | "error" | "tooLong"): Message => {
    const c = where;
    const g = describe(got);
    const why: Record<typeof reason, Shown> = {
      notWhole: { da: "en skolekode skal være et helt tal", en: "a school code must be a whole number" },
      logical: { da: "en skole er et navn eller en kode", en: "a school is a name or a code" },
      error: { da: "ret formlen eller skriv skolens navn", en: "mend the formula or type the school's name" },
      tooLong: { da: "højst 255 tegn", en: "at most 255 characters" },
    };
    return { da: `Skolen i ${c.da} er ${g.da}; ${why[reason].da}`, en: `The school at ${c.en} is ${g.en}; ${why[reason].en}` };
  },
  schoolSpelledTwice: (names: readonly string[], where: Shown): Message => {
    const list = names.map((n) => `"${n}"`).join(", ");
    return {
      da: `Samme skole stavet på flere måder, som Excel regner for forskellige skoler: ${list} (fx i ${where.da}). Ret listen, så de staves ens`,
      en: `One school spelled in ways Excel counts as different schools: ${list} (e.g. at ${where.en}). Mend the list so they are spelled alike`,
    };
  },
  /** A pupil's category the rules do not know: the rule's own words, placed at the cell. */
  pupilCategoryUnknown: (where: Shown, rule: Message): Message => {
    const without = (text: string) => (rule.arg === undefined ? text : text.slice(rule.arg.length + 2));
    return { da: `Kategorien i ${where.da}: ${without(rule.da)}`, en: `The category at ${where.en}: ${without(rule.en)}` };
  },
  totalRowLeftOut: (label: string, excelRow: number): Message => ({
    da: `Række ${excelRow} ("${label}") er en sumrække, ikke en elev, og er ikke taget med`,
    en: `Row ${excelRow} ("${label}") is a total row, not a pupil, and is left out`,
  }),
  schoolMerged: (name: string, spellings: readonly string[]): Message => {
    const list = spellings.map((n) => `"${n}"`).join(", ");
    return {
      da: `${list} er regnet som én skole, "${name}" (store og små bogstaver og mellemrum skelnes ikke)`,
      en: `${list} are counted as one school, "${name}" (case and spaces are not told apart)`,
    };
  },
  // The pane's headlines after an action.
  comparisonHeadline: (
    total: { toString(): string },
    more: number,
    less: number,
    largest: readonly { readonly school: string; readonly change: { toString(): string } }[],
  ): Message => {
    const sign = Math.sign(Number(total.toString()));
    // One number of decimals throughout the sentence: øre when any amount has them.
    const decimals = [total, ...largest.map((l) => l.change)].some((x) => !Number.isInteger(Number(x.toString()))) ? 2 : 0;
    const amount = kroner(Math.abs(Number(total.toString())), decimals);
    const schools = (n: number, da: string, en: string) => ({ da: `${n} ${n === 1 ? "skole" : "skoler"} ${da}`, en: `${n} ${n === 1 ? "school" : "schools"} ${en}` });
    const [up, down] = [schools(more, "betaler mere", "pay more"), schools(less, "mindre", "less")];
    const list = (lang: "da" | "en") => largest.map((l) => `${l.school} ${kroner(l.change, decimals)[lang]} kr.`).join("; ");
    const head =
      sign === 0
        ? { da: "Under B betaler skolerne i alt det samme som under A.", en: "Under B the schools pay the same in total as under A." }
        : sign < 0
          ? { da: `Under B betaler skolerne i alt ${amount.da} kr. mindre end under A; forvaltningen betaler det.`, en: `Under B the schools pay ${amount.en} kr. less in total than under A; the administration pays it.` }
          : { da: `Under B betaler skolerne i alt ${amount.da} kr. mere end under A; forvaltningen sparer det.`, en: `Under B the schools pay ${amount.en} kr. more in total than under A; the administration saves it.` };
    const most = largest.length === 0 ? { da: "", en: "" } : { da: ` Største ændringer: ${list("da")}`, en: ` Largest changes: ${list("en")}` };
    return { da: `${head.da} ${up.da}, ${down.da}.${most.da}`, en: `${head.en} ${up.en}, ${down.en}.${most.en}` };
  },
  safetyNetShared: (amount: number, schools: number, by: "pupils" | "payments" | "deficit"): Message => {
    const a = figure(amount);
    const key = {
      pupils: { da: "antal elever", en: "number of pupils" },
      payments: { da: "skolernes betaling", en: "the schools' payments" },
      deficit: { da: "underskud (betaling ud over budgettet)", en: "deficit (payments beyond the budget)" },
    }[by];
    return {
      da: `${a.da} kr. er fordelt på ${schools === 1 ? "1 skole" : `${schools} skoler`} efter ${key.da}.`,
      en: `${a.en} kr. is shared among ${schools === 1 ? "1 school" : `${schools} schools`} by ${key.en}.`,
    };
  },
  calibrated: (solveFor: "cap" | "threshold" | "share", target: { toString(): string }, value: { toString(): string }, total: { toString(): string }): Message => {
    const [d, t] = [kroner(target, 0), kroner(total, 2)];
    const v = solveFor === "share" ? percent(value) : kroner(value, 0);
    const how = {
      cap: { da: `et loft på ${v.da} kr. pr. elev (tærskel = loft)`, en: `a cap of ${v.en} kr. a pupil (threshold = cap)` },
      threshold: { da: `en tærskel på ${v.da} kr. (loft og andel som modellen)`, en: `a threshold of ${v.en} kr. (cap and share as the model has them)` },
      share: { da: `en skoleandel på ${v.da} over tærsklen (tærskel og loft som modellen)`, en: `a school share of ${v.en} above the threshold (threshold and cap as the model has them)` },
    }[solveFor];
    return {
      da: `Skolerne betaler højst målet (${d.da} kr.) med ${how.da}: i alt ${t.da} kr.`,
      en: `The schools pay at most the target (${d.en} kr.) with ${how.en}: ${t.en} kr. in all.`,
    };
  },
  sensitivityRange: (solveFor: "cap" | "threshold" | "share", least: { toString(): string }, greatest: { toString(): string } | null, most: number): Message => {
    const what = { cap: { da: "loftet", en: "the cap" }, threshold: { da: "tærsklen", en: "the threshold" }, share: { da: "skoleandelen", en: "the school share" } }[solveFor];
    const shown = (v: { toString(): string }) => (solveFor === "share" ? num(v) : kroner(v, 0));
    const lo = shown(least);
    const hi = greatest === null ? null : shown(greatest);
    return {
      da: `Vælg ${what.da} fra ${lo.da}${hi === null ? " og op" : ` til ${hi.da}`}, til ≥ fra, et trin over 0 og højst ${most} punkter`,
      en: `Choose ${what.en} from ${lo.en}${hi === null ? " up" : ` to ${hi.en}`}, to ≥ from, a step above 0 and at most ${most} points`,
    };
  },
  capCalibrated: (devolved: { toString(): string }, cap: { toString(): string }, total: { toString(): string }): Message => {
    const [d, c, t] = [kroner(devolved, 0), kroner(cap, 0), kroner(total, 2)];
    return {
      da: `Skolerne betaler det udlagte (${d.da} kr.) med et loft på ${c.da} kr. pr. elev (tærskel = loft): i alt ${t.da} kr.`,
      en: `The schools pay what is devolved (${d.en} kr.) with a cap of ${c.en} kr. a pupil (threshold = cap): ${t.en} kr. in all.`,
    };
  },
  // Checking a budget sheet (src/core/check.ts).
  missingPriceLevel: (): Message => ({
    da: 'Tabellen angiver ikke sit prisniveau (fx "1.000 kr. 2023 p/l")',
    en: 'The table does not state its price level (e.g. "1.000 kr. 2023 p/l")',
  }),
  errorValue: (address: string, error: string): Message => ({
    da: `${address} viser fejlen ${error}, så tallet kan ikke læses`,
    en: `${address} shows the error ${error}, so its figure cannot be read`,
  }),
  mixedPriceLevels: (years: readonly number[]): Message => ({
    da: `Arket blander prisniveauer: ${years.join(", ")}`,
    en: `The sheet mixes price levels: ${years.join(", ")}`,
  }),
  totalMismatch: (label: string, address: string, total: number, sum: number): Message => ({
    da: `${label} i ${address} er ${total}, men posterne over summerer til ${sum}`,
    en: `${label} at ${address} is ${total}, but the items above sum to ${sum}`,
  }),
  wrongSign: (label: string, address: string): Message => ({
    da: `${label} i ${address} er positiv; besparelser skal have negativt fortegn`,
    en: `${label} at ${address} is positive; savings must be negative`,
  }),
  /** `computed` null: the row is not paid back. */
  paybackMismatch: (address: string, stated: number, computed: string | null): Message => ({
    da: `Tilbagebetalingstiden i ${address} er ${stated}, men rækken "Samlet økonomisk påvirkning" giver ${computed ?? "ikke tilbagebetalt"}`,
    en: `The payback period at ${address} is ${stated}, but the row "Samlet økonomisk påvirkning" gives ${computed ?? "not paid back"}`,
  }),
  // Tying out a written sheet (src/office/tieOut.ts).
  sheetDiffers: (
    sheet: string,
    first: readonly { address: string; what: Shown; onSheet: unknown; expected: unknown }[],
    count: number,
  ): Message => {
    const shown = (d: (typeof first)[number], lang: "da" | "en") => {
      const [got, want] = [figure(d.onSheet)[lang], figure(d.expected)[lang]];
      return lang === "da" ? `${d.address} (${d.what.da}): ${got} på arket, ${want} beregnet` : `${d.address} (${d.what.en}): ${got} on the sheet, ${want} computed`;
    };
    const more = count - first.length;
    return {
      da: `Arket ${sheet} stemmer ikke med beregningen i ${count} celle${count === 1 ? "" : "r"}: ${first.map((d) => shown(d, "da")).join("; ")}${more > 0 ? `; og ${more} til` : ""}`,
      en: `The sheet ${sheet} does not agree with the computation in ${count} cell${count === 1 ? "" : "s"}: ${first.map((d) => shown(d, "en")).join("; ")}${more > 0 ? `; and ${more} more` : ""}`,
    };
  },
  functionsUnknown: (sheet: string, cells: readonly string[]): Message => {
    const list = `${cells.slice(0, 5).join(", ")}${cells.length > 5 ? ` …` : ""}`;
    return {
      da: `Excel kender ikke tilføjelsesprogrammets funktioner i arket ${sheet} (#NAVN? i ${list}). Er tilføjelsesprogrammet indlæst? Kør Selvtest under Funktioner`,
      en: `Excel does not know the add-in's functions on the sheet ${sheet} (#NAME? at ${list}). Is the add-in loaded? Run the self-test under Functions`,
    };
  },
  stillCalculating: (sheet: string, seconds: number): Message => ({
    da: `Excel regnede stadig på arket ${sheet} efter ${seconds} sekunder, så tallene kunne ikke kontrolleres`,
    en: `Excel was still calculating the sheet ${sheet} after ${seconds} seconds, so its figures could not be checked`,
  }),
  changesNeedIds: (): Message => ({
    da: "Ændringer kræver en kolonne med elevens navn eller nummer at sammenholde efter",
    en: "Changes need a column with the pupil's name or number to match pupils by",
  }),
  profileNameWildcard: (name: string): Message => ({
    da: `Modellens navn "${name}" må ikke indeholde *, ? eller ~: Excel læser dem som jokertegn, når modellen slås op efter navn`,
    en: `The model's name "${name}" must not contain *, ? or ~: Excel reads them as wildcards when it looks the model up by name`,
  }),
  keyAllZero: (key: "pupils" | "payments" | "deficit"): Message => {
    const what = {
      pupils: { da: "elever", en: "pupils" },
      payments: { da: "betaling", en: "payments" },
      deficit: { da: "betaling ud over sit budget", en: "payments beyond its budget" },
    }[key];
    return {
      da: `Ingen skole har ${what.da}, så sikkerhedsnettet kan ikke fordeles efter den nøgle; vælg en anden nøgle`,
      en: `No school has ${what.en}, so the safety net cannot be split by that key; choose another key`,
    };
  },
  deficitNeedsBudget: (): Message => ({
    da: "Nøglen underskud er skolens betaling ud over dens budget, og der er ikke skrevet et budget for skolerne",
    en: "The deficit key is a school's payments beyond its budget, and no budget for the schools has been written",
  }),
  sheetGone: (sheet: string): Message => ({
    da: `Arket ${sheet} findes ikke længere i projektmappen`,
    en: `The sheet ${sheet} is no longer in the workbook`,
  }),
  notWrittenByUs: (sheet: string): Message => ({
    da: `Projektmappen husker ikke, hvad arket ${sheet} blev skrevet for; skriv det igen fra fanen Model`,
    en: `The workbook does not remember what the sheet ${sheet} was written for; write it again from the Model tab`,
  }),
  profileMissing: (name: string): Message => ({
    da: `Modellen "${name}" findes ikke på arket Incitamentsmodel (eller dens tal er ikke tal)`,
    en: `The model "${name}" is not on the sheet Incitamentsmodel (or its figures are not numbers)`,
  }),
  schoolYearMissing: (): Message => ({
    da: "Skoleåret på arket Incitamentsmodel (C6) er ikke et år mellem 1900 og 9998",
    en: "The school year on the sheet Incitamentsmodel (C6) is not a year between 1900 and 9998",
  }),
  // The catalogue of proposals (src/core/catalogue.ts).
  duplicateNumber: (number: string, others: readonly string[]): Message => ({
    da: `Forslagsnummeret ${number} bruges også af ${others.join(", ")}`,
    en: `The proposal number ${number} is also used by ${others.join(", ")}`,
  }),
  cannotConvert: (from: number | null, to: number, lacking: number | null): Message =>
    from === null
      ? { da: `Forslaget angiver intet prisniveau og kan ikke omregnes til ${to} p/l; beløbene er ikke med i totalerne`, en: `The proposal states no price level and cannot be converted to ${to} p/l; its amounts are left out of the totals` }
      : {
          da: `${from} p/l kan ikke omregnes til ${to} p/l: indekstabellen mangler ${lacking ?? from}; beløbene er ikke med i totalerne`,
          en: `${from} p/l cannot be converted to ${to} p/l: the index table lacks ${lacking ?? from}; its amounts are left out of the totals`,
        },
  signOfType: (type: string, sum: string, expected: "negative" | "positive"): Message =>
    expected === "negative"
      ? { da: `Et forslag af typen ${type} skal samlet have negativt fortegn (en besparelse), men summerer til ${sum}: er fortegnet vendt?`, en: `A proposal of the type ${type} should be negative in all (a saving), but sums to ${sum}: is the sign flipped?` }
      : { da: `Et forslag af typen ${type} skal samlet have positivt fortegn (en udgift), men summerer til ${sum}: er fortegnet vendt?`, en: `A proposal of the type ${type} should be positive in all (a cost), but sums to ${sum}: is the sign flipped?` },
  targetsWithoutYears: (): Message => ({
    da: "Målene skal stå i en tabel med budgetårene i overskriften og udvalgene i første kolonne",
    en: "The targets must be a table with the budget years in its header and the committees in its first column",
  }),
  targetNotNumber: (committee: string, year: number, got: unknown): Message => {
    const g = figure(got);
    return { da: `Målet for ${committee} i ${year} er ikke et tal: ${g.da}`, en: `The target for ${committee} in ${year} is not a number: ${g.en}` };
  },
  permanentNotSaving: (sum: string): Message => ({
    da: `Investeringens varige ændringer summerer til ${sum}; de skal være en besparelse (negative): er fortegnet vendt?`,
    en: `The investment's permanent changes sum to ${sum}; they should be a saving (negative): is the sign flipped?`,
  }),
  internal: (): Message => ({
    da: "Uventet fejl i tilføjelsesprogrammet; kontakt support",
    en: "unexpected error in the add-in; please contact support",
  }),
} as const;
