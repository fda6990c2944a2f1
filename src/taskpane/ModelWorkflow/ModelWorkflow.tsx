import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  Option,
  SpinButton,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { useState } from "react";
import { Dec } from "../../core/decimal";
import { formatMessage } from "../../core/messages";
import { DEFAULT_PROFILES } from "../../core/profiles";
import { PUPIL_COLUMNS } from "../../core/pupils";
import type { WorkbookGateway } from "../../office/gateway";
import type { UiLanguage } from "../../office/host";
import type { SafetyNetKey } from "../../office/layouts";
import { formatAmount } from "../format";
import { ProfileEditor } from "../ProfileEditor";
import { STRINGS } from "../strings";
import { useWorkflowStyles } from "./ModelWorkflow.styles";
import { useModelWorkflow } from "./useModelWorkflow";

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
  const [compareWith, setCompareWith] = useState<[string | null, string | null]>([null, null]);
  const [net, setNet] = useState<{ part: 0 | 1 | 2; key: SafetyNetKey }>({ part: 0, key: "pupils" });
  const busy = state.busy !== null;
  const message = (m: { da: string; en: string }) => (language === "da" ? m.da : m.en);
  const profileNames = state.profiles.map((p) => p.name);
  const [a, b] = [compareWith[0] ?? profileNames[0] ?? null, compareWith[1] ?? profileNames[1] ?? profileNames[0] ?? null];

  return (
    <div className={styles.root}>
      {state.notice !== null && (
        <MessageBar intent={state.notice.intent} role={state.notice.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{state.notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {busy && <Spinner size="tiny" label={state.busy === "applying" ? t.applying : t.working} />}

      <section className={styles.step} aria-labelledby="step-list">
        <Subtitle2 as="h2" id="step-list" block className={styles.heading}>
          {t.listHeading}
        </Subtitle2>
        <Body1 block>{t.listIntro}</Body1>
        <div className={styles.row}>
          <Field label={t.table} className={styles.grow}>
            <Dropdown
                className={styles.dropdown}
              placeholder={state.tables.length === 0 ? t.noTables : undefined}
              value={state.table ?? ""}
              selectedOptions={state.table === null ? [] : [state.table]}
              onOptionSelect={(_e, data) => data.optionValue !== undefined && flow.setTable(data.optionValue)}
              disabled={state.tables.length === 0}
            >
              {state.tables.map((table) => (
                <Option key={table.name} value={table.name} text={table.name}>
                  {`${table.name} (${table.sheet})`}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Button appearance="primary" onClick={() => void flow.readTable()} disabled={busy || state.table === null}>
            {t.readTable}
          </Button>
          <Button onClick={() => void flow.readSelection()} disabled={busy}>
            {t.readSelection}
          </Button>
        </div>
        {state.list !== null && <Body1 block>{t.pupilsFrom(state.list.rows.length, state.list.location.sheet)}</Body1>}
      </section>

      {state.list !== null && state.mapping !== null && (
        <section className={styles.step} aria-labelledby="step-columns">
          <Subtitle2 as="h2" id="step-columns" block className={styles.heading}>
            {t.columnsHeading}
          </Subtitle2>
          {PUPIL_COLUMNS.map((role) => {
            const column = state.mapping?.[role] ?? null;
            const headers = state.list?.headers ?? [];
            const label = column === null ? t.none : String(headers[column] ?? "");
            return (
              <Field key={role} label={t.roles[role]} orientation="horizontal">
                <Dropdown
                className={styles.dropdown}
                  value={label}
                  selectedOptions={[column === null ? "none" : String(column)]}
                  onOptionSelect={(_e, data) => flow.setColumn(role, data.optionValue === "none" || data.optionValue === undefined ? null : Number(data.optionValue))}
                >
                  <Option value="none">{t.none}</Option>
                  {headers.map((header, i) => (
                    <Option key={i} value={String(i)} text={String(header ?? "")}>
                      {String(header ?? "")}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            );
          })}
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
        </section>
      )}

      <section className={styles.step} aria-labelledby="step-model">
        <Subtitle2 as="h2" id="step-model" block className={styles.heading}>
          {t.modelHeading}
        </Subtitle2>
        <div className={styles.row}>
          <Field label={t.profile} className={styles.grow}>
            <Dropdown
                className={styles.dropdown}
              value={state.profile ?? ""}
              selectedOptions={state.profile === null ? [] : [state.profile]}
              onOptionSelect={(_e, data) => data.optionValue !== undefined && flow.setProfile(data.optionValue)}
            >
              {profileNames.map((name) => (
                <Option key={name} value={name}>
                  {name}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label={t.schoolYear}>
            <SpinButton
              value={state.schoolYear}
              min={1900}
              max={9998}
              onChange={(_e, data) => {
                const next = data.value ?? Number(data.displayValue);
                if (Number.isInteger(next) && next >= 1900 && next <= 9998) flow.setSchoolYear(next);
              }}
            />
          </Field>
        </div>
        <div className={styles.row}>
          <Button appearance="subtle" aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
            {t.editProfile}
          </Button>
        </div>
        {editing && (
          <ProfileEditor
            key={state.profile ?? ""}
            language={language}
            initial={state.profiles.find((p) => p.name === state.profile) ?? state.profiles[0] ?? DEFAULT_PROFILES[0]}
            onSave={flow.saveProfile}
            disabled={busy}
          />
        )}
        {state.problems.length > 0 && state.list !== null && <Body1 block>{t.fixProblemsFirst}</Body1>}
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy || state.list === null || state.problems.length > 0} onClick={() => void flow.apply()}>
            {t.apply}
          </Button>
        </div>
        {state.summary !== null && (
          <Table aria-label={t.summaryHeading} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.school}</TableHeaderCell>
                <TableHeaderCell className={styles.amountHeader}>{t.schoolPays}</TableHeaderCell>
                <TableHeaderCell className={styles.amountHeader}>{t.administrationPays}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {state.summary.map((line) => (
                <TableRow key={line.school}>
                  <TableCell>
                    {line.school}
                    <Caption1 block>{t.pupilsCount(line.pupils)}</Caption1>
                  </TableCell>
                  <TableCell className={styles.amount}>{formatAmount(line.pays, language)}</TableCell>
                  <TableCell className={styles.amount}>{formatAmount(line.central, language)}</TableCell>
                </TableRow>
              ))}
              <TableRow>
                <TableCell>
                  {t.total}
                  <Caption1 block>{t.pupilsCount(state.summary.reduce((n, l) => n + l.pupils, 0))}</Caption1>
                </TableCell>
                <TableCell className={styles.amount}>{formatAmount(state.summary.reduce((s, l) => s.plus(l.pays), new Dec(0)), language)}</TableCell>
                <TableCell className={styles.amount}>{formatAmount(state.summary.reduce((s, l) => s.plus(l.central), new Dec(0)), language)}</TableCell>
              </TableRow>
            </TableBody>
          </Table>
        )}
      </section>

      <section className={styles.step} aria-labelledby="step-compare">
        <Subtitle2 as="h2" id="step-compare" block className={styles.heading}>
          {t.compareHeading}
        </Subtitle2>
        {state.resultSheet === null && <Body1 block>{t.applyFirst}</Body1>}
        <div className={styles.row}>
          {([0, 1] as const).map((k) => (
            <Field key={k} label={k === 0 ? t.modelA : t.modelB} className={styles.grow}>
              <Dropdown
                className={styles.dropdown}
                value={(k === 0 ? a : b) ?? ""}
                selectedOptions={[(k === 0 ? a : b) ?? ""]}
                onOptionSelect={(_e, data) =>
                  data.optionValue !== undefined && setCompareWith((cw) => (k === 0 ? [data.optionValue ?? null, cw[1]] : [cw[0], data.optionValue ?? null]))
                }
              >
                {profileNames.map((name) => (
                  <Option key={name} value={name}>
                    {name}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          ))}
          <Button disabled={busy || state.resultSheet === null || a === null || b === null} onClick={() => a !== null && b !== null && void flow.compare(a, b)}>
            {t.compare}
          </Button>
        </div>
      </section>

      <section className={styles.step} aria-labelledby="step-net">
        <Subtitle2 as="h2" id="step-net" block className={styles.heading}>
          {t.netHeading}
        </Subtitle2>
        <div className={styles.row}>
          <Field label={t.netPart} className={styles.grow}>
            <Dropdown
                className={styles.dropdown}
              value={t.netParts[net.part]}
              selectedOptions={[String(net.part)]}
              onOptionSelect={(_e, data) => setNet((n) => ({ ...n, part: Number(data.optionValue) as 0 | 1 | 2 }))}
            >
              {t.netParts.map((label, i) => (
                <Option key={label} value={String(i)}>
                  {label}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label={t.netKey} className={styles.grow}>
            <Dropdown
                className={styles.dropdown}
              value={t.netKeys[net.key]}
              selectedOptions={[net.key]}
              onOptionSelect={(_e, data) => setNet((n) => ({ ...n, key: (data.optionValue as SafetyNetKey | undefined) ?? n.key }))}
            >
              {NET_KEYS.map((key) => (
                <Option key={key} value={key}>
                  {t.netKeys[key]}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Button disabled={busy || state.resultSheet === null} onClick={() => void flow.distribute(net.part, net.key)}>
            {t.distribute}
          </Button>
        </div>
      </section>

      <Dialog open={state.question !== null} onOpenChange={(_e, data) => !data.open && state.question?.answer("cancel")}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.nameTakenTitle}</DialogTitle>
            <DialogContent>{state.question !== null && t.nameTaken(state.question.name, state.question.freeName)}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => state.question?.answer("newName")}>
                {state.question !== null && t.useNewName(state.question.freeName)}
              </Button>
              <Button onClick={() => state.question?.answer("replace")}>{t.replace}</Button>
              <Button onClick={() => state.question?.answer("cancel")}>{t.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
