/**
 * `catalogue` over the fixtures (issue #31): 33 proposal workbooks (from the templates, some saved by
 * LibreOffice, some typed by hand in odd layouts, the seeds' own) with planted errors. What each holds
 * is stated by tools/catalogueFixtures.ts from its inputs, not read back; the catalogue is held to it.
 * MAKE_FIXTURES=1 writes the fixtures again first.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import JSZip from "jszip";
import { tmpdir } from "node:os";
import path from "node:path";
import { Dec } from "../../src/core/decimal";
import { evaluate } from "../../tools/checkFile";
import { main } from "../../tools/cli";
import { FIXTURE_DIR, FIXTURE_INDEX, FIXTURE_PRICE_YEAR, FIXTURE_TARGETS, FIXTURES, writeFixtures } from "../../tools/catalogueFixtures";
import { readXlsx } from "../../tools/xlsx";
import { NEEDS_ADD_IN } from "../../src/sheets/withoutAddIn";
import { recalculated } from "../support/libreoffice";

const INDEX_FILE = path.join(FIXTURE_DIR, "..", "catalogue-index.xlsx");
const TARGETS_FILE = path.join(FIXTURE_DIR, "..", "catalogue-targets.xlsx");
const dir = mkdtempSync(path.join(tmpdir(), "katalog-"));
const run = async (...argv: string[]) => {
  const lines: string[] = [];
  const code = await main(argv, (line) => lines.push(line));
  return { code, lines };
};

interface JsonProposal {
  file: string;
  sheet: string;
  number: string | null;
  committee: string | null;
  type: string | null;
  priceLevel: number | null;
  years: Record<string, number> | null;
  findings: { kind: string; where: string | null; da: string; en: string }[];
  missing: string[];
}
interface JsonCatalogue {
  priceYear: number;
  proposals: JsonProposal[];
  totals: Record<string, number>;
  byCommittee: Record<string, Record<string, number>>;
  targets: { committee: string; year: number; target: number; sum: number; gap: number }[];
  inputs: { file: string; read: boolean; proposals: number }[];
}

const index = new Map(FIXTURE_INDEX.map(([y, v]) => [y, new Dec(v)]));
/** A fixture's year converted to the catalogue's price level, exactly: amount × index(P) / index(p). */
const converted = (amount: number, from: number): Dec | null => {
  if (from === FIXTURE_PRICE_YEAR) return new Dec(amount);
  const [a, b] = [index.get(from), index.get(FIXTURE_PRICE_YEAR)];
  return a === undefined || b === undefined ? null : new Dec(amount).times(b).div(a);
};

let json: JsonCatalogue;
let code: number;
const out = path.join(dir, "Katalog.xlsx");

beforeAll(async () => {
  if (process.env.MAKE_FIXTURES === "1") await writeFixtures();
  const ran = await run("catalogue", FIXTURE_DIR, "--price-year", String(FIXTURE_PRICE_YEAR), "--index", INDEX_FILE, "--targets", TARGETS_FILE, "--out", out, "--json");
  code = ran.code;
  json = JSON.parse(ran.lines[ran.lines.length - 1]) as JsonCatalogue;
}, 180000);

const row = (file: string): JsonProposal => {
  const found = json.proposals.filter((p) => p.file === path.join(FIXTURE_DIR, file));
  expect({ file, rows: found.length }).toEqual({ file, rows: 1 });
  return found[0];
};

