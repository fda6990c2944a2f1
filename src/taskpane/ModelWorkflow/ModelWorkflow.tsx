import {
  Body1,
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
} from "@fluentui/react-components";
import { NumberField } from "../NumberField";
import { Suspense, useState } from "react";
import { formatMessage } from "../../core/messages";
import { DEFAULT_PROFILES, describeProfile } from "../../core/profiles";
import { PUPIL_COLUMNS } from "../../core/pupils";
import type { WorkbookGateway } from "../../office/gateway";
import type { UiLanguage } from "../../office/host";
import type { SafetyNetKey } from "../../sheets/layouts";
import { Panel } from "../Panel";
import { ProfileEditor, Question, SummaryTable } from "../later";
import { formatKroner } from "../format";
import { STRINGS } from "../strings";
import { useWorkflowStyles } from "./ModelWorkflow.styles";
import { useModelWorkflow, type WorkflowStep } from "./useModelWorkflow";
import type { Solved } from "../../core/budget";

export interface ModelWorkflowProps {
  readonly language: UiLanguage;
  /** The workbook, through src/office. */
  readonly gateway: WorkbookGateway;
  /** The school year to start from (its first calendar year). */
  readonly schoolYear: number;
}

const NET_KEYS: readonly SafetyNetKey[] = ["pupils", "payments", "deficit"];

