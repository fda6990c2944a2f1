import { useCallback, useEffect, useState } from "react";
import { type Message, messages, percent } from "../../core/messages";
import { checkProfile, DEFAULT_PROFILES, type ModelProfile, startingProfile } from "../../core/profiles";
import {
  type ColumnMapping,
  compareUnder,
  listSchools,
  type PupilColumn,
  type PupilProblem,
  readPupilList,
  reviewPupils,
  type SchoolSummary,
  summaryUnder,
} from "../../core/pupils";
import { modelSheetName } from "../../core/sheetNames";
import { type Calibration, calibrateUnder, sensitivityPoints, type Solved } from "../../core/budget";
import { incentiveModel } from "../../core/segregation";
import type { Result } from "../../core/result";
import type { BudgetB } from "../../sheets/budget";
import type { SensitivityRange } from "../../sheets/sensitivity";
import { Dec } from "../../core/decimal";
import { formatAmount } from "../format";
import type { WorkbookGateway } from "../../office/gateway";
import type { SafetyNetKey } from "../../sheets/layouts";
import type { ModelSheetState, PupilListData, SafetyNetBudget, TableInfo, TiedOut, WhenTaken, WriteOutcome } from "../../office/workbook";
import type { FlowStrings } from "../strings";

/** The steps of the screen; each shows its own progress and outcome, next to its button. */
export type WorkflowStep = "list" | "model" | "compare" | "net" | "budget" | "sensitivity";

/** What the screen says after an action: done (with the sheet), or failed (the workbook as it was). */
export type Notice = { readonly intent: "success" | "error"; readonly text: string } | null;

/** A question the user must answer before anything is written: the result sheet's name is taken. */
export interface NameQuestion {
  readonly name: string;
  readonly freeName: string;
  readonly answer: (choice: WhenTaken | "cancel") => void;
}

export interface WorkflowState {
  readonly tables: readonly TableInfo[];
  readonly table: string | null;
  readonly list: PupilListData | null;
  readonly mapping: ColumnMapping | null;
  readonly problems: readonly PupilProblem[];
  /** What the pane tells without asking: school spellings it counts as one. */
  readonly notices: readonly Message[];
  /** A trailing total row of the block read, which is no pupil and was left out. */
  readonly leftOut: Message | null;
  readonly profiles: readonly ModelProfile[];
  readonly profile: string | null;
  readonly schoolYear: number;
  /** The model sheet's own choices, as last read or written; null where there is no model sheet. */
  readonly sheetChoices: { readonly selected: string | null; readonly schoolYear: number | null } | null;
  /** The per-school summary of the result sheet last written, under the model it was written for. */
  readonly summary: readonly SchoolSummary[] | null;
  readonly resultSheet: string | null;
  /** The profile (by name) and school year the result sheet was written for: it keeps them whatever is chosen later. */
  readonly resultFor: { readonly profile: string; readonly schoolYear: number } | null;
  /** The budget sheet last written for the result sheet: the safety net's deficit key reads the schools' budgets there. */
  readonly budgetSheet: SafetyNetBudget | null;
  /** Amounts the user typed; null where the field shows the figure read from the workbook (or nothing). */
  readonly typed: { readonly devolved: number | null; readonly devolvedB: number | null; readonly target: number | null };
  /** The action running now, for the progress indicator. */
  readonly busy: "reading" | "applying" | "comparing" | "distributing" | "budgeting" | "analysing" | null;
  readonly notice: Notice;
  /** The step whose action the busy state and the notice belong to: they are shown there. */
  readonly where: WorkflowStep | null;
  /** The last comparison's headline for the schools, from the model the written sheet used. */
  readonly comparison: Message | null;
  /** The last safety-net split in one line. */
  readonly shared: Message | null;
  /** The last budget's calibrated cap in one line, and the profile it makes (T = C = the cap); the profile is null where no cap gets there. */
  readonly budget: { readonly headline: Message; readonly profile: ModelProfile | null } | null;
  readonly question: NameQuestion | null;
}

