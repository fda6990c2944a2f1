import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { PRICELEVEL } from "../../functions/defs/priceLevel";
import { NumberField } from "../NumberField";
import { useState } from "react";
import { planPriceLevel, type PriceLevelPlan } from "../../sheets/pricelevelPlan";
import type { WorkbookGateway } from "../../office/gateway";
import type { UiLanguage } from "../../office/host";
import { Panel, type PanelNotice } from "../Panel";
import { Question } from "../Question";
import { STRINGS } from "../strings";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: "end" },
  year: { width: "110px" },
});

const INDEX = "Prisindeks";

export interface PriceLevelPanelProps {
  readonly language: UiLanguage;
  readonly gateway: WorkbookGateway;
  /** The year to suggest as the target price level. */
  readonly year: number;
}

type Selection = { sheet: string; address: string; formulas: unknown[][]; hasIndex: boolean };

/** Converts a selected table to another price level with PRICELEVEL formulas, after asking. */
export function PriceLevelPanel({ language, gateway, year }: PriceLevelPanelProps) {
  const styles = useStyles();
  const t = STRINGS[language].priceLevel;
  const failed = STRINGS[language].flow.failed;
  const [selection, setSelection] = useState<Selection | null>(null);
  const [years, setYears] = useState({ from: year, to: year - 1 });
  const [plan, setPlan] = useState<PriceLevelPlan | null>(null);
  const [asking, setAsking] = useState(false);
  const [notice, setNotice] = useState<PanelNotice>(null);
  const stated = selection === null ? null : planPriceLevel(selection.formulas, years.from, years.to, INDEX).statedYear;

  const attempt = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      setNotice({ intent: "error", text: failed(error instanceof Error ? error.message : String(error)) });
    }
  };
  const read = () =>
    attempt(async () => {
      const s = await gateway.readSelectionFormulas();
      const statedYear = planPriceLevel(s.formulas, 0, 0, INDEX).statedYear;
      setSelection(s);
      // Seed 000 is drafted in one year's p/l and booked in the year before: suggest that.
      if (statedYear !== null) setYears({ from: statedYear, to: statedYear - 1 });
      setNotice(s.hasIndex ? null : { intent: "info", text: t.noIndex });
    });
  const prepare = () =>
    attempt(async () => {
      if (selection === null) return;
      const next = planPriceLevel(selection.formulas, stated ?? years.from, years.to, INDEX);
      // One table at a time: a second table's headings and its own p/l line are not this one's.
      if (next.tables > 1) {
        setNotice({ intent: "error", text: t.oneTable(next.tables) });
        return;
      }
      if (next.changed === 0) {
        setNotice({ intent: "info", text: t.nothing });
        return;
      }
      // Every year the formulas would look up must be in the index table as it is now, or each cell would show #N/A.
      const indexYears = (await gateway.readIndexYears()) ?? [];
      const missing = next.yearsNeeded.filter((y) => !indexYears.includes(y));
      if (missing.length > 0) {
        setNotice({ intent: "error", text: t.indexMissing(missing) });
        return;
      }
      setPlan(next);
      setAsking(true);
    });
  const convert = () =>
    attempt(async () => {
      setAsking(false);
      if (selection === null || plan === null) return;
      await gateway.writeFormulas(selection.sheet, selection.address, plan.formulas);
      setNotice({ intent: "success", text: t.converted(plan.changed, years.to) });
      setSelection(null);
    });
  const createIndex = () =>
    attempt(async () => {
      const outcome = await gateway.createPriceIndex(Math.min(years.from, years.to) - 2, Math.max(years.from, years.to) + 2);
      setNotice(outcome.kind === "done" ? { intent: "success", text: t.indexCreated(outcome.sheet) } : { intent: "error", text: failed(outcome.kind === "failed" ? outcome.error : "") });
      if (outcome.kind === "done" && selection !== null) setSelection({ ...selection, hasIndex: true });
    });
  const spin = (key: "from" | "to") => (next: number | null) => {
    if (next !== null) setYears((y) => ({ ...y, [key]: next }));
  };
  const functionName = language === "da" ? PRICELEVEL.da.name : PRICELEVEL.id;

  return (
    <Panel id="pricelevel-heading" title={t.heading} intro={t.intro(functionName)} notice={notice}>
      <div className={styles.row}>
        <Button onClick={() => void read()}>{t.read}</Button>
        {selection !== null && !selection.hasIndex && <Button onClick={() => void createIndex()}>{t.createIndex}</Button>}
      </div>
      {selection !== null && (
        <>
          <Body1 block>{stated !== null ? t.stated(stated) : t.notStated}</Body1>
          <div className={styles.row}>
            {stated === null && (
              <NumberField language={language} kind="whole" className={styles.year} label={t.fromYear} value={years.from} min={1900} max={9999} step={1} onChange={spin("from")} />
            )}
            <NumberField language={language} kind="whole" className={styles.year} label={t.toYear} value={years.to} min={1900} max={9999} step={1} onChange={spin("to")} />
            <Button appearance="primary" disabled={!selection.hasIndex} onClick={() => void prepare()}>
              {t.convert}
            </Button>
          </div>
        </>
      )}
      <Question
        open={asking}
        title={t.confirmTitle}
        text={plan === null || selection === null ? "" : t.confirm(plan.changed, `${selection.sheet}!${selection.address}`, stated ?? years.from, years.to)}
        answers={[
          { label: t.yes, onClick: () => void convert() },
          { label: t.cancel, onClick: () => setAsking(false) },
        ]}
        onDismiss={() => setAsking(false)}
      />
    </Panel>
  );
}
