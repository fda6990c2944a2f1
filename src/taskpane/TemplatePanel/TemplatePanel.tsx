import { Body1, Button, Checkbox, Field, makeStyles, Select, Spinner, tokens } from "@fluentui/react-components";
import { NumberField } from "../NumberField";
import { useState } from "react";
import type { WorkbookGateway } from "../../office/gateway";
import type { UiLanguage } from "../../office/host";
import { SEED_YEARS, TEMPLATE_KINDS, type TemplateKind, WITHOUT_YEARS } from "../../sheets/templates";
import { Panel, type PanelNotice } from "../Panel";
import { STRINGS } from "../strings";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  select: { width: "100%" },
  year: { width: "110px" },
});

export interface TemplatePanelProps {
  readonly language: UiLanguage;
  readonly gateway: WorkbookGateway;
  /** The year to start the year columns and the price level from. */
  readonly year: number;
}

/** Inserts a municipal proposal template as a new sheet with live formulas. */
export function TemplatePanel({ language, gateway, year }: TemplatePanelProps) {
  const styles = useStyles();
  const t = STRINGS[language].templates;
  const failed = STRINGS[language].flow.failed;
  const [kind, setKind] = useState<TemplateKind>("investment");
  const [options, setOptions] = useState({ firstYear: year, years: 4, priceYear: year, filled: false });
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<PanelNotice>(null);
  const number = (key: "firstYear" | "years" | "priceYear") => (next: number | null) => {
    if (next !== null) setOptions((o) => ({ ...o, [key]: next }));
  };
  // Filled with the seed's figures, the template has the seed's years: the fields show them, disabled, not ignored.
  const seed = options.filled ? SEED_YEARS[kind] : null;
  const shown = seed ?? options;

  const insert = async () => {
    setBusy(true);
    setNotice(null);
    try {
      const outcome = await gateway.insertTemplate({ kind, options, name: t.kinds[kind] });
      setNotice(
        outcome.kind === "done"
          ? { intent: "success", text: t.inserted(outcome.sheet) }
          : { intent: "error", text: failed(outcome.kind === "failed" ? outcome.error : outcome.name) },
      );
    } catch (error) {
      setNotice({ intent: "error", text: failed(error instanceof Error ? error.message : String(error)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Panel id="templates-heading" title={t.heading} intro={t.intro} notice={notice}>
      <Field label={t.kind}>
        <Select className={styles.select} value={kind} onChange={(_e, data) => setKind(data.value as TemplateKind)}>
          {TEMPLATE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t.kinds[k]}
            </option>
          ))}
        </Select>
      </Field>
      {!WITHOUT_YEARS.includes(kind) && (
        <div className={styles.row}>
          <NumberField language={language} kind="whole" className={styles.year} label={t.firstYear} value={shown.firstYear} min={1900} max={9999} step={1} disabled={seed !== null} onChange={number("firstYear")} />
          <NumberField language={language} kind="whole" className={styles.year} label={t.years} value={shown.years} min={1} max={20} step={1} disabled={seed !== null} onChange={number("years")} />
          <NumberField language={language} kind="whole" className={styles.year} label={t.priceYear} value={shown.priceYear} min={1900} max={9999} step={1} disabled={seed !== null} onChange={number("priceYear")} />
        </div>
      )}
      <Checkbox label={t.filled} checked={options.filled} onChange={(_e, data) => setOptions((o) => ({ ...o, filled: data.checked === true }))} />
      {seed !== null && <Body1 block>{t.seedYears(seed.firstYear, seed.firstYear + seed.years - 1, seed.priceYear)}</Body1>}
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => void insert()}>
          {t.insert}
        </Button>
        {busy && <Spinner size="tiny" />}
      </div>
    </Panel>
  );
}