export interface WorkflowTexts {
  readonly profileSaved: (name: string) => string;
  readonly profilesFull: string;
  readonly applied: (sheet: string) => string;
  /** The read-back: figures compared, and pupils in the list = counted on the sheet + with problems. */
  readonly tiedOut: (tied: TiedOut, listed: number, problems: number) => string;
  readonly compared: (sheet: string) => string;
  readonly distributed: (sheet: string) => string;
  readonly budgeted: (sheet: string) => string;
  readonly capProfile: (cap: string) => string;
  /** The name of a profile calibrated for one parameter, e.g. "Tærskel 250.000", "Andel 37,25 %". */
  readonly solvedProfile: (solveFor: Solved, value: string) => string;
  readonly analysed: (sheet: string) => string;
  readonly failed: (error: string) => string;
  readonly undo: string;
  readonly refused: FlowStrings["refused"];
  readonly applyFirst: string;
  readonly fixProblemsFirst: string;
}

/** Where each action's progress and outcome are shown. */
const STEP_OF: Record<NonNullable<WorkflowState["busy"]>, WorkflowStep> = {
  reading: "list",
  applying: "model",
  comparing: "compare",
  distributing: "net",
  budgeting: "budget",
  analysing: "sensitivity",
};

/**
 * The incentive-model screen's state and actions: read a pupil list, correct the column guesses, see
 * the problems, apply a model, compare two, share the safety net. Every workbook call goes through
 * the gateway; each failure becomes a notice in plain words.
 */