describe("catalogue over the fixtures (issue #31)", () => {
  it("has at least 30 proposal workbooks besides the seeds' three, some saved by LibreOffice", async () => {
    expect(FIXTURES.filter((f) => !f.file.startsWith("seed-")).length).toBeGreaterThanOrEqual(30);
    expect(FIXTURES.filter((f) => f.libreOffice === true).length).toBeGreaterThanOrEqual(3);
    for (const f of FIXTURES) {
      // Saved by LibreOffice Calc, or by the add-in's writer: the application in the file's properties.
      const app = (await (await JSZip.loadAsync(readFileSync(path.join(FIXTURE_DIR, f.file)))).file("docProps/app.xml")?.async("string")) ?? "";
      expect({ file: f.file, libreOffice: /LibreOffice/.test(app) }).toEqual({ file: f.file, libreOffice: f.libreOffice === true });
    }
  });

  it("reads every fixture, drops nothing, and says so on one line per input; exit 1 for the findings", () => {
    expect(json.inputs).toHaveLength(FIXTURES.length);
    expect(json.inputs.every((i) => i.read && i.proposals === 1)).toBe(true);
    expect(json.proposals).toHaveLength(FIXTURES.length);
    expect(code).toBe(1);
  });

  it.each(FIXTURES.map((f) => [f.file, f] as const))("%s: its number, committee, type, price level, amounts, missing fields and exactly the planted findings", (file, f) => {
    const p = row(file);
    expect({ number: p.number, committee: p.committee, type: p.type, priceLevel: p.priceLevel }).toEqual({ number: f.number, committee: f.committee, type: f.type, priceLevel: f.priceYear });
    expect([...p.missing].sort()).toEqual([...f.missing].sort());
    expect([...new Set(p.findings.map((x) => x.kind))].sort()).toEqual([...new Set(f.planted)].sort());
    const expected = Object.entries(f.totals).map(([y, v]) => [y, converted(v, f.priceYear)] as const);
    if (expected.some(([, v]) => v === null)) {
      expect(p.years).toBeNull();
    } else {
      // To the krone: 1.000 kr. to three decimals.
      for (const [y, v] of expected) expect({ y, diff: Math.abs((p.years?.[y] ?? Number.NaN) - (v as Dec).toNumber()) <= 0.0005 }).toEqual({ y, diff: true });
    }
  });

  it("seed 000 at its own price level gives the seed's total economic effect: 625; 1.080; 500; −1.000; −1.000; −1.000", async () => {
    const own = await run("catalogue", path.join(FIXTURE_DIR, "seed-000.xlsx"), "--price-year", "2023", "--json");
    const seed = (JSON.parse(own.lines[own.lines.length - 1]) as JsonCatalogue).proposals[0];
    expect(seed.years).toEqual({ 2022: 625, 2023: 1080, 2024: 500, 2025: -1000, 2026: -1000, 2027: -1000 });
  });

  it("totals per year are the sum of the proposals converted to the chosen price level, exactly (to the krone), those that cannot be converted left out", () => {
    const totals = new Map<string, Dec>();
    for (const f of FIXTURES) {
      const years = Object.entries(f.totals).map(([y, v]) => [y, converted(v, f.priceYear)] as const);
      if (years.some(([, v]) => v === null)) continue;
      for (const [y, v] of years) totals.set(y, (totals.get(y) ?? new Dec(0)).plus(v as Dec));
    }
    expect(Object.keys(json.totals).sort()).toEqual([...totals.keys()].sort());
    for (const [y, v] of totals) expect({ y, diff: Math.abs(json.totals[y] - v.toNumber()) <= 0.0005 }).toEqual({ y, diff: true });
  });

  it("each committee against its target: the sum of its proposals and the gap", () => {
    for (const [committee, perYear] of Object.entries(FIXTURE_TARGETS)) {
      for (const [year, target] of Object.entries(perYear)) {
        const line = json.targets.find((t) => t.committee === committee && t.year === Number(year));
        expect(line?.target).toBe(target);
        expect(line?.sum).toBeCloseTo(json.byCommittee[committee]?.[year] ?? 0, 6);
        expect(line?.gap).toBeCloseTo((line?.sum ?? 0) - target, 6);
      }
    }
  });

  it("the workbook and the JSON agree: every converted amount and total, read back from the file and computed by a formula engine", async () => {
    const sheet = evaluate(await readXlsx(out)).find((s) => s.name === "Katalog");
    expect(sheet).toBeDefined();
    const values = sheet!.values;
    const header = values.findIndex((r) => r[0] === "Med");
    const yearColumns = values[header].map((v, c) => [v, c] as const).filter(([v]) => typeof v === "number");
    json.proposals.forEach((p, i) => {
      const r = values[header + 1 + i];
      expect(r[1] ?? null).toBe(p.number);
      for (const [year, c] of yearColumns) {
        const want = p.years?.[String(year)];
        if (want === undefined) expect(r[c] === null || r[c] === "").toBe(true);
        else expect({ year, diff: Math.abs((r[c] as number) - want) <= 0.0005 }).toEqual({ year, diff: true });
      }
    });
    const totalRow = values.find((r) => r[0] === "I alt (Med = Ja)")!;
    for (const [year, c] of yearColumns) expect(Math.abs((totalRow[c] as number) - json.totals[String(year)])).toBeLessThanOrEqual(0.0005);
  });

  it("LibreOffice, a second engine, computes the same totals from the file, and shows the note where PRESENTVALUE needs the add-in", () => {
    const rows = recalculated(out, "Katalog", dir);
    const header = rows.findIndex((r) => r[0] === "Med");
    const years = rows[header].map((v, c) => [v, c] as const).filter(([v]) => /^\d{4}$/.test(v));
    const totals = rows.find((r) => r[0] === "I alt (Med = Ja)")!;
    for (const [year, c] of years) expect({ year, diff: Math.abs(Number(totals[c]) - json.totals[year]) <= 0.0005 }).toEqual({ year, diff: true });
    const pv = rows[header].indexOf("Nutidsværdi (FM)");
    expect(rows[header + 1][pv]).toBe(NEEDS_ADD_IN);
  }, 120000);

  it("never writes over --out without --force, nor over an input; inputs are left as they were", async () => {
    const before = statSync(path.join(FIXTURE_DIR, "inv-01.xlsx")).mtimeMs;
    const again = await run("catalogue", FIXTURE_DIR, "--price-year", "2026", "--out", out);
    expect(again.code).toBe(2);
    expect(again.lines.join("\n")).toMatch(/findes allerede/);
    const copy = path.join(dir, "inv-01.xlsx");
    copyFileSync(path.join(FIXTURE_DIR, "inv-01.xlsx"), copy);
    const over = await run("catalogue", copy, "--price-year", "2026", "--out", copy, "--force");
    expect(over.code).toBe(2);
    expect(over.lines.join("\n")).toMatch(/er en af inddata/);
    expect(statSync(path.join(FIXTURE_DIR, "inv-01.xlsx")).mtimeMs).toBe(before);
    expect(existsSync(out)).toBe(true);
  });

  it("a file that is no workbook, and one without a proposal, each get their own line and exit 2", async () => {
    const { writeFileSync } = await import("node:fs");
    const text = path.join(dir, "notes.xlsx");
    writeFileSync(text, "not a workbook");
    const { code: exit, lines } = await run("catalogue", text, INDEX_FILE, "--price-year", "2026", "--json");
    const doc = JSON.parse(lines[lines.length - 1]) as JsonCatalogue & { lines: string[] };
    expect(exit).toBe(2);
    expect(doc.lines.filter((l) => l.startsWith(text))).toEqual([`${text}: ikke læst, ikke en .xlsx-projektmappe (fx tekst eller CSV) / not read, not an .xlsx workbook (e.g. text or CSV)`]);
    expect(doc.lines.filter((l) => l.startsWith(INDEX_FILE))).toHaveLength(1);
  });
});
