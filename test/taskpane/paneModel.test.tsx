/**
 * @jest-environment jsdom
 */
/*
 * The incentive-model screen as a state machine (issue 27): random sequences of what a finance officer
 * does in the pane — read the list, apply (and answer the name question), compare, share the safety
 * net, write the budget, calibrate, save the calibrated profile, write the sensitivity, choose a
 * profile or a school year, edit a profile, type an amount (or 0 kr., or nothing), and in the other
 * tabs insert a template, convert a table's price level (with a full, a partial or no index table)
 * and check the workbook — run by fast-check's model-based testing against the
 * real hook and gateway over the in-memory Excel. After every step:
 * - the inputs the pane shows are the workbook's: its profiles, chosen profile and school year are the
 *   model sheet's; an amount nobody typed is the last result sheet's figure, as the formula engine
 *   computes that sheet, or empty;
 * - an action on a value nobody chose (no list, no result, 0 kr., the deficit key without a budget)
 *   was refused with its reason and wrote nothing — predicted by the model here, not by the pane's rule;
 * - every result sheet the pane wrote equals the exact core under the profile it was written for
 *   (the formula engine over the whole workbook), and every sheet the pane says it wrote exists.
 * A failing sequence is shrunk by fast-check; the shrunk ones found while building this are kept as
 * tests of their own at the end.
 */
import fc from "fast-check";
import { act, renderHook, waitFor } from "@testing-library/react";
import type { HyperFormula } from "hyperformula";
import { workbookGateway, type WorkbookGateway } from "../../src/office/gateway";
import { STRINGS } from "../../src/taskpane/strings";
import { useModelWorkflow } from "../../src/taskpane/ModelWorkflow/useModelWorkflow";
import { fakeContext, type FakeWorkbookData } from "../../tools/dev/fakeExcel";
import { pupilBook } from "../../tools/dev/pupilList";
import { workbook } from "../../tools/engine";
import { DEFAULT_PROFILES, type ModelProfile } from "../../src/core/profiles";
import { guessColumns, summarise } from "../../src/core/pupils";
import { incentiveModel } from "../../src/core/segregation";
import { unwrap } from "../../src/core/result";
import { Dec } from "../../src/core/decimal";
import { MODEL_SHEET, RESULT_CELLS, readChoices, readProfiles } from "../../src/sheets/layouts";
import { readRecords, REGISTRY_SHEET } from "../../src/office/registry";
import { checkWorkbook } from "../../src/core/check";
import { HEADERS, PUPILS, pupilRows } from "../../tools/seeds";
import { againstCore } from "../support/resultSheet";
import type { Solved } from "../../src/core/budget";
import type { SafetyNetKey } from "../../src/sheets/layouts";
import { planPriceLevel } from "../../src/sheets/pricelevelPlan";
import { messages } from "../../src/core/messages";

const T = STRINGS.da.flow;
const ROWS = pupilRows(PUPILS);
const MAPPING = guessColumns(HEADERS);

type Hook = ReturnType<typeof useModelWorkflow>;

/** The workbook and the pane over it. */
interface Real {
  readonly data: FakeWorkbookData;
  readonly gateway: WorkbookGateway;
  readonly pane: { readonly current: Hook };
}

/** What the officer has done, as this test understands it (independent of the pane's own state). */
interface Model {
  read: boolean;
  /** The model sheet as the model predicts it: null until the first apply or save creates it. */
  sheet: { profiles: ModelProfile[]; selected: string; year: number } | null;
  /** The pane's choices before a model sheet exists. */
  pending: { selected: string; year: number };
  /** The last result sheet's profile and year, or null. */
  result: { profile: ModelProfile; year: number } | null;
  budget: boolean;
  typed: { devolved: number | null; devolvedB: number | null; target: number | null };
  savedCount: number;
  /** Tables the officer typed for a price-level conversion. */
  tables: number;
  /** A profile some written sheet uses was edited since: its sheets may now compute errors (a range past the new cap). */
  editedWritten: boolean;
}

