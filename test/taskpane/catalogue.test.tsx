/**
 * @jest-environment jsdom
 */
/*
 * Katalog under Kontrol (issue #31) as a state machine: random sequences of what a budget controller
 * does — read the workbook's proposals, pick proposal files (saved by LibreOffice; one saved without
 * calculated values; one not a workbook), remove one, leave the workbook out, choose a price level or
 * none, write the catalogue (and answer "Katalog exists"), and change an amount in the workbook's
 * proposal between writes — run by fast-check's model-based testing against the real hook, gateway
 * and .xlsx reader over the in-memory Excel. After every step:
 * - a write on a value nobody chose (no price level, no proposals chosen) was refused with its reason
 *   and wrote nothing — predicted by the model here;
 * - every catalogue sheet written, computed by the formula engine over the whole workbook, holds the
 *   proposals the model says it was written from, and its totals per year equal the model's sum of
 *   their amounts converted with the fixtures' index, to half an øre: the workbook's proposal as it
 *   was at the write (an amount changed before it counts), the files as read when picked.
 */
import { TextDecoder, TextEncoder } from "node:util";
import fc from "fast-check";
import { act, fireEvent, render, renderHook, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { CataloguePanel } from "../../src/taskpane/CataloguePanel";
import { readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import path from "node:path";
import { Dec } from "../../src/core/decimal";
import { xlsxSheets } from "../../src/core/xlsxValues";
import type { ZipPart } from "../../src/core/zip";
import { workbookGateway, type WorkbookGateway } from "../../src/office/gateway";
import { CATALOGUE_SHEET } from "../../src/office/workbook";
import { TEMPLATE_SHEET_NAMES } from "../../src/sheets/templates";
import { type ReadFile, useCatalogue } from "../../src/taskpane/CataloguePanel/useCatalogue";
import { STRINGS } from "../../src/taskpane/strings";
import { FIXTURE_DIR, FIXTURE_INDEX, FIXTURES } from "../../tools/catalogueFixtures";
import { fakeContext, FakeWorkbookData } from "../../tools/dev/fakeExcel";
import { workbook } from "../../tools/engine";
import { TABEL_1 } from "../../tools/seeds";
import { sourceCalculator } from "../../tools/sourceFunctions";
import { runs } from "../support/mutation";

// jsdom has no TextDecoder and no ResizeObserver (Fluent's MessageBar asks for one); every Office host's browser has both.
Object.assign(globalThis, { TextDecoder, TextEncoder });
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
} as unknown as typeof ResizeObserver;

const T = STRINGS.da.catalogue;
const INDEX = new Map(FIXTURE_INDEX.map(([y, v]) => [y, new Dec(v)]));
/** The workbook's own proposal: seed 000's investment template, filled, at 2023 p/l. */
const OWN_PRICE_YEAR = 2023;
const FEWER_PUPILS = "Færre elever i specialundervisningstilbud";

/** The files a controller may pick: four saved by LibreOffice (one proposal each), one saved without calculated values, one not a workbook. */
const GOOD = FIXTURES.filter((f) => f.libreOffice === true).map((f) => f.file);
const FILES = [...GOOD, "inv-01.xlsx", "notes.txt"];
const bytesOf = (name: string): Uint8Array => (name === "notes.txt" ? new TextEncoder().encode("Budgetnoter 2026\n") : readFileSync(path.join(FIXTURE_DIR, name)));

/** Node's inflater where the pane has the browser's (tested on its own in xlsxValues.test.ts): at most the part's declared size. */
const nodeInflate = async (stored: Uint8Array, part: ZipPart) => {
  try {
    return new Uint8Array(inflateRawSync(stored, { maxOutputLength: Math.max(part.size, 1) }));
  } catch {
    return { kind: "damaged" as const, part: part.name };
  }
};
/** The pane's reader on the file's bytes (jsdom's File has no arrayBuffer: the bytes by name). */
const readFile: ReadFile = (file) => xlsxSheets(bytesOf(file.name), nodeInflate);

interface Real {
  readonly data: FakeWorkbookData;
  readonly gateway: WorkbookGateway;
  readonly pane: { readonly current: ReturnType<typeof useCatalogue> };
}

/** A proposal as the model knows it: its price level and total per year in 1.000 kr. */
interface Known {
  readonly priceYear: number;
  readonly totals: ReadonlyMap<number, number>;
}

interface Model {
  fromWorkbook: boolean;
  /** Files picked and still listed, by name. */
  files: Set<string>;
  priceYear: number | null;
  /** What was added to the workbook proposal's 2027 saving since it was filled. */
  edited: number;
  questionOpen: boolean;
  /** Each catalogue sheet written: its proposals, as the model expects them. */
  written: Map<string, Known[]>;
}

const own = (model: Model): Known => ({
  priceYear: OWN_PRICE_YEAR,
  totals: new Map(TABEL_1.years.map((y, i) => [y, TABEL_1.total[i] + (y === 2027 ? model.edited : 0)])),
});
const fileKnown = (name: string): Known => {
  const f = FIXTURES.find((x) => x.file === name);
  if (f === undefined) throw new Error(name);
  return { priceYear: f.priceYear as number, totals: new Map(Object.entries(f.totals).map(([y, v]) => [Number(y), v])) };
};
const chosen = (model: Model): Known[] => [...(model.fromWorkbook ? [own(model)] : []), ...[...model.files].filter((f) => GOOD.includes(f)).map(fileKnown)];

/** Runs a pane action to its end. */
async function settle(real: Real, action: () => Promise<void> | void): Promise<void> {
  await act(async () => {
    await action();
  });
  await waitFor(() => expect(real.pane.current.state.busy).toBeNull());
}

const sheetNames = (data: FakeWorkbookData) => data.sheets.map((s) => s.name);

/** After every step: the pane's list of files is the model's, and every catalogue sheet ties out with the model's proposals. */
function invariants(model: Model, real: Real): void {
  const { state } = real.pane.current;
  expect(state.busy).toBeNull();
  expect(state.question !== null).toBe(model.questionOpen);
  expect(state.files.map((f) => f.name).sort()).toEqual([...model.files].sort());
  expect(state.priceYear).toBe(model.priceYear);
  const catalogues = sheetNames(real.data).filter((n) => n.startsWith(CATALOGUE_SHEET));
  expect(catalogues.sort()).toEqual([...model.written.keys()].sort());
  if (catalogues.length === 0) return;
  const hf = workbook(real.data.toSheets(true), [...real.data.names].map(([name, expression]) => ({ name, expression })));
  for (const name of catalogues) {
    const values = hf.getSheetValues(hf.getSheetId(name) ?? -1);
    const expected = model.written.get(name) as Known[];
    const priceYear = values[1][1] as number;
    // The header row: the years; the total row follows the proposals after one blank row.
    const header = values[3];
    const years = header.map((v, c) => ({ v, c })).filter((x): x is { v: number; c: number } => typeof x.v === "number");
    const totalRow = 4 + Math.max(expected.length, 1) + 1;
    expect(values[totalRow][0]).toBe("I alt (Med = Ja)");
    for (const { v: year, c } of years) {
      const sum = expected.reduce((s, k) => {
        const amount = k.totals.get(year);
        if (amount === undefined) return s;
        return s.plus(k.priceYear === priceYear ? new Dec(amount) : new Dec(amount).times(INDEX.get(priceYear) as Dec).div(INDEX.get(k.priceYear) as Dec));
      }, new Dec(0));
      expect({ name, year, total: new Dec(values[totalRow][c] as number).minus(sum).abs().lte("0.000005") }).toEqual({ name, year, total: true });
    }
  }
}

abstract class Step implements fc.AsyncCommand<Model, Real> {
  check(model: Model): boolean {
    return !model.questionOpen;
  }
  abstract run(model: Model, real: Real): Promise<void>;
  abstract toString(): string;
}

class ReadWorkbook extends Step {
  async run(model: Model, real: Real) {
    await settle(real, () => real.pane.current.read());
    if (model.fromWorkbook) expect(real.pane.current.state.workbook?.map((s) => s.proposal.sheet)).toEqual([TEMPLATE_SHEET_NAMES.investment]);
    invariants(model, real);
  }
  toString = () => "ReadWorkbook";
}

class Pick extends Step {
  constructor(readonly names: readonly string[]) {
    super();
  }
  async run(model: Model, real: Real) {
    await settle(real, () => real.pane.current.addFiles(this.names.map((n) => new File(["x"], n))));
    for (const n of this.names) model.files.add(n);
    for (const line of real.pane.current.state.files) {
      if (GOOD.includes(line.name)) expect({ name: line.name, proposals: line.sources.length, notRead: line.notRead }).toEqual({ name: line.name, proposals: 1, notRead: null });
      else expect({ name: line.name, proposals: line.sources.length, read: line.notRead === null }).toEqual({ name: line.name, proposals: 0, read: false });
    }
    invariants(model, real);
  }
  toString = () => `Pick(${this.names.join(", ")})`;
}

class Remove extends Step {
  constructor(readonly name: string) {
    super();
  }
  check(model: Model) {
    return super.check(model) && model.files.has(this.name);
  }
  async run(model: Model, real: Real) {
    await settle(real, () => real.pane.current.removeFile(this.name));
    model.files.delete(this.name);
    invariants(model, real);
  }
  toString = () => `Remove(${this.name})`;
}

class FromWorkbook extends Step {
  constructor(readonly on: boolean) {
    super();
  }
  async run(model: Model, real: Real) {
    await settle(real, () => real.pane.current.setFromWorkbook(this.on));
    model.fromWorkbook = this.on;
    invariants(model, real);
  }
  toString = () => `FromWorkbook(${this.on})`;
}

class PriceYear extends Step {
  constructor(readonly year: number | null) {
    super();
  }
  async run(model: Model, real: Real) {
    await settle(real, () => real.pane.current.setPriceYear(this.year));
    model.priceYear = this.year;
    invariants(model, real);
  }
  toString = () => `PriceYear(${this.year})`;
}

/** Changes the workbook proposal's 2027 saving, as a department might before the catalogue is written. */
class EditAmount extends Step {
  constructor(readonly by: number) {
    super();
  }
  async run(model: Model, real: Real) {
    const sheet = TEMPLATE_SHEET_NAMES.investment;
    const rows = real.data.toSheets()[sheet] as unknown[][];
    const r = rows.findIndex((row) => row.includes(FEWER_PUPILS));
    const c = rows.findIndex(() => false);
    const yearColumn = (rows.find((row) => row.includes(2027)) ?? []).indexOf(2027);
    expect([r >= 0, yearColumn > 0, c]).toEqual([true, true, -1]);
    const before = rows[r][yearColumn] as number;
    model.edited += this.by;
    real.data.put(sheet, `${String.fromCharCode(65 + yearColumn)}${r + 1}`, [[before + this.by]]);
    invariants(model, real);
  }
  toString = () => `EditAmount(${this.by})`;
}

class Write extends Step {
  async run(model: Model, real: Real) {
    const before = sheetNames(real.data);
    await settle(real, () => real.pane.current.write());
    const notice = real.pane.current.state.notice;
    const refusal = model.priceYear === null ? T.choosePriceYear : !model.fromWorkbook && ![...model.files].some((f) => GOOD.includes(f)) ? T.nothingChosen : null;
    if (refusal !== null) {
      expect(notice).toEqual({ intent: "error", text: refusal });
      expect(sheetNames(real.data)).toEqual(before);
      return invariants(model, real);
    }
    if (model.written.has(CATALOGUE_SHEET)) {
      model.questionOpen = true;
      expect(sheetNames(real.data)).toEqual(before);
      return invariants(model, real);
    }
    expect(notice?.intent).toBe("success");
    model.written.set(CATALOGUE_SHEET, chosen(model));
    invariants(model, real);
  }
  toString = () => "Write";
}

class Answer implements fc.AsyncCommand<Model, Real> {
  constructor(readonly choice: "newName" | "replace" | "cancel") {}
  check(model: Model) {
    return model.questionOpen;
  }
  async run(model: Model, real: Real) {
    const before = sheetNames(real.data);
    const freeName = real.pane.current.state.question?.freeName as string;
    await settle(real, () => real.pane.current.answer(this.choice));
    model.questionOpen = false;
    if (this.choice === "cancel") expect(sheetNames(real.data)).toEqual(before);
    else model.written.set(this.choice === "replace" ? CATALOGUE_SHEET : freeName, chosen(model));
    invariants(model, real);
  }
  toString = () => `Answer(${this.choice})`;
}

const STEPS = [
  fc.constant(new ReadWorkbook()),
  fc.subarray(FILES, { minLength: 1, maxLength: 3 }).map((names) => new Pick(names)),
  fc.constantFrom(...FILES).map((n) => new Remove(n)),
  fc.boolean().map((on) => new FromWorkbook(on)),
  fc.constantFrom(null, OWN_PRICE_YEAR, 2026).map((y) => new PriceYear(y)),
  fc.constantFrom(-100, 250).map((by) => new EditAmount(by)),
  fc.constant(new Write()),
  fc.constant(new Write()),
  fc.constantFrom<"newName" | "replace" | "cancel">("newName", "replace", "cancel").map((c) => new Answer(c)),
];

/** A workbook with seed 000's investment proposal (a filled template) and the fixtures' index table as Prisindeks. */
async function open(): Promise<{ real: Real; model: Model; unmount: () => void }> {
  const data = new FakeWorkbookData();
  data.calculator = sourceCalculator();
  data.busyReads = 1;
  const gateway = workbookGateway((work) => work(fakeContext(data)));
  const inserted = await gateway.insertTemplate({ kind: "investment", options: { firstYear: 2022, years: 6, priceYear: OWN_PRICE_YEAR, filled: true }, name: TEMPLATE_SHEET_NAMES.investment });
  expect(inserted.kind).toBe("done");
  data.put("Prisindeks", "A1", [["År", "Indeks"], ...FIXTURE_INDEX.map(([y, v]) => [y, v])]);
  data.names.set("Prisindeks", `=Prisindeks!$A$1:$B$${FIXTURE_INDEX.length + 1}`);
  const rendered = renderHook(() => useCatalogue(gateway, "da", readFile));
  const model: Model = { fromWorkbook: true, files: new Set(), priceYear: null, edited: 0, questionOpen: false, written: new Map() };
  return { real: { data, gateway, pane: rendered.result }, model, unmount: rendered.unmount };
}

async function runSteps(steps: Iterable<fc.AsyncCommand<Model, Real>>): Promise<void> {
  const { real, model, unmount } = await open();
  try {
    await fc.asyncModelRun(() => ({ model, real }), steps);
  } finally {
    unmount();
  }
}

describe("Katalog in the pane as a state machine (issue #31)", () => {
  it("writes seed 000's proposal at its own price level with the seed's total effect per year, tied out", async () => {
    const { real, model, unmount } = await open();
    try {
      await new PriceYear(OWN_PRICE_YEAR).run(model, real);
      await new Write().run(model, real);
      const notice = real.pane.current.state.notice;
      expect(notice?.text).toMatch(/^Kataloget står i arket Katalog: 1 forslag i 2023-p\/l, afstemt med beregningen i \d+ celler\./);
      // The seed's own figures on the sheet, where the layout puts them.
      const values = real.data.toSheets(true);
      const hf = workbook(values, [...real.data.names].map(([name, expression]) => ({ name, expression })));
      const sheet = hf.getSheetValues(hf.getSheetId(CATALOGUE_SHEET) ?? -1);
      // The header in row 4, the one proposal under it; its years from 2022.
      const first = sheet[3].indexOf(2022);
      expect(sheet[4].slice(first, first + 6)).toEqual(TABEL_1.total);
    } finally {
      unmount();
    }
  });

  it("refuses to write without a price level chosen, or with neither the workbook nor a file with proposals", async () => {
    await runSteps([new Write(), new FromWorkbook(false), new PriceYear(2026), new Write(), new Pick(["inv-01.xlsx", "notes.txt"]), new Write()]);
  });

  it("reads the amounts again at the write: a change after Læs forslagene is in the catalogue", async () => {
    await runSteps([new ReadWorkbook(), new PriceYear(2026), new EditAmount(250), new Write(), new Answer("cancel"), new EditAmount(-100), new Write(), new Answer("replace"), new Write(), new Answer("newName")]);
  });

  it(`random sequences of the catalogue's actions: refusals as predicted, every catalogue sheet ties out with its proposals`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(STEPS, { maxCommands: 10 }), (steps) => runSteps(steps)),
      runs(100),
    );
  }, 600000);

  it("on screen: a picked file gets its line, the price level typed, the catalogue written and said so", async () => {
    const { real, unmount } = await open();
    unmount();
    render(
      <FluentProvider theme={webLightTheme}>
        <CataloguePanel language="da" gateway={real.gateway} readFile={readFile} />
      </FluentProvider>,
    );
    const picker = screen.getByLabelText(T.pickFiles, { selector: "input" });
    fireEvent.change(picker, { target: { files: [new File(["x"], "inv-02.xlsx"), new File(["x"], "notes.txt")] } });
    await screen.findByText(/^inv-02\.xlsx: 1 forslag/);
    expect(screen.getByText(/^notes\.txt: ikke læst: ikke en \.xlsx-projektmappe/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: T.write }));
    await screen.findByText(T.choosePriceYear);
    expect(sheetNames(real.data)).not.toContain(CATALOGUE_SHEET);
    const year = screen.getByRole("spinbutton", { name: T.priceYear });
    fireEvent.change(year, { target: { value: "2026" } });
    fireEvent.blur(year);
    fireEvent.click(screen.getByRole("button", { name: T.write }));
    await screen.findByText(/^Kataloget står i arket Katalog: 2 forslag i 2026-p\/l/, undefined, { timeout: 10000 });
    expect(sheetNames(real.data)).toContain(CATALOGUE_SHEET);
  }, 30000);
});

