import { Body1, Button, Caption1, Field, makeStyles, Spinner, Subtitle2, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookGateway } from "../../office/gateway";
import type { UiLanguage } from "../../office/host";
import type { HostAbout, SelfTestCheck, SelfTestReport } from "../../office/selfTest";
import { STRINGS } from "../strings";
import { checkLabel } from "./checkLabel";

export interface SelfTestProps {
  readonly language: UiLanguage;
  readonly gateway: WorkbookGateway;
  /** The host as Office.js describes it, for the report. */
  readonly about: HostAbout;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginBlockEnd: tokens.spacingVerticalL },
  list: { margin: 0, paddingInlineStart: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  notApplicable: { color: tokens.colorNeutralForeground3 },
  saw: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-all" },
  report: { fontFamily: tokens.fontFamilyMonospace },
});

const MARK: Record<SelfTestCheck["status"], string> = { ok: "✓", failed: "✗", notApplicable: "–" };

/** The report as plain text, to copy into a mail to support. */
export function reportText(report: SelfTestReport, language: UiLanguage, when: Date): string {
  const t = STRINGS[language].selfTest;
  const { about } = report;
  return [
    `${t.title} · ${when.toISOString().slice(0, 16).replace("T", " ")}`,
    `${about.host} · ${about.platform ?? "?"} · ${about.version ?? "?"} · ${about.displayLanguage ?? "?"} · ${t.names(report.functionNames)}`,
    ...report.checks.map((c) => `${MARK[c.status]} ${checkLabel(c.id, report.functionNames, t.checks, t.functionCheck)}: ${c.saw}`),
  ].join("\n");
}

/**
 * "Selvtest": runs every check of Excel behaviour the add-in relies on in a temporary sheet, then
 * lists them ✓/✗/– with what each saw, and the same as text to copy for support.
 */
export function SelfTest({ language, gateway, about }: SelfTestProps) {
  const t = STRINGS[language].selfTest;
  const styles = useStyles();
  const [state, setState] = useState<{ kind: "idle" | "running" } | { kind: "done"; report: SelfTestReport; text: string } | { kind: "failed"; error: string }>({ kind: "idle" });
  const run = () => {
    setState({ kind: "running" });
    gateway.selfTest(about).then(
      (report) => setState({ kind: "done", report, text: reportText(report, language, new Date()) }),
      (error: unknown) => setState({ kind: "failed", error: error instanceof Error ? error.message : String(error) }),
    );
  };
  const failed = state.kind === "done" ? state.report.checks.filter((c) => c.status === "failed").length : 0;
  return (
    <section aria-labelledby="selftest-heading" className={styles.section}>
      <Subtitle2 as="h2" id="selftest-heading" block>
        {t.title}
      </Subtitle2>
      <Body1 block>{t.intro}</Body1>
      <div>
        <Button onClick={run} disabled={state.kind === "running"}>
          {t.run}
        </Button>
      </div>
      {state.kind === "running" && <Spinner size="tiny" label={t.running} />}
      {state.kind === "failed" && <Body1 role="alert">{t.failed(state.error)}</Body1>}
      {state.kind === "done" && (
        <>
          <Body1 block role="status">
            {failed === 0 ? t.allPassed(state.report.checks.length) : t.someFailed(failed, state.report.checks.length)}
          </Body1>
          <ul className={styles.list} aria-label={t.title}>
            {state.report.checks.map((c) => (
              <li key={c.id}>
                <Body1 className={styles[c.status]} aria-label={t.status[c.status]}>
                  {MARK[c.status]}{" "}
                </Body1>
                <Body1>{checkLabel(c.id, state.report.functionNames, t.checks, t.functionCheck)}: </Body1>
                <Caption1 className={styles.saw}>{c.saw}</Caption1>
              </li>
            ))}
          </ul>
          <Field label={t.copyLabel}>
            <Textarea readOnly value={state.text} rows={8} className={styles.report} />
          </Field>
          <div>
            <Button size="small" onClick={() => void navigator.clipboard?.writeText(state.text).catch(() => undefined)}>
              {t.copy}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
