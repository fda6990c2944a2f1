import { Body1, Button, Field, Link, makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { checkWorkbook, type Finding } from "../../core/check";
import { formatMessage } from "../../core/messages";
import type { WorkbookGateway } from "../../office/gateway";
import type { UiLanguage } from "../../office/host";
import { Panel } from "../Panel";
import { STRINGS } from "../strings";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

export interface CheckPanelProps {
  readonly language: UiLanguage;
  readonly gateway: WorkbookGateway;
}

type Outcome = { readonly kind: "findings"; readonly findings: readonly Finding[]; readonly sheets: number } | { readonly kind: "error"; readonly text: string };

/** Checks the active sheet or the whole workbook and lists what it finds, each with a click to the cell. */
export function CheckPanel({ language, gateway }: CheckPanelProps) {
  const styles = useStyles();
  const t = STRINGS[language].check;
  const failed = STRINGS[language].flow.failed;
  const [scope, setScope] = useState<"active" | "workbook">("active");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const run = async () => {
    setBusy(true);
    try {
      const sheets = await gateway.readSheetsForCheck(scope);
      setOutcome({ kind: "findings", findings: checkWorkbook(sheets), sheets: sheets.length });
    } catch (error) {
      setOutcome({ kind: "error", text: failed(error instanceof Error ? error.message : String(error)) });
    } finally {
      setBusy(false);
    }
  };
  const show = (f: Finding) => void gateway.selectCell(f.sheet, f.row, f.column).catch(() => undefined);
  const message = (f: Finding) => (language === "da" ? f.message.da : f.message.en);

  return (
    <Panel
      id="check-heading"
      title={t.heading}
      intro={t.intro}
      notice={
        outcome?.kind === "error"
          ? { intent: "error", text: outcome.text }
          : outcome?.kind === "findings"
            ? outcome.findings.length === 0
              ? { intent: "success", text: t.none(outcome.sheets) }
              : { intent: "info", text: t.foundIn(outcome.findings.length, outcome.sheets) }
            : null
      }
      busy={busy ? t.checking : null}
      after={
        outcome?.kind === "findings" &&
        outcome.findings.length > 0 && (
          <>
            <Body1 block role="heading" aria-level={3}>
              {t.found(outcome.findings.length)}
            </Body1>
            <ul className={styles.list} aria-label={t.found(outcome.findings.length)}>
              {outcome.findings.map((f, i) => (
                <li key={i}>
                  <Body1>
                    {f.sheet}: {message(f)}{" "}
                  </Body1>
                  <Link as="button" onClick={() => show(f)} aria-label={`${t.show}: ${formatMessage(f.message)}`}>
                    {t.show}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )
      }
    >
      <Field label={t.scope}>
        <RadioGroup value={scope} onChange={(_e, data) => setScope(data.value as "active" | "workbook")}>
          <Radio value="active" label={t.activeSheet} />
          <Radio value="workbook" label={t.workbook} />
        </RadioGroup>
      </Field>
      <div>
        <Button appearance="primary" disabled={busy} onClick={() => void run()}>
          {t.run}
        </Button>
      </div>
    </Panel>
  );
}