const sheetNames = (data: FakeWorkbookData) => data.sheets.map((s) => s.name);

function evaluate(data: FakeWorkbookData): HyperFormula {
  return workbook(data.toSheets(true), [...data.names].map(([name, expression]) => ({ name, expression })));
}

/** The amount a field shows when nobody typed one: the result's schools' total in whole thousands down. */
function fromResult(model: Model): number | null {
  if (model.result === null) return null;
  const rule = unwrap(incentiveModel(model.result.profile.threshold, model.result.profile.cap, model.result.profile.schoolShare));
  const pays = summarise(ROWS, MAPPING, rule, model.result.year).reduce((t, line) => t.plus(line.pays), new Dec(0));
  return pays.div(1000).floor().times(1000).toNumber();
}

function amounts(model: Model) {
  const devolved = model.typed.devolved ?? fromResult(model);
  return { devolved, devolvedB: model.typed.devolvedB ?? devolved, target: model.typed.target ?? devolved };
}

const chosenName = (model: Model) => model.sheet?.selected ?? model.pending.selected;
const profilesOf = (model: Model) => model.sheet?.profiles ?? [...DEFAULT_PROFILES];

/** What the sequences did, by outcome (printed with PANE_MODEL_STATS=1, to see that they reach the writes). */
const STATS = new Map<string, number>();
const count = (what: string) => STATS.set(what, (STATS.get(what) ?? 0) + 1);

/** Runs a pane action to its end: its promise, then any action it started (the name question's answer). */
async function settle(real: Real, action: () => Promise<void> | void): Promise<void> {
  await act(async () => {
    await action();
  });
  await waitFor(() => expect(real.pane.current.state.busy).toBeNull());
}

/** The step after every command: the pane's inputs are the workbook's, and every result sheet ties out. */
function invariants(model: Model, real: Real): void {
  const { state, inputs } = real.pane.current;
  count(state.notice === null ? "no notice" : state.notice.intent);
  const sheets = real.data.toSheets();
  expect(state.busy).toBeNull();
  // 1. The model sheet and the pane agree, and both are what the model predicts.
  const modelSheet = sheets[MODEL_SHEET] as unknown[][] | undefined;
  expect(modelSheet !== undefined).toBe(model.sheet !== null);
  if (modelSheet !== undefined && model.sheet !== null) {
    const onSheet = { profiles: readProfiles(modelSheet), ...readChoices(modelSheet) };
    expect({ profiles: state.profiles, selected: state.profile, year: state.schoolYear }).toEqual({ profiles: onSheet.profiles, selected: onSheet.selected, year: onSheet.schoolYear });
    expect({ profiles: onSheet.profiles, selected: onSheet.selected, year: onSheet.schoolYear }).toEqual(model.sheet);
  } else {
    expect({ profiles: state.profiles, selected: state.profile, year: state.schoolYear }).toEqual({ profiles: [...DEFAULT_PROFILES], ...model.pending });
  }
  // 2. The amounts: typed, or the last result sheet's figure, or nothing.
  expect(inputs).toEqual(amounts(model));
  // 3. Every result sheet the pane wrote, through the formula engine, is the exact core under its own profile.
  const registry = sheets[REGISTRY_SHEET] as unknown[][] | undefined;
  const records = registry === undefined ? [] : readRecords(registry);
  const results = records.filter((r) => r.kind === "result");
  if (results.length > 0) {
    const hf = evaluate(real.data);
    const profiles = readProfiles(modelSheet ?? []);
    for (const record of results) {
      if (record.kind !== "result") continue;
      const profile = profiles.find((p) => p.name === record.profile);
      expect(profile).toBeDefined();
      againstCore(hf, record.sheet, ROWS, MAPPING, profile as ModelProfile, record.rows, record.schoolYear);
    }
    if (state.resultSheet !== null && model.result !== null) {
      // The pane's result sheet is the one the model thinks, and the amount read from it is the sheet's own total.
      const sheetId = hf.getSheetId(state.resultSheet) ?? -1;
      let row = RESULT_CELLS.firstDataRow;
      while (hf.getCellValue({ sheet: sheetId, row, col: RESULT_CELLS.summaryColumn }) !== "I alt") row += 1;
      const total = hf.getCellValue({ sheet: sheetId, row, col: RESULT_CELLS.summaryColumn + RESULT_CELLS.summary.pays }) as number;
      if (model.typed.devolved === null) expect(inputs.devolved).toBe(Math.floor(total / 1000) * 1000);
    }
  }
  // 4. The sheets the pane goes on from exist: its result sheet and its budget sheet.
  for (const name of [state.resultSheet, state.budgetSheet?.sheet ?? null]) if (name !== null) expect(sheetNames(real.data)).toContain(name);
  expect(state.resultSheet !== null).toBe(model.result !== null);
  expect(state.budgetSheet !== null).toBe(model.budget);
}

