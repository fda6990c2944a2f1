import { RESULT_CELLS } from "../../src/sheets/layouts";
/**
 * Sheets that look like municipal tables (issue #15), read back from what each writer wrote: the
 * command line's .xlsx (make-template, read with exceljs) and the pane's writes into the in-memory
 * Excel. Asserted from the sheets' own cells, not from the style that asked for them: header rows
 * filled, bold and bordered below; the input cells shaded and unlocked; formula cells in a fill of
 * their own; a grid in every table; no header text wider than its column; header rows frozen; the
 * profile drop-down on the model sheet; zeros hidden in a blank template; print titles.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { boxOf, cellAddress } from "../../src/core/address";
import { DEFAULT_PROFILES } from "../../src/core/profiles";
import { ENGLISH_EXCEL, excelHost } from "../../src/office/host";
import { applyModel, insertTemplate, readTable } from "../../src/office/workbook";
import { MODEL_SHEET } from "../../src/sheets/layouts";
import { COLOURS, type SheetLook } from "../../src/sheets/style";
import { TEMPLATE_KINDS, TEMPLATE_SHEET_NAMES, type TemplateKind, templateLayout, type TemplateLayout } from "../../src/sheets/templates";
import { main } from "../../tools/cli";
import { fakeContext } from "../../tools/dev/fakeExcel";
import { guessColumns } from "../../src/core/pupils";
import { messyRows, pupilBook } from "../../tools/dev/pupilList";
import { readXlsx } from "../../tools/xlsx";

const dir = mkdtempSync(path.join(tmpdir(), "look-"));
const OPTIONS = { firstYear: 2026, years: 4, priceYear: 2026 };

interface Written {
  readonly cells: readonly (readonly unknown[])[];
  readonly formats: readonly (readonly unknown[])[];
  readonly look: SheetLook;
}

/** A blank template as `make-template` writes it. */
async function fromCommandLine(kind: TemplateKind): Promise<Written> {
  const file = path.join(dir, `${kind}.xlsx`);
  const lines: string[] = [];
  const code = await main(["make-template", kind, file, "--first-year", "2026", "--years", "4", "--price-year", "2026", "--force"], (l) => lines.push(l));
  expect({ code, lines }).toMatchObject({ code: 0 });
  const content = await readXlsx(file);
  const sheet = TEMPLATE_SHEET_NAMES[kind];
  return { cells: content.sheets[sheet], formats: content.numberFormats[sheet], look: content.looks[sheet] };
}

/** The same template as the pane inserts it into Excel. */
async function fromPane(kind: TemplateKind): Promise<Written> {
  const data = pupilBook(messyRows(5));
  const outcome = await insertTemplate(fakeContext(data), { kind, options: OPTIONS, name: TEMPLATE_SHEET_NAMES[kind] }, ENGLISH_EXCEL);
  expect(outcome).toMatchObject({ kind: "done" });
  const context = fakeContext(data);
  const range = context.workbook.worksheets.getItem(TEMPLATE_SHEET_NAMES[kind]).getUsedRange().load("formulas,numberFormat");
  await context.sync();
  const sheet = data.sheet(TEMPLATE_SHEET_NAMES[kind]);
  if (sheet === undefined) throw new Error("no sheet");
  return { cells: range.formulas, formats: range.numberFormat, look: sheet.look() };
}

const key = (r: number, c: number) => `${r},${c}`;
const isFormula = (v: unknown) => typeof v === "string" && v.startsWith("=");
const text = (v: unknown) => (typeof v === "string" && v !== "" && !isFormula(v) ? v : null);

/** The layout's own anchors say where its year header is; the rest is read off the written cells. */
function expectMunicipal(layout: TemplateLayout, written: Written): void {
  const { cells, formats, look } = written;
  const headerRow = (layout.anchors.header ?? { row: 6 }).row;
  const header = cells[headerRow];
  const headerCells = header.map((v, c) => ({ v, c })).filter(({ v }) => v !== null && v !== "");
  expect(headerCells.length).toBeGreaterThan(1);
  for (const { v, c } of headerCells) {
    // Filled, bold, a border below; and the column at least as wide as the header's text.
    expect({ cell: cellAddress(headerRow, c), fill: look.fills.get(key(headerRow, c)) }).toEqual({ cell: cellAddress(headerRow, c), fill: COLOURS.header });
    expect(look.bold.has(key(headerRow, c))).toBe(true);
    expect(look.borders.get(key(headerRow, c))?.has("bottom")).toBe(true);
    const t = text(v);
    if (t !== null) expect({ header: t, width: look.widths[c] }).toEqual({ header: t, width: expect.any(Number) });
    if (t !== null) expect(look.widths[c] ?? 8.43).toBeGreaterThanOrEqual(t.length);
  }
  // Every text inside a bordered table, or with a filled cell to its right, fits its column (a title or
  // a note runs on into the empty cells beside it).
  cells.forEach((row, r) => {
    row.forEach((v, c) => {
      const t = text(v);
      const next = row[c + 1];
      const mustFit = look.borders.has(key(r, c)) || (next !== null && next !== undefined && next !== "");
      if (t !== null && mustFit) expect({ at: cellAddress(r, c), t, fits: (look.widths[c] ?? 8.43) >= t.trim().length }).toMatchObject({ fits: true });
    });
  });
  // Rows from the first to the header's are frozen, and print on every page.
  expect(look.frozenRows).toBe(layout.kind === "skolefleks" ? 0 : headerRow + 1);
  if (layout.kind !== "skolefleks") expect(look.printTitleRows).toBe(`$1:$${headerRow + 1}`);
  // Every formula cell below the header is in the computed fill, and has a grid around it.
  let formulas = 0;
  cells.forEach((row, r) =>
    row.forEach((v, c) => {
      if (r <= headerRow || !isFormula(v)) return;
      formulas += 1;
      expect({ at: cellAddress(r, c), fill: look.fills.get(key(r, c)) }).toEqual({ at: cellAddress(r, c), fill: COLOURS.computed });
      expect({ at: cellAddress(r, c), sides: [...(look.borders.get(key(r, c)) ?? [])].sort() }).toEqual({ at: cellAddress(r, c), sides: ["bottom", "left", "right", "top"] });
    }),
  );
  expect(formulas).toBeGreaterThan(0);
  // Input cells are shaded and unlocked; every unlocked cell is shaded, and blank or a value.
  expect(look.unlocked.size).toBeGreaterThan(0);
  for (const k of look.unlocked) {
    const [r, c] = k.split(",").map(Number);
    expect({ at: cellAddress(r, c), fill: look.fills.get(k), formula: isFormula(cells[r]?.[c]) }).toEqual({ at: cellAddress(r, c), fill: COLOURS.input, formula: false });
  }
  // A blank template shows no zeros: every number format in the sheet hides them.
  const used = new Set(formats.flat().filter((f) => f !== "General" && f !== null && f !== ""));
  expect(used.size).toBeGreaterThan(0);
  for (const f of used) expect(String(f).split(";")[2]).toBe("");
}