export function useModelWorkflow(gateway: WorkbookGateway, texts: WorkflowTexts, initialSchoolYear: number, language: "da" | "en") {
  const [state, setState] = useState<WorkflowState>({
    tables: [],
    table: null,
    list: null,
    mapping: null,
    problems: [],
    notices: [],
    leftOut: null,
    // What a workbook without a model sheet offers, until the workbook is read: the first view is
    // then the same before and after (the pre-rendered page, src/taskpane/prerender.tsx).
    profiles: [...DEFAULT_PROFILES],
    profile: startingProfile(DEFAULT_PROFILES, null),
    schoolYear: initialSchoolYear,
    sheetChoices: null,
    summary: null,
    resultSheet: null,
    resultFor: null,
    budgetSheet: null,
    typed: { devolved: null, devolvedB: null, target: null },
    busy: null,
    notice: null,
    where: null,
    comparison: null,
    shared: null,
    budget: null,
    question: null,
  });
  const patch = useCallback((next: Partial<WorkflowState>) => setState((s) => ({ ...s, ...next })), []);

  useEffect(() => {
    let live = true;
    void Promise.all([gateway.listTables(), gateway.readModel()])
      .then(([tables, model]) => {
        if (!live) return;
        // The workbook's model sheet decides where the pane starts: its chosen profile and school year.
        patch({ tables, table: tables[0]?.name ?? null, ...fromModelSheet(model) });
      })
      .catch((error: unknown) => live && patch({ where: "list", notice: { intent: "error", text: texts.failed(String(error)) } }));
    return () => {
      live = false;
    };
  }, [gateway, patch, texts]);

  const takeList = useCallback(
    (read: PupilListData) => {
      const { mapping, pupils, problems, notices, leftOut } = readPupilList(read.headers, read.rows, read.location);
      const list = pupils === read.rows.length ? read : { ...read, rows: read.rows.slice(0, pupils), location: { ...read.location, rows: pupils } };
      patch({
        list,
        mapping,
        problems,
        leftOut,
        notices,
        // A list read again may be another list: the sheets written for the last one are not this one's.
        summary: null,
        resultSheet: null,
        resultFor: null,
        budgetSheet: null,
        notice: null,
        busy: null,
      });
    },
    [patch],
  );

  const run = useCallback(
    async (busy: NonNullable<WorkflowState["busy"]>, work: () => Promise<void>, where: WorkflowStep = STEP_OF[busy]) => {
      patch({ busy, notice: null, where });
      try {
        await work();
      } catch (error) {
        patch({ notice: { intent: "error", text: texts.failed(error instanceof Error ? error.message : String(error)) } });
      } finally {
        patch({ busy: null });
      }
    },
    [patch, texts],
  );

  /** Refuses an action on a value nobody chose: its reason as the step's notice; true where it was refused. */
  const refused = useCallback(
    (asked: Asked, where?: WorkflowStep): boolean => {
      const why = refusal(state, texts, asked);
      if (why !== null) patch({ ...(where === undefined ? {} : { where }), notice: { intent: "error", text: why } });
      return why !== null;
    },
    [state, texts, patch],
  );

  const readTable = useCallback(
    () =>
      run("reading", async () => {
        if (state.table !== null) takeList(await gateway.readTable(state.table));
      }),
    [run, gateway, state.table, takeList],
  );
  const readSelection = useCallback(() => run("reading", async () => takeList(await gateway.readSelection())), [run, gateway, takeList]);

  const setColumn = useCallback(
    (role: PupilColumn, column: number | null) =>
      setState((s) => {
        if (s.list === null || s.mapping === null) return s;
        const mapping = { ...s.mapping, [role]: column };
        return { ...s, mapping, ...reviewPupils(s.list.rows, mapping, s.list.location), summary: null };
      }),
    [],
  );

  const outcomeNotice = useCallback(
    (outcome: WriteOutcome, done: (sheet: string) => string): Notice => {
      if (outcome.kind === "failed") {
        const said = outcome.message === undefined ? outcome.error : language === "da" ? outcome.message.da : outcome.message.en;
        return { intent: "error", text: texts.failed(said) };
      }
      if (outcome.kind !== "done") return null;
      const { list, problems } = state;
      const tied = outcome.tiedOut === undefined || list === null ? "" : ` ${texts.tiedOut(outcome.tiedOut, list.rows.length, problems.length)}`;
      return { intent: "success", text: `${done(outcome.sheet)}${tied} ${texts.undo}` };
    },
    [texts, language, state],
  );

  const apply = useCallback(
    (whenTaken: WhenTaken = "ask") =>
      run("applying", async () => {
        const { list, mapping, profile, schoolYear, sheetChoices } = state;
        if (refused({ action: "apply" })) return;
        if (list === null || mapping === null) return;
        // The model sheet's choices change only when the user chose something else in the pane.
        const outcome = await gateway.applyModel({
          list,
          mapping,
          schoolYear: sheetChoices?.schoolYear === schoolYear ? undefined : schoolYear,
          profile: sheetChoices?.selected === profile ? undefined : (profile ?? undefined),
          resultName: modelSheetName("result", schoolYear),
          whenTaken,
        });
        if (outcome.kind === "nameTaken") {
          patch({
            question: {
              name: outcome.name,
              freeName: outcome.freeName,
              answer: (choice) => {
                patch({ question: null });
                if (choice !== "cancel") void apply(choice);
              },
            },
          });
          return;
        }
        if (outcome.kind !== "done") {
          patch({ notice: outcomeNotice(outcome, texts.applied) });
          return;
        }
        // The sheet is the single source: the summary uses the model as the sheet held it when written.
        const model = outcome.model;
        patch({
          ...(model === undefined
            ? {}
            : {
                profiles: [...model.profiles],
                profile: model.selected,
                ...(model.schoolYear === null ? {} : { schoolYear: model.schoolYear }),
                sheetChoices: { selected: model.selected, schoolYear: model.schoolYear },
              }),
          notice: outcomeNotice(outcome, texts.applied),
          resultSheet: outcome.sheet,
          resultFor: model === undefined || model.selected === null || model.schoolYear === null ? null : { profile: model.selected, schoolYear: model.schoolYear },
          budgetSheet: null,
          summary: model === undefined ? null : summaryUnder(list.rows, mapping, model),
        });
      }),
    [run, state, gateway, patch, outcomeNotice, texts],
  );

  const compare = useCallback(
    (a: string, b: string) =>
      run("comparing", async () => {
        const { list, mapping, resultSheet, schoolYear } = state;
        if (refused({ action: "compare" })) return;
        if (list === null || mapping === null || resultSheet === null) return;
        const outcome = await gateway.compareModels({
          resultSheet,
          list,
          mapping,
          a,
          b,
          name: modelSheetName("comparison", schoolYear),
          whenTaken: "newName",
        });
        // The headline from the model the written sheet used, as the sheet's own figures are tied out.
        const model = outcome.kind === "done" ? outcome.model : undefined;
        const headline = model === undefined || model.schoolYear === null ? null : compareUnder(list.rows, mapping, model, a, b);
        patch({
          notice: outcomeNotice(outcome, texts.compared),
          comparison: headline === null ? null : messages.comparisonHeadline(headline.total, headline.more, headline.less, headline.largest),
        });
      }),
    [run, state, gateway, patch, outcomeNotice, texts],
  );

  const distribute = useCallback(
    (part: 0 | 1 | 2, key: SafetyNetKey) =>
      run("distributing", async () => {
        const { list, mapping, resultSheet, schoolYear, budgetSheet } = state;
        if (refused({ action: "net", key })) return;
        if (list === null || mapping === null || resultSheet === null) return;
        const outcome = await gateway.distributeSafetyNet({
          budget: key === "deficit" ? budgetSheet : null,
          resultSheet,
          list,
          mapping,
          part,
          key,
          name: modelSheetName("safetyNet", schoolYear),
          whenTaken: "newName",
        });
        const chosen = outcome.kind === "done" ? outcome.model?.profiles.find((p) => p.name === outcome.model?.selected) : undefined;
        patch({
          notice: outcomeNotice(outcome, texts.distributed),
          shared: chosen === undefined ? null : messages.safetyNetShared(chosen.safetyNet[part], listSchools(list.rows, mapping).length, key),
        });
      }),
    [run, state, gateway, patch, outcomeNotice, texts],
  );

  /** The headline and the profile a calibration makes: the chosen profile with the solved parameter at the answer. */
  const calibrationOutcome = useCallback(
    (chosen: ModelProfile, solveFor: Solved, result: Result<Calibration>, headline: (c: Calibration) => Message): WorkflowState["budget"] => {
      if (!result.ok) return { headline: result.failure.message, profile: null };
      const { value } = result.value;
      const v = value.toNumber();
      const shown = solveFor === "share" ? percent(value)[language] : formatAmount(value, language, 0);
      const parameters = solveFor === "cap" ? { threshold: v, cap: v } : solveFor === "threshold" ? { threshold: v } : { schoolShare: v };
      return {
        headline: headline(result.value),
        profile: {
          name: solveFor === "cap" ? texts.capProfile(shown) : texts.solvedProfile(solveFor, shown),
          threshold: chosen.threshold,
          cap: chosen.cap,
          schoolShare: chosen.schoolShare,
          safetyNet: chosen.safetyNet,
          ...parameters,
        },
      };
    },
    [texts, language],
  );

  const writeBudget = useCallback(
    (bProfile: string | null = null) =>
      run("budgeting", async () => {
        const { list, mapping, resultSheet, schoolYear } = state;
        if (refused({ action: "budget", b: bProfile })) return;
        const { devolved, devolvedB } = inputsOf(state);
        if (list === null || mapping === null || resultSheet === null || devolved === null) return;
        const b: BudgetB | null = bProfile === null ? null : { profile: bProfile, devolved: devolvedB };
        const outcome = await gateway.writeBudget({ resultSheet, list, mapping, devolved, b, name: modelSheetName("budget", schoolYear), whenTaken: "newName" });
        // The headline from the model the written sheet used; its figures are tied out against the same core.
        const model = outcome.kind === "done" ? outcome.model : undefined;
        const chosen = model?.profiles.find((p) => p.name === model.selected);
        const cap = model === undefined ? null : calibrateUnder(list.rows, mapping, model, new Dec(devolved));
        patch({
          notice: outcomeNotice(outcome, texts.budgeted),
          ...(outcome.kind === "done" ? { budgetSheet: { sheet: outcome.sheet, devolved, withB: b !== null } } : {}),
          budget: cap === null || chosen === undefined ? null : calibrationOutcome(chosen, "cap", cap, (c) => messages.capCalibrated(devolved, c.value, c.total)),
        });
      }),
    [run, state, gateway, patch, outcomeNotice, texts, calibrationOutcome],
  );

  /** "Kalibrér": the chosen profile's parameter that makes the list's schools pay at most the target, from the core (nothing is written). */
  const calibrateTo = useCallback(
    (solveFor: Solved) => {
      const { list, mapping, profiles, profile, schoolYear } = state;
      if (refused({ action: "calibrate" }, "budget")) return;
      const { target } = inputsOf(state);
      const chosen = profiles.find((p) => p.name === profile);
      if (list === null || mapping === null || chosen === undefined || target === null) return;
      const result = calibrateUnder(list.rows, mapping, { profiles, selected: profile, schoolYear }, new Dec(target), solveFor);
      if (result === null) return;
      patch({ where: "budget", notice: null, budget: calibrationOutcome(chosen, solveFor, result, (c) => messages.calibrated(solveFor, target, c.value, c.total)) });
    },
    [state, patch, calibrationOutcome, texts],
  );

  const writeSensitivity = useCallback(
    (asked: { solveFor: Solved; start: number; end: number; step: number }) =>
      run("analysing", async () => {
        const { list, mapping, resultSheet, schoolYear, profiles, profile, resultFor } = state;
        // The sheet varies the result sheet's own model (the profile it was written for), so the range is checked against that one.
        const chosen = profiles.find((p) => p.name === (resultFor?.profile ?? profile));
        if (refused({ action: "sensitivity" })) return;
        if (list === null || mapping === null || resultSheet === null || chosen === undefined) return;
        const rule = incentiveModel(chosen.threshold, chosen.cap, chosen.schoolShare);
        const points = rule.ok ? sensitivityPoints(asked.solveFor, rule.value, new Dec(asked.start), new Dec(asked.end), new Dec(asked.step)) : rule;
        if (!points.ok) {
          patch({ notice: { intent: "error", text: points.failure.message[language] } });
          return;
        }
        // The target only where one was typed or read: a sheet never marks a target nobody chose.
        const range: SensitivityRange = { solveFor: asked.solveFor, start: asked.start, step: asked.step, points: points.value, target: inputsOf(state).target };
        const outcome = await gateway.writeSensitivity({ resultSheet, list, mapping, range, name: modelSheetName("sensitivity", schoolYear), whenTaken: "newName" });
        patch({ notice: outcomeNotice(outcome, texts.analysed) });
      }),
    [run, state, gateway, patch, outcomeNotice, texts, language],
  );

  const showProblem = useCallback(
    (problem: PupilProblem) => {
      const { list } = state;
      const { at } = problem;
      if (list === null || at === null) return;
      void run("reading", () => gateway.selectListCell(list.location, at.row, at.column));
    },
    [run, gateway, state],
  );

  const saveProfile = useCallback(
    /** Saves a profile on the model sheet; `where` is the step whose button asked, which shows the outcome. */
    (typed: ModelProfile, where: WorkflowStep = "model") => {
      const checked = checkProfile(typed);
      if (!checked.ok) {
        patch({ where, notice: { intent: "error", text: language === "da" ? checked.failure.message.da : checked.failure.message.en } });
        return;
      }
      void run(
        "reading",
        async () => {
        const outcome = await gateway.saveProfile(checked.value, state.schoolYear);
        if (outcome.kind === "saved") {
          // Saved is chosen, on the model sheet as in the drop-down; every other input stays as it was.
          // The result sheet finds its profile by name on the model sheet: an edit of that profile moves its
          // figures, and with them the summary and the amounts read from it.
          const { list, mapping, resultFor } = state;
          const edited = resultFor !== null && resultFor.profile === checked.value.name && list !== null && mapping !== null;
          patch({
            ...(edited ? { summary: summaryUnder(list.rows, mapping, { profiles: outcome.profiles, selected: resultFor.profile, schoolYear: resultFor.schoolYear }) } : {}),
            profiles: outcome.profiles,
            profile: checked.value.name,
            sheetChoices: { selected: checked.value.name, schoolYear: state.schoolYear },
            notice: { intent: "success", text: texts.profileSaved(checked.value.name) },
          });
        } else if (outcome.kind === "full") {
          patch({ notice: { intent: "error", text: texts.profilesFull } });
        } else {
          patch({ notice: { intent: "error", text: texts.failed(outcome.error) } });
        }
        },
        where,
      );
    },
    [run, gateway, patch, state, texts, language],
  );

  /**
   * A profile or school year chosen in the pane is the model sheet's choice at once (its cells C5, C6),
   * so the drop-down and the workbook never disagree; where there is no model sheet yet, the choice
   * waits for "Anvend", which creates it. A choice Excel refuses puts the drop-down back to the sheet's.
   */
  const choose = useCallback(
    (next: { profile?: string; schoolYear?: number }) => {
      const selected = next.profile ?? state.profile;
      const schoolYear = next.schoolYear ?? state.schoolYear;
      patch({ profile: selected, schoolYear });
      if (state.sheetChoices === null || selected === null) return Promise.resolve();
      return run(
        "reading",
        async () => {
          try {
            const model = await gateway.chooseOnModel({ selected, schoolYear });
            patch(model.exists ? fromModelSheet(model) : { sheetChoices: null });
          } catch (error) {
            const back = state.sheetChoices;
            patch({ profile: back?.selected ?? state.profile, schoolYear: back?.schoolYear ?? state.schoolYear });
            throw error;
          }
        },
        "model",
      );
    },
    [state, patch, run, gateway],
  );

  return {
    state,
    inputs: inputsOf(state),
    refused: (asked: Asked) => refusal(state, texts, asked),
    saveProfile,
    setTable: (table: string) => patch({ table }),
    setProfile: (profile: string) => choose({ profile }),
    setSchoolYear: (schoolYear: number) => choose({ schoolYear }),
    /** An amount typed by the user; null gives the field back to the figure read from the workbook. */
    type: (field: keyof WorkflowState["typed"], value: number | null) => setState((s) => ({ ...s, typed: { ...s.typed, [field]: value } })),
    readTable,
    readSelection,
    setColumn,
    showProblem,
    apply,
    compare,
    distribute,
    writeBudget,
    calibrateTo,
    writeSensitivity,
  };
}