/** A pane action the model expects refused: nothing written, an error notice with the reason. */
function expectRefused(real: Real, before: readonly string[], reason: string): void {
  expect(sheetNames(real.data)).toEqual(before);
  expect(real.pane.current.state.notice).toEqual({ intent: "error", text: reason });
}

/** The reason the model expects for a step after the result (null: it runs). */
function afterResult(model: Model): string | null {
  if (!model.read) return T.refused.readList;
  return model.result === null ? T.applyFirst : null;
}

abstract class Step implements fc.AsyncCommand<Model, Real> {
  check(): boolean {
    return true;
  }
  abstract run(model: Model, real: Real): Promise<void>;
  abstract toString(): string;
}

class Read extends Step {
  async run(model: Model, real: Real) {
    await settle(real, () => real.pane.current.readTable());
    Object.assign(model, { read: true, result: null, budget: false });
    invariants(model, real);
  }
  toString = () => "Read";
}

class Apply extends Step {
  constructor(readonly answer: "newName" | "replace" | "cancel") {
    super();
  }
  async run(model: Model, real: Real) {
    const before = sheetNames(real.data);
    await settle(real, () => real.pane.current.apply());
    if (!model.read) {
      expectRefused(real, before, T.refused.readList);
      return invariants(model, real);
    }
    const question = real.pane.current.state.question;
    if (question !== null) {
      await settle(real, () => question.answer(this.answer));
      if (this.answer === "cancel") {
        expect(sheetNames(real.data)).toEqual(before);
        return invariants(model, real);
      }
    }
    expect(real.pane.current.state.notice?.intent).toBe("success");
    const year = model.sheet?.year ?? model.pending.year;
    model.sheet ??= { profiles: [...DEFAULT_PROFILES], selected: model.pending.selected, year: model.pending.year };
    const profile = model.sheet.profiles.find((p) => p.name === model.sheet?.selected) as ModelProfile;
    Object.assign(model, { result: { profile, year }, budget: false });
    invariants(model, real);
  }
  toString = () => `Apply(${this.answer})`;
}

class Compare extends Step {
  constructor(readonly a: number, readonly b: number) {
    super();
  }
  async run(model: Model, real: Real) {
    const before = sheetNames(real.data);
    const names = profilesOf(model).map((p) => p.name);
    await settle(real, () => real.pane.current.compare(names[this.a % names.length], names[this.b % names.length]));
    const why = afterResult(model);
    if (why !== null) expectRefused(real, before, why);
    else expect(real.pane.current.state.notice?.intent).toBe("success");
    invariants(model, real);
  }
  toString = () => `Compare(${this.a}, ${this.b})`;
}

