import { parseCell, rangeAddress } from "../core/address";
import { literal } from "../core/cellText";
import { figure, plainNumber } from "../core/messages";
import { Batch } from "./batch";
import { hostName } from "./formulas";
import { type ExcelHost, REQUIREMENT_SETS } from "./host";
import type { CellInput, SheetLayout } from "../sheets/layouts";
import { COLOURS, sheetStyle, widthInPoints } from "../sheets/style";
import { finishLayout, freeSheetName, writeFormulas, writeLayout } from "./workbook";

/*
 * The self-test (issue #13): every behaviour of Excel the add-in relies on, exercised in a temporary
 * sheet of the user's own Excel, so the first person with the real thing can confirm in one click
 * what our machines only model. Each check says what it saw; the sheet is deleted afterwards.
 */

/** What the pane knows of its host, for the report. */
export interface HostAbout {
  readonly host: string;
  readonly platform: string | null;
  readonly version: string | null;
  readonly displayLanguage: string | null;
  /** Requirement sets, e.g. "ExcelApi 1.9" → true (Office.context.requirements.isSetSupported). */
  readonly requirements: Readonly<Record<string, boolean>>;
}

/** What the add-in needs at least; the report names every set it uses (REQUIREMENT_SETS, host.ts). */
const NEEDED = ["ExcelApi 1.4", "CustomFunctionsRuntime 1.2"];

export type CheckStatus = "ok" | "failed" | "notApplicable";

export interface SelfTestCheck {
  /** "function:PAYBACK", "invariantNames", "names", "unknownFunction", "functionNames", "textStaysText", "autoFill", "nullCells", "chart", "look", "freezePanes", "dataValidation", "formulasLocal", "requirements", "calculation", "calculationState", "structuredReferences", "cleanup". */
  readonly id: string;
  readonly status: CheckStatus;
  /** What the check saw, as Excel gave it. */
  readonly saw: string;
}

export interface SelfTestReport {
  readonly about: HostAbout;
  readonly functionNames: ExcelHost["functionNames"];
  readonly checks: readonly SelfTestCheck[];
}

/** Each function of ours at a known answer (the README's and DOMAIN.md's worked examples). */
const FUNCTIONS: readonly { readonly id: string; readonly formula: string; readonly answer: number | boolean }[] = [
  { id: "SEGREGATION.PAYMENT", formula: "=SEGREGATION.PAYMENT(280000)", answer: 272497.5 },
  { id: "SEGREGATION.CENTRAL", formula: "=SEGREGATION.CENTRAL(400000)", answer: 112923 },
  { id: "SEGREGATION.LIABLE", formula: "=SEGREGATION.LIABLE(DATE(2023,8,1),DATE(2024,1,31),2023)", answer: 184 / 366 },
  { id: "SEGREGATION.TOTAL", formula: "=SEGREGATION.TOTAL(O1:O4)", answer: 887077 },
  { id: "SEGREGATION.CALIBRATE", formula: "=SEGREGATION.CALIBRATE(O1:O4,700000)", answer: 183333 },
  { id: "PAYBACK", formula: "=PAYBACK(A1:F1)", answer: 6 },
  { id: "PAYBACK.DISCOUNTED", formula: "=PAYBACK.DISCOUNTED(A1:F1,0.035)", answer: 6 },
  { id: "PRESENTVALUE", formula: "=ROUND(PRESENTVALUE(A1:F1),6)", answer: -480.124489 },
  { id: "PRICELEVEL", formula: "=PRICELEVEL(1042,2022,2023,H1:I2)", answer: 1085 },
  { id: "FULLYEAR", formula: "=FULLYEAR(DATE(2020,1,1),DATE(2020,6,30),2020)", answer: 182 / 366 },
  { id: "ALLOCATE", formula: "=INDEX(ALLOCATE(5000000,K1:K2),1)", answer: 2500000 },
  { id: "SUMCHECK", formula: "=SUMCHECK(M1:M6,M7,1)", answer: true },
];
const FUNCTION_ROW = 9; // row 10
const LOOK_ROW = 17; // row 18
const LOOK_INPUT = rangeAddress(LOOK_ROW + 1, 0, 1, 1);
const NAME = "Selvtest_Navn";
/** A function no Excel has. */
const UNKNOWN_FUNCTION = "SPECIALOKONOMI.UKENDT";
/** A little table and two formulas over it by structured reference. */
const TABLE = "Selvtest_Tabel";
const TABLE_RANGE = "H20:H22";
const TABLE_FORMULAS = "J18:J19"; // above the table: rows it gains or loses do not move them
/** Text written with its quote prefix, and "+5". */
const TEXT_RANGE = "G14:I14";
/** PAYBACK by its English names, and by its Danish. */
const NAMES_RANGE = "K14:L14";