describe.each(TEMPLATE_KINDS)("the %s template looks like the seeds' tables", (kind) => {
  const layout = templateLayout(kind, TEMPLATE_SHEET_NAMES[kind], OPTIONS);
  it("in the command line's .xlsx", async () => {
    const written = await fromCommandLine(kind);
    expectMunicipal(layout, written);
    expect(written.look.landscape).toBe(true);
  });
  it("in the pane's write", async () => {
    const written = await fromPane(kind);
    expectMunicipal(layout, written);
    expect(written.look.landscape).toBe(true);
  });
});

it("a blank investment proposal names no styringsområde on rows without an item", async () => {
  const { cells } = await fromCommandLine("investment");
  const areas = cells.filter((row) => row[0] === null && row[1] === "Service");
  expect(areas).toEqual([]);
  // The one "Service" left is the row that sums it.
  expect(cells.filter((row) => row[1] === "Service").map((row) => row[0])).toEqual(["Heraf styringsområde Service"]);
});

describe("the model sheet", () => {
  async function applied(requirementSets: string[] | null) {
    const data = pupilBook(messyRows(12));
    data.requirementSets = requirementSets;
    const list = await readTable(fakeContext(data), "Elevliste");
    const host = excelHost("en-US", (name, version) => data.supports(`${name} ${version}`));
    const outcome = await applyModel(fakeContext(data), { list, mapping: guessColumns(list.headers), schoolYear: 2023, resultName: "Resultat" }, host);
    expect(outcome).toEqual(expect.objectContaining({ kind: "done" }));
    return data;
  }

  it("offers the profiles in a drop-down on the chosen model, its header frozen, its profiles shaded as inputs", async () => {
    const data = await applied(null);
    const look = data.sheet(MODEL_SHEET)?.look();
    expect(look?.validations.get("4,2")).toBe("$D$4:$Z$4");
    expect(look?.frozenRows).toBe(4);
    expect(look?.fills.get("4,2")).toBe(COLOURS.input);
    expect(look?.unlocked.has("4,2")).toBe(true);
    // Each profile's threshold is an input; the chosen value next to it is computed.
    DEFAULT_PROFILES.forEach((_p, i) => expect(look?.fills.get(key(6, 3 + i))).toBe(COLOURS.input));
    expect(look?.fills.get("6,2")).toBe(COLOURS.computed);
    // The result sheet: its header row frozen, the pupils' rows in the computed fill down to the last.
    const result = data.sheet("Resultat")?.look();
    expect(result?.frozenRows).toBe(RESULT_CELLS.firstDataRow);
    expect(result?.fills.get(key(RESULT_CELLS.firstDataRow + 11, 6))).toBe(COLOURS.computed);
    expect([...(result?.borders.get(key(RESULT_CELLS.firstDataRow + 11, 0)) ?? [])].sort()).toEqual(["bottom", "left", "right", "top"]);
  });

  it("in an Excel before ExcelApi 1.7 the sheet is written whole, with no frozen rows, drop-down or print set-up", async () => {
    const data = await applied(["ExcelApi 1.4", "CustomFunctionsRuntime 1.2"]);
    const look = data.sheet(MODEL_SHEET)?.look();
    expect(look).toMatchObject({ frozenRows: 0, printTitleRows: null, landscape: false });
    expect(look?.validations.size).toBe(0);
    expect(look?.fills.get("4,2")).toBe(COLOURS.input);
  });

  it("in the command line's sample workbook the model sheet has the same drop-down", async () => {
    const file = path.join(dir, "Eksempel.xlsx");
    const code = await main(["sample", file], () => undefined);
    expect(code).toBe(0);
    const content = await readXlsx(file);
    expect(content.looks[MODEL_SHEET].validations.get("4,2")).toBe("$D$4:$Z$4");
    expect(content.looks[MODEL_SHEET].frozenRows).toBe(4);
    // The box of the profile names the drop-down reads.
    expect(boxOf("$D$4:$Z$4")).toEqual({ row: 3, column: 3, rows: 1, columns: 23 });
  });
});
