/**
 * `check` against hostile and careless input (issue #28), as the built command runs it: each case a
 * file the test makes (small: the gigabytes are declared or compressed, never written), its own line,
 * the next file still checked, the summary always, the exit code as documented, and the process's
 * peak memory under the 1 GB the README states (Node's own maxRSS, so no tool is needed).
 */
import { spawnSync } from "node:child_process";
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { templateLayout } from "../../src/sheets/templates";
import { TABEL_1 } from "../../tools/seeds";
import { writeXlsx } from "../../tools/xlsx";
import { reasonOf } from "../../tools/checkFile";
import { crc32 } from "../../tools/zip";
import { cell, oneSheet, part, sheetXml, spacesDeflated, workbookParts, zip, type RawPart } from "../support/hostile";

const ROOT = path.resolve(__dirname, "../..");
const CLI = path.join(ROOT, "dist-cli/cli.js");
const MOST_RSS_BYTES = 1024 * 1024 * 1024;

/** The built command on `args`: its lines, exit code and peak memory (bytes). */
function run(args: readonly string[], cwd = ROOT): { lines: string[]; code: number | null; rss: number; stderr: string } {
  if (!existsSync(CLI)) throw new Error("dist-cli/ is missing: run `npm run build` first (`npm test` does).");
  const peak = path.join(tmpdir(), `rss-${process.pid}-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(peak, "process.on('exit', () => process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\\n`));");
  const result = spawnSync(process.execPath, ["--require", peak, CLI, "check", ...args], { encoding: "utf8", cwd, timeout: 300000 });
  const rss = Number(/maxRSS (\d+)/.exec(result.stderr)?.[1] ?? Number.NaN) * 1024;
  return { lines: result.stdout.split("\n").filter((l) => l !== ""), code: result.status, rss, stderr: result.stderr.replace(/maxRSS \d+\n/, "") };
}

const dir = mkdtempSync(path.join(tmpdir(), "hostile-"));
const NOT = (da: string, en: string) => `ikke kontrolleret, ${da} / not checked, ${en}`;