/** The temporary sheet: seed 000's flows, an index table, keys, Ballerup 2014, and the functions. */
function layout(sheet: string): SheetLayout {
  const cells: CellInput[][] = Array.from({ length: 12 }, () => []);
  cells[0] = [625, 1080, 500, -1000, -1000, -1000, null, 2022, 104.2, null, 1, null, 3];
  cells[1] = [null, null, null, null, null, null, null, 2023, 108.5, null, 1, null, 8.7];
  [5.8, 7.1, 2.6, 3.1, 30.4].forEach((x, i) => (cells[2 + i] = [...Array<CellInput>(12).fill(null), x]));
  // DOMAIN.md §7's four annual costs in O1:O4.
  [150000, 200000, 250000, 400000].forEach((cost, i) => (cells[i][14] = cost));
  cells[FUNCTION_ROW] = FUNCTIONS.map((f) => f.formula);
  // A function this Excel does not know: #NAME?, which ERROR.TYPE answers with 5 — the distributed
  // templates show their note on it, not #NAME? (src/sheets/withoutAddIn.ts).
  cells[11] = [21, `=${NAME}*2`, `=ERROR.TYPE(${UNKNOWN_FUNCTION}(1))`, "=SUMPRODUCT(--(A13:C13=\"Ja\"),D13:F13)", "=SUMPRODUCT(--(A13:C13=\"\"),D13:F13)"];
  // The catalogue's totals (issue #31): SUMPRODUCT takes a text entry ("" where a proposal cannot be
  // converted) as 0, and an empty cell equals "" (a proposal without a committee).
  cells[12] = ["Ja", "Ja", null, 5, '=""', 11];
  // A small table with the look the pane gives its sheets: header, input with a drop-down, frozen row.
  cells[LOOK_ROW] = ["Overskrift til en tabel", "Ja", "Nej"];
  cells[LOOK_ROW + 1] = ["Ja"];
  const style = sheetStyle(cells, {
    headers: [rangeAddress(LOOK_ROW, 0, 1, 1)],
    inputs: [LOOK_INPUT],
    tables: [rangeAddress(LOOK_ROW, 0, 2, 1)],
    freezeRows: 1,
    validations: [{ address: LOOK_INPUT, source: { sheet: null, address: rangeAddress(LOOK_ROW, 1, 1, 2, true) } }],
  });
  return { sheet, cells, names: [], numberFormats: [], bold: [], style };
}

const same = (seen: unknown, answer: number | boolean): boolean =>
  typeof answer === "boolean" ? seen === answer : typeof seen === "number" && Math.abs(seen - answer) <= 1e-12 * Math.max(1, Math.abs(answer));
/**
 * A value as the host's Excel shows it: a number with its language's grouping and decimal sign and
 * the decimals it has, to 10 significant digits (272.497,5; 1,3; 0,5027322404 in Danish), TRUE as
 * SAND; text as it is.
 */
function shownIn(language: "da" | "en"): (v: unknown) => string {
  return (v) => (typeof v === "number" ? plainNumber(Number(v.toPrecision(10)))[language] : typeof v === "boolean" ? figure(v)[language] : typeof v === "string" && v !== "" ? v : JSON.stringify(v));
}

/** How long the self-test waits for Excel to compute our functions. */
const CALCULATION_TIMEOUT_MS = 60000;

/**
 * Runs every check in a temporary sheet and deletes it again. Never throws: a step Excel refuses is
 * a failed check saying what Excel said.
 */