/** The amounts the steps run on: typed by the user, else read from the result sheet last written (else none). */
export interface WorkflowInputs {
  /** Devolved to the schools: typed, else what the result sheet's schools pay, in whole thousands down. */
  readonly devolved: number | null;
  readonly devolvedB: number | null;
  /** The calibration's target: typed, else the devolved amount. */
  readonly target: number | null;
}

export function inputsOf(state: WorkflowState): WorkflowInputs {
  const paying = state.summary === null ? null : state.summary.reduce((sum, line) => sum.plus(line.pays), new Dec(0));
  const read = paying === null ? null : paying.div(1000).floor().times(1000).toNumber();
  const devolved = state.typed.devolved ?? read;
  return { devolved, devolvedB: state.typed.devolvedB ?? devolved, target: state.typed.target ?? devolved };
}

/** An action as asked, with the choices that decide whether it may run. */
export type Asked =
  | { readonly action: "apply" | "compare" | "calibrate" | "sensitivity" }
  | { readonly action: "net"; readonly key: SafetyNetKey }
  | { readonly action: "budget"; readonly b: string | null };

/**
 * Why an action may not run now, in the pane's words, or null where it may: every value it would run
 * on must have been read from the workbook or chosen by the user: a list read, a result written, an
 * amount above 0 kr., a budget before the deficit key. The button shows the reason and the action
 * refuses on it as well.
 */