describe("check on hostile workbooks: sizes before contents, each file its line", () => {
  const folder = path.join(dir, "filer");
  const good = path.join(folder, "z-god.xlsx");
  const parts = workbookParts([{ name: "Ark1", xml: null }]);
  const cases: [string, Buffer, string][] = [
    // A 1,5 KB workbook whose one formula spans all of a sheet (17 billion cells): not expanded.
    ["a-omraade.xlsx", oneSheet(`<row r="1">${cell.formula("A1", "SUM(A1:XFD1048576*1)")}</row>`), NOT("for stor: formlen i Ark1!A1 spænder over 17.179.869.184 celler, højst 1.000.000", "too large: the formula in Ark1!A1 spans 17,179,869,184 cells, at most 1,000,000")],
    // Ranges that are each small but together too many.
    ["b-omraader.xlsx", oneSheet(`<row r="1">${cell.formula("C1", "SUM(A1:A600000)")}${cell.formula("D1", "SUM(B1:B600000)")}</row>`), NOT("for stor: formlernes områder spænder over 1.200.000 celler (til og med Ark1!D1), højst 1.000.000", "too large: the formulas' ranges span 1,200,000 cells (up to Ark1!D1), at most 1,000,000")],
    // 3 GiB of spaces declared honestly: refused from the zip's directory, nothing inflated.
    ["c-bombe.xlsx", zip([...parts, { name: "xl/worksheets/sheet1.xml", data: spacesDeflated(1 << 20), method: 8, size: 3 * 1024 ** 3, crc: 0 }]), NOT("for stor: pakker ud til 3.073 MB, højst 128 MB", "too large: unpacks to 3,073 MB, at most 128 MB")],
    // 64 MiB of spaces declared as 1.000 bytes: stopped at the 1.001st.
    ["d-bombe-lyver.xlsx", zip([...parts, { name: "xl/worksheets/sheet1.xml", data: spacesDeflated(64 << 20), method: 8, size: 1000, crc: 0 }]), NOT("afvist: delen xl/worksheets/sheet1.xml pakker ud til mere end de 1.000 byte, den angiver (en zip-bombe)", "refused: the part xl/worksheets/sheet1.xml unpacks to more than the 1,000 bytes it declares (a zip bomb)")],
    // 100 MB from 64 KB, declared: beyond the ratio.
    ["e-bombe-forhold.xlsx", zip([...parts, { name: "xl/worksheets/sheet1.xml", data: spacesDeflated(100 << 20).subarray(0, 65536), method: 8, size: 100 << 20, crc: 0 }]), NOT("afvist: delen xl/worksheets/sheet1.xml pakker ud til 100 MB fra 65.536 byte, over 200 gange (en zip-bombe)", "refused: the part xl/worksheets/sheet1.xml unpacks to 100 MB from 65,536 bytes, over 200 times (a zip bomb)")],
    // One cell in the last row and column: a reader builds every row and the row's cells before it.
    ["f-yderst.xlsx", oneSheet(`<row r="1048576">${cell.number("XFD1048576", 1)}</row>`), NOT("for stor: 1.064.960 celler, højst 500.000", "too large: 1,064,960 cells, at most 500,000")],
    // A sheet the workbook lists, missing from the file.
    ["g-uden-ark.xlsx", zip(workbookParts([{ name: "Tabel 1", xml: null }])), NOT("arket »Tabel 1« mangler i filen (xl/worksheets/sheet1.xml)", 'the sheet "Tabel 1" is missing from the file (xl/worksheets/sheet1.xml)')],
    // Entities: a DTD, which Excel does not allow, in the shared strings.
    [
      "h-entiteter.xlsx",
      zip(workbookParts([{ name: "Ark1", xml: sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>') }], [part("xl/sharedStrings.xml", '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&b;</t></si></sst>')])),
      NOT("kunne ikke læses: en del af filen erklærer en DTD (entiteter), som Excel ikke tillader", "could not be read: a part of the file declares a DTD (entities), which Excel does not allow"),
    ],
    // A part whose CRC does not match: damaged, and named.
    ["i-crc.xlsx", zip([...parts, { ...part("xl/worksheets/sheet1.xml", sheetXml(`<row r="1">${cell.number("A1", 1)}</row>`)), crc: crc32(Buffer.from("x")) }]), NOT("kunne ikke læses: delen xl/worksheets/sheet1.xml er beskadiget", "could not be read: the part xl/worksheets/sheet1.xml is damaged")],
  ];

  beforeAll(async () => {
    mkdirSync(folder, { recursive: true });
    for (const [name, bytes] of cases) writeFileSync(path.join(folder, name), bytes);
    await writeXlsx(good, [templateLayout("investment", "Investeringsforslag", { firstYear: 2022, years: 6, priceYear: 2023, filled: true })]);
  });

  it("refuses each, named in its line with the reason in both languages; checks the next; the summary and exit 2; under 1 GB", () => {
    const { lines, code, rss, stderr } = run([folder]);
    expect(lines).toEqual([
      ...cases.map(([name, , line]) => `${path.join(folder, name)}: ${line}`),
      `${good}: ingen fund / no findings`,
      `I alt: 1 kontrolleret, 0 med fund, ${cases.length} ikke kontrolleret / In all: 1 checked, 0 with findings, ${cases.length} not checked`,
    ]);
    expect([code, stderr]).toEqual([2, ""]);
    expect(rss).toBeLessThan(MOST_RSS_BYTES);
  }, 120000);

  it("a text cell is text, whatever it starts with: '=1000' and '0042' in Tabel 1 are no figures (no finding); the formula is", async () => {
    const rows = (e2: unknown): unknown[][] => [
      ["1.000 kr. 2023 p/l", "Styringsområde", ...TABEL_1.years],
      ["Varige ændringer", null, null, null, e2],
      ["Færre elever i specialundervisningstilbud", "Service", ...TABEL_1.fewerPupils],
      ["Samlet varig ændring", null, ...TABEL_1.fewerPupils],
    ];
    const file = (name: string, e2: unknown) => writeXlsx(path.join(dir, name), [{ sheet: "Tabel 1", cells: rows(e2) as never, names: [], numberFormats: [], bold: [] }]);
    await file("tekst.xlsx", "'=1000");
    await file("tal-tekst.xlsx", "'0042");
    await file("omraade-tekst.xlsx", "'=SUM(A1:XFD1048576*1)"); // as text: nothing to expand, nothing to refuse
    await file("formel.xlsx", "=1000");
    const { lines, code, rss } = run(["tekst.xlsx", "tal-tekst.xlsx", "omraade-tekst.xlsx", "formel.xlsx"].map((f) => path.join(dir, f)));
    expect(lines.slice(0, 3)).toEqual(["tekst.xlsx", "tal-tekst.xlsx", "omraade-tekst.xlsx"].map((f) => `${path.join(dir, f)}: ingen fund / no findings`));
    expect(lines[3]).toMatch(/formel\.xlsx: \d+ fund \/ findings$/);
    expect(code).toBe(1);
    expect(rss).toBeLessThan(MOST_RSS_BYTES);
  }, 60000);

  it("stops a file that takes longer than the time limit, names it, and checks the next with a fresh worker", () => {
    let heavy = "";
    for (let r = 1; r <= 20000; r += 1) heavy += `<row r="${r}">${cell.formula(`C${r}`, "SUMPRODUCT(A1:A50000*B1:B50000)")}</row>`;
    const file = path.join(dir, "tung.xlsx");
    writeFileSync(file, oneSheet(heavy));
    const { lines, code, rss } = run(["--time-limit", "2", file, good]);
    expect(lines).toEqual([
      `${file}: ${NOT("for tung: blev ikke færdig på 2 sekunder", "too heavy: not done in 2 seconds")}`,
      `${good}: ingen fund / no findings`,
      "I alt: 1 kontrolleret, 0 med fund, 1 ikke kontrolleret / In all: 1 checked, 0 with findings, 1 not checked",
    ]);
    expect(code).toBe(2);
    expect(rss).toBeLessThan(MOST_RSS_BYTES);
  }, 60000);

  it("refuses a bad --time-limit in words", () => {
    const { lines, code } = run(["--time-limit", "0", good]);
    expect(lines[0]).toBe('--time-limit: forventede et antal sekunder fra 1 til 3600, fik »0« | expected a number of seconds from 1 to 3600, got "0"');
    expect(code).toBe(2);
  });
});

describe("check on whatever a folder holds: every entry its own line, only regular files opened", () => {
  const folder = path.join(dir, "blandet");
  beforeAll(async () => {
    mkdirSync(folder, { recursive: true });
    await writeXlsx(path.join(folder, "z-god.xlsx"), [templateLayout("investment", "Investeringsforslag", { firstYear: 2022, years: 6, priceYear: 2023, filled: true })]);
    symlinkSync(path.join(folder, "findes-ikke.xlsx"), path.join(folder, "a-genvej.xlsx"));
    symlinkSync(path.join(folder, "b-loekke.xlsx"), path.join(folder, "b-loekke.xlsx"));
    mkdirSync(path.join(folder, "c-mappe.xlsx"));
    execFileSync("mkfifo", [path.join(folder, "d-pipe.xlsx")]);
    writeFileSync(path.join(folder, "e-laast.xlsx"), "x");
    chmodSync(path.join(folder, "e-laast.xlsx"), 0o000);
    writeFileSync(path.join(folder, "f-linje\nz-god.xlsx: ingen fund.xlsx"), "not a workbook");
  });

  it("says why a path could not be opened from the system's code, in both languages (EACCES too, which root never meets)", () => {
    const why = (code: string) => reasonOf(Object.assign(new Error(code), { code })).da;
    expect(["ENOENT", "ELOOP", "EISDIR", "EACCES", "EPERM", "EIO"].map(why)).toEqual([
      "findes ikke",
      "en genvej, der peger på sig selv (en løkke)",
      "en mappe, ikke en fil",
      "ingen adgang: filen kan ikke læses med dine rettigheder",
      "ingen adgang: filen kan ikke læses med dine rettigheder",
      "kunne ikke læses fra disken",
    ]);
  });

  it("names each with its reason, checks the rest, prints the summary, exits 2, and never hangs on a pipe", () => {
    const denied = process.getuid?.() === 0 ? null : "e-laast.xlsx"; // root reads any file
    const { lines, code } = run([folder, path.join(dir, "findes-ikke")]);
    const at = (f: string) => path.join(folder, f);
    expect(lines).toEqual([
      `${at("a-genvej.xlsx")}: ${NOT("en genvej til noget, der ikke findes", "a link to something that does not exist")}`,
      `${at("b-loekke.xlsx")}: ${NOT("en genvej, der peger på sig selv (en løkke)", "a link that points to itself (a loop)")}`,
      `${at("c-mappe.xlsx")}: ${NOT("en mappe, ikke en fil", "a folder, not a file")}`,
      `${at("d-pipe.xlsx")}: ${NOT("ikke en almindelig fil (fx en pipe eller en enhed)", "not a regular file (e.g. a pipe or a device)")}`,
      denied === null
        ? `${at("e-laast.xlsx")}: ${NOT("ikke en .xlsx-projektmappe (fx tekst eller CSV)", "not an .xlsx workbook (e.g. text or CSV)")}`
        : `${at("e-laast.xlsx")}: ${NOT("ingen adgang: filen kan ikke læses med dine rettigheder", "access denied: the file cannot be read with your permissions")}`,
      // The newline in its name is shown as \n: the name cannot forge a line of its own.
      `${folder}/f-linje\\nz-god.xlsx: ingen fund.xlsx: ${NOT("ikke en .xlsx-projektmappe (fx tekst eller CSV)", "not an .xlsx workbook (e.g. text or CSV)")}`,
      `${at("z-god.xlsx")}: ingen fund / no findings`,
      `${path.join(dir, "findes-ikke")}: ${NOT("findes ikke", "does not exist")}`,
      "I alt: 1 kontrolleret, 0 med fund, 7 ikke kontrolleret / In all: 1 checked, 0 with findings, 7 not checked",
    ]);
    expect(code).toBe(2);
  }, 60000);
});

describe("check fuzzed: generated hostile workbooks", () => {
  /** A value one time in six, else null. */
  const sometimes = <T,>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });
  /** A random workbook: zip structure, sizes, XML, entities and formulas over huge ranges, each maybe broken. */
  const workbookArbitrary = fc
    .record({
      rows: fc.array(
        fc.record({
          r: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constant(1048576), fc.constant(0)),
          cells: fc.array(
            fc.record({
              column: fc.oneof({ weight: 9, arbitrary: fc.constantFrom("A", "B", "C", "E", "Z", "XFD") }, { weight: 1, arbitrary: fc.string({ maxLength: 3 }) }),
              kind: fc.constantFrom("number", "text", "formula", "formula", "formula", "raw"),
              text: fc.oneof(
                { weight: 3, arbitrary: fc.constantFrom("SUM(A1:XFD1048576)", "A1:A1048576*1", "SUM(A:A)", "SUM(1:1)", "INDIRECT(\"A1\")", "SEGREGATION.PAYMENT(A1,1,2,0.5)", "PAYBACK(A1:Z1)", "PAYBACK.DISCOUNTED(A1:Z1,0.035)", "SUMCHECK(A1:A5,A6)", "=1000", "0042", "&lol;", "]]>", "<x>", "REPT(\"x\",32767)", "1/0", "A1", "B1+1", "C1") },
                { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
              ),
            }),
            { maxLength: 6 },
          ),
        }),
        { maxLength: 8 },
      ),
      sheetName: fc.oneof(fc.constantFrom("Ark1", "Tabel 1", "A1", "TRUE", "x'y", ""), fc.string({ maxLength: 10 })),
      // Each harm now and then, so that a good part of the workbooks is read and evaluated.
      dropSheet: sometimes(fc.constant(true)),
      lieSize: sometimes(fc.integer({ min: 0, max: 0xfffffffe })),
      lieCrc: sometimes(fc.constant(true)),
      cut: sometimes(fc.nat()),
      flip: sometimes(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 }))),
      dtd: sometimes(fc.constant(true)),
      stored: fc.boolean(),
    })
    .map((w): Buffer => {
      const escape = (t: string) => t.replace(/&(?!lol;)/g, "&amp;").replace(/</g, "&lt;");
      const rows = w.rows
        .map((row) => {
          const cells = row.cells
            .map((c) => {
              const ref = `${c.column}${row.r}`;
              if (c.kind === "number") return `<c r="${escape(ref)}"><v>${escape(c.text)}</v></c>`;
              if (c.kind === "text") return `<c r="${escape(ref)}" t="inlineStr"><is><t>${escape(c.text)}</t></is></c>`;
              if (c.kind === "formula") return `<c r="${escape(ref)}"><f>${escape(c.text)}</f></c>`;
              return c.text;
            })
            .join("");
          return `<row r="${row.r}">${cells}</row>`;
        })
        .join("");
      const xml = `${w.dtd === true ? '<!DOCTYPE x [<!ENTITY lol "lol">]>' : ""}${sheetXml(rows)}`;
      const all = workbookParts([{ name: w.sheetName, xml: w.dropSheet === true ? null : xml }]);
      const parts = all.map((p): RawPart => {
        if (p.name !== "xl/worksheets/sheet1.xml") return p;
        const raw = Buffer.from(xml, "utf8");
        const base = w.stored ? { ...p, data: raw, method: 0 as const } : p;
        return { ...base, size: w.lieSize ?? base.size, crc: w.lieCrc === true ? base.crc ^ 1 : base.crc };
      });
      let bytes = zip(parts);
      if (w.flip !== null) {
        bytes = Buffer.from(bytes);
        bytes[w.flip[0] % bytes.length] ^= w.flip[1];
      }
      if (w.cut !== null) bytes = bytes.subarray(0, w.cut % (bytes.length + 1));
      return bytes;
    });

  it("no crash, no hang, memory bounded, every file its line and the summary", () => {
    const folder = path.join(dir, "fuzz");
    mkdirSync(folder, { recursive: true });
    const runs = Number(process.env.CHECK_FUZZ_RUNS ?? 200);
    // A new seed each run, said on failure so the case can be run again (CHECK_FUZZ_SEED).
    const seed = Number(process.env.CHECK_FUZZ_SEED ?? Date.now() % 100000);
    const files = fc.sample(workbookArbitrary, { numRuns: runs, seed });
    files.forEach((bytes, i) => writeFileSync(path.join(folder, `f${String(i).padStart(3, "0")}.xlsx`), bytes));
    const { lines, code, rss, stderr } = run(["--time-limit", "20", folder]);
    expect({ seed, stderr }).toEqual({ seed, stderr: "" });
    const said = lines.filter((l) => !l.startsWith("  ")).length;
    if (said !== files.length + 1) throw new Error(`CHECK_FUZZ_SEED=${seed}: ${said} lines for ${files.length} files and the count`);
    const fileLines = lines.filter((l) => !l.startsWith("  ") && !l.startsWith("I alt"));
    expect(fileLines.map((l) => l.slice(0, l.indexOf(".xlsx:") + 5))).toEqual(files.map((_b, i) => path.join(folder, `f${String(i).padStart(3, "0")}.xlsx`)));
    expect(lines[lines.length - 1]).toMatch(/^I alt: \d+ kontrolleret, \d+ med fund, \d+ ikke kontrolleret \/ In all: /);
    expect([0, 1, 2]).toContain(code);
    expect(rss).toBeLessThan(MOST_RSS_BYTES);
  }, 600000);
});