export async function runSelfTest(
  context: Excel.RequestContext,
  host: ExcelHost,
  about: HostAbout,
  /** The host's language (its display language's names), which the writer's names may differ from (gateway.ts). */
  language: "da" | "en" = host.functionNames === "da" ? "da" : "en",
): Promise<SelfTestReport> {
  const checks: SelfTestCheck[] = [];
  // The report in the host's language: its figures as its Excel shows them.
  const shown = shownIn(language);
  const add = (id: string, status: CheckStatus, saw: string) => checks.push({ id, status, saw });
  const missing = NEEDED.filter((set) => about.requirements[set] !== true);
  add(
    "requirements",
    missing.length === 0 ? "ok" : "failed",
    REQUIREMENT_SETS.map((set) => `${set} ${about.requirements[set] === true ? "✓" : "✗"}`).join(", "),
  );

  const batch = new Batch(context);
  const sheets = context.workbook.worksheets.load("items/name");
  await batch.sync();
  const name = freeSheetName("Selvtest (i gang)", sheets.items.map((s) => s.name));
  let created = false;
  try {
    const sheet = context.workbook.worksheets.add(name);
    created = true;
    context.workbook.names.add(NAME, sheet.getRange("A12"));
    const sheetLayout = layout(name);
    const written = await writeLayout(batch, sheet, sheetLayout, host);
    // Excel's fill handle on relative references, where the host has it (ExcelApi 1.9).
    sheet.getRange("A14:A16").values = [[5], [6], [7]];
    sheet.getRange("B14").formulas = [["=A14*2"]];
    if (host.autoFill) sheet.getRange("B14").autoFill("B14:B16", "FillDefault");
    // null in a formulas array leaves the cell as it is.
    sheet.getRange("C14").values = [[7]];
    sheet.getRange("C14:D14").formulas = [[null, "=1+1"]] as never;
    // formulasLocal: read in the host's spelling, written back, read as the invariant formula.
    sheet.getRange("E14").formulas = [["=ROUND(1.25,1)"]];
    const local = sheet.getRange("E14").load("formulasLocal");
    sheet.charts.add("BarClustered", sheet.getRange("A14:B16"), "Columns");
    // The sensitivity sheet's chart: lines with markers, one series #N/A but for one point (a mark).
    sheet.getRange("C15:C16").formulas = [["=NA()"], ["=B16"]];
    sheet.charts.add("LineMarkers", sheet.getRange("A14:C16"), "Columns");
    // A table followed by structured references, a row added and one deleted (issue #26: the result
    // sheet takes the pupil list's rows by position over the table's columns).
    sheet.getRange(TABLE_RANGE).values = [["Beløb"], [1], [2]];
    const table = context.workbook.tables.add(`'${name.replace(/'/g, "''")}'!${TABLE_RANGE}`, true);
    table.name = TABLE;
    sheet.getRange(TABLE_FORMULAS).formulas = [[`=ROWS(${TABLE}[[Beløb]])`], [`=INDEX(${TABLE}[[Beløb]],2)`]];
    table.rows.add(undefined as never, [[3]]);
    table.rows.getItemAt(0).delete();
    await batch.sync();
    if (written.localizing.length > 0) await finishLayout(batch, written, host);
    sheet.getRange("F14").formulasLocal = [[local.formulasLocal[0][0]]] as never;
    // Which names this Excel knows our functions by (issue #29): PAYBACK written once with the English
    // names and once with the Danish, each as the writer writes them.
    await writeFormulas(context, name, NAMES_RANGE.split(":")[0], [["=PAYBACK(A1:F1)"]], { ...host, functionNames: "en" });
    await writeFormulas(context, name, NAMES_RANGE.split(":")[1], [["=PAYBACK(A1:F1)"]], { ...host, functionNames: "da" });
    // A user's text as the add-in writes it (core/cellText.ts): kept as text by its quote prefix,
    // whatever it looks like; and "+5" as Excel takes typed input.
    sheet.getRange(TEXT_RANGE).values = [[literal("=1+1"), literal("0042"), "+5"]];

    const functions = sheet.getRange(rangeAddress(FUNCTION_ROW, 0, 1, FUNCTIONS.length));
    const rest = sheet.getRange("A12:F16");
    const structured = sheet.getRange(TABLE_FORMULAS);
    const texts = sheet.getRange(TEXT_RANGE).load("values");
    const known = sheet.getRange(NAMES_RANGE);
    const charts = sheet.charts.load("items/name,items/chartType");
    const lookHeader = sheet.getRange(rangeAddress(LOOK_ROW, 0, 1, 1)).load("format/fill/color,format/columnWidth");
    const lookInput = sheet.getRange(LOOK_INPUT).load(host.dataValidation ? "format/fill/color,format/protection/locked,dataValidation/type" : "format/fill/color,format/protection/locked");
    const frozen = host.freezePanes ? sheet.freezePanes.getLocationOrNullObject().load("address") : null;
    const expectedWidth = widthInPoints(sheetLayout.style?.widths[0] ?? 0);
    const load = () => {
      functions.load("values,formulas,formulasLocal");
      rest.load("values,formulas");
      structured.load("values");
      known.load("values");
    };
    load();
    await batch.sync();
    const started = Date.now();
    let reads = 1;
    for (let wait = 0; [...functions.values[0], ...rest.values.flat(), ...known.values[0]].includes("#BUSY!"); wait = Math.min(1000, wait * 2 + 100)) {
      if (Date.now() - started > CALCULATION_TIMEOUT_MS) break;
      await new Promise((resolve) => setTimeout(resolve, wait));
      load();
      await batch.sync();
      reads += 1;
    }
    const busy = [...functions.values[0], ...rest.values.flat()].includes("#BUSY!");
    const seconds = CALCULATION_TIMEOUT_MS / 1000;
    const readsSaid = language === "da" ? `${reads} ${reads === 1 ? "læsning" : "læsninger"}` : `${reads} read${reads === 1 ? "" : "s"}`;
    add("calculation", busy ? "failed" : "ok", busy ? (language === "da" ? `#BUSY! efter ${seconds} s` : `#BUSY! after ${seconds} s`) : readsSaid);
    // Once nothing shows #BUSY!, Excel says it is done (ExcelApi 1.9): the read-back waits for this.
    if (host.calculationState) {
      const application = context.workbook.application.load("calculationState");
      await batch.sync();
      add("calculationState", application.calculationState === "Done" ? "ok" : "failed", String(application.calculationState));
    } else {
      add("calculationState", "notApplicable", "ExcelApi 1.9");
    }
    // The table after a row added and its first deleted: 2 rows, the second is the added 3, no #REF!.
    const [rows, second] = structured.values.map((row) => row[0]);
    add("structuredReferences", rows === 2 && second === 3 ? "ok" : "failed", `ROWS → ${shown(rows)}, INDEX(…;2) → ${shown(second)}`);

    FUNCTIONS.forEach((f, i) => {
      const formula = String(functions.formulasLocal[0][i]);
      const value = functions.values[0][i];
      const named = formula.toUpperCase().includes(`${hostName(f.id, host.functionNames).toUpperCase()}(`);
      add(`function:${f.id}`, named && same(value, f.answer) ? "ok" : "failed", `${formula} → ${shown(value)}`);
    });
    // `formulas` gives our functions by their ids in any Excel: the price-level conversion reads
    // PRICELEVEL(…) back through it to re-point a converted table.
    const invariant = functions.formulas[0].map(String);
    const byId = FUNCTIONS.every((f, i) => invariant[i].toUpperCase().includes(`${f.id.toUpperCase()}(`));
    add("invariantNames", byId ? "ok" : "failed", invariant[FUNCTIONS.findIndex((f) => f.id === "PAYBACK")]);
    const at = (address: string) => {
      const { row, column: c } = parseCell(address);
      const r = row - 11;
      return { value: rest.values[r][c], formula: rest.formulas[r][c] };
    };
    add("names", at("B12").value === 42 ? "ok" : "failed", `=${NAME}*2 → ${shown(at("B12").value)}`);
    add("unknownFunction", at("C12").value === 5 ? "ok" : "failed", `=ERROR.TYPE(${UNKNOWN_FUNCTION}(1)) → ${shown(at("C12").value)}`);
    add("sumproductText", at("D12").value === 5 && at("E12").value === 11 ? "ok" : "failed", `${shown(at("D12").value)} (5), ${shown(at("E12").value)} (11)`);
    const [english, danish] = known.values[0];
    const knows = { en: english === 6, da: danish === 6 };
    const said = (names: "en" | "da", value: unknown) =>
      `${hostName("PAYBACK", names)} → ${shown(value)} (${language === "da" ? (names === "da" ? "danske navne" : "engelske navne") : names === "da" ? "Danish names" : "English names"})`;
    add("functionNames", knows[host.functionNames] ? "ok" : "failed", `${said("en", english)}, ${said("da", danish)}`);
    const [formulaText, numberText, plus] = texts.values[0];
    add("textStaysText", formulaText === "=1+1" && numberText === "0042" && plus === 5 ? "ok" : "failed", `'=1+1 → ${shown(formulaText)}, '0042 → ${shown(numberText)}, +5 → ${shown(plus)}`);
    if (host.autoFill) {
      const filled = [at("B15"), at("B16")];
      const ok = filled[0].formula === "=A15*2" && filled[1].formula === "=A16*2" && filled[0].value === 12 && filled[1].value === 14;
      add("autoFill", ok ? "ok" : "failed", filled.map((f) => `${shown(f.formula)} → ${shown(f.value)}`).join("; "));
    } else {
      add("autoFill", "notApplicable", "ExcelApi 1.9");
    }
    add("nullCells", at("C14").value === 7 && at("D14").value === 2 ? "ok" : "failed", `C14 ${shown(at("C14").value)}, D14 ${shown(at("D14").value)}`);
    const types = charts.items.map((c) => c.chartType);
    add("chart", types.join() === "BarClustered,LineMarkers" ? "ok" : "failed", types.join(", ") || "0");
    // The look (issue #15): fills, an unlocked input, a column as wide as its header.
    const fills = [lookHeader.format.fill.color, lookInput.format.fill.color].map((c) => String(c).toUpperCase());
    const width = lookHeader.format.columnWidth;
    const looks = fills[0] === COLOURS.header && fills[1] === COLOURS.input && !lookInput.format.protection.locked && Math.abs(width - expectedWidth) <= 1;
    add("look", looks ? "ok" : "failed", `${fills.join(", ")}, locked ${String(lookInput.format.protection.locked)}, ${width} pt (${expectedWidth})`);
    if (frozen === null) add("freezePanes", "notApplicable", "ExcelApi 1.7");
    else add("freezePanes", !frozen.isNullObject && /!?\$?1:\$?1$/.test(frozen.address) ? "ok" : "failed", frozen.isNullObject ? "none" : frozen.address);
    if (host.dataValidation) add("dataValidation", lookInput.dataValidation.type === "List" ? "ok" : "failed", String(lookInput.dataValidation.type));
    else add("dataValidation", "notApplicable", "ExcelApi 1.8");
    const expectedLocal = host.functionNames === "da" ? "=AFRUND(1,25;1)" : "=ROUND(1.25,1)";
    const seenLocal = String(local.formulasLocal[0][0]);
    const roundTrip = at("F14");
    add(
      "formulasLocal",
      seenLocal === expectedLocal && roundTrip.formula === "=ROUND(1.25,1)" && roundTrip.value === 1.3 ? "ok" : "failed",
      `${seenLocal} → ${shown(roundTrip.formula)} → ${shown(roundTrip.value)}`,
    );
  } catch (error) {
    add("ran", "failed", error instanceof Error ? error.message : String(error));
  } finally {
    add("cleanup", ...(await cleanUp(context, created ? name : null)));
  }
  return { about, functionNames: host.functionNames, checks };
}

/** Deletes the temporary sheet and name, and confirms they are gone. */
async function cleanUp(context: Excel.RequestContext, sheet: string | null): Promise<[CheckStatus, string]> {
  try {
    const names = context.workbook.names.load("items/name");
    await context.sync();
    if (names.items.some((n) => n.name === NAME)) context.workbook.names.getItem(NAME).delete();
    if (sheet !== null) context.workbook.worksheets.getItem(sheet).delete();
    await context.sync();
    const left = sheet === null ? null : context.workbook.worksheets.getItemOrNullObject(sheet).load("name");
    await context.sync();
    return left === null || left.isNullObject ? ["ok", sheet ?? "-"] : ["failed", `${sheet} remains`];
  } catch (error) {
    return ["failed", error instanceof Error ? error.message : String(error)];
  }
}