export function refusal(state: WorkflowState, texts: Pick<WorkflowTexts, "refused" | "applyFirst" | "fixProblemsFirst">, asked: Asked): string | null {
  if (state.list === null || state.mapping === null) return texts.refused.readList;
  if (asked.action === "apply") return state.problems.length > 0 ? texts.fixProblemsFirst : null;
  const inputs = inputsOf(state);
  const positive = (x: number | null) => x !== null && x > 0;
  if (asked.action === "calibrate") return positive(inputs.target) ? null : texts.refused.target;
  if (state.resultSheet === null) return texts.applyFirst;
  if (asked.action === "budget") {
    if (!positive(inputs.devolved)) return texts.refused.devolved;
    return asked.b !== null && !positive(inputs.devolvedB) ? texts.refused.devolvedB : null;
  }
  if (asked.action === "net" && asked.key === "deficit" && state.budgetSheet === null) return texts.refused.deficitNeedsBudget;
  return null;
}

/** The pane's model inputs as the model sheet holds them (or the defaults where there is none). */
function fromModelSheet(model: ModelSheetState): Partial<WorkflowState> {
  return {
    profiles: model.profiles,
    profile: startingProfile(model.profiles, model.selected),
    ...(model.schoolYear === null ? {} : { schoolYear: model.schoolYear }),
    sheetChoices: model.exists ? { selected: model.selected, schoolYear: model.schoolYear } : null,
  };
}
