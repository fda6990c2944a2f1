/**
 * The sample workbook assets/Eksempel.xlsx (issue #5): current with its generator, and every formula
 * evaluates without an error in a formula engine with the add-in's functions, giving the seeds' figures.
 */
import { cellAddress } from "../../src/core/address";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DetailedCellError, type HyperFormula } from "hyperformula";
import { main } from "../../tools/cli";
import { SAMPLE_DEVOLVED, SAMPLE_FILE, SAMPLE_SHEETS } from "../../tools/sample";
import { readXlsx } from "../../tools/xlsx";
import { registerFunctions, workbook } from "../../tools/engine";
import { expected } from "../../tools/dev/pupilList";
import { BALLERUP, ISU01, PUPILS, TABEL_1 } from "../../tools/seeds";
import { sourceFunctions } from "../../tools/sourceFunctions";
import { Dec } from "../../src/core/decimal";
import { allocate } from "../../src/core/allocate";
import { calibrate, listTotal, schoolBudgets } from "../../src/core/budget";
import { DEFAULT_PROFILES } from "../../src/core/profiles";
import { unwrap } from "../../src/core/result";
import { incentiveModel } from "../../src/core/segregation";
import { BUDGET_CELLS } from "../../src/sheets/budget";

const ROOT = path.resolve(__dirname, "../..");
const { metadata, registry } = sourceFunctions();
registerFunctions(metadata, registry);

let committed: Awaited<ReturnType<typeof readXlsx>>;
let hf: HyperFormula;

beforeAll(async () => {
  committed = await readXlsx(path.join(ROOT, SAMPLE_FILE));
  hf = workbook(committed.sheets, committed.names, committed.tables);
});

function value(sheet: string, address: string): unknown {
  const a = hf.simpleCellAddressFromString(address, hf.getSheetId(sheet) ?? -1);
  if (a === undefined) throw new Error(address);
  return hf.getCellValue(a);
}

