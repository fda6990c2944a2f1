import { Dec } from "../core/decimal";
import type { UiLanguage } from "../office/host";

/**
 * Kroner as a Danish finance officer reads them: 1.234.567 kr., or 272.497,50 kr. when there are
 * øre; in English 1,234,567 kr. The amount arrives as an exact decimal's string or a number.
 */
export function formatKroner(amount: { toString(): string } | number, language: UiLanguage): string {
  return `${formatAmount(amount, language)} kr.`;
}

/**
 * An amount without its unit, for a column whose header names it: 1.234.567 or 272.497,50. A column
 * shows one number of decimals: pass `decimals` from {@link columnDecimals} so "250.000,00" stands
 * under "472.497,50" rather than "250.000".
 */
export function formatAmount(amount: { toString(): string } | number, language: UiLanguage, decimals?: 0 | 2): string {
  const value = typeof amount === "number" ? amount : Number(amount.toString());
  return formatNumber(value, language, decimals ?? (Number.isInteger(value) ? 0 : 2));
}

/**
 * A number with `decimals` decimals, grouped as the language writes it: 1.234.567,50 in Danish,
 * 1,234,567.50 in English. As Intl.NumberFormat("da-DK" / "en-GB") gives it (half away from zero, on
 * the number as it is written: 2.675 → 2,68; test/taskpane/format.test.ts compares them), except that
 * a figure shown as zero has no minus sign. Written out rather than through Intl, whose first use
 * loads the locale's data while the pane is hydrating (DEVELOPING decision 38).
 */
export function formatNumber(value: number, language: UiLanguage, decimals: number): string {
  if (!Number.isFinite(value)) return String(value);
  const [whole, fraction] = new Dec(value).abs().toFixed(decimals).split(".");
  const [group, point] = language === "da" ? [".", ","] : [",", "."];
  const sign = value < 0 && /[1-9]/.test(whole + (fraction ?? "")) ? "-" : "";
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, group)}${fraction === undefined ? "" : point + fraction}`;
}

/** The decimals a column of kroner shows: 2 when any amount has øre, else 0. */
export function columnDecimals(amounts: readonly ({ toString(): string } | number)[]): 0 | 2 {
  return amounts.some((a) => !Number.isInteger(typeof a === "number" ? a : Number(a.toString()))) ? 2 : 0;
}

/** The school year a date falls in: 1 August starts a new one. */
export function currentSchoolYear(today: Date): number {
  return today.getMonth() >= 7 ? today.getFullYear() : today.getFullYear() - 1;
}

/**
 * An amount as typed: Danish "264.995" or "6,5", English "264,995" or "6.5"; spaces ignored.
 * NaN when it is not a number (checkProfile then says which field).
 */
export function parseAmount(text: string, language: UiLanguage): number {
  const compact = text.replace(/\s|kr\.?|%/g, "");
  const [thousands, decimal] = language === "da" ? [".", ","] : [",", "."];
  const normalised = compact.split(thousands).join("").replace(decimal, ".");
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}
