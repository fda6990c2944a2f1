import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { WorkbookGateway } from "../../office/gateway";
import type { UiLanguage } from "../../office/host";
import type { RepairOutcome, StaleCell } from "../../office/repair";
import { STRINGS } from "../strings";

export interface StaleFormulasProps {
  readonly language: UiLanguage;
  readonly gateway: WorkbookGateway;
}

type State =
  | { readonly kind: "looking" | "none" | "repairing" }
  | { readonly kind: "found"; readonly cells: readonly StaleCell[] }
  | { readonly kind: "repaired"; readonly outcome: RepairOutcome }
  | { readonly kind: "failed"; readonly error: string };

/**
 * When the pane opens it looks for cells with the add-in's functions that Excel does not compute
 * (#NAME?: a file written outside Excel, a workbook from before the add-in was loaded) and, where
 * there are any, offers "Opdatér add-in-formler", which enters them again. Says nothing otherwise.
 */
export function StaleFormulas({ language, gateway }: StaleFormulasProps) {
  const t = STRINGS[language].stale;
  const [state, setState] = useState<State>({ kind: "looking" });
  useEffect(() => {
    let live = true;
    gateway.findStaleFormulas().then(
      (cells) => live && setState(cells.length === 0 ? { kind: "none" } : { kind: "found", cells }),
      () => live && setState({ kind: "none" }), // looking is a courtesy; the workbook works without it
    );
    return () => {
      live = false;
    };
  }, [gateway]);

  if (state.kind === "looking" || state.kind === "none") return null;
  const repair = (cells: readonly StaleCell[]) => {
    setState({ kind: "repairing" });
    gateway.repairFormulas(cells).then(
      (outcome) => setState({ kind: "repaired", outcome }),
      (error: unknown) => setState({ kind: "failed", error: error instanceof Error ? error.message : String(error) }),
    );
  };
  return (
    <MessageBar
      intent={state.kind === "found" || state.kind === "failed" ? "warning" : state.kind === "repaired" && (state.outcome.still.length > 0 || state.outcome.protectedSheets.length > 0) ? "warning" : "success"}
      role="status"
    >
      <MessageBarBody>
        {state.kind === "found" && t.found(state.cells.length, `${state.cells[0].sheet}!${state.cells[0].formula}`)}
        {state.kind === "repairing" && <Spinner size="tiny" label={t.repairing} />}
        {state.kind === "repaired" &&
          (state.outcome.protectedSheets.length > 0 ? t.protectedSheets(state.outcome.protectedSheets) : t.repaired(state.outcome.repaired, state.outcome.still.map((s) => `${s.at} (${s.shows})`)))}
        {state.kind === "failed" && t.failed(state.error)}
      </MessageBarBody>
      {state.kind === "found" && (
        <MessageBarActions>
          <Button appearance="primary" size="small" onClick={() => repair(state.cells)}>
            {t.repair}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
