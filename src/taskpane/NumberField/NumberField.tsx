import { Field, SpinButton } from "@fluentui/react-components";
import type { UiLanguage } from "../../office/host";
import { formatNumber, parseAmount } from "../format";
import { STRINGS } from "../strings";

/** What a number field holds: whole kroner (1.153.000), a fraction (0,05), or a plain whole number (a year, a count). */
export type NumberKind = "kroner" | "fraction" | "whole";

export interface NumberFieldProps {
  readonly label: string;
  /** null: an empty field (nothing read or typed yet). */
  readonly value: number | null;
  /** The number typed or stepped to; null when the field was emptied. */
  readonly onChange: (value: number | null) => void;
  readonly language: UiLanguage;
  readonly kind: NumberKind;
  readonly step: number;
  /** @default 0 */
  readonly min?: number;
  readonly max?: number;
  readonly className?: string;
  readonly disabled?: boolean;
  /** Shown under the field (why it is empty, where its figure comes from). */
  readonly hint?: string;
  /** @default "vertical" */
  readonly orientation?: "vertical" | "horizontal";
}

/** A number as the field shows it: the language's grouping and decimal sign for amounts; a year as it is. */
export function shownNumber(value: number, kind: NumberKind, language: UiLanguage): string {
  if (kind === "whole") return String(value);
  if (kind === "fraction") {
    // As many decimals as it has, up to four: 0,05 and 0,375, never 0,0500.
    const decimals = Math.min(4, (String(value).split(".")[1] ?? "").length);
    return formatNumber(value, language, decimals);
  }
  return formatNumber(value, language, Number.isInteger(value) ? 0 : 2);
}

/** A number as typed into a field: the language's way (1.153.000, 6,5), or a plain year. NaN where it is no number. */
export function typedNumber(text: string, kind: NumberKind, language: UiLanguage): number {
  const compact = text.trim();
  if (kind === "whole") return /^\d+$/.test(compact.replace(/[.\s]/g, "")) ? Number(compact.replace(/[.\s]/g, "")) : Number.NaN;
  return parseAmount(compact, language);
}

/**
 * Every number field of the pane: shown and typed the pane's language's way (1.153.000 and 6,5 in
 * Danish), its spin buttons named in that language, an empty field for a figure nobody has given.
 * A typed text that is no number, or outside min–max, is not taken: the field shows the last number.
 */
export function NumberField({ label, value, onChange, language, kind, step, min = 0, max, className, disabled, hint, orientation = "vertical" }: NumberFieldProps) {
  const words = STRINGS[language].numberField;
  return (
    <Field label={label} className={className} hint={hint} orientation={orientation}>
      <SpinButton
        value={value}
        displayValue={value === null ? "" : shownNumber(value, kind, language)}
        min={min}
        max={max}
        step={step}
        disabled={disabled}
        incrementButton={{ "aria-label": words.increase }}
        decrementButton={{ "aria-label": words.decrease }}
        onChange={(_e, data) => {
          if (data.value !== undefined && data.value !== null) {
            onChange(data.value);
            return;
          }
          const text = String(data.displayValue ?? "");
          if (text.trim() === "") {
            onChange(null);
            return;
          }
          const next = typedNumber(text, kind, language);
          const whole = kind === "fraction" || Number.isInteger(next); // kroner typed here are whole kroner
          if (Number.isFinite(next) && whole && next >= min && (max === undefined || next <= max)) onChange(next);
          else onChange(value); // not taken: the field shows the last number again
        }}
      />
    </Field>
  );
}