describe(`the sample workbook ${SAMPLE_FILE}`, () => {
  it("is what `npm run make-sample` generates from the seeds today", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "sample-")), "Eksempel.xlsx");
    const lines: string[] = [];
    expect(await main(["sample", file], (l) => lines.push(l))).toBe(0);
    const fresh = await readXlsx(file);
    expect(committed.sheets).toEqual(fresh.sheets);
    expect(committed.names).toEqual(fresh.names);
    expect(committed.numberFormats).toEqual(fresh.numberFormats);
  });

  it("holds the pupil list, the model, its result, the schools' budget, the proposals, SkoleFleks, Ballerup's table and key figures", () => {
    expect(Object.keys(committed.sheets)).toEqual([
      SAMPLE_SHEETS.readMe,
      SAMPLE_SHEETS.pupils,
      "Incitamentsmodel",
      SAMPLE_SHEETS.result,
      SAMPLE_SHEETS.budget,
      SAMPLE_SHEETS.investment,
      SAMPLE_SHEETS.prioritisation,
      SAMPLE_SHEETS.skolefleks,
      SAMPLE_SHEETS.dayTreatment,
      SAMPLE_SHEETS.keyFigures,
    ]);
  });

  it("opens with a front sheet that says what each sheet shows and that the functions need the add-in (#NAME? without)", () => {
    const text = committed.sheets[SAMPLE_SHEETS.readMe].flat().filter((v): v is string => typeof v === "string");
    expect(text.join("\n")).toContain("#NAME?");
    const described = committed.sheets[SAMPLE_SHEETS.readMe].map((row) => row[0]);
    expect(Object.keys(committed.sheets).slice(1).every((sheet) => described.includes(sheet))).toBe(true);
  });

  it("keeps the pupil list as an Excel table of pupils only: the total stands below it", () => {
    expect(committed.tables).toEqual([{ name: "Elevliste", sheet: SAMPLE_SHEETS.pupils, address: `A1:H${PUPILS.length + 1}` }]);
    const rows = committed.sheets[SAMPLE_SHEETS.pupils];
    expect(rows.slice(1, PUPILS.length + 1).map((row) => row[0])).toEqual(PUPILS.map((p) => p.name));
    expect(rows[PUPILS.length + 1]?.every((v) => v === null) ?? true).toBe(true);
  });

  it("stores every formula's computed value beside it, as the formula engine computes it", () => {
    const missing: string[] = [];
    let formulas = 0;
    for (const [name, rows] of Object.entries(committed.sheets)) {
      const id = hf.getSheetId(name) ?? -1;
      rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (typeof cell !== "string" || !cell.startsWith("=")) return;
          formulas += 1;
          const computed = hf.getCellValue({ sheet: id, row: r, col: c });
          // An empty text is stored as no value (exceljs), which any reader shows as the same blank.
          const stored = committed.cached[name]?.[r]?.[c] ?? (computed === "" ? "" : null);
          if (stored !== computed) missing.push(`${name}!${cellAddress(r, c)}: ${String(stored)} stored, ${String(computed)} computed`);
        }),
      );
    }
    expect(formulas).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it("uses every one of the add-in's functions", () => {
    const formulas = Object.values(committed.sheets).flat(2).filter((v): v is string => typeof v === "string" && v.startsWith("="));
    const used = metadata.functions.filter((f) => formulas.some((x) => x.includes(`${f.name}(`))).map((f) => f.name);
    expect(used).toEqual(metadata.functions.map((f) => f.name));
  });

  it("every formula evaluates without an error", () => {
    const errors: string[] = [];
    for (const [name, rows] of Object.entries(committed.sheets)) {
      const id = hf.getSheetId(name) ?? -1;
      hf.getSheetValues(id).forEach((row, r) =>
        row.forEach((v, c) => {
          if (v instanceof DetailedCellError) errors.push(`${name}!${cellAddress(r, c)} ${rows[r]?.[c]}: ${v.value} ${v.message}`);
        }),
      );
    }
    expect(errors).toEqual([]);
  });

  it("the result sheet's per-school payments are the core's exact figures for DOMAIN.md's pupils", () => {
    const bySchool = new Map<string, Dec>();
    for (const p of PUPILS) bySchool.set(p.school, (bySchool.get(p.school) ?? new Dec(0)).plus(expected(p).school));
    const values = hf.getSheetValues(hf.getSheetId(SAMPLE_SHEETS.result) ?? -1);
    for (const [school, payment] of bySchool) {
      const row = values.find((r) => r[8] === school);
      expect({ school, payment: row?.[9] }).toEqual({ school, payment: payment.toNumber() });
    }
  });

  it("the schools' budget is the core's: allocation by the key, safety net, payments, nets, the municipality; the total ties to the result sheet; the calibrated cap", () => {
    const bySchool = new Map<string, { pays: Dec; pupils: number }>();
    for (const p of PUPILS) {
      const s = bySchool.get(p.school) ?? { pays: new Dec(0), pupils: 0 };
      bySchool.set(p.school, { pays: s.pays.plus(expected(p).school), pupils: s.pupils + 1 });
    }
    const schools = [...bySchool.keys()];
    const budget = unwrap(
      schoolBudgets(
        new Dec(SAMPLE_DEVOLVED),
        schools.map((school) => ({ school, key: new Dec(bySchool.get(school)!.pupils), payments: bySchool.get(school)!.pays, safetyNet: new Dec(0) })),
      ),
    );
    const net = unwrap(allocate(new Dec(DEFAULT_PROFILES[0].safetyNet[0]), [schools.map((school) => new Dec(bySchool.get(school)!.pupils))]))[0];
    const values = hf.getSheetValues(hf.getSheetId(SAMPLE_SHEETS.budget) ?? -1);
    const { at, firstSchoolRow } = { at: BUDGET_CELLS.school, firstSchoolRow: BUDGET_CELLS.firstSchoolRow };
    budget.schools.forEach((s, k) => {
      const row = values[firstSchoolRow + k];
      expect({ school: row[at.school], allocation: row[at.allocation], safetyNet: row[at.safetyNet], payments: row[at.payments], net: row[at.net] }).toEqual({
        school: s.school,
        allocation: s.allocation.toNumber(),
        safetyNet: net[k].toNumber(),
        payments: s.payments.toNumber(),
        net: s.net.plus(net[k]).toNumber(),
      });
    });
    const pupils = PUPILS.map((p) => ({ cost: new Dec(p.cost), liable: expected(p).share }));
    const model = unwrap(incentiveModel(DEFAULT_PROFILES[0].threshold, DEFAULT_PROFILES[0].cap, DEFAULT_PROFILES[0].schoolShare));
    const at1 = (row: number) => values[row][BUDGET_CELLS.valueColumn];
    expect(at1(BUDGET_CELLS.total)).toBe(listTotal(pupils, model).toNumber());
    expect(at1(BUDGET_CELLS.resultTotal)).toBe(true);
    const cap = unwrap(calibrate(pupils, new Dec(SAMPLE_DEVOLVED), "cap", model));
    expect([at1(BUDGET_CELLS.cap), at1(BUDGET_CELLS.totalAtCap)]).toEqual([cap.value.toNumber(), cap.total.toNumber()]);
    expect(cap.total.lte(SAMPLE_DEVOLVED)).toBe(true);
    // The municipality's line is the sum of the schools' nets, and the sheet says so.
    const municipality = values[firstSchoolRow + schools.length + 1];
    const sumOfNets = budget.schools.reduce((t, s, k) => t.plus(s.net).plus(net[k]), new Dec(0));
    expect(municipality[at.net]).toBe(sumOfNets.toNumber());
    expect(values[firstSchoolRow + schools.length + 2][at.net]).toBe(true);
  });

  it("the proposals give the seeds' figures: Tabel 1 pays back in year 6, ISU01 nets 300/−300/−600/−600 and pays back in year 2", () => {
    expect(value(SAMPLE_SHEETS.keyFigures, "B15")).toBe(TABEL_1.payback);
    expect(value(SAMPLE_SHEETS.keyFigures, "D15")).toBe(TABEL_1.paybackFractional);
    // Seed 000 at the Finance Ministry's rates (DOMAIN.md §8): −480,124489 (1.000 kr.).
    expect(value(SAMPLE_SHEETS.keyFigures, "F15")).toBeCloseTo(-480.124489, 6);
    expect(["B8", "C8", "D8", "E8"].map((a) => value(SAMPLE_SHEETS.keyFigures, a))).toEqual([...ISU01.net]);
    expect(value(SAMPLE_SHEETS.keyFigures, "B9")).toBe(2);
    expect(["B3", "C3", "B4", "C4", "B5", "C5"].map((a) => value(SAMPLE_SHEETS.keyFigures, a))).toEqual([200000, 0, 272497.5, 7502.5, 287077, 112923]);
  });

  it("SkoleFleks splits 5 mio. into 2,5 + 2,5, and Ballerup's totals tie out within the displayed rounding", () => {
    expect([value(SAMPLE_SHEETS.skolefleks, "C8"), value(SAMPLE_SHEETS.skolefleks, "C9")]).toEqual([2500000, 2500000]);
    const checks = ["B", "C", "D", "E", "F", "G", "H"].flatMap((c) => [value(SAMPLE_SHEETS.dayTreatment, `${c}10`), value(SAMPLE_SHEETS.dayTreatment, `${c}20`)]);
    expect(checks).toEqual(Array(2 * BALLERUP.years.length).fill(true));
    expect(value(SAMPLE_SHEETS.dayTreatment, "H21")).toBe(292022);
  });

  it("the pupils' full-year persons in 2023/24: five whole years, B2 184 and B3 305 of 366 days", () => {
    const total = value(SAMPLE_SHEETS.pupils, "H10") as number;
    expect(total).toBeCloseTo(5 + (184 + 305) / 366, 12);
  });
});