class Net extends Step {
  constructor(readonly part: 0 | 1 | 2, readonly key: SafetyNetKey) {
    super();
  }
  async run(model: Model, real: Real) {
    const before = sheetNames(real.data);
    await settle(real, () => real.pane.current.distribute(this.part, this.key));
    const why = afterResult(model) ?? (this.key === "deficit" && !model.budget ? T.refused.deficitNeedsBudget : null);
    if (why !== null) expectRefused(real, before, why);
    else if (real.pane.current.state.notice?.intent === "error") {
      // A key that is 0 for every school (found by the test: no school beyond its budget once the
      // profile's share is 0) is refused in words, nothing written; any other error is a failure.
      expect(real.pane.current.state.notice.text).toContain(messages.keyAllZero(this.key).da);
      expect(sheetNames(real.data)).toEqual(before);
    } else expect(real.pane.current.state.notice?.intent).toBe("success");
    invariants(model, real);
  }
  toString = () => `Net(${this.part}, ${this.key})`;
}

class Budget extends Step {
  constructor(readonly withB: boolean) {
    super();
  }
  async run(model: Model, real: Real) {
    const before = sheetNames(real.data);
    const others = profilesOf(model).filter((p) => p.name !== chosenName(model));
    const b = this.withB && others.length > 0 ? others[0].name : null;
    await settle(real, () => real.pane.current.writeBudget(b));
    const { devolved, devolvedB } = amounts(model);
    const why =
      afterResult(model) ??
      (devolved === null || devolved <= 0 ? T.refused.devolved : b !== null && (devolvedB === null || devolvedB <= 0) ? T.refused.devolvedB : null);
    if (why !== null) expectRefused(real, before, why);
    else {
      expect(real.pane.current.state.notice?.intent).toBe("success");
      model.budget = true;
    }
    invariants(model, real);
  }
  toString = () => `Budget(${this.withB ? "with B" : "A"})`;
}

class Calibrate extends Step {
  constructor(readonly solveFor: Solved) {
    super();
  }
  async run(model: Model, real: Real) {
    const before = sheetNames(real.data);
    await settle(real, () => real.pane.current.calibrateTo(this.solveFor));
    const { target } = amounts(model);
    const why = !model.read ? T.refused.readList : target === null || target <= 0 ? T.refused.target : null;
    if (why !== null) expect(real.pane.current.state.notice).toEqual({ intent: "error", text: why });
    else expect(real.pane.current.state.budget).not.toBeNull();
    expect(sheetNames(real.data)).toEqual(before); // calibrating writes nothing
    invariants(model, real);
  }
  toString = () => `Calibrate(${this.solveFor})`;
}

class SaveCalibrated extends Step {
  async run(model: Model, real: Real) {
    const profile = real.pane.current.state.budget?.profile ?? null;
    if (profile === null) return invariants(model, real);
    await settle(real, () => real.pane.current.saveProfile(profile, "budget"));
    saved(model, real, profile);
  }
  toString = () => "SaveCalibrated";
}

class EditProfile extends Step {
  constructor(readonly existing: boolean, readonly threshold: number, readonly extra: number, readonly share: number) {
    super();
  }
  async run(model: Model, real: Real) {
    const name = this.existing ? chosenName(model) : `Eget forslag ${model.savedCount + 1}`;
    const profile: ModelProfile = { name, threshold: this.threshold, cap: this.threshold + this.extra, schoolShare: this.share, safetyNet: [1000000, 0, 500000] };
    await settle(real, () => real.pane.current.saveProfile(profile));
    saved(model, real, profile);
  }
  toString = () => `EditProfile(${this.existing ? "the chosen" : "new"}, ${this.threshold}, +${this.extra}, ${this.share})`;
}