/** The incentive model at work on a pupil list: read, map, check, apply, compare, share the safety net. */
export function ModelWorkflow({ language, gateway, schoolYear }: ModelWorkflowProps) {
  const t = STRINGS[language].flow;
  const styles = useWorkflowStyles();
  const flow = useModelWorkflow(gateway, t, schoolYear, language);
  const [editing, setEditing] = useState(false);
  const { state } = flow;
  const { question } = state;
  // The last question asked, kept while the dialog closes (React's pattern for state from an earlier render).
  const [asked, setAsked] = useState(question);
  if (question !== null && question !== asked) setAsked(question);
  const [compareWith, setCompareWith] = useState<[string | null, string | null]>([null, null]);
  const [net, setNet] = useState<{ part: 0 | 1 | 2; key: SafetyNetKey }>({ part: 0, key: "pupils" });
  const busy = state.busy !== null;
  const message = (m: { da: string; en: string }) => (language === "da" ? m.da : m.en);
  const profileNames = state.profiles.map((p) => p.name);
  const profileOptions = profileNames.map((name) => ({ value: name, text: name }));
  const pupils = state.list?.rows.length ?? 0;
  const chosen = state.profiles.find((p) => p.name === state.profile);
  const busyText = { reading: t.reading, applying: t.applying(pupils), comparing: t.comparing(pupils), distributing: t.distributing, budgeting: t.budgeting, analysing: t.analysing };
  // The amounts are the hook's: typed by the user, else read from the result sheet last written, else empty.
  const { devolved, devolvedB, target } = flow.inputs;
  const capProfile = state.budget?.profile ?? null;
  // Model B of the budget (none by default).
  const [budgetB, setBudgetB] = useState<string | null>(null);
  // Calibration and sensitivity: the parameter and the range.
  const [solveFor, setSolveFor] = useState<Solved>("cap");
  const [varied, setVaried] = useState<Solved>("cap");
  const [rangeTyped, setRange] = useState<{ start: number; end: number; step: number } | null>(null);
  // The sensitivity varies the result sheet's model: its range starts from that model's cap.
  const resultModel = state.profiles.find((p) => p.name === (state.resultFor?.profile ?? state.profile));
  const range = rangeTyped ?? defaultRange(varied, resultModel?.cap ?? null);
  /** A step's progress and outcome, shown in its panel below its button. */
  // Steps are numbered as they appear: the columns step shows once a list is read.
  const showColumns = state.list !== null && state.mapping !== null;
  const numbered = (step: WorkflowStep | "columns", title: string) => {
    const order = ["list", ...(showColumns ? ["columns"] : []), "model", "compare", "net", "budget", "sensitivity"];
    return `${order.indexOf(step) + 1}. ${title}`;
  };
  const status = (step: WorkflowStep) => ({
    busy: state.where === step && state.busy !== null ? busyText[state.busy] : null,
    notice: state.where === step ? state.notice : null,
  });
  const [a, b] = [compareWith[0] ?? profileNames[0] ?? null, compareWith[1] ?? profileNames[1] ?? profileNames[0] ?? null];
  /** Why a step's button does nothing yet, shown next to it (and the button described by it); null where it may run. */
  const why = {
    apply: flow.refused({ action: "apply" }),
    compare: flow.refused({ action: "compare" }),
    net: flow.refused({ action: "net", key: net.key }),
    budget: flow.refused({ action: "budget", b: budgetB }),
    calibrate: flow.refused({ action: "calibrate" }),
    sensitivity: flow.refused({ action: "sensitivity" }),
  };
  const fromResult = (typed: number | null, value: number | null) => (typed === null && value !== null && state.resultSheet !== null ? t.fromResult(state.resultSheet) : undefined);

  return (
    <div className={styles.root}>
      <Panel id="step-list" title={numbered("list", t.listHeading)} {...status("list")}>
        <Body1 block>{t.listIntro}</Body1>
        <div className={styles.row}>
          <Choice
            label={t.table}
            value={state.table}
            options={state.tables.map((table) => ({ value: table.name, text: table.name }))}
            onSelect={flow.setTable}
            placeholder={state.tables.length === 0 ? t.noTables : undefined}
            disabled={state.tables.length === 0}
          />
          <Button appearance="primary" onClick={() => void flow.readTable()} disabled={busy || state.table === null}>
            {t.readTable}
          </Button>
          <Button onClick={() => void flow.readSelection()} disabled={busy}>
            {t.readSelection}
          </Button>
        </div>
        {state.list !== null && <Body1 block>{t.pupilsFrom(state.list.rows.length, state.list.location.sheet)}</Body1>}
        {state.problems.length > 0 && (
          // At the top, where the list was read: the problems are listed, each with its cell, in the next step.
          <MessageBar intent="warning">
            <MessageBarBody>{t.problemsHeading(state.problems.length)}</MessageBarBody>
          </MessageBar>
        )}
      </Panel>

      {showColumns && (
        <Panel id="step-columns" title={numbered("columns", t.columnsHeading)}>
          {PUPIL_COLUMNS.map((role) => {
            const column = state.mapping?.[role] ?? null;
            const headers = state.list?.headers ?? [];
            return (
              <Choice
                key={role}
                label={t.roles[role]}
                orientation="horizontal"
                value={column === null ? "none" : String(column)}
                options={[{ value: "none", text: t.none }, ...headers.map((h, i) => ({ value: String(i), text: String(h ?? "") }))]}
                onSelect={(v) => flow.setColumn(role, v === "none" ? null : Number(v))}
              />
            );
          })}
          {(state.notices.length > 0 || state.leftOut !== null) && (
            <MessageBar intent="info">
              <MessageBarBody>
                <Body1 block>{t.noticesHeading}</Body1>
                <ul className={styles.problems} aria-label={t.noticesHeading}>
                  {[...(state.leftOut === null ? [] : [state.leftOut]), ...state.notices].map((notice, i) => (
                    <li key={i}>
                      <Body1>{message(notice)}</Body1>
                    </li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          {state.problems.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>{t.noProblems}</MessageBarBody>
            </MessageBar>
          ) : (
            <>
              <Body1 block role="heading" aria-level={3}>
                {t.problemsHeading(state.problems.length)}
              </Body1>
              <ul className={styles.problems} aria-label={t.problemsHeading(state.problems.length)}>
                {state.problems.slice(0, 50).map((problem, i) => (
                  <li key={i}>
                    <Body1>{message(problem.message)} </Body1>
                    {problem.at !== null && (
                      <Link as="button" onClick={() => flow.showProblem(problem)} aria-label={`${t.show}: ${formatMessage(problem.message)}`}>
                        {t.show}
                      </Link>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </Panel>
      )}

      <Panel
        id="step-model"
        title={numbered("model", t.modelHeading)}
        {...status("model")}
        after={
          state.summary !== null && (
            <Suspense fallback={<Spinner size="tiny" label={t.working} />}>
              <SummaryTable language={language} summary={state.summary} />
            </Suspense>
          )
        }
      >
        <div className={styles.row}>
          <Choice label={t.profile} value={state.profile} options={profileOptions} onSelect={flow.setProfile} />
          <NumberField
            language={language}
            kind="whole"
            label={t.schoolYear}
            value={state.schoolYear}
            min={1900}
            max={9998}
            step={1}
            onChange={(v) => v !== null && v !== state.schoolYear && void flow.setSchoolYear(v)}
          />
        </div>
        {chosen !== undefined && (
          <Body1 block id="model-sentence">
            {message(describeProfile(chosen))}
          </Body1>
        )}
        <div className={styles.row}>
          <Button aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
            {t.editProfile}
          </Button>
        </div>
        {editing && (
          <Suspense fallback={<Spinner size="tiny" label={t.working} />}>
            <ProfileEditor
              key={state.profile ?? ""}
              language={language}
              initial={state.profiles.find((p) => p.name === state.profile) ?? state.profiles[0] ?? DEFAULT_PROFILES[0]}
              onSave={flow.saveProfile}
              disabled={busy}
            />
          </Suspense>
        )}
        <div className={styles.row}>
          <Button appearance="primary" disabledFocusable={busy || why.apply !== null} aria-describedby={why.apply === null ? undefined : "why-apply"} onClick={() => void flow.apply()}>
            {t.apply}
          </Button>
        </div>
        <Refusal id="why-apply" reason={why.apply} warning={state.problems.length > 0} />
      </Panel>

      <Panel
        id="step-compare"
        title={numbered("compare", t.compareHeading)}
        {...status("compare")}
        after={state.comparison !== null && <Body1 block>{message(state.comparison)}</Body1>}
      >
        <div className={styles.row}>
          <Choice label={t.modelA} value={a} options={profileOptions} onSelect={(v) => setCompareWith((cw) => [v, cw[1]])} />
          <Choice label={t.modelB} value={b} options={profileOptions} onSelect={(v) => setCompareWith((cw) => [cw[0], v])} />
          <Button
            disabledFocusable={busy || why.compare !== null || a === null || b === null}
            aria-describedby={why.compare === null ? undefined : "why-compare"}
            onClick={() => a !== null && b !== null && void flow.compare(a, b)}
          >
            {t.compare}
          </Button>
        </div>
        <Refusal id="why-compare" reason={why.compare} />
      </Panel>

      <Panel
        id="step-net"
        title={numbered("net", t.netHeading)}
        {...status("net")}
        after={state.shared !== null && <Body1 block>{message(state.shared)}</Body1>}
      >
        <div className={styles.row}>
          <Choice
            label={t.netPart}
            value={String(net.part)}
            options={t.netParts.map((text, i) => ({ value: String(i), text: chosen === undefined ? text : `${text} (${formatKroner(chosen.safetyNet[i], language)})` }))}
            onSelect={(v) => setNet((n) => ({ ...n, part: Number(v) as 0 | 1 | 2 }))}
          />
          <Choice
            label={t.netKey}
            value={net.key}
            options={NET_KEYS.map((key) => ({ value: key, text: t.netKeys[key] }))}
            onSelect={(v) => setNet((n) => ({ ...n, key: v as SafetyNetKey }))}
          />
          <Button disabledFocusable={busy || why.net !== null} aria-describedby={why.net === null ? undefined : "why-net"} onClick={() => void flow.distribute(net.part, net.key)}>
            {t.distribute}
          </Button>
        </div>
        <Refusal id="why-net" reason={why.net} />
      </Panel>

      <Panel
        id="step-budget"
        title={numbered("budget", t.budgetHeading)}
        {...status("budget")}
        after={
          state.budget !== null && (
            <>
              <Body1 block>{message(state.budget.headline)}</Body1>
              {capProfile !== null && (
                <div className={styles.row}>
                  <Button disabled={busy} onClick={() => flow.saveProfile(capProfile, "budget")}>
                    {t.saveCap(capProfile.name)}
                  </Button>
                </div>
              )}
            </>
          )
        }
      >
        <Body1 block>{t.budgetIntro}</Body1>
        <div className={styles.row}>
          <NumberField
            language={language}
            kind="kroner"
            className={styles.grow}
            label={t.devolved}
            value={devolved}
            step={100000}
            hint={fromResult(state.typed.devolved, devolved)}
            onChange={(v) => flow.type("devolved", v)}
          />
          <Choice
            label={t.budgetB}
            value={budgetB ?? ""}
            options={[{ value: "", text: t.noB }, ...profileOptions.filter((o) => o.value !== state.profile)]}
            onSelect={(v) => setBudgetB(v === "" ? null : v)}
          />
        </div>
        {budgetB !== null && (
          <div className={styles.row}>
            <NumberField
              language={language}
              kind="kroner"
              className={styles.grow}
              label={t.devolvedB}
              value={devolvedB}
              step={100000}
              onChange={(v) => flow.type("devolvedB", v)}
            />
          </div>
        )}
        <div className={styles.row}>
          <Button disabledFocusable={busy || why.budget !== null} aria-describedby={why.budget === null ? undefined : "why-budget"} onClick={() => void flow.writeBudget(budgetB)}>
            {t.writeBudget}
          </Button>
        </div>
        <Refusal id="why-budget" reason={why.budget} />
        <Body1 block className={styles.subheading}>
          {t.calibrateHeading}
        </Body1>
        <div className={styles.row}>
          <Choice label={t.solveFor} value={solveFor} options={SOLVED.map((v) => ({ value: v, text: t.solveOptions[v] }))} onSelect={(v) => setSolveFor(v as Solved)} />
          <NumberField
            language={language}
            kind="kroner"
            className={styles.grow}
            label={t.target}
            value={target}
            step={100000}
            onChange={(v) => flow.type("target", v)}
          />
          <Button disabledFocusable={busy || why.calibrate !== null} aria-describedby={why.calibrate === null ? undefined : "why-calibrate"} onClick={() => flow.calibrateTo(solveFor)}>
            {t.calibrate}
          </Button>
        </div>
        <Refusal id="why-calibrate" reason={why.calibrate} />
      </Panel>

      <Panel id="step-sensitivity" title={numbered("sensitivity", t.sensitivityHeading)} {...status("sensitivity")}>
        <Body1 block>{t.sensitivityIntro}</Body1>
        <div className={styles.row}>
          <Choice
            label={t.varied}
            value={varied}
            options={SOLVED.map((v) => ({ value: v, text: t.solveOptions[v] }))}
            onSelect={(v) => {
              setVaried(v as Solved);
              setRange(null);
            }}
          />
        </div>
        <div className={styles.row}>
          {(["start", "end", "step"] as const).map((key) => (
            <NumberField
              key={`${varied}-${key}`}
              language={language}
              kind={varied === "share" ? "fraction" : "kroner"}
              className={styles.narrow}
              label={t[key === "start" ? "from" : key === "end" ? "to" : "step"]}
              value={range[key]}
              step={varied === "share" ? 0.05 : 10000}
              max={varied === "share" ? 1 : undefined}
              onChange={(v) => v !== null && setRange({ ...range, [key]: v })}
            />
          ))}
        </div>
        <div className={styles.row}>
          <Button
            disabledFocusable={busy || why.sensitivity !== null}
            aria-describedby={why.sensitivity === null ? undefined : "why-sensitivity"}
            onClick={() => void flow.writeSensitivity({ solveFor: varied, ...range })}
          >
            {t.writeSensitivity}
          </Button>
        </div>
        <Refusal id="why-sensitivity" reason={why.sensitivity} />
      </Panel>

      {/* Once asked, the dialog stays mounted, closed between questions: Fluent then plays its closing
          motion, and the keyboard engine behind the dialog (Tabster) lives on to give the pane back to
          screen readers as the dialog closes. Unmounted at once, the last user of that engine, it left
          the whole pane aria-hidden (DEVELOPING decision 39). */}
      {asked !== null && (
        <Suspense fallback={null}>
          <Question
            open={question !== null}
            title={t.nameTakenTitle}
            text={t.nameTaken(asked.name, asked.freeName)}
            answers={[
              { label: t.useNewName(asked.freeName), onClick: () => asked.answer("newName") },
              { label: t.replace, onClick: () => asked.answer("replace") },
              { label: t.cancel, onClick: () => asked.answer("cancel") },
            ]}
            onDismiss={() => asked.answer("cancel")}
          />
        </Suspense>
      )}
    </div>
  );
}

interface ChoiceProps {
  readonly label: string;
  /** The chosen option's value; null for none. */
  readonly value: string | null;
  readonly options: readonly { readonly value: string; readonly text: string }[];
  readonly onSelect: (value: string) => void;
  readonly placeholder?: string;
  /** @default false */
  readonly disabled?: boolean;
  /** @default "vertical" */
  readonly orientation?: "vertical" | "horizontal";
}

/**
 * A labelled choice among options: the platform's own <select> (Fluent's Select), which every Excel
 * knows how to show and a screen reader how to read, and which costs the first render far less than
 * Fluent's Dropdown (60 KB of the first bundle, and six of them on the first tab; see the README).
 */
function Choice({ label, value, options, onSelect, placeholder, disabled = false, orientation = "vertical" }: ChoiceProps) {
  const styles = useWorkflowStyles();
  return (
    <Field label={label} className={styles.grow} orientation={orientation}>
      <Select className={styles.select} value={value ?? ""} onChange={(_e, data) => onSelect(data.value)} disabled={disabled}>
        {value === null && (
          <option value="" disabled>
            {placeholder ?? ""}
          </option>
        )}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </Select>
    </Field>
  );
}

const SOLVED: readonly Solved[] = ["cap", "threshold", "share"];

/**
 * Where a sensitivity range starts (DOMAIN.md §7: the cap 150.000–300.000 by 10.000): the threshold
 * the same but not past the model's cap, the share from 0 to 1 by 0,05.
 */
function defaultRange(solveFor: Solved, cap: number | null): { start: number; end: number; step: number } {
  if (solveFor === "share") return { start: 0, end: 1, step: 0.05 };
  const end = solveFor === "threshold" && cap !== null ? Math.min(300000, Math.floor(cap / 10000) * 10000) : 300000;
  return { start: 150000, end, step: 10000 };
}

/** Why a button does nothing yet, next to it; a warning (colour and icon) where the list has problems. */
function Refusal({ id, reason, warning = false }: { readonly id: string; readonly reason: string | null; readonly warning?: boolean }) {
  const styles = useWorkflowStyles();
  if (reason === null) return null;
  return warning ? (
    <MessageBar intent="warning" id={id}>
      <MessageBarBody>{reason}</MessageBarBody>
    </MessageBar>
  ) : (
    // A plain paragraph in Fluent's caption type: six of them show on the first view, and each Fluent
    // Text costs the pane's hydration more than its looks are worth here.
    <p id={id} className={styles.reason}>
      {reason}
    </p>
  );
}
