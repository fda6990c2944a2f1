/**
 * The words of Danish budget documents the add-in reads, as data in one place (issue #12): what marks
 * a total, a saving, a payback period, a price level, a year header. The check (check.ts) and the
 * pupil-list reader (pupils.ts) ask here; extend a list when a municipality writes it another way.
 */

/** A row's label: its first cell with text other than spaces, trimmed; "" where it has none. */
export function rowLabel(row: readonly unknown[]): string {
  const cell = row.find((v): v is string => typeof v === "string" && v.trim() !== "");
  return cell === undefined ? "" : cell.trim();
}

/** A total row's label: "I alt", "Samlet …", "Total", "Sum", "… i alt", "Netto…", "Hovedtotal". */
export const TOTAL_LABEL = /^\s*((i alt|total|samlet|samlede|sum|hovedtotal)\b|netto)|\bi alt\s*$|\btotal\s*$/i;
/** A row of savings, which must carry a negative sign where the table says so. */
export const SAVING_LABEL = /(besparelse|effektivisering|færre|reduktion|mindreudgift|saving|efficiency)/i;
export const PAYBACK_LABEL = /tilbagebetalingstid|payback/i;
export const TOTAL_IMPACT_LABEL = /samlet økonomisk påvirkning|total economic impact/i;
/** The note under which savings are negative (seed 000). */
export const SIGN_NOTE = /besparelser er angivet med negativt/i;
/** A sub-item already counted in its item's line. */
export const SUB_ITEM = /^\s*heraf\b/i;
/**
 * A row of checks, by its label ("Delposterne stemmer", the initiative plan's): neither an item nor a
 * new section, whatever it holds — TRUE/FALSE in Excel, but 1/0 as LibreOffice stores a comparison
 * inside an IF (read from the file's stored values in the pane).
 */
export const CHECK_ROW_LABEL = /\bstemmer\s*$/i;
/** Amounts in each year's own prices: a price level, though not one year's. */
export const CURRENT_PRICES = /løbende priser|current prices/i;

const PRICE_LEVEL_WORD = String.raw`(?:p\s*\/\s*l|pl|p-l|priser|prisniveau|pris- og lønniveau|pris og lønniveau|pl-niveau|p\/l-niveau)`;
/**
 * A stated price level and its year: "2023 p/l", "2023-p/l", "2022-priser", "2023 PL", "(23-pl)",
 * "pris- og lønniveau 2024", "p/l 2023", "PL 2023", "2023-prisniveau".
 */
const PRICE_LEVELS: readonly RegExp[] = [
  new RegExp(String.raw`(?:^|\D)((?:19|20|21)\d\d)\s*-?\s*${PRICE_LEVEL_WORD}(?![a-zæøå])`, "i"),
  new RegExp(String.raw`(?:^|[^a-zæøå])${PRICE_LEVEL_WORD}\s*[-:]?\s*((?:19|20|21)\d\d)(?!\d)`, "i"),
  /\((\d\d)\s*-\s*p\/?l\)/i,
];

/** A price level stated in a text: its year, and where the year's digits are ("(23-pl)": 2 digits). */
export interface PriceLevelStatement {
  readonly year: number;
  readonly at: number;
  readonly digits: number;
}

/** The price level stated in a text, or null: the one pattern the check and the conversion read. */
export function priceLevelIn(text: string): PriceLevelStatement | null {
  for (const pattern of PRICE_LEVELS) {
    const match = pattern.exec(text);
    if (match === null) continue;
    const digits = match[1];
    // The year's digits are the first digits of the match: nothing before them in any pattern is a digit.
    return { year: digits.length === 2 ? 2000 + Number(digits) : Number(digits), at: match.index + match[0].indexOf(digits), digits: digits.length };
  }
  return null;
}

/** The year of a price level stated in a text, or null. */
export function priceLevelYear(text: string): number | null {
  return priceLevelIn(text)?.year ?? null;
}

/** The text with its stated price level's year replaced by `year` (in as many digits as it had). */
export function withPriceLevelYear(text: string, statement: PriceLevelStatement, year: number): string {
  const digits = statement.digits === 2 ? String(year % 100).padStart(2, "0") : String(year);
  return `${text.slice(0, statement.at)}${digits}${text.slice(statement.at + statement.digits)}`;
}

/**
 * The year a column header names: 2025; "2025"; budget documents' "B2025" (budget), "BO2026"
 * (budgetoverslag), "BF2025", "R2024" (regnskab), "O2025"; a school or fiscal year "2025-26",
 * "2025/26" (its first year). Null for anything else.
 */
export function yearOfHeader(value: unknown): number | null {
  if (typeof value === "number") return Number.isInteger(value) && value >= 1900 && value <= 2199 ? value : null;
  if (typeof value !== "string") return null;
  const match = /^\s*(?:B|BO|BF|R|O|VB)?\s?((?:19|20|21)\d\d)(?:\s*[-/]\s*(\d\d|\d{4}))?\s*$/i.exec(value);
  if (match === null) return null;
  const first = Number(match[1]);
  if (match[2] !== undefined) {
    // The next year, in four digits or in its last two ("2099-00").
    const next = Number(match[2]);
    if (match[2].length === 4 ? next !== first + 1 : next !== (first + 1) % 100) return null;
  }
  return first;
}