/** After a save: the profile is on the model sheet (edited in its column or added) and chosen there. */
function saved(model: Model, real: Real, profile: ModelProfile): void {
  const profiles = profilesOf(model);
  const at = profiles.findIndex((p) => p.name === profile.name);
  if (at < 0 && profiles.length >= 23) {
    expect(real.pane.current.state.notice).toEqual({ intent: "error", text: T.profilesFull });
    return invariants(model, real);
  }
  expect(real.pane.current.state.notice?.intent).toBe("success");
  const next = at < 0 ? [...profiles, profile] : profiles.map((p, i) => (i === at ? profile : p));
  const year = model.sheet?.year ?? model.pending.year;
  model.sheet = { profiles: next, selected: profile.name, year };
  if (at < 0) model.savedCount += 1;
  // A result sheet keeps its profile by name: edited on the model sheet, its figures follow the edit.
  if (model.result !== null && model.result.profile.name === profile.name) {
    model.result = { ...model.result, profile };
    model.editedWritten = true;
  }
  invariants(model, real);
}

class Sensitivity extends Step {
  /** `basis`: the range the officer types fits the result sheet's model, or the profile chosen now (which may be another). */
  constructor(readonly solveFor: Solved, readonly basis: "result" | "chosen" = "result") {
    super();
  }
  async run(model: Model, real: Real) {
    const before = sheetNames(real.data);
    const chosen = profilesOf(model).find((p) => p.name === chosenName(model)) as ModelProfile;
    const basis = this.basis === "result" ? (model.result?.profile ?? chosen) : chosen;
    const range = this.solveFor === "share" ? { start: 0, end: 1, step: 0.25 } : { start: 0, end: Math.floor(basis.cap / 50000) * 50000, step: 50000 };
    await settle(real, () => real.pane.current.writeSensitivity({ solveFor: this.solveFor, ...range }));
    const why = afterResult(model);
    if (why !== null) expectRefused(real, before, why);
    else if (this.solveFor === "threshold" && range.end > (model.result?.profile.cap ?? 0)) {
      // The sheet varies the result's model: a threshold past its cap is refused in words, nothing written.
      expect(sheetNames(real.data)).toEqual(before);
      expect(real.pane.current.state.notice?.text).toMatch(/^Vælg tærsklen fra 0 til/);
    } else expect(real.pane.current.state.notice?.intent).toBe("success");
    invariants(model, real);
  }
  toString = () => `Sensitivity(${this.solveFor}, ${this.basis})`;
}

class ChooseProfile extends Step {
  constructor(readonly index: number) {
    super();
  }
  async run(model: Model, real: Real) {
    const names = profilesOf(model).map((p) => p.name);
    const name = names[this.index % names.length];
    await settle(real, () => real.pane.current.setProfile(name));
    if (model.sheet !== null) model.sheet.selected = name;
    else model.pending.selected = name;
    invariants(model, real);
  }
  toString = () => `ChooseProfile(${this.index})`;
}

class ChooseYear extends Step {
  constructor(readonly year: number) {
    super();
  }
  async run(model: Model, real: Real) {
    await settle(real, () => real.pane.current.setSchoolYear(this.year));
    if (model.sheet !== null) model.sheet.year = this.year;
    else model.pending.year = this.year;
    invariants(model, real);
  }
  toString = () => `ChooseYear(${this.year})`;
}

class Type extends Step {
  constructor(readonly field: "devolved" | "devolvedB" | "target", readonly value: number | null) {
    super();
  }
  async run(model: Model, real: Real) {
    await settle(real, () => real.pane.current.type(this.field, this.value));
    model.typed[this.field] = this.value;
    invariants(model, real);
  }
  toString = () => `Type(${this.field}, ${this.value})`;
}

/** The templates tab, beside the model: a proposal template into a new sheet. */
class Template extends Step {
  async run(model: Model, real: Real) {
    const outcome = await real.gateway.insertTemplate({ kind: "investment", options: { firstYear: 2026, years: 4, priceYear: 2026, filled: true }, name: "Investeringsforslag" });
    expect(outcome.kind).toBe("done");
    invariants(model, real);
  }
  toString = () => "Template";
}

/**
 * The templates tab's price-level conversion, as its panel runs it: the officer types a small table in
 * a sheet of their own and selects it; the plan is refused on a missing index year, else written. The
 * index table exists with both years, with one of them, or not at all.
 */
