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
  const shown = decimals ?? (Number.isInteger(value) ? 0 : 2);
  return new Intl.NumberFormat(language === "da" ? "da-DK" : "en-GB", {
    minimumFractionDigits: shown,
    maximumFractionDigits: shown,
  }).format(value);
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
