import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { danishDate, isoDate } from "../../core/dates";
import { formatAmount } from "../format";
import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkbookGateway } from "../../office/gateway";
import type { UiLanguage } from "../../office/host";
import type { UpdateOutcome, WrittenSheet } from "../../office/writtenSheets";
import { STRINGS } from "../strings";

export interface WrittenSheetsProps {
  readonly language: UiLanguage;
  readonly gateway: WorkbookGateway;
  /** Changes after every sheet the pane writes: the sheets are checked again. */
  readonly writes: number;
}

type Outcome = { readonly intent: "success" | "error"; readonly text: string } | null;

/**
 * The sheets the pane wrote that no longer fit (issue #26): checked when the pane opens, after each
 * write and whenever a pupil table they follow changes (Table.onChanged). Each is named with why —
 * pupils it does not count, a model no longer there, a result sheet changed — and **Opdatér**
 * writes it again in place and ties it out. Says nothing while every sheet fits.
 */
export function WrittenSheets({ language, gateway, writes }: WrittenSheetsProps) {
  const t = STRINGS[language].written;
  const [sheets, setSheets] = useState<readonly WrittenSheet[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [changes, setChanges] = useState<UpdateOutcome["changes"] | null>(null);
  const checks = useRef(0);
  const check = useCallback(() => {
    const mine = (checks.current += 1);
    gateway.checkWrittenSheets().then(
      (found) => mine === checks.current && setSheets(found),
      () => undefined, // a courtesy: the workbook works without it
    );
  }, [gateway]);
  useEffect(check, [check, writes]);

  // Watch the tables the written sheets follow; check again (once) after a burst of changes.
  const tables = [...new Set(sheets.map((s) => s.table).filter((x): x is string => x !== null))].sort().join("\n");
  useEffect(() => {
    if (tables === "") return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => Promise<void>) | null = null;
    let live = true;
    gateway
      .watchTables(tables.split("\n"), () => {
        clearTimeout(timer);
        timer = setTimeout(check, 300);
      })
      .then(
        (unwatch) => (live ? (stop = unwatch) : void unwatch().catch(() => undefined)),
        () => undefined,
      );
    return () => {
      live = false;
      clearTimeout(timer);
      // Stopping is a courtesy too: a pane that closes takes its handlers with it.
      stop?.().catch(() => undefined);
    };
  }, [gateway, tables, check]);

  const update = (sheet: string) => {
    setBusy(sheet);
    setOutcome(null);
    setChanges(null);
    gateway.updateWrittenSheet(sheet).then(
      (done) => {
        setBusy(null);
        setChanges(done.changes ?? null);
        setOutcome(
          done.kind === "done"
            ? { intent: "success", text: t.updated(done.sheet, done.tiedOut?.cells ?? null) }
            : { intent: "error", text: t.failed(sheet, done.kind === "failed" ? (done.message?.[language] ?? done.error) : "") },
        );
        check();
      },
      (error: unknown) => {
        setBusy(null);
        setOutcome({ intent: "error", text: t.failed(sheet, error instanceof Error ? error.message : String(error)) });
      },
    );
  };

  const writeChanges = () => {
    if (changes === null || changes === undefined) return;
    setBusy(t.writeChanges);
    gateway.writeChanges({ resultSheet: changes.of, schoolYear: changes.schoolYear, changes, since: changes.since }).then(
      (done) => {
        setBusy(null);
        setOutcome(
          done.kind === "done"
            ? { intent: "success", text: t.changesWritten(done.sheet, done.tiedOut?.cells ?? null) }
            : { intent: "error", text: t.failed(t.writeChanges, done.kind === "failed" ? (done.message?.[language] ?? done.error) : "") },
        );
      },
      (error: unknown) => {
        setBusy(null);
        setOutcome({ intent: "error", text: t.failed(t.writeChanges, error instanceof Error ? error.message : String(error)) });
      },
    );
  };

  const stale = sheets.filter((s) => s.state !== "current");
  if (stale.length === 0 && outcome === null && changes === null) return null;
  const counted = (kind: string) => changes?.pupils.filter((c) => c.kind === kind).length ?? 0;
  const since = changes === null || changes === undefined ? "" : language === "da" ? danishDate(changes.since) : isoDate(changes.since);
  return (
    <section aria-label={t.heading}>
      {stale.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.heading}</MessageBarTitle>
            <ul>
              {stale.map((s) => (
                <li key={s.sheet}>
                  {s.state === "list" ? t.list(s.sheet, s.inList, s.onSheet) : s.state === "model" ? t.model(s.sheet) : t.result(s.sheet)}{" "}
                  <Button size="small" appearance="primary" aria-label={t.updateLabel(s.sheet)} disabled={busy !== null} onClick={() => update(s.sheet)}>
                    {t.update}
                  </Button>
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {changes !== null && changes !== undefined && (
        <div>
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.changesHeading(since)}</MessageBarTitle>
              {t.changesCount({ new: counted("new"), ended: counted("ended"), moved: counted("moved"), cost: counted("cost"), other: counted("other") })}
            </MessageBarBody>
          </MessageBar>
          <Table size="extra-small" aria-label={t.changesTable}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.school}</TableHeaderCell>
                <TableHeaderCell>{t.paysChange}</TableHeaderCell>
                <TableHeaderCell>{t.centralChange}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {changes.schools
                .filter((s) => !s.paysChange.isZero() || !s.centralChange.isZero())
                .map((s) => (
                  <TableRow key={s.school}>
                    <TableCell>{s.school}</TableCell>
                    <TableCell>{formatAmount(s.paysChange, language, 2)}</TableCell>
                    <TableCell>{formatAmount(s.centralChange, language, 2)}</TableCell>
                  </TableRow>
                ))}
            </TableBody>
          </Table>
          <Button appearance="secondary" disabled={busy !== null} onClick={writeChanges}>
            {t.writeChanges}
          </Button>
        </div>
      )}
      <div role="status" aria-live="polite">
        {busy !== null && <Spinner size="tiny" label={t.updating(busy)} />}
        {outcome !== null && (
          <MessageBar intent={outcome.intent}>
            <MessageBarBody>{outcome.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