class PriceLevel extends Step {
  constructor(readonly index: "both" | "one" | "none") {
    super();
  }
  async run(model: Model, real: Real) {
    const sheet = `Tabel ${++model.tables}`;
    real.data.put(sheet, "A1", [["1.000 kr. 2023 p/l", "Styringsområde", 2022, 2023], ["Færre elever", "Service", -100, -420]]);
    if (this.index !== "none" && !real.data.names.has("Prisindeks")) {
      real.data.put("Prisindeks", "A1", [["År", "Indeks"], [2022, 100], [2023, this.index === "both" ? 103.1 : null]]);
      real.data.names.set("Prisindeks", "=Prisindeks!$A$1:$B$3");
    }
    real.data.selected = `'${sheet}'!A1:D2`;
    const selection = await real.gateway.readSelectionFormulas();
    const plan = planPriceLevel(selection.formulas, 2023, 2022, "Prisindeks");
    const years = (await real.gateway.readIndexYears()) ?? [];
    const runs = plan.tables === 1 && plan.yearsNeeded.every((y) => years.includes(y));
    if (runs) await real.gateway.writeFormulas(selection.sheet, selection.address, plan.formulas);
    const written = real.data.toSheets()[sheet];
    expect(written[1][3]).toBe(runs ? "=PRICELEVEL(-420,2023,2022,Prisindeks)" : -420);
    invariants(model, real);
  }
  toString = () => `PriceLevel(index: ${this.index})`;
}

/**
 * The check tab: reads the whole workbook. It finds nothing wrong in what the pane wrote — unless a
 * profile a written sheet uses was edited since, when the sheet's own errors (a sensitivity range past
 * the new cap) are what it must report, and nothing else.
 */
class Check extends Step {
  async run(model: Model, real: Real) {
    const grids = await real.gateway.readSheetsForCheck("workbook");
    const findings = checkWorkbook(grids);
    if (model.editedWritten) expect(findings.filter((f) => f.kind !== "errorValue")).toEqual([]);
    else expect(findings.map((f) => `${f.sheet}: ${f.message.da}`)).toEqual([]);
    invariants(model, real);
  }
  toString = () => "Check";
}

const money = fc.oneof(fc.constant(null), fc.constant(0), fc.integer({ min: 1, max: 3000 }).map((k) => k * 1000));
const STEPS = [
  fc.constant(new Read()),
  fc.constantFrom("newName", "replace", "cancel").map((a) => new Apply(a as "newName" | "replace" | "cancel")),
  fc.tuple(fc.nat(4), fc.nat(4)).map(([a, b]) => new Compare(a, b)),
  fc.tuple(fc.constantFrom<0 | 1 | 2>(0, 1, 2), fc.constantFrom<SafetyNetKey>("pupils", "payments", "deficit")).map(([p, k]) => new Net(p, k)),
  fc.boolean().map((b) => new Budget(b)),
  fc.constantFrom<Solved>("cap", "threshold", "share").map((s) => new Calibrate(s)),
  fc.constant(new SaveCalibrated()),
  fc
    .tuple(fc.boolean(), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 20 }), fc.constantFrom(0, 0.25, 0.5, 1))
    .map(([existing, t, extra, share]) => new EditProfile(existing, t * 10000, extra * 10000, share)),
  fc.tuple(fc.constantFrom<Solved>("cap", "threshold", "share"), fc.constantFrom<"result" | "chosen">("result", "chosen")).map(([s, b]) => new Sensitivity(s, b)),
  fc.nat(4).map((i) => new ChooseProfile(i)),
  fc.integer({ min: 2022, max: 2025 }).map((y) => new ChooseYear(y)),
  fc.tuple(fc.constantFrom<"devolved" | "devolvedB" | "target">("devolved", "devolvedB", "target"), money).map(([f, v]) => new Type(f, v)),
  fc.constant(new Template()),
  fc.constantFrom<"both" | "one" | "none">("both", "one", "none").map((i) => new PriceLevel(i)),
  fc.constant(new Check()),
];

/** A fresh workbook (the sample list as a table) and the pane opened on it, its tables and model read. */
async function open(): Promise<{ real: Real; model: Model; unmount: () => void }> {
  const data = pupilBook();
  const gateway = workbookGateway((work) => work(fakeContext(data)));
  const rendered = renderHook(() => useModelWorkflow(gateway, T, 2023, "da"));
  await waitFor(() => expect(rendered.result.current.state.table).toBe("Elevliste"));
  const model: Model = {
    read: false,
    sheet: null,
    pending: { selected: DEFAULT_PROFILES[0].name, year: 2023 },
    result: null,
    budget: false,
    typed: { devolved: null, devolvedB: null, target: null },
    savedCount: 0,
    editedWritten: false,
    tables: 0,
  };
  return { real: { data, gateway, pane: rendered.result }, model, unmount: rendered.unmount };
}

/**
 * Runs steps on a fresh workbook. `start`: 0 from the opened pane, 1 with the list read, 2 and 3 with
 * the model applied too, as most sessions go on (so most sequences reach the steps after the result).
 */
async function runSteps(steps: Iterable<fc.AsyncCommand<Model, Real>>, start = 0): Promise<void> {
  const { real, model, unmount } = await open();
  try {
    if (start >= 1) await new Read().run(model, real);
    if (start >= 2) await new Apply("newName").run(model, real);
    await fc.asyncModelRun(() => ({ model, real }), steps);
  } finally {
    unmount();
  }
}

/** How many sequences: 200 in CI (the floor); PANE_MODEL_RUNS for a longer hunt. */
const RUNS = Number(process.env.PANE_MODEL_RUNS ?? 200);

describe("the pane as a state machine (issue 27)", () => {
  it(`${RUNS} random sequences of the pane's actions: after every step its inputs are the workbook's and every result sheet ties out`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(STEPS, { maxCommands: 9 }), fc.nat(3), (steps, start) => runSteps(steps, start)),
      { numRuns: RUNS },
    );
    if (process.env.PANE_MODEL_STATS !== undefined) console.log(Object.fromEntries(STATS));
  }, 600000);

  // The shrunk sequences the property found while it was built, each a bug fixed then.
  it("kept: editing a default profile before the model sheet exists keeps it in its column (it moved after the others)", async () => {
    await runSteps([new Calibrate("cap"), new EditProfile(true, 250000, 140000, 1)]);
  });

  it("kept: the sensitivity's range is checked against the result sheet's model, not a profile chosen since (a threshold range past the result's cap wrote nothing)", async () => {
    await runSteps([new EditProfile(false, 270000, 30000, 0), new Sensitivity("threshold", "chosen")], 2);
  });

  it("kept: editing the profile the result sheet was written for moves the summary and the amounts read from it (they stayed at the old figures)", async () => {
    await runSteps([new Read(), new Check(), new Apply("newName"), new Apply("cancel"), new Calibrate("share"), new EditProfile(true, 150000, 20000, 0.5)]);
  });

  it("kept: Kontrol reports the errors a written sensitivity sheet shows once its model's profile is edited past its range", async () => {
    await runSteps([new Sensitivity("threshold", "result"), new EditProfile(true, 0, 0, 0), new Check()], 2);
  });

  it("kept: a budget whose devolved amount no cap reaches says so in words, not #N/A (Kontrol found the error value)", async () => {
    await runSteps([new Type("devolved", 1286000), new Budget(false), new Check()], 2);
  });

  it("kept: the deficit key where no school pays beyond its budget is refused in words (it failed with ALLOCATE's 'keys sum to 0')", async () => {
    await runSteps([new Budget(false), new EditProfile(true, 0, 0, 0), new Net(0, "deficit")], 2);
  });
});
